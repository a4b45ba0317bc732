"""Lesson 03: build your story from three parts, hear how long it runs, save it."""

from __future__ import annotations

import ipywidgets as w

from commonground.planners.story import (
    OK_TEXT,
    StoryParts,
    assemble_story,
    length_summary,
    story_feedback,
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

_TALL = w.Layout(width="95%", height="5em")


class StoryBuilder(CourseBox):
    """Three text areas, a Read-it-back button and a Save button.

    Attributes
    ----------
    parts : dict of str to ipywidgets.Textarea
        ``what_happened``, ``what_you_chose``, ``why_now``.
    build_button, save_button : ipywidgets.Button
    story : ipywidgets.Textarea
        The assembled story (read-only).
    length : ipywidgets.Label
        Word count and estimated spoken length.
    feedback : ipywidgets.HTML
    """

    def __init__(self, learner: str | None = None, lesson: str = "03"):
        self.learner = learner
        self.lesson = lesson
        self.parts = {
            "what_happened": Textarea(
                description="What happened that made me care:", layout=_TALL, style=STYLE
            ),
            "what_you_chose": Textarea(
                description="What I chose to do:", layout=_TALL, style=STYLE
            ),
            "why_now": Textarea(description="Why it matters to me now:", layout=_TALL, style=STYLE),
        }
        self.build_button = w.Button(
            layout=w.Layout(width="auto"),
            description="Read it back",
            icon="play",
            button_style="primary",
            tooltip="Put the story together",
        )
        self.save_button = w.Button(
            layout=w.Layout(width="auto"),
            description="Save my story",
            icon="save",
            tooltip="Save the story to your journal",
        )
        self.story = w.Textarea(
            description="My story:",
            disabled=True,
            style=STYLE,
            layout=w.Layout(width="95%", height="8em"),
        )
        self.length = w.Label("")
        self.feedback = w.HTML("")
        self.status = w.HTML("")
        self.build_button.on_click(self.build)
        self.save_button.on_click(self.save)
        saved, self.status.value = read_saved(learner, "story")
        if saved:
            for name, value in StoryParts.from_dict(saved).to_dict().items():
                self.parts[name].value = value
            self.build()
        clear_when_changed(self.parts.values(), self.feedback)
        super().__init__(
            [
                *self.parts.values(),
                w.HBox([self.build_button, self.save_button]),
                self.story,
                self.length,
                self.feedback,
                self.status,
            ]
        )

    def story_parts(self) -> StoryParts:
        """The parts as typed in."""
        return StoryParts(**{k: c.value for k, c in self.parts.items()})

    def build(self, _button=None) -> str:
        """Assemble the story, show its length and feedback; return the story."""
        parts = self.story_parts()
        text = assemble_story(parts)
        self.story.value = text
        self.length.value = length_summary(text) if text else ""
        self.feedback.value = findings_html(story_feedback(parts), OK_TEXT)
        return text

    def save(self, _button=None) -> None:
        """Assemble and save the story to the journal."""
        text = self.build()
        data = {**self.story_parts().to_dict(), "story": text}
        _, self.status.value = save_entry(
            self.learner, "story", data, self.lesson, "Saved to your journal."
        )


def story_builder(learner: str | None = None) -> StoryBuilder:
    """The lesson 03 story builder (see :class:`StoryBuilder`)."""
    return StoryBuilder(learner)
