"""``commonground workshop pairs|cards|debrief``: output and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from commonground import cli
from commonground.workshop import observer, samples


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMONGROUND_HOME", str(tmp_path / "home"))


def _people(tmp_path, n=7, header="name"):
    path = tmp_path / "people.csv"
    path.write_text(header + "\n" + "\n".join(f"Person {i}" for i in range(n)) + "\n")
    return path


def test_pairs_prints_rounds_and_writes_csv(tmp_path, capsys):
    out_csv = tmp_path / "plan.csv"
    args = ["workshop", "pairs", str(_people(tmp_path)), "--rounds", "2", "--seed", "4"]
    assert cli.main([*args, "--csv", str(out_csv)]) == 0
    out = capsys.readouterr().out
    assert "Round 1" in out and "Round 2" in out and "(organizer)" in out
    assert "7 people, 2 rounds, seed 4" in out
    lines = out_csv.read_text().splitlines()
    assert lines[0] == "round,group,role,name" and len(lines) == 1 + 2 * 7
    assert cli.main(args) == 0
    assert capsys.readouterr().out == out.replace(f"plan written to {out_csv}\n", "")


def test_pairs_trios(tmp_path, capsys):
    assert cli.main(["workshop", "pairs", str(_people(tmp_path, 9)), "--trios"]) == 0
    assert capsys.readouterr().out.count("(observer)") == 9


@pytest.mark.parametrize(
    "content, message",
    [("who\nAna\nBen\n", "no 'name' column"), ("name\n", "empty"), ("", "no 'name' column")],
)
def test_bad_csv_is_one_line_error_naming_the_file(tmp_path, capsys, content, message):
    bad = tmp_path / "bad.csv"
    bad.write_text(content)
    assert cli.main(["workshop", "pairs", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.csv" in err and message in err
    assert "Traceback" not in err


def test_missing_file_and_bad_rounds(tmp_path, capsys):
    assert cli.main(["workshop", "pairs", str(tmp_path / "none.csv")]) == 1
    assert "none.csv: file not found" in capsys.readouterr().err
    assert cli.main(["workshop", "pairs", str(_people(tmp_path)), "--rounds", "0"]) == 1
    assert "--rounds 0" in capsys.readouterr().err


@pytest.mark.slow
def test_debrief_text_and_json(tmp_path, capsys):
    folder = tmp_path / "sheets"
    for sheet in samples.synthetic_sheets(6, seed=2):
        observer.save_sheet(sheet, folder)
    assert cli.main(["workshop", "debrief", str(folder), "--plot", str(tmp_path / "s.png")]) == 0
    out = capsys.readouterr().out
    assert "6 role-plays observed" in out and "Bar chart of skipped steps" in out
    assert (tmp_path / "s.png").stat().st_size > 1000
    assert cli.main(["workshop", "debrief", str(folder), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sheets"] == 6 and data["log_rows"] == 6
    assert sum(a["n"] for a in data["asks_by_type"]) == 6


def test_debrief_missing_folder_fails_cleanly(tmp_path, capsys):
    assert cli.main(["workshop", "debrief", str(tmp_path / "nowhere")]) == 1
    assert "no such folder" in capsys.readouterr().err


def test_cards_unknown_scenario_fails_cleanly(tmp_path, capsys):
    assert cli.main(["workshop", "cards", "--scenario", "nope", "-o", str(tmp_path)]) == 1
    assert "no scenario named 'nope'" in capsys.readouterr().err


@pytest.mark.slow
def test_cards_subprocess_writes_html_and_pdf(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "commonground",
            "workshop",
            "cards",
            "--scenario",
            "retired_teacher",
            "-o",
            str(tmp_path),
            "--paper",
            "letter",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "retired_teacher.pdf").read_bytes().startswith(b"%PDF")
    assert "retired_teacher.html" in result.stdout


def test_workshop_without_action_prints_help(capsys):
    assert cli.main(["workshop"]) == 2
    assert "pairs" in capsys.readouterr().out
