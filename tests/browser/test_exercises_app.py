"""Exercise widgets in app mode (Voila) in a real browser, answered with the keyboard only."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser import servers

ASK = "/voila/render/06_the_ask_exercises.ipynb"
pytestmark = pytest.mark.slow
WAIT = 30_000  # a check round-trips through the kernel; allow for a busy machine


@pytest.fixture(scope="module")
def voila_exercises(tmp_path_factory):
    server = servers.start_voila(
        tmp_path_factory.mktemp("voila-exercises"), servers.ROOT / "exercises"
    )
    yield server
    server.stop()


def test_answer_check_hint_by_keyboard(voila_exercises, page):
    page.goto(voila_exercises.url(ASK))
    box = page.get_by_label("Your answer:").first
    expect(box).to_be_visible(timeout=60_000)
    # A vague ask: Tab to the Check button and press Enter.
    box.click()
    page.keyboard.type("Can you help out sometime?")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    status = page.get_by_role("status").filter(has_text="✗ Not yet").first
    expect(status).to_be_visible(timeout=WAIT)
    # A specific ask passes.
    box.fill("Would you canvass with me this Saturday at 10am from the library?")
    box.focus()
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    expect(page.get_by_role("status").filter(has_text="✓ Correct").first).to_be_visible(
        timeout=WAIT
    )
    expect(page.get_by_text("1 of 5 correct")).to_be_visible(timeout=WAIT)  # live summary
    # Hint is the next button along.
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Hint 1 of 2").first).to_be_visible(timeout=WAIT)


def test_choice_question_by_keyboard(voila_exercises, page):
    page.goto(voila_exercises.url(ASK))
    # lettered in this learner's shuffled order: "a) The place" ... "d) The place"
    choice = page.get_by_role("radio", name=re.compile(r"^[a-d]\) The place$")).first
    expect(choice).to_be_visible(timeout=60_000)
    choice.focus()
    page.keyboard.press("Space")  # one selection, one update to the kernel
    expect(choice).to_be_checked()
    # ipywidgets makes each radio its own tab stop: Tab on until this question's Check.
    for _ in range(len("abcd")):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Check":
            break
    assert page.evaluate("document.activeElement.textContent") == "Check"
    page.keyboard.press("Enter")
    expect(page.get_by_role("status").filter(has_text="✓ Correct").first).to_be_visible(
        timeout=WAIT
    )


@pytest.mark.parametrize("name", ["02_set_up_and_prepare_exercises", "07_responding_exercises"])
def test_exercise_widgets_pass_axe_form_label_rules(voila_exercises, page, axe_source, name):
    # 02 has forms and lines boxes, 07 has dropdowns and radio buttons.
    page.goto(voila_exercises.url(f"/voila/render/{name}.ipynb"))
    expect(page.get_by_role("button", name="Check").first).to_be_visible(timeout=60_000)
    page.add_script_tag(content=axe_source)
    rules = ["label", "button-name", "select-name"]
    result = page.evaluate(
        "async (rules) => await axe.run(document, {runOnly: {type: 'rule', values: rules}})",
        rules,
    )
    problems = [(v["id"], [n["html"][:120] for n in v["nodes"]]) for v in result["violations"]]
    assert problems == []
    checked = {p["id"]: len(p["nodes"]) for p in result["passes"]}
    assert checked.get("label", 0) >= 4 and checked.get("button-name", 0) >= 10
