"""Lesson header and footer, and the journal export button, shared by every lesson."""

from __future__ import annotations

import ipywidgets as w

from commonground import curriculum, journal, method, storage
from commonground.lessons.goals import goals
from commonground.widgets._common import esc, note
from commonground.widgets.downloads import download_link


def header_html(lesson_id: str) -> str:
    """The header's HTML: title, minutes, audience and goals (pure, for tests and docs)."""
    item = curriculum.lesson(lesson_id)
    number = item.id[:2]
    parts = [
        f"<h1>Lesson {number}: {esc(item.title)}</h1>",
        f"<p><b>About {item.minutes} minutes</b> · for {esc(item.audience)}s · "
        "no code needed: everything happens in the boxes and buttons below.</p>",
    ]
    lesson_goals = goals(item.id)
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


def _next_lesson(lesson_id: str) -> curriculum.Lesson | None:
    item = curriculum.lesson(lesson_id)
    for path in curriculum.PATHS:
        lessons = curriculum.path_lessons(path)
        ids = [x.id for x in lessons]
        if item.id in ids and ids.index(item.id) + 1 < len(ids):
            return lessons[ids.index(item.id) + 1]
    return None


def footer_html(lesson_id: str) -> str:
    """The footer's HTML: what is next, and where the learner's work is kept."""
    nxt = _next_lesson(lesson_id)
    where = esc(storage.data_home())
    lines = [f"<p>Everything you saved is kept on this computer in <code>{where}</code>.</p>"]
    if nxt is not None:
        lines.insert(
            0,
            # A relative link: opens the next notebook in JupyterLab and in app mode alike.
            f"<p><b>Next:</b> <a href='{esc(nxt.id)}.ipynb'>lesson {nxt.id[:2]}, "
            f"{esc(nxt.title)}</a>.</p>",
        )
    return "<hr>" + "".join(lines)


def lesson_footer(lesson_id: str) -> w.HTML:
    """Where to go next and where the learner's journal is kept, for a lesson's last cell."""
    return w.HTML(footer_html(lesson_id))


class JournalExport(w.VBox):
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
