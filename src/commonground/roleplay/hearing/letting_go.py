"""Lines that let an answer go, or leave: the weak moves learners make in their own words.

After a no or a maybe the method asks what is behind it; the common mistake is to let it
go ("No pressure at all, just let me know.", "Okay. Bye for now then."). At the ask, the
mistake is to leave without asking ("Thanks for your time, bye!"). These are short lines
with no words of their own to match, so similarity often misses them and the learner
was told they were not understood (ours, session 8: the voices3 plays). Their form
carries them instead: a line that only accepts (or says goodbye) is the node's move that
accepts the answer; a goodbye where the ask is due is the node's move that leaves
without one. Both moves are weak and credit nothing.
"""

from __future__ import annotations

import re

from commonground.reader.text import normalise
from commonground.roleplay.hearing.result import Hearing
from commonground.roleplay.line_checks import signals_of
from commonground.roleplay.model import Choice, Node, Scenario

# What letting an answer go sounds like, phrase by phrase: a line made only of these (and
# a goodbye) accepts the answer and asks nothing about it.
_ACCEPTING = (
    r"(?:oh|ah|aw|ok|okay|k|alright|all right|right|sure|fine|cool|great|no|yes|yeah|well|then|"
    r"so|sorry|totally|of course|course|i understand|understood|i see|i get it|fair|fair enough|"
    r"that's (?:fine|ok|okay|alright|all right|fair|no problem|understandable)|"
    r"no (?:worries|problem|probs|pressure|rush|bother|stress|hurry|big deal)(?: at all)?|np|"
    r"never ?mind|not to worry|don't worry(?: about it)?|it's (?:fine|ok|okay|alright)|"
    r"forget it|maybe (?:another|next) time|another time|(?:just )?let me know|"
    r"(?:you )?(?:have|take) a think(?: about it)?|think (?:about|on) it|take your time|"
    r"(?:just )?get back to me|whenever you're ready|"
    r"bye(?: ?bye)?|goodbye|(?:for|4) now|see you(?: around| later| soon)?|cheers|thanks|"
    r"thank you|take care)"
)
_ACCEPTS_ONLY = re.compile(rf"^(?:{_ACCEPTING}\b[\s,.!;:—–-]*)+$")
# A short line with one of these in it lets the answer go, whatever else it says in
# passing ("ah that's a shame, never mind, thanks anyway", "Right you are. Fair enough.").
_LETS_GO = re.compile(
    r"\b(?:never ?mind|fair enough|no (?:worries|problem|probs|pressure|rush|bother|stress|"
    r"hurry)|not to worry|don't worry|understood|i understand|i get it|(?:that's|it's) "
    r"(?:fine|ok|okay|alright|all right|a shame|a pity|understandable)|(?:what )?a shame|"
    r"(?:just )?let me know|have a think|think (?:about|on) it|take (?:your|all the|as long|"
    r"whatever) time|no rush|another time|maybe next time|(?:thanks|thank you) anyway|"
    r"right you are|of course|forget it)\b"
)
#: A line longer than this says more than letting go.
SHORT = 14
_WORD = re.compile(r"[a-z']+")
# What a line that lets go never does: ask, probe, press, confirm, or tell.
_DOES_MORE = frozenset(["push", "probe_no", "probe_maybe", "confirm_details", "first_person"])


def lets_go(scenario: Scenario, node: Node, moves, text: str, reading) -> Hearing | None:
    """The node's weak move that accepts a no or a maybe (or leaves without an ask), for
    a line that only accepts or says goodbye; else None."""
    kind = getattr(reading, "kind", "")
    if kind not in ("other", "close") or set(signals_of(reading)) & _DOES_MORE:
        return None
    accept = _accepting_move(moves)
    if accept is not None and (kind == "close" or _only_accepts(text)):
        return Hearing(
            "meaning",
            accept,
            0.0,
            reading,
            why=(f"lets the answer go, like '{_quote(accept.text)}'",),
        )
    leave = _leaving_move(scenario, moves)
    if leave is not None and kind == "close":
        return Hearing(
            "meaning",
            leave,
            0.0,
            reading,
            why=(f"ends the meeting without an ask, like '{_quote(leave.text)}'",),
        )
    return None


def _accepting_move(moves) -> Choice | None:
    """The move that accepts a no or a maybe without asking about it (weak, not a push)."""
    for choice in moves:
        if (
            choice.step in ("respond_no", "respond_maybe")
            and choice.quality == "weak"
            and choice.kind == "other"
            and not choice.ask
        ):
            return choice
    return None


def _leaving_move(scenario: Scenario, moves) -> Choice | None:
    """The move that ends the meeting where the ask was due, without making one."""
    for choice in moves:
        if choice.step != "ask" or choice.ask or not choice.next:
            continue
        if choice.next in scenario.nodes and not scenario.node(choice.next).choices:
            return choice
    return None


def _only_accepts(text: str) -> bool:
    """True when the line is made of accepting words only (one word of its own is allowed,
    for a name: "Okay, you have a think, Sam."), or is short and lets go in so many words
    ("Understood, take all the time you need.")."""
    said = normalise(text)
    if "?" in said:
        return False
    words = _WORD.findall(said)
    if _ACCEPTS_ONLY.match(" ".join(words)):
        return True
    if len(words) <= SHORT and _LETS_GO.search(said):
        return True
    return len(words) > 1 and any(
        _ACCEPTS_ONLY.match(" ".join(words[:i] + words[i + 1 :])) for i in range(len(words))
    )


def _quote(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("..." if len(parts) > words else "")
