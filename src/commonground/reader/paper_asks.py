"""Asks done on paper where the person is: signing a letter, a petition, a pledge or a
card (ours, session 9).

Such an ask is complete with what to sign and when: the person signs where they are,
so no place is needed (:func:`needed_parts`), as an ask for money needs an amount but
no time or place (:func:`commonground.reader.asks.is_donation`).

Examples
--------
>>> is_signing("Would you sign our letter to the council today?")
True
>>> is_signing("Would you come and speak at the council meeting?")
False
>>> needed_parts("Would you sign the traders' letter this week?")
('activity', 'time')
"""

from __future__ import annotations

import re
from functools import lru_cache

from commonground.reader.text import normalise

_SIGNING = re.compile(
    r"\b(?:sign(?:ing)?|add your name to|put your name (?:on|to)|co-?sign)\b"
    r"(?:\s+(?:up\s+)?(?:to|onto|on))?\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:petition|letter|pledge|card|postcard|open letter|statement|sheet|form)s?\b"
)
# Signing is the ask, not what others do after it: "host a meeting so they can sign the
# letter" asks them to host, "walk the street with me so owners can sign" to walk.
_ERRAND = re.compile(
    r"\b(?:so|so that|and get|to get|for|where|when|while)\b|\b(?:they|owners|people|"
    r"neighbou?rs|others|customers|everyone)\b"
)


@lru_cache(maxsize=16384)  # a pure function of the text; the play search asks it thousands of times
def is_signing(text: str) -> bool:
    """True for an ask to sign something on paper, which needs no place: signing is what
    the ask asks of them ("would you sign the letter?"), not what others do after an
    errand it asks for ("walk the street with me so five owners can sign the letter")."""
    from commonground.reader.kinds import ask_action  # noqa: PLC0415 (kinds imports asks)

    t = normalise(text)
    action = ask_action(t) or t
    if f"sign {action}" in t:  # the frame was the verb: "please sign the petition"
        action = f"sign {action}"
    m = _SIGNING.search(action)
    return bool(m) and m.start() == 0 or bool(m) and not _ERRAND.search(action[: m.start()])


def needed_parts(text: str, parts: tuple[str, ...] = ("activity", "time", "place")):
    """The parts an ask in ``text`` must name to be specific: all of ``parts`` but the
    place for an ask to sign something."""
    if is_signing(text):
        return tuple(p for p in parts if p != "place")
    return tuple(parts)
