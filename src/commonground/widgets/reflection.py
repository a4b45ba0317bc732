"""Lesson 08: the reflection journal: answer three prompts, save, see past reflections."""

from __future__ import annotations

import ipywidgets as w

from commonground.journal_text import when_text
from commonground.planners.reflection import check_reflection, prompts
from commonground.widgets._common import STYLE, esc, findings_html, note, read_entries, save_entry
from commonground.widgets._style import CourseBox
from commonground.widgets._text import Textarea


def past_reflections_html(entries: list[dict]) -> str:
    """Past reflections, newest first, as HTML."""
    if not entries:
        return "<p><i>No reflections saved yet.</i></p>"
    labels = {p.key: p.label for p in prompts()}
    blocks = []
    for entry in reversed(entries):
        data = entry.get("data") or {}
        items = "".join(
            f"<li><b>{esc(labels.get(k, k))}</b> {esc(v)}</li>"
            for k, v in data.items()
            if str(v).strip()
        )
        when = when_text(str(entry.get("saved_at", "")))
        blocks.append(f"<p><b>{esc(when)}</b></p><ul>{items}</ul>")
    return "<h4>My reflections</h4>" + "".join(blocks)


class ReflectionJournal(CourseBox):
    """A text area per prompt, a Save button and the list of past reflections.

    Attributes
    ----------
    answers : dict of str to ipywidgets.Textarea
        Keyed by prompt key (``went_well``, ``learned_about_them``, ``change_next_time``).
    save_button : ipywidgets.Button
    findings : ipywidgets.HTML
        Prompts left blank (saving still works: a partial reflection is better than none).
    past : ipywidgets.HTML
        Saved reflections, newest first.
    """

    def __init__(self, learner: str | None = None, lesson: str = "08"):
        self.learner = learner
        self.lesson = lesson
        self.answers = {}
        rows = []
        for p in prompts():
            area = Textarea(
                description=p.label,
                placeholder=p.hint,
                style=STYLE,
                layout=w.Layout(width="95%", height="4em"),
            )
            self.answers[p.key] = area
            rows.append(area)
        self.save_button = w.Button(
            layout=w.Layout(width="auto"),
            description="Save reflection",
            icon="save",
            button_style="primary",
            tooltip="Save this reflection to your journal",
        )
        self.findings = w.HTML("")
        self.status = w.HTML("")
        self.past = w.HTML("")
        self.save_button.on_click(self.save)
        self.refresh()
        super().__init__([*rows, self.save_button, self.findings, self.status, self.past])

    def refresh(self) -> None:
        """Re-read past reflections from the journal."""
        entries, notice = read_entries(self.learner, "reflection")
        self.past.value = notice + past_reflections_html(entries)

    def save(self, _button=None) -> None:
        """Save the answers as a new reflection and clear the form."""
        data = {k: a.value.strip() for k, a in self.answers.items()}
        if not any(data.values()):
            self.status.value = note("Write at least one answer before saving.", "problem")
            return
        self.findings.value = findings_html(check_reflection(data), "All three answered.")
        saved, self.status.value = save_entry(
            self.learner, "reflection", data, self.lesson, "Saved to your journal."
        )
        if saved:  # keep the answers on screen when saving failed
            for area in self.answers.values():
                area.value = ""
            self.refresh()


def reflection_journal(learner: str | None = None) -> ReflectionJournal:
    """The lesson 08 reflection journal (see :class:`ReflectionJournal`)."""
    return ReflectionJournal(learner)
