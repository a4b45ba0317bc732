"""Widgets for the start notebook: the three paths, and a first try of the controls."""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as w

from commonground import curriculum
from commonground.widgets._common import clear_when_changed
from commonground.widgets._style import CourseBox
from commonground.widgets._text import Text
from commonground.widgets.shell import complete

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
    """A text box and a button to practise using widgets, with or without a mouse.

    Greeting someone is the start lesson's one activity: it marks lesson 00 complete
    (progress file ``progress_path``, the learner's default when None) and shows the
    completion banner.
    """

    def __init__(self, progress_path: str | Path | None = None) -> None:
        self.progress_path = progress_path
        self.help = w.HTML(f"<p>{html.escape(_TRYOUT_HELP)}</p>")
        self.name = Text(description="Your name", placeholder="e.g. Sam")
        self.button = w.Button(description="Say hello", tooltip="Say hello", icon="hand-paper-o")
        self.feedback = w.HTML(value="")
        self.button.on_click(self._greet)
        clear_when_changed([self.name], self.feedback)
        super().__init__([self.help, self.name, self.button, self.feedback])

    def _greet(self, _button=None) -> None:
        name = self.name.value.strip()
        if not name:
            self.feedback.value = "<p>Type a name in the box first, then press the button.</p>"
            return
        _, shown = complete(curriculum.LESSONS[0].id, self.progress_path)
        self.feedback.value = (
            f"<p>Hello, {html.escape(name)}! That is all there is to it: type, then press. "
            f"Every lesson works this way.</p>{shown}"
        )


def widget_tryout(progress_path: str | Path | None = None) -> WidgetTryout:
    """Return the practice widget for the start notebook (see :class:`WidgetTryout`)."""
    return WidgetTryout(progress_path)
