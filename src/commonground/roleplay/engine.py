"""Playing a scenario: start, see the choices, choose or type a line, until an ending.

Every function is pure: it takes a :class:`~commonground.roleplay.state.PlayState` and
returns a new one inside a :class:`TurnResult`; nothing is changed in place.

Free text
---------
A typed line is heard by :func:`commonground.roleplay.hearing.hear`: a choice's own
words are that choice (exactly as clicking it); otherwise the choice or authored ask it
is closest to in meaning, judged on its own words (:mod:`.line_checks`); or nothing,
when it is close to nothing here (the persona's fallback, and the line costs points) or
equally close to two different moves (the learner is asked to say more). An ask that
names no activity gets the node's ``vague`` reply. The persona ends a meeting that runs
to twice its planned time, or that has lost their trust (the built-in endings). A line
that also tells the learner's own story where no story move is listed credits the story
step too (:mod:`.hearing.late_story`).

The parts: a click or a heard line takes its choice in :mod:`.apply_choice`; a line
taken as no move here is answered in :mod:`.no_move`; the built-in endings are in
:mod:`.built_in_endings`; a turn's result is a :class:`~.turn_result.TurnResult`.
"""

from __future__ import annotations

from commonground.errors import CommonGroundError
from commonground.roleplay.apply_choice import apply_choice

# ``_minutes`` and ``_trust_floor`` are the names :mod:`.search` and the tests import.
from commonground.roleplay.apply_choice import move_minutes as _minutes  # noqa: F401
from commonground.roleplay.built_in_endings import trust_floor as _trust_floor  # noqa: F401
from commonground.roleplay.hearing import hear
from commonground.roleplay.hearing.late_story import credit_late_story
from commonground.roleplay.hearing.two_moves import credit_first
from commonground.roleplay.model import (
    DEFAULT_MAYBE_AS_YES,
    DEFAULT_NOT_YET,
    Choice,
    Node,
    Scenario,
)
from commonground.roleplay.no_move import (
    PUSH_TRUST,  # noqa: F401 - part of this module's API
    not_heard,
    stay,
    too_soon,
    under_way,
    vague,
)
from commonground.roleplay.state import PlayState
from commonground.roleplay.turn_result import TurnResult
from commonground.roleplay.what_fits import node_step, what_fits  # noqa: F401 - part of this API


def start(scenario: Scenario) -> PlayState:
    """A fresh play at the scenario's start node."""
    node = scenario.node(scenario.start)
    transcript = (("persona", node.say),) if node.say else ()
    return PlayState(
        scenario=scenario.id,
        node=node.id,
        trust=scenario.persona.trust_start,
        transcript=transcript,
        ending=node.id if node.ending else "",
    )


def is_finished(state: PlayState) -> bool:
    """True once the play reached an ending."""
    return state.finished


def current_line(scenario: Scenario, state: PlayState) -> str:
    """What the persona says now (their last line, or the node's line at the start)."""
    for speaker, text in reversed(state.transcript):
        if speaker == "persona":
            return text
    return scenario.node(state.node).say


def choices(scenario: Scenario, state: PlayState) -> tuple[Choice, ...]:
    """The organizer's options at the current node (none once finished)."""
    _check(scenario, state)
    return () if state.finished else scenario.node(state.node).choices


def choose(scenario: Scenario, state: PlayState, choice_id: str) -> TurnResult:
    """Take the choice ``choice_id`` at the current node.

    Raises
    ------
    CommonGroundError
        When the play is finished or the choice is not offered here.
    """
    node = _live_node(scenario, state)
    for item in node.choices:
        if item.id == choice_id:
            return apply_choice(scenario, state, node, item)
    offered = ", ".join(c.id for c in node.choices)
    raise CommonGroundError(f"choice {choice_id!r} is not offered at {node.id}; offered: {offered}")


def free_text(scenario: Scenario, state: PlayState, text: str, reader=None) -> TurnResult:
    """Say a typed line: it is heard (:mod:`.hearing`), then applied like a click.

    A line in a choice's own words is that choice. Otherwise the line takes the choice
    or ask it is closest to in meaning, judged on its own words; a line that is close to
    nothing here, or equally close to two different moves, is not taken as either.

    Parameters
    ----------
    reader
        A function like :func:`commonground.reader.read_line` (the default).
    """
    node = _live_node(scenario, state)
    if not text or not text.strip():
        raise CommonGroundError("say something: the line is empty")
    if reader is None:
        from commonground.reader import read_line as reader
    heard = hear(scenario, node, state.facts, text, reader, asked=bool(state.asks))
    if heard.how == "verbatim":
        return apply_choice(scenario, state, node, heard.choice, text, heard=heard)
    if heard.how in ("meaning", "ask", "own_ask") and heard.choice is not None:
        result = credit_first(
            apply_choice(scenario, state, node, heard.choice, text, heard=heard), heard
        )
        return credit_late_story(node, heard, text, result, reader)
    if heard.how == "vague_ask":
        return vague(scenario, state, node, text, heard)
    if heard.how == "maybe_as_yes":
        fb = DEFAULT_MAYBE_AS_YES
        probe = next(
            (c for c in node.choices if c.step == "respond_maybe" and c.quality == "strong"), None
        )
        feedback = fb.feedback + (f" For example: “{probe.text}”" if probe else "")
        return stay(
            scenario, state, node, text, heard, fb, "maybe_as_yes", "respond_maybe", feedback
        )
    if too_soon(state, node, heard):
        fb = DEFAULT_NOT_YET if under_way(state) else scenario.too_soon
        return stay(scenario, state, node, text, heard, fb, "too_soon", "ask", fb.feedback)
    return credit_late_story(
        node, heard, text, not_heard(scenario, state, node, text, heard), reader
    )


# ---- internals ----------------------------------------------------------------------


def _check(scenario: Scenario, state: PlayState) -> None:
    if state.scenario != scenario.id:
        raise CommonGroundError(
            f"this play belongs to scenario {state.scenario!r}, not {scenario.id!r}"
        )
    if state.node not in scenario.nodes:
        raise CommonGroundError(f"saved play is at node {state.node!r}, which {scenario.id} lacks")


def _live_node(scenario: Scenario, state: PlayState) -> Node:
    _check(scenario, state)
    if state.finished:
        raise CommonGroundError(f"the play has ended ({state.ending}); start a new one")
    return scenario.node(state.node)
