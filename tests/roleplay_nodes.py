"""Every shipped scenario's first reachable state at each node, for tests that type lines
at every node of a kind (after a no, before any ask, where the campaign is explained)."""

from __future__ import annotations

from functools import cache

from roleplay_states import first_state_at_each_node, reachable_states

from commonground import roleplay
from commonground.roleplay.engine import node_step
from commonground.roleplay.loader import scenario_paths

NAMES = tuple(p.stem for p in scenario_paths())


@cache
def scenario(name):
    return roleplay.load_scenario(name)


@cache
def _states(name):
    return first_state_at_each_node(reachable_states(scenario(name)))


def nodes_where(test):
    """``[(scenario, node, state)]`` for every node (in every scenario) where
    ``test(scenario, node, state)`` holds, at the first state found there."""
    out = []
    for name in NAMES:
        sc = scenario(name)
        for node_id, state in _states(name).items():
            node = sc.node(node_id)
            if test(sc, node, state):
                out.append((sc, node, state))
    return out


def responds_to(answer):
    """A test for nodes whose strong move is the reply to ``answer`` (yes, maybe, no)."""
    return lambda sc, node, state: node_step(node) == f"respond_{answer}"
