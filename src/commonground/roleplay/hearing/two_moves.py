"""Two moves in one line: their words given back, then a question or common ground.

A learner who reflects and goes on in the same breath ("So the night shifts wear you
down. What keeps you going?", "So it's your son, right? We're both parents lying awake
at night.") has done the listening step and the next one. The line is applied as the
later move (the person answers the question; common ground leads on to the campaign),
and the reflection is credited too (:attr:`.result.Hearing.also`). Common ground named
at a listening node, with or without a reflection first, is heard as the common ground
the listening leads to, not as a line nobody understood (ours, session 9).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from commonground.roleplay.hearing.own_moves import _CHECKS_HEARING
from commonground.roleplay.hearing.result import Hearing
from commonground.roleplay.hearing.scores import QUESTION_KINDS
from commonground.roleplay.line_checks import signals_of

# "So the night shifts wear you down.", "So sixteen hours, and it's the patients you worry
# about.": their situation said back, about them ("you", "your") and not about us.
_SO_ABOUT_YOU = re.compile(
    r"^(?:(?:oh|ok|okay|right|wow|ah|yeah),? )*so,? (?!(?:we|i|our|my|let|would|could|can|will|"
    r"what|how|why|when|where|who|do|does|are|is)\b)(?=[^?]*\b(?:you|your|you're|you've)\b)"
    r"(?![^?]*\b(?:we|we're|we've|us|our|i|i'm|i've|my|me)\b)[^?]*[.!]?$"
)

# Common ground speaks of both of you: a last sentence without these names none.
_OURS = re.compile(r"\b(?:we|we're|we've|we'd|us|our|both|same|neither|each other)\b")

# What is shared, said as shared: "we both...", "the same thing", "neither of us". Agreeing
# with them is not naming common ground ("so we agree on all that").
_SHARED = re.compile(
    r"\b(?:both|same|in common|neither of us|each other|share|shared|like you|like me)\b"
)
_AGREES = re.compile(r"\bagree(?:d|s)?\b")

# Advice or a verdict on them is not their words given back: "so you should just refuse
# it", "so you're lazy".
_NOT_GIVING_BACK = re.compile(
    r"\b(?:should|shouldn't|ought|need to|have to|got to|must|lazy|stupid|idiot|useless|"
    r"pathetic|selfish|crazy|ridiculous|your (?:own )?fault|wrong with you)\b"
)


@lru_cache(maxsize=16384)  # a pure function of the text, asked at every node a line is heard
def split_reflection(text: str) -> tuple[bool, str]:
    """``(gives_back, rest)``: whether a sentence before the last gives their words back
    (a statement, not a question), and the last sentence."""
    from commonground.reader.listening import reflects
    from commonground.reader.text import normalise, sentences

    said = sentences(normalise(text))
    if len(said) < 2:
        said = _reflection_and_ours(said[0] if said else "")
    if len(said) < 2:
        return False, text
    head = [s for s in said[:-1] if not s.rstrip().endswith("?")]
    gives_back = any(
        (reflects(s) or _SO_ABOUT_YOU.match(s)) and not _NOT_GIVING_BACK.search(s) for s in head
    )
    return gives_back, said[-1]


# Where a sentence turns from them to what you share: "so it all lands on you - same here,
# we both...", "it sounds like X, and honestly we're the same, both of us ...".
_TURNS_TO_US = re.compile(
    r"\s*(?:;|:|\s[-\u2013\u2014]+)\s*|,\s+(?=(?:and |but |so )?(?:honestly,? |to be honest,? |"
    r"really,? )?(?:we\b|we're|we've|same\b|i'm the same|me too|i feel the same|both of us|"
    r"neither of us))"
)

# A last sentence that asks something, with or without its question mark.
_ASKS = re.compile(
    r"^(?:(?:and|so|but|ok|okay),? )?(?:what|how|why|when|where|who|which|tell me|do|does|did|"
    r"is|are|was|were|can|could|would|will|have|has)\b"
)


def asks_something(sentence: str) -> bool:
    """Does a sentence ask something (a question mark, or a question's first word)?"""
    said = sentence.strip()
    return said.endswith("?") or bool(_ASKS.match(said))


def _reflection_and_ours(sentence: str) -> list[str]:
    """A one-sentence line cut where it turns to what you share, when it does (their
    words first, common ground after: ours, session 10); else the sentence."""
    for m in _TURNS_TO_US.finditer(sentence):
        head, rest = sentence[: m.start()].strip(), sentence[m.end() :].strip()
        if head and _OURS.search(rest) and _SHARED.search(rest):
            return [head, rest]
    return [sentence]


def reflection_of(node):
    """The node's strong listening move that gives their words back (not a question)."""
    return next(
        (
            c
            for c in node.choices
            if c.step == "listening" and c.quality == "strong" and c.kind != "open_question"
        ),
        None,
    )


def drop_moving_on(moves, text: str):
    """Without the weak listening moves (changing the subject, next question on the list)
    when the line gives their words back first: whatever it asks next, it listened."""
    gives_back, _ = split_reflection(text)
    if not gives_back:
        return moves
    return [c for c in moves if not (c.step == "listening" and c.quality != "strong")]


def two_moves(scenario, node, heard: Hearing, text: str, reader) -> Hearing:
    """``heard``, with the reflection that came first credited too, or common ground at a
    listening node heard as the common ground the listening leads to."""
    if "push" in signals_of(heard.reading):
        return heard
    gives_back, last = split_reflection(text)
    reflection = reflection_of(node)
    choice = heard.choice
    if not gives_back and choice is not None and choice is reflection:
        # Heard as their words given back: what it says you share before its closing
        # check is read below (ours, session 11).
        gives_back = bool(_shared_before_check(text))
    if heard.how == "unclear" and gives_back and reflection in heard.could_be:
        # As close to the reflection as to a question: the line made both, in that order.
        asked = [
            c
            for c in heard.could_be
            if c is not reflection and c.quality == "strong" and c.kind in QUESTION_KINDS
        ]
        if len(asked) == 1 and asks_something(last) and not _CHECKS_HEARING.match(last.strip()):
            why = "their words given back, then a question: heard as both"
            return Hearing(
                "meaning", asked[0], heard.sureness, heard.reading, why=(why,), also=reflection
            )
    if (
        gives_back
        and reflection is not None
        and choice is not None
        and choice is not reflection
        and choice.quality == "strong"
        and choice.kind in QUESTION_KINDS
        and asks_something(last)
        and not _CHECKS_HEARING.match(last.strip())
    ):
        return replace(heard, also=reflection)
    said_back = gives_back and choice is not None and choice is reflection
    # A question heard where the line asked none after giving their words back: what
    # came after may be common ground (read below), not the question.
    unasked = gives_back and choice is not None and choice.kind in QUESTION_KINDS
    unasked = unasked and not asks_something(last)
    if choice is not None and choice.quality == "strong" and not (said_back or unasked):
        return heard
    said = last if gives_back else text
    if gives_back and said.rstrip().endswith("?"):
        # "So it's X, and we both know Y. Is that it?": the check closes the line, and what
        # you share may come before it (ours, session 11).
        said = _shared_before_check(text) or said
    if said != text and (said.rstrip().endswith("?") or not _OURS.search(said)):
        return heard  # a check or a question, or nothing of "us": no common ground to read
    reading = reader(said) if said != text else heard.reading
    if getattr(reading, "kind", "") != "common_ground" or "agrees_only" in signals_of(reading):
        return heard
    if not _SHARED.search(said) or _AGREES.search(said):
        return heard  # "so we agree on all that then" names nothing shared
    ground = _common_ground_after(scenario, node)
    if ground is None:
        return heard
    why = "common ground after listening: heard as naming what you share"
    return Hearing(
        "meaning",
        ground,
        heard.sureness,
        reading,  # the common ground is judged on its own words, the reflection apart
        why=(why,),
        also=reflection if gives_back else None,
    )


def _shared_before_check(text: str) -> str:
    """What a line says you share before the check that closes it ("..., and we both know
    nobody can carry that alone. Is that it?"), else ``""``."""
    from commonground.reader.text import normalise, sentences

    said = sentences(normalise(text))
    for i in range(len(said) - 2, -1, -1):
        sentence = said[i]
        if sentence.rstrip().endswith("?"):
            continue
        pieces = _reflection_and_ours(sentence)
        part = pieces[-1] if len(pieces) == 2 else (sentence if i else "")
        if part and _OURS.search(part) and _SHARED.search(part) and not _AGREES.search(part):
            return part
    return ""


def _common_ground_after(scenario, node):
    """The strong common-ground move of the node this node's listening leads to, when
    this node offers none of its own."""
    if any(c.step == "common_ground" for c in node.choices):
        return None
    for choice in node.choices:
        if choice.step != "listening" or choice.quality != "strong" or not choice.next:
            continue
        after = scenario.node(choice.next)
        found = next(
            (c for c in after.choices if c.step == "common_ground" and c.quality == "strong"),
            None,
        )
        if found is not None:
            return found
    return None


def credit_first(result, heard: Hearing):
    """The turn ``result`` with the move the line made first (``heard.also``) credited
    too, recorded before the move applied, and said in the feedback."""
    from commonground.roleplay.state import StepRecord

    first = heard.also
    if first is None:
        return result
    steps = result.state.steps
    record = StepRecord(first.step, "strong", first.id, True, True)
    state = replace(result.state, steps=steps[:-1] + (record, steps[-1]))
    note = "Giving back what they said first did the listening step too."
    return replace(result, state=state, feedback=f"{result.feedback} {note}")
