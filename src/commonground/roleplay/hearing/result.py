"""What hearing a typed line gives: the :class:`Hearing`, and the notes on it.

Also the thresholds every step of the hearing shares: when a score is understood, when
two moves are a tie, when a line's wording alone is close enough to a listed one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from commonground.roleplay.answer import AskView
from commonground.roleplay.model import Choice

#: A choice is understood when its combined score reaches this.
UNDERSTOOD = 0.42
#: Two choices closer than this (leading to different moves) make a line unclear.
TIE_MARGIN = 0.03
#: A line naming no activity the reader knows is still an authored ask when its whole
#: wording is this close to that ask's wordings.
WORDING_MATCH = 0.6


@dataclass(frozen=True)
class Hearing:
    """What a typed line was heard as.

    Attributes
    ----------
    how
        ``verbatim`` (a choice's own words), ``meaning`` (closest choice), ``ask`` (an
        authored ask), ``own_ask`` (an ask nobody authored), ``vague_ask`` (an ask that
        names no activity), ``unclear`` (two moves equally close) or ``not_understood``.
    choice
        The choice applied (``None`` for vague, unclear and not understood lines; for
        an own ask, the node's ask choice that stands for the step).
    sureness
        The combined score of the winning choice or ask (1.0 for verbatim).
    reading
        The reader's result for the line.
    ask
        For an ask: how the persona hears it.
    could_be
        For an unclear line: the choices it could mean.
    why
        Short notes on how the line was heard (shown under "how it was read").
    also
        A move the line made first, before the one applied (their words given back
        before a new question or before common ground): credited as well.
    row
        The line's TF-IDF row, kept so the feedback need not work it out again.
    """

    how: str
    choice: Choice | None
    sureness: float
    reading: object
    ask: AskView | None = None
    could_be: tuple[Choice, ...] = ()
    why: tuple[str, ...] = field(default=())
    also: Choice | None = None
    row: object = field(default=None, repr=False, compare=False)

    def with_row(self, row) -> Hearing:
        """This hearing with the line's TF-IDF ``row`` kept (as ``dataclasses.replace``,
        a few times faster: every typed line and every example the linter hears ends so)."""
        return Hearing(
            self.how,
            self.choice,
            self.sureness,
            self.reading,
            self.ask,
            self.could_be,
            self.why,
            self.also,
            row,
        )

    @property
    def understood(self) -> bool:
        """True when the line was applied as a choice or an ask."""
        return self.how in ("verbatim", "meaning", "ask", "own_ask")


def not_heard(choice: Choice, scores, reading, why: str) -> Hearing:
    """The line not understood, though ``choice`` was closest (``why`` says why not)."""
    return Hearing("not_understood", None, scores[choice.id], reading, why=(why,))


def heard_as(choice: Choice, scores, reading, why: str) -> Hearing:
    """The line heard (by meaning) as ``choice``, with a note on why."""
    return Hearing("meaning", choice, scores[choice.id], reading, why=(why,))


def short_quote(text: str, words: int = 8) -> str:
    """The first ``words`` words of ``text`` ("..." when cut), to quote a choice."""
    parts = text.split()
    return " ".join(parts[:words]) + ("..." if len(parts) > words else "")
