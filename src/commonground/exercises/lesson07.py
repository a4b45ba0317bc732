"""Exercises for lesson 07: responding to yes, maybe and no.

The questions are data: ``content/questions/07.yaml`` (see docs/authoring-questions.md).
"""

from __future__ import annotations

from commonground.questions import exercise_questions

QUESTIONS = exercise_questions("07")
q1, q2, q3, q4, q5, q6 = QUESTIONS
