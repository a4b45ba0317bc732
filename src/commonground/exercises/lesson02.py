"""Exercises for lesson 02: setting up a 1:1 and preparing for it.

The questions are data: ``content/questions/02.yaml`` (see docs/authoring-questions.md).
"""

from __future__ import annotations

from commonground.questions import exercise_questions

QUESTIONS = exercise_questions("02")
q1, q2, q3, q4, q5 = QUESTIONS
