"""Reachable role-play states, for the property tests over every scenario."""

from __future__ import annotations

from collections import deque

from commonground import roleplay


def key_of(state):
    """States that differ only in history behave alike; keep one of each."""
    return (state.node, state.trust, frozenset(state.facts), len(state.asks))


def reachable_states(scenario):
    """Every distinct unfinished state reachable by clicks, breadth first."""
    first = roleplay.start(scenario)
    queue, seen, out = deque([first]), {key_of(first)}, []
    while queue:
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


def first_state_at_each_node(every):
    """``{node id: the first state found there}`` among ``every`` (in its order)."""
    found = {}
    for state in every:
        found.setdefault(state.node, state)
    return found
