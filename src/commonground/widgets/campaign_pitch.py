"""Lesson 05: explain the campaign in under a minute: what it does, why, and how it links
to this person. Shows words and spoken time, checks the parts, saves to the journal."""

from __future__ import annotations

import ipywidgets as w

from commonground.planners.campaign_pitch import (
    CampaignPitch,
    assemble_pitch,
    check_pitch,
    pitch_length,
)
from commonground.widgets._common import (
    STYLE,
    clear_when_changed,
    findings_html,
    read_saved,
    save_entry,
)
from commonground.widgets._style import CourseBox
from commonground.widgets._text import Textarea

#: The journal kind the pitch is saved under.
KIND = "campaign_pitch"
_TALL = w.Layout(width="95%", height="4em")


class CampaignExplainer(CourseBox):
    """Three text areas, Read-it-back and Save buttons, the assembled pitch and checks.

    Attributes
    ----------
    parts : dict of str to ipywidgets.Textarea
        ``what``, ``why``, ``link``.
    build_button, save_button : ipywidgets.Button
    pitch : ipywidgets.Textarea
        The assembled explanation (read-only).
    length : ipywidgets.Label
        Words, estimated seconds at 130 words a minute, and the 60-second limit.
    feedback, status : ipywidgets.HTML
    """

    def __init__(self, learner: str | None = None, lesson: str = "05"):
        self.learner = learner
        self.lesson = lesson
        self.parts = {
            "what": Textarea(
                description="What the campaign is doing:",
                placeholder="We're asking the council to...",
                layout=_TALL,
                style=STYLE,
            ),
            "why": Textarea(
                description="Why it matters:",
                placeholder="Because...",
                layout=_TALL,
                style=STYLE,
            ),
            "link": Textarea(
                description="How it links to them:",
                placeholder="You told me that...",
                layout=_TALL,
                style=STYLE,
            ),
        }
        self.build_button = w.Button(
            description="Read it back",
            icon="play",
            button_style="primary",
            tooltip="Put it together and time it",
            layout=w.Layout(width="auto"),
        )
        self.save_button = w.Button(
            description="Save to my journal",
            icon="save",
            tooltip="Save this explanation to your journal",
            layout=w.Layout(width="auto"),
        )
        self.pitch = w.Textarea(
            description="Said aloud:",
            disabled=True,
            style=STYLE,
            layout=w.Layout(width="95%", height="6em"),
        )
        self.length = w.Label("")
        self.feedback = w.HTML("")
        self.status = w.HTML("")
        self.build_button.on_click(self.build)
        self.save_button.on_click(self.save)
        saved, self.status.value = read_saved(learner, KIND)
        if saved:
            for name, value in CampaignPitch.from_dict(saved).to_dict().items():
                self.parts[name].value = value
            self.build()
        clear_when_changed(self.parts.values(), self.feedback)
        super().__init__(
            [
                *self.parts.values(),
                w.HBox([self.build_button, self.save_button]),
                self.pitch,
                self.length,
                self.feedback,
                self.status,
            ]
        )

    def campaign_pitch(self) -> CampaignPitch:
        """The parts as typed in."""
        return CampaignPitch(**{k: c.value for k, c in self.parts.items()})

    def build(self, _button=None) -> str:
        """Assemble, time and check the explanation; return it."""
        parts = self.campaign_pitch()
        text = assemble_pitch(parts)
        self.pitch.value = text
        self.length.value = pitch_length(text) if text else ""
        self.feedback.value = findings_html(
            check_pitch(parts), "What, why and a link to them, in under a minute."
        )
        return text

    def save(self, _button=None) -> None:
        """Assemble and save the explanation to the journal."""
        text = self.build()
        data = {**self.campaign_pitch().to_dict(), "pitch": text}
        _, self.status.value = save_entry(
            self.learner, KIND, data, self.lesson, "Saved to your journal."
        )


def campaign_explainer(learner: str | None = None) -> CampaignExplainer:
    """The lesson 05 under-a-minute campaign explainer (see :class:`CampaignExplainer`)."""
    return CampaignExplainer(learner)
