"""Exercises for lesson 03: opening questions and your story.

The questions are data: ``content/questions/03.yaml`` (see docs/authoring-questions.md).
"""

from __future__ import annotations

from commonground.questions import exercise_questions

QUESTIONS = exercise_questions("03")
q1, q2, q3, q4, q5 = QUESTIONS
