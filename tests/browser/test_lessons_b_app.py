"""Lessons 06 and 07 in app mode (Voila), in a real browser: code hidden, tools driven by
the keyboard, long replies wrap. (tests/browser/test_accessibility.py runs axe over every
lesson page, 04-07 included.)"""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.slow  # a Voila server and a browser: tens of seconds


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


def test_ask_builder_by_keyboard_scores_and_saves(voila, page):
    render(voila, page, "06_the_ask")
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


def test_response_drill_replies_wrap_and_are_picked_by_keyboard(voila, page):
    page.set_viewport_size({"width": 760, "height": 900})  # narrow: long replies must wrap
    render(voila, page, "07_responding")
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
