"""The end-of-lesson self-check: a few choice questions that record completion.

Each question is shown by the one question widget
(:class:`~commonground.widgets.exercise.ExerciseWidget`), options in this learner's
shuffled order; one button checks them all. A miss says why, then names the right
answer and why it is right. When every answer is right the lesson is marked complete.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import ipywidgets as w

from commonground import curriculum
from commonground.widgets._common import button
from commonground.widgets._style import CourseBox
from commonground.widgets.exercise import ExerciseWidget
from commonground.widgets.shell import complete


class SelfCheck(CourseBox):
    """A self-check for one lesson (see :func:`self_check`).

    Attributes
    ----------
    lesson_id : str
        Full id of the lesson.
    questions : tuple of ChoiceQuestion
    items : list of ExerciseWidget
        One per question, without their own Check buttons.
    choices : list of ipywidgets.RadioButtons
        One per question; ``.value`` is the chosen ``"a) ..."`` label (``None`` before).
    feedback : list of ipywidgets.HTML
        Feedback under each question, filled by the Check button.
    check_button : ipywidgets.Button
    status : ipywidgets.HTML
        Overall result; says so when the lesson was marked complete.
    completed : bool
        True once every answer was right and completion was recorded.
    """

    def __init__(
        self,
        lesson_id: str,
        questions: Sequence | None = None,
        progress_path: str | Path | None = None,
        content: str | os.PathLike | None = None,
    ):
        from commonground.questions import self_check_questions

        self.lesson_id = curriculum.lesson(lesson_id).id
        if questions is None:
            questions = self_check_questions(self.lesson_id, content)
        self.questions = tuple(questions)
        if not self.questions:
            raise ValueError(f"no self-check questions for lesson {self.lesson_id}")
        self.progress_path = progress_path
        self.completed = False
        self.items = [
            ExerciseWidget(q, label=f"Answer {n}:", buttons=False)
            for n, q in enumerate(self.questions, 1)
        ]
        self.choices = [item.inputs[0] for item in self.items]
        self.feedback = [item.feedback for item in self.items]
        self.check_button = button(
            "Check my answers", "check", "primary", "Check every answer and see feedback"
        )
        self.status = w.HTML("")
        self.check_button.on_click(self._check)
        for radio in self.choices:
            radio.observe(self._clear_tally, names="value")
        heading = w.HTML("<h3>Check yourself</h3>")
        super().__init__([heading, *self.items, self.check_button, self.status])

    def answer(self, *options: str) -> SelfCheck:
        """Pick options by their text, one per question (for tests and demos)."""
        for item, option in zip(self.items, options, strict=False):
            item.choose(option)
        return self

    def _clear_tally(self, _change=None) -> None:
        if not self.completed:  # "2 of 3 right" no longer describes the answers shown
            self.status.value = ""

    def _check(self, _button=None) -> None:
        results = [item.check() for item in self.items]
        right = sum(r.correct for r in results)
        if right < len(results):
            self.status.value = (
                f"{right} of {len(results)} right. Read the feedback, change your answers, "
                "and check again."
            )
            return
        self.completed, shown = complete(self.lesson_id, self.progress_path)
        self.status.value = f"<p><b>All {right} right.</b></p>{shown}"


def self_check(
    lesson_id: str,
    questions: Sequence | None = None,
    progress_path: str | Path | None = None,
    content: str | os.PathLike | None = None,
) -> SelfCheck:
    """A multiple-choice self-check that marks the lesson complete when all are right.

    Parameters
    ----------
    lesson_id
        Lesson id or number (``"03"``).
    questions
        The questions; by default the lesson's ``self_check`` in its question file.
    progress_path
        Progress file; the learner's default when omitted.
    content
        A content folder to read the questions from (a campaign's own copy); the
        shipped ``content/`` when omitted.

    Returns
    -------
    SelfCheck
        A widget; display it as the last line of a cell.
    """
    return SelfCheck(lesson_id, questions, progress_path, content)
