"""The built-in endings: the persona ends a meeting that runs to twice its planned time,
or that has lost their trust (:data:`~.model.OUT_OF_TIME`, :data:`~.model.TRUST_LOST`).
"""

from __future__ import annotations

from dataclasses import replace

from commonground.roleplay.model import (
    OUT_OF_TIME,
    OVER_TIME_FACTOR,
    TRUST_DROP,
    TRUST_LOST,
    Scenario,
)
from commonground.roleplay.turn_result import TurnResult


def trust_floor(scenario: Scenario) -> int:
    """Trust at or below which the persona ends the meeting."""
    return min(scenario.persona.trust_start, 0) - TRUST_DROP


def end_if_over(scenario: Scenario, result: TurnResult) -> TurnResult:
    """The persona ends a meeting far over time, or one that has lost their trust."""
    state = result.state
    if state.finished:
        return result
    if state.minutes >= OVER_TIME_FACTOR * scenario.meeting.planned_minutes:
        ending = OUT_OF_TIME
    elif state.trust <= trust_floor(scenario):
        ending = TRUST_LOST
    else:
        return result
    node = scenario.node(ending)
    new = replace(
        state,
        node=ending,
        ending=ending,
        transcript=state.transcript[:-1]
        + (("persona", f"{state.transcript[-1][1]} {node.say}".strip()),),
    )
    return replace(result, state=new, reply=f"{result.reply} {node.say}".strip())
