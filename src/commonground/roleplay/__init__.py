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
:mod:`.state`, :mod:`.engine` (its parts: :mod:`.apply_choice`, :mod:`.no_move`,
:mod:`.built_in_endings`, :mod:`.turn_result`, :mod:`.what_fits`), :mod:`.answer` (how
the persona answers an ask), :mod:`.debrief`, :mod:`.outcome` (outcome-log row),
:mod:`.search` (every reachable play), :mod:`.lint`, :mod:`.autoplay`, :mod:`.terminal`,
:mod:`.starter`.
"""

from __future__ import annotations

from commonground.lazy import exports

# ``debrief`` is both a submodule and the function it exports: importing it here binds
# the function, whatever submodule is imported later.
from commonground.roleplay.debrief import Debrief, StepScore, debrief

# The rest is imported on first use (see :mod:`commonground.lazy`), so that importing
# one submodule, such as the linter's, does not load the engine and the line reader.
_WHERE = {
    "Answer": "answer",
    "AskView": "answer",
    "answer_ask": "answer",
    "TurnResult": "engine",
    "choices": "engine",
    "choose": "engine",
    "current_line": "engine",
    "free_text": "engine",
    "is_finished": "engine",
    "start": "engine",
    "ScenarioInfo": "loader",
    "list_scenarios": "loader",
    "load_scenario": "loader",
    "ANSWERS": "model",
    "Scenario": "model",
    "to_outcome_row": "outcome",
    "STATE_VERSION": "state",
    "AskRecord": "state",
    "PlayState": "state",
    "StepRecord": "state",
}

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

__getattr__, __dir__ = exports(__name__, _WHERE, globals())
