"""Trainer exercises, part 2: the funnel, winning back, the follow-up effect, adjusting.

Each expected answer is computed at check time from the log in use
(:func:`~commonground.exercises.trainer_data.use_log`) with the package's own analysis.
Rates are answered as fractions between 0 and 1.
"""

from __future__ import annotations

from commonground.exercises import trainer_data as data
from commonground.exercises.questions import ValueQuestion
from commonground.exercises.trainer_data import use_log

__all__ = ["QUESTIONS", "use_log"]
_RATE = 0.001


def _step(step: str) -> float:
    from commonground.analysis.conversion import funnel

    table = funnel(data.accepted())
    return data.rate_of(table[table["step"] == step], "all")


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


def _specific_above_one() -> str:
    return "yes" if _adjusted("ask_specific", "ci_low") > 1 else "no"


q1 = ValueQuestion(
    "11b.q1",
    "Ask -> yes after adjusting",
    "What share of all asks ended in a yes by the end of the meeting, after any adjusted "
    "ask or alternative? Where final_response is empty, the first response stands.",
    hints=(
        "Use final_response, filled in with response where it is empty.",
        'df["final_response"].fillna(df["response"]) gives the answer at the end.',
    ),
    solution=(
        'final = df["final_response"].fillna(df["response"])\nanswer_1 = (final == "yes").mean()'
    ),
    explanation="The funnel's second step: it counts the maybes and noes won back.",
    elements=("respond_maybe", "respond_no", "offer_alternative"),
    expected=lambda: _step("ask_yes_after_adjusting"),
    tolerance=_RATE,
)

q2 = ValueQuestion(
    "11b.q2",
    "Yes -> showed up",
    "Of the final yeses whose showed_up is known, what share actually showed up?",
    hints=(
        "Keep rows whose final answer is yes and whose showed_up is not empty.",
        "Then take the share where showed_up is true.",
    ),
    solution=(
        'yeses = df[(final == "yes") & df["showed_up"].notna()]\n'
        'answer_2 = yeses["showed_up"].astype(bool).mean()'
    ),
    explanation="The funnel's third step: a yes only matters if the action happens.",
    elements=("confirm_commitment",),
    expected=lambda: _step("yes_showed_up"),
    tolerance=_RATE,
)

q3 = ValueQuestion(
    "11b.q3",
    "The follow-up effect",
    "Among those final yeses, how much higher is the show-up rate after follow-up 'both' "
    "(confirmation and thanks) than after 'none'? Give the difference of the two rates "
    "(e.g. 0.12 for twelve percentage points).",
    hints=(
        "Group the known yeses by follow_up and take the show-up rate of each group.",
        "Subtract the 'none' rate from the 'both' rate.",
    ),
    solution=(
        'by_follow_up = yeses.groupby("follow_up")["showed_up"].apply(lambda s: s.astype(bool).mean())\n'
        'answer_3 = by_follow_up["both"] - by_follow_up["none"]'
    ),
    explanation=(
        "A raw difference: organizers who follow up may differ in other ways too, so read "
        "it with its intervals (show_up_by_follow_up) before drawing conclusions."
    ),
    elements=("confirm_commitment", "thank_again"),
    expected=_follow_up_gain,
    tolerance=_RATE,
)

q4 = ValueQuestion(
    "11b.q4",
    "Winning back a timing no",
    "When the first answer was a no for timing (no_reason 'timing') and an alternative was "
    "offered, what share of those meetings still ended in a yes?",
    hints=(
        "Filter: response 'no', no_reason 'timing', alternative_offered true.",
        "Then the share whose final answer (final_response, else response) is yes.",
    ),
    solution=(
        'timing = df[(df["response"] == "no") & (df["no_reason"] == "timing")\n'
        '            & (df["alternative_offered"] == True)]\n'
        'answer_4 = (timing["final_response"].fillna(timing["response"]) == "yes").mean()'
    ),
    explanation="A timing no often turns into a yes when another date is offered.",
    elements=("respond_no", "offer_alternative"),
    expected=_won_back_timing,
    tolerance=_RATE,
)

q5 = ValueQuestion(
    "11b.q5",
    "Adjusted odds ratio for a fitting ask",
    "Fit the package's adjusted comparison (commonground.analysis.adjusted."
    "adjusted_odds_ratios) on the accepted rows. What is the odds ratio of a first yes "
    "for ask_fit, holding the other practices, ask type and setting equal?",
    hints=(
        "adjusted_odds_ratios(df) returns a result whose .table has one row per term.",
        "Pick the row whose term is 'ask_fit' and read its odds_ratio.",
    ),
    solution=(
        "from commonground.analysis.adjusted import adjusted_odds_ratios\n"
        "adjusted = adjusted_odds_ratios(df).table\n"
        'answer_5 = float(adjusted.loc[adjusted["term"] == "ask_fit", "odds_ratio"].iloc[0])'
    ),
    explanation=(
        "Above 1 means a fitting ask goes with higher odds of a yes, other things equal "
        "(an association in this log, not proof of cause)."
    ),
    elements=("ask", "motivation"),
    expected=lambda: _adjusted("ask_fit", "odds_ratio"),
    tolerance=0.01,
)

q6 = ValueQuestion(
    "11b.q6",
    "Is the specific-ask effect clear?",
    "In the same adjusted comparison, does the 95% interval of the odds ratio for "
    "ask_specific lie entirely above 1? Answer 'yes' or 'no'.",
    hints=(
        "Read the ci_low column of the ask_specific row.",
        "Entirely above 1 means its lower end is above 1.",
    ),
    solution=(
        'low = adjusted.loc[adjusted["term"] == "ask_specific", "ci_low"].iloc[0]\n'
        'answer_6 = "yes" if low > 1 else "no"'
    ),
    explanation="An interval entirely above 1 is what lets you say the log shows the effect.",
    elements=("ask", "specific_ask_ready"),
    expected=_specific_above_one,
)

QUESTIONS = (q1, q2, q3, q4, q5, q6)
