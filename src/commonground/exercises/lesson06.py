"""Exercises for lesson 06: the ask, clear, specific and fitting.

The questions are data: ``content/questions/06.yaml`` (see docs/authoring-questions.md).
"""

from __future__ import annotations

from commonground.questions import exercise_questions

QUESTIONS = exercise_questions("06")
q1, q2, q3, q4, q5 = QUESTIONS
