"""Questions as data: one model for self-checks and exercises.

Questions are written in YAML, one file per lesson in ``content/questions/`` (see
docs/authoring-questions.md), and become :mod:`.model` objects with ``check``, ``hint``,
``solution`` and ``widget``.

Modules: :mod:`.model` (the question classes, each answer shape in its own module:
:mod:`.question`, :mod:`.verdict`, :mod:`.text_questions`, :mod:`.choice`, :mod:`.labels`,
:mod:`.form`, :mod:`.value_question`), :mod:`.loading` (files -> questions, with
file:line errors), :mod:`.build` (one entry -> one question), :mod:`.judging` (judges
built on the reader), :mod:`.checks` and :mod:`.values` (judges and right answers
written in Python, named from files), :mod:`.shuffle` (per-learner option order),
:mod:`.lint` (what a file gets wrong, including balance across a lesson).
"""

from __future__ import annotations

from commonground.lazy import exports

# name -> submodule, imported on first use: reading files needs PyYAML and jsonschema,
# and ``commonground.exercises`` (which uses :mod:`.kit`) should not pay for them.
_WHERE = {
    "Problem": "loading",
    "exercise_questions": "loading",
    "load_file": "loading",
    "practice_questions": "loading",
    "questions_dir": "loading",
    "self_check_questions": "loading",
    "lint_questions": "lint",
}

__all__ = sorted(_WHERE)


__getattr__, __dir__ = exports(__name__, _WHERE, globals())
