"""Lesson content kept as data: short transcripts and drills.

- goals are in each lesson's front matter (``content/lessons/``; ``curriculum.goals``).
- Self-check questions are in ``content/questions/`` (:mod:`commonground.questions`).
- :mod:`commonground.lessons.transcripts`: short exchanges for lesson 01's
  "is this a 1:1?" sorter.

All texts are written for this project; every person and place in them is invented.
"""
