"""Issue 12 in the lesson widgets, headless: the question workshop (04) and the
typed-reply drill (07) use the reader's new kind and signals."""

from __future__ import annotations

import pytest

from commonground import storage
from commonground.planners import questions
from commonground.questions import judging
from commonground.reader import KINDS
from commonground.reader.verdict import KIND_DESCRIPTIONS


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv(storage.HOME_ENV, str(tmp_path / "home"))
    return tmp_path / "home"


def test_every_kind_has_a_name_wherever_kinds_are_shown():
    for table in (
        judging.KIND_NAMES,
        judging.KIND_ADVICE,
        questions.KIND_NAMES,
        KIND_DESCRIPTIONS,
    ):
        assert set(KINDS) <= set(table), set(KINDS) - set(table)
    assert "close" in questions.WHY


def test_question_workshop_keeps_an_on_the_spot_question_off_the_list():
    from commonground.widgets import open_question_workshop

    qw = open_question_workshop()
    qw.question.value = "Why didn't you come to the last meeting?"
    qw.check_button.click()
    assert "on the spot" in qw.feedback.value
    qw.add_button.click()
    assert qw.questions == [] and "Not added" in qw.status.value
    qw.question.value = "What makes the meetings hard to get to?"
    qw.add_button.click()
    assert qw.questions == ["What makes the meetings hard to get to?"]


def test_question_workshop_does_not_open_up_a_probe():
    from commonground.widgets import open_question_workshop

    qw = open_question_workshop()
    qw.question.value = "Is it the date, or the activity?"
    qw.check_button.click()
    assert "open question" in qw.feedback.value
    assert "Try instead" not in qw.feedback.value and qw.use_rewrite_button.disabled


def test_question_workshop_names_a_close():
    review = questions.review_question("Thanks so much, I'll call you Thursday.")
    assert review.kind == "close" and not review.good
    assert "end" in review.why


def test_typed_push_in_the_response_drill_widget_is_marked_harmful():
    from commonground.widgets import responding_drills

    rd = responding_drills(seed=0)
    while rd.drill.case == "yes" or rd.drill.stage != "answer":
        rd.next_button.disabled = False
        rd.next_button.click()
    rd.typed.value = "Couldn't you just make it this once? It would really help us."
    rd.check_typed_button.click()
    assert "Harmful: that pushes" in rd.feedback.value
    assert rd.score.value == "Score: 0 of 1 so far"
