"""Exhaustive search of a scenario's plays: which endings and answers can really happen.

The graph alone cannot say whether an ending behind an ask is reachable: the branch
taken depends on the persona's answer, which depends on trust and facts gathered on the
way. So the search plays every listed choice from every distinct state (breadth first),
merging states that can no longer differ in what happens next.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from commonground.roleplay.engine import choose, start
from commonground.roleplay.model import Scenario
from commonground.roleplay.state import PlayState

MAX_STATES = 200_000


@dataclass
class SearchResult:
    """What the search found.

    Attributes
    ----------
    endings
        Ending id -> one shortest list of choice ids that reaches it.
    answers
        Answer (``yes``, ``maybe``, ``no_timing``, ``no_activity``) -> the nodes where an
        ask got that answer.
    states
        Distinct states explored.
    complete
        False when the search stopped at :data:`MAX_STATES` before exploring everything.
    """

    endings: dict[str, list[str]] = field(default_factory=dict)
    answers: dict[str, set[str]] = field(default_factory=dict)
    first_answers: set[str] = field(default_factory=set)
    states: int = 0
    complete: bool = True


def _key(state: PlayState, relevant: frozenset) -> tuple:
    """What decides the rest of a play: the node, the trust and the facts asks fit.

    Story, common ground, minutes and history only change the debrief, not the route.
    """
    return (state.node, max(-10, min(20, state.trust)), relevant.intersection(state.facts))


def explore(
    scenario: Scenario, max_states: int = MAX_STATES, exhaustive: bool = False
) -> SearchResult:
    """Play every choice from every distinct state, breadth first.

    Unless ``exhaustive``, stop as soon as every ending and every answer was reached.
    """
    relevant = frozenset(f for ask in scenario.campaign.asks for f in ask.fits)
    endings = set(scenario.endings())
    result = SearchResult()
    first = start(scenario)
    queue = deque([(first, [])])
    seen = {_key(first, relevant)}
    while queue:
        if not exhaustive and endings <= set(result.endings) and len(result.answers) == 4:
            break
        state, path = queue.popleft()
        if state.finished:
            if state.ending in endings:
                result.endings.setdefault(state.ending, path)
            continue
        node = scenario.node(state.node)
        for choice in node.choices:
            turn = choose(scenario, state, choice.id)
            new = turn.state
            if turn.answer is not None:
                result.answers.setdefault(turn.answer.answer, set()).add(node.id)
                if len(new.asks) == 1:
                    result.first_answers.add(turn.answer.answer)
            key = _key(new, relevant)
            if key in seen:
                continue
            if len(seen) >= max_states:
                result.complete = False
                break
            seen.add(key)
            queue.append((new, [*path, choice.id]))
    result.states = len(seen)
    return result
