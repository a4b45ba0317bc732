"""Exercises for lesson 08: closing, follow-up and reflection.

The questions are data: ``content/questions/08.yaml`` (see docs/authoring-questions.md).
"""

from __future__ import annotations

from commonground.questions import exercise_questions

QUESTIONS = exercise_questions("08")
q1, q2, q3, q4, q5 = QUESTIONS
