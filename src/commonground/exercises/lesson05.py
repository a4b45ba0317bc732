"""Exercises for lesson 05: common ground and sharing the campaign's work.

Every person and line here is invented for practice.
"""

from __future__ import annotations

from commonground import method
from commonground.exercises import judging
from commonground.exercises.questions import (
    ChoiceQuestion,
    LabelsQuestion,
    TextQuestion,
    Verdict,
    verdict,
)

_EXCHANGE = (
    "You: My son is in third grade at Lincoln, and I got involved when his class hit 34 kids.\n"
    "Jordan: My two go to Lincoln too. My youngest barely gets any time with her teacher, "
    "and it worries me."
)
_TOPIC = ("lincoln", "class", "kid", "child", "children", "teacher", "school", "son", "daughter")

q1 = TextQuestion(
    "05.q1",
    "Name the common ground",
    f"{_EXCHANGE}\n\nWrite the line in which you acknowledge, out loud, what the two of you share.",
    hints=(
        "What do you and Jordan both have, and both worry about?",
        "Say it as a statement Jordan would agree with, e.g. starting 'We both ...'.",
    ),
    solution="Sounds like we both want our kids to get real time with their teachers at Lincoln.",
    explanation="Naming what you share turns two stories into one, in a sentence they can agree with.",
    elements=("common_ground", "common_ground_why"),
    judge=judging.needs_kind(
        "common_ground",
        "You named what you share.",
        topic=_TOPIC,
        topic_hint="Name what the two of you share here: your kids, their school, the big classes.",
    ),
)

q2 = ChoiceQuestion(
    "05.q2",
    "Which line acknowledges common ground?",
    f"{_EXCHANGE}\n\nWhich reply acknowledges common ground?",
    hints=(
        "Common ground is something you both share, said out loud.",
        "Look for the reply that talks about 'we' or 'both'.",
    ),
    solution="b",
    explanation="It names the shared worry, so Jordan can agree with it.",
    elements=("common_ground",),
    options=(
        "How old is your youngest?",
        "So we're both Lincoln parents watching our kids get lost in crowded classes.",
        "You should talk to the principal about it.",
        "Would you come to the school board meeting?",
    ),
    correct=1,
    feedback={
        0: "A fair question, but it does not name anything you share.",
        2: "That is advice; it does not say what you have in common.",
        3: "That is an ask, and it comes later, after the common ground and the campaign's work.",
    },
)

LINES_Q3 = (
    "I got involved when my son's class hit 34 kids, and that's why I care.",
    "What has it been like for your youngest this year?",
    "We both want our kids to get real time with their teachers.",
    "Would you come to the school board meeting on Monday at 6pm at the district office?",
)
q3 = LabelsQuestion(
    "05.q3",
    "Sort the exchange",
    "Label each line of the organizer's side: story, open_question, common_ground or ask.\n"
    + "\n".join(f"{n}. {line}" for n, line in enumerate(LINES_Q3, 1)),
    hints=(
        "One line is about the organizer alone; one is about both of them.",
        "The ask asks them to do something specific.",
    ),
    solution='["story", "open_question", "common_ground", "ask"]',
    explanation="Story, open question, common ground, then (after the campaign's work) the ask.",
    elements=("your_story", "open_questions", "common_ground", "ask"),
    items=LINES_Q3,
    labels=("story", "open_question", "common_ground", "ask"),
    expected=lambda: judging.expected_kinds(LINES_Q3),
)

_CAMPAIGN = ("we", "we're", "we've", "we'll", "campaign", "our", "us", "coalition", "parents")


def _judge_campaign(text: str) -> Verdict:
    kind = judging.reading(text).kind
    problems = []
    if kind in ("ask", "advice", "leading_question", "closed_question", "open_question"):
        problems.append(
            f"This reads as {judging.KIND_NAMES[kind]}. Here, tell them what the campaign is "
            "doing and why; the ask comes next."
        )
    if not judging.mentions(text, _CAMPAIGN):
        problems.append("Say what the campaign (we, our group) is doing.")
    if not judging.mentions(text, _TOPIC):
        problems.append("Tie it to what Jordan told you: her kids, their classes, Lincoln.")
    if len(text.split()) < 12:
        problems.append("Say a little more: what the campaign is doing, and why.")
    return verdict(problems, "Short, concrete, and tied to what Jordan cares about.", "Not yet:")


q4 = TextQuestion(
    "05.q4",
    "Share what the campaign is doing and why",
    f"{_EXCHANGE}\n\nBefore any ask, tell Jordan in a sentence or two what the campaign is "
    "doing and why, tied to what she told you. The campaign wants the school board to hire "
    "more teachers so classes get smaller.",
    hints=(
        "This is not yet the ask: explain what the campaign does, and why.",
        "Link it to Jordan's worry about her youngest.",
    ),
    solution=(
        "Our parents' campaign is pushing the school board to hire more teachers at Lincoln, "
        "so kids like your youngest get real time in smaller classes."
    ),
    explanation="It explains the campaign in under a minute and connects it to her worry.",
    elements=("campaign_work",),
    judge=_judge_campaign,
)

_BEFORE_ASK = (
    "Share your story",
    "Share what the campaign is doing and why",
    "Close and thank them",
)
_BEFORE_ASK_IDS = ("your_story", "campaign_work", "close_conversation")


def _step_before_ask() -> int:
    steps = [e.id for e in method.load().meeting_steps()]
    return _BEFORE_ASK_IDS.index(steps[steps.index("ask") - 1])


q5 = ChoiceQuestion(
    "05.q5",
    "What prepares the ask",
    "Which step comes right before the ask in the meeting?",
    hints=(
        "The ask should make sense to them when it comes.",
        "They need to know what the campaign does before you ask them to take part in it.",
    ),
    solution="b",
    explanation="Sharing what the campaign is doing, and why, prepares the ground for the ask.",
    elements=("campaign_work", "ask"),
    options=_BEFORE_ASK,
    correct=_step_before_ask,
    feedback={
        0: "Your story comes early, right after the opening questions.",
        2: "Closing comes after the ask and their response.",
    },
)

QUESTIONS = (q1, q2, q3, q4, q5)
