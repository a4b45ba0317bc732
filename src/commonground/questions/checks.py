"""Judges written in Python, named from question files with ``judge: {check: <name>}``.

Most free-text questions are judged by a ``needs: ask`` or ``kind: ...`` block in their
YAML file (:func:`commonground.questions.judging.judge_from_spec`). The few below look
at several things at once (a prep plan, a story in three parts, a follow-up message), so
they are code; a question file names one by its key in :data:`CHECKS`, and its
``must_fail`` examples are tried against it like any other judge.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from commonground.questions import judging
from commonground.questions.model import Verdict, verdict


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


_FIRST_PERSON = ("i", "my", "me", "i'm", "i've", "we", "our")


def _judge_story(answer: dict) -> Verdict:
    from commonground.planners.story import StoryParts, assemble_story, story_feedback

    parts = StoryParts.from_dict(answer)
    findings = story_feedback(parts)
    problems = [f.message for f in findings if f.severity == "missing"]
    for name in ("what_happened", "what_you_chose"):
        text = getattr(parts, name)
        if text and not any(w in text.lower().replace(",", " ").split() for w in _FIRST_PERSON):
            problems.append(f"Tell '{name}' as your own story: use I, my or we.")
    if not parts.why_now or problems:
        return Verdict(False, "Your story is not complete yet:", tuple(problems))
    notes = tuple(f.message for f in findings if f.severity != "missing")
    story = assemble_story(parts)
    if judging.reading(story).kind not in ("story", "common_ground"):
        return Verdict(
            False,
            "Put yourself in it: what happened to you, and why it matters to you.",
            notes,
        )
    return Verdict(True, "All three parts are there, told as your own story.", notes)


def _judge_three(lines: list[str]):
    problems = []
    for n, line in enumerate(lines, 1):
        problem = judging.kind_problem(line, "open_question")
        if problem:
            problems.append(f"Line {n}: {problem}")
    if len({line.lower() for line in lines}) < len(lines):
        problems.append("Two of your lines are the same; make each question different.")
    return verdict(problems, "Three open questions that invite them to talk.", "Not all open yet:")


_TOPIC = ("lincoln", "class", "kid", "child", "children", "teacher", "school", "son", "daughter")


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


_FOLLOW_UP = re.compile(
    r"\b(?:i'll|i will|i'm going to|we'll|we will|let me)\s+(?:\w+\s+){0,3}?"
    r"(?:text|call|email|e-mail|message|send|follow up|get back|be in touch|check in|"
    r"reach out|write|ring|drop)\b|\bfollow[- ]up\b|\bbe in touch\b",
    re.IGNORECASE,
)


def _judge_close(text: str) -> Verdict:
    problems = []
    if not _FOLLOW_UP.search(text):
        problems.append("Let them know you will follow up, and how (a call, a text...).")
    if not re.search(r"\bthank", text, re.IGNORECASE):
        problems.append("Thank them for their time.")
    return verdict(problems, "They know what comes next, and that you valued the time.", "Not yet:")


def _judge_message(answer: dict) -> Verdict:
    from commonground.planners.follow_up import Commitment, check_commitment

    problems = [f.message for f in check_commitment(Commitment.from_dict(answer))]
    thanks = answer.get("thanks", "")
    if thanks and len(thanks.split()) < 6:
        problems.append("Make the thank-you personal: mention something from your conversation.")
    if (
        answer.get("time")
        and not judging.mentions(answer["time"], ["am", "pm", "noon"])
        and not (re.search(r"\d", answer["time"]))
    ):
        problems.append("Give the time as a clock time (e.g. 10am).")
    return verdict(problems, "A clear confirmation and a real thank-you.", "Still missing:")


_NEXT_TIME = re.compile(
    r"\b(?:next time|i will|i'll|i am going to|i'm going to|i plan to|from now on|"
    r"in my next)\b",
    re.IGNORECASE,
)


_MOVES = (
    "question", "ask", "story", "listen", "follow", "alternative", "time", "prepare", "plan",
    "common ground", "pause", "silence", "thank", "open", "campaign", "talk", "detail",
    "let them",
)  # fmt: skip


def _judge_change(text: str) -> Verdict:
    problems = []
    if not _NEXT_TIME.search(text):
        problems.append("Say what you will do next time (start with 'Next time I will ...').")
    if not judging.mentions(_NEXT_TIME.sub(" ", text), _MOVES):
        problems.append(
            "Name a concrete part of the 1:1 to change: your questions, your story, the "
            "ask, the alternatives, listening, the follow-up..."
        )
    if len(text.split()) < 8:
        problems.append("Be concrete: what exactly will you do differently?")
    return verdict(problems, "A concrete change to carry into your next 1:1.", "Not yet:")


#: Name (as written in a question file) -> judge.
CHECKS: dict[str, Callable] = {
    "first_questions": _judge_questions,
    "prep_plan_for_marcus": _judge_plan,
    "story_in_three_parts": _judge_story,
    "three_open_questions": _judge_three,
    "campaign_for_jordan": _judge_campaign,
    "find_out_the_maybe": _judge_maybe,
    "confirm_a_yes": _judge_yes,
    "close_with_thanks": _judge_close,
    "follow_up_message": _judge_message,
    "one_change_next_time": _judge_change,
}
