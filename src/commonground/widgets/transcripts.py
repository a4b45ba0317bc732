"""Lesson 01: read short exchanges and say whether each is a 1:1, an interview, a pitch
or counselling. Feedback appears as soon as an answer is picked."""

from __future__ import annotations

import ipywidgets as w

from commonground.lessons.transcripts import KINDS, TRANSCRIPTS, Transcript, check_answer
from commonground.widgets._common import STYLE, dialogue_html, right_or_not
from commonground.widgets._style import CourseBox


def transcript_html(t: Transcript, number: int) -> str:
    """One transcript as a small HTML dialogue."""
    return dialogue_html(t.setting, t.lines, number)


class TranscriptSorter(CourseBox):
    """All transcripts, each with a choice of kind and its own feedback.

    Attributes
    ----------
    choices : list of ipywidgets.RadioButtons
        One per transcript; options are ``(label, kind)`` pairs, so ``.value`` is a
        kind id such as ``"one_on_one"``.
    feedback : list of ipywidgets.HTML
    score : ipywidgets.Label
        E.g. ``"2 of 5 right so far"``.
    """

    def __init__(self, transcripts: tuple[Transcript, ...] = TRANSCRIPTS):
        self.transcripts = transcripts
        self.choices: list[w.RadioButtons] = []
        self.feedback: list[w.HTML] = []
        self.score = w.Label("")
        blocks = []
        for n, t in enumerate(transcripts, 1):
            radio = w.RadioButtons(
                options=[(label, kind) for kind, label in KINDS.items()],
                value=None,
                description=f"Exchange {n} is:",
                style=STYLE,
            )
            fb = w.HTML("")
            radio.observe(self._update, names="value")
            self.choices.append(radio)
            self.feedback.append(fb)
            blocks.append(w.VBox([w.HTML(transcript_html(t, n)), radio, fb]))
        self._update()
        super().__init__([*blocks, self.score])

    def _update(self, _change=None) -> None:
        right = 0
        for t, radio, fb in zip(self.transcripts, self.choices, self.feedback, strict=True):
            if radio.value is None:
                fb.value = ""
                continue
            ok, message = check_answer(t, radio.value)
            right += ok
            fb.value = right_or_not(ok, message)
        self.score.value = f"{right} of {len(self.transcripts)} right so far"


def transcript_sorter() -> TranscriptSorter:
    """The lesson 01 sorter: is each exchange a 1:1, an interview, a pitch or counselling?"""
    return TranscriptSorter()
