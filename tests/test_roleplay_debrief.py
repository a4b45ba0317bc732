"""The debrief: step scores, skipped steps, facts, minutes, a stronger ask, reflection."""

from __future__ import annotations

import json

import pytest

from commonground import roleplay
from commonground.roleplay.debrief import meeting_step_of, step_scores


@pytest.fixture(scope="module")
def teacher():
    return roleplay.load_scenario("retired_teacher")


def play(scenario, choice_ids):
    state = roleplay.start(scenario)
    for choice_id in choice_ids:
        state = roleplay.choose(scenario, state, choice_id).state
    return state


SKIPPY = ("pitch_straight_away", "apologise_and_ask_work", "skip_story", "ask_use_library")
SKIPPY += ("ask_why_library", "change_subject", "skip_to_campaign", "explain_lecture")
SKIPPY += ("ask_canvass", "accept_no_activity", "close_no_curt")


def test_weak_play_scores_steps_and_lists_what_was_skipped(teacher):
    state = play(teacher, SKIPPY)
    report = roleplay.debrief(teacher, state)
    scores = {s.step: s.score for s in report.steps}
    assert scores["factual_questions"] == 50  # one weak move
    assert scores["your_story"] == 50
    assert scores["open_questions"] == 75  # one weak, one strong
    assert scores["common_ground"] is None and "common_ground" in report.skipped
    assert scores["campaign_work"] == 50  # both campaign moves were weak
    assert scores["respond"] == 50 and scores["close_conversation"] == 50
    assert report.ending == "end_no" and report.ask["answer"] == "no_activity"
    expected = round(sum(v or 0 for v in scores.values()) / 9)
    assert report.score == expected < 60


def test_facts_available_versus_learned_and_minutes(teacher):
    state = play(teacher, SKIPPY)
    report = roleplay.debrief(teacher, state)
    assert len(report.facts_available) == len(teacher.persona.hidden_facts)
    learned = {f["id"] for f in report.facts_learned}
    assert learned == set(state.facts) and "parent_evenings" not in learned
    assert report.minutes_used == state.minutes > 0
    assert report.minutes_planned == 30


def test_stronger_ask_fits_what_there_was_to_learn(teacher):
    report = roleplay.debrief(teacher, play(teacher, SKIPPY))
    stronger = report.stronger_ask
    assert stronger["ask_id"] == "homework_club" and not stronger["already_made"]
    assert any("read" in fact for fact in stronger["fits"])


def test_reflection_points_at_the_weakest_step(teacher):
    report = roleplay.debrief(teacher, play(teacher, SKIPPY))
    assert "Acknowledge common ground" in report.reflection  # skipped, so weakest
    assert report.reflection.startswith(teacher.node("end_no").reflect)


def test_debrief_is_json_serialisable_even_mid_play(teacher):
    report = roleplay.debrief(teacher, play(teacher, SKIPPY[:2]))
    data = json.loads(json.dumps(report.as_dict()))
    assert data["ending"] == "" and data["ask"] is None
    assert len(data["steps"]) == 9


def test_listening_is_scored_as_running_throughout_not_as_a_step(teacher):
    from commonground import method
    from commonground.roleplay.debrief import StepScore, reflection

    report = roleplay.debrief(teacher, play(teacher, SKIPPY))
    titles = [s.title for s in report.steps]
    assert titles[0] == "Listen and notice connections (throughout the meeting)"
    assert [s.step for s in report.steps[1:]] == [e.id for e in method.load().meeting_steps()]
    listening_skipped = [StepScore("listening", titles[0], None, ())]
    said = reflection(teacher, play(teacher, ()), listening_skipped)
    assert said.startswith("No line showed 'Listen and notice connections (throughout")
    assert "You skipped" not in said and "runs through the whole meeting" in said


def test_a_harmful_move_outside_the_numbered_steps_costs_points_under_listening():
    """Advice, a pitch before knowing them, talking past them: the 'about' part's
    elements count under listening (throughout), so a debrief never scores them free."""
    scenario = roleplay.load_scenario("student")
    state = roleplay.start(scenario)
    pitch = next(c for c in roleplay.choices(scenario, state) if c.quality == "harmful")
    assert meeting_step_of(pitch.step) == "listening"
    after = roleplay.choose(scenario, state, pitch.id).state
    listening = next(s for s in step_scores(after) if s.step == "listening")
    assert listening.qualities == ("harmful",) and listening.score == 0
