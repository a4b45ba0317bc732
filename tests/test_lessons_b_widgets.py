"""Lesson 04-07 widgets driven headless through their main paths: feedback text, journal
entries and scores. Every control has a label."""

from __future__ import annotations

import ipywidgets as w
import pytest

from commonground import journal, storage
from commonground.lessons import drills
from commonground.lessons import response_rounds as rounds


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv(storage.HOME_ENV, str(tmp_path / "home"))
    return tmp_path / "home"


def controls(widget):
    """Every input control and button inside ``widget``."""
    found = []
    for child in getattr(widget, "children", ()):
        if isinstance(
            child, (w.Button, w.Text, w.Textarea, w.Checkbox, w.RadioButtons, w.Dropdown)
        ):
            found.append(child)
        found.extend(controls(child))
    return found


def assert_labelled(widget):
    items = controls(widget)
    assert items
    for item in items:
        assert item.description, f"{type(item).__name__} has no label"
        if isinstance(item, w.Button):
            assert item.tooltip and item.layout.width == "auto"


def test_question_workshop_reviews_rewrites_keeps_and_saves():
    from commonground.widgets import open_question_workshop

    qw = open_question_workshop()
    assert_labelled(qw)
    qw.question.value = "Do you like canvassing?"
    qw.check_button.click()
    assert "closed question" in qw.feedback.value and "Try instead:" in qw.feedback.value
    qw.add_button.click()
    assert qw.questions == [] and "Not added" in qw.status.value
    qw.use_rewrite_button.click()
    assert qw.question.value == "What do you like about canvassing?"
    assert "open question" in qw.feedback.value and qw.use_rewrite_button.disabled
    qw.add_button.click()
    qw.question.value = "When the rota changes at the last minute, what happens at home?"
    qw.add_button.click()
    assert len(qw.questions) == 2 and "<ol><li>What do you like" in qw.listing.value
    qw.save_button.click()
    assert "Saved" in qw.status.value
    saved = journal.latest("good_questions")
    assert saved["lesson"] == "04_open_questions_and_listening"
    assert saved["data"]["questions"] == qw.questions
    assert open_question_workshop().questions == qw.questions  # pre-filled on return


def test_listening_drill_scores_ticks():
    from commonground.widgets import listening_drill

    ld = listening_drill()
    assert_labelled(ld)
    assert len(ld.boxes) == len(drills.MONOLOGUES)
    first = ld.monologues[0]
    links = [i for i, s in enumerate(first.statements) if s.links]
    other = next(i for i, s in enumerate(first.statements) if not s.links)
    ld.boxes[0][links[0]].value = True
    ld.boxes[0][other].value = True
    ld.check_buttons[0].click()
    assert f"You found 1 of {len(links)} links" in ld.feedback[0].value
    assert "Not this one." in ld.feedback[0].value and "Missed." in ld.feedback[0].value
    ld.boxes[0][other].value = False
    for i in links:
        ld.boxes[0][i].value = True
    ld.check_buttons[0].click()
    assert f"All {len(links)} links found" in ld.feedback[0].value
    assert (
        ld.score.value
        == f"Links found so far: {len(links)} of {len(links)} in 1 of {len(ld.monologues)} monologues"
    )


def test_common_ground_picker_feedback_and_score():
    from html import unescape

    from commonground.questions import practice_questions
    from commonground.widgets import common_ground_picker

    cg = common_ground_picker()
    assert_labelled(cg)
    questions = practice_questions("05")
    assert len(questions) >= 6
    # The exchanges are the practice questions of 05.yaml, shown by the one question widget.
    assert [item.question for item in cg.items] == list(questions)
    first = questions[0]
    scene = unescape(cg.items[0].prompt.value)
    assert f"1. {first.setting}" in scene and first.dialogue[-1][1] in scene
    assert cg.score.value == f"0 of {len(questions)} right so far"
    wrong = next(o for o in first.options if not o.right)
    cg.items[0].choose(wrong.text)
    shown = unescape(cg.feedback[0].value)
    assert "Not that one." in shown and wrong.feedback in shown and first.right.text in shown
    assert cg.score.value == f"0 of {len(questions)} right so far"
    cg.choose(*(q.right.text for q in questions))
    assert first.right.feedback in unescape(cg.feedback[0].value)
    assert cg.score.value == f"{len(questions)} of {len(questions)} right so far"


def test_common_ground_picker_reads_a_campaign_copy(tmp_path):
    import shutil
    from html import unescape
    from pathlib import Path

    from commonground.widgets import common_ground_picker

    copy = tmp_path / "content"
    shutil.copytree(Path(__file__).resolve().parents[1] / "content", copy)
    path = copy / "questions" / "05.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count("Tenants' union") == 1
    path.write_text(text.replace("Tenants' union", "Renters on Elm Street"))
    cg = common_ground_picker(content=copy)
    assert "Renters on Elm Street" in unescape(cg.items[-1].prompt.value)


def test_campaign_explainer_times_checks_and_saves():
    from commonground.widgets import campaign_explainer

    ce = campaign_explainer()
    assert_labelled(ce)
    ce.parts["what"].value = "we're pushing the board to cap class sizes at twenty-five"
    ce.build_button.click()
    assert "Say why it matters." in ce.feedback.value
    assert "words, about" in ce.length.value and "130 words a minute" in ce.length.value
    ce.parts["why"].value = "because classes at Lincoln went past thirty"
    ce.parts["link"].value = "you said your son's teacher can't get round everyone"
    ce.save_button.click()
    assert "under a minute" in ce.feedback.value and "Saved" in ce.status.value
    saved = journal.latest("campaign_pitch")["data"]
    assert saved["why"] == "because classes at Lincoln went past thirty"
    assert saved["pitch"] == ce.pitch.value
    assert campaign_explainer().pitch.value == ce.pitch.value  # pre-filled on return


def test_ask_builder_scores_suggests_and_saves():
    from commonground.widgets import ask_practice

    ab = ask_practice()
    assert_labelled(ab)
    ab.persona.value = "night_shift_nurse"
    assert "Watch out:" in ab.profile.value and "Thursday to Sunday nights" in ab.profile.value
    ab.check_button.click()
    assert "Type an ask first." in ab.feedback.value
    ab.ask.value = (
        "Could you come canvassing with us Saturday at 10am from the office on Fulton Street?"
    )
    ab.check_button.click()
    assert "Specific: 3 of 3 · fits them: no" in ab.feedback.value
    assert "Runs into the timing" in ab.feedback.value
    assert "A sharper ask:</b> We also canvass on Tuesdays" in ab.feedback.value
    ab.ask.value = "Could you canvass with us this Tuesday at 5pm from the office on Fulton Street?"
    ab.save_button.click()
    assert ab.score.ready and "the method&#x27;s ask" in ab.feedback.value
    saved = journal.latest("ask_draft")
    assert saved["lesson"] == "06_the_ask"
    assert saved["data"]["persona"] == "night_shift_nurse" and saved["data"]["ready"] is True
    ab.persona.value = "retired_teacher"
    assert ab.feedback.value == "" and "choir" in ab.profile.value


def test_response_drills_round_scores_first_picks():
    from commonground.widgets import responding_drills

    rd = responding_drills(seed=0)
    assert_labelled(rd)
    expected = rounds.build_round(0)
    assert [d.id for d in rd.drills] == [d.id for d in expected]
    assert rd.counter.value == f"Drill 1 of {len(expected)}"
    rd.check_button.click()
    assert "Pick a reply first." in rd.feedback.value and rd.next_button.disabled
    for n, drill in enumerate(rd.drills):
        right = next(i for i, o in enumerate(drill.options) if o.right)
        wrong = next(i for i, o in enumerate(drill.options) if not o.right)
        rd.reply.index = wrong if n == 0 else right
        rd.check_button.click()
        if n == 0:
            assert "Not the best reply." in rd.feedback.value
            rd.reply.index = right  # a second try gets feedback but does not score
            rd.check_button.click()
            assert "Right." in rd.feedback.value
            assert rd.score.value == "Score: 0 of 1 so far"
        assert f"This answer was: {rounds.CASES[drill.case][0]}." in rd.feedback.value
        rd.next_button.click()
    assert rd.score.value.startswith(f"Round done: {len(expected) - 1} of {len(expected)}")
    rd.new_round_button.click()
    drill = rd.drill
    rd.check_typed_button.click()
    assert "Type a reply first." in rd.feedback.value
    rd.typed.value = "ok"  # judged by rules: never the method's reply, whatever the case
    rd.check_typed_button.click()
    assert "Remember:" in rd.feedback.value and drill.guidance in rd.feedback.value
    assert rd.score.value == "Score: 0 of 1 so far"
    assert rd.seed == 1 and rd.counter.value.startswith("Drill 1 of")
    assert [d.id for d in rd.drills] == [d.id for d in rounds.build_round(1)]
