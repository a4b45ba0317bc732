"""App mode (Voila) in a real browser: lessons load with code hidden and save the learner's work."""

from __future__ import annotations

import json
import re

from playwright.sync_api import expect

PREP = "/voila/render/02_set_up_and_prepare.ipynb"


def test_prep_planner_saves_a_card_and_restores_after_reload(voila, page):
    page.goto(voila.url(PREP))
    save = page.get_by_role("button", name="Save plan and make prep card")
    expect(save).to_be_visible(timeout=60_000)
    # App mode hides the code: no input cells on the page.
    body = page.inner_text("body")
    assert not re.search(r"^\s*(from \w+ )?import \w", body, re.M), "code is showing"
    page.get_by_label("Who I am meeting:").fill("Rosa, my neighbour on the third floor")
    page.get_by_label("Date:").fill("Saturday 6 December")
    page.get_by_label("Time:").fill("10am")
    page.get_by_role("textbox", name="Place:").fill("the cafe on Elm Street")
    page.get_by_label("My questions (one per line):").fill(
        "What do you do for work?\nWhat do you love about this building?"
    )
    page.get_by_label("My ask (activity, day and time, place):").fill(
        "Will you knock on doors with me this Saturday at 10am from the lobby?"
    )
    save.click()
    expect(page.get_by_text("Saved to your journal").first).to_be_visible()
    card = page.frame_locator("iframe[title='Prep card preview']")
    expect(card.get_by_text("Rosa, my neighbour on the third floor").first).to_be_visible()
    journal = json.loads((voila.home / "journal.json").read_text())
    assert "Rosa" in json.dumps(journal)

    # Come back later: the plan is still there.
    page.reload()
    restored = page.get_by_label("Who I am meeting:")
    expect(restored).to_have_value("Rosa, my neighbour on the third floor", timeout=60_000)
    expect(page.get_by_label("Time:")).to_have_value("10am")
