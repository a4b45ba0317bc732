"""Judges for free-text answers, built on :mod:`commonground.reader`.

Free text is never matched word for word: the reader decides what kind of move a line
is (open question, ask, story, ...), which parts an ask names, and whether it fits
what was learned about the person. These helpers turn that reading into feedback in
the method's terms, naming what is missing without writing the answer for the learner.

:func:`judge_from_spec` turns a question file's ``judge:`` block into one of these:
``needs: ask`` (a specific ask), ``kind: open_question`` (a line of that kind), or
``check: <name>`` (a judge written in Python, :mod:`commonground.questions.checks`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from commonground import labels
from commonground.questions.model import Verdict, verdict

#: How each reader kind is named in feedback.
KIND_NAMES = labels.LINE_KINDS
#: What to change when a line is of the wrong kind: method terms, never a model answer.
KIND_ADVICE = {
    "factual_question": "It asks for an easy fact: fine as an opener, but here ask about what "
    "matters to them.",
    "closed_question": "It can be answered with a single yes or no. Open it up so they have "
    "something to tell you.",
    "open_question": "It invites them to talk.",
    "leading_question": "It pushes them toward your own answer. Take the push out and let them "
    "answer freely.",
    "advice": "It tells them what to do; a 1:1 is for understanding them, not for fixing "
    "their problem.",
    "story": "It is about you. Share briefly, then turn the conversation to them.",
    "common_ground": "It names something you share.",
    "ask": "It asks them to do something.",
    "close": "It ends the meeting (thanks, a follow-up or a goodbye).",
    "other": "Write it as a full sentence someone would say out loud.",
}
_PART_NAMES = {
    "activity": "a concrete activity",
    "time": "a day and time",
    "place": "a place",
    "amount": "how much",
}


def reading(text: str, fit: Mapping | None = None, conflict: Mapping | None = None):
    """The reader's :class:`~commonground.reader.Reading` of ``text``."""
    from commonground.reader import read_line

    return read_line(text, fit_keywords=fit, conflict_keywords=conflict)


def mentions(text: str, words: Iterable[str]) -> bool:
    """True when ``text`` contains any of ``words`` (compared as rough lemmas)."""
    from commonground.reader.text import contains_phrase, lemmas

    hay = lemmas(text)
    return any(contains_phrase(hay, lemmas(w)) for w in words)


def kind_problem(text: str, wanted: str | Sequence[str]) -> str:
    """A sentence saying the line is the wrong kind, or ``""`` when it is one of ``wanted``."""
    wanted = (wanted,) if isinstance(wanted, str) else tuple(wanted)
    found = reading(text)
    if found.kind in wanted:
        return ""
    target = " or ".join(KIND_NAMES[w] for w in wanted)
    return f"This reads as {KIND_NAMES[found.kind]}, not {target}. {KIND_ADVICE[found.kind]}"


def needs_kind(
    wanted: str | Sequence[str],
    success: str,
    topic: Sequence[str] = (),
    topic_hint: str = "",
    to_them: bool = False,
    to_them_hint: str = "",
) -> callable:
    """A judge: the line must be of kind ``wanted`` and, if given, mention the ``topic``.

    With ``to_them``, it must also be about the other person (the reader's
    ``turns_to_them`` signal: "What brought you to this?", not "How's the weather?").
    """

    def judge(text: str) -> Verdict:
        problem = kind_problem(text, wanted)
        if problem:
            return Verdict(False, problem)
        if topic and not mentions(text, topic):
            return Verdict(False, topic_hint or "Keep it about what they just told you.")
        if to_them and "turns_to_them" not in reading(text).signals:
            return Verdict(
                False,
                to_them_hint or "Make it about them: ask about their life, not the weather.",
            )
        return Verdict(True, success)

    return judge


def ask_problems(
    text: str,
    parts: Sequence[str] = ("activity", "time", "place"),
    fit: Mapping | None = None,
    conflict: Mapping | None = None,
    fit_hint: str = "",
    activity_words: Sequence[str] = (),
    place_words: Sequence[str] = (),
) -> list[str]:
    """What keeps ``text`` from being a specific ask that fits (empty list when it is one).

    ``activity_words`` and ``place_words`` are extra words that count as naming the
    activity or the place for this task (the reader's lists are general; "read with the
    kids" or "at Lincoln Elementary" is concrete enough here).
    """
    from commonground.planners.when import when_problem
    from commonground.reader import specificity
    from commonground.reader.keywords import match_keywords
    from commonground.reader.paper_asks import needed_parts

    kind = reading(text).kind
    named = set(specificity(text))
    # "Would Sunday at 2pm work for the canvass?" reads as a yes/no question, but names an
    # activity and a time: offered as an alternative, it is an ask.
    if kind != "ask" and not (kind == "closed_question" and {"activity", "time"} <= named):
        return [
            f"This reads as {KIND_NAMES[kind]}, not an ask. Ask them directly to do "
            "something, e.g. start with 'Would you ...?'"
        ]
    problems = []
    if activity_words and mentions(text, activity_words):
        named.add("activity")
    if place_words and mentions(text, place_words):
        named.add("place")
    # An ask done where they are (a call, a signature) needs no place (our advice).
    needed = needed_parts(text, tuple(parts))
    missing = [p for p in parts if p in needed and p not in named]
    if "time" in parts and "time" in named:
        # The reader counts "Saturday" or "at 10am" alone as a time; an ask someone can
        # show up to names the day and the time of day, with nothing left open.
        problems.extend(p for p in [when_problem(text)] if p)
    if missing:
        names = [_PART_NAMES[p] for p in missing]
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        problems.append(f"The ask does not name {joined} yet.")
    clashes = match_keywords(text, conflict)[1] if conflict else {}
    if clashes:
        problems.append(
            "It clashes with what you know about them: "
            + "; ".join(f"'{word}' goes against {fact}" for fact, word in clashes.items())
            + "."
        )
    elif fit is not None and not match_keywords(text, fit)[0]:
        problems.append(fit_hint or "It does not connect to anything you learned about them.")
    return problems


def needs_ask(success: str, **kwargs) -> callable:
    """A judge: a specific ask (see :func:`ask_problems` for the options)."""

    def judge(text: str) -> Verdict:
        return verdict(ask_problems(text, **kwargs), success, "Not there yet:")

    return judge


def expected_kinds(lines: Sequence[str]) -> list[str]:
    """The reader's kind for each line (used as the expected labels of sorting tasks)."""
    return [reading(line).kind for line in lines]


#: The keys each kind of ``judge:`` block may use (besides ``success``).
SPEC_KEYS = {
    "needs": {
        "parts",
        "fit",
        "conflict",
        "fit_hint",
        "activity_words",
        "place_words",
    },
    "kind": {"topic", "topic_hint", "to_them", "to_them_hint"},
    "check": set(),
}


def judge_from_spec(spec: Mapping) -> callable:
    """The judge a question file names (the ``judge:`` block, already schema-checked).

    Raises
    ------
    KeyError
        When ``check:`` names no registered check.
    """
    success = spec.get("success", "Right.")
    if "needs" in spec:
        options = {k: v for k, v in spec.items() if k in SPEC_KEYS["needs"]}
        for key in ("parts", "activity_words", "place_words"):
            if key in options:
                options[key] = tuple(options[key])
        return needs_ask(success, **options)
    if "kind" in spec:
        return needs_kind(
            spec["kind"],
            success,
            topic=tuple(spec.get("topic", ())),
            topic_hint=spec.get("topic_hint", ""),
            to_them=bool(spec.get("to_them", False)),
            to_them_hint=spec.get("to_them_hint", ""),
        )
    from commonground.questions.checks import CHECKS

    return CHECKS[spec["check"]]
