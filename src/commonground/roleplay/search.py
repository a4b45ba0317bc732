"""Exhaustive search of a scenario's plays: which endings and answers can really happen.

The graph alone cannot say whether an ending behind an ask is reachable: the branch
taken depends on the persona's answer, which depends on trust and facts gathered on the
way. So the search plays every listed choice from every distinct state (breadth first),
merging states that can no longer differ in what happens next.

A play in the search carries only what decides the route (:class:`Walk`), and a click
is applied by :func:`step`: the engine's click (:func:`.engine.choose`) with the
transcript, feedback and records left out, built from the engine's own rules
(:func:`.answer.answer_ask`, the engine's minutes and trust floor). A test plays every
transition of every shipped scenario both ways and requires the same node, trust,
facts, minutes, asks, answer and ending.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import NamedTuple

from commonground.roleplay.answer import answer_ask, view_of
from commonground.roleplay.engine import _minutes, _trust_floor, start
from commonground.roleplay.model import OUT_OF_TIME, OVER_TIME_FACTOR, TRUST_LOST, Choice, Scenario

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


class Walk(NamedTuple):
    """What a play carries that decides its route (a lean :class:`.state.PlayState`)."""

    node: str
    trust: int
    minutes: float
    facts: tuple[str, ...]
    asks: int  # how many asks were made
    ending: str

    @property
    def finished(self) -> bool:
        return bool(self.ending)


class _Rules:
    """What every click of one scenario works out the same way, worked out once.

    Per choice: its minutes and its ask's view; per ask, facts and trust: the answer;
    per scenario: the trust floor and the minutes that end a meeting.
    """

    def __init__(self, scenario: Scenario) -> None:
        self.trust_floor = _trust_floor(scenario)
        self.over_time = OVER_TIME_FACTOR * scenario.meeting.planned_minutes
        self.minutes: dict[int, float] = {}
        self.answers: dict[tuple, str] = {}
        self.fits: dict[str, frozenset] = {}

    def minutes_of(self, choice: Choice) -> float:
        found = self.minutes.get(id(choice))
        if found is None:
            found = self.minutes[id(choice)] = _minutes(choice, choice.text)[0]
        return found

    def answer(self, scenario: Scenario, ask_id: str, facts: tuple, trust: int) -> str:
        # An authored ask's answer depends on the facts only through whether one of them
        # is among its fits, and on the trust only through whether it reaches the
        # persona's need (:func:`.answer.answer_ask`): so many walks share one answer
        # (``tests/test_roleplay_search.py`` checks this against answer_ask itself).
        fits = self.fits.get(ask_id)
        if fits is None:
            fits = self.fits[ask_id] = frozenset(scenario.campaign.ask(ask_id).fits)
        key = (ask_id, not fits.isdisjoint(facts), trust >= scenario.persona.trust_needed)
        found = self.answers.get(key)
        if found is None:
            view = view_of(scenario.campaign.ask(ask_id))
            found = answer_ask(scenario.persona, view, facts, trust).answer
            self.answers[key] = found
        return found


def step(scenario: Scenario, walk: Walk, choice: Choice, rules: _Rules | None = None):
    """Click ``choice``: the new walk and the persona's answer (``""`` for no ask).

    The same arithmetic, in the same order, as :func:`.engine.choose` for a click.
    ``rules`` keeps what one scenario's clicks share (:func:`explore` passes one).
    """
    if rules is None:
        rules = _Rules(scenario)
    eff = choice.effects
    facts = walk.facts + tuple(f for f in eff.reveals if f not in walk.facts)
    trust = walk.trust + eff.trust
    asks, answer = walk.asks, ""
    if choice.ask:
        node = scenario.node(walk.node)
        answer = rules.answer(scenario, choice.ask, facts, trust)
        asks += 1
        target = scenario.node((choice.answers or node.answers)[answer])
    else:
        target = scenario.node(choice.next)
    minutes = walk.minutes + rules.minutes_of(choice)
    ending = target.id if target.ending else ""
    node_id = target.id
    if not ending:
        if minutes >= rules.over_time:
            node_id = ending = OUT_OF_TIME
        elif trust <= rules.trust_floor:
            node_id = ending = TRUST_LOST
    return Walk(node_id, trust, minutes, facts, asks, ending), answer


def _key(state: Walk, relevant: frozenset) -> tuple:
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
    begun = start(scenario)
    first = Walk(begun.node, begun.trust, begun.minutes, begun.facts, 0, begun.ending)
    queue = deque([(first, [])])
    seen = {_key(first, relevant)}
    rules = _Rules(scenario)
    pending = set(endings)  # endings not reached yet
    while queue:
        if not exhaustive and not pending and len(result.answers) == 4:
            break
        state, path = queue.popleft()
        if state.finished:
            if state.ending in endings:
                result.endings.setdefault(state.ending, path)
                pending.discard(state.ending)
            continue
        node = scenario.node(state.node)
        for choice in node.choices:
            new, answer = step(scenario, state, choice, rules)
            if answer:
                result.answers.setdefault(answer, set()).add(node.id)
                if new.asks == 1:
                    result.first_answers.add(answer)
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
