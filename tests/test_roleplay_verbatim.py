"""Typing a listed line word for word acts exactly like clicking it, in every state.

The states are every distinct state the exhaustive search visits (up to a cap per
scenario), and at each one every offered choice is both clicked and typed: as written,
and lower-cased without punctuation.
"""

from __future__ import annotations

import re
from collections import deque

import pytest

from commonground import roleplay

NAMES = [info.name for info in roleplay.list_scenarios() if not info.error]
STATES_PER_SCENARIO = 150


def key_of(state):
    """States that differ only in history behave alike; keep one of each."""
    return (state.node, state.trust, frozenset(state.facts), len(state.asks))


def states_of(scenario, limit=STATES_PER_SCENARIO):
    first = roleplay.start(scenario)
    queue, seen, out = deque([first]), {key_of(first)}, []
    while queue and len(out) < limit:
        state = queue.popleft()
        if state.finished:
            continue
        out.append(state)
        for choice in roleplay.choices(scenario, state):
            new = roleplay.choose(scenario, state, choice.id).state
            key = key_of(new)
            if key not in seen:
                seen.add(key)
                queue.append(new)
    return out


def plain(text: str) -> str:
    return re.sub(r"[^\w\s']", " ", text).lower()


def same_move(clicked, typed):
    assert typed.choice_id == clicked.choice_id
    assert typed.state.node == clicked.state.node
    assert typed.feedback == clicked.feedback
    assert typed.quality == clicked.quality
    assert typed.state.trust == clicked.state.trust
    assert typed.state.facts == clicked.state.facts
    assert (typed.answer is None) == (clicked.answer is None)
    if clicked.answer is not None:
        assert typed.answer == clicked.answer
        assert typed.state.asks == clicked.state.asks


@pytest.mark.parametrize("name", NAMES)
def test_typing_a_choice_word_for_word_is_clicking_it(name):
    scenario = roleplay.load_scenario(name)
    checked = asks = 0
    for state in states_of(scenario):
        for choice in roleplay.choices(scenario, state):
            clicked = roleplay.choose(scenario, state, choice.id)
            for text in (choice.text, plain(choice.text)):
                typed = roleplay.free_text(scenario, state, text)
                assert typed.heard.how == "verbatim", (state.node, choice.id, text)
                same_move(clicked, typed)
            checked += 1
            asks += choice.ask is not None
    assert checked > 50 and asks > 5
