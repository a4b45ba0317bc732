"""Text boxes that keep what a learner types to a length the lessons can read at once.

Every box a learner types into is one of these: a pasted page (or a script sending a
megabyte) is cut to :data:`MAX_LINE_CHARS` in a one-line box and :data:`MAX_TEXT_CHARS`
in a multi-line one, so checking a plan, reading a story back or saving a reflection
stays quick. A cut is never silent: the box's own label (its ``description``, shown
beside it and read out as its accessible name) says how many characters were left out
and quotes where the left-out part began, so the learner can see what to bring back in
fewer words; the tooltip says it too. The label is the box's own again once a new text
replaces the cut one. The limits are far beyond any plan field, story part or reflection
answer (a spoken story of two minutes is about 1,500 characters).
"""

from __future__ import annotations

import ipywidgets as w
from traitlets import Bool, validate

#: Characters a one-line box keeps (a name, a date, a question).
MAX_LINE_CHARS = 500
#: Characters a multi-line box keeps (a story part, a plan field, a reflection answer).
MAX_TEXT_CHARS = 4000


def cut_message(limit: int) -> str:
    """What the box says (its tooltip) once text was cut to ``limit``."""
    return f"Only the first {limit:,} characters are kept: keep it short and in your own words."


#: Characters of the left-out part quoted in the label.
QUOTED_CHARS = 30


def cut_label(label: str, left_out: str, kept: str = "") -> str:
    """The box's label once ``left_out`` was cut from the end of ``kept`` (shown, read out)."""
    start = " ".join(left_out.split())[:QUOTED_CHARS]
    if kept[-1:].isalnum() and left_out[:1].isalnum():
        start = "…" + start  # cut inside a word
    said = (
        f"Cut: the last {len(left_out):,} characters, from “{start}…”, were not kept. "
        "Say it in fewer words."
    )
    return f"{label} ({said})" if label else said


class _Bounded(w.widgets.widget.Widget):
    """Cuts ``value`` to ``limit`` characters and says so (the base of each text box)."""

    was_cut = Bool(False)
    default_limit = MAX_TEXT_CHARS

    def __init__(self, *args, limit: int | None = None, **kwargs):
        self.limit = self.default_limit if limit is None else limit
        super().__init__(*args, **kwargs)

    @validate("value")
    def _keep_short(self, proposal):
        value = proposal["value"]
        if value is not None and len(value) > self.limit:
            kept = value[: self.limit]
            self._say_cut(kept, value[self.limit :])
            return kept
        if getattr(self, "_cut", None) is not None and not _same_start(value, self._cut[0]):
            self._unsay_cut()  # a new text: the label is the box's own again
        return value

    def _say_cut(self, kept: str, left_out: str) -> None:
        if getattr(self, "_cut", None) is None:
            self._cut = (kept, self.description, self.style, self.tooltip)
            self.style = _own_copy(self.style)  # a style shared with other boxes stays
            self.style.description_width = "initial"  # the whole label, never clipped
        self._cut = (kept, *self._cut[1:])
        self.was_cut = True
        self.tooltip = cut_message(self.limit)
        self.description = cut_label(self._cut[1], left_out, kept)

    def _unsay_cut(self) -> None:
        _, label, style, tooltip = self._cut
        self._cut = None
        self.description, self.style, self.tooltip = label, style, tooltip
        self.was_cut = False


def _own_copy(style):
    """A new style widget with the same settings as ``style``."""
    names = [n for n in style.trait_names(sync=True) if not n.startswith("_")]
    return type(style)(**{name: getattr(style, name) for name in names})


def _same_start(value: str | None, kept: str, chars: int = 20) -> bool:
    """Whether ``value`` is still the cut text, edited (it begins the same way)."""
    return bool(value) and value[:chars] == kept[:chars]


class Text(_Bounded, w.Text):
    """A one-line box that keeps :data:`MAX_LINE_CHARS` characters (or ``limit``)."""

    default_limit = MAX_LINE_CHARS


class Textarea(_Bounded, w.Textarea):
    """A multi-line box that keeps :data:`MAX_TEXT_CHARS` characters (or ``limit``)."""

    default_limit = MAX_TEXT_CHARS


class Combobox(_Bounded, w.Combobox):
    """A one-line box with suggestions that keeps :data:`MAX_LINE_CHARS` characters."""

    default_limit = MAX_LINE_CHARS
