"""Lesson 11 in the app: a trainer chooses their log by keyboard and reads its analysis.

The browser's "open file" dialog is answered by a handler set before the page loads
(Playwright then intercepts every dialog; waiting for one only after the key press races).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from commonground import resources
from tests.browser.widgets_ready import wait_for_widgets

pytestmark = pytest.mark.slow  # a Voila server, a browser and a full analysis

LESSON = "/voila/render/11_trainer_analysis.ipynb"


def test_a_log_chosen_by_keyboard_is_analysed_and_not_kept(voila, page, tmp_path):
    log = tmp_path / "spring-log.csv"
    log.write_bytes((resources.data_dir() / "sample_workshop_log.csv").read_bytes())
    page.on("filechooser", lambda chooser: chooser.set_files(str(log)))  # the "open" dialog
    page.goto(voila.url(LESSON))
    wait_for_widgets(page)  # says "model not found" if a widget cannot be drawn
    button = page.get_by_role("button", name=re.compile("Choose my log file"))
    expect(button).to_be_visible(timeout=120_000)
    expect(page.get_by_text("Lesson 11 marked complete.")).to_be_visible(timeout=120_000)
    before = {p: p.read_bytes() for p in voila.home.rglob("*") if p.is_file()}  # progress
    button.focus()
    expect(button).to_be_focused()
    page.keyboard.press("Enter")  # keyboard only
    expect(page.get_by_text("the uploaded log: 300 rows read, 300 accepted")).to_be_visible(
        timeout=60_000
    )  # the file's name only when asked for: a facilitator's screen may be projected
    heading = page.get_by_role("heading", name="Which asks convert: your outcome log")
    # the report is drawn after the count line: on a busy machine more than the default 5 s
    expect(heading).to_be_visible(timeout=60_000)
    expect(page.get_by_role("heading", name="Coaching, not ranking").last).to_be_visible()
    after = {p: p.read_bytes() for p in voila.home.rglob("*") if p.is_file()}
    assert after == before  # nothing of the log kept in the learner home


def test_a_broken_log_gets_file_row_and_field(voila, page, tmp_path):
    lines = (resources.data_dir() / "sample_workshop_log.csv").read_text().splitlines()
    cells = lines[4].split(",")
    cells[lines[0].split(",").index("response")] = "perhaps"
    lines[4] = ",".join(cells)
    log = tmp_path / "season.csv"
    log.write_text("\n".join(lines) + "\n")
    page.on("filechooser", lambda chooser: chooser.set_files(str(log)))  # the "open" dialog
    page.goto(voila.url(LESSON))
    wait_for_widgets(page)  # says "model not found" if a widget cannot be drawn
    button = page.get_by_role("button", name=re.compile("Choose my log file"))
    expect(button).to_be_visible(timeout=120_000)
    page.get_by_role("checkbox", name="Show the file's name").check()  # by its label
    button.click()  # by mouse
    expect(page.get_by_text(re.compile(r"season\.csv, row 5, response: not one of"))).to_be_visible(
        timeout=60_000
    )
