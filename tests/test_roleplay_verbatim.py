"""Typing a listed line word for word acts exactly like clicking it, in every state.

The states: every distinct state reachable by clicks is found (breadth first); the
first state found at each node is checked, so every reachable node is, plus a seeded
random sample of the rest (deep states too, not only the first few turns). At each one
every offered choice is both clicked and typed: as written, and lower-cased without
punctuation.
"""

from __future__ import annotations

import random
import re

import pytest
from roleplay_states import first_state_at_each_node, reachable_states

from commonground import roleplay

NAMES = [info.name for info in roleplay.list_scenarios() if not info.error]
STATES_PER_SCENARIO = 150


def states_of(every, limit=STATES_PER_SCENARIO):
    """The first state found at each node in ``every``, then a seeded sample of the rest."""
    firsts = list(first_state_at_each_node(every).values())
    rest = [state for state in every if not any(state is f for f in firsts)]
    extra = max(0, limit - len(firsts))
    return firsts + random.Random(12).sample(rest, min(extra, len(rest)))


def plain(text: str) -> str:
    return re.sub(r"[^\w\s']", " ", text).lower()


def same_move(clicked, typed):
    assert typed.choice_id == clicked.choice_id
    assert typed.state.node == clicked.state.node
    assert typed.feedback == clicked.feedback
    assert typed.quality == clicked.quality
    assert typed.state.trust == clicked.state.trust
    assert typed.state.facts == clicked.state.facts
    assert typed.reply == clicked.reply and typed.state.ending == clicked.state.ending
    assert typed.state.minutes == clicked.state.minutes
    assert typed.state.talk_minutes == clicked.state.talk_minutes
    assert typed.state.steps[-1].credited == clicked.state.steps[-1].credited
    assert typed.state.steps[-1].quality == clicked.state.steps[-1].quality
    assert (typed.answer is None) == (clicked.answer is None)
    if clicked.answer is not None:
        assert typed.answer == clicked.answer
        assert typed.state.asks == clicked.state.asks


@pytest.mark.parametrize("name", NAMES)
def test_typing_a_choice_word_for_word_is_clicking_it(name):
    scenario = roleplay.load_scenario(name)
    checked = asks = 0
    every = reachable_states(scenario)
    states = states_of(every)
    playable = {n.id for n in scenario.nodes.values() if n.choices}
    # every node a click can reach is checked (only nodes no play reaches are left out)
    assert {s.node for s in every} == {s.node for s in states} <= playable
    for state in states:
        for choice in roleplay.choices(scenario, state):
            clicked = roleplay.choose(scenario, state, choice.id)
            for text in (choice.text, plain(choice.text)):
                typed = roleplay.free_text(scenario, state, text)
                assert typed.heard.how == "verbatim", (state.node, choice.id, text)
                same_move(clicked, typed)
            checked += 1
            asks += choice.ask is not None
    assert checked > 50 and asks > 5
