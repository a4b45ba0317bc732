"""The scenario library: every ending of every scenario is reachable in play, and the
library covers the method's meeting steps and every answer."""

from __future__ import annotations

import pytest

from commonground import method, roleplay
from commonground.roleplay.debrief import meeting_step_of
from commonground.roleplay.search import explore

NAMES = [info.name for info in roleplay.list_scenarios()]


@pytest.mark.parametrize("name", NAMES)
def test_every_ending_is_reached_by_replaying_a_found_path(name):
    scenario = roleplay.load_scenario(name)
    result = explore(scenario, exhaustive=True)
    assert result.complete
    assert set(result.endings) == set(scenario.endings())
    for ending, path in result.endings.items():
        state = roleplay.start(scenario)
        for choice_id in path:
            state = roleplay.choose(scenario, state, choice_id).state
        assert roleplay.is_finished(state) and state.ending == ending
        report = roleplay.debrief(scenario, state)
        assert report.ending_text  # every ending carries a debrief


@pytest.mark.parametrize("name", NAMES)
def test_scenario_practises_every_meeting_step(name):
    scenario = roleplay.load_scenario(name)
    steps = {c.step for node in scenario.nodes.values() for c in node.choices}
    covered = {meeting_step_of(s) for s in steps}
    assert {e.id for e in method.load().in_part("meeting")} <= covered  # listening too


@pytest.mark.parametrize("name", NAMES)
def test_first_answer_can_be_yes_maybe_and_either_no(name):
    """Every scenario lets the learner meet every first answer, both kinds of no too."""
    result = explore(roleplay.load_scenario(name), exhaustive=True)
    assert result.first_answers == {"yes", "maybe", "no_timing", "no_activity"}


def test_library_covers_every_answer_and_every_purpose():
    first_answers = set()
    for name in NAMES:
        first_answers |= explore(roleplay.load_scenario(name), exhaustive=True).first_answers
    assert first_answers == set(roleplay.ANSWERS)
    purposes = {roleplay.load_scenario(n).meeting.purpose for n in NAMES}
    assert purposes == set(method.load().purpose_ids())


@pytest.mark.parametrize("name", NAMES)
def test_scenarios_are_marked_synthetic(name):
    scenario = roleplay.load_scenario(name)
    assert "(synthetic)" in scenario.persona.name


def test_outcome_rows_from_every_ending_are_a_valid_log():
    import pandas as pd

    from commonground.outcomes import validate_frame

    rows = []
    for name in NAMES:
        scenario = roleplay.load_scenario(name)
        for path in explore(scenario, exhaustive=True).endings.values():
            state = roleplay.start(scenario)
            for choice_id in path:
                state = roleplay.choose(scenario, state, choice_id).state
            if state.asks:
                rows.append(roleplay.to_outcome_row(scenario, state, date="2026-02-01"))
    assert len(rows) >= 3 * len(NAMES)
    result = validate_frame(pd.DataFrame(rows))
    assert result.ok, [str(p) for p in result.problems]
    assert set(result.accepted["response"]) == {"yes", "maybe", "no"}
