"""No endless loops: repeating a move that leads back to where it was ends the meeting.

Every shipped scenario, every choice that loops back to its own node, clicked and typed
again and again: the person ends the meeting once it runs to twice the planned time (or
once trust is gone), so no play can circle forever.
"""

from __future__ import annotations

from collections import deque

import pytest

from commonground import roleplay
from commonground.roleplay.model import OUT_OF_TIME, TRUST_LOST

NAMES = [info.name for info in roleplay.list_scenarios() if not info.error]


def reach(scenario, node_id):
    """A state at ``node_id``: breadth first over clicks until the node is reached."""
    first = roleplay.start(scenario)
    queue, seen = deque([first]), {first.node}
    while queue:
        state = queue.popleft()
        if state.node == node_id:
            return state
        for choice in roleplay.choices(scenario, state):
            new = roleplay.choose(scenario, state, choice.id).state
            if new.node not in seen and not new.finished:
                seen.add(new.node)
                queue.append(new)
    raise AssertionError(f"could not reach {node_id}")


def self_loops(scenario):
    return [
        (node.id, choice)
        for node in scenario.nodes.values()
        for choice in node.choices
        if choice.next == node.id
    ]


@pytest.mark.parametrize("name", NAMES)
def test_repeating_a_looping_move_ends_the_meeting(name):
    scenario = roleplay.load_scenario(name)
    loops = self_loops(scenario)
    for node_id, choice in loops:
        state = reach(scenario, node_id)
        for turn in range(200):
            if state.finished:
                break
            state = (
                roleplay.choose(scenario, state, choice.id)
                if turn % 2
                else roleplay.free_text(scenario, state, choice.text)
            ).state
        assert state.finished, f"{name}: {choice.id} loops forever"
        assert state.ending in (OUT_OF_TIME, TRUST_LOST)
        assert state.minutes <= 2 * scenario.meeting.planned_minutes + 10


def test_some_scenarios_have_looping_moves():
    assert sum(len(self_loops(roleplay.load_scenario(n))) for n in NAMES) >= 3
