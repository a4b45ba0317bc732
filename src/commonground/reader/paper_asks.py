"""Asks done where the person is: signing a letter, a petition, a pledge or a card (ours,
session 9), or getting in touch from where they are: calling, texting, e-mailing or
messaging someone, posting or sharing online (ours, session 10).

Such an ask is complete with what to do and when: the person signs or calls from where
they are, so no place is needed (:func:`needed_parts`), as an ask for money needs an
amount but no time or place (:func:`commonground.reader.asks.is_donation`); and a day
to do it by is a firm enough when (:func:`commonground.planners.when.when_gaps`).

Examples
--------
>>> is_signing("Would you sign our letter to the council today?")
True
>>> is_signing("Would you come and speak at the council meeting?")
False
>>> needed_parts("Would you sign the traders' letter this week?")
('activity', 'time')
>>> is_remote("Can you call your councillor today?")
True
>>> is_remote("Could you make calls at the phone bank on Tuesday?")
False
"""

from __future__ import annotations

import re

from commonground.reader.memo import remembered
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


@remembered  # a pure function of the text; the play search asks it thousands of times
def is_signing(text: str) -> bool:
    """True for an ask to sign something on paper, which needs no place: signing is what
    the ask asks of them ("would you sign the letter?"), not what others do after an
    errand it asks for ("walk the street with me so five owners can sign the letter")."""
    from commonground.reader.kinds import action_in  # noqa: PLC0415 (kinds imports asks)

    t = normalise(text)
    action = action_in(t) or t
    if f"sign {action}" in t:  # the frame was the verb: "please sign the petition"
        action = f"sign {action}"
    m = _SIGNING.search(action)
    return bool(m) and m.start() == 0 or bool(m) and not _ERRAND.search(action[: m.start()])


# Getting in touch from where one is: "call your councillor", "text five friends", "post it
# on the parents' group". Not a visit ("call round", "call by", "call in on her"), nor a
# phone bank, which is a place and a time ("phone bank with us Thursday at the office");
# posting or sharing only online ("share your story at the hearing" is said in person).
_REMOTE = re.compile(
    r"(?:(?:give|make) (?:a )?)?(?:call|phone|ring|text|e-?mail|message|whatsapp|dm|"
    r"write to|tweet|forward)\b"
    r"(?!\s+(?:round|by|in|over|on (?:her|him|them|us)|bank\w*|banking)\b)"
    r"|(?:post|share)\b(?=.*\b(?:online|facebook|instagram|twitter|tiktok|whatsapp|"
    r"group chat|chat|page|feed|newsletter|group|social media)\b)"
)


@remembered
def is_remote(text: str) -> bool:
    """True for an ask to get in touch from where they are (call, text, e-mail, message,
    post or share), which needs no place."""
    from commonground.reader.kinds import action_in  # noqa: PLC0415 (kinds imports asks)

    action = action_in(normalise(text))
    return bool(action) and _REMOTE.match(action) is not None


def done_where_they_are(text: str) -> bool:
    """True for an ask done where the person is: signing, or getting in touch."""
    return is_signing(text) or is_remote(text)


def needed_parts(text: str, parts: tuple[str, ...] = ("activity", "time", "place")):
    """The parts an ask in ``text`` must name to be specific: all of ``parts`` but the
    place for an ask done where they are (signing, calling, texting...)."""
    if done_where_they_are(text):
        return tuple(p for p in parts if p != "place")
    return tuple(parts)
