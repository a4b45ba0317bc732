"""Lines that press them or presume their answer: a push (pressure on a refusal or a
hesitation), pressing words in an ask, pressing words before any ask (a leading line),
and an answer taken as a yes. What each is told.
"""

from __future__ import annotations

import re

from commonground.reader.text import normalise
from commonground.roleplay.line_signals import signals_of

#: What a push is told, wherever it is heard.
PUSH_NOTE = (
    "That presses them instead of hearing them. Accept what they said, then find out what "
    "is behind it."
)

#: What an ask made with pressing words is told ("we need people like you to sign up
#: today"), whatever else it is graded on (ours, session 10).
PRESSED_ASK = (
    "Our advice: that also presses them (who they ought to be, or a yes right now). Make "
    "the ask and leave them free to answer, so that a yes is one they mean."
)

# How far it is, said to help them find it ("it's just round the corner from the
# hospital"): in an ask, that tells where, whatever it would mean after a no.
_HOW_NEAR = re.compile(
    r"\b(?:it's|it is|its|that's|that is) (?:only |just )(?:down|round|around|up|across|next door)"
    r"\b[^.?!]*",
    re.I,
)


def presses_in_ask(reading, text: str) -> bool:
    """Does an ask press them (the reader's ``push``), beyond saying how near it is?"""
    if "push" not in signals_of(reading):
        return False
    if not _HOW_NEAR.search(text):
        return True
    from commonground.reader import read_line

    return "push" in signals_of(read_line(_HOW_NEAR.sub("", text)))


#: What pressing words are told before any ask, where there is nothing yet to push on.
LEADING_NOTE = (
    "You have not asked them for anything yet, so that only steers them toward your answer "
    "(a leading line). Ask an open question and hear what they think."
)

# Words that take an answer as a yes: "see you Tuesday then", "I'll put you down for it".
_AS_AGREED = re.compile(
    r"\b(?:see|meet) you (?:on |at |there|then|next|this|tomorrow|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day)|\b(?:put|sign|pencil|count|mark|write|book) you (?:down|in|up)\b"
    r"|\b(?:that's|so it's) a yes\b|\bglad you're (?:in|on board)\b|\bwelcome (?:aboard|on board)\b"
    r"|\byou're in\b|\bit's a date\b",
    re.I,
)


def takes_as_yes(reading, text: str) -> bool:
    """Does a line take the answer it follows as a yes (confirming the details, "see you
    Tuesday then!", "I'll put you down")? Said after a maybe, that skips what they need
    to decide. A probe ("what would you need to know before Saturday?") or a push is not
    this mistake, whatever details it names."""
    signals = set(signals_of(reading))
    if signals & {"probe_no", "probe_maybe", "push"}:
        return False
    return "confirm_details" in signals or bool(_AS_AGREED.search(normalise(text)))
