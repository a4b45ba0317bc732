"""The exercise widget, driven headless: set ``.value``, press ``.click()``, read feedback."""

from __future__ import annotations

import ipywidgets as w
import pytest

from commonground.exercises import catalog, lesson02, lesson03, lesson06, lesson07


@pytest.fixture(autouse=True)
def _fresh():
    for module in ("lesson02", "lesson03", "lesson06", "lesson07"):
        catalog.reset(module)


def test_text_question_check_hint_solution():
    q = lesson06.q1
    view = q.widget()
    view.check_button.click()
    assert "Not attempted" in view.feedback.value
    view.inputs[0].value = "Can you help out sometime?"
    view.check_button.click()
    assert "Not yet" in view.feedback.value and q.last_result.status == "incorrect"
    view.inputs[0].value = "Would you canvass with me this Saturday at 10am from the library?"
    view.check_button.click()
    assert "Correct" in view.feedback.value and q.last_result.correct
    view.hint_button.click()
    assert "Hint 1 of 2" in view.feedback.value
    view.hint_button.click()
    assert "Hint 2 of 2" in view.feedback.value
    view.solution_button.click()
    assert "model answer" in view.feedback.value


def test_choice_question_by_radio_buttons():
    q = lesson07.q1
    view = q.widget()
    radio = view.inputs[0]
    assert isinstance(radio, w.RadioButtons) and radio.value is None
    wrong = next(o for o in q.options if not o.right)
    view.choose(wrong.text).check_button.click()
    assert q.last_result.status == "incorrect"
    # A miss says why, then names the right answer and why it is right.
    assert wrong.feedback in view.feedback.value
    assert q.right.text in view.feedback.value and q.right.feedback in view.feedback.value
    radio.value = next(label for label in radio.options if label.endswith(q.right.text))
    view.check_button.click()
    assert q.last_result.correct
    assert radio.description == "Your choice:"


def test_labels_question_by_dropdowns():
    q = lesson07.q3
    view = q.widget()
    assert len(view.inputs) == len(q.items)
    for dropdown, label in zip(
        view.inputs, ["timing", "activity", "timing", "activity"], strict=True
    ):
        dropdown.value = label
    view.check_button.click()
    assert q.last_result.correct
    view.inputs[0].value = "activity"
    view.check_button.click()
    assert q.last_result.status == "incorrect" and "line(s) 1" in view.feedback.value


def test_form_question_by_one_box_per_field():
    q = lesson02.q5
    view = q.widget()
    values = {
        "hope_to_find_out": "what he cares about most and what he enjoys doing",
        "questions": "How long have you lived in the building?\nWhat has changed here?\n"
        "What would you most like to see fixed?",
        "ask": "Would you help run a tenant meeting in the community room next Tuesday at 7pm?",
        "alternatives": "Would you knock on doors on your floor on Saturday at 11am?",
    }
    for field, box in zip(q.fields, view.inputs, strict=True):
        box.value = values[field.name]
    view.check_button.click()
    assert q.last_result.correct, q.last_result
    view.inputs[2].value = "Would you help sometime?"
    view.check_button.click()
    assert q.last_result.status == "incorrect"


def test_story_form_and_lines_question():
    view = lesson03.q3.widget()
    assert [box.description for box in view.inputs] == [f.label + ":" for f in lesson03.q3.fields]
    lines = lesson02.q4.widget()
    lines.inputs[0].value = "Where do you work?\nWhat do you love here?\nHow did you start?"
    lines.check_button.click()
    assert lesson02.q4.last_result.correct


@pytest.mark.parametrize("q", catalog.all_questions(), ids=lambda q: q.id)
def test_every_control_is_labelled(q):
    view = q.widget()
    for control in view.inputs:
        assert control.description.strip(), f"{q.id}: unlabelled control"
    for button in (view.check_button, view.hint_button, view.solution_button):
        assert button.description and button.tooltip


def test_summary_view_follows_checks():
    from commonground.exercises import summary_view

    view = summary_view("lesson06")
    assert "0 of 5 correct" in view.table.value
    box = lesson06.q1.widget()
    box.inputs[0].value = "Would you canvass with me this Saturday at 10am from the library?"
    box.check_button.click()  # a Check in a box refreshes the summary by itself
    assert "1 of 5 correct" in view.table.value
    lesson06.q3.evaluate("The place")  # evaluate() records nothing
    lesson06.q3.check("The place")  # a check from code: shown after Refresh
    assert "1 of 5 correct" in view.table.value
    view.refresh_button.click()
    assert "2 of 5 correct" in view.table.value
    assert view.refresh_button.description and view.refresh_button.tooltip
