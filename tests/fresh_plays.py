"""Fresh typed plays kept as YAML (``tests/plays/fresh*/<scenario>.yaml``), and playing them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

from commonground import roleplay


@cache
def scenario(name):
    return roleplay.load_scenario(name)


@cache
def plays_in(folder: Path, name: str) -> dict:
    """The plays of one scenario in ``folder``, by group (good, poor, beginner...)."""
    return yaml.safe_load((folder / f"{name}.yaml").read_text(encoding="utf-8"))


def cases_in(folder: Path, names, group: str):
    """One pytest case per play of ``group``, for every scenario of ``names``."""
    for name in names:
        for play in plays_in(folder, name).get(group) or []:
            yield pytest.param(name, play, id=f"{name}-{play['name'][:40]}")


def play_typed(sc, lines):
    """Type ``lines`` from the start: ``(state, debrief, a transcript for messages)``."""
    state, heard = roleplay.start(sc), []
    for line in lines:
        if state.finished:
            break
        turn = roleplay.free_text(sc, state, line)
        heard.append(f"  {turn.routed:8} {turn.choice_id or '-':24} {turn.quality or '-':8} {line}")
        state = turn.state
    report = roleplay.debrief(sc, state)
    steps = ", ".join(f"{s.step}={s.score}" for s in report.steps)
    return state, report, f"score {report.score}\n" + "\n".join(heard) + f"\n  {steps}"
