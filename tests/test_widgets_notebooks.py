"""Lesson notebooks 01, 02, 03 and 08: built from content/lessons/ (tests/test_build.py), stripped,
short code cells, every taught method element shown, and the exact printed examples.

(nbval's NBVAL_CHECK_OUTPUT has nothing to compare against in a stripped notebook, so
the exact text those cells print is asserted here instead.)
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from commonground import curriculum
from commonground.lessons import examples
from commonground.planners import describe_plan_findings, describe_story
from commonground.planners.follow_up import compose_follow_up

ROOT = Path(__file__).resolve().parents[1]
LESSONS = [
    "01_what_and_why",
    "02_set_up_and_prepare",
    "03_opening_and_your_story",
    "08_closing_follow_up_reflection",
]


@pytest.mark.parametrize("lesson_id", LESSONS)
def test_notebook_is_built_stripped_and_short(lesson_id):
    path = ROOT / "notebooks" / f"{lesson_id}.ipynb"
    nb = nbformat.read(path, as_version=4)
    assert nb.metadata.kernelspec.name == "python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.outputs == [] and c.execution_count is None for c in code)
    assert code[0].source.startswith("from commonground")
    assert all(line.startswith(("from ", "import ")) for line in code[0].source.splitlines())
    for cell in code[1:]:
        lines = [x for x in cell.source.splitlines() if not x.startswith("# NBVAL")]
        assert len(lines) <= 3, cell.source
    number = lesson_id[:2]
    sources = "\n".join(c.source for c in code)
    for call in ("lesson_header", "key_points", "self_check", "lesson_footer"):
        assert f'{call}("{number}")' in sources


@pytest.mark.parametrize("lesson_id", LESSONS)
def test_key_points_cover_every_taught_element(lesson_id):
    from commonground.widgets.lesson import key_points_html

    shown = set(re.findall(r"data-element='([a-z_]+)'", key_points_html(lesson_id)))
    assert shown == set(curriculum.lesson(lesson_id).teaches)


def test_lesson_text_names_organizing_kinds_and_cites_sources():
    text = "\n".join(
        c.source
        for lesson_id in LESSONS
        for c in nbformat.read(ROOT / "notebooks" / f"{lesson_id}.ipynb", 4).cells
        if c.cell_type == "markdown"
    ).lower()
    for kind in ("tenants", "school board", "climate", "faith community", "union"):
        assert kind in text
    for source in (
        "roghanizad & bohns",
        "nickerson & rogers",
        "milkman et al.",
        "rule of thumb",
        "han, 2016",
    ):
        assert source in text


def test_printed_examples_are_exact():
    assert describe_plan_findings(examples.vague_plan()).splitlines() == [
        "- Agree a date, a time and a place (missing): Agree the time.",
        "- Say how long it will take (worth a look): 60 minutes is longer than the usual 20-45. "
        "Our advice: 20-45 is long enough to go past small talk, short enough to respect their "
        "time.",
        "- What you hope to find out (could be stronger): Say a little more about what you hope to find out "
        "about them.",
        "- The questions you will ask (could be stronger): None of your questions is open-ended yet: add some that "
        "start with what, how, why or tell me about.",
        "- A clear, specific ask ready (could be stronger): Your ask does not name the activity, the day and "
        "time or the place yet.",
        "- Alternatives ready (missing): Prepare at least one alternative: another date, "
        "or another kind of task.",
    ]
    story = describe_story(examples.example_story()).splitlines()
    assert story[0].startswith("Two summers ago the creek")
    assert story[2:] == [
        "93 words, about 43 seconds at 130 words a minute",
        "- Share your story (could be stronger): Our advice: say how it felt (scared, angry, proud...): a "
        "feeling is what the other person connects with.",
        '- Share your story (could be stronger): Our advice: end by turning to them ("What about you? What '
        'brought you to this?"): sharing first is meant to invite them to share back.',
        "- Share your story (worth a look): About 43 seconds: a little short (our advice: a minute or "
        "two). The points above would "
        "fill it out.",
    ]
    message = compose_follow_up(examples.example_commitment()).splitlines()
    assert message[0] == "Hi Grace,"
    assert "When: Saturday 13 December, 11am to 1pm" in message
    assert "Where: St Brendan's parish hall, side door" in message
