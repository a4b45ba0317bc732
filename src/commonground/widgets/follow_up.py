"""Lesson 08: compose a follow-up that confirms every detail and thanks them again."""

from __future__ import annotations

import ipywidgets as w

from commonground.planners.follow_up import Commitment, check_commitment, compose_follow_up
from commonground.widgets._common import (
    STYLE,
    clear_when_changed,
    findings_html,
    read_saved,
    save_entry,
)
from commonground.widgets._style import CourseBox
from commonground.widgets._text import MAX_TEXT_CHARS, Text, Textarea

_LABELS = {
    "greeting_name": "Their first name (optional):",
    "activity": "What they agreed to do:",
    "date": "Date:",
    "time": "Time:",
    "place": "Place:",
    "contact_person": "Who to contact with questions:",
}


class FollowUpComposer(CourseBox):
    """Fields for the commitment and a thank-you; compose, check and save the message.

    Attributes
    ----------
    fields : dict of str to widget
        One per :class:`~commonground.planners.follow_up.Commitment` field.
    compose_button, save_button : ipywidgets.Button
    message : ipywidgets.Textarea
        The composed message, ready to copy.
    findings : ipywidgets.HTML
    """

    def __init__(self, learner: str | None = None, lesson: str = "08"):
        self.learner = learner
        self.lesson = lesson
        self.fields = {
            name: Text(description=label, style=STYLE, layout=w.Layout(width="95%"))
            for name, label in _LABELS.items()
        }
        self.fields["thanks"] = Textarea(
            description="Thank-you line (mention something they said):",
            style=STYLE,
            layout=w.Layout(width="95%", height="4em"),
        )
        self.compose_button = w.Button(
            layout=w.Layout(width="auto"),
            description="Compose message",
            icon="envelope",
            button_style="primary",
            tooltip="Write the message",
        )
        self.save_button = w.Button(
            layout=w.Layout(width="auto"),
            description="Save to my journal",
            icon="save",
            tooltip="Save the message to your journal",
        )
        self.message = Textarea(  # composed from the boxes above, then edited
            description="Message:",
            style=STYLE,
            layout=w.Layout(width="95%", height="10em"),
            limit=3 * MAX_TEXT_CHARS,
        )
        self.findings = w.HTML("")
        self.status = w.HTML("")
        self.compose_button.on_click(self.compose)
        self.save_button.on_click(self.save)
        saved, self.status.value = read_saved(learner, "follow_up")
        if saved:
            for name, value in Commitment.from_dict(saved).to_dict().items():
                self.fields[name].value = value
        clear_when_changed(self.fields.values(), self.findings)
        super().__init__(
            [
                *self.fields.values(),
                w.HBox([self.compose_button, self.save_button]),
                self.findings,
                self.message,
                self.status,
            ]
        )

    def commitment(self) -> Commitment:
        """The commitment as typed in."""
        return Commitment(**{k: c.value for k, c in self.fields.items()})

    def compose(self, _button=None) -> str:
        """Write the message and list any missing detail; return the message."""
        c = self.commitment()
        self.message.value = compose_follow_up(c)
        self.findings.value = findings_html(
            check_commitment(c), "Every detail is there, and a thank-you."
        )
        return self.message.value

    def save(self, _button=None) -> None:
        """Compose (keeping any edits made to the message) and save to the journal."""
        edited = self.message.value
        text = self.compose()
        if edited.strip() and edited != text:
            self.message.value = text = edited
        data = {**self.commitment().to_dict(), "message": text}
        _, self.status.value = save_entry(
            self.learner,
            "follow_up",
            data,
            self.lesson,
            "Saved to your journal. Copy the message and send it.",
        )


def follow_up_composer(learner: str | None = None) -> FollowUpComposer:
    """The lesson 08 follow-up composer (see :class:`FollowUpComposer`)."""
    return FollowUpComposer(learner)
