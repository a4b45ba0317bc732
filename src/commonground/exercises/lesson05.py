"""Exercises for lesson 05: common ground and sharing the campaign's work.

The questions are data: ``content/questions/05.yaml`` (see docs/authoring-questions.md).
"""

from __future__ import annotations

from commonground.questions import exercise_questions

QUESTIONS = exercise_questions("05")
q1, q2, q3, q4, q5 = QUESTIONS
