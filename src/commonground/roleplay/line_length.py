"""How long a typed line runs: its words, the minutes it takes to say, and our advice on
a long line about oneself that never turns to them (a speech, not a story).
"""

from __future__ import annotations

import re
from functools import lru_cache

from commonground.planners.story import WORDS_PER_MINUTE
from commonground.roleplay.line_signals import QUESTIONS, signals_of

#: Our advice (not the source guide's): a story longer than this, about yourself, with
#: no turn to the other person, takes over the meeting.
SELF_TALK_WORDS = 100

_WORDS = re.compile(r"[A-Za-z0-9']+")


@lru_cache(maxsize=4096)
def word_count(text: str) -> int:
    """Words in a line, as spoken."""
    return len(_WORDS.findall(text))


def speaking_minutes(text: str) -> float:
    """How long a line takes to say at :data:`WORDS_PER_MINUTE`."""
    return word_count(text) / WORDS_PER_MINUTE


def speech_note(reading, text: str) -> str:
    """Our advice on a long line about oneself that never turns to them (``""`` if not)."""
    kind = getattr(reading, "kind", "other")
    long_self = (
        word_count(text) > SELF_TALK_WORDS
        and "turns_to_them" not in set(signals_of(reading))
        and kind not in QUESTIONS
        and re.search(r"\b(?:i|my|me)\b", text, re.I)
    )
    if not long_self:
        return ""
    return (
        f"Our advice: {word_count(text)} words about yourself with no turn to them is a "
        "speech, not a story. Keep it to a minute or two and hand the conversation back."
    )
