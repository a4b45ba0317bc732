"""Role-play engine: turns, immutability, save/resume, free text routing, outcome rows."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from commonground import roleplay
from commonground.errors import CommonGroundError
from commonground.outcomes import validate_frame
from commonground.roleplay import PlayState

TEACHER_YES = (
    "ask_work",
    "share_story",
    "ask_enjoy",
    "follow_up_evenings",
    "name_common_ground",
    "explain_tied",
    "ask_homework_club",
    "confirm_details",
    "close_yes_full",
)
NURSE_TIMING = (
    "thank_and_time",
    "share_story",
    "ask_unit_changes",
    "reflect_patients",
    "name_common_ground",
    "explain_tied",
    "ask_canvass_saturday",
    "probe_no_timing",
    "offer_tuesday",
    "confirm_details",
    "close_yes_full",
)


@pytest.fixture(scope="module")
def teacher():
    return roleplay.load_scenario("retired_teacher")


@pytest.fixture(scope="module")
def nurse():
    return roleplay.load_scenario("night_shift_nurse")


def play(scenario, choice_ids, state=None):
    state = state or roleplay.start(scenario)
    for choice_id in choice_ids:
        state = roleplay.choose(scenario, state, choice_id).state
    return state


def fake_reader(kind, parts=(), matches=()):
    """A reader following commonground.reader's contract, with a fixed answer."""

    def read(text, fit_keywords=None, conflict_keywords=None):
        read.calls.append((text, fit_keywords))
        hits = tuple(m for m in matches if fit_keywords and m in fit_keywords)
        return SimpleNamespace(
            kind=kind,
            specific_parts=tuple(parts),
            fits=bool(hits) if fit_keywords is not None else None,
            fit_matches=hits,
            suggestion="try an open question",
            rules=(),
        )

    read.calls = []
    return read


def test_start_puts_the_persona_first_line_up(teacher):
    state = roleplay.start(teacher)
    assert state.node == "arrive"
    assert roleplay.current_line(teacher, state).startswith("Come in")
    assert [c.id for c in roleplay.choices(teacher, state)][:2] == ["ask_work", "ask_street"]
    assert not roleplay.is_finished(state)


def test_strong_path_reaches_yes_with_facts_story_and_common_ground(teacher):
    state = play(teacher, TEACHER_YES)
    assert roleplay.is_finished(state) and state.ending == "end_yes"
    assert state.story_shared and state.common_ground
    assert {"taught_reading", "library_childhood", "parent_evenings"} <= set(state.facts)
    assert state.first_ask.answer == "yes" and state.first_ask.ask_type == "lead_role"
    assert roleplay.choices(teacher, state) == ()


def test_a_turn_never_changes_the_state_it_was_given(teacher):
    before = roleplay.start(teacher)
    snapshot = before.to_json()
    turn = roleplay.choose(teacher, before, "ask_work")
    assert before.to_json() == snapshot
    assert turn.state is not before and turn.state.node == "settled"
    assert turn.step == "factual_questions" and turn.quality == "strong"
    assert turn.reply.startswith("Thirty-four years")


def test_choice_not_offered_and_finished_play_are_refused(teacher):
    state = roleplay.start(teacher)
    with pytest.raises(CommonGroundError, match="not offered at arrive"):
        roleplay.choose(teacher, state, "confirm_details")
    done = play(teacher, TEACHER_YES)
    with pytest.raises(CommonGroundError, match="has ended"):
        roleplay.choose(teacher, done, "ask_work")


def test_state_from_another_scenario_is_refused(teacher, nurse):
    with pytest.raises(CommonGroundError, match="belongs to scenario"):
        roleplay.choices(nurse, roleplay.start(teacher))


def test_save_and_resume_mid_play_gives_the_same_result(nurse):
    half = play(nurse, NURSE_TIMING[:5])
    resumed = PlayState.from_json(half.to_json())
    assert resumed == half
    straight = play(nurse, NURSE_TIMING[5:], half)
    via_save = play(nurse, NURSE_TIMING[5:], resumed)
    assert via_save == straight
    assert (
        roleplay.debrief(nurse, via_save).as_dict() == roleplay.debrief(nurse, straight).as_dict()
    )


def test_saved_state_with_unknown_version_is_refused(teacher):
    text = roleplay.start(teacher).to_json().replace('"version": 2', '"version": 99')
    with pytest.raises(CommonGroundError, match="state version 99"):
        PlayState.from_json(text)
    with pytest.raises(CommonGroundError, match="not valid JSON"):
        PlayState.from_json("{oops")


def test_timing_no_then_alternative_time_wins_a_yes(nurse):
    state = play(nurse, NURSE_TIMING)
    answers = [a.answer for a in state.asks]
    assert answers == ["no_timing", "yes"]
    assert state.asks[0].reason == "nights_weekends"
    assert state.ending == "end_yes"
    assert [(r.step, r.quality) for r in state.responses] == [
        ("respond_no", "strong"),
        ("offer_alternative", "strong"),
        ("respond_yes", "strong"),
    ]


def test_outcome_row_passes_the_log_validator(nurse):
    state = play(nurse, NURSE_TIMING)
    row = roleplay.to_outcome_row(nurse, state, date="2026-01-15")
    assert row["response"] == "no" and row["no_reason"] == "timing"
    assert row["final_response"] == "yes" and row["alternative_offered"] is True
    assert row["ask_type"] == "canvass" and row["purpose"] == "explore_working_together"
    assert "Dana" not in str(row.values())  # never the persona's name
    result = validate_frame(pd.DataFrame([row]))
    assert result.ok, result.problems
    assert len(result.accepted) == 1


def test_outcome_row_needs_an_ask(teacher):
    with pytest.raises(CommonGroundError, match="no ask was made"):
        roleplay.to_outcome_row(teacher, roleplay.start(teacher))


def test_free_text_routes_by_meaning_not_by_kind(teacher):
    state = roleplay.start(teacher)
    reader = fake_reader("factual_question")
    turn = roleplay.free_text(teacher, state, "How long have you lived on Elm Street?", reader)
    assert turn.routed == "typed" and turn.choice_id == "ask_street"
    assert turn.read_as == "factual_question" and turn.heard.how == "verbatim"
    turn = roleplay.free_text(teacher, state, "What work did you do before you retired?", reader)
    assert turn.choice_id == "ask_work" and turn.heard.how == "meaning"
    # close to nothing here: not understood, never the first choice in the file
    nothing = roleplay.free_text(teacher, state, "Hm?", reader)
    assert nothing.routed == "fallback" and nothing.choice_id == ""
    assert nothing.state.node == state.node


def test_a_line_not_understood_costs_and_names_what_would_fit(teacher):
    state = roleplay.start(teacher)
    turn = roleplay.free_text(teacher, state, "You should move house.", fake_reader("advice"))
    assert turn.routed == "fallback" and turn.choice_id == ""
    assert turn.state.node == state.node
    assert turn.state.trust == state.trust - 1
    # the line is on the record as a step not done, so it costs points
    assert [(r.quality, r.credited, r.typed) for r in turn.state.steps] == [("weak", False, True)]
    assert "What would fit here" in turn.feedback
    assert "try an open question" in turn.feedback
    assert turn.reply == teacher.fallback.say


def test_typed_ask_is_heard_as_typed(teacher):
    at_ask = play(teacher, TEACHER_YES[:6])
    unspecific = roleplay.free_text(
        teacher, at_ask, "Would you run the reading table at the homework club sometime?"
    )
    assert unspecific.heard.how == "ask" and unspecific.choice_id == "ask_homework_club"
    assert unspecific.answer.answer == "maybe" and unspecific.quality == "weak"
    line = "Would you run the reading table at the homework club at the library on Tuesday at 3:30?"
    strong = roleplay.free_text(teacher, at_ask, line)
    assert strong.answer.answer == "yes" and strong.quality == "strong"
    assert strong.state.node == "said_yes"


def test_typed_ask_running_into_a_constraint_gets_that_no(teacher):
    at_ask = play(teacher, TEACHER_YES[:6])
    line = "Would you speak at the hearing on Thursday at 7pm at City Hall?"
    turn = roleplay.free_text(
        teacher, at_ask, line, fake_reader("ask", ["activity", "time", "place"])
    )
    assert turn.answer.answer == "no_timing" and turn.answer.reason == "choir_thursdays"
    assert turn.state.node == "no_timing_said"


def test_free_text_with_the_real_reader(teacher):
    state = roleplay.start(teacher)
    turn = roleplay.free_text(teacher, state, "What did you do for work before you retired?")
    assert turn.read_as == "factual_question" and turn.choice_id == "ask_work"
    at_ask = play(teacher, TEACHER_YES[:6])
    line = (
        "Would you lead the reading table at the homework club at the library on Tuesday at 3:30pm?"
    )
    turn = roleplay.free_text(teacher, at_ask, line)
    assert turn.read_as == "ask"
    assert turn.answer.answer == "yes", turn.feedback


def test_empty_line_is_refused(teacher):
    with pytest.raises(CommonGroundError, match="empty"):
        roleplay.free_text(teacher, roleplay.start(teacher), "   ", fake_reader("other"))


def test_an_ask_choice_can_route_its_answers_itself(teacher):
    at_ask = play(teacher, ("ask_work", "share_story", "ask_enjoy", "follow_up_evenings"))
    at_ask = play(teacher, ("name_common_ground", "explain_tied"), at_ask)
    turn = roleplay.choose(teacher, at_ask, "ask_house_meeting")
    assert turn.answer.answer == "yes"
    assert turn.state.node == "said_yes_house"  # the choice's answers, not the node's
    assert roleplay.choose(teacher, at_ask, "ask_homework_club").state.node == "said_yes"
