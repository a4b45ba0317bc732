"""Answers computed from data, named from question files with ``value: <name>``.

The trainer exercises ask for numbers read off an outcome log. Their right answers are
never written down: each is computed at check time from the log in use
(:func:`commonground.exercises.trainer_data.use_log`) with the package's own analysis.
A question file names the computation by its key in :data:`VALUES`.
"""

from __future__ import annotations

from collections.abc import Callable

from commonground.exercises import trainer_data as data


def _conversion(column: str):
    from commonground.analysis.conversion import conversion_by

    return conversion_by(data.accepted(), column)


def _funnel_step(step: str) -> float:
    from commonground.analysis.conversion import funnel

    table = funnel(data.accepted())
    return data.rate_of(table[table["step"] == step], "all")


def _best_ask_type() -> str:
    from commonground.analysis.conversion import MIN_GROUP_N

    table = _conversion("ask_type")
    table = table[(table["n"] >= MIN_GROUP_N) & (table["group"] != "unknown")]
    return str(table.sort_values("rate", ascending=False)["group"].iloc[0])


def _specific_told_apart() -> str:
    table = _conversion("ask_specific")
    low_t, high_t = data.rate_of(table, "true", "ci_low"), data.rate_of(table, "true", "ci_high")
    low_f, high_f = data.rate_of(table, "false", "ci_low"), data.rate_of(table, "false", "ci_high")
    overlap = low_t <= high_f and low_f <= high_t
    return "no" if overlap else "yes"


def _follow_up_gain() -> float:
    from commonground.analysis.followup import show_up_by_follow_up

    table = show_up_by_follow_up(data.accepted())
    return data.rate_of(table, "both") - data.rate_of(table, "none")


def _won_back_timing() -> float:
    from commonground.analysis.winback import win_back

    table = win_back(data.accepted())
    return data.rate_of(table[table["alternative_offered"] == "true"], "no: timing")


def _adjusted(term: str, column: str) -> float:
    table = data.adjusted_table()
    rows = table[table["term"] == term]
    if rows.empty:
        raise LookupError(f"no adjusted term {term!r} for this log")
    return float(rows[column].iloc[0])


#: Name (as written in a question file) -> the computation of the right answer.
VALUES: dict[str, Callable[[], object]] = {
    "rows_read": lambda: data.log_result().n_read,
    "rows_quarantined": lambda: len(data.log_result().quarantine),
    "ask_yes_rate": lambda: _funnel_step("ask_yes"),
    "specific_ask_yes_rate": lambda: data.rate_of(_conversion("ask_specific"), "true"),
    "specific_ask_yes_low": lambda: data.rate_of(_conversion("ask_specific"), "true", "ci_low"),
    "best_ask_type": _best_ask_type,
    "specific_told_apart": _specific_told_apart,
    "best_ask_type_low": lambda: data.rate_of(_conversion("ask_type"), _best_ask_type(), "ci_low"),
    "ask_yes_after_adjusting": lambda: _funnel_step("ask_yes_after_adjusting"),
    "yes_showed_up": lambda: _funnel_step("yes_showed_up"),
    "follow_up_gain": _follow_up_gain,
    "won_back_timing": _won_back_timing,
    "ask_fit_odds_ratio": lambda: _adjusted("ask_fit", "odds_ratio"),
    "specific_above_one": lambda: "yes" if _adjusted("ask_specific", "ci_low") > 1 else "no",
}
