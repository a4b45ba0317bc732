"""Which exercise notebook uses which questions, and how a notebook's checks went.

:data:`NOTEBOOKS` maps each exercise notebook's name (``content/exercises/<name>.md``) to
the module holding its questions, as listed in the course table (``content/course.yaml``,
read by :mod:`commonground.course`). :func:`summary` shows one line per question with
its last result; :func:`assert_all_correct` is the last cell of every solution notebook.
"""

from __future__ import annotations

import html
import importlib
from dataclasses import dataclass

from commonground import course
from commonground.exercises.kit import LABELS, Shown

#: exercise notebook name -> question module (in :mod:`commonground.exercises`).
NOTEBOOKS: dict[str, str] = {
    str(item["name"]): str(item.get("questions", "")) for item in course.load().exercises
}


def questions_of(module: str) -> tuple:
    """The questions of one module (``"lesson06"``), in notebook order."""
    return tuple(importlib.import_module(f"commonground.exercises.{module}").QUESTIONS)


def all_questions() -> list:
    """Every question of every exercise notebook, in catalog order."""
    return [q for module in NOTEBOOKS.values() for q in questions_of(module)]


def _resolve(questions) -> tuple:
    return questions_of(questions) if isinstance(questions, str) else tuple(questions)


@dataclass(eq=False)
class Summary(Shown):
    """One row per question: id, title and the status of its last check."""

    rows: tuple[tuple[str, str, str], ...]

    @property
    def counts(self) -> dict[str, int]:
        """How many questions are in each status (``not_attempted`` when never checked)."""
        out = {"correct": 0, "incorrect": 0, "not_attempted": 0}
        for _id, _title, status in self.rows:
            out[status] += 1
        return out

    def __str__(self) -> str:
        c = self.counts
        lines = [f"{c['correct']} of {len(self.rows)} correct"]
        lines += [f"  {qid:<10} {LABELS[status]:<14} {title}" for qid, title, status in self.rows]
        return "\n".join(lines)

    def html(self) -> str:
        """The summary as an HTML table."""
        cells = "".join(
            f"<tr><td>{html.escape(q)}</td><td>{html.escape(t)}</td><td>{LABELS[s]}</td></tr>"
            for q, t, s in self.rows
        )
        c = self.counts
        table = (
            f"<p><b>{c['correct']} of {len(self.rows)} correct</b></p><table>"
            f"<tr><th>Question</th><th>Title</th><th>Status</th></tr>{cells}</table>"
        )
        return table

    def bundle(self) -> dict:
        return {"text/plain": str(self), "text/html": self.html()}


def summary(questions) -> Summary:
    """Where a notebook stands: the last check of each question.

    Parameters
    ----------
    questions
        A module name (``"lesson06"``) or a sequence of questions.
    """
    rows = tuple(
        (q.id, q.title, q.last_result.status if q.last_result else "not_attempted")
        for q in _resolve(questions)
    )
    return Summary(rows)


def assert_all_correct(questions) -> Summary:
    """Raise ``AssertionError`` naming every question whose last check did not pass."""
    found = summary(questions)
    failed = [f"{q} ({status})" for q, _title, status in found.rows if status != "correct"]
    assert not failed, "not correct: " + ", ".join(failed)
    return found


def reset(questions) -> None:
    """Forget the last results and hints of these questions (tests use it)."""
    for q in _resolve(questions):
        q.reset()
