"""``commonground report``: the trainer notebook run on a log, exported as code-free HTML
with embedded plots and no personal data."""

import json
import os
import re
import subprocess
import sys

import nbformat
import pandas as pd
import pytest

from commonground import cli, progress, resources
from commonground.analysis import report

NAMES = ["Maria Lopez", "Dev Patel", "Ana Souza"]


def run_cli(*args, cwd=None, home=None):
    env = dict(os.environ)
    if home is not None:
        env["COMMONGROUND_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "commonground", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
        env=env,
    )


def test_notebook_is_found_and_has_papermill_parameters():
    path = report.notebook_path()
    assert path.name == "11_trainer_analysis.ipynb"
    nb = nbformat.read(path, as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    assert 'log_path = "data/sample_season_log.csv"' in tagged[0].source
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


def test_log_path_resolution(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    # The notebook's default, from a folder with no data/: the packaged sample.
    assert report.resolve_log_path("data/sample_season_log.csv") == resources.sample_log()
    # Found nowhere: resolved from here, so the error names what the user typed.
    assert report.resolve_log_path("data/x.csv") == tmp_path / "data" / "x.csv"
    (tmp_path / "mine.csv").write_text("")
    assert report.resolve_log_path("mine.csv") == tmp_path / "mine.csv"
    assert report.resolve_log_path(str(tmp_path / "abs.csv")) == tmp_path / "abs.csv"
    # A data/ folder beside the notebook's folder (a clone, a learner's copy) comes first.
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "sample_season_log.csv").write_text("")
    (tmp_path / "notebooks").mkdir()
    monkeypatch.chdir(tmp_path / "notebooks")
    mine = tmp_path / "data" / "sample_season_log.csv"
    assert report.resolve_log_path("data/sample_season_log.csv") == mine


@pytest.fixture(scope="module")
def personal_log(tmp_path_factory):
    """The workshop sample dressed up with the personal data a real export can carry.

    Half the contacts keep their sample ids, half become names; organizers become
    names; an e-mail column and phone numbers in the notes are added. All made up.
    """
    sample = resources.sample_log("sample_workshop_log.csv")
    frame = pd.read_csv(sample, dtype=str, keep_default_na=False)
    ids = list(frame["contact"])
    frame["contact"] = [c if i % 2 else f"{NAMES[i % 3]} {i}" for i, c in enumerate(ids)]
    frame["organizer"] = [NAMES[i % 3] for i in range(len(frame))]
    frame["email"] = [f"person{i}@example.org" for i in range(len(frame))]
    frame["notes"] = "call me on 0161 496 0000"
    path = tmp_path_factory.mktemp("report") / "workshop_with_personal_data.csv"
    frame.to_csv(path, index=False)
    return path, list(frame["contact"])


@pytest.mark.slow
def test_report_end_to_end_on_the_workshop_sample(personal_log, tmp_path):
    log, contacts = personal_log
    out = tmp_path / "report.html"
    home = tmp_path / "home"  # this run's own learner folder
    done = run_cli("report", str(log), "-o", str(out), cwd=tmp_path, home=home)
    assert done.returncode == 0, done.stderr
    assert "Executing" in done.stderr  # papermill's progress bar
    html = out.read_text(encoding="utf-8")
    # plots embedded as images, narrative and numbers present
    assert html.count("data:image/png;base64,") >= 4
    assert "Which asks convert" in html and "times the odds of a yes" in html
    assert f"{len(contacts)} meetings read" in html
    # no personal data: contact ids, names, e-mails, phones
    assert len(set(contacts)) > 100
    leaked = [c for c in set(contacts) if c in html]
    assert leaked == []
    for secret in [*NAMES, "@example.org", "0161 496 0000"]:
        assert secret not in html, secret
    visible = html.split("<body", 1)[1]
    assert not re.search(
        r"[\w.+-]+@[\w-]+\.\w{2,}", re.sub(r"<style.*?</style>", "", visible, flags=re.S)
    )
    assert "organizer 1" in html  # organizer names shown as pseudonyms
    # no code: every code cell's input hidden, and no cell's code in the page
    nb = nbformat.read(report.notebook_path(), as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    code_cells = _code_cells(html)
    shown = [c for c in code if report.LESSON_ONLY_TAG not in c.metadata.get("tags", [])]
    assert code_cells.count("jp-mod-noInput") == len(shown) + 1  # + papermill's parameters
    assert "jp-InputArea" not in code_cells and "highlight" not in code_cells
    for cell in code:
        last_line = cell.source.strip().splitlines()[-1]
        assert last_line not in html, last_line
    # running the report never marks the trainer's lesson complete
    assert "11_trainer_analysis" not in progress.completed(home / "progress.json")


def _code_cells(html: str) -> str:
    """The HTML of the code cells only (markdown cells keep their rendered input)."""
    parts = html.split('class="jp-Cell jp-CodeCell')[1:]
    return "".join(p.split('class="jp-Cell ')[0] for p in parts)


@pytest.mark.slow
def test_report_on_bad_file_is_one_line(tmp_path):
    bad = tmp_path / "broken.csv"
    bad.write_text("meeting_id,date\n1,not a date\n")
    done = run_cli("report", str(bad), "-o", str(tmp_path / "r.html"), "--no-progress")
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("commonground: error:"), done.stderr
    assert "broken.csv" in lines[0]
    assert not (tmp_path / "r.html").exists()


def test_missing_notebook_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setenv(report.NOTEBOOKS_ENV, str(tmp_path))
    with pytest.raises(Exception, match="trainer notebook not found"):
        report.notebook_path()


def test_analyze_json_has_no_personal_data(personal_log, capsys):
    # In this process: what is printed is under test, not the process (the exit codes and
    # stderr of a real process are tested above and in test_analysis_cli.py).
    log, contacts = personal_log
    assert cli.main(["analyze", str(log), "--json"]) == 0
    text = capsys.readouterr().out
    json.loads(text)
    for secret in [*contacts[:50], *NAMES, "@example.org", "0161 496 0000"]:
        assert secret not in text, secret
