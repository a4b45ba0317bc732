"""The small pieces every exercise question uses: the placeholder, results and notes.

``____`` (:data:`PLACEHOLDER`) is what an exercise notebook puts where the learner's
answer goes. A check that receives it (or an empty answer) reports ``not_attempted``
with a friendly nudge instead of an error.

:class:`Result` is what ``check()`` returns; :class:`Note` is what ``hint()`` and
``solution()`` return. Both display themselves once per notebook cell: ``check()`` shows
its result straight away, and the same object left as the last line of the cell is not
shown a second time.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

#: The three outcomes of a check.
STATUSES = ("correct", "incorrect", "not_attempted")
#: Mime type carrying a result's machine-readable form in notebook outputs.
RESULT_MIME = "application/vnd.commonground.check+json"

_MARKS = {"correct": "✓", "incorrect": "✗", "not_attempted": "…"}
#: The feedback card each status is shown on (the stylesheet's ``.cg-card--*``, the same
#: cards as the lessons' feedback): its colours live in the stylesheet.
CARDS = {"correct": "strong", "incorrect": "could", "not_attempted": "info"}
#: How each status is shown to learners.
LABELS = {"correct": "Correct", "incorrect": "Not yet", "not_attempted": "Not attempted"}


def styled(markup: str) -> str:
    """``markup`` with the stylesheet's ``widgets`` section before it, for a notebook
    output shown outside any course widget (where nothing else brings the rules)."""
    from commonground import stylesheet

    return f"<style>{stylesheet.section('widgets')}</style>{markup}"


class Placeholder:
    """The "nothing written yet" value; there is exactly one, :data:`PLACEHOLDER`."""

    _instance: Placeholder | None = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "____"

    def __bool__(self) -> bool:
        return False


PLACEHOLDER = Placeholder()


def is_blank(value: object) -> bool:
    """True when ``value`` holds no answer: the placeholder, ``None``, blank text, or a
    list/dict whose every item is blank."""
    if value is PLACEHOLDER or value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, dict):
        return all(is_blank(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return all(is_blank(v) for v in value)
    return False


def _ipython():
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython ships with the kernel
        return None
    return get_ipython()


class Shown:
    """Something that displays itself once per cell in a notebook, or prints otherwise."""

    _shown_at: object = None

    def bundle(self) -> dict:
        """The mime bundle to display (``text/plain`` at least)."""
        return {"text/plain": str(self)}

    def show(self) -> None:
        """Display now (notebook) or print (plain Python)."""
        shell = _ipython()
        if shell is None:
            print(str(self))
            return
        from IPython.display import display

        display(self)

    def _ipython_display_(self) -> None:
        shell = _ipython()
        count = getattr(shell, "execution_count", None)
        if self._shown_at is not None and self._shown_at == count:
            return  # already shown by check()/hint() in this same cell
        self._shown_at = count
        from IPython.display import display

        display(self.bundle(), raw=True)


@dataclass(eq=False)
class Result(Shown):
    """What a check found.

    Attributes
    ----------
    question
        The question's id, e.g. ``"06.q1"``.
    status
        One of :data:`STATUSES`.
    message
        What is right or what to change, without giving the answer away.
    details
        Extra lines (one per problem found), shown as a list.
    """

    question: str
    status: str
    message: str
    details: tuple[str, ...] = field(default=())

    def __post_init__(self):
        if self.status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}, not {self.status!r}")

    @property
    def correct(self) -> bool:
        """True when the answer passed."""
        return self.status == "correct"

    def __str__(self) -> str:
        lines = [f"{_MARKS[self.status]} {self.question}: {LABELS[self.status]}. {self.message}"]
        lines += [f"  - {d}" for d in self.details]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"Result(question={self.question!r}, status={self.status!r})"

    def as_dict(self) -> dict:
        """A JSON-ready dict (also embedded in notebook outputs)."""
        return {
            "question": self.question,
            "status": self.status,
            "message": self.message,
            "details": list(self.details),
        }

    def html(self) -> str:
        """The result as a feedback card: the status in words, then the message."""
        head = (
            f'<div class="cg-card cg-card--{CARDS[self.status]}" role="status">'
            f'<p class="cg-card__label">{_MARKS[self.status]} {LABELS[self.status]}</p>'
            f"<p>{html.escape(self.message)}</p>"
        )
        items = "".join(f"<li>{html.escape(d)}</li>" for d in self.details)
        return head + (f"<ul>{items}</ul>" if items else "") + "</div>"

    def bundle(self) -> dict:
        return {
            "text/plain": str(self),
            "text/html": styled(self.html()),
            RESULT_MIME: self.as_dict(),
        }


@dataclass(eq=False)
class Note(Shown):
    """A hint or a solution: a heading and some text (``code`` is shown as a block)."""

    heading: str
    text: str
    code: str = ""

    def __str__(self) -> str:
        body = f"{self.heading} {self.text}"
        return body + (f"\n{self.code}" if self.code else "")

    def __repr__(self) -> str:
        return f"Note({self.heading!r})"

    def html(self) -> str:
        """The note as HTML."""
        code = f"<pre>{html.escape(self.code)}</pre>" if self.code else ""
        return (
            '<div class="cg-card cg-card--info">'
            f'<p class="cg-card__label">{html.escape(self.heading)}</p>'
            f'<p class="cg-pre-wrap">{html.escape(self.text)}</p>{code}</div>'
        )

    def bundle(self) -> dict:
        return {"text/plain": str(self), "text/html": styled(self.html())}
