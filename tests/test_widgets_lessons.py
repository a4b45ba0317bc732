"""Lesson tool widgets driven headless: transcripts, prep, story, follow-up, reflection."""

from __future__ import annotations

import pytest

from commonground import journal, storage
from commonground.lessons.transcripts import TRANSCRIPTS


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv(storage.HOME_ENV, str(tmp_path / "home"))
    return tmp_path / "home"


def test_transcript_sorter_gives_feedback_and_score():
    from commonground.widgets import transcript_sorter

    sorter = transcript_sorter()
    assert sorter.score.value == f"0 of {len(TRANSCRIPTS)} right so far"
    assert all(c.description for c in sorter.choices)
    first = TRANSCRIPTS[0]
    wrong = next(k for k in ("interview", "sales_pitch") if k != first.kind)
    sorter.choices[0].value = wrong
    assert "Not " in sorter.feedback[0].value
    sorter.choices[0].value = first.kind
    assert first.explanation[:30] in sorter.feedback[0].value
    for radio, t in zip(sorter.choices, TRANSCRIPTS, strict=True):
        radio.value = t.kind
    assert sorter.score.value == f"{len(TRANSCRIPTS)} of {len(TRANSCRIPTS)} right so far"
    assert {t.kind for t in TRANSCRIPTS} == {
        "one_on_one",
        "interview",
        "sales_pitch",
        "counselling",
    }


def fill_prep(planner):
    f = planner.fields
    f["contact"].value = "A parent from the PTA"
    f["introduction"].value = "I'm Lee, my son is in Ms Park's class with yours."
    f["purpose"].value = "explore_working_together"
    f["date"].value = "Thursday 4 December"
    f["time"].value = "3:30pm"
    f["place"].value = "the school library"
    f["length_min"].value = 30
    f["hope_to_get"].value = "Find out if she would speak at the school board meeting."
    f["what_you_know"].value = "She runs the PTA newsletter and has two kids at the school."
    f["hope_to_find_out"].value = "What worries her most about the budget cuts."
    f["questions"].value = (
        "How long have your kids been at the school?\n"
        "What do you love about it?\nHow have the cuts hit your family?"
    )
    f[
        "ask"
    ].value = (
        "Would you speak at the school board meeting on Tuesday at 7pm at the district office?"
    )
    f["alternatives"].value = "Write a letter to the board instead\n"


def test_prep_planner_checks_saves_and_prefills(home):
    from commonground.widgets import prep_planner

    planner = prep_planner()
    assert all(c.description for c in planner.fields.values())
    planner.check_button.click()
    assert "Who are you meeting?" in planner.findings.value
    fill_prep(planner)
    planner.fields["length_min"].value = 90
    planner.check_button.click()
    assert "longer than the usual 20-45" in planner.findings.value
    assert "(open)" in planner.question_kinds.value
    planner.fields["questions"].value += "\nDo you like the new head teacher?"
    planner.check_button.click()
    assert "Try instead:" in planner.question_kinds.value
    planner.fields["questions"].value = planner.fields["questions"].value.rsplit("\n", 1)[0]
    planner.fields["length_min"].value = 30
    planner.save_button.click()
    assert "Ready to go" in planner.findings.value
    assert planner.card_path.exists() and planner.card_path.parent == home / "prep_cards"
    assert "srcdoc=" in planner.card.value and "district office" in planner.card.value
    # The card is offered as a download holding the file, not as a path on the disk.
    assert f'<a download="{planner.card_path.name}" href="data:text/html;base64,' in (
        planner.status.value
    )
    assert str(home) not in planner.status.value
    saved = journal.latest("prep_plan")
    assert saved["lesson"] == "02_set_up_and_prepare"
    assert saved["data"]["alternatives"] == ["Write a letter to the board instead"]
    assert saved["data"]["card"] == planner.card_path.name

    again = prep_planner()  # the learner comes back
    assert again.fields["purpose"].value == "explore_working_together"
    assert again.fields["questions"].value.count("\n") == 2
    assert again.plan() == planner.plan()


def test_story_builder_reads_back_and_saves():
    from commonground.widgets import story_builder

    sb = story_builder()
    sb.parts["what_happened"].value = "our mosque's food pantry ran out two weeks running"
    sb.parts["what_you_chose"].value = "I started a Saturday collection"
    sb.build_button.click()
    assert sb.story.value.startswith("Our mosque's food pantry")
    assert "words, about" in sb.length.value and "130 words a minute" in sb.length.value
    assert "why it matters to you now" in sb.feedback.value
    sb.parts["why_now"].value = "the city is cutting the meal programme"
    sb.save_button.click()
    saved = journal.latest("story")["data"]
    assert saved["why_now"] == "the city is cutting the meal programme"
    assert saved["story"] == sb.story.value
    assert "Saved" in sb.status.value
    assert story_builder().story.value == sb.story.value  # pre-filled on return


def test_follow_up_composer_flags_missing_then_saves():
    from commonground.widgets import follow_up_composer

    fc = follow_up_composer()
    fc.fields["activity"].value = "join the picket line"
    fc.compose_button.click()
    assert "Add the date." in fc.findings.value and "thank-you" in fc.findings.value
    for name, value in {
        "date": "Monday 8 December",
        "time": "6am",
        "place": "gate 2",
        "contact_person": "the strike captain, Dee",
        "thanks": "Thank you for telling me about the overtime.",
    }.items():
        fc.fields[name].value = value
    fc.compose_button.click()
    assert "Every detail is there" in fc.findings.value
    assert "When: Monday 8 December, 6am" in fc.message.value
    fc.message.value += "\nP.S. Bring a flask."
    fc.save_button.click()
    saved = journal.latest("follow_up")["data"]
    assert saved["message"].endswith("P.S. Bring a flask.")
    assert saved["place"] == "gate 2"
    assert follow_up_composer().fields["place"].value == "gate 2"


def test_reflection_journal_saves_lists_and_exports(home):
    from commonground.widgets import reflection_journal

    rj = reflection_journal()
    assert "No reflections saved yet" in rj.past.value
    rj.save_button.click()
    assert "at least one answer" in rj.status.value
    assert journal.entries("reflection") == []
    rj.answers["went_well"].value = "She opened up about the floods."
    rj.answers["change_next_time"].value = "Ask fewer questions in a row."
    rj.save_button.click()
    assert "What did I learn about them" in rj.findings.value
    assert rj.answers["went_well"].value == ""
    assert "opened up about the floods" in rj.past.value
    rj.answers["went_well"].value = "Second meeting went faster."
    rj.save_button.click()
    assert rj.past.value.index("Second meeting") < rj.past.value.index("floods")
    assert len(journal.entries("reflection")) == 2
    assert "Ask fewer questions in a row." in journal.export_markdown()


def _write_journal(home, text):
    home.mkdir(parents=True, exist_ok=True)
    (home / "journal.json").write_text(text)


def test_widgets_show_journal_problems_instead_of_failing(home):
    from commonground.widgets import reflection_journal, story_builder

    newer = '{"version": 9, "entries": []}'
    _write_journal(home, newer)
    sb = story_builder()  # no exception: the message is on screen
    assert "newer Common Ground" in sb.status.value
    sb.parts["what_happened"].value = "the landlord raised the rent"
    sb.save_button.click()
    assert "Not saved" in sb.status.value
    rj = reflection_journal()
    assert "newer Common Ground" in rj.past.value
    rj.answers["went_well"].value = "kept"
    rj.save_button.click()
    assert rj.answers["went_well"].value == "kept", "answers kept when saving failed"
    assert (home / "journal.json").read_text() == newer

    _write_journal(home, "{not json")
    fresh = story_builder()
    assert "moved aside" in fresh.status.value
    assert (home / "journal.json.corrupt-1").exists()


def test_prep_plan_is_saved_even_when_the_card_cannot_be_written(home, monkeypatch):
    # A full or read-only disk for the card must not lose what the learner typed.
    from commonground.widgets import prep as prep_widget

    def no_card(_plan):
        raise OSError("disk full")

    monkeypatch.setattr(prep_widget, "save_prep_card", no_card)
    planner = prep_widget.prep_planner()
    fill_prep(planner)
    planner.save_button.click()
    assert "Prep card not written: disk full" in planner.status.value
    assert "Saved to your journal" in planner.status.value
    saved = journal.latest("prep_plan")
    assert saved["data"]["ask"] == planner.plan().ask
    assert "card" not in saved["data"]
