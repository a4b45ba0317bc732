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


def _statements_html(heading: str, statements) -> str:
    if not statements:
        return ""
    items = "".join(f"<li>{esc(s.text)}</li>" for s in statements)
    return f"<p class='cg-tight'><i>{esc(heading)}</i></p><ul>{items}</ul>"


def key_points_html(lesson_id: str) -> str:
    """HTML of every method element the lesson teaches (from :mod:`commonground.method`,
    in the curriculum's order), what the source guide says kept apart from our advice.

    Each element shows its title, then "The guide says" (the guide's teaching and its
    signs of doing it well) and "Our advice" (what the course adds: numbers, time limits,
    details), each only when there is something to show, so the course's additions are
    never presented as the guide's.
    """
    m = method.load()
    blocks = []
    for element_id in curriculum.lesson(lesson_id).teaches:
        e = m.element(element_id)
        sections = []
        for source in method.SOURCES:
            said = e.teaching_by(source) + e.done_well_by(source)
            html = _statements_html(method.SOURCE_LABELS[source] + ":", said)
            if html:
                sections.append(f"<div data-source='{source}'>{html}</div>")
        blocks.append(
            f"<div class='cg-key-point' data-element='{esc(e.id)}'>"
            f"<b>{esc(e.label)}</b>{''.join(sections)}</div>"
        )
    return (
        "<h3>Key points: the guide and our advice</h3><p>What the source guide says, and "
        "apart from it our own advice (the course's additions, not the guide's).</p>"
        + "".join(blocks)
    )


def key_points(lesson_id: str) -> w.HTML:
    """The key points for a lesson (every element in its ``teaches``): the guide's
    points, and our advice labelled as ours."""
    return w.HTML(key_points_html(lesson_id))
