"""Exercises with self-checks: the questions of ``exercises/`` and ``solutions/``.

In a notebook::

    from commonground.exercises import ____
    from commonground.exercises.lesson06 import q1, q2

    q1.widget()                 # answer with no code: text box + Check / Hint / Solution
    answer = ____               # ...or write the answer here
    q1.check(answer)            # "not attempted" until ____ is replaced
    q1.hint()                   # the next hint; q1.hint(2) for the second
    q1.solution()               # a model answer and why it works

``check`` returns a :class:`~commonground.exercises.kit.Result` (``.status`` is
``"correct"``, ``"incorrect"`` or ``"not_attempted"``; ``.message``) and displays it.
Checks, hints and solutions live in the question modules (``lesson01`` ... ``lesson08``,
``trainer_logs``, ``trainer_effects``), never in the notebooks.

Modules: :mod:`.kit` (placeholder, results), :mod:`.questions` (question types),
:mod:`.judging` (reader-based judges), :mod:`.catalog` (which notebook uses which
questions; summaries). The notebooks are built from ``content/exercises/`` by
:mod:`commonground.build`.
"""

from __future__ import annotations

from commonground.exercises.catalog import assert_all_correct, summary
from commonground.exercises.kit import PLACEHOLDER, Result, is_blank

#: Write ``____`` where an answer goes; it means "not attempted yet".
____ = PLACEHOLDER

__all__ = [
    "PLACEHOLDER",
    "Result",
    "____",
    "assert_all_correct",
    "is_blank",
    "summary",
    "summary_view",
]


def summary_view(questions):
    """A live summary widget: it updates whenever a question's Check button is pressed.

    ``questions`` is a module name (``"lesson06"``) or a list of questions. The widget
    lives in :mod:`commonground.widgets.exercise` (ipywidgets is imported only here).
    """
    from commonground.widgets.exercise import summary_view as view

    return view(questions)
