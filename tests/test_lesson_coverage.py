"""Every element of the method, and every meeting purpose, is taught by some lesson.

The rule, for each element of ``commonground.method.load().elements``:

1. at least one lesson lists the element id in ``curriculum.LESSONS[*].teaches``;
2. that lesson's notebook exists; and
3. its **markdown** (the narrative the learner reads, not the code cells or the widgets'
   output) mentions the element: at least half (rounded up) of the content words of the
   element's title appear in it. Words are compared as the reader's rough lemmas, and a
   word also counts when one is the start of the other ("confirm" meets "confirmation",
   "listen" meets "listening"), since lessons are written in their own words and do not
   copy the method's titles. Small function words ("a", "the", "if", ...) are ignored.

A lesson that merely lists an element in ``teaches`` (which makes ``key_points`` show the
method's text for it) is not enough on its own: the lesson has to talk about it.

Each meeting purpose (``method.load().purposes``) is taught where ``explain_purpose`` is:
that notebook names it by the same rule, or calls the prep planner, whose "Why we meet"
menu offers every purpose by its title.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from commonground import curriculum, method
from commonground.reader.text import lemmas

ROOT = Path(__file__).resolve().parents[1]
FUNCTION_WORDS = {
    "a", "an", "and", "the", "to", "of", "if", "it", "is", "on", "for", "what", "you",
    "your", "them", "they", "with", "out", "how", "long", "will", "take", "say", "make",
    "find", "whether", "each", "other", "that", "ready", "do", "be", "or", "not", "so",
}  # fmt: skip
_MARKDOWN: dict[str, set[str]] = {}


def markdown_lemmas(lesson: curriculum.Lesson) -> set[str]:
    """The lemmas of every word in a lesson notebook's markdown cells (empty if missing)."""
    if lesson.id not in _MARKDOWN:
        path = ROOT / lesson.notebook
        text = ""
        if path.exists():
            nb = nbformat.read(path, as_version=4)
            text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
        _MARKDOWN[lesson.id] = set(lemmas(text))
    return _MARKDOWN[lesson.id]


def title_words(title: str) -> set[str]:
    """The content words of a title, as lemmas."""
    return {w for w in lemmas(title) if w not in FUNCTION_WORDS and not w.isdigit()}


def _used(word: str, vocabulary: set[str]) -> bool:
    if word in vocabulary:
        return True
    return len(word) >= 4 and any(
        len(v) >= 4 and (v.startswith(word) or word.startswith(v)) for v in vocabulary
    )


def missing_words(lesson: curriculum.Lesson, title: str) -> set[str]:
    """Content words of ``title`` that the lesson's markdown never uses."""
    vocabulary = markdown_lemmas(lesson)
    return {w for w in title_words(title) if not _used(w, vocabulary)}


def mentions(lesson: curriculum.Lesson, title: str) -> bool:
    """True when the lesson's markdown uses at least half the title's content words."""
    words = title_words(title)
    return len(words - missing_words(lesson, title)) * 2 >= len(words)


def notebook_code(lesson: curriculum.Lesson) -> str:
    """The code cells of a lesson's notebook, joined."""
    nb = nbformat.read(ROOT / lesson.notebook, as_version=4)
    return "\n".join(c.source for c in nb.cells if c.cell_type == "code")


def teaching_lessons(element_id: str) -> list[curriculum.Lesson]:
    return [item for item in curriculum.LESSONS if element_id in item.teaches]


ELEMENTS = method.load().elements


@pytest.mark.parametrize("element", ELEMENTS, ids=[e.id for e in ELEMENTS])
def test_every_element_is_taught_and_talked_about(element):
    lessons = teaching_lessons(element.id)
    assert lessons, f"{element.id} is in no lesson's `teaches`"
    assert title_words(element.title), element.title
    problems = {}
    for item in lessons:
        if not (ROOT / item.notebook).exists():
            problems[item.id] = "notebook missing"
            continue
        if mentions(item, element.title):
            return
        problems[item.id] = f"never says {sorted(missing_words(item, element.title))}"
    pytest.fail(f"{element.id} ({element.title!r}) is taught nowhere: {problems}")


@pytest.mark.parametrize("purpose", method.load().purposes, ids=lambda p: p.id)
def test_every_purpose_is_named_where_purposes_are_taught(purpose):
    from commonground.widgets import prep_planner

    lessons = teaching_lessons("explain_purpose")
    assert lessons
    menu = {title: value for title, value in prep_planner().fields["purpose"].options}
    for item in lessons:
        if mentions(item, purpose.title):
            return
        if "prep_planner()" in notebook_code(item) and menu.get(purpose.title) == purpose.id:
            return
    pytest.fail(f"{purpose.id} ({purpose.title!r}) is named by no lesson that teaches purposes")


def test_rule_catches_a_lesson_that_never_mentions_an_element():
    lesson = curriculum.lesson("07")
    assert missing_words(lesson, "If maybe, find out what it means and adjust") == set()
    assert mentions(lesson, "If maybe, find out what it means and adjust")
    assert not mentions(lesson, "Telescope calibration")
    assert not mentions(lesson, "Calibrate the telescope lens")


def test_coverage_map_is_complete():
    coverage = {e.id: [item.id for item in teaching_lessons(e.id)] for e in ELEMENTS}
    assert all(coverage.values()), [k for k, v in coverage.items() if not v]
    taught = {eid for item in curriculum.LESSONS for eid in item.teaches}
    assert taught <= {e.id for e in ELEMENTS}, "a lesson teaches an element that does not exist"
