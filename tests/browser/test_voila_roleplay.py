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


# A whole play of the default scenario (Margaret, the retired teacher) in a volunteer's
# own words: none of these lines is a listed choice or one of its examples.
OWN_WORDS_PLAY = [
    "Thanks so much for the tea. So what kind of job did you have before you retired?",
    "My girl used to do all her homework at the Eastside branch because we had no space at "
    "home. When I heard they were cutting the hours I was angry, so I joined the coalition.",
    "What sort of volunteering have you enjoyed the most over the years?",
    "You really light up talking about that. What made those evenings so special?",
    "It sounds like the branch gave both our families a place to learn, and we both want "
    "that for the kids coming up now.",
    "The council votes on the budget on 12 March. We're piloting a homework club at the "
    "branch on weekday afternoons to show how much it's needed.",
    "would you run the reading table at our homework club at the eastside library on "
    "tuesday 4 march from 3:30?",
    "Wonderful. So that's Tuesday the 4th, half three at the Eastside branch. Does that "
    "still work for you?",
    "Thank you so much for the tea and the stories. I'll give you a ring on Monday to check in.",
]


def test_whole_play_by_typed_lines_only_reaches_a_yes(voila, page):
    from commonground.roleplay import load_scenario
    from commonground.roleplay.similarity import normalise
    from commonground.widgets.roleplay_player import scenario_options

    teacher = load_scenario("retired_teacher")
    authored = {
        normalise(wording)
        for node in teacher.nodes.values()
        for choice in node.choices
        for wording in (choice.text, *choice.examples)
    }
    assert not [line for line in OWN_WORDS_PLAY if normalise(line) in authored]
    label = next(label for label, name in scenario_options() if name == "retired_teacher")
    start = _open(voila, page)
    page.get_by_label("Scenario").select_option(label=label)
    start.click()
    box = page.get_by_label("Your own words")
    say = page.get_by_role("button", name=re.compile(r"^\W*Say it$"))
    for line in OWN_WORDS_PLAY:
        assert not _next_turn_or_debrief(page), f"ended before: {line}"
        box.fill(line)
        _after_turn(page, say.click)
        # every line heard as a move: never not understood, unclear, or a vague ask
        for missed in ("Not understood", "unclear:", "an ask that names no activity"):
            expect(page.get_by_text(missed, exact=False)).to_have_count(0)
    expect(_debrief(page)).to_be_visible()
    expect(page.get_by_text(re.compile(r"Answer:\s*yes"))).to_be_visible()


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
