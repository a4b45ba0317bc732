"""Exercises for lesson 01: what a 1:1 is, and why hold one.

The questions are data: ``content/questions/01.yaml`` (see docs/authoring-questions.md).
"""

from __future__ import annotations

from commonground.questions import exercise_questions

QUESTIONS = exercise_questions("01")
q1, q2, q3, q4, q5 = QUESTIONS
