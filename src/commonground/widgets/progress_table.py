"""A table of lessons with done / not done, and a Refresh button, for the start notebook."""

from __future__ import annotations

from pathlib import Path

import ipywidgets as w

from commonground import progress
from commonground.widgets._common import esc
from commonground.widgets._style import CourseBox


def progress_table_html(rows: list[dict]) -> str:
    """An accessible HTML table (caption, header cells) of :func:`progress.summary` rows."""
    body = []
    for row in rows:
        done = "✓ done" if row["done"] else "not yet"
        body.append(
            f"<tr><th scope='row'>{esc(row['id'][:2])}</th><td>{esc(row['title'])}</td>"
            f"<td>{esc(row['audience'])}</td><td>{row['minutes']} min</td><td>{done}</td></tr>"
        )
    return (
        "<table><caption>Your lessons</caption><thead><tr><th scope='col'>Lesson</th>"
        "<th scope='col'>Title</th><th scope='col'>For</th><th scope='col'>Length</th>"
        "<th scope='col'>Status</th></tr></thead><tbody>" + "".join(body) + "</tbody></table>"
    )


class ProgressView(CourseBox):
    """Lessons with their status; press Refresh after finishing one.

    Attributes
    ----------
    table : ipywidgets.HTML
    summary : ipywidgets.Label
        E.g. ``"2 of 12 lessons complete"``.
    refresh_button : ipywidgets.Button
    rows : list of dict
        The last :func:`commonground.progress.summary` shown.
    """

    def __init__(self, path: str | Path | None = None):
        self.path = path
        self.table = w.HTML("")
        self.summary = w.Label("")
        self.refresh_button = w.Button(
            layout=w.Layout(width="auto"),
            description="Refresh",
            icon="refresh",
            tooltip="Read your progress again",
        )
        self.refresh_button.on_click(self.refresh)
        self.rows: list[dict] = []
        self.refresh()
        super().__init__([self.summary, self.table, self.refresh_button])

    def refresh(self, _button=None) -> None:
        """Read progress again and redraw."""
        self.rows = progress.summary(self.path)
        self.table.value = progress_table_html(self.rows)
        done = sum(bool(r["done"]) for r in self.rows)
        self.summary.value = f"{done} of {len(self.rows)} lessons complete"


def progress_view(path: str | Path | None = None) -> ProgressView:
    """A labelled table of lessons, done or not, with a Refresh button.

    Parameters
    ----------
    path
        Progress file; the learner's default when omitted.
    """
    return ProgressView(path)
