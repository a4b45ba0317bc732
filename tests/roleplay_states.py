"""Reachable role-play states, for the property tests over every scenario."""

from __future__ import annotations

from collections import deque

from commonground import roleplay


def key_of(state):
    """States that differ only in history behave alike; keep one of each."""
    return (state.node, state.trust, frozenset(state.facts), len(state.asks))


#: ``id(scenario) -> (scenario, its reachable states)``: the walk is made once per scenario
#: object in a test process (scenarios and states are frozen; the scenario is kept so that
#: its id is never reused). Five test files walk the nine shipped scenarios, several times
#: each; the walk (about 1.2 s of CPU for all nine) was repeated each time.
_WALKED: dict[int, tuple[object, tuple]] = {}


def reachable_states(scenario):
    """Every distinct unfinished state reachable by clicks, breadth first (a new list, of
    the states found by this scenario object's first walk)."""
    kept = _WALKED.get(id(scenario))
    if kept is None or kept[0] is not scenario:
        kept = _WALKED[id(scenario)] = (scenario, tuple(_walk(scenario)))
    return list(kept[1])


def _walk(scenario):
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
