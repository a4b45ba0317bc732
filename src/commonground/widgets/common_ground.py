"""Lesson 05: pick the reply that names the common ground in each short exchange.

The exchanges are the ``practice`` questions of ``content/questions/05.yaml``, each shown
by the one question widget (:class:`~commonground.widgets.exercise.ExerciseWidget`,
options in this learner's shuffled order). Feedback appears as soon as a reply is
picked; the learner can change it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import ipywidgets as w

from commonground.widgets._style import CourseBox
from commonground.widgets.exercise import ExerciseWidget


class CommonGroundPicker(CourseBox):
    """Every exchange with a choice of replies and its own feedback.

    Attributes
    ----------
    questions : tuple of ChoiceQuestion
        The exchanges, as questions with a setting and a dialogue.
    items : list of ExerciseWidget
        One per exchange, without Check buttons: a pick is checked at once.
    choices : list of ipywidgets.RadioButtons
        One per exchange; ``.value`` is the chosen ``"a) ..."`` label (``None`` before).
    feedback : list of ipywidgets.HTML
    score : ipywidgets.Label
        E.g. ``"3 of 6 right so far"``.
    """

    def __init__(self, questions: Sequence | None = None, content: str | os.PathLike | None = None):
        from commonground.questions import practice_questions

        if questions is None:
            questions = practice_questions("05", content)
        self.questions = tuple(questions)
        if not self.questions:
            raise ValueError("no practice questions for lesson 05 (content/questions/05.yaml)")
        self.items = [
            ExerciseWidget(q, label=f"Reply {n}:", buttons=False, number=n)
            for n, q in enumerate(self.questions, 1)
        ]
        self.choices = [item.inputs[0] for item in self.items]
        self.feedback = [item.feedback for item in self.items]
        self.score = w.Label("")
        for radio in self.choices:
            radio.observe(self._update, names="value")
        self._update()
        super().__init__([*self.items, self.score])

    def choose(self, *options: str) -> CommonGroundPicker:
        """Pick replies by their text, one per exchange (for tests and demos)."""
        for item, option in zip(self.items, options, strict=False):
            item.choose(option)
        return self

    def _update(self, _change=None) -> None:
        right = 0
        for item, radio in zip(self.items, self.choices, strict=True):
            if radio.value is None:
                item.feedback.value = ""
                continue
            right += item.check().correct
        self.score.value = f"{right} of {len(self.items)} right so far"


def common_ground_picker(content: str | os.PathLike | None = None) -> CommonGroundPicker:
    """The lesson 05 common-ground picker (see :class:`CommonGroundPicker`).

    ``content``: a content folder to read the exchanges from (a campaign's own copy);
    the shipped ``content/`` (or ``$COMMONGROUND_CONTENT``) when omitted.
    """
    return CommonGroundPicker(content=content)
