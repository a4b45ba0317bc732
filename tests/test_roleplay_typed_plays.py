"""Plays typed line by line in a volunteer's own words (tests/plays/<scenario>.yaml).

Good plays must score at least 85, poor plays at most 60, and a play of beginner
mistakes that touches every meeting step at most 50. The lines are written for these
tests: none is a choice's text or one of its examples, so they test hearing, not lookup.
``tests/plays/voices/`` holds further plays in voices the first ones lack (a terse texter,
a learner of English, a rambler, a nervous volunteer, a very formal speaker), written
without reading the first plays; ``tests/plays/voices2/`` five more (blunt short lines,
over-friendly chatter, the lesson's phrases copied, talking about oneself, closed questions
only); ``tests/plays/voices3/`` six more (a retired teacher's long formal sentences, a texter
in fragments, a learner of English, a nervous first-timer who apologises in every line, a
pushy salesperson, two moves in one line); ``tests/plays/voices4/`` six more (a terse typer
of two-to-four-word lines, Indian and Nigerian English idiom, a nervous first-timer who
over-explains, a rushing organiser, a script pasted with bullets or numbers, ALL CAPS or no
space after punctuation); ``tests/plays/voices5/`` four per scenario (very formal British
politeness, text-speak with emoji and abbreviations, two questions in one line, over-explaining
the campaign, a learner of English with grammar slips, a jargon-heavy organiser, and beginner
mistakes worded afresh). The same bounds apply to them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

from commonground import method, roleplay
from commonground.roleplay.debrief import meeting_step_of
from commonground.roleplay.similarity import normalise

PLAYS = Path(__file__).parent / "plays"
VOICES = PLAYS / "voices"
VOICES2 = PLAYS / "voices2"
VOICES3 = PLAYS / "voices3"
VOICES4 = PLAYS / "voices4"
VOICES5 = PLAYS / "voices5"
NAMES = [info.name for info in roleplay.list_scenarios() if not info.error]
SCENARIOS = {name: roleplay.load_scenario(name) for name in NAMES}


#: libyaml's safe loader when present: the same data, parsed several times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def plays_of(name: str, folder: Path = PLAYS) -> dict:
    """The plays in ``folder/<name>.yaml``, parsed once per test process (three groups of
    parametrized tests and a check of every line read each file; nothing changes them)."""
    path = folder / f"{name}.yaml"
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) if path.is_file() else {}


def group_of(plays: dict, group: str) -> list[dict]:
    """The plays of a group (``beginner`` may be one play or a list of them)."""
    found = plays.get(group) or []
    return [found] if isinstance(found, dict) else list(found)


def cases(group: str):
    for folder in (PLAYS, VOICES, VOICES2, VOICES3, VOICES4, VOICES5):
        for name in NAMES:
            for play in group_of(plays_of(name, folder), group):
                tag = "" if folder == PLAYS else f"{folder.name}-"
                yield pytest.param(name, play, id=f"{tag}{name}-{play['name'][:40]}")


def play_typed(scenario, lines):
    state = roleplay.start(scenario)
    heard = []
    for line in lines:
        if state.finished:
            break
        turn = roleplay.free_text(scenario, state, line)
        heard.append((line, turn.routed, turn.choice_id, turn.quality))
        state = turn.state
    return state, heard


def explain(scenario, state, heard) -> str:
    report = roleplay.debrief(scenario, state)
    rows = [
        f"  {routed:8} {choice or '-':24} {quality or '-':8} {line[:70]}"
        for line, routed, choice, quality in heard
    ]
    steps = ", ".join(f"{s.step}={s.score}" for s in report.steps)
    return (
        f"score {report.score}, ending {state.ending or '(none)'}\n"
        + "\n".join(rows)
        + f"\n  {steps}"
    )


@pytest.mark.parametrize("name", NAMES)
def test_every_scenario_has_typed_plays(name):
    plays = plays_of(name)
    assert len(plays.get("good", [])) >= 3, f"{name}: at least three good typed plays"
    assert len(plays.get("poor", [])) >= 3, f"{name}: at least three poor typed plays"
    beginners = group_of(plays, "beginner")
    assert beginners and all(p.get("lines") for p in beginners), f"{name}: a beginner play"


@pytest.mark.parametrize("name", NAMES)
def test_every_scenario_has_plays_in_other_voices(name):
    plays = plays_of(name, VOICES)
    assert len(plays.get("good", [])) >= 2, f"{name}: at least two good plays in voices/"
    assert len(plays.get("poor", [])) >= 2, f"{name}: at least two poor plays in voices/"
    assert group_of(plays, "beginner"), f"{name}: a beginner play in voices/"


@pytest.mark.parametrize(
    "folder",
    [PLAYS, VOICES, VOICES2, VOICES3, VOICES4, VOICES5],
    ids=["plays", "voices", "voices2", "voices3", "voices4", "voices5"],
)
@pytest.mark.parametrize("name", NAMES)
def test_play_lines_are_not_the_authored_wordings(name, folder):
    scenario = SCENARIOS[name]
    authored = {
        normalise(w)
        for node in scenario.nodes.values()
        for choice in node.choices
        for w in (choice.text, *choice.examples)
    }
    plays = plays_of(name, folder)
    groups = [group_of(plays, g) for g in ("good", "poor", "beginner")]
    groups = [play for group in groups for play in group]
    copied = [
        line for play in groups for line in play.get("lines", []) if normalise(line) in authored
    ]
    assert not copied, f"{name}: lines copied from the scenario: {copied}"


@pytest.mark.parametrize(("name", "play"), list(cases("good")))
def test_good_typed_play_scores_at_least_85(name, play):
    scenario = SCENARIOS[name]
    state, heard = play_typed(scenario, play["lines"])
    report = roleplay.debrief(scenario, state)
    assert state.finished and report.score >= 85, explain(scenario, state, heard)


@pytest.mark.parametrize(("name", "play"), list(cases("poor")))
def test_poor_typed_play_scores_at_most_60(name, play):
    scenario = SCENARIOS[name]
    state, heard = play_typed(scenario, play["lines"])
    assert roleplay.debrief(scenario, state).score <= 60, explain(scenario, state, heard)


@pytest.mark.parametrize(("name", "play"), list(cases("beginner")))
def test_beginner_play_touching_every_step_scores_at_most_50(name, play):
    scenario = SCENARIOS[name]
    state, heard = play_typed(scenario, play["lines"])
    touched = {meeting_step_of(r.step) for r in state.steps} - {None}
    every = {e.id for e in method.load().in_part("meeting")}  # the steps and listening
    assert touched == every, f"untouched: {sorted(every - touched)}\n" + explain(
        scenario, state, heard
    )
    assert roleplay.debrief(scenario, state).score <= 50, explain(scenario, state, heard)
