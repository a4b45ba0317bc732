"""Lesson content kept as data: self-check questions and short transcripts.

- goals are in each lesson's front matter (``content/lessons/``; ``curriculum.goals``).
- :mod:`commonground.lessons.self_checks`: :class:`Question`, ``questions_for(lesson_id)``
  and the pure grading used by the ``self_check`` widget.
- :mod:`commonground.lessons.transcripts`: short exchanges for lesson 01's
  "is this a 1:1?" sorter.

All texts are written for this project; every person and place in them is invented.
"""
