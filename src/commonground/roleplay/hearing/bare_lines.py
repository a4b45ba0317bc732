"""Lines that say little: a bare acknowledgement, and a question that only moves on.

An acknowledgement ("ok.", "mm.", "got it") tells no story and asks nothing, whatever
wording it sits close to; a question that says it moves on ("Anyway, ...", "Next question
on my list...") is the move-on the node lists, even when its own words take it below the
threshold. Both are ours (session 15).
"""

from __future__ import annotations

import re

from commonground.roleplay.hearing.result import UNDERSTOOD, Hearing, heard_as

#: The words of a bare acknowledgement ("ok.", "mm, right", "got it", "uh huh").
_ACK_TEXT = (
    "ok okay k kk right cool sure yeah yes yep yup yeh ya mm mmm mhm hm hmm uh huh ah aha oh "
    "alright all i see got it fine great nice so and well wow gotcha noted understood "
    "then good lovely"
)
_ACK_WORDS = frozenset(_ACK_TEXT.split())
_ACK_WORD = re.compile(r"[a-z]+")


def only_acknowledges(heard: Hearing, text: str) -> bool:
    """True for a bare acknowledgement ("ok.", "mm, right", "got it") heard as a move
    that needs something said: a story, a question, an ask, or any strong move.

    An acknowledgement tells no story and asks nothing: by similarity it can sit close
    to a wording that opens "Okay, so it starts way back..." (or be heard as the
    campaign "in its own words" for naming nothing against it), and the person would
    answer a story never told (ours, session 15). It can still be heard as a move that
    is itself an acknowledgement (a maybe accepted, a bare agreement, a curt goodbye).
    """
    choice = heard.choice
    if choice is None or len(text) > 24:
        return False
    if not (choice.kind in _SAYS or choice.ask or choice.quality == "strong"):
        return False
    words = _ACK_WORD.findall(text.lower())
    return bool(words) and len(words) <= 4 and set(words) <= _ACK_WORDS


_SAYS = frozenset({"story", "open_question", "closed_question", "factual_question"})


def listed_move_on(node, moves, scores, text: str, reading) -> Hearing | None:
    """A question that says it moves on from what they just said ("Sorry, sorry. Anyway,
    how long have you been on the PTA?"), heard as the one move of the node that moves
    on, when no move is understood (ours, session 15). Its apology or its own question
    can take it below :data:`.result.UNDERSTOOD` of the listed "Right. Anyway, what do
    you think of...?"; it is that mistake, not a line nobody understood. A question that
    goes back to what they said ("anyway, how is your son now?") builds on it: not this.
    """
    low = text.lower()
    if "anyway" not in low and "next" not in low:
        return None
    if not moves or scores[moves[0].id] >= UNDERSTOOD:
        return None
    if getattr(reading, "kind", "") not in _QUESTIONS:
        return None
    from commonground.reader.move_cues import MOVES_ON
    from commonground.reader.text import normalise
    from commonground.roleplay.line_checks import moves_on

    if not moves_on(text, node.say):
        return None
    listed = [c for c in moves if c.quality != "strong" and MOVES_ON.search(normalise(c.text))]
    if len(listed) != 1:
        return None
    return heard_as(listed[0], scores, reading, "moves on from what they said, as this move does")


_QUESTIONS = frozenset({"open_question", "closed_question", "factual_question"})
