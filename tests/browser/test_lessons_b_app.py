"""Lessons 04-07 in app mode (Voila), in a real browser: code hidden, tools driven by the
keyboard, long replies wrap, and every control passes axe's label rules (checked on
each of the four lessons)."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.slow  # a Voila server and a browser: tens of seconds

LESSONS = [
    "04_open_questions_and_listening",
    "05_common_ground_and_the_campaign",
    "06_the_ask",
    "07_responding",
]


def render(voila, page, lesson_id: str) -> None:
    page.goto(voila.url(f"/voila/render/{lesson_id}.ipynb"))
    expect(page.get_by_role("button", name=re.compile("Check my answers"))).to_be_visible(
        timeout=90_000
    )


def press(page, name: str) -> None:
    """Activate a button from the keyboard (focus, then Enter)."""
    button = page.get_by_role("button", name=re.compile(re.escape(name))).first
    button.focus()
    page.keyboard.press("Enter")


def assert_axe_labels(page, axe_source) -> None:
    """Every control on the page has an accessible name (axe's form-label rules)."""
    page.add_script_tag(content=axe_source)
    rules = ["label", "button-name", "select-name", "link-name"]
    result = page.evaluate(
        "async (rules) => await axe.run(document, {runOnly: {type: 'rule', values: rules}})",
        rules,
    )
    problems = [(v["id"], [n["html"][:120] for n in v["nodes"]]) for v in result["violations"]]
    assert problems == []
    checked = {p["id"]: len(p["nodes"]) for p in result["passes"]}
    assert checked.get("label", 0) >= 3 and checked.get("button-name", 0) >= 2  # axe really ran


def test_ask_builder_by_keyboard_scores_and_saves(voila, page, axe_source):
    render(voila, page, "06_the_ask")
    assert_axe_labels(page, axe_source)
    assert "ask_practice()" not in page.inner_text("body"), "code is showing"
    page.get_by_label("Who are you asking?").select_option(label="Dana, the night-shift nurse")
    expect(page.get_by_text("Thursday to Sunday nights").first).to_be_visible()
    ask = page.get_by_label("Your ask:")
    ask.fill("Could you come canvassing with us Saturday at 10am from the office on Fulton Street?")
    press(page, "Check my ask")
    expect(page.get_by_text("Runs into the timing", exact=False)).to_be_visible()
    expect(page.get_by_text("A sharper ask:", exact=True)).to_be_visible()
    ask.fill("Could you canvass with us this Tuesday at 5pm from the office on Fulton Street?")
    press(page, "Save my ask")
    expect(page.get_by_text("that is the method's ask", exact=False)).to_be_visible()
    expect(page.get_by_text("Saved to your journal.")).to_be_visible()
    saved = json.loads((voila.home / "journal.json").read_text())
    assert saved["entries"][-1]["kind"] == "ask_draft"
    assert saved["entries"][-1]["data"]["ready"] is True


def test_response_drill_replies_wrap_and_are_picked_by_keyboard(voila, page, axe_source):
    page.set_viewport_size({"width": 760, "height": 900})  # narrow: long replies must wrap
    render(voila, page, "07_responding")
    assert_axe_labels(page, axe_source)
    replies = page.locator(".cg-wrap .widget-radio-box label")
    expect(replies.first).to_be_visible()
    for handle in replies.element_handles():
        size = handle.evaluate("l => ({sh: l.scrollHeight, ch: l.clientHeight})")
        assert size["sh"] <= size["ch"] + 1, f"reply overflows: {handle.inner_text()!r}"
    replies.first.locator("input").focus()
    page.keyboard.press("Space")
    press(page, "Check my reply")
    expect(page.get_by_text(re.compile(r"This answer was: (Yes|Maybe|No)"))).to_be_visible()
    expect(page.get_by_text("Score: ", exact=False)).to_be_visible()


@pytest.mark.parametrize("lesson_id", LESSONS[:2])
def test_lesson_widgets_pass_axe_form_label_rules(voila, page, axe_source, lesson_id):
    render(voila, page, lesson_id)
    assert_axe_labels(page, axe_source)
