"""Exercises for lesson 07: responding to yes, maybe and no.

Every person and line here is invented for practice.
"""

from __future__ import annotations

from commonground.exercises import judging
from commonground.exercises.questions import (
    ChoiceQuestion,
    LabelsQuestion,
    TextQuestion,
    Verdict,
    verdict,
)

ORIGINAL_ASK = "Would you canvass with me this Saturday at 10am, starting from the library?"

q1 = ChoiceQuestion(
    "07.q1",
    "What to do with a maybe",
    f"You asked: “{ORIGINAL_ASK}” They answer: “Hmm, maybe...” What do you do first?",
    hints=(
        "A maybe is a question, not an answer.",
        "Before changing anything, you need to know what the hesitation is about.",
    ),
    solution="c",
    explanation="Find out what the maybe means first; then adjust the ask to the reason they give.",
    elements=("respond_maybe",),
    options=(
        "Count it as a yes and send them the details.",
        "Offer a different activity straight away.",
        "Ask what is making them unsure.",
        "Thank them and end the meeting.",
    ),
    correct=2,
    feedback={
        0: "A maybe is not a yes; a shaky yes rarely shows up.",
        1: "You do not know yet whether the activity is the problem: it may be the time.",
        3: "Stopping at the first answer leaves the maybe unexplored.",
    },
)


def _judge_maybe(text: str) -> Verdict:
    # "Is it the day, or the canvassing?" is closed in form but finds out what the maybe
    # means, so an either/or question counts as well as an open one.
    found = judging.reading(text)
    if "push" in found.signals:
        return Verdict(
            False,
            "That pushes after a maybe. Pressing costs trust and rarely turns a maybe into a "
            "real yes; find out what the maybe means instead.",
        )
    kind = found.kind
    if kind == "closed_question" and " or " in text.lower():
        kind = "open_question"
    if kind != "open_question":
        return Verdict(False, judging.kind_problem(text, "open_question"))
    return Verdict(True, "You are finding out what the maybe means before adjusting anything.")


q2 = TextQuestion(
    "07.q2",
    "Find out what the maybe means",
    f"You asked: “{ORIGINAL_ASK}” They said: “Maybe... I'm not sure.” Write what you say next.",
    hints=(
        "You are not adjusting yet: you are finding out.",
        "Ask an open question about their hesitation.",
    ),
    solution="What is making you unsure about Saturday?",
    explanation="An open question about the hesitation tells you whether to change the time or the task.",
    elements=("respond_maybe",),
    judge=_judge_maybe,
)

NOS = (
    "I work every Saturday, sorry.",
    "I'm not comfortable knocking on strangers' doors.",
    "That weekend is my sister's wedding.",
    "Phones make me anxious; calling people isn't for me.",
)
_NO_REASONS = ("timing", "activity", "timing", "activity")

q3 = LabelsQuestion(
    "07.q3",
    "A no for the timing, or for the activity?",
    "Label each no: timing (the date or time does not work) or activity (the task itself "
    "does not suit them).\n" + "\n".join(f"{n}. {line}" for n, line in enumerate(NOS, 1)),
    hints=(
        "Would the same task on another day be a yes? Then it is timing.",
        "Is it the kind of task that puts them off? Then it is the activity.",
    ),
    solution='["timing", "activity", "timing", "activity"]',
    explanation=(
        "The reason tells you which alternative to offer: another date for a timing no, "
        "another activity for an activity no."
    ),
    elements=("respond_no",),
    items=NOS,
    labels=("timing", "activity"),
    expected=lambda: _NO_REASONS,
)

q4 = TextQuestion(
    "07.q4",
    "An alternative for a timing no",
    f"You asked: “{ORIGINAL_ASK}” They said: “{NOS[0]}” Offer the alternative you prepared.",
    hints=(
        "Change only what they objected to.",
        "Same activity, another day or time: name it fully.",
    ),
    solution="Could you canvass with us on Sunday at 2pm from the library instead?",
    explanation="It keeps the activity they did not object to and moves only the day.",
    elements=("offer_alternative", "respond_no"),
    judge=judging.needs_ask(
        "It changes the timing, and only the timing.",
        parts=("activity", "time"),
        fit={"the activity they did not object to": ["canvass", "door", "knock"]},
        conflict={"their Saturday shifts": ["saturday"]},
        fit_hint="It was a no to the timing, not the activity: keep the canvassing.",
    ),
)

q5 = TextQuestion(
    "07.q5",
    "An alternative for an activity no",
    f"You asked: “{ORIGINAL_ASK}” They said: “{NOS[1]}” Offer an alternative.",
    hints=(
        "This no is about the activity, so offer a different kind of task.",
        "Name the new activity and a day and time.",
    ),
    solution="Would you make calls with us from the office on Thursday at 6pm instead?",
    explanation="A different activity answers the reason they gave; the details make it real.",
    elements=("offer_alternative", "respond_no"),
    judge=judging.needs_ask(
        "A different activity that answers the reason they gave.",
        parts=("activity", "time"),
        conflict={"their discomfort with doors": ["door", "knock", "canvass"]},
        activity_words=("data entry", "envelope", "mailing", "social media", "office work"),
    ),
)

_CONFIRM = (
    "confirm",
    "still work",
    "does that work",
    "sound good",
    "see you",
    "count on you",
    "are you still",
    "?",
)


def _judge_yes(text: str) -> Verdict:
    from commonground.reader import specificity

    named = specificity(text)
    problems = []
    missing = [p for p in ("time", "place") if p not in named]
    if missing:
        problems.append(f"Share the details: the {' and the '.join(missing)}.")
    if not any(c in text.lower() for c in _CONFIRM):
        problems.append("Confirm their interest: check it still works for them.")
    return verdict(problems, "Details shared and the yes confirmed.", "Not there yet:")


q6 = TextQuestion(
    "07.q6",
    "Respond to a yes",
    f"You asked: “{ORIGINAL_ASK}” They said: “Yes, I'd like that.” Write your reply.",
    hints=(
        "A yes needs the details so they can actually come.",
        "Then confirm: check that it really works for them.",
    ),
    solution="Great! We meet at the library at 10am on Saturday. Does that still work for you?",
    explanation="The details make the yes real, and the check confirms their interest.",
    elements=("respond_yes",),
    judge=_judge_yes,
)

QUESTIONS = (q1, q2, q3, q4, q5, q6)
