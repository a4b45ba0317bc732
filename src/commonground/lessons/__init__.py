"""Lesson content kept as data: goals and short transcripts.

- :mod:`commonground.lessons.goals`: ``goals(lesson_id)``, shown by ``lesson_header``.
- Self-check questions are in ``content/questions/`` (:mod:`commonground.questions`).
- :mod:`commonground.lessons.transcripts`: short exchanges for lesson 01's
  "is this a 1:1?" sorter.

All texts are written for this project; every person and place in them is invented.
"""
