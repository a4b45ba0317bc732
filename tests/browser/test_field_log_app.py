"""A real 1:1 logged in app mode (Voila, real browser), exported, merged with a second
volunteer's log, and seen in ``commonground analyze``."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.slow  # a Voila server and a browser: tens of seconds


def _cli(home, *args) -> subprocess.CompletedProcess:
    env = dict(os.environ, COMMONGROUND_HOME=str(home))
    command = [sys.executable, "-m", "commonground", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def test_log_in_app_mode_export_merge_analyse(voila, page, tmp_path):
    page.goto(voila.url("/voila/render/log_a_1on1.ipynb"))
    save = page.get_by_role("button", name=re.compile("Save this meeting"))
    expect(save).to_be_visible(timeout=90_000)
    assert "log_meeting_form()" not in page.inner_text("body"), "code is showing"
    page.get_by_label(re.compile("^When did you meet")).fill("2025-04-02")
    page.get_by_label(re.compile("^Your name or volunteer id")).fill("vol-browser")
    page.get_by_label(re.compile("^Who did you meet")).fill("Maria Lopez")
    page.get_by_label(re.compile("^What did you ask them to do")).select_option(label="Canvass")
    page.get_by_label(re.compile("^The words you used")).fill(
        "Would you canvass with me Saturday at 10am from the library?"
    )
    page.get_by_label(re.compile("^What did they answer first")).select_option(label="yes")
    event_date = page.get_by_label(re.compile("^When is the thing they agreed to"))
    expect(event_date).to_be_visible()
    event_date.fill("2025-04-05")
    save.focus()
    page.keyboard.press("Enter")  # keyboard, as a volunteer without a mouse would
    expect(page.get_by_text(re.compile("Saved meeting m-2025-04-02-"))).to_be_visible()
    expect(page.get_by_text("The reader says your ask was specific.")).to_be_visible()
    # the event has passed: the page asks whether they came
    expect(
        page.get_by_label(re.compile(r"Did ML-\w+: Canvass on 2025-04-05 happen"))
    ).to_be_visible()
    text = (voila.home / "my_outcome_log.csv").read_text(encoding="utf-8")
    assert "Maria" not in text and "Lopez" not in text

    mine = tmp_path / "mine.csv"
    exported = _cli(voila.home, "log", "export", "-o", str(mine))
    assert exported.returncode == 0, exported.stderr
    other_home = tmp_path / "other_home"
    answers = [
        "--date", "2025-04-03", "--organizer", "vol-second", "--contact-name", "Sam Reed",
        "--ask-type", "phone_bank", "--ask-words", "Could you help sometime?",
        "--response", "no", "--no-reason", "timing",
    ]  # fmt: skip
    added = _cli(other_home, "log", "add", "--no-input", *answers)
    assert added.returncode == 0, added.stderr
    theirs = tmp_path / "theirs.csv"
    assert _cli(other_home, "log", "export", "-o", str(theirs)).returncode == 0
    team = tmp_path / "team.csv"
    merged = _cli(tmp_path, "log", "merge", str(mine), str(theirs), "-o", str(team))
    assert merged.returncode == 0, merged.stdout + merged.stderr
    analysed = _cli(tmp_path, "analyze", str(team), "--json")
    assert analysed.returncode == 0, analysed.stderr
    summary = json.loads(analysed.stdout)
    assert summary["n_accepted"] == 2
    # analyze shows organizers under neutral labels: one per volunteer, one meeting each
    assert sorted(o["n"] for o in summary["organizers"]) == [1, 1]
    shown = json.dumps(summary["by_ask_type"])
    assert "canvass" in shown and "phone_bank" in shown
    assert "Maria" not in analysed.stdout and "Sam Reed" not in analysed.stdout
