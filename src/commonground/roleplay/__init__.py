"""Role-play: practise a whole 1:1 with a synthetic persona, then read the debrief.

The public API (pure Python; the widget player and the CLI build on it)::

    from commonground import roleplay
    scenario = roleplay.load_scenario("retired_teacher")
    state = roleplay.start(scenario)
    roleplay.current_line(scenario, state)        # what the persona says now
    for choice in roleplay.choices(scenario, state): ...
    turn = roleplay.choose(scenario, state, choice_id)   # or free_text(..., "a typed line")
    state = turn.state                             # states are immutable
    roleplay.is_finished(state)
    roleplay.debrief(scenario, state).as_dict()
    roleplay.to_outcome_row(scenario, state)       # one outcome-log row
    PlayState.from_json(state.to_json())           # save and resume

Submodules: :mod:`.model` (the scenario objects), :mod:`.loader` (find, list, load),
:mod:`.yamlfile` (safe YAML with lines), :mod:`.checks` (schema and ids), :mod:`.build`,
:mod:`.state`, :mod:`.engine`, :mod:`.answer` (how the persona answers an ask),
:mod:`.debrief`, :mod:`.outcome` (outcome-log row), :mod:`.search` (every reachable
play), :mod:`.lint`, :mod:`.autoplay`, :mod:`.terminal`, :mod:`.starter`.
"""

from __future__ import annotations

from commonground.roleplay.answer import Answer, AskView, answer_ask
from commonground.roleplay.debrief import Debrief, StepScore, debrief
from commonground.roleplay.engine import (
    TurnResult,
    choices,
    choose,
    current_line,
    free_text,
    is_finished,
    start,
)
from commonground.roleplay.loader import ScenarioInfo, list_scenarios, load_scenario
from commonground.roleplay.model import ANSWERS, Scenario
from commonground.roleplay.outcome import to_outcome_row
from commonground.roleplay.state import STATE_VERSION, AskRecord, PlayState, StepRecord

__all__ = [
    "ANSWERS",
    "STATE_VERSION",
    "Answer",
    "AskRecord",
    "AskView",
    "Debrief",
    "PlayState",
    "Scenario",
    "ScenarioInfo",
    "StepRecord",
    "StepScore",
    "TurnResult",
    "answer_ask",
    "choices",
    "choose",
    "current_line",
    "debrief",
    "free_text",
    "is_finished",
    "list_scenarios",
    "load_scenario",
    "start",
    "to_outcome_row",
]
