"""Lesson 09 player in app mode (Voila), real browser, keyboard only: long choices wrap,
a typed line is read, the play is saved each turn, resumes after a reload, and ends in
the debrief."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.slow

LESSON = "/voila/render/09_role_play.ipynb"
NEXT_TURN_OR_DEBRIEF = (
    "() => document.querySelector('button.cg-choice') !== null"
    " || /Debrief: \\d+ out of 100/.test(document.body.innerText)"
)


def button(page, label: str):
    """A button by its label (an icon adds a glyph before the accessible name)."""
    return page.get_by_role("button", name=re.compile(rf"(?:^|\W){re.escape(label)}$"))


def press(locator) -> None:
    """Activate a control from the keyboard (focus, then Enter), never the mouse."""
    locator.focus()
    locator.page.keyboard.press("Enter")


def uncut_choices(page) -> int:
    """Assert no choice button cuts its text off; return how many wrap onto several lines."""
    wrapped = 0
    for handle in page.locator("button.cg-choice").element_handles():
        size = handle.evaluate(
            "b => ({sw: b.scrollWidth, cw: b.clientWidth, sh: b.scrollHeight, ch: b.clientHeight,"
            " line: parseFloat(getComputedStyle(b).lineHeight)})"
        )
        assert size["sw"] <= size["cw"] + 1 and size["sh"] <= size["ch"] + 1, (
            f"choice cut off: {handle.inner_text()!r}"
        )
        wrapped += size["ch"] > 1.8 * size["line"]
    return wrapped


def serious_axe_violations(page, axe_source: str) -> list[str]:
    """axe-core's serious and critical findings on the page (landmark rules aside)."""
    page.add_script_tag(content=axe_source)
    found = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".map(v => ({id: v.id, impact: v.impact, where: v.nodes.map(n => n.html.slice(0, 80))}))"
    )
    return [f"{v['id']}: {v['where'][:2]}" for v in found if v["impact"] in ("serious", "critical")]


def test_role_play_by_keyboard_wraps_saves_resumes_and_debriefs(voila, page, axe_source):
    page.set_viewport_size({"width": 760, "height": 900})  # a narrow window: lines must wrap
    page.goto(voila.url(LESSON))
    start = button(page, "Start")
    expect(start).to_be_visible(timeout=90_000)
    press(start)
    choices = page.locator("button.cg-choice")
    expect(choices.first).to_be_visible()

    # Own words, said from the keyboard; the reading is shown.
    page.get_by_label("Your own words").fill("What did you do for work before you retired?")
    press(button(page, "Say it"))
    expect(page.get_by_text("How your line was read")).to_be_visible()
    expect(page.get_by_text("Read as:")).to_be_visible()
    assert serious_axe_violations(page, axe_source) == []
    saved = voila.home / "roleplay" / "current.json"
    for _ in range(100):  # the kernel writes it just after the page updates
        if saved.exists():
            break
        page.wait_for_timeout(100)
    assert json.loads(saved.read_text())["state"]["transcript"][1][1].startswith("What did you")

    # Come back later: reload, resume, the conversation is still there.
    page.reload()
    resume = button(page, "Resume my last play")
    expect(resume).to_be_visible(timeout=90_000)
    press(resume)
    expect(page.get_by_text(re.compile("Resumed your play"))).to_be_visible()
    expect(page.get_by_text("What did you do for work before you retired?").first).to_be_visible()

    # Play on with the first listed line each turn until the debrief; long lines wrap.
    wrapped = 0
    for _ in range(30):
        if page.get_by_text(re.compile(r"Debrief: \d+ out of 100")).count():
            break
        wrapped += uncut_choices(page)
        old = choices.first.element_handle()
        press(choices.first)
        old.wait_for_element_state("hidden")  # the next turn's buttons replace it
        page.wait_for_function(NEXT_TURN_OR_DEBRIEF)
    expect(page.get_by_text(re.compile(r"Debrief: \d+ out of 100"))).to_be_visible()
    assert wrapped, "no long choice was seen wrapping"
    assert serious_axe_violations(page, axe_source) == []
    page.get_by_label("Your reflection").fill("Ask about the parent evenings next time.")
    press(button(page, "Save reflection"))
    expect(page.get_by_text("Saved to your journal.", exact=True)).to_be_visible()
    journal = json.loads((voila.home / "journal.json").read_text())
    kinds = [e["kind"] for e in journal["entries"]]
    assert "roleplay" in kinds and "roleplay_reflection" in kinds
    assert not saved.exists()
