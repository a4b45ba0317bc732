"""App mode in a real browser: lessons served by Voila (code hidden) work by mouse and keys,
and what the learner saves lands in the learner home the app was given."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.slow  # a Voila server and a browser: tens of seconds


def test_lesson_list_and_code_hidden(voila, page):
    page.goto(voila.url("/"))  # the course home: a card per lesson, opening in this tab
    link = page.get_by_role("link", name=re.compile("02. Setting it up"))
    expect(link).to_be_visible(timeout=90_000)
    expect(page).to_have_title("Start here · Common Ground")  # the tab, not a file name
    link.click()
    expect(page.get_by_role("heading", name=re.compile("Lesson 02"))).to_be_visible(timeout=90_000)
    expect(page).to_have_title("Lesson 02: Setting it up and preparing · Common Ground")
    expect(page.get_by_text("prep_planner()")).to_have_count(0)
    check = page.get_by_role("button", name=re.compile("Check my plan"))
    page.get_by_label("Who I am meeting:").fill("A parent from the PTA")
    check.focus()
    page.keyboard.press("Enter")  # keyboard only
    expect(page.get_by_text("Write how you will introduce yourself")).to_be_visible()
    expect(page.get_by_text("Who are you meeting?")).to_have_count(0)
    page.get_by_role("link", name=re.compile("Next: lesson 03")).last.click()  # footer
    expect(page.get_by_role("heading", name=re.compile("Lesson 03"))).to_be_visible(timeout=90_000)


def test_story_saved_from_the_app_reaches_the_journal(voila, page):
    page.goto(voila.url("/voila/render/03_opening_and_your_story.ipynb"))
    first = page.get_by_label("What happened that made me care:")
    expect(first).to_be_visible(timeout=90_000)
    first.fill("the bus to my daughter's school was cut")
    page.get_by_label("What I chose to do:").fill("I spoke at the school board")
    page.get_by_label("Why it matters to me now:").fill("the budget vote is next month")
    page.get_by_role("button", name=re.compile("Save my story")).click()
    expect(page.get_by_text("Saved to your journal.")).to_be_visible()
    saved = json.loads((voila.home / "journal.json").read_text())
    assert saved["entries"][-1]["data"]["what_happened"].startswith("the bus")


def test_self_check_by_keyboard_marks_lesson_complete(voila, page):
    page.goto(voila.url("/voila/render/01_what_and_why.ipynb"))
    button = page.get_by_role("button", name=re.compile("Check my answers"))
    expect(button).to_be_visible(timeout=90_000)
    from commonground.questions import self_check_questions

    for n, q in enumerate(self_check_questions("01"), 1):
        group = page.locator(".widget-radio").filter(has_text=f"Answer {n}:")
        # options are lettered in the app learner's shuffled order: "c) <text>"
        option = group.get_by_label(re.compile(r"^[a-d]\) " + re.escape(q.right.text) + "$"))
        option.focus()
        page.keyboard.press("Space")
    button.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text(re.compile(r"All \d+ right\."))).to_be_visible()
    expect(page.locator(".cg-banner")).to_contain_text("is marked complete")
    done = json.loads((voila.home / "progress.json").read_text())["completed"]
    assert "01_what_and_why" in done


@pytest.mark.parametrize("lesson_id", ["02_set_up_and_prepare", "08_closing_follow_up_reflection"])
def test_lesson_widgets_pass_axe_form_label_rules(voila, page, axe_source, lesson_id):
    page.goto(voila.url(f"/voila/render/{lesson_id}.ipynb"))
    expect(page.get_by_role("button", name=re.compile("Check my answers"))).to_be_visible(
        timeout=90_000
    )
    page.add_script_tag(content=axe_source)
    rules = ["label", "button-name", "select-name", "link-name"]
    result = page.evaluate(
        "async (rules) => await axe.run(document, {runOnly: {type: 'rule', values: rules}})",
        rules,
    )
    problems = [(v["id"], [n["html"][:120] for n in v["nodes"]]) for v in result["violations"]]
    assert problems == []
    checked = {p["id"]: len(p["nodes"]) for p in result["passes"]}
    assert checked.get("label", 0) >= 5 and checked.get("button-name", 0) >= 2  # axe really ran


def test_lesson_11_has_the_course_header_in_the_app(voila, page):
    page.goto(voila.url("/voila/render/11_trainer_analysis.ipynb"))
    heading = page.get_by_role(
        "heading", name="Lesson 11: Which asks convert: analysing outcome logs"
    )
    expect(heading).to_be_visible(timeout=90_000)
    expect(page).to_have_title(
        "Lesson 11: Which asks convert: analysing outcome logs · Common Ground"
    )
    expect(page.locator(".cg-course-bar")).to_contain_text(re.compile(r"Your progress: \d+ of \d+"))
    top = page.get_by_role("navigation", name="Lessons, top of page")
    expect(top.get_by_role("link", name=re.compile("^← Previous: lesson 10"))).to_be_visible()
    expect(page.get_by_text("About 40 minutes")).to_be_visible()  # in the app, not the report
