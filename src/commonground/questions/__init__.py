"""Questions as data: one model for self-checks and exercises.

Questions are written in YAML, one file per lesson in ``content/questions/`` (see
docs/authoring-questions.md), and become :mod:`.model` objects with ``check``, ``hint``,
``solution`` and ``widget``.

Modules: :mod:`.model` (question classes), :mod:`.loading` (files -> questions, with
file:line errors), :mod:`.build` (one entry -> one question), :mod:`.judging` (judges
built on the reader), :mod:`.checks` and :mod:`.values` (judges and right answers
written in Python, named from files), :mod:`.shuffle` (per-learner option order),
:mod:`.lint` (what a file gets wrong, including balance across a lesson).
"""

from __future__ import annotations

from commonground.questions.loading import (
    Problem,
    exercise_questions,
    load_file,
    questions_dir,
    self_check_questions,
)

__all__ = [
    "Problem",
    "exercise_questions",
    "lint_questions",
    "load_file",
    "questions_dir",
    "self_check_questions",
]


def lint_questions(folder=None):
    """Every problem in a folder of question files (see :mod:`.lint`)."""
    from commonground.questions.lint import lint_questions as lint

    return lint(folder)
