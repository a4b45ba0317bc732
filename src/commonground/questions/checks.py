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


def _words(line: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[^\W_]+", line.lower()))


def _repeats_and_stubs(lines: list[str]) -> list[str]:
    """Lines that say the same thing twice (ignoring case and punctuation), and lines too
    short to be a question someone could answer ("How?", "Why?")."""
    problems = []
    seen = set()
    for n, line in enumerate(lines, 1):
        words = _words(line)
        if len(words) < 3:
            problems.append(f"Line {n} is too short to ask: say what you want to know.")
        if words in seen:
            problems.append(f"Line {n} repeats an earlier line; make each question different.")
        seen.add(words)
    return problems


def _judge_questions(lines: list[str]) -> Verdict:
    kinds = [judging.reading(line).kind for line in lines]
    problems = _repeats_and_stubs(lines)
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


_FIRST_PERSON = frozenset(("i", "my", "me", "i'm", "i've", "i'd", "we", "our", "us", "mine"))


def _judge_story(answer: dict) -> Verdict:
    from commonground.planners.story import (
        StoryParts,
        assemble_story,
        reads_as_resume,
        story_feedback,
        thin_parts,
    )
    from commonground.reader.text import normalise

    parts = StoryParts.from_dict(answer)
    findings = story_feedback(parts)
    problems = [f.message for f in findings if f.severity == "missing"]
    labels = {
        "what_happened": "what happened",
        "what_you_chose": "what you chose to do",
        "why_now": "why it matters to you now",
    }
    for name in thin_parts(parts):
        problems.append(f"Say a little more about {labels[name]}: a sentence, not a word or two.")
    if reads_as_resume(assemble_story(parts)):
        problems.append(
            "This lists roles and experience. The story is what happened that made you care: "
            "tell one thing that happened to you."
        )
    for name in ("what_happened", "what_you_chose"):
        text = getattr(parts, name)
        if text and _FIRST_PERSON.isdisjoint(re.findall(r"[a-z']+", normalise(text))):
            problems.append(f"Tell {labels[name]} as your own story: use I, my or we.")
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
    problems += _repeats_and_stubs(lines)
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
    from commonground.planners.reading import ASKS_FOR_MORE, asks_for_more
    from commonground.planners.when import when_problem
    from commonground.reader import specificity
    from commonground.reader.text import normalise

    if asks_for_more(text):
        return verdict([ASKS_FOR_MORE], "", "Not there yet:")
    named = specificity(text)
    problems = []
    missing = [p for p in ("time", "place") if p not in named]
    if missing:
        problems.append(f"Share the details: the {' and the '.join(missing)}.")
    elif when_problem(text):
        problems.append(f"Share the details: {when_problem(text)}")
    if not any(c in normalise(text) for c in _CONFIRM):
        problems.append("Confirm their interest: check it still works for them.")
    return verdict(problems, "Details shared and the yes confirmed.", "Not there yet:")


# The speaker's own promise to be in touch ("I'll text you", "ill call u", "you'll get
# an email from me"): a bare "follow up" ("let me know if you want to follow up") is not
# one, and a negated one ("I won't follow up") is the opposite.
_FOLLOW_UP = re.compile(
    r"\b(?:i'll|ill|i will|i'm going to|i am going to|i'm gonna|we'll|we will|we're going to|"
    r"let me|i can)\s+(?:\w+\s+){0,3}?"
    r"(?:text|call|email|e-mail|message|send|follow up|follow-up|get back|be in touch|"
    r"check in|reach out|write|ring|drop|phone|whatsapp|dm|remind|confirm)\b"
    r"|\b(?:text|call|email|e-mail|message|note|reminder|line)s?\s+from me\b"
)
_NOT_FOLLOWING_UP = re.compile(
    r"\b(?:won't|will not|wont|not going to|never|can't|cannot|don't|do not)\s+(?:\w+\s+){0,2}?"
    r"(?:text|call|email|message|send|follow|get back|be in touch|check in|reach out|write)\b"
)


def _judge_close(text: str) -> Verdict:
    from commonground.reader.text import normalise

    said = normalise(text)
    problems = []
    if _NOT_FOLLOWING_UP.search(said) or not _FOLLOW_UP.search(said):
        problems.append("Let them know you will follow up, and how (a call, a text...).")
    if not re.search(r"\b(?:thank|thx|cheers|appreciate|grateful)", said):
        problems.append("Thank them for their time.")
    return verdict(problems, "They know what comes next, and that you valued the time.", "Not yet:")


def _judge_message(answer: dict) -> Verdict:
    from commonground.planners.follow_up import Commitment, check_commitment

    # Missing or open details, a clock time and a thank-you that remembers the
    # conversation are all judged by the planner, so the widget and the exercise agree.
    problems = [f.message for f in check_commitment(Commitment.from_dict(answer))]
    return verdict(problems, "A clear confirmation and a real thank-you.", "Still missing:")


_NEXT_TIME = re.compile(
    r"\b(?:next time|i will|i'll|ill|i am going to|i'm going to|i'm gonna|i plan to|"
    r"from now on|in my next|i want to)\b",
    re.IGNORECASE,
)


# 08.q5's note: "I talked for most of the meeting and only found out what she cared about
# in the last five minutes." A change that answers it gives the other person the floor
# sooner; one that has the learner say more, or ask for something sooner, answers the
# opposite problem. Both are judged by what the change does, not by its keywords.
_MORE_ROOM = re.compile(
    r"\b(?:ask(?:ing)? (?:her|him|them|more|open|about|what|how|why|questions?)|"
    r"(?:open|more|fewer closed|good|real) questions?|questions? (?:first|early|earlier|before)|"
    r"listen\w*|let (?:her|him|them) (?:talk|speak|share|tell|answer|finish|lead)|"
    r"talk(?:ing)? less|speak(?:ing)? less|stop talking|shut up|say less|(?:keep|cut) (?:my|the) "
    r"(?:story|intro\w*|pitch) (?:short|shorter|brief|to)|shorter|pause|silence|"
    r"find(?:ing)? out|what (?:she|he|they) cares?|(?:her|his|their) (?:story|reasons|values|"
    r"concerns|interests|side)|follow[- ]up questions?|hear (?:her|him|them))\b"
)
_LESS_ROOM = re.compile(
    r"(?<!let her )(?<!let him )(?<!let them )(?<!let people )"
    r"\b(?:talk(?:ing)?|speak(?:ing)?|explain\w*|tell(?:ing)? (?:her|him|them)|present\w*|"
    r"pitch\w*|describ\w*)\s+(?:(?!less\b|and\b|but\b|listen)\w+\s+){0,4}?"
    r"(?:more|longer|in (?:more|full|greater) "
    r"detail|first|right away|straight away|everything)\b"
    r"|\b(?:more|longer) (?:about|on) (?:the campaign|myself|me|us|our)\b"
    r"|\b(?:make|do|get to|bring up) the ask (?:sooner|earlier|first|faster|right away|"
    r"straight away|at the start)\b|\bask (?:sooner|earlier|faster|right away)\b"
)


def _judge_change(text: str) -> Verdict:
    from commonground.reader.text import normalise

    said = normalise(text)
    problems = []
    if not _NEXT_TIME.search(said):
        problems.append("Say what you will do next time (start with 'Next time I will ...').")
    if _LESS_ROOM.search(said):
        problems.append(
            "Your note says you did most of the talking; this change has you say more, or "
            "ask sooner. Change what gives them the floor: your questions, listening, a "
            "shorter story."
        )
    elif not _MORE_ROOM.search(_NEXT_TIME.sub(" ", said)):
        problems.append(
            "Name a concrete part of the 1:1 to change that gives them more room: your "
            "questions, listening, a shorter story, pauses..."
        )
    if len(said.split()) < 8:
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
