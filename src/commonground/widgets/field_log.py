"""The "Log a 1:1 I held" form (lesson 08 and the app-mode notebook ``log_a_1on1``).

A thin view over :mod:`commonground.field_log`: one labelled control per question (only
the questions that apply are shown: the reason for a no only after a no, and so on),
**Save this meeting**, and a list of meetings whose event date has passed, each with a
"did they come?" choice and **Record**.
"""

from __future__ import annotations

import datetime as dt

import ipywidgets as w

from commonground import labels
from commonground.widgets._common import STYLE, esc, note
from commonground.widgets._style import CourseBox
from commonground.widgets._text import Text, Textarea

_BLANK = ("(choose)", "")
_SKIP = ("(not sure / skip)", "")


class LogMeetingForm(CourseBox):
    """Log one real 1:1; record later whether they showed up.

    Attributes
    ----------
    fields : dict of str to widget
        One per question of :data:`commonground.field_log.form.QUESTIONS`, by key.
    save_button : ipywidgets.Button
    status : ipywidgets.HTML
        What happened on save (saved, or what to fix).
    due : ipywidgets.VBox
        Meetings whose event has passed: one row per meeting.
    due_rows : dict of str to (Dropdown, Button)
        Per meeting id, the "did they come?" choice and its **Record** button.
    """

    def __init__(self, learner: str | None = None, today: dt.date | None = None):
        from commonground.field_log.form import QUESTIONS

        self.learner = learner
        self.today = today
        self.fields: dict[str, w.Widget] = {}
        for q in QUESTIONS:
            label = q.prompt + (" *" if q.required else "")
            if q.choices:
                options = [_BLANK if q.required else _SKIP, *(c for c in q.choices if c[1])]
                control = w.Dropdown(
                    options=options, value="", description=label, style=STYLE, layout=w.Layout()
                )
            elif q.key == "notes":
                control = Textarea(description=label, style=STYLE, layout=w.Layout(width="95%"))
            else:
                control = Text(description=label, style=STYLE, layout=w.Layout(width="95%"))
                if q.kind == "date":
                    control.placeholder = "YYYY-MM-DD"
            if q.key == "date":
                control.value = (today or dt.date.today()).isoformat()
            control.observe(self._update_visible, names="value")
            self.fields[q.key] = control
        self.save_button = w.Button(
            description="Save this meeting",
            icon="save",
            button_style="primary",
            tooltip="Check the answers and save the meeting to your own log",
            layout=w.Layout(width="auto"),
        )
        self.save_button.on_click(self.save)
        self.status = w.HTML("", layout=w.Layout(min_height="1.5em"))
        self.due = w.VBox([])
        self.due_rows: dict[str, tuple[w.Dropdown, w.Button]] = {}
        self._update_visible()
        self.refresh_due()
        super().__init__(
            [
                w.HTML("<h4>Did they come?</h4>"),
                self.due,
                w.HTML("<h4>Log a 1:1 I held</h4><p>Questions marked * are needed.</p>"),
                *self.fields.values(),
                self.save_button,
                self.status,
            ]
        )

    def answers(self) -> dict:
        """The answers as typed (only the questions that apply)."""
        from commonground.field_log.form import asked

        raw = {key: control.value for key, control in self.fields.items()}
        return {q.key: raw[q.key] for q in asked(raw)}

    def _update_visible(self, change=None) -> None:
        from commonground.field_log.form import QUESTIONS

        raw = {key: control.value for key, control in self.fields.items()}
        for q in QUESTIONS:
            self.fields[q.key].layout.display = None if q.ask(raw) else "none"

    def save(self, _button=None) -> None:
        """Check and save; on success clear the meeting's fields (keep date and name)."""
        from commonground.errors import CommonGroundError
        from commonground.field_log import form, store

        try:
            row = store.add_meeting(self.answers(), self.learner)
        except form.FormError as exc:
            items = "".join(
                f"<li><b>{esc(form.QUESTION_BY_KEY[k].prompt if k in form.QUESTION_BY_KEY else k)}"
                f"</b>: {esc(v)}</li>"
                for k, v in exc.problems.items()
            )
            self.status.value = note("Not saved yet. Please fix:", "problem") + f"<ul>{items}</ul>"
            return
        except CommonGroundError as exc:
            self.status.value = note(f"Not saved: {exc}", "problem")
            return
        specific = (
            "The reader says your ask was specific."
            if row["ask_specific"] == "true"
            else "The reader says your ask did not name an activity, a time and a place."
        )
        self.status.value = note(
            f"Saved meeting {row['meeting_id']} with {row['contact']}. {specific}", "ok"
        )
        for key, control in self.fields.items():
            if key not in ("date", "organizer"):
                control.value = ""
        self.refresh_due()

    def refresh_due(self) -> None:
        """List the meetings whose event date has passed with no answer recorded."""
        from commonground.field_log import store

        due = store.due_for_showed_up(self.learner, self.today)
        self.due_rows = {}
        children = []
        for _, row in due.iterrows():
            kind = labels.label(row["ask_type"], "ask_type")
            what = f"{row['contact']}: {kind} on {row['event_date']}"
            choice = w.Dropdown(
                options=[_BLANK, ("yes, they came", "yes"), ("no, they did not", "no")],
                value="",
                description=f"Did {what} happen?",
                style=STYLE,
            )
            button = w.Button(description="Record", tooltip=f"Record the answer for {what}")
            button.on_click(lambda _b, mid=row["meeting_id"], c=choice: self._record(mid, c))
            self.due_rows[row["meeting_id"]] = (choice, button)
            children.append(w.HBox([choice, button]))
        if not children:
            children = [w.HTML(note("Nothing to record: no event you asked about has passed."))]
        self.due.children = children

    def _record(self, meeting_id: str, choice: w.Dropdown) -> None:
        from commonground.field_log import store

        if choice.value not in ("yes", "no"):
            self.status.value = note("Choose yes or no first.", "problem")
            return
        store.record_showed_up(meeting_id, choice.value == "yes", self.learner)
        self.status.value = note(f"Recorded: {meeting_id}.", "ok")
        self.refresh_due()


def log_meeting_form(learner: str | None = None) -> LogMeetingForm:
    """The "Log a 1:1 I held" form for ``learner`` (the default log when ``None``)."""
    return LogMeetingForm(learner)
