"""Trainer exercises, part 2: the funnel, winning back, the follow-up effect, adjusting.

The questions are data (``content/questions/11b.yaml``); each right answer is computed
at check time from the log in use (:func:`use_log`) by a named computation in
:mod:`commonground.questions.values`. Rates are fractions between 0 and 1 (0.42, not 42%).
"""

from __future__ import annotations

from commonground.exercises.trainer_data import use_log
from commonground.questions import exercise_questions

__all__ = ["QUESTIONS", "use_log", "q1", "q2", "q3", "q4", "q5", "q6"]

QUESTIONS = exercise_questions("11b")
q1, q2, q3, q4, q5, q6 = QUESTIONS
