"""The end-of-lesson self-check: a few multiple-choice questions that record completion."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import ipywidgets as w

from commonground import curriculum
from commonground.lessons.self_checks import Question, all_correct, grade, questions_for
from commonground.widgets._common import STYLE as _STYLE
from commonground.widgets._common import clear_when_changed, right_or_not
from commonground.widgets._common import esc as _esc
from commonground.widgets._common import note as _note
from commonground.widgets._style import CourseBox
from commonground.widgets.shell import complete


class SelfCheck(CourseBox):
    """A self-check for one lesson (see :func:`self_check`).

    Attributes
    ----------
    lesson_id : str
        Full id of the lesson.
    questions : tuple of Question
    choices : list of ipywidgets.RadioButtons
        One per question; ``.value`` is the chosen option text (``None`` before).
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
        questions: Sequence[Question] | None = None,
        progress_path: str | Path | None = None,
    ):
        self.lesson_id = curriculum.lesson(lesson_id).id
        self.questions = tuple(questions if questions is not None else questions_for(lesson_id))
        if not self.questions:
            raise ValueError(f"no self-check questions for lesson {self.lesson_id}")
        self.progress_path = progress_path
        self.completed = False
        self.choices: list[w.RadioButtons] = []
        self.feedback: list[w.HTML] = []
        blocks = []
        for n, q in enumerate(self.questions, 1):
            label = w.HTML(f"<b>{n}. {_esc(q.prompt)}</b>")
            radio = w.RadioButtons(
                options=list(q.options),
                value=None,
                description=f"Answer {n}:",
                style=_STYLE,
                layout=w.Layout(width="auto"),
            )
            note = w.HTML("")
            self.choices.append(radio)
            self.feedback.append(note)
            clear_when_changed([radio], note)  # a verdict on the old pick goes with it
            blocks.append(w.VBox([label, radio, note]))
        self.check_button = w.Button(
            layout=w.Layout(width="auto"),
            description="Check my answers",
            button_style="primary",
            tooltip="Check every answer and see feedback",
            icon="check",
        )
        self.status = w.HTML("")
        self.check_button.on_click(self._check)
        for radio in self.choices:
            radio.observe(self._clear_tally, names="value")
        heading = w.HTML("<h3>Check yourself</h3>")
        super().__init__([heading, *blocks, self.check_button, self.status])

    def _clear_tally(self, _change=None) -> None:
        if not self.completed:  # "2 of 3 right" no longer describes the answers shown
            self.status.value = ""

    def chosen_indices(self) -> list[int | None]:
        """The option index chosen for each question (``None`` where unanswered)."""
        return [r.index if r.value is not None else None for r in self.choices]

    def answer(self, *indices: int) -> SelfCheck:
        """Pick options by index, one per question (a convenience for tests and demos)."""
        for radio, index in zip(self.choices, indices, strict=False):
            radio.index = index
        return self

    def _check(self, _button=None) -> None:
        results = grade(self.questions, self.chosen_indices())
        for note, result in zip(self.feedback, results, strict=True):
            if result.correct is None:
                note.value = _note(f"? {result.message}", "info")
            else:
                note.value = right_or_not(result.correct, result.message)
        right = sum(bool(r.correct) for r in results)
        if all_correct(results):
            self.completed, shown = complete(self.lesson_id, self.progress_path)
            self.status.value = f"<p><b>All {right} right.</b></p>{shown}"
        else:
            self.status.value = (
                f"{right} of {len(results)} right. Read the feedback, change your answers, "
                "and check again."
            )


def self_check(
    lesson_id: str,
    questions: Sequence[Question] | None = None,
    progress_path: str | Path | None = None,
) -> SelfCheck:
    """A multiple-choice self-check that marks the lesson complete when all are right.

    Parameters
    ----------
    lesson_id
        Lesson id or number (``"03"``).
    questions
        The questions; by default those in :mod:`commonground.lessons.self_checks`.
    progress_path
        Progress file; the learner's default when omitted.

    Returns
    -------
    SelfCheck
        A widget; display it as the last line of a cell.
    """
    return SelfCheck(lesson_id, questions, progress_path)
