"""The analysis tables as a trainer reads them in the report.

The analysis modules return tables of ids and fractions (``host_house_party``,
``0.42``), which the CLI's JSON keeps. This module dresses them for the page: ids
through :mod:`commonground.labels`, every rate as a percentage, a column that is empty
in every row left out, and HTML whose cells wrap instead of being cut short.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pandas as pd

from commonground import resources
from commonground.labels import is_missing, label

#: Which label table names the groups of each analysis.
GROUP_KINDS = {"ask_type": "ask_type", "follow_up": "follow_up", "win_back": "response"}


def pct(value) -> str:
    """A rate as a whole percentage ("42%"), or "-" when there is none."""
    return "-" if is_missing(value) else f"{float(value):.0%}"


def interval(low, high) -> str:
    """A 95% interval of rates, in percent."""
    return "-" if is_missing(low) or is_missing(high) else f"{pct(low)} to {pct(high)}"


def labelled(table: pd.DataFrame, kind: str | None, column: str = "group") -> pd.DataFrame:
    """A copy of ``table`` with ``column`` in words (for plots and their summaries)."""
    out = table.copy()
    out[column] = [label(v, kind, missing="not recorded") for v in out[column]]
    if "warning" in out:  # a caution names other groups by id
        out["warning"] = [
            None if is_missing(w) else _in_words(str(w), table[column], kind)
            for w in out["warning"]
        ]
    return out


def drop_empty_columns(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` without the columns that are empty (missing or blank) in every row.

    A table with no rows keeps its columns: there is no row to be empty in, and the
    caller still names its columns (a log of yeses has no maybe or no to win back).
    """
    if len(table) == 0:
        return table
    keep = [c for c in table.columns if not all(is_missing(v) for v in table[c])]
    return table[keep]


def rate_table(table: pd.DataFrame, kind: str | None = None) -> pd.DataFrame:
    """A conversion table (``group``, ``n``, ``converted``, ``rate``...) in words."""
    out = pd.DataFrame(
        {
            "group": [label(v, kind, missing="not recorded") for v in table["group"]],
            "meetings": table["n"].astype(int).to_numpy(),
            "yes": table["converted"].astype(int).to_numpy(),
            "rate": [pct(v) for v in table["rate"]],
            "95% interval": [
                interval(lo, hi) for lo, hi in zip(table["ci_low"], table["ci_high"], strict=True)
            ],
            "caution": [
                _in_words(_text(v), table["group"], kind)
                for v in table.get("warning", [None] * len(table))
            ],
        }
    )
    return drop_empty_columns(out)


def _in_words(text: str, groups, kind: str | None) -> str:
    """``text`` with each group id it names (a caution's "overlaps with check_in") in words."""
    ids = sorted({str(g) for g in groups if not is_missing(g)}, key=len, reverse=True)
    for group in ids:
        words = label(group, kind, missing="not recorded")
        text = re.sub(rf"(?<![\w-]){re.escape(group)}(?![\w-])", words, text)
    return text


def practice_table(by_practice: pd.DataFrame) -> pd.DataFrame:
    """Ask -> yes with and without each practice; the practice named once per block."""
    parts = []
    for practice, part in by_practice.groupby("practice", sort=False):
        parts.append(rate_table(part, practice if practice in ("setting", "purpose") else None))
    rows = pd.concat(parts, ignore_index=True).fillna("")
    rows = drop_empty_columns(rows)
    names = [label(p, "practice") for p in by_practice["practice"]]
    shown = [n if i == 0 or n != names[i - 1] else "" for i, n in enumerate(names)]
    rows.insert(0, "practice", shown)
    return rows.rename(columns={"group": "done?"})


def win_back_table(wins: pd.DataFrame) -> pd.DataFrame:
    """Final yes after a maybe or a no, with and without an alternative offered."""
    rows = rate_table(wins, "response")
    rows = rows.rename(columns={"group": "first answer", "yes": "final yes"})
    rows.insert(1, "alternative offered", [label(v) for v in wins["alternative_offered"]])
    return rows


def coaching_table(coaching: pd.DataFrame) -> pd.DataFrame:
    """The organizers' table: rates in percent, most-skipped practices in words."""
    skips = [c for c in coaching.columns if c.startswith("skip_")]
    out = pd.DataFrame(
        {
            "organizer": coaching["organizer"].astype(str).to_numpy(),
            "meetings": coaching["n"].astype(int).to_numpy(),
            "raw rate": [pct(v) for v in coaching["raw_rate"]],
            "shrunk rate": [pct(v) for v in coaching["shrunk_rate"]],
            "most often skipped": [_skipped(row, skips) for _, row in coaching.iterrows()],
            "caution": [_text(v) for v in coaching["warning"]],
        }
    )
    return drop_empty_columns(out)


def _skipped(row: pd.Series, skips: list[str], top: int = 2) -> str:
    shares = [(row[c], c.removeprefix("skip_")) for c in skips if not is_missing(row[c])]
    shares = sorted((s for s in shares if s[0] > 0), reverse=True)[:top]
    return "; ".join(f"{label(p, 'practice')} ({pct(s)} of meetings)" for s, p in shares)


def _text(value) -> str:
    return "" if is_missing(value) else str(value)


def _cell(value) -> str:
    """A table cell's text, with an apostrophe before anything a spreadsheet would run
    (:mod:`commonground.formula_cells`; a lone ``-`` or ``=`` is no formula)."""
    from commonground.formula_cells import starts_formula

    text = _text(value)
    return "'" + text if starts_formula(text) and len(text.strip()) > 1 else text


class Table:
    """A table shown whole: every cell wraps, nothing is cut to "...", no index column."""

    def __init__(self, frame: pd.DataFrame, caption: str | None = None):
        self.frame = frame
        self.caption = caption

    def _repr_html_(self) -> str:
        from commonground.analysis.plots import report_style

        head = "".join(f'<th scope="col">{html.escape(str(c))}</th>' for c in self.frame.columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(_cell(v))}</td>" for v in row) + "</tr>"
            for row in self.frame.itertuples(index=False)
        )
        if len(self.frame) == 0:
            width = max(len(self.frame.columns), 1)
            body = f'<tr><td colspan="{width}">none in this log</td></tr>'
        caption = f"<caption>{html.escape(self.caption)}</caption>" if self.caption else ""
        return (
            f'{report_style()}<table class="commonground-table">'
            f"{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        )

    def __repr__(self) -> str:
        return self.frame.to_string(index=False)


def title(
    log_path, log: pd.DataFrame, today: dt.date | None = None, show_names: bool = False
) -> str:
    """The report's title in Markdown: which log, its dates and the run date.

    A shipped sample log is named and said to be synthetic. A trainer's own file is
    named only with ``show_names``: a log is often named after the person who keeps it
    (``maria_lopez.csv``, ``maria@example.org.csv``), and no rule tells such a name from
    ``riverside_spring.csv``; by default the title says "your outcome log".
    """
    return "\n".join(_title_lines(Path(log_path), log, today, show_names))


def report_name(log_path, show_names: bool = False) -> str:
    """What a report calls the log: its file name when it may be shown, else a phrase."""
    path = Path(log_path)
    return path.name if show_names or _is_shipped_sample(path) else "your outcome log"


def _title_lines(path: Path, log: pd.DataFrame, today, show_names: bool) -> list[str]:
    dates = pd.to_datetime(log["date"], errors="coerce").dropna() if "date" in log else []
    span = f"{_day(dates.min())} to {_day(dates.max())}" if len(dates) else "no dated meetings"
    run = _day(today or dt.date.today())
    lines = [
        f"# Which asks convert: {report_name(path, show_names)}",
        "",
        f"Meetings from **{span}**. Report run on {run}.",
    ]
    if _is_shipped_sample(path):
        lines += ["", "This log is a synthetic sample (made up, no real people)."]
    return lines


def _day(value) -> str:
    return f"{value.day} {value:%B %Y}"


def _is_shipped_sample(path: Path) -> bool:
    try:
        return path.resolve().parent == resources.data_dir() and path.name.startswith("sample_")
    except OSError:
        return False
