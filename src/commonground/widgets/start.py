"""Widgets for the start notebook: the three paths, and a first try of the controls."""

from __future__ import annotations

import html

import ipywidgets as w

from commonground import curriculum
from commonground.widgets._style import CourseBox

_TRYOUT_HELP = (
    "Click in the box (or press Tab to reach it), type your first name, then press the "
    "button with the mouse, or reach it with Tab and press Enter or Space."
)


def _path_html(path: str) -> str:
    rows = "".join(
        f"<li><a href='{html.escape(item.id)}.ipynb'>{html.escape(item.title)}</a>"
        f" <span>({item.minutes} min)</span></li>"
        for item in curriculum.path_lessons(path)
    )
    return f"<ol>{rows}</ol>"


def paths_view() -> w.HTML:
    """The three paths (volunteer, facilitator, trainer), each a list of lesson links in order.

    Plain headings and lists rather than tabs: every path is readable at once, by screen
    readers too, and nothing depends on the tab bar's colours.
    """
    sections = "".join(
        f"<h3>{html.escape(curriculum.PATH_TITLES[path])}</h3>{_path_html(path)}"
        for path in curriculum.PATHS
    )
    return w.HTML(f"<section aria-label='Paths through the course'>{sections}</section>")


class WidgetTryout(CourseBox):
    """A text box and a button to practise using widgets, with or without a mouse."""

    def __init__(self) -> None:
        self.help = w.HTML(f"<p>{html.escape(_TRYOUT_HELP)}</p>")
        self.name = w.Text(description="Your name", placeholder="e.g. Sam")
        self.button = w.Button(description="Say hello", tooltip="Say hello", icon="hand-paper-o")
        self.feedback = w.HTML(value="")
        self.button.on_click(self._greet)
        super().__init__([self.help, self.name, self.button, self.feedback])

    def _greet(self, _button=None) -> None:
        name = self.name.value.strip()
        if not name:
            self.feedback.value = "<p>Type a name in the box first, then press the button.</p>"
            return
        self.feedback.value = (
            f"<p>Hello, {html.escape(name)}! That is all there is to it: type, then press. "
            "Every lesson works this way.</p>"
        )


def widget_tryout() -> WidgetTryout:
    """Return the practice widget for the start notebook."""
    return WidgetTryout()
