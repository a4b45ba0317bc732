"""Exercises for lesson 02: setting up a 1:1 and preparing for it.

The prep plan question is judged by :func:`commonground.planners.prep.check_plan`, the
same check the lesson's planner uses. Every person and place is invented.
"""

from __future__ import annotations

from commonground import method
from commonground.exercises import judging
from commonground.exercises.questions import (
    ChoiceQuestion,
    Field,
    FormQuestion,
    LinesQuestion,
    Verdict,
    verdict,
)


def _purpose_titles() -> list[str]:
    return [p.title for p in method.load().purposes]


q1 = ChoiceQuestion(
    "02.q1",
    "Why you are meeting",
    "Dana has run the Tuesday phone bank for two months. You want to sit down to hear how "
    "it is going for her. Which purpose do you tell her when you set up the 1:1?",
    hints=(
        "Dana is already active in the campaign.",
        "You are not meeting to start something new with her, but to hear about her work.",
    ),
    solution="d",
    explanation=(
        "She is already doing the work; a check-in keeps the relationship strong and shows "
        "her she matters beyond the task."
    ),
    elements=("explain_purpose", "maintain_relationship"),
    options=_purpose_titles(),
    correct=lambda: method.load().purpose_ids().index("check_in"),
    feedback={
        0: "You already know each other: she has run the phone bank for months.",
        1: "She is already working with the campaign; that question is settled.",
        2: "Close, but the reason here is her recent work, not a deeper relationship in general.",
    },
)

_LENGTHS = ("5 minutes", "30 minutes", "2 hours", "As long as it takes")


def _usual_length_index() -> int:
    low, high = method.load().meeting_length_min
    for i, text in enumerate(_LENGTHS):
        first = text.split()[0]
        if first.isdigit() and text.endswith("minutes") and low <= int(first) <= high:
            return i
    raise LookupError("no option falls in the usual meeting length")


q2 = ChoiceQuestion(
    "02.q2",
    "How long it will take",
    "When you set up the 1:1, how long do you tell them it will take?",
    hints=(
        "It should be long enough to get past small talk.",
        "It should also respect their time, and they should know it before they agree.",
    ),
    solution="b",
    explanation="Between 20 and 45 minutes is usual, and you say so up front.",
    elements=("expected_length",),
    options=_LENGTHS,
    correct=_usual_length_index,
    feedback={
        0: "Five minutes barely gets past hello: there is no time to understand them.",
        2: "Two hours asks a lot of someone you may hardly know.",
        3: "They deserve to know the length before they agree to meet.",
    },
)

_MESSAGE = (
    "“Hi Sam, it's Ana from the tenants' association. We met at the block party. I'd love to "
    "sit down and get to know you, and hear what you think about the repairs. Could we meet "
    "this Thursday at 6pm?”"
)

q3 = ChoiceQuestion(
    "02.q3",
    "What the set-up message leaves out",
    f"Ana sends this message to set up a 1:1:\n{_MESSAGE}\nWhat is missing?",
    hints=(
        "Go through the set-up steps: introduce yourself, say why, agree date, time and "
        "place, say how long.",
        "Two of those steps are missing.",
    ),
    solution="c",
    explanation="She introduces herself, says why and proposes a time, but gives no place and no length.",
    elements=("contact", "explain_purpose", "date_time_place", "expected_length"),
    options=(
        "Her name and how they know each other.",
        "Why she wants to meet.",
        "Where they will meet and how long it will take.",
        "The ask she plans to make.",
    ),
    correct=2,
    feedback={
        0: "Look again: 'it's Ana ... We met at the block party.'",
        1: "She says it: to get to know Sam and hear about the repairs.",
        3: "The ask is prepared, not announced in the set-up message.",
    },
)


def _judge_questions(lines: list[str]) -> Verdict:
    kinds = [judging.reading(line).kind for line in lines]
    problems = []
    if "factual_question" not in kinds:
        problems.append("Add one easy factual question to open with.")
    if kinds.count("open_question") < 2:
        problems.append(
            f"Open-ended questions so far: {kinds.count('open_question')}. Write at least two "
            "that start with what, how, why or tell me about."
        )
    for n, kind in enumerate(kinds, 1):
        if kind not in ("factual_question", "open_question"):
            problems.append(f"Line {n} reads as {judging.KIND_NAMES[kind]}.")
    return verdict(problems, "A good set: an easy opener and open questions that let them talk.")


q4 = LinesQuestion(
    "02.q4",
    "Draft your questions",
    "You are meeting Marcus, a retired teacher in your building, to get to know him. "
    "Draft at least three questions you will ask: one easy factual opener and at least two "
    "open-ended questions. One question per line.",
    hints=(
        "A factual opener is easy to answer: how long, where, what work.",
        "Open-ended questions start with what, how, why or 'tell me about'.",
        "Leave out yes/no and leading questions: they close the conversation down.",
    ),
    solution=(
        '["How long have you lived in the building?",\n'
        ' "What has changed here since you moved in?",\n'
        ' "What would you most like to see fixed?"]'
    ),
    explanation="One easy fact to settle in, then open questions about what matters to him.",
    elements=("your_questions", "factual_questions", "open_questions"),
    judge=_judge_questions,
    minimum=3,
)

#: What Ana has already written in her plan for meeting Marcus.
BASE_PLAN = {
    "contact": "Marcus, my neighbour on the third floor",
    "introduction": "Ana from the tenants' association; we met at the block party",
    "purpose": "get_to_know",
    "date": "Thursday",
    "time": "6pm",
    "place": "the cafe on Elm Street",
    "length_min": 30,
    "hope_to_get": "get to know Marcus and see whether he would join the repairs campaign",
    "what_you_know": "retired teacher, twenty years in the building, complained about repairs",
}
_MARCUS_FIT = {
    "teacher": ["teach", "tutor", "read", "lesson", "train", "class", "homework"],
    "building": ["tenant", "neighbour", "neighbor", "building", "floor", "repair"],
}


def _judge_plan(answer: dict) -> Verdict:
    from commonground.planners.prep import PrepPlan, check_plan

    plan = PrepPlan.from_dict({**BASE_PLAN, **answer})
    problems = [f.message for f in check_plan(plan)]
    if answer["ask"] and not problems:
        problems += judging.ask_problems(
            answer["ask"],
            fit=_MARCUS_FIT,
            fit_hint="Tie the ask to what you know about Marcus (his teaching, his building).",
        )
    return verdict(
        problems, "The plan is ready: Ana can walk in prepared.", "The plan is not ready yet:"
    )


q5 = FormQuestion(
    "02.q5",
    "Complete the prep plan",
    "Ana's plan for meeting Marcus already has the set-up, what she hopes to get and what she "
    f"knows ({BASE_PLAN['what_you_know']}). Fill in the rest: what she hopes to find out, "
    "her questions (one per line), a clear and specific ask that fits Marcus, and at least "
    "one alternative (one per line).",
    hints=(
        "The questions need to be mostly open-ended.",
        "A specific ask names an activity, a day and time, and a place.",
        "An alternative changes the date or the kind of task, in case the first ask does not fit.",
    ),
    solution=(
        "{'hope_to_find_out': 'what he cares about most in the building and what he enjoys "
        "doing',\n 'questions': ['How long have you lived in the building?', 'What has changed "
        "here over the years?', 'What would you most like to see fixed?'],\n 'ask': 'Would you "
        "help run a tenant meeting in the community room next Tuesday at 7pm?',\n "
        "'alternatives': ['Would you knock on doors on your floor on Saturday at 11am?']}"
    ),
    explanation=(
        "Everything the method asks you to prepare is there, and the ask builds on what she "
        "knows about him: his building and his years of teaching."
    ),
    elements=("hope_to_find_out", "your_questions", "specific_ask_ready", "alternatives_ready"),
    fields=(
        Field("hope_to_find_out", "What you hope to find out"),
        Field("questions", "Your questions (one per line)", is_list=True),
        Field("ask", "Your specific ask"),
        Field("alternatives", "Alternatives (one per line)", is_list=True),
    ),
    judge=_judge_plan,
)

QUESTIONS = (q1, q2, q3, q4, q5)
