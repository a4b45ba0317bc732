"""The course shell, headless: navigation, course home, completion, template, stale messages."""

from __future__ import annotations

import json
import os
import re

import pytest

from commonground import curriculum, progress, resources, storage
from commonground.serving import voila_main
from commonground.widgets import shell

TEMPLATE = resources.jupyter_share_dir() / "voila" / "templates" / "commonground"


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv(storage.HOME_ENV, str(tmp_path / "home"))
    return tmp_path / "home"


def _links(html: str) -> list[tuple[str, str]]:
    found = re.findall(r"<a class='cg-navbutton [^']*' href='([^']+)'>(.+?)</a>", html)
    return [(href, re.sub(r"<[^>]+>", "", text)) for href, text in found]


def test_previous_and_next_follow_the_course_order_in_the_same_tab():
    ids = [item.id for item in curriculum.LESSONS]
    for at, lesson_id in enumerate(ids):
        links = _links(shell.nav_html(lesson_id))
        expected = []
        if at > 0:
            expected.append(f"{ids[at - 1]}.ipynb")
        if at + 1 < len(ids):
            expected.append(f"{ids[at + 1]}.ipynb")
        assert [href for href, _ in links] == expected, lesson_id
        assert "target" not in shell.nav_html(lesson_id)
    first = dict((text, href) for href, text in _links(shell.nav_html("01")))
    assert first == {
        "← Previous: the course home": "00_start_here.ipynb",
        "Next: lesson 02, Setting it up and preparing →": "02_set_up_and_prepare.ipynb",
    }
    assert "aria-label='Lessons, top of page'" in shell.nav_html("05", "top")


def test_course_bar_shows_the_learners_progress():
    bar = shell.course_bar_html("03", {})
    assert "0 of 12 lessons done" in bar and "not done yet" in bar
    assert "href='00_start_here.ipynb'" in bar  # the course title leads home
    done = {"01_what_and_why": "t", "03_opening_and_your_story": "t"}
    bar = shell.course_bar_html("03", done)
    assert "2 of 12 lessons done" in bar and "This lesson: done ✓" in bar
    assert "value='2'" in bar


def test_course_home_has_a_card_per_lesson_and_resumes_at_the_first_not_done():
    view = shell.course_home()
    cards = re.findall(r"<li class='([^']+)' data-lesson='([^']+)'>", view.cards.value)
    assert [lesson for _, lesson in cards] == [x.id for x in curriculum.LESSONS[1:]]
    assert "Start: lesson 01, What a 1:1 is" in view.cards.value
    assert "20 minutes" in view.cards.value and "Not done yet" in view.cards.value

    for lesson_id in ("00", "01", "02", "04"):
        progress.mark_complete(lesson_id)
    view.refresh_button.click()
    html = view.cards.value
    assert "Resume: lesson 03, Opening questions and your story" in html
    assert "href='03_opening_and_your_story.ipynb'" in html.split("cg-lesson-cards")[0]
    classes = dict(
        (lesson, cls)
        for cls, lesson in re.findall(r"<li class='([^']+)' data-lesson='([^']+)'>", html)
    )
    assert "cg-lesson-card-done" in classes["01_what_and_why"]
    assert "cg-lesson-card-resume" in classes["03_opening_and_your_story"]
    assert "cg-lesson-card-done" not in classes["03_opening_and_your_story"]
    assert html.count("✓ Done") == 3  # 01, 02, 04 (the home page has no card)
    assert "4 of 12 lessons done" in html

    for item in curriculum.LESSONS:
        progress.mark_complete(item.id)
    view.refresh_button.click()
    assert "Every lesson is done" in view.cards.value
    assert "Resume" not in view.cards.value


def test_lesson_without_a_self_check_can_be_marked_done_with_a_banner():
    done = shell.lesson_done("10")
    assert done.banner.value == ""
    assert "10_facilitator_guide" not in progress.completed()
    done.done_button.click()
    assert "10_facilitator_guide" in progress.completed()
    assert "cg-banner" in done.banner.value and "Lesson complete" in done.banner.value
    assert "11_trainer_analysis.ipynb" in done.banner.value  # the way on
    # Coming back later: the banner is there from the start.
    assert "Lesson complete" in shell.lesson_done("10").banner.value


def test_progress_that_cannot_be_saved_says_so(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    ok, shown = shell.complete("10", blocked / "progress.json")
    assert not ok
    assert "could not be saved" in shown and "cg-banner" not in shown


def test_greeting_in_the_start_lesson_completes_it():
    from commonground.widgets.start import widget_tryout

    tryout = widget_tryout()
    tryout.button.click()  # no name yet: not done
    assert "00_start_here" not in progress.completed()
    tryout.name.value = "Sam"
    tryout.button.click()
    assert "00_start_here" in progress.completed()
    assert "Lesson complete" in tryout.feedback.value
    assert "01_what_and_why.ipynb" in tryout.feedback.value
    tryout.name.value = "Sam B"  # the greeting was for the old name
    assert tryout.feedback.value == ""


def test_self_check_shows_the_completion_banner_and_clears_stale_verdicts():
    from commonground.questions import self_check_questions
    from commonground.widgets import self_check

    check = self_check("04")
    qs = self_check_questions("04")
    wrong = [next(o.text for o in q.options if not o.right) for q in qs]
    check.answer(*wrong).check_button.click()
    assert "Not that one" in check.feedback[0].value and "0 of" in check.status.value
    check.items[0].choose(qs[0].right.text)  # a new pick: the old verdict goes
    assert check.feedback[0].value == "" and check.status.value == ""
    assert "Not that one" in check.feedback[1].value  # the others still stand
    check.answer(*[q.right.text for q in qs]).check_button.click()
    assert check.completed
    assert "cg-banner" in check.status.value and "Lesson complete" in check.status.value
    check.items[0].choose(wrong[0])
    assert "Lesson complete" in check.status.value  # done stays done


def test_typed_feedback_clears_when_the_text_changes():
    from commonground.widgets import (
        ask_practice,
        campaign_explainer,
        follow_up_composer,
        prep_planner,
        responding_drills,
        story_builder,
    )

    story = story_builder()
    story.build_button.click()
    assert story.feedback.value
    story.parts["what_happened"].value = "My landlord ignored the mould for a year."
    assert story.feedback.value == ""

    pitch = campaign_explainer()
    pitch.build_button.click()
    assert pitch.feedback.value
    pitch.parts["what"].value = "We are getting the landlord to fix the heating."
    assert pitch.feedback.value == ""

    follow = follow_up_composer()
    follow.compose_button.click()
    assert follow.findings.value
    follow.message.value = "edited by hand"  # the composed message is not an input
    assert follow.findings.value
    next(iter(follow.fields.values())).value = "Rosa"
    assert follow.findings.value == ""

    plan = prep_planner()
    plan.fields["questions"].value = "Do you like it here?"
    plan.check_button.click()
    assert plan.findings.value and plan.question_kinds.value
    plan.fields["questions"].value = "What do you love about this building?"
    assert plan.findings.value == "" and plan.question_kinds.value == ""

    ask = ask_practice()
    ask.check_button.click()
    assert "Type an ask first" in ask.feedback.value
    ask.ask.value = "Will you come on Saturday?"
    assert ask.feedback.value == ""

    drills = responding_drills()
    drills.check_button.click()
    assert "Pick a reply first" in drills.feedback.value
    drills.reply.index = 0
    assert drills.feedback.value == ""


def test_the_template_extends_voilas_lab_and_links_the_one_stylesheet():
    assert json.loads((TEMPLATE / "conf.json").read_text()) == {"base_template": "lab"}
    index = (TEMPLATE / "index.html.j2").read_text()
    assert "{%- extends 'lab/index.html.j2' -%}" in index
    assert 'include_css("static/commonground.css")' in index
    assert (TEMPLATE / "static" / "commonground.css").read_text() == (
        resources.stylesheet().read_text()
    )
    css = resources.stylesheet().read_text()
    assert "/* == shell == */" in css
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", css), "the stylesheet loads from a host"
    assert "@import" not in css
    for name in ("cg-navbutton", "cg-course-bar", "cg-lesson-card", "cg-banner"):
        assert f".{name}" in css, name


def test_voila_entry_point_puts_our_template_first_on_the_jupyter_path():
    ours = str(resources.jupyter_share_dir())
    env = voila_main.with_template_path({"JUPYTER_PATH": os.pathsep.join(["/x", ours])})
    assert env["JUPYTER_PATH"].split(os.pathsep) == [ours, "/x"]
    assert voila_main.with_template_path({})["JUPYTER_PATH"] == ours


def test_exercise_verdict_goes_stale_but_a_hint_stays_while_typing():
    from commonground.exercises import catalog, lesson06

    catalog.reset("lesson06")
    view = lesson06.q1.widget()
    view.inputs[0].value = "Can you help out sometime?"
    view.check_button.click()
    assert "Not yet" in view.feedback.value
    view.inputs[0].value = "Would you canvass with me on Saturday?"
    assert view.feedback.value == ""
    view.hint_button.click()
    view.inputs[0].value = "Would you canvass with me on Saturday at 10am?"
    assert "Hint 1 of" in view.feedback.value


def test_listening_verdict_clears_when_the_ticks_change():
    from commonground.widgets import listening_drill

    drill = listening_drill()
    drill.check_buttons[0].click()
    assert drill.feedback[0].value
    drill.boxes[0][0].value = True
    assert drill.feedback[0].value == ""
    drill.check_buttons[1].click()
    drill.boxes[0][1].value = True
    assert drill.feedback[1].value  # another monologue's verdict is not touched


def _tree_page(names: list[str]) -> str:
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATE)), autoescape=True)
    content = (
        {"name": n, "path": n, "type": "notebook"} for n in names
    )  # Voila passes a generator
    return env.get_template("tree.html").render(
        contents={"content": content}, base_url="/", breadcrumbs=[("/", "")], notebook_path=""
    )


def test_the_app_address_sends_the_browser_to_the_course_home():
    page = _tree_page(["00_start_here.ipynb", "01_what_and_why.ipynb"])
    assert '<meta http-equiv="refresh" content="0; url=/voila/render/00_start_here.ipynb">' in page
    assert "Select items to open" not in page and "target=" not in page
    assert "https://" not in page and "commonground/static/commonground.css" in page


def test_a_folder_without_the_start_lesson_lists_its_notebooks_in_this_tab():
    page = _tree_page(["a_lesson.ipynb", "b_lesson.ipynb"])
    assert "http-equiv" not in page
    assert page.count('<li class="cg-lesson-card">') == 2
    assert 'href="/voila/render/b_lesson.ipynb">b lesson</a>' in page
    assert "target=" not in page
