"""Lesson header and footer, and the journal export button, shared by every lesson."""

from __future__ import annotations

import ipywidgets as w

from commonground import curriculum, journal, method, progress, storage
from commonground.widgets._common import esc, note
from commonground.widgets._style import CourseBox
from commonground.widgets.downloads import download_link
from commonground.widgets.shell import course_bar_html, nav_html


def header_html(lesson_id: str, done: dict[str, str] | None = None) -> str:
    """The header's HTML: the course bar (title, the learner's progress), Previous / Next,
    then the lesson's title, minutes, audience and goals.

    Parameters
    ----------
    lesson_id
        Lesson id or number.
    done
        Completed lessons (:func:`commonground.progress.completed`); read when omitted.
    """
    item = curriculum.lesson(lesson_id)
    number = item.id[:2]
    done = progress.completed() if done is None else done
    parts = [
        course_bar_html(item.id, done),
        nav_html(item.id, "top"),
        f"<h1>Lesson {number}: {esc(item.title)}</h1>",
        f"<p><b>About {item.minutes} minutes</b> · for {esc(item.audience)}s · "
        "no code needed: everything happens in the boxes and buttons below.</p>",
    ]
    lesson_goals = item.goals
    if lesson_goals:
        items = "".join(f"<li>{esc(g)}</li>" for g in lesson_goals)
        parts.append(f"<p>By the end you can:</p><ul>{items}</ul>")
    return "\n".join(parts)


def lesson_header(lesson_id: str) -> w.HTML:
    """Title, length and goals of a lesson, for its first cell.

    Parameters
    ----------
    lesson_id
        Lesson id or number (``"02"``).
    """
    return w.HTML(header_html(lesson_id))


def footer_html(lesson_id: str) -> str:
    """The footer's HTML: Previous / Next buttons, and where the learner's work is kept.

    The links are relative: they open the neighbouring notebook in the same tab, in
    JupyterLab and in app mode alike.
    """
    where = esc(storage.data_home())
    return (
        "<hr>"
        + nav_html(lesson_id, "bottom")
        + f"<p>Everything you saved is kept on this computer in <code>{where}</code>.</p>"
    )


def lesson_footer(lesson_id: str) -> w.HTML:
    """Previous / Next and where the learner's journal is kept, for a lesson's last cell."""
    return w.HTML(footer_html(lesson_id))


class JournalExport(CourseBox):
    """A button that writes the journal as Markdown to ``data_home()/my-journal.md``.

    Attributes
    ----------
    export_button : ipywidgets.Button
    status : ipywidgets.HTML
    preview : ipywidgets.Textarea
        The exported Markdown, read-only, to copy from.
    """

    def __init__(self, learner: str | None = None):
        self.learner = learner
        self.export_button = w.Button(
            layout=w.Layout(width="auto"),
            description="Export my journal",
            icon="download",
            tooltip="Write everything you saved to a Markdown file",
        )
        self.status = w.HTML("")
        self.preview = w.Textarea(
            description="Your journal:", disabled=True, layout=w.Layout(width="95%", height="12em")
        )
        self.export_button.on_click(self._export)
        super().__init__([self.export_button, self.status, self.preview])

    def _export(self, _button=None) -> None:
        target = storage.data_home() / "my-journal.md"
        text = journal.open_journal(self.learner).export_markdown(target)
        self.preview.value = text
        self.status.value = note("Your journal is exported.", "ok") + download_link(
            target, "Download my journal (text, opens in any editor)"
        )


def journal_export(learner: str | None = None) -> JournalExport:
    """A button to export the learner's journal to Markdown (see :class:`JournalExport`)."""
    return JournalExport(learner)


def key_points_html(lesson_id: str) -> str:
    """HTML of every method element the lesson teaches: title, teaching, what done well
    looks like (all from :mod:`commonground.method`, in the curriculum's order)."""
    m = method.load()
    blocks = []
    for element_id in curriculum.lesson(lesson_id).teaches:
        e = m.element(element_id)
        well = "".join(f"<li>{esc(point)}</li>" for point in e.done_well)
        well_html = f"<p style='margin:2px 0'><i>Done well:</i></p><ul>{well}</ul>" if well else ""
        blocks.append(
            f"<div data-element='{esc(e.id)}' style='margin:6px 0'>"
            f"<b>{esc(e.title)}</b><p style='margin:2px 0'>{esc(e.teach)}</p>{well_html}</div>"
        )
    return "<h3>Key points</h3>" + "".join(blocks)


def key_points(lesson_id: str) -> w.HTML:
    """The method's key points for a lesson (every element in its ``teaches``)."""
    return w.HTML(key_points_html(lesson_id))
