"""Play a scenario in a terminal: numbered choices, or type your own line.

Reads lines from any text stream, so it can be driven by a test as well as a person.
Type a number to take a choice, any other text to say it in your own words, ``q`` to
stop. The debrief is printed at the end.
"""

from __future__ import annotations

import json
import textwrap

from commonground.roleplay.debrief import debrief
from commonground.roleplay.engine import choices, choose, current_line, free_text, start
from commonground.roleplay.model import Scenario


def _say(out, who: str, text: str) -> None:
    if text:
        out.write(textwrap.fill(f"{who}: {text}", width=88, subsequent_indent="    ") + "\n")


def print_debrief(scenario: Scenario, state, out) -> None:
    """Write a readable debrief (score, steps, facts, minutes, stronger ask, reflection)."""
    report = debrief(scenario, state)
    out.write(f"\n=== Debrief: {scenario.title} ===\n")
    if report.ending_text:
        out.write(textwrap.fill(report.ending_text, width=88) + "\n")
    out.write(f"Overall score: {report.score}/100\n")
    for step in report.steps:
        shown = f"{step.score:>3}" if step.score is not None else "skipped"
        if step.score is None and step.qualities:
            shown = "not done"  # tried, in words that did not do it
        out.write(f"  {step.title:<45} {shown}\n")
    learned, total = len(report.facts_learned), len(report.facts_available)
    out.write(f"You learned {learned} of {total} things there were to learn about them.\n")
    out.write(f"Minutes: {report.minutes_used} used of {report.minutes_planned} planned.\n")
    if report.talk_note:
        out.write(textwrap.fill(report.talk_note, width=88) + "\n")
    if report.stronger_ask and not report.stronger_ask["already_made"]:
        out.write(textwrap.fill("A stronger ask: " + report.stronger_ask["text"], width=88) + "\n")
    out.write(textwrap.fill("Reflect: " + report.reflection, width=88) + "\n")


def play_interactive(scenario: Scenario, stdin, out, as_json: bool = False) -> int:
    """Run one play reading the learner's moves from ``stdin``; return an exit code."""
    state = start(scenario)
    persona = scenario.persona
    out.write(f"{scenario.title}\n{persona.description}\n")
    if scenario.meeting.organizer_note:
        out.write(textwrap.fill("Before you go: " + scenario.meeting.organizer_note, 88) + "\n")
    _say(out, persona.name, current_line(scenario, state))
    while not state.finished:
        options = choices(scenario, state)
        for number, option in enumerate(options, 1):
            out.write(textwrap.fill(f"  {number}. {option.text}", 88, subsequent_indent="     "))
            out.write("\n")
        out.write("Your move (number, your own words, or q): ")
        out.flush()
        line = stdin.readline()
        if not line or line.strip().lower() in ("q", "quit"):
            out.write("\nStopped before the end.\n")
            break
        line = line.strip()
        if not line:
            continue
        if line.isdigit() and 1 <= int(line) <= len(options):
            turn = choose(scenario, state, options[int(line) - 1].id)
        else:
            turn = free_text(scenario, state, line)
            heard = turn.heard.why[0] if turn.heard and turn.heard.why else ""
            out.write(f"  (read as {turn.read_as.replace('_', ' ')}; {heard})\n")
        state = turn.state
        if turn.quality:
            out.write(textwrap.fill(f"  [{turn.quality}] {turn.feedback}", 88) + "\n")
        else:
            out.write(textwrap.fill(f"  [no progress] {turn.feedback}", 88) + "\n")
        _say(out, persona.name, turn.reply)
    if as_json:
        out.write(json.dumps(debrief(scenario, state).as_dict()) + "\n")
    else:
        print_debrief(scenario, state, out)
    return 0
