"""Role-play in app mode (Voila): played to its debrief by mouse, by typed lines, and by keys."""

from __future__ import annotations

import re

from playwright.sync_api import expect

ROLEPLAY = "/voila/render/09_role_play.ipynb"
START = re.compile(r"^\W*Start$")
CHOICE = "button[title^='Say: ']"
MAX_TURNS = 60


def _open(voila, page):
    page.goto(voila.url(ROLEPLAY))
    start = page.get_by_role("button", name=START)
    expect(start).to_be_visible(timeout=90_000)
    return start


def _debrief(page):
    return page.get_by_role("heading", name=re.compile(r"^Debrief: \d+ out of 100"))


def _next_turn_or_debrief(page) -> bool:
    """Wait until a choice or the debrief is on screen; True when it is the debrief."""
    page.locator(f"{CHOICE}, h3:has-text('Debrief:')").first.wait_for(timeout=30_000)
    return _debrief(page).is_visible()


def _after_turn(page, act) -> None:
    """Do ``act`` and wait until the turn is played: the old choice buttons are replaced."""
    old = page.locator(CHOICE).first.element_handle()
    act()
    page.wait_for_function("el => !el.isConnected", arg=old, timeout=30_000)


def _play_by_clicks(page, typed: list[str] = ()):
    typed = list(typed)
    for _ in range(MAX_TURNS):
        if _next_turn_or_debrief(page):
            return
        choice = page.locator(CHOICE).first
        if typed:
            page.get_by_label("Your own words").fill(typed.pop(0))
            say = page.get_by_role("button", name=re.compile(r"^\W*Say it$"))
            _after_turn(page, say.click)
            # The typed line shows up in the transcript together with how it was read.
            expect(page.get_by_role("heading", name="How your line was read")).to_be_visible()
            expect(page.get_by_text("Read as:").first).to_be_visible()
            continue
        _after_turn(page, choice.click)
    raise AssertionError("no debrief after the maximum number of turns")


def test_play_to_debrief_with_clicks(voila, page):
    _open(voila, page).click()
    _play_by_clicks(page)
    expect(_debrief(page)).to_be_visible()
    expect(page.get_by_label("Your reflection")).to_be_visible()


def test_play_with_typed_lines(voila, page):
    _open(voila, page).click()
    _play_by_clicks(
        page,
        typed=[
            "What kind of work did you do before you retired?",
            "What gets you most excited about the neighbourhood these days?",
        ],
    )
    expect(_debrief(page)).to_be_visible()


def _focused_title(page) -> str:
    return page.evaluate("() => (document.activeElement && document.activeElement.title) || ''")


def _tab_to(page, predicate, limit=80) -> bool:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if predicate(_focused_title(page)):
            return True
    return False


def test_keyboard_only_play_through(voila, page):
    _open(voila, page)
    page.locator("body").click(position={"x": 1, "y": 1})  # focus the page, not a control
    assert _tab_to(page, lambda title: title.startswith("Start a new play")), "Start not reachable"
    page.keyboard.press("Enter")
    for turn in range(MAX_TURNS):
        if _next_turn_or_debrief(page):
            break
        assert _tab_to(page, lambda title: title.startswith("Say: ")), (
            f"turn {turn}: no choice by Tab"
        )
        key = "Space" if turn % 2 else "Enter"
        _after_turn(page, lambda key=key: page.keyboard.press(key))
    expect(_debrief(page)).to_be_visible()
