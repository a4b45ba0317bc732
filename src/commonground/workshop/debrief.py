"""The room debrief: what the observers' sheets say about the whole room.

Collects the sheets in a folder and reports which meeting steps were skipped most, the
asks made and their answers by ask type (ask -> yes with a 95% Wilson interval from
:mod:`commonground.analysis.conversion`), as text, as a JSON-ready dictionary and as
a plot with its own text summary. Names never appear: sheets carry ids only, and the
debrief reports counts. What observers typed (an ask type, a sheet id, a file's name)
is printed with its control characters shown as codes
(:func:`commonground.terminal_text.printable`): a sheet cannot drive the facilitator's
terminal.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from commonground.labels import label
from commonground.workshop.observer import ObserverSheet, load_sheets, sheets_to_rows


@dataclass
class RoomDebrief:
    """Everything the debrief found.

    Attributes
    ----------
    n_sheets
        Observer sheets read.
    n_rows
        Sheets that became valid outcome-log rows.
    skipped
        ``(step id, step title, times skipped)`` for every meeting step, most skipped first.
    asks
        One record per ask type: ``ask_type``, ``n``, ``yes``, ``maybe``, ``no``,
        ``final_yes``, ``specific``, ``rate``, ``ci_low``, ``ci_high``.
    problems
        Files or sheets that could not be used, each with the reason.
    """

    n_sheets: int
    n_rows: int
    skipped: list[tuple[str, str, int]]
    asks: list[dict[str, object]]
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form (for ``commonground workshop debrief --json``)."""
        return {
            "sheets": self.n_sheets,
            "log_rows": self.n_rows,
            "skipped_steps": [
                {"step": s, "title": t, "skipped": n, "of": self.n_sheets}
                for s, t, n in self.skipped
            ],
            "asks_by_type": self.asks,
            "problems": self.problems,
        }

    def text(self) -> str:
        """A plain-language summary for the facilitator to read out (terminal-safe)."""
        from commonground.terminal_text import printable

        if not self.n_sheets:
            return "No observer sheets yet: nothing to debrief."
        lines = [f"{self.n_sheets} role-plays observed; {self.n_rows} with a complete ask."]
        most = [(t, n) for _, t, n in self.skipped if n]
        if most:
            lines.append("Steps skipped most often:")
            lines += [f"  - {t}: skipped in {n} of {self.n_sheets}" for t, n in most[:3]]
        else:
            lines.append("Every meeting step was seen in every role-play.")
        if self.asks:
            lines.append("Asks made, by kind (first answer; final yes after any adjusting):")
            for a in self.asks:
                lines.append(
                    f"  - {printable(label(a['ask_type'], 'ask_type'))}: {a['n']} asked, {a['yes']} yes, {a['maybe']} maybe, "
                    f"{a['no']} no; {a['final_yes']} yes by the end; "
                    f"{a['specific']} of {a['n']} specific; ask -> yes {a['rate']:.0%} "
                    f"(95% interval {a['ci_low']:.0%}-{a['ci_high']:.0%})"
                )
            lines.append(
                "A room's handful of role-plays shows habits to talk about, not rates to "
                "rely on: the intervals are wide."
            )
        lines += [f"Not used: {printable(p)}" for p in self.problems]
        return "\n".join(lines)


def skipped_steps(sheets: list[ObserverSheet]) -> list[tuple[str, str, int]]:
    """How often each meeting step (and listening, which runs throughout) went unticked on
    finished sheets, most skipped first."""
    from commonground import method

    steps = method.load().in_part("meeting")
    finished = [s for s in sheets if s.finished is not None]
    counts = Counter(step for sheet in finished for step in sheet.skipped())
    order = {e.id: i for i, e in enumerate(steps)}
    table = [(e.id, e.label, counts.get(e.id, 0)) for e in steps]
    return sorted(table, key=lambda row: (-row[2], order[row[0]]))


def asks_by_type(rows: list[dict]) -> tuple[list[dict[str, object]], list[str], int]:
    """Answers by ask type from outcome-log rows, checked with ``validate_frame``.

    Returns
    -------
    (asks, problems, accepted)
        One record per ask type, the rows ``validate_frame`` refused (with why), and
        how many rows it accepted.
    """
    if not rows:
        return [], [], 0
    import pandas as pd

    from commonground.analysis.conversion import conversion_by, final_yes
    from commonground.outcomes import validate_frame

    result = validate_frame(pd.DataFrame(rows), source="observer sheets")
    problems = [str(p) for p in result.problems]
    df = result.accepted
    if df.empty:
        return [], problems, 0
    rates = conversion_by(df, "ask_type").set_index("group")
    df = df.reset_index(drop=True).assign(_final_yes=final_yes(df))
    out = []
    for ask_type, part in df.groupby("ask_type", sort=True):
        answers = part["response"].value_counts()
        rate = rates.loc[ask_type]
        out.append(
            {
                "ask_type": str(ask_type),
                "n": int(len(part)),
                "yes": int(answers.get("yes", 0)),
                "maybe": int(answers.get("maybe", 0)),
                "no": int(answers.get("no", 0)),
                "final_yes": int(part["_final_yes"].sum()),
                "specific": int(part["ask_specific"].fillna(False).astype(bool).sum()),
                "rate": round(float(rate["rate"]), 3),
                "ci_low": round(float(rate["ci_low"]), 3),
                "ci_high": round(float(rate["ci_high"]), 3),
            }
        )
    return sorted(out, key=lambda a: (-a["n"], a["ask_type"])), problems, len(df)


def debrief_sheets(sheets: list[ObserverSheet], problems: list[str] | None = None) -> RoomDebrief:
    """Debrief a list of sheets (``problems``: issues already found reading them)."""
    rows, unusable = sheets_to_rows(sheets)
    asks, invalid, accepted = asks_by_type(rows)
    return RoomDebrief(
        n_sheets=len(sheets),
        n_rows=accepted,
        skipped=skipped_steps(sheets),
        asks=asks,
        problems=[*(problems or []), *unusable, *invalid],
    )


def debrief_folder(folder: str | Path) -> RoomDebrief:
    """Read every sheet in ``folder`` and debrief the room."""
    found = load_sheets(folder)
    return debrief_sheets(found.sheets, found.problems)


def skipped_plot(report: RoomDebrief):
    """A bar chart of how often each step was skipped, and its text summary.

    Returns
    -------
    (matplotlib.figure.Figure, str)
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7.5, 3.6), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    rows = list(reversed(report.skipped))
    ax.barh([t for _, t, _ in rows], [n for _, _, n in rows], color="#2b6f8f")
    ax.set_xlabel(f"role-plays where the step was not seen (of {report.n_sheets})")
    ax.set_title("Meeting steps skipped in the room")
    ax.xaxis.get_major_locator().set_params(integer=True)
    most = [(t, n) for _, t, n in report.skipped if n]
    if not most:
        summary = "Bar chart: no meeting step was skipped in any observed role-play."
    else:
        parts = ", ".join(f"{t} ({n} of {report.n_sheets})" for t, n in most[:3])
        summary = f"Bar chart of skipped steps. Skipped most: {parts}."
    return fig, summary
