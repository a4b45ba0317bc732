"""The readable text version of :func:`commonground.analysis.summary.summarize`.

Every id the analysis speaks in (ask types, practices, purposes, answers, follow-ups) is
worded through :mod:`commonground.labels`, the same table the HTML report uses.
"""

from __future__ import annotations

from commonground.labels import PRACTICES, PURPOSES, in_words, label

#: Practices whose groups are categories with their own table of words.
_CATEGORY_PRACTICES = ("setting", "purpose")


def _pct(value) -> str:
    return "-" if value is None else f"{value:.0%}"


def _rate_lines(rows: list[dict], label_key: str = "group") -> list[str]:
    width = max([28, *(len(str(row[label_key])) + 1 for row in rows)])
    lines = []
    for row in rows:
        text = (
            f"  {str(row[label_key]):<{width}} {_pct(row['rate']):>5} of {row['n']:<7} "
            f"(95% CI {_pct(row['ci_low'])} to {_pct(row['ci_high'])})"
        )
        if row.get("warning"):
            text += f"  ! {row['warning']}"
        lines.append(text)
    return lines


def _worded(rows: list[dict], kind: str | None) -> list[dict]:
    """Rows with their group and any caution about other groups in words."""
    groups = [row["group"] for row in rows]
    return [
        {
            **row,
            "group": label(row["group"], kind, missing="not recorded"),
            "warning": in_words(row["warning"], groups, kind) if row.get("warning") else None,
        }
        for row in rows
    ]


def _practice_lines(by_practice: list[dict]) -> list[str]:
    rows = []
    for practice in dict.fromkeys(row["practice"] for row in by_practice):
        kind = practice if practice in _CATEGORY_PRACTICES else None
        block = _worded([r for r in by_practice if r["practice"] == practice], kind)
        name = label(practice, "practice")
        rows += [{**row, "group": f"{name}: {row['group']}"} for row in block]
    return _rate_lines(rows)


def _adjusted_lines(summary: dict) -> list[str]:
    model = summary["adjusted_model"]
    controls = ", ".join(label(c, "field") for c in model["controls"])
    out = [f"Adjusted odds ratios ({model['n_used']} complete meetings; controls: {controls}):"]
    terms = [(label(row["term"]), row) for row in summary["adjusted"]]
    width = max([28, *(len(term) + 1 for term, _ in terms)])
    for term, row in terms:
        if row["odds_ratio"] is None:
            out.append(f"  {term:<{width}} not estimable: {row['warning']}")
        else:
            out.append(
                f"  {term:<{width}} {row['odds_ratio']:.2f} "
                f"(95% CI {row['ci_low']:.2f} to {row['ci_high']:.2f})"
            )
    return out


def _organizer_lines(organizers: list[dict]) -> list[str]:
    out = []
    width = max([16, *(len(str(row["organizer"])) + 1 for row in organizers)])
    for row in organizers:
        skipped = (
            in_words(row["most_skipped"], PRACTICES, "practice") if row["most_skipped"] else "-"
        )
        out.append(
            f"  {row['organizer']:<{width}} {_pct(row['shrunk_rate']):>5}  raw {_pct(row['raw_rate']):>5}"
            f"  n={row['n']:<6} {skipped}"
        )
    return out


def _warning_words(text: str) -> str:
    """A warning with the practices and purposes it names in words.

    Lines about the file itself ("row 12, story_shared: ...") keep the column as spelled
    in the file, so the reader can find it there.
    """
    if text.startswith(("row ", "file", "...")):
        return text
    text = in_words(text, [p for p in PRACTICES if "_" in p], "practice")
    return in_words(text, [p for p in PURPOSES if "_" in p], "purpose")


def render(summary: dict) -> str:
    """Turn the analysis dictionary into a short, readable report."""
    out = [
        f"Outcome log: {summary['n_rows']} rows read, {summary['n_accepted']} analysed, "
        f"{summary['n_quarantined']} quarantined.",
        "",
        "Findings:",
    ]
    out += [f"- {line}" for line in summary["findings"]] or ["- none"]
    out += ["", "Funnel:"]
    out += _rate_lines([r for r in summary["funnel"] if r["group"] == "all"], "label")
    out += ["", "Ask -> yes by ask type:"]
    out += _rate_lines(_worded(summary["by_ask_type"], "ask_type"))
    out += ["", "Ask -> yes by practice:"] + _practice_lines(summary["by_practice"])
    out += ["", *_adjusted_lines(summary)]
    out += ["", "Won back after a maybe or a no (final yes):"]
    out += _rate_lines(
        [
            {
                **r,
                "group": f"{label(r['group'], 'response')}, alternative offered: "
                f"{label(r['alternative_offered'], missing='not recorded')}",
            }
            for r in summary["win_back"]
        ]
    )
    out += ["", "Showed up, by follow-up:"]
    out += _rate_lines(_worded(summary["follow_up"], "follow_up"))
    out += ["", "Showed up, by days to follow-up:"] + _rate_lines(summary["follow_up_days"])
    out += ["", "Organizers (shrunk rate, raw rate, meetings, most skipped):"]
    out += _organizer_lines(summary["organizers"])
    out += [f"  note: {note}" for note in summary.get("organizer_notes", [])]
    if summary.get("privacy"):
        out += ["", "Privacy:"] + [f"- {line}" for line in summary["privacy"]]
    if summary["warnings"]:
        out += ["", "Warnings:"] + [f"- {_warning_words(w)}" for w in summary["warnings"]]
    read = [n for n in summary.get("notices", []) if n.startswith(READING_NOTICES)]
    read = summary.get("sheets", []) + read  # several sheets: each one's rows, or why not
    if read:  # which sheet was read (and which were not), dates read in a given order
        out += ["", "How the file was read:"] + [f"- {n}" for n in read]
    return "\n".join(out) + "\n"


#: Notices ``analyze`` prints: a workbook's sheets read and left out, a date order.
READING_NOTICES = ("read sheet", "read the first sheet", "sheet(s) ", "date: slashed date(s)")


def tidy(table, label: str = "group"):
    """A rate table ready to show: percentages and intervals as text, warnings kept.

    Parameters
    ----------
    table
        A rate table (``n``, ``converted``, ``rate``, ``ci_low``, ``ci_high``, ...).
    label
        The column that names each row.

    Returns
    -------
    pandas.DataFrame
        Same rows; ``rate`` and ``95% interval`` as text, plus any other label columns.
    """
    import pandas as pd

    keep = [c for c in table.columns if c not in ("rate", "ci_low", "ci_high", "warning")]
    out = table[keep].copy()
    out["rate"] = [_pct(None if pd.isna(v) else v) for v in table["rate"]]
    out["95% interval"] = [
        "-" if pd.isna(lo) else f"{lo:.0%} to {hi:.0%}"
        for lo, hi in zip(table["ci_low"], table["ci_high"], strict=True)
    ]
    out["caution"] = table["warning"].fillna("").to_numpy() if "warning" in table else ""
    index = [c for c in ("practice", label) if c in out]
    return out.set_index(index) if index else out
