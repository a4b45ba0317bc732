"""What one turn of a play produced: :class:`TurnResult` (see :mod:`.engine`)."""

from __future__ import annotations

from dataclasses import dataclass

from commonground.roleplay.answer import Answer
from commonground.roleplay.hearing import Hearing
from commonground.roleplay.state import PlayState


@dataclass(frozen=True)
class TurnResult:
    """What one turn produced.

    Attributes
    ----------
    state
        The new state.
    reply
        What the persona said back.
    feedback
        Why the move was strong, weak or harmful, in the method's terms.
    routed
        ``"choice"`` (a listed choice), ``"typed"`` (a typed line heard as a choice or
        an ask), ``"fallback"`` (not understood here), ``"unclear"`` (as close to two
        different moves), ``"vague"`` (an ask that names no activity) or ``"too_soon"``
        (an ask before the meeting has reached the ask), ``"maybe_as_yes"`` (a maybe
        taken as a yes: the persona says it was a maybe, and the node stays) or
        ``"leading"`` (a leading question that is no move listed here: named as one, and
        the node stays).
    choice_id, step, quality
        The choice taken and the method step it practised, with its quality (empty for
        a fallback).
    read_as
        For a typed line, the kind the reader gave it (else ``""``).
    reading
        The reader's full result for a typed line (else ``None``).
    answer
        When the move was an ask: the persona's answer and why.
    heard
        For a typed line: how it was heard (:class:`~.hearing.Hearing`).
    """

    state: PlayState
    reply: str
    feedback: str
    routed: str
    choice_id: str = ""
    step: str = ""
    quality: str = ""
    read_as: str = ""
    reading: object = None
    answer: Answer | None = None
    heard: Hearing | None = None
