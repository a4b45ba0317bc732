"""Text boxes that keep what a learner types to a length the lessons can read at once.

Every box a learner types into is one of these: a pasted page (or a script sending a
megabyte) is cut to :data:`MAX_LINE_CHARS` in a one-line box and :data:`MAX_TEXT_CHARS`
in a multi-line one, so checking a plan, reading a story back or saving a reflection
stays quick, and the box's tooltip says what was kept. The limits are far beyond any
plan field, story part or reflection answer (a spoken story of two minutes is about
1,500 characters).
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
            self.was_cut = True
            self.tooltip = cut_message(self.limit)
            return value[: self.limit]
        return value


class Text(_Bounded, w.Text):
    """A one-line box that keeps :data:`MAX_LINE_CHARS` characters (or ``limit``)."""

    default_limit = MAX_LINE_CHARS


class Textarea(_Bounded, w.Textarea):
    """A multi-line box that keeps :data:`MAX_TEXT_CHARS` characters (or ``limit``)."""

    default_limit = MAX_TEXT_CHARS


class Combobox(_Bounded, w.Combobox):
    """A one-line box with suggestions that keeps :data:`MAX_LINE_CHARS` characters."""

    default_limit = MAX_LINE_CHARS
