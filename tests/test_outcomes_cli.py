"""``commonground log``: exit codes, one-line errors, no tracebacks, generated files."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from commonground.cli import main
from commonground.outcomes import TRUTH, generate, read_log

HEADER = "meeting_id,date,organizer,contact,ask_type,ask_specific,response"


@pytest.fixture
def clean_log(tmp_path):
    path = tmp_path / "clean.csv"
    path.write_text(HEADER + "\nM1,2024-03-01,o,C1,canvass,true,yes\n", encoding="utf-8")
    return path


@pytest.fixture
def dirty_log(tmp_path):
    path = tmp_path / "dirty.csv"
    path.write_text(
        HEADER + "\nM1,2024-03-01,o,C1,canvass,true,yes\nM1,2024-03-02,o,C2,=1+2,true,perhaps\n",
        encoding="utf-8",
    )
    return path


def test_validate_clean_log_exits_zero(clean_log, capsys):
    assert main(["log", "validate", str(clean_log)]) == 0
    out = capsys.readouterr().out
    assert "the log: 1 rows read, 1 accepted, 0 quarantined" in out
    assert "problem:" not in out


def test_validate_with_quarantined_rows_exits_one_and_lists_problems(dirty_log, tmp_path, capsys):
    quarantine = tmp_path / "q.csv"
    code = main(["log", "validate", str(dirty_log), "--quarantine", str(quarantine)])
    out = capsys.readouterr().out
    assert code == 1
    assert "2 rows read, 1 accepted, 1 quarantined" in out
    assert "problem: row 3, meeting_id: duplicate meeting_id; first used in row 2" in out
    assert "problem: row 3, response: not one of: yes, maybe, no (value 'perhaps')" in out
    saved = pd.read_csv(quarantine, dtype=str)
    assert saved["row"].tolist() == ["3"]
    assert saved["ask_type"].iloc[0].startswith("'="), "formula neutralised"


def test_validate_json_output(dirty_log, capsys):
    assert main(["log", "validate", str(dirty_log), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert (data["rows_read"], data["accepted"], data["quarantined"]) == (2, 1, 1)
    assert {"row": 3, "column": "response", "value": "perhaps"}.items() <= data["problems"][
        1
    ].items()


def test_validate_caps_printed_problems_unless_all(tmp_path, capsys):
    path = tmp_path / "many.csv"
    rows = [f"M{i},2024-03-01,o,C{i},canvass,true,perhaps" for i in range(60)]
    path.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    main(["log", "validate", str(path)])
    out = capsys.readouterr().out
    assert out.count("problem:") == 50 and "and 10 more problem(s)" in out
    main(["log", "validate", str(path), "--all"])
    assert capsys.readouterr().out.count("problem:") == 60


@pytest.mark.parametrize(
    "content, name, message",
    [
        (b"", "empty.csv", "the file is empty"),
        (HEADER.encode() + b"\n", "header.csv", "no data rows"),
        (b"meeting_id,date\nM1,2024-01-01\n", "cols.csv", "missing required column(s): organizer"),
        (b"x", "log.json", "unsupported file type '.json'"),
        (b"garbage", "log.xlsx", "could not be read as an Excel workbook"),
    ],
)
def test_refused_files_give_one_line_and_exit_two(tmp_path, capsys, content, name, message):
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["log", "validate", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and str(path) in lines[0]
    assert "Traceback" not in captured.err


def test_missing_file_exits_two(tmp_path, capsys):
    assert main(["log", "validate", str(tmp_path / "nope.csv")]) == 2
    assert "file not found" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".parquet"])
def test_generate_writes_every_format_and_the_truth(tmp_path, capsys, suffix):
    out, truth = tmp_path / f"log{suffix}", tmp_path / "truth.json"
    assert main(["log", "generate", "--rows", "120", "--seed", "9", "-o", str(out),
                 "--truth", str(truth)]) == 0  # fmt: skip
    result = read_log(out)
    assert result.ok and result.n_read == 120
    pd.testing.assert_frame_equal(
        result.accepted.drop(columns="row"), generate(120, 9).drop(columns="notes")
    )
    assert json.loads(truth.read_text()) == json.loads(json.dumps(TRUTH))


def test_generate_rejects_bad_arguments(tmp_path, capsys):
    assert (
        main(["log", "generate", "--rows", "0", "--seed", "1", "-o", str(tmp_path / "a.csv")]) == 1
    )
    assert "--rows must be at least 1" in capsys.readouterr().err
    assert (
        main(["log", "generate", "--rows", "5", "--seed", "1", "-o", str(tmp_path / "a.txt")]) == 1
    )
    assert "unsupported file type '.txt'" in capsys.readouterr().err


def test_template_is_header_only_and_refused_as_a_log(tmp_path, capsys):
    path = tmp_path / "template.csv"
    assert main(["log", "template", "-o", str(path)]) == 0
    assert path.read_text(encoding="utf-8").startswith("meeting_id,date,organizer,contact,")
    assert main(["log", "validate", str(path)]) == 2
    assert "no data rows" in capsys.readouterr().err


def test_an_unreadable_file_is_one_line_not_a_traceback(clean_log, capsys, monkeypatch):
    from commonground.outcomes import loading

    def denied(path, **options):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(loading, "load_csv", denied)
    assert main(["log", "validate", str(clean_log)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "could not be read (Permission denied)" in err
