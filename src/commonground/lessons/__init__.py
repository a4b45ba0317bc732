"""Lesson content kept as data: goals, self-check questions and short transcripts.

- :mod:`commonground.lessons.goals`: ``goals(lesson_id)``, shown by ``lesson_header``.
- :mod:`commonground.lessons.self_checks`: :class:`Question`, ``questions_for(lesson_id)``
  and the pure grading used by the ``self_check`` widget.
- :mod:`commonground.lessons.transcripts`: short exchanges for lesson 01's
  "is this a 1:1?" sorter.

All texts are written for this project; every person and place in them is invented.
"""
