"""Does a question follow up what they just said, building on it or pointing back at it,
or say it moves on from it ("anyway, next on my list")? A general question ("what keeps
you going?") is no follow-up (ours, session 11).
"""

from __future__ import annotations

import re

from commonground.reader.text import normalise

#: Words that point back at what was just said ("what was that like?", "tell me more").
_POINTS_BACK = re.compile(
    r"\b(?:that|(?:those|these)(?! days\b)|it|its|them|him|her|he|she|there|then|more|else|said|say|saying|"
    r"mentioned|told|tell me about|you'?ve|you had|you were)\b"
)


#: The stems of verbs any question may use, which build on nothing ("what keeps you
#: going?" after "...families who keep asking").
_GENERAL = frozenset(
    {"keep", "goin", "get", "gett", "make", "made", "feel", "thin", "know", "want"}
)


def points_back(text: str) -> bool:
    """Does the line point back at what was just said ("what was that like?")?"""
    return bool(_POINTS_BACK.search(normalise(text)))


def builds_on(text: str, their: str | None) -> bool:
    """Does a question build on what they just said (``their``)? It shares a word that
    matters with it, or points back at it ("how did that feel?"). A general question
    ("what keeps you going?") does neither: it is an open question, not a follow-up
    (ours, session 11). ``their`` may include the follow-up's authored wordings, which
    say in other words what builds on it ("justice" after "because it is owed"). With
    ``their`` unknown (None), any question does."""
    if their is None or points_back(text):
        return True
    from commonground.roleplay.hearing.topic_words import content_words

    own = {w[:4] for w in content_words(text)} - _GENERAL
    return not own.isdisjoint(w[:4] for w in content_words(their))


#: What a question that moves on from what they just said is told (session 11).
MOVED_ON = (
    "'Anyway' and 'next on my list' move on from what they just said: a 1:1 is a "
    "connection, not an interview. Build on their last answer."
)


def moves_on(text: str, their: str | None) -> bool:
    """Does a question say it moves on ("So anyway, what do you think of the PTA?", "next
    on my list...") from what they just said (``their``), building on none of it? A question
    that goes back to it ("anyway, how is your son doing now?") builds on it."""
    from commonground.reader.move_cues import MOVES_ON

    return bool(MOVES_ON.search(normalise(text))) and not builds_on(text, their)
