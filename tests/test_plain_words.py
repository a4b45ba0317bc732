"""Plain words everywhere: no rendered lesson, printout, role-play debrief, journal export
or trainer report shows an internal id, ``None``, ``True`` or ``False``.

The scan (:func:`tests.plain_words.find_leaks`) and the ids it looks for are described in
tests/plain_words.py. Every lesson in notebooks/ is read in the run nbval makes of it in
`make test` (`pytest --nbval-lax notebooks`): the root conftest (tests/nbval_runs.py)
adds a test named ``plain words`` after each lesson's last cell, which presses every
button in nbval's kernel and reads all the lesson showed (its text, outputs and
widgets); a lesson is not run a second time for it. The tests here check that every
lesson gets that scan (and every exercise notebook its ``check results``), and read
every scenario's printed cards, a pairing plan page, and random role-plays
(debrief, history table, journal export). The trainer report (``commonground report`` on
the sample log and on a trainer's own log) is read with :func:`find_leaks` in
tests/test_report_readable.py, on the reports that file makes: one run of each, not two.
The exercise notebooks are not: they ask for code, in the data's own spelling.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.nbval_runs import RESULTS_NAME, Recorder
from tests.plain_words import (
    MUST_READ,
    SCAN_NAME,
    find_leaks,
    html_text,
    known_ids,
)

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))


def printout_texts(folder: Path, monkeypatch) -> dict[str, list[str]]:
    """The text of the workshop printouts: each scenario's cards and a pairing plan page.

    Their HTML is read; the PDFs written beside it are not (their text and size are
    checked in test_workshop_cards and test_workshop_printouts), so they are not drawn.
    """
    from commonground.roleplay import list_scenarios
    from commonground.workshop import pairing, plan_page, printing

    monkeypatch.setattr(printing, "cards_pdf", lambda *args, **kwargs: b"")
    monkeypatch.setattr(plan_page, "plan_pdf", lambda *args, **kwargs: b"")
    found = {}
    for info in list_scenarios():
        html_path, _ = printing.write_round(info.name, folder, groups=2)
        found[f"cards for {info.name}"] = [html_text(html_path.read_text(encoding="utf-8"))]
    plan = pairing.schedule([f"P{i}" for i in range(7)], rounds=3, trios=True)
    html_path, _ = plan_page.write_plan(plan, folder / "plan", trios=True)
    found["pairing plan"] = [html_text(html_path.read_text(encoding="utf-8"))]
    return found


def test_workshop_printouts_are_in_plain_words(tmp_path, monkeypatch):
    found = printout_texts(tmp_path, monkeypatch)
    assert len(found) >= 10 and all(texts[0].strip() for texts in found.values())
    leaks = [
        f"{name}: {leak}" for name, texts in found.items() for t in texts for leak in find_leaks(t)
    ]
    assert not leaks, "\n".join(sorted(set(leaks)))


def test_role_play_debriefs_history_and_journal_are_in_plain_words(tmp_path, monkeypatch):
    """Random plays of every scenario: the debrief (page and terminal), what was learned,
    the table of plays and the journal export they are saved to."""
    import io
    import random

    from commonground import roleplay_history, storage
    from commonground.journal import export_markdown
    from commonground.roleplay import debrief, list_scenarios, load_scenario
    from commonground.roleplay.autoplay import play_once
    from commonground.roleplay.terminal import print_debrief
    from commonground.widgets import roleplay_panels as panels

    monkeypatch.setenv(storage.HOME_ENV, str(tmp_path))
    found = []
    for info in list_scenarios():
        scenario = load_scenario(info.name)
        for seed in range(3):
            state, _, _ = play_once(scenario, random.Random(seed))
            report = debrief(scenario, state).as_dict()
            terminal = io.StringIO()
            print_debrief(scenario, state, terminal)
            texts = [
                html_text(panels.debrief_html(report)),
                html_text(panels.learned_html(scenario, state, True)),
                terminal.getvalue(),
            ]
            found += [f"{info.name}: {leak}" for t in texts for leak in find_leaks(t)]
            roleplay_history.record_play(scenario, state)
    rows = roleplay_history.play_summary()
    assert len(rows) == 3 * len(list_scenarios())
    found += [f"plays: {leak}" for leak in find_leaks(html_text(panels.summary_html(rows)))]
    found += [f"journal: {leak}" for leak in find_leaks(export_markdown())]
    assert not found, "\n".join(sorted(set(found)))


def test_every_notebook_gets_its_check_after_its_last_cell_under_nbval():
    """nbval collects each lesson with a ``plain words`` test after its last cell, and
    each exercise and solution notebook with a ``check results`` test (they read what
    the cells before them showed); a notebook chosen by one cell gets none."""
    first, *others = NOTEBOOKS
    exercises = [
        f"{folder}/{p.name}"
        for folder in ("exercises", "solutions")
        for p in (ROOT / folder).glob("*.ipynb")
    ]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:xdist"]
        + ["--collect-only", "-q", "--nbval-lax", f"notebooks/{first}::Cell 0"]
        + [f"notebooks/{name}" for name in others]
        + exercises,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    ids = done.stdout.splitlines()
    assert [i for i in ids if i.startswith(f"notebooks/{first}::")] == [
        f"notebooks/{first}::Cell 0"
    ]
    wanted = {f"notebooks/{name}": SCAN_NAME for name in others}
    wanted |= dict.fromkeys(exercises, RESULTS_NAME)
    assert len(exercises) == 20
    for path, check in wanted.items():
        mine = [i for i in ids if i.startswith(f"{path}::")]
        assert len(mine) > 1 and mine[-1] == f"{path}::{check}", (path, mine)
        assert mine.count(f"{path}::{check}") == 1, path
    assert set(MUST_READ) <= set(others)  # the lessons that prove what the scan reads


def test_the_lesson_scan_reads_every_output_and_every_widget_state_sent():
    """What nbval's cells read from the kernel, as the scan records it: stream pieces as
    one text, the richest form of each display (a widget's view by its state), updates
    of a display, and each widget's latest state, a closed widget's too."""

    def message(kind, **content):
        return {"msg_type": kind, "content": content, "parent_header": {}}

    messages = [
        message("status", execution_state="busy"),
        message("stream", name="stdout", text="Shared a story: Tr"),
        message("stream", name="stdout", text="ue\n"),
        message("display_data", data={"text/html": "<b>ask_fit</b>", "text/plain": "x"}),
        message("update_display_data", data={"text/markdown": "Done: False"}),
        message("execute_result", data={"text/plain": "{'done': 1}"}),
        message("display_data", data={"application/vnd.jupyter.widget-view+json": {}}),
        message("comm_open", comm_id="a", data={"state": {"description": "Start"}}),
        message("comm_msg", comm_id="a", data={"method": "update", "state": {"value": "None"}}),
        message("comm_msg", comm_id="a", data={"method": "custom", "content": {}}),
        message("comm_close", comm_id="a", data={}),
        message("comm_open", comm_id="b", data={"state": {"outputs": [{"text": "faith_leader"}]}}),
    ]
    recorder = Recorder(iter(messages).__next__)
    assert [recorder() for _ in messages] == messages  # each message passes on unchanged
    texts = recorder.texts()
    assert texts == ["Shared a story: True\n", "ask_fit", "Done: False", "{'done': 1}"] + [
        "None",  # a widget's value, then its label
        "Start",
        "faith_leader",
    ]
    assert len([leak for text in texts for leak in find_leaks(text)]) == 6


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("Purpose: get_to_know", "get_to_know"),
        ("- [your_questions] (vague) Ask more", "your_questions"),
        ("ask: next_one_on_one.", "next_one_on_one"),
        ("Scenario faith_leader", "faith_leader"),
        ("Shared a story: True", "True"),
        ("Follow-up: None", "None"),
        ("Done: False", "False"),
        ("{'done': 1}", "{'done': "),
        ("Kinds: ['story', 'ask']", "['story', 'ask']"),
    ],
)
def test_the_scan_finds_ids_and_python_values(text, leak):
    assert [found.split(" in ")[0] for found in find_leaks(text)] == [repr(leak)]


@pytest.mark.parametrize(
    "text",
    [
        "None of your questions is open-ended yet.",
        "Get to know them; another 1:1 next week.",
        "written to /tmp/cards/faith_leader.html",  # a path is a different complaint
        "get_to_know_them_better",  # not an id: a longer word
    ],
)
def test_the_scan_leaves_plain_words_alone(text):
    assert find_leaks(text) == []


def test_known_ids_cover_labels_method_and_scenarios():
    ids = known_ids()
    assert {"next_one_on_one", "get_to_know", "faith_leader", "ask_fit"} <= ids
    assert {"intentional_conversation", "your_story"} <= ids
