"""What the persona says to an ask nobody prepared: it names what was actually asked.

An authored ask has authored answers ("A reporter? No."). An ask the learner made up
gets a reply built from its own words, so the persona never answers an activity
nobody proposed: "Flyers at the hospital? No, that's not for me."
"""

from __future__ import annotations

import re

from commonground.roleplay.answer import Answer, AskView
from commonground.roleplay.model import Persona

_ANSWER_LINES = {
    "yes": "Yes, I can do that.",
    "maybe": "Maybe. I'd have to think about it.",
    "no_timing": "No, that time doesn't work for me.",
    "no_activity": "No, that's not something I'd do.",
}


#: Said back by the persona, the learner's "your support" is "my support" (and "with me"
#: is "with you").
_SWAP = {
    "your": "my",
    "yours": "mine",
    "yourself": "myself",
    "you": "me",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "me": "you",
}
_PERSON = re.compile(r"\b(?:" + "|".join(sorted(_SWAP, key=len, reverse=True)) + r")\b", re.I)


def _from_their_side(text: str) -> str:
    """``text`` with first and second person swapped ("your backing" -> "my backing")."""
    return _PERSON.sub(lambda m: _SWAP[m.group(0).lower()], text)


def echo(view: AskView) -> str:
    """The ask's own parts as a short question back ("Flyers at the hospital?")."""
    from commonground.reader.ask_phrases import ask_phrases

    phrases = ask_phrases(view.text)
    parts = [phrases[p] for p in ("activity", "place", "time") if phrases.get(p)]
    if not parts:
        return ""
    said = _from_their_side(" ".join(parts)).strip(" ,.?!")
    return said[0].upper() + said[1:] + "?"


def ask_reply(view: AskView, answer: Answer, persona: Persona) -> str:
    """The persona's reply to an unprepared ask: an echo of it, then the answer."""
    line = _ANSWER_LINES[answer.answer]
    return " ".join(p for p in (echo(view), line) if p)
