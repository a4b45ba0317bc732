"""``commonground analyze``: one JSON object, a readable summary, one-line errors."""

import json
import subprocess
import sys

import pytest

from commonground import cli
from commonground.outcomes import generate, write_log


@pytest.fixture(scope="module")
def log_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("analyze") / "season.csv"
    write_log(generate(1500, seed=11), path)
    return path


def test_json_output_is_one_valid_object(log_file, capsys):
    assert cli.main(["analyze", str(log_file), "--json"]) == 0
    out = capsys.readouterr().out
    summary = json.loads(out, parse_constant=lambda c: pytest.fail(f"{c} in JSON"))
    for key in (
        "n_rows", "n_quarantined", "funnel", "by_ask_type", "by_practice", "adjusted",
        "win_back", "follow_up", "organizers", "warnings",
    ):  # fmt: skip
        assert key in summary
    assert summary["n_rows"] == 1500
    assert {"group", "n", "converted", "rate", "ci_low", "ci_high"} <= set(
        summary["by_ask_type"][0]
    )
    assert {"term", "odds_ratio", "ci_low", "ci_high"} <= set(summary["adjusted"][0])
    assert sum(r["n"] for r in summary["by_ask_type"]) == summary["n_accepted"]


def test_text_output_never_shows_contacts(log_file, capsys):
    assert cli.main(["analyze", str(log_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Outcome log: 1500 rows read")
    assert "Findings:" in out
    contacts = generate(1500, seed=11)["contact"]
    assert not any(c in out for c in contacts.head(200))


def test_quarantined_rows_are_counted(tmp_path, capsys):
    frame = generate(200, seed=3)
    frame.loc[frame.index[:5], "response"] = "perhaps"
    path = tmp_path / "bad_rows.csv"
    write_log(frame, path)
    assert cli.main(["analyze", str(path), "--json"]) == 1  # analysed, rows left out
    summary = json.loads(capsys.readouterr().out)
    assert summary["n_rows"] == 200
    assert summary["n_quarantined"] == 5
    assert summary["n_accepted"] == 195
    assert any("response" in w for w in summary["warnings"])


@pytest.mark.parametrize(
    "content",
    [None, "this is not,an outcome log\n1,2\n", ""],
    ids=["missing", "wrong-columns", "empty"],
)
def test_bad_file_is_one_line_and_non_zero(tmp_path, content):
    path = tmp_path / "log.csv"
    if content is not None:
        path.write_text(content)
    done = subprocess.run(
        [sys.executable, "-m", "commonground", "analyze", str(path), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("commonground: error:")
    assert "log.csv" in lines[0]
    assert "Traceback" not in done.stderr


def test_text_output_words_every_id_through_the_labels(log_file, capsys):
    import re

    from commonground import labels

    assert cli.main(["analyze", str(log_file)]) == 0
    out = capsys.readouterr().out
    ids = {*labels.ASK_TYPES, *labels.PRACTICES, *labels.PURPOSES, *labels.SETTINGS}
    shown = [i for i in ids if re.search(rf"(?<![\w-]){i}(?![\w-])", out) and "_" in i]
    assert shown == [], shown
    assert not re.search(r"\b(None|True|False|true|false|nan)\b", out)
    for words in ("Another 1:1", "Ask fitted the person: yes", "Purpose of the meeting: "):
        assert words in out
    assert "controls: ask type, setting" in out
    assert "maybe, alternative offered: yes" in out
