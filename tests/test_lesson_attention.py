"""Volunteer lessons respect attention, and say whose advice they give.

Read from the built lesson notebooks (what a learner opens), for lessons 01-08:

* at most one screen of reading (:data:`SCREEN_WORDS` words of markdown) before the first
  thing to do, and no longer stretch of reading between two things to do after it;
* one key-points block and one self-check per lesson, with no markdown heading repeating
  the heading the widget already shows ("Check yourself", "Key points");
* no lesson (of any path) calls the course's additions "the method's key points", and
  wherever a lesson states one of them the same paragraph says it is our advice;
* listening is taught as a skill for the whole meeting, not as a step between two others.

"A thing to do" is a code cell that shows something the learner works with: not the
imports, the header, the footer, the key points or a printed example.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from commonground import curriculum

ROOT = Path(__file__).resolve().parents[1]
#: About one screen of reading.
SCREEN_WORDS = 250
VOLUNTEER = [lesson for lesson in curriculum.LESSONS if "01" <= lesson.id[:2] <= "08"]
_NOT_A_TASK = re.compile(
    r"^\s*(from|import)\s|lesson_header\(|lesson_footer\(|key_points\(|^\s*print\("
)
#: The course's own advice as lessons state it, by a phrase that says it.
OURS = ("minute or two", "under a minute", "couple of days", "30%", "who to contact")
#: Words that mark a paragraph as the course's advice rather than the guide's.
_MARKED_OURS = re.compile(r"our advice|our own|not the guide|ours\b|the course adds", re.I)


def _cells(lesson: curriculum.Lesson):
    return nbformat.read(ROOT / lesson.notebook, as_version=4).cells


def _is_task(source: str) -> bool:
    lines = [x for x in source.splitlines() if x.strip() and not x.strip().startswith("#")]
    return bool(lines) and not all(_NOT_A_TASK.search(x) for x in lines)


def _words(markdown: str) -> int:
    return len(re.findall(r"[A-Za-z0-9][\w'%:-]*", markdown))


def reading_stretches(cells) -> list[int]:
    """Words of markdown before the first thing to do, then between each two."""
    stretches = [0]
    for cell in cells:
        if cell.cell_type == "markdown":
            stretches[-1] += _words(cell.source)
        elif cell.cell_type == "code" and _is_task(cell.source):
            stretches.append(0)
    return stretches


def _markdown(lesson) -> str:
    return "\n\n".join(c.source for c in _cells(lesson) if c.cell_type == "markdown")


def _calls(lesson, name: str) -> int:
    code = [c.source for c in _cells(lesson) if c.cell_type == "code"]
    return sum(len(re.findall(rf"\b{name}\(", source)) for source in code)


def test_the_counter_sees_tasks_and_reading():
    cells = [
        nbformat.v4.new_code_cell("from commonground.widgets import key_points"),
        nbformat.v4.new_code_cell('lesson_header("01")'),
        nbformat.v4.new_markdown_cell("## A heading\n\nTwo words, and 30% more."),
        nbformat.v4.new_code_cell('# NBVAL_CHECK_OUTPUT\nprint(describe("x"))'),
        nbformat.v4.new_markdown_cell("Then this."),
        nbformat.v4.new_code_cell('key_points("01")'),
        nbformat.v4.new_code_cell("story_builder()"),
        nbformat.v4.new_markdown_cell("After."),
    ]
    assert reading_stretches(cells) == [9, 1]


@pytest.mark.parametrize("lesson", VOLUNTEER, ids=lambda x: x.id[:2])
def test_one_screen_of_reading_before_the_first_thing_to_do(lesson):
    stretches = reading_stretches(_cells(lesson))
    assert len(stretches) >= 2, "the lesson has nothing to do"
    assert stretches[0] <= SCREEN_WORDS, f"{stretches[0]} words before the first thing to do"
    assert max(stretches) <= SCREEN_WORDS, f"a stretch of {max(stretches)} words: {stretches}"


@pytest.mark.parametrize("lesson", curriculum.LESSONS, ids=lambda x: x.id[:2])
def test_never_two_key_points_blocks_or_self_checks(lesson):
    assert _calls(lesson, "key_points") <= 1
    assert _calls(lesson, "self_check") <= 1
    headings = re.findall(r"^#+\s*(.+)$", _markdown(lesson), re.M)
    assert not {h.strip().lower() for h in headings} & {"check yourself", "key points"}


@pytest.mark.parametrize("lesson", VOLUNTEER, ids=lambda x: x.id[:2])
def test_one_key_points_block_and_one_self_check(lesson):
    assert _calls(lesson, "key_points") == 1
    assert _calls(lesson, "self_check") == 1
    headings = re.findall(r"^#+\s*(.+)$", _markdown(lesson), re.M)
    for heading in headings:
        # The widgets show these headings themselves; a second one reads as a repeat.
        assert heading.strip().lower() not in ("check yourself", "key points"), heading


@pytest.mark.parametrize("lesson", curriculum.LESSONS, ids=lambda x: x.id[:2])
def test_our_advice_is_never_called_the_methods_key_points(lesson):
    text = " ".join(_markdown(lesson).split()).lower()
    assert "method's key points" not in text and "key points from the method" not in text


@pytest.mark.parametrize("lesson", curriculum.LESSONS, ids=lambda x: x.id[:2])
def test_the_course_additions_are_marked_as_our_advice(lesson):
    for paragraph in re.split(r"\n\s*\n", _markdown(lesson)):
        flat = " ".join(paragraph.split())
        for phrase in OURS:
            if phrase in flat.lower():
                assert _MARKED_OURS.search(flat), f"{phrase!r} stated as if the guide's: {flat}"


def test_listening_is_taught_as_running_through_the_meeting():
    for number in ("04", "05"):
        text = " ".join(_markdown(curriculum.lesson(number)).split()).lower()
        assert re.search(r"listen\w*[^.]*(throughout|whole meeting|all the way through)", text), (
            number
        )
