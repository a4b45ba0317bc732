"""Random plays (hypothesis): turns are pure, saves round-trip, debriefs serialise."""

from __future__ import annotations

import json
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from commonground import roleplay
from commonground.roleplay import PlayState
from commonground.roleplay.autoplay import play_once

NAMES = [info.name for info in roleplay.list_scenarios() if not info.error]
SCENARIOS = {name: roleplay.load_scenario(name) for name in NAMES}


@settings(max_examples=40, deadline=None)
@given(name=st.sampled_from(NAMES), seed=st.integers(0, 10**6))
def test_random_play_ends_and_its_record_is_consistent(name, seed):
    scenario = SCENARIOS[name]
    state, typed, fallbacks = play_once(scenario, random.Random(seed), typed_share=0.3)
    assert state.finished
    assert state.ending in (*scenario.endings(), *scenario.engine_endings)
    assert PlayState.from_json(state.to_json()) == state
    report = roleplay.debrief(scenario, state).as_dict()
    assert json.loads(json.dumps(report)) == json.loads(json.dumps(report, sort_keys=True))
    assert 0 <= report["score"] <= 100
    assert fallbacks <= typed
    # every move is in the transcript: organizer line then persona reply
    speakers = [speaker for speaker, _ in state.transcript]
    assert speakers == ["persona"] + ["organizer", "persona"] * ((len(speakers) - 1) // 2)
    assert len(state.steps) >= speakers.count("organizer") - typed


@settings(max_examples=40, deadline=None)
@given(name=st.sampled_from(NAMES), seed=st.integers(0, 10**6))
def test_replaying_the_same_choices_gives_the_same_state(name, seed):
    scenario = SCENARIOS[name]
    rng = random.Random(seed)
    state = roleplay.start(scenario)
    taken = []
    while not state.finished:
        choice = rng.choice(roleplay.choices(scenario, state))
        taken.append(choice.id)
        before = state.to_json()
        state = roleplay.choose(scenario, state, choice.id).state
        assert PlayState.from_json(before).to_json() == before  # old state untouched
    again = roleplay.start(scenario)
    for choice_id in taken:
        again = roleplay.choose(scenario, again, choice_id).state
    assert again == state
