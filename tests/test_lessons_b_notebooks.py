"""Lesson notebooks 04-07: built from content/lessons/ (tests/test_build.py), stripped, short code cells,
every taught element in the key points, sources cited, and the exact printed examples.

(nbval's NBVAL_CHECK_OUTPUT has nothing to compare against in a stripped notebook, so the
exact text those cells print is asserted here instead.)
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from commonground import curriculum
from commonground.lessons import examples_b
from commonground.planners.asks import describe_score, score_ask
from commonground.planners.campaign_pitch import describe_pitch
from commonground.planners.questions import describe_review, review_question
from commonground.roleplay import load_scenario

ROOT = Path(__file__).resolve().parents[1]
LESSONS = [
    "04_open_questions_and_listening",
    "05_common_ground_and_the_campaign",
    "06_the_ask",
    "07_responding",
]
TOOLS = {
    "04_open_questions_and_listening": ("open_question_workshop()", "listening_drill()"),
    "05_common_ground_and_the_campaign": ("common_ground_picker()", "campaign_explainer()"),
    "06_the_ask": ("ask_practice()",),
    "07_responding": ("responding_drills()",),
}


def _markdown(lesson_ids) -> str:
    return "\n".join(
        c.source
        for lesson_id in lesson_ids
        for c in nbformat.read(ROOT / "notebooks" / f"{lesson_id}.ipynb", 4).cells
        if c.cell_type == "markdown"
    )


@pytest.mark.parametrize("lesson_id", LESSONS)
def test_notebook_is_built_stripped_and_short(lesson_id):
    path = ROOT / "notebooks" / f"{lesson_id}.ipynb"
    nb = nbformat.read(path, as_version=4)
    assert nb.metadata.kernelspec.name == "python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.outputs == [] and c.execution_count is None for c in code)
    assert all(line.startswith(("from ", "import ")) for line in code[0].source.splitlines())
    for cell in code[1:]:
        lines = [x for x in cell.source.splitlines() if not x.startswith("# NBVAL")]
        assert len(lines) <= 3, cell.source
    sources = "\n".join(c.source for c in code)
    number = lesson_id[:2]
    for call in ("lesson_header", "key_points", "self_check", "lesson_footer"):
        assert f'{call}("{number}")' in sources
    for tool in TOOLS[lesson_id]:
        assert tool in sources


@pytest.mark.parametrize("lesson_id", LESSONS)
def test_key_points_cover_every_taught_element(lesson_id):
    from commonground.widgets.lesson import key_points_html

    shown = set(re.findall(r"data-element='([a-z_]+)'", key_points_html(lesson_id)))
    assert shown == set(curriculum.lesson(lesson_id).teaches)


def test_lesson_text_names_organizing_kinds_and_cites_sources():
    text = " ".join(_markdown(LESSONS).lower().split())
    for kind in (
        "tenants",
        "school board",
        "climate",
        "faith community",
        "union",
        "electoral canvass",
    ):
        assert kind in text
    for source in (
        "roghanizad & bohns",
        "nickerson & rogers",
        "milkman et al.",
        "han, 2016",
        "rule of thumb",
        "130 words a minute",
    ):
        assert source in text


def test_lesson_07_names_all_four_response_cases():
    text = _markdown(["07_responding"]).lower()
    for phrase in ("yes", "maybe", "because of the timing", "because of the activity"):
        assert phrase in text


def test_printed_examples_are_exact():
    assert describe_review(review_question("Do you like canvassing?")).splitlines() == [
        "“Do you like canvassing?” reads as a closed question.",
        "It can be answered with yes, no or one word, so the conversation stalls and starts "
        "to feel like an interview.",
        "Try instead: What do you like about canvassing?",
    ]
    pitch = describe_pitch(examples_b.example_pitch()).splitlines()
    assert pitch[0].startswith("We're backing two parents for the school board")
    assert pitch[2:] == [
        "56 words, about 26 seconds at 130 words a minute: under the 60-second limit "
        "(our advice, not the guide's)",
        "What, why and a link to them, in under a minute.",
    ]
    dana = load_scenario("night_shift_nurse")
    score = describe_score(score_ask(dana, "Would you help with some calls at some point?"))
    assert score.splitlines() == [
        "Ask: Would you help with some calls at some point?",
        "- Specific: 1 of 3. Add a day and time ('Tuesday at 5pm'); a place ('from the "
        "Fulton Street office', 'in your front room').",
        "- It connects to nothing you learned about them. Build it on something they told you.",
        "A sharper ask: Would you host a coffee for three or four nurses from your unit at "
        "your place, Wednesday at 3pm, so we can hear their schedule stories?",
    ]
