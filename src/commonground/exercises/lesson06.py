"""Exercises for lesson 06: the ask, clear, specific and fitting.

Asks are read by :mod:`commonground.reader`: which parts they name (activity, time,
place, amount) and whether they fit what was learned about the person. Every person
and place is invented.
"""

from __future__ import annotations

from commonground.exercises import judging
from commonground.exercises.questions import ChoiceQuestion, TextQuestion

q1 = TextQuestion(
    "06.q1",
    "Make a vague ask specific",
    "Rewrite this vague ask as a clear, specific one: “Can you help out sometime?” (The "
    "campaign is canvassing the neighbourhood this weekend.)",
    hints=(
        "A specific ask answers: do what, when, and where?",
        "Name the activity, a day and a time, and a place.",
    ),
    solution="Would you canvass with me this Saturday at 10am, starting from the library?",
    explanation="It names the activity, the day and time, and the place: easy to say yes to.",
    elements=("ask", "specific_ask_ready"),
    judge=judging.needs_ask("Clear and specific: activity, time and place are all there."),
)

GLORIA = (
    "Gloria is a retired teacher. She lit up talking about reading with her grandkids, she "
    "is free on weekday mornings, and she told you she no longer drives after dark."
)
_GLORIA_FIT = {
    "her love of reading with kids": [
        "read",
        "tutor",
        "kid",
        "child",
        "student",
        "homework",
        "teach",
        "story",
    ]
}
_GLORIA_CONFLICT = {"her not driving after dark": ["evening", "night"]}

q2 = TextQuestion(
    "06.q2",
    "An ask that fits the person",
    f"{GLORIA} The campaign runs a reading club for second graders and needs volunteers. "
    "Write a clear, specific ask that makes sense for Gloria.",
    hints=(
        "Build the ask on what lit her up.",
        "Check the time against what she told you about driving.",
        "Name the activity, the day and time, and the place.",
    ),
    solution="Would you read to second graders at the Oak Street library on Tuesday at 10am?",
    explanation=(
        "It grows out of what she loves, at a time that works for her, with every detail named."
    ),
    elements=("ask", "motivation"),
    judge=judging.needs_ask(
        "Specific, and it fits Gloria: her love of reading, at a time she can come.",
        fit=_GLORIA_FIT,
        conflict=_GLORIA_CONFLICT,
        fit_hint="Build the ask on what you learned about Gloria: what lit her up?",
        activity_words=("read", "tutor", "teach"),
        place_words=("elementary", "school", "classroom"),
    ),
)

_PART_OPTIONS = ("The activity", "The day and time", "The place", "Nothing: it is complete")
_PART_IDS = ("activity", "time", "place", None)
ASK_Q3 = "Would you knock on doors with us this Saturday morning?"


def _missing_part() -> int:
    from commonground.reader import specificity

    found = specificity(ASK_Q3)
    for i, part in enumerate(_PART_IDS):
        if part is None or part not in found:
            return i
    raise AssertionError("unreachable")


q3 = ChoiceQuestion(
    "06.q3",
    "What is missing from the ask?",
    f"What does this ask still leave out? “{ASK_Q3}”",
    hints=(
        "Check it for the activity, then the day and time, then the place.",
        "Could the person show up without another message from you?",
    ),
    solution="c",
    explanation="It says what and when, but not where to meet.",
    elements=("ask", "specific_ask_ready"),
    options=_PART_OPTIONS,
    correct=_missing_part,
    feedback={
        0: "Knocking on doors is a concrete activity.",
        1: "'This Saturday morning' gives the day and time.",
        3: "Could they show up with only this? Where would they go?",
    },
)

q4 = ChoiceQuestion(
    "06.q4",
    "Why the ask must fit",
    "Gloria loves reading with kids. Why ask her to join the reading club rather than the "
    "evening phone bank, when the phone bank is short of people?",
    hints=(
        "Think about what you learned in the 1:1, and why you learned it.",
        "An ask that grows out of their reasons is easier to say yes to, and to keep.",
    ),
    solution="a",
    explanation=(
        "Once you know what moves someone, the ask should grow out of their reasons, not "
        "only out of the campaign's needs."
    ),
    elements=("motivation", "ask"),
    options=(
        "The ask should grow out of what moves her, not only out of what the campaign needs.",
        "Phone banking is less important than reading clubs.",
        "Retired people should not be asked to make calls.",
        "It does not matter: any ask she says yes to is fine.",
    ),
    correct=0,
    feedback={
        1: "The phone bank matters; the question is what fits Gloria.",
        2: "Nothing about her age rules calls out; what does she care about, and when is she free?",
        3: "A yes to a poor fit often does not show up. What did you learn about her?",
    },
)

LUIS = (
    "Luis runs a bakery and cannot give time during the campaign, but told you he wants to "
    "support the new clinic. The campaign's fundraising deadline is Friday."
)

q5 = TextQuestion(
    "06.q5",
    "A specific ask for money",
    f"{LUIS} Write a clear ask for a donation: name the amount and the deadline.",
    hints=(
        "A money ask is specific when it names how much and by when.",
        "Name the amount in dollars and the day.",
    ),
    solution="Would you donate $50 to the clinic campaign by Friday?",
    explanation="It names the activity (a donation), the amount and the deadline.",
    elements=("ask", "specific_ask_ready"),
    judge=judging.needs_ask(
        "Clear: what, how much and by when.", parts=("activity", "time", "amount")
    ),
)

QUESTIONS = (q1, q2, q3, q4, q5)
