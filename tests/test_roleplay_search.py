"""The play search's lean click is the engine's click: same route, same answers.

:func:`commonground.roleplay.search.step` leaves out what does not decide the route
(transcript, feedback, records) so the linter's exhaustive search is cheap. If it ever
disagreed with :func:`commonground.roleplay.engine.choose`, the linter would judge
endings and answers reachable (or not) wrongly; so every transition the search can take
in every shipped scenario is played both ways here.
"""

from collections import deque
from dataclasses import replace

import pytest

from commonground import roleplay
from commonground.roleplay.engine import _trust_floor
from commonground.roleplay.loader import scenario_paths
from commonground.roleplay.model import OVER_TIME_FACTOR
from commonground.roleplay.search import Walk, explore, step


def _walk(state) -> Walk:
    return Walk(state.node, state.trust, state.minutes, state.facts, len(state.asks), state.ending)


@pytest.mark.parametrize("path", scenario_paths(), ids=lambda p: p.stem)
def test_every_transition_matches_the_engine(path):
    scenario = roleplay.load_scenario(str(path))
    first = roleplay.start(scenario)
    queue, seen, checked, endings = deque([first]), set(), 0, set()
    while queue and checked < 6000:
        state = queue.popleft()
        if state.finished:
            endings.add(state.ending)
            continue
        key = (state.node, state.trust, state.facts, state.minutes, len(state.asks))
        if key in seen:
            continue
        seen.add(key)
        for choice in scenario.node(state.node).choices:
            turn = roleplay.choose(scenario, state, choice.id)
            walk, answer = step(scenario, _walk(state), choice)
            assert walk == _walk(turn.state), (path.stem, state.node, choice.id)
            assert answer == (turn.answer.answer if turn.answer else "")
            checked += 1
            queue.append(turn.state)
    assert checked > 300 and endings


@pytest.mark.parametrize("path", scenario_paths(), ids=lambda p: p.stem)
def test_every_choice_matches_the_engine_at_the_limits(path):
    """At every node: fresh, about to run out of time, about to lose trust, knowing all."""
    scenario = roleplay.load_scenario(str(path))
    first = roleplay.start(scenario)
    limit = OVER_TIME_FACTOR * scenario.meeting.planned_minutes
    variants = [
        {},
        {"minutes": limit - 0.01},
        {"trust": _trust_floor(scenario) + 1},
        {"facts": tuple(f.id for f in scenario.persona.hidden_facts), "trust": 10},
    ]
    fired = set()
    for node in scenario.nodes.values():
        for changes in variants:
            state = replace(first, node=node.id, **changes)
            for choice in node.choices:
                turn = roleplay.choose(scenario, state, choice.id)
                walk, answer = step(scenario, _walk(state), choice)
                assert walk == _walk(turn.state), (node.id, choice.id, changes)
                assert answer == (turn.answer.answer if turn.answer else "")
                fired.add(turn.state.ending)
    assert {"out_of_time", "trust_lost"} <= fired  # the engine's own endings were compared


def test_search_paths_replay_to_their_endings_with_the_engine():
    scenario = roleplay.load_scenario("over_committed")
    result = explore(scenario, exhaustive=True)
    assert result.complete and result.endings
    for ending, path in result.endings.items():
        state = roleplay.start(scenario)
        for choice_id in path:
            state = roleplay.choose(scenario, state, choice_id).state
        assert state.ending == ending


@pytest.mark.parametrize("path", scenario_paths(), ids=lambda p: p.stem)
def test_the_search_s_kept_answers_are_answer_ask_s(path):
    """The search keeps one answer per ask, fit and trust reached: for every ask, every
    set of facts (all, if few, else a seeded sample) and every trust around the persona's
    need, asked in a shuffled order of one search's rules, the answer is answer_ask's."""
    import itertools
    import random

    from commonground.roleplay.answer import answer_ask, view_of
    from commonground.roleplay.search import _Rules

    scenario = roleplay.load_scenario(str(path))
    facts = [f.id for f in scenario.persona.hidden_facts]
    subsets = [tuple(c) for n in range(len(facts) + 1) for c in itertools.combinations(facts, n)]
    rng = random.Random(7)
    if len(subsets) > 200:
        subsets = rng.sample(subsets, 200)
    need = scenario.persona.trust_needed
    cases = [
        (ask.id, found, trust)
        for ask in scenario.campaign.asks
        for found in subsets
        for trust in range(need - 3, need + 4)
    ]
    rng.shuffle(cases)
    rules = _Rules(scenario)
    for ask_id, found, trust in cases:
        view = view_of(scenario.campaign.ask(ask_id))
        expected = answer_ask(scenario.persona, view, found, trust).answer
        assert rules.answer(scenario, ask_id, found, trust) == expected, (ask_id, found, trust)
