"""Exercises for lesson 04: open-ended questions and listening.

The questions are data: ``content/questions/04.yaml`` (see docs/authoring-questions.md).
"""

from __future__ import annotations

from commonground.questions import exercise_questions

QUESTIONS = exercise_questions("04")
q1, q2, q3, q4, q5 = QUESTIONS
