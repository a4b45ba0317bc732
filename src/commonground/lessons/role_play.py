"""Lesson 09 text that is computed, not written: the steps a play is scored on, and how
the line reader hears a few sample lines (so the lesson always shows what the code does).

Examples
--------
>>> for line in meeting_steps_text().splitlines()[:2]:
...     print(line)
Throughout the meeting: Listen and notice connections
1. Open with factual questions
"""

from __future__ import annotations

from commonground import method

#: Lines a learner might type in the role-play, from a question of fact to a vague ask.
EXAMPLE_LINES = (
    "How long have you lived on Elm Street?",
    "Do you still use the library?",
    "What does the library mean to you?",
    "You should write to your councillor.",
    "Would you lead the reading table at our homework club at the Eastside library on "
    "Tuesday 4 March at 3:30?",
    "Would you like to help out sometime?",
)


def meeting_steps_text() -> str:
    """What a debrief scores: the skill used throughout the meeting (listening), then the
    meeting's steps, numbered in order."""
    m = method.load()
    lines = [f"Throughout the meeting: {e.title}" for e in m.throughout()]
    lines += [f"{n}. {step.title}" for n, step in enumerate(m.meeting_steps(), 1)]
    return "\n".join(lines)


def describe_readings(lines=EXAMPLE_LINES) -> str:
    """One row per line: the kind the reader gives it, the ask parts it names, the line.

    Parameters
    ----------
    lines
        The lines to read; :data:`EXAMPLE_LINES` by default.
    """
    from commonground.reader import read_line

    rows = [f"{'read as':17} {'ask names':22} line", f"{'-' * 17} {'-' * 22} {'-' * 4}"]
    for line in lines:
        reading = read_line(line)
        parts = ", ".join(reading.specific_parts) or "-"
        rows.append(f"{reading.kind.replace('_', ' '):17} {parts:22} {line}")
    return "\n".join(rows)
