"""A volunteer's own log of the real 1:1s they hold (the "Log a 1:1 I held" form).

- :mod:`.contacts`: the contact's initials plus a salted hash; the salt stays in the
  learner's folder, the name is never saved.
- :mod:`.form`: the questions, in plain words, and turning answers into one log row.
- :mod:`.store`: the learner's log file (saved atomically), reminders of meetings whose
  event date has passed, recording whether they showed up, export.

The same pieces drive ``commonground log add`` and the widget in lesson 08.
"""
