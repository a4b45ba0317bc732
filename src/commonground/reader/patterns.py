"""The patterns that find a line's move before any kind rule, and where the others live.

Here: the fillers and the rhetorical opener a line is read without, and the short
question that hands the conversation back. Each kind's own word lists and regular
expressions live in :mod:`.leading_questions`, :mod:`.ask_frames`, :mod:`.advice`,
:mod:`.question_kinds` and :mod:`.statements` (common ground and story).

All patterns run on text already passed through
:func:`commonground.reader.text.normalise` (lowercase, straight quotes, shorthand
expanded). :mod:`~commonground.reader.kinds` applies them in order of precedence.
"""

from __future__ import annotations

import re

# The vocabulary of action that asks.py reads here too (``pat.NOT_ACTION``...).
from commonground.reader.ask_frames import NOT_ACTION, VAGUE_START, VAGUE_VERBS

__all__ = ["FILLER", "NOT_ACTION", "RHETORICAL_OPENER", "TURN_BACK", "VAGUE_START", "VAGUE_VERBS"]

FILLER = re.compile(
    r"^(?:(?:so|well|ok|okay|and|but|also|oh|hey|great|thanks|thank you|yeah|yes|right|"
    r"cool|wow|now|hmm|um|uh|listen|look|honestly|then(?!\s*\?)|alright|all right|i see|please|lol|"
    r"hi|hiya|hello|sure look)"
    r"\b[,.!]?\s*|"
    # ours, session 8: an apology or a "wait" before the line ("Sorry, um, what do you like
    # about it?", "wait what have you noticed?") says nothing about what the line is
    r"(?:(?:so |i'm |very )?sorry|wait)(?=[,.!]|\s+(?:what|how|why|when|where|who|which|and|so|"
    r"oh|but)\b)[,.!]?\s*|(?:like|you know|i mean|basically),\s*|(?:anyway|anyways)\b[,.!]?\s*|"
    # ours, session 15: an apology for oneself before the line ("Sorry to go on, but what...")
    r"(?:(?:so |i'm |very )?sorry (?:to|for) [a-z' ]{2,24}, but\s+)|"
    r"(?:-|—|–)\s*)+"
)

# A rhetorical opener said as a question before the line itself: "Honestly? I nearly quit",
# "You know what? I grew up with damp". It asks nothing, so the line is read without it.
RHETORICAL_OPENER = re.compile(
    r"^(?:honestly|truthfully|seriously|frankly|you know what|guess what|the truth|the honest "
    r"answer|to be honest|truth be told|want to know the truth|funny thing|the thing is|"
    # "Me? My bus got cut last year...": asked back, as an answer starts (ours, session 8)
    r"me|who me|(?:what|how) about me)\?$"
)

# A short question that hands the conversation back after you have shared something:
# "What about you?", "How about yourself?", "And you?", "What brought you to it?".
TURN_BACK = re.compile(
    r"^(?:and |so )?(?:what about|how about|and) (?:you|yourself|u)\b[ ,]*(?:then)?\??$"
    # "How about you, how did you hear about us?", "And you, how did you get involved?"
    # (ours, session 8; the reader has dropped the opening "and")
    r"|^(?:and |so )?(?:(?:what|how) about (?:you|yourself|u)|you|yourself|u)\s*[,?]\s*"
    r"(?:what|how|why)\b[^.!]*\?$"
    r"|^(?:and )?what (?:brought|got) you (?:in ?to|to) (?:this|it|all this|the campaign)\??$"
    r"|^(?:and )?(?:what's|what is) your story\??$|^(?:you|yourself)\?$"
)
