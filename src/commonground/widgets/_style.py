"""The course's stylesheet for the lesson widgets, and the box every widget is built on.

The rules live in one file in the package (``static/commonground.css``, section
``/* == widgets == */``); none are kept as strings in Python. The course's Voila template
links the whole file, but JupyterLab has no template, so every widget carries the
widgets section itself: :func:`style_widget` is one ``HTML`` model per kernel (sent to
the page once) holding a ``<style>`` element, and :class:`CourseBox` puts it first in
every widget and marks the widget with the ``cg-widget`` class the rules are scoped to.
A ``<style>`` element applies wherever it sits, so the shared model shows nothing.
"""

from __future__ import annotations

import ipywidgets as w

from commonground import stylesheet

#: The class every course widget carries; the widgets section's rules are scoped to it.
WIDGET_CLASS = "cg-widget"


def style_tag() -> str:
    """The widgets section as an HTML ``<style>`` element."""
    return f"<style>{stylesheet.section('widgets')}</style>"


_STYLE_WIDGET: list[w.HTML] = []


def style_widget() -> w.HTML:
    """The kernel's one ``HTML`` widget holding the widgets' styles (made on first use)."""
    if not _STYLE_WIDGET or _STYLE_WIDGET[0].comm is None:
        widget = w.HTML(style_tag(), layout=w.Layout(display="none"))
        widget.add_class("cg-style")
        _STYLE_WIDGET[:] = [widget]
    return _STYLE_WIDGET[0]


class CourseBox(w.VBox):
    """A ``VBox`` styled by the course's stylesheet: every lesson widget is one.

    The shared :func:`style_widget` comes first among the children and the box carries
    the :data:`WIDGET_CLASS` class.
    """

    def __init__(self, children=(), **kwargs):
        super().__init__([style_widget(), *children], **kwargs)
        self.add_class(WIDGET_CLASS)
