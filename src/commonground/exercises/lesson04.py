"""Exercises for lesson 04: open-ended questions and listening.

Every person and line here is invented for practice.
"""

from __future__ import annotations

from commonground.exercises import judging
from commonground.exercises.questions import ChoiceQuestion, LinesQuestion, TextQuestion, verdict

q1 = TextQuestion(
    "04.q1",
    "Open up a closed question",
    "Rewrite this closed question as an open-ended one, keeping its topic: “Do you like "
    "volunteering?”",
    hints=(
        "A closed question can be answered with yes or no.",
        "Start with what, how or why, and keep volunteering in it.",
    ),
    solution="What do you enjoy most about volunteering?",
    explanation="Same topic, but now they have to tell you something about themselves.",
    elements=("open_questions",),
    judge=judging.needs_kind(
        "open_question",
        "Open, and still about volunteering.",
        topic=("volunteer", "volunteering"),
        topic_hint="Keep the topic: the question was about volunteering.",
    ),
)

q2 = TextQuestion(
    "04.q2",
    "Take the push out",
    "Rewrite this leading question so they can answer freely, keeping its topic: “Don't you "
    "think the rent increase is unfair?”",
    hints=(
        "A leading question tells them what answer you want.",
        "Ask what they think or how it affects them, without your opinion in it.",
    ),
    solution="How has the rent increase affected you?",
    explanation="It still asks about the rent increase, but leaves the answer to them.",
    elements=("open_questions", "listening"),
    judge=judging.needs_kind(
        "open_question",
        "No push left: they can answer however they see it.",
        topic=("rent", "increase"),
        topic_hint="Keep the topic: the question was about the rent increase.",
    ),
)


def _judge_three(lines: list[str]):
    problems = []
    for n, line in enumerate(lines, 1):
        problem = judging.kind_problem(line, "open_question")
        if problem:
            problems.append(f"Line {n}: {problem}")
    if len({line.lower() for line in lines}) < len(lines):
        problems.append("Two of your lines are the same; make each question different.")
    return verdict(problems, "Three open questions that invite them to talk.", "Not all open yet:")


q3 = LinesQuestion(
    "04.q3",
    "Three open questions about the campaign",
    "Write three different open-ended questions you could ask someone about the campaign "
    "(what excites them, what they would like to work on, what they enjoy doing). One per line.",
    hints=(
        "Each should be impossible to answer with a single word.",
        "Start each with what, how, why or 'tell me about'.",
    ),
    solution=(
        '["When you volunteer, what do you enjoy doing most?",\n'
        ' "What excites you about this campaign?",\n'
        ' "What would you like to work on in this campaign?"]'
    ),
    explanation="Each invites them to talk about what matters to them, in their own words.",
    elements=("open_questions",),
    judge=_judge_three,
    minimum=3,
)

_SAID = (
    "“I used to coach my daughter's soccer team, until the rec centre closed and there was "
    "nowhere left to play.”"
)

q4 = TextQuestion(
    "04.q4",
    "Listen, then follow up",
    f"The person tells you: {_SAID} Write a follow-up question that builds on what they just "
    "said, instead of moving on to your next prepared question.",
    hints=(
        "Pick up a detail they mentioned.",
        "Ask what it meant to them, openly.",
    ),
    solution="What did coaching that team mean to you?",
    explanation="It follows their last answer and invites them to say why it matters.",
    elements=("listening", "ask_listen_notice"),
    judge=judging.needs_kind(
        "open_question",
        "You followed what they said: that is listening.",
        topic=("coach", "soccer", "daughter", "team", "rec centre", "centre", "center", "play"),
        topic_hint="Build on what they just said: pick up one of the details they mentioned.",
    ),
)

q5 = ChoiceQuestion(
    "04.q5",
    "Which reply shows listening?",
    f"After they say {_SAID} which reply shows you were listening?",
    hints=(
        "Listening means your next question grows out of their last answer.",
        "Watch out for replies that change the subject or fix the problem for them.",
    ),
    solution="c",
    explanation="It repeats back what mattered to them and asks them to say more.",
    elements=("listening",),
    options=(
        "OK. Next question: how long have you lived here?",
        "You should start a team at the school gym instead.",
        "Losing the rec centre sounds like it hit your family hard. What was that like?",
        "Don't you think the city should reopen it?",
    ),
    correct=2,
    feedback={
        0: "This moves on to a prepared question and drops what they said.",
        1: "That is advice: you are fixing, not listening.",
        3: "That is a leading question: it puts your opinion in their mouth.",
    },
)

QUESTIONS = (q1, q2, q3, q4, q5)
