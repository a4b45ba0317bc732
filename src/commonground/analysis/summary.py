"""Everything the ``analyze`` command reports, as one JSON-ready dictionary.

:func:`summarize` runs every analysis on accepted rows; :func:`analyze_file` reads a log
first (through :func:`commonground.outcomes.read_log`). Every table is a list of records;
NaN becomes ``None`` so the JSON is valid. Contact values, names, phones and e-mails
never appear: only counts, rates, organizer pseudonyms and ask types whose words are
words of asks (see :mod:`commonground.analysis.shown`), unless ``show_names`` is set.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from commonground.analysis import adjusted, conversion, findings, followup, organizers, winback
from commonground.analysis.shown import report_view

#: Validation problems listed one by one in the warnings; the rest are counted.
MAX_PROBLEM_LINES = 10


def records(table: pd.DataFrame) -> list[dict]:
    """A DataFrame as JSON-safe records (NaN/NA -> None, numpy scalars -> Python)."""
    return [{k: _plain(v) for k, v in row.items()} for row in table.to_dict("records")]


def _plain(value):
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating, float)):
        return None if math.isnan(value) or math.isinf(value) else float(value)
    if isinstance(value, np.bool_):
        return bool(value)
    return value


#: Text columns with few distinct values: compared and grouped many times per summary.
CATEGORY_COLUMNS = (
    "response", "final_response", "no_reason", "ask_type", "setting", "purpose", "follow_up",
)  # fmt: skip


def as_categories(df: pd.DataFrame) -> pd.DataFrame:
    """A shallow copy with the category text columns as pandas categoricals.

    Comparing or grouping a million text cells many times costs seconds; the same on
    category codes costs milliseconds. Values and missing values are unchanged.
    """
    out = df.copy(deep=False)
    for name in CATEGORY_COLUMNS:
        if name in out and not isinstance(out[name].dtype, pd.CategoricalDtype):
            out[name] = out[name].astype("category")
    return out


def _small_group_warnings(name: str, table: pd.DataFrame) -> list[str]:
    small = table[table["n"] < conversion.MIN_GROUP_N]
    if small.empty:
        return []
    return [
        f"by {name}: {len(small)} group(s) with fewer than {conversion.MIN_GROUP_N} meetings; "
        "their rates are shaky"
    ]


def summarize(
    df: pd.DataFrame,
    n_rows: int | None = None,
    n_quarantined: int = 0,
    warnings: list[str] | None = None,
    show_names: bool = False,
) -> dict:
    """Run every analysis on accepted outcome-log rows.

    Parameters
    ----------
    df
        Accepted rows (normalised as :func:`commonground.outcomes.read_log` returns them).
    n_rows
        Rows read from the file (defaults to ``len(df)``).
    n_quarantined
        Rows set aside by validation.
    warnings
        Warnings from reading, to put first.
    show_names
        Print organizers and ask types as written (they may hold people's names);
        by default organizers are pseudonyms and names in ask types are hidden.

    Returns
    -------
    dict
        Keys ``n_rows``, ``n_accepted``, ``n_quarantined``, ``funnel``, ``by_ask_type``,
        ``by_practice``, ``adjusted``, ``adjusted_model``, ``win_back``, ``follow_up``,
        ``follow_up_days``, ``organizers``, ``organizer_notes``, ``findings``,
        ``warnings``, ``privacy`` (and ``notices`` from :func:`analyze_file`).
    """
    notes = list(warnings or [])
    df, privacy = report_view(as_categories(df), show_names=show_names)
    if n_quarantined:
        notes.append(f"{n_quarantined} rows quarantined by validation and not analysed")
    if "final_response" in df:
        filled = int((df["final_response"].isna() & df["response"].notna()).sum())
        if filled:
            notes.append(
                f"{filled} meetings had no final answer recorded; their first answer is used"
            )
    funnel = conversion.funnel(df)
    by_ask_type = conversion.conversion_by(df, "ask_type")
    by_practice = conversion.conversion_by_practice(df)
    wins = winback.win_back(df)
    follow = followup.show_up_by_follow_up(df)
    days = followup.show_up_by_days(df)
    # The model and the coaching table last: they need scipy and statsmodels, which a
    # stats helper (see ``stats_helper``) may still be loading while the rest runs.
    model = adjusted.adjusted_odds_ratios(df)
    coaching, coaching_notes = organizers.coaching_table(df, show_names=show_names)
    notes += _small_group_warnings("ask type", by_ask_type)
    notes += model.warnings
    if len(df) == 0:
        notes.append("no accepted rows: nothing to analyse")
    return {
        "n_rows": int(len(df) + n_quarantined if n_rows is None else n_rows),
        "n_accepted": int(len(df)),
        "n_quarantined": int(n_quarantined),
        "funnel": records(funnel),
        "by_ask_type": records(by_ask_type),
        "by_practice": records(by_practice),
        "adjusted": records(model.practices()),
        "adjusted_model": {
            "outcome": "response == yes",
            "controls": list(adjusted.CONTROLS),
            "references": model.references,
            "n_used": model.n_used,
            "n_dropped": model.n_dropped,
            "terms": records(model.table),
        },
        "win_back": records(wins),
        "follow_up": records(follow),
        "follow_up_days": records(days),
        "organizers": records(coaching),
        "organizer_notes": coaching_notes,
        "findings": findings.all_findings(
            funnel, model.practices(), wins, follow, model.references
        ),
        "warnings": notes,
        "privacy": privacy,
    }


def analyze_file(path, show_names: bool = False, sheet=None, **reading) -> dict:
    """Read an outcome log and summarise it (bad files raise ``InputFileError``).

    ``sheet`` is ``--sheet`` as given: one sheet, a list of them or ``["all"]``, read as
    one log (see :mod:`commonground.outcomes.sheet_log`; the summary's ``sheets`` then
    says how each was read). ``reading`` is passed to
    :func:`commonground.outcomes.read_log` (``date_order``).
    """
    from commonground.outcomes.sheet_log import read_sheets

    result = read_sheets(path, sheet, show_names=show_names, categories=True, **reading)
    out = summarize(
        result.accepted,
        n_rows=result.n_read,
        n_quarantined=len(result.quarantine),
        warnings=problem_lines(result.problems),
        show_names=show_names,
    )
    out["notices"] = list(result.notices)
    out["sheets"] = list(result.sheets)
    return out


def problem_lines(problems, limit: int = MAX_PROBLEM_LINES) -> list[str]:
    """Validation problems as short lines (row, column, message; never the value)."""
    lines = []
    for problem in problems[:limit]:
        where = f"row {problem.row}" if problem.row is not None else "file"
        if problem.where:  # several sheets read as one log: which file and sheet
            where = f"{problem.where} {where}" if problem.row is not None else problem.where
        if problem.column:
            where += f", {problem.column}"
        lines.append(f"{where}: {problem.message}")
    if len(problems) > limit:
        lines.append(f"... and {len(problems) - limit} more problems")
    return lines
