"""Trainer exercises, part 1: load and validate a log, then conversion by ask type.

Each expected answer is computed at check time from the log in use
(:func:`~commonground.exercises.trainer_data.use_log`) with the package's own analysis.
Rates are answered as fractions between 0 and 1 (0.42, not 42%).
"""

from __future__ import annotations

from commonground.exercises import trainer_data as data
from commonground.exercises.questions import ValueQuestion
from commonground.exercises.trainer_data import use_log

__all__ = ["QUESTIONS", "use_log"]
_RATE = 0.001  # rates match to within a tenth of a percentage point


def _conversion(column: str):
    from commonground.analysis.conversion import conversion_by

    return conversion_by(data.accepted(), column)


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


q1 = ValueQuestion(
    "11a.q1",
    "How many meetings were read",
    "Read the log with commonground.outcomes.read_log. How many data rows did it read "
    "(accepted and quarantined together)?",
    hints=(
        "read_log returns a LogResult; one of its attributes counts the rows read.",
        "Every row read ends up either in .accepted or in .quarantine.",
    ),
    solution="result = read_log(LOG)\nanswer_1 = result.n_read",
    explanation="n_read counts every data row; accepted + quarantine always add up to it.",
    expected=lambda: data.log_result().n_read,
)

q2 = ValueQuestion(
    "11a.q2",
    "How many rows were set aside",
    "How many rows failed validation and were set aside in the quarantine?",
    hints=(
        "Look at result.quarantine: one row per rejected meeting.",
        "Its length is the answer; result.problems says why each was rejected.",
    ),
    solution="answer_2 = len(result.quarantine)",
    explanation="Rows that break a rule are kept aside with their reason, never dropped silently.",
    expected=lambda: len(data.log_result().quarantine),
)

q3 = ValueQuestion(
    "11a.q3",
    "Ask -> yes, overall",
    "Using the accepted rows, what share of all asks got a yes as the first answer?",
    hints=(
        "Only the first answer counts here: the response column, not final_response.",
        "The share of rows whose response is 'yes', as a fraction between 0 and 1.",
    ),
    solution='df = result.accepted\nanswer_3 = (df["response"] == "yes").mean()',
    explanation="This is the first step of the funnel in the outcome-log contract: ask -> yes.",
    elements=("ask",),
    expected=lambda: data.rate_of(_funnel(), "all"),
    tolerance=_RATE,
)


def _funnel():
    from commonground.analysis.conversion import funnel

    table = funnel(data.accepted())
    return table[table["step"] == "ask_yes"]


q4 = ValueQuestion(
    "11a.q4",
    "Ask -> yes for specific asks",
    "Among asks recorded as specific (ask_specific is true), what share got a yes first?",
    hints=(
        "Filter the accepted rows to ask_specific == True first.",
        "Then take the share of first responses equal to 'yes'.",
    ),
    solution=(
        'specific = df[df["ask_specific"] == True]\n'
        'answer_4 = (specific["response"] == "yes").mean()'
    ),
    explanation="The share of specific asks answered yes, the top row of conversion by ask_specific.",
    elements=("ask", "specific_ask_ready"),
    expected=lambda: data.rate_of(_conversion("ask_specific"), "true"),
    tolerance=_RATE,
)

q5 = ValueQuestion(
    "11a.q5",
    "How sure: the interval",
    "Give the lower end of the 95% Wilson interval for that share (specific asks -> yes).",
    hints=(
        "You need the number of specific asks and how many got a yes.",
        "commonground.analysis.conversion.wilson_interval(converted, n) returns (low, high) "
        "arrays; statsmodels' proportion_confint(method='wilson') gives the same.",
    ),
    solution=(
        "from commonground.analysis.conversion import wilson_interval\n"
        'k = int((specific["response"] == "yes").sum())\n'
        "low, high = wilson_interval(k, len(specific))\n"
        "answer_5 = float(low[0])"
    ),
    explanation="The Wilson interval stays sensible for small groups and rates near 0 or 1.",
    elements=("ask",),
    expected=lambda: data.rate_of(_conversion("ask_specific"), "true", "ci_low"),
    tolerance=_RATE,
)

q6 = ValueQuestion(
    "11a.q6",
    "Which ask type converts best",
    "Among ask types with at least 30 meetings, which one has the highest ask -> yes "
    "rate? Answer with its ask_type value, e.g. 'canvass'.",
    hints=(
        "Group the accepted rows by ask_type and take the share of first yeses in each.",
        "Leave out groups with fewer than 30 meetings before picking the highest.",
    ),
    solution=(
        'by_type = df.groupby("ask_type")["response"].agg(\n'
        '    n="size", rate=lambda r: (r == "yes").mean()\n'
        ")\n"
        'answer_6 = by_type[by_type["n"] >= 30]["rate"].idxmax()'
    ),
    explanation=("Highest in this log; check its interval before telling organizers it is better."),
    elements=("ask",),
    expected=_best_ask_type,
)

q7 = ValueQuestion(
    "11a.q7",
    "Can we tell them apart?",
    "Compare the 95% intervals of ask -> yes for specific and non-specific asks. Do they "
    "not overlap, so the log can tell the two apart? Answer 'yes' or 'no'.",
    hints=(
        "Compute the interval for ask_specific == False the same way as for True.",
        "They can be told apart when one interval ends below where the other begins.",
    ),
    solution=(
        'vague = df[df["ask_specific"] == False]\n'
        'low_v, high_v = wilson_interval(int((vague["response"] == "yes").sum()), len(vague))\n'
        'answer_7 = "no" if (low[0] <= high_v[0] and low_v[0] <= high[0]) else "yes"'
    ),
    explanation="Overlapping intervals mean this log cannot separate the two groups.",
    elements=("ask", "specific_ask_ready"),
    expected=_specific_told_apart,
)


def _best_type_low() -> float:
    return data.rate_of(_conversion("ask_type"), _best_ask_type(), "ci_low")


q8 = ValueQuestion(
    "11a.q8",
    "How sure about the best ask type",
    "For the ask type you found in question 6, give the lower end of the 95% Wilson "
    "interval of its ask -> yes rate. Compare it with the rates of the other types: is "
    "the lead clear?",
    hints=(
        "Take that ask type's number of asks and number of first yeses.",
        "wilson_interval(converted, n) as in question 5.",
    ),
    solution=(
        'best = df[df["ask_type"] == answer_6]\n'
        'low_best, high_best = wilson_interval(int((best["response"] == "yes").sum()), len(best))\n'
        "answer_8 = float(low_best[0])"
    ),
    explanation=(
        "When that lower end sits below the rates of other types, the log cannot say the "
        "type is really better: tell organizers it looks promising, not that it wins."
    ),
    elements=("ask",),
    expected=_best_type_low,
    tolerance=_RATE,
)

QUESTIONS = (q1, q2, q3, q4, q5, q6, q7, q8)
