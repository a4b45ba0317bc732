"""roleplay_history: the play in progress (save/resume) and the record of finished plays."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pandas as pd
import pytest

from commonground import journal, labels, roleplay, roleplay_history, storage
from commonground.errors import CommonGroundError
from commonground.outcomes import validate_frame

STRONG_PATH = (
    "ask_work",
    "share_story",
    "ask_why_library",
    "reflect_back",
    "name_common_ground",
    "explain_tied",
    "ask_homework_club",
    "confirm_details",
    "close_yes_full",
)


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv(storage.HOME_ENV, str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def scenario():
    return roleplay.load_scenario("retired_teacher")


def play(scenario, choice_ids):
    state = roleplay.start(scenario)
    for choice_id in choice_ids:
        state = roleplay.choose(scenario, state, choice_id).state
    return state


def test_save_and_load_current_round_trips_state_turns_and_mode(scenario):
    state = play(scenario, STRONG_PATH[:3])
    turns = [{"said": "hello", "quality": "strong", "feedback": "good"}]
    path = roleplay_history.save_current(state, turns=turns, feedback_mode="at_end")
    assert path == roleplay_history.current_file()
    saved = roleplay_history.load_current()
    assert saved.state == state
    assert saved.turns == turns
    assert saved.feedback_mode == "at_end"
    assert saved.saved_at.startswith(datetime.now(timezone.utc).date().isoformat()[:4])
    roleplay_history.clear_current()
    assert roleplay_history.load_current() is None


def test_each_learner_has_their_own_play_in_progress(scenario):
    roleplay_history.save_current(play(scenario, STRONG_PATH[:1]), learner="Sam R.")
    assert roleplay_history.current_file("Sam R.").name == "current-sam-r.json"
    assert roleplay_history.load_current() is None
    assert roleplay_history.load_current(learner="Sam R.").state.node == "settled"


def test_unreadable_save_is_moved_aside_and_reported(home):
    path = roleplay_history.current_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(CommonGroundError, match="moved aside"):
        roleplay_history.load_current()
    assert not path.exists()
    assert (path.parent / "current.json.corrupt-1").read_text() == "{not json"


def test_save_from_another_version_is_refused(scenario):
    path = roleplay_history.current_file()
    storage.atomic_write_json(path, {"version": 99, "state": {}})
    with pytest.raises(CommonGroundError, match="cannot|not a saved"):
        roleplay_history.load_current()
    with pytest.raises(CommonGroundError, match="feedback mode"):
        roleplay_history.save_current(roleplay.start(scenario), feedback_mode="sometimes")


def test_record_play_keeps_answer_scores_and_outcome_row(scenario):
    state = play(scenario, STRONG_PATH)
    when = datetime(2026, 3, 1, 10, 30, tzinfo=timezone.utc)
    entry = roleplay_history.record_play(scenario, state, when=when)
    assert entry["kind"] == "roleplay" and entry["lesson"] == "09_role_play"
    data = entry["data"]
    report = roleplay.debrief(scenario, state)
    assert data["scenario"] == "retired_teacher" and data["ending"] == state.ending
    assert data["answer"] == state.first_ask.answer == "yes"
    assert data["score"] == report.score
    assert data["steps"] == {s.step: s.score for s in report.steps}
    assert data["facts_learned"] == len(state.facts)
    assert data["facts_available"] == len(scenario.persona.hidden_facts)
    assert data["minutes_used"] == state.minutes
    assert data["outcome_row"] == roleplay.to_outcome_row(scenario, state, date=when.date())
    assert data["date"] == "2026-03-01"
    # The journal holds no persona name, only the synthetic contact id.
    text = journal.journal_file().read_text(encoding="utf-8")
    assert scenario.persona.name.split()[1] not in text
    assert data["outcome_row"]["contact"] == "persona:retired_teacher"


def test_play_without_an_ask_is_recorded_without_a_row(scenario):
    no_ask = play(
        scenario,
        (
            "ask_work",
            "share_story",
            "ask_why_library",
            "reflect_back",
            "name_common_ground",
            "explain_tied",
            "leave_without_asking",
        ),
    )
    assert no_ask.finished and no_ask.first_ask is None
    roleplay_history.record_play(scenario, no_ask)
    (row,) = roleplay_history.play_summary()
    assert row["answer"] == "no ask made"
    assert roleplay_history.outcome_rows() == []


def test_summary_lists_every_play_in_order_with_words(scenario):
    strong = play(scenario, STRONG_PATH)
    thursday = play(
        scenario,
        (*STRONG_PATH[:6], "ask_hearing_thursday", "accept_no_timing", "close_no_curt"),
    )
    roleplay_history.record_play(scenario, thursday)
    roleplay_history.record_play(scenario, strong)
    rows = roleplay_history.play_summary()
    assert [r["play"] for r in rows] == [1, 2]
    assert [r["answer"] for r in rows] == ["no (timing)", "yes"]
    assert rows[0]["scenario"] == labels.scenario_label(scenario.id)
    assert scenario.id not in rows[0]["scenario"]
    first_score = roleplay.debrief(scenario, thursday).score
    second_score = roleplay.debrief(scenario, strong).score
    assert [r["score"] for r in rows] == [first_score, second_score]
    assert rows[1]["facts"] == f"{len(strong.facts)} of {len(scenario.persona.hidden_facts)}"
    sentence = roleplay_history.summary_sentence(rows)
    assert sentence.startswith("2 plays so far")
    assert "1 no (timing)" in sentence and "1 yes" in sentence
    assert f"({second_score - first_score:+d})" in sentence
    assert len(roleplay_history.outcome_rows()) == 2
    assert "No role-plays" in roleplay_history.summary_sentence([])


def test_reflection_is_saved_to_the_journal_and_must_not_be_empty():
    with pytest.raises(CommonGroundError, match="write your reflection"):
        roleplay_history.save_reflection("retired_teacher", "What next?", "   ")
    roleplay_history.save_reflection("retired_teacher", "What next?", " Ask sooner. ")
    (entry,) = journal.entries("roleplay_reflection")
    assert entry["data"] == {
        "scenario": "retired_teacher",
        "prompt": "What next?",
        "reflection": "Ask sooner.",
    }
    assert "Ask sooner." in journal.export_markdown()


def test_saved_document_is_plain_json_with_the_state(scenario):
    state = play(scenario, STRONG_PATH[:2])
    path = roleplay_history.save_current(state)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == roleplay_history.SAVE_VERSION
    assert roleplay.PlayState.from_json(json.dumps(document["state"])) == state


def test_recorded_plays_are_a_valid_outcome_log(scenario):
    roleplay_history.record_play(scenario, play(scenario, STRONG_PATH))
    roleplay_history.record_play(
        scenario, play(scenario, (*STRONG_PATH[:6], "ask_canvass", "accept_no_activity"))
    )
    # The canvass play is unfinished (no close yet) but an ask was made: it has a row.
    rows = roleplay_history.outcome_rows()
    assert len(rows) == 2
    result = validate_frame(pd.DataFrame(rows), "role-plays")
    assert result.problems == [] and len(result.accepted) == 2
    assert list(result.accepted["response"]) == ["yes", "no"]
