"""Session 10 leftovers: file names in ``log merge`` and the upload, note rows, headers.

Synthetic values throughout; files are named after people (``maria_garcia.csv``) because
real teams name them so. What failed before this session's fixes: ``log merge`` printed
every file's name; the app's upload printed the uploaded file's name over each problem;
a note typed between meetings was quarantined with six "required value is missing"
problems; a header repeated inside an import was quarantined as an unknown status;
a Mobilize ``NO_SHOW`` status was quarantined as unknown; ``importers/run.py`` was 480
lines doing five jobs.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from cli_run import import_van_signups, run_cli
from uploads import chosen_file

from commonground.outcomes import read_log

HEADER = "meeting_id,date,organizer,contact,ask_type,ask_specific,response"


def _log(path: Path, ids: list[str], response: str = "yes") -> Path:
    rows = [f"{i},2025-03-0{n + 1},O-1,C-{n},canvass,true,{response}" for n, i in enumerate(ids)]
    path.write_text("\n".join([HEADER, *rows]) + "\n")
    return path


# --- 1. log merge names its files only with --show-names ------------------------------------


def _two_logs(tmp_path) -> list[Path]:
    first = _log(tmp_path / "maria_garcia.csv", ["m1", "m2"])
    second = _log(tmp_path / "peter_okafor.csv", ["m2", "m3"], response="no")  # m2 conflicts
    return [first, second]


def test_merge_names_files_by_their_order_unless_names_are_shown(tmp_path, capsys):
    files = _two_logs(tmp_path)
    code, out = run_cli(capsys, "log", "merge", *files, "-o", tmp_path / "team.csv")
    assert code == 1
    assert "maria" not in out and "peter" not in out and "okafor" not in out
    assert "file 1: 2 rows read, 0 quarantined" in out
    assert "file 2: 2 rows read, 0 quarantined" in out
    assert "left out: file 2 row 2: meeting_id 'm2' conflicts with file 1 row 3" in out
    code, out = run_cli(capsys, "log", "merge", "--show-names", *files, "-o", tmp_path / "t2.csv")
    assert f"{files[0]}: 2 rows read" in out and f"conflicts with {files[0]} row 3" in out


def test_merge_notices_and_quarantine_use_the_same_labels(tmp_path, capsys):
    first = tmp_path / "maria_garcia.csv"
    first.write_text("\n".join([HEADER, "m1,2025-03-01,O-1,C-1,canvass,true,perhaps"]) + "\n")
    second = _log(tmp_path / "peter.csv", ["m2"])
    second.write_text(second.read_text() + ",,,,,,\n")  # an empty row: a notice
    out_q = tmp_path / "q.csv"
    code, out = run_cli(
        capsys, "log", "merge", first, second, "-o", tmp_path / "team.csv", "--quarantine", out_q
    )
    assert code == 1 and "maria" not in out and "peter" not in out
    assert "note: file 2: 1 empty row(s) skipped" in out
    q = pd.read_csv(out_q, dtype=str)
    assert list(q["file"]) == ["file 1"] and "maria" not in out_q.read_text()


# --- 2. the upload names the file only when the trainer asks ---------------------------------


def _broken_log() -> bytes:
    rows = [f"u{i},2025-03-0{1 + i},O-{i % 2},C-{i},canvass,true,yes" for i in range(5)]
    rows.append("u9,2025-03-09,O-1,C-9,canvass,true,perhaps")
    return ("\n".join([HEADER, *rows]) + "\n").encode()


def test_the_upload_says_the_uploaded_log_until_the_trainer_opts_in(tmp_path, monkeypatch):
    from commonground.widgets.log_upload import LogUpload

    monkeypatch.setenv("COMMONGROUND_HOME", str(tmp_path))
    widget = LogUpload(today=dt.date(2026, 3, 1))
    widget.upload.value = chosen_file("maria_garcia.csv", _broken_log())
    status = widget.status.value
    assert "maria" not in status + widget.report.value
    assert "the uploaded log: 6 rows read, 5 accepted, 1 quarantined" in status
    assert "row 7, response: not one of: yes, maybe, no" in status
    assert widget.show_name.description and not widget.show_name.value  # labelled, off
    widget.show_name.value = True  # the name comes back without choosing the file again
    assert "maria_garcia.csv: 6 rows read" in widget.status.value
    assert "maria_garcia.csv, row 7, response" in widget.status.value
    widget.show_name.value = False
    assert "maria" not in widget.status.value


def test_a_refused_upload_is_named_only_when_the_trainer_opts_in(tmp_path, monkeypatch):
    from commonground.widgets.log_upload import LogUpload

    monkeypatch.setenv("COMMONGROUND_HOME", str(tmp_path))
    widget = LogUpload()
    widget.upload.value = chosen_file("peter.csv", b"meeting_id,date\nM1,2024-01-01\n")
    assert "the uploaded log: missing required column" in widget.status.value
    assert "peter" not in widget.status.value
    widget.show_name.value = True
    assert "peter.csv: missing required column" in widget.status.value


# --- 3. a note typed between meetings: one reason ---------------------------------------------


@pytest.mark.parametrize(
    "note, column",
    [
        ("Week 2 - call back on Monday,,,,,,", "meeting_id"),
        (",,,,,,remember the snacks", "response"),
        (",Week 3,,,,,", "date"),
    ],
)
def test_a_note_row_is_quarantined_with_one_reason(tmp_path, note, column):
    path = tmp_path / "log.csv"
    rows = [f"n{i},2025-03-0{1 + i},O-1,C-{i},canvass,true,yes" for i in range(4)]
    path.write_text("\n".join([HEADER, *rows[:2], note, *rows[2:]]) + "\n")
    result = read_log(path)
    assert len(result.accepted) == 4 and list(result.quarantine["row"]) == [4]
    assert len(result.problems) == 1
    problem = result.problems[0]
    assert problem.row == 4 and problem.column == column
    assert problem.message.startswith("a note row, not a meeting")
    assert "required value is missing" not in result.quarantine["reason"].iloc[0]


def test_a_meeting_missing_several_values_is_not_taken_for_a_note(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(
        "\n".join([HEADER, "m1,2025-03-01,O-1,,,,", "m2,2025-03-02,O-1,C-2,x,true,yes"])
    )
    result = read_log(path)
    assert [p.message for p in result.problems] == ["required value is missing"] * 4


def test_validate_prints_the_note_row_once_without_its_words(tmp_path, capsys):
    path = tmp_path / "log.csv"
    rows = [f"n{i},2025-03-0{1 + i},O-1,C-{i},canvass,true,yes" for i in range(3)]
    path.write_text("\n".join([HEADER, rows[0], "Call marigold back,,,,,,", *rows[1:]]) + "\n")
    code, out = run_cli(capsys, "log", "validate", path)
    assert code == 1 and out.count("problem:") == 1 and "row 3, meeting_id: a note row" in out
    assert "marigold" not in out


# --- 4. a header repeated inside an import is named -----------------------------------------

VAN = "eventSignupId,VANID,Event Type,Status,Date Created,Event Date"


def test_a_header_repeated_inside_an_import_is_named_as_a_header(tmp_path, capsys):
    rows = [
        VAN,
        "5001,100201,Phone Bank,Scheduled,2025-03-01,2025-03-15",
        VAN,  # a second export pasted under the first
        "5002,100202,Phone Bank,Completed,2025-03-02,2025-03-16",
    ]
    code, out, q = import_van_signups(capsys, tmp_path, rows)
    assert code == 1 and "3 rows read, 2 accepted, 1 quarantined" in out
    assert list(q["row"]) == ["3"]
    assert q["reason"].iloc[0].startswith("a repeated header row")
    assert "status" not in q["reason"].iloc[0]


# --- 6. Mobilize's no-show and attended statuses ---------------------------------------------

MOBILIZE = "id,person.user_id,event.event_type,timeslot.start_date,status,attended,created_date"


def _mobilize(tmp_path, *rows) -> Path:
    path = tmp_path / "mobilize.csv"
    path.write_text("\n".join([MOBILIZE, *rows]) + "\n")
    return path


def test_a_mobilize_no_show_is_a_yes_that_did_not_show_up(tmp_path):
    from commonground.outcomes.importers.run import import_files

    path = _mobilize(
        tmp_path,
        "1,u1,CANVASS,1741000000,NO_SHOW,,1740000000",
        "2,u2,CANVASS,1741000000,no-show,,1740000000",
        "3,u3,CANVASS,1741000000,ATTENDED,,1740000000",
        "4,u4,CANVASS,1741000000,REGISTERED,,1740000000",
    )
    result = import_files("mobilize", [path])
    assert result.ok
    got = result.accepted.set_index("meeting_id")
    assert list(got["response"]) == ["yes"] * 4
    assert got["showed_up"].tolist()[:3] == [False, False, True]
    assert pd.isna(got["showed_up"].tolist()[3])  # registered: not recorded


def test_a_mobilize_status_that_contradicts_attended_is_quarantined(tmp_path):
    from commonground.outcomes.importers.run import import_files

    path = _mobilize(tmp_path, "1,u1,CANVASS,1741000000,NO_SHOW,true,1740000000",
                     "2,u2,CANVASS,1741000000,REGISTERED,true,1740000000")  # fmt: skip
    result = import_files("mobilize", [path])
    assert list(result.quarantine["row"]) == [2]
    assert "contradicts" in result.quarantine["reason"].iloc[0]
    assert result.accepted["showed_up"].tolist() == [True]


def test_an_unknown_status_says_what_to_do(tmp_path):
    from commonground.outcomes.importers.run import import_files

    path = _mobilize(tmp_path, "1,u1,CANVASS,1741000000,WAITLISTED,,1740000000")
    reason = import_files("mobilize", [path]).quarantine["reason"].iloc[0]
    assert "status 'WAITLISTED' is not one this import knows" in reason
    assert "--suggest" in reason and "--from mapping" in reason


# --- 5. the import's modules each do one job, in a few hundred lines -----------------------


def test_the_import_run_is_split_into_modules_of_a_few_hundred_lines():
    from commonground.outcomes import importers

    folder = Path(importers.__file__).parent
    for name in ("run", "batches", "columns", "report", "writing"):
        lines = (folder / f"{name}.py").read_text().count("\n")
        assert lines <= 300, f"{name}.py has {lines} lines"


def test_a_note_in_an_extra_column_is_named_there(tmp_path):
    path = tmp_path / "log.csv"
    rows = ["x1,2025-03-01,O-1,C-1,canvass,true,yes,", ",,,,,,,call back Monday"]
    path.write_text("\n".join([HEADER + ",team_comment", *rows]) + "\n")
    result = read_log(path)
    assert [(p.row, p.column) for p in result.problems] == [(3, "team_comment")]
    assert result.problems[0].message.startswith("a note row")


def test_a_note_row_inside_an_import_is_named_once(tmp_path, capsys):
    rows = [
        VAN,
        "5001,100201,Phone Bank,Scheduled,2025-03-01,2025-03-15",
        "Week 2 - call back on Monday,,,,,",
        "5002,100202,Phone Bank,Completed,2025-03-02,2025-03-16",
        "5003,,,,,",  # an id alone is a row begun, named the same way
    ]
    code, out, q = import_van_signups(capsys, tmp_path, rows)
    assert code == 1 and "4 rows read, 2 accepted, 2 quarantined" in out
    assert list(q["row"]) == ["3", "5"]
    assert all(reason.startswith("a note row, not a meeting") for reason in q["reason"])


def test_the_upload_counts_the_problems_it_does_not_list(tmp_path, monkeypatch):
    from commonground.widgets.log_upload import SHOWN_PROBLEMS, LogUpload

    monkeypatch.setenv("COMMONGROUND_HOME", str(tmp_path))
    rows = [f"p{i},2025-03-01,O-1,C-{i},canvass,true,perhaps" for i in range(SHOWN_PROBLEMS + 2)]
    widget = LogUpload()
    widget.upload.value = chosen_file("maria.csv", ("\n".join([HEADER, *rows]) + "\n").encode())
    assert "... and 2 more problem(s) like these." in widget.status.value
    assert (
        widget.status.value.count("<li>") == SHOWN_PROBLEMS and "maria" not in widget.status.value
    )
