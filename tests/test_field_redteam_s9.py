"""Red-team session 9: titles over two cells, names typed in lower case, what a quarantine keeps.

Every input is written here as spreadsheets and tools write them (synthetic values; the
canary names, phone and e-mail stand for real people). What failed at first sight,
before this session's fixes: a Google Sheets export whose title spans two cells was
refused for missing columns (and an ``.xlsx`` with any title row too); a name typed
in lower case (``peter``) was printed in messages and quarantine files, being one
letter from a word of the log's vocabulary (``peer``); the quarantine kept organizer
and contact cells as typed (``maria garcia``), and a note row's text under
``meeting_id``; ``log validate`` and ``log import`` printed the file's name, which may
be a person's.
"""

from __future__ import annotations

import pandas as pd
import pytest
from cli_run import import_van_signups, run_cli

from commonground import cli
from commonground.outcomes import read_log
from commonground.outcomes.privacy import may_name_someone, shown_value

HEADER = "meeting_id,date,organizer,contact,ask_type,ask_specific,response"
ROWS = [
    f"g{i},2025-03-0{1 + i},O-{i % 2},C-{i},canvass,true,{['yes', 'no'][i % 2]}" for i in range(6)
]


# --- the header below a title -----------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Spring 1:1s,Team Riverside,,,,,", "Spring 1:1s,,,,,,", "1:1 log,2025-03-01,,,,,"],
)
def test_a_title_over_one_or_two_cells_is_skipped_and_rows_keep_their_numbers(tmp_path, title):
    path = tmp_path / "log.csv"
    path.write_text("\n".join([title, ",,,,,,", HEADER, *ROWS]) + "\n")
    result = read_log(path)
    assert len(result.accepted) == 6 and len(result.quarantine) == 0
    assert list(result.accepted["row"]) == [4, 5, 6, 7, 8, 9]
    assert any("the header is row 3" in n for n in result.notices)


def test_a_header_with_blank_cells_is_not_taken_for_a_title(tmp_path):
    """Two named columns and many blank ones are a header, not a title (third rule)."""
    path = tmp_path / "log.csv"
    path.write_text("meeting_id,,date\nm1,x,2025-01-02\n")
    code = cli.main(["log", "validate", str(path)])
    assert code == 2  # refused for its missing columns, read from row 1: nothing skipped


def test_an_xlsx_sheet_with_a_title_is_read_from_its_header(tmp_path, capsys):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Spring 1:1s", "Team Riverside"])
    sheet.append([])
    sheet.append(HEADER.split(","))
    for row in ROWS:
        sheet.append(row.split(","))
    path = tmp_path / "log.xlsx"
    book.save(path)
    result = read_log(path)
    assert len(result.accepted) == 6 and list(result.accepted["row"])[0] == 4
    code, out = run_cli(capsys, "log", "import", "--suggest", path)
    assert code == 0 and 'meeting_id: "meeting_id"' in out  # the import reads it too


# --- names typed in lower case -----------------------------------------------------------

LOWER_NAMES = ["peter", "ethan", "steven", "maria", "garcia", "thaddeus"]


@pytest.mark.parametrize("name", LOWER_NAMES)
def test_a_lower_case_name_is_hidden_in_messages(name):
    assert may_name_someone(name) and shown_value(name) == "[words hidden: perhaps a name]"


@pytest.mark.parametrize("typo", ["mabye", "maybee", "canvas", "confirmd", "cancled", "yess"])
def test_a_slip_of_a_log_word_is_still_shown_so_it_can_be_fixed(typo):
    assert shown_value(typo) == typo


def _lower_case_log(tmp_path):
    rows = [
        "l1,2025-09-01,peter,C-1,call peter,true,yes",
        "l2,2025-09-02,maria garcia,C-2,canvass,true,peter",
        "l3,2025-09-03,O-3,maria garcia,canvass,true,maybe",
        "Week 2 - call marigold back,,,,,,",  # a note row typed between meetings
        "123456789,2025-09-04,O-3,C-5,canvass,true,perhaps",
    ]
    path = tmp_path / "peter_garcia.csv"  # a log named after its keeper
    path.write_text("\n".join([HEADER, *rows]) + "\n")
    return path


def test_the_quarantine_keeps_row_numbers_and_ids_and_hides_names(tmp_path, capsys):
    path = _lower_case_log(tmp_path)
    out_q = tmp_path / "q.csv"
    code, out = run_cli(capsys, "log", "validate", path, "--quarantine", out_q)
    assert code == 1 and "5 rows read, 2 accepted, 3 quarantined" in out
    assert "peter" not in out and "garcia" not in out and "marigold" not in out
    cells = out_q.read_text()
    assert "peter" not in cells and "garcia" not in cells and "marigold" not in cells
    q = pd.read_csv(out_q, dtype=str).set_index("row")
    assert list(q.index) == ["3", "5", "6"]
    assert q.loc["3", "organizer"] == "[words hidden: perhaps a name]"
    assert q.loc["3", "contact"] == "C-2" and q.loc["3", "ask_type"] == "canvass"
    assert q.loc["5", "meeting_id"] == "[words hidden: perhaps a name]"
    assert q.loc["6", "meeting_id"] == "123456789"  # a numeric id stays: it finds the row
    assert q.loc["6", "response"] == "perhaps" and q.loc["6", "date"] == "2025-09-04"


def test_import_quarantine_hides_names_in_id_and_organizer_columns(tmp_path, capsys):
    rows = ["eventSignupId,VANID,Event Type,Status,Date Created,Event Date,Recruited By"]
    rows += [
        "5001,100201,Phone Bank,Scheduled,2025-03-01,2025-03-15,peter",
        "5002,100202,Phone Bank,Left Msg,2025-03-02,2025-03-16,maria garcia",
        "5003,maria garcia,Phone Bank,Tentative,2025-03-03,2025-03-17,O-1",
    ]
    code, out, q = import_van_signups(capsys, tmp_path, rows)
    assert code == 1 and "3 rows read, 1 accepted, 2 quarantined" in out
    assert list(q["row"]) == ["3", "4"] and list(q["eventSignupId"]) == ["5002", "5003"]
    assert "garcia" not in q.to_csv() and "peter" not in q.to_csv()


# --- file names in summaries -------------------------------------------------------------


def test_validate_names_the_file_only_with_show_names(tmp_path, capsys):
    path = _lower_case_log(tmp_path)
    code, out = run_cli(capsys, "log", "validate", path)
    assert code == 1 and "peter_garcia" not in out
    assert out.startswith("the log: 5 rows read")
    code, out = run_cli(capsys, "log", "validate", "--json", path)
    assert "peter_garcia" not in out
    code, out = run_cli(capsys, "log", "validate", "--show-names", path)
    assert out.startswith(f"{path}: 5 rows read")


def test_import_names_its_files_only_with_show_names(tmp_path, capsys):
    rows = ["eventSignupId,VANID,Event Type,Status,Date Created,Event Date"]
    rows += ["5001,100201,Phone Bank,Scheduled,2025-03-01,2025-03-15"]
    for name in ("maria_garcia.csv", "peter.csv"):
        (tmp_path / name).write_text("\n".join(rows).replace("5001", name[:4]) + "\n")
    files = [tmp_path / "maria_garcia.csv", tmp_path / "peter.csv"]
    argv = ["log", "import", "--from", "van-signups", *files, "-o", tmp_path / "log.csv"]
    code, out = run_cli(capsys, *argv)
    assert code == 0 and "maria" not in out and "peter" not in out
    assert "file 1: 1 rows read" in out and "file 2: 1 rows read" in out
    code, out = run_cli(capsys, *argv, "--show-names")
    assert f"{files[0]}: 1 rows read" in out


# --- Excel's European CSV, exports pasted together, a log with nothing to analyse ---------


def test_a_decimal_comma_whole_number_is_read_and_a_fraction_named(tmp_path, capsys):
    rows = [f"x{i};2025-02-0{1 + i};O-1;C-{i};canvass;true;yes;{['30,0', '45,5', '1,000'][i % 3]}"
            for i in range(6)]  # fmt: skip
    path = tmp_path / "excel.csv"
    data = "\ufeff" + "\r\n".join([HEADER.replace(",", ";") + ";duration_min", *rows]) + "\r\n"
    path.write_bytes(data.encode("utf-8"))
    result = read_log(path)
    assert list(result.accepted["duration_min"]) == [30, 30]
    assert [(p.row, p.value) for p in result.problems] == [
        (3, "45,5"), (4, "1,000"), (6, "45,5"), (7, "1,000")
    ]  # fmt: skip
    assert all(p.message == "not a whole number" for p in result.problems)


def test_a_header_repeated_among_the_rows_is_skipped_and_named(tmp_path, capsys):
    second = HEADER.replace("meeting_id", "Meeting ID").replace("ask_type", "Ask-Type")
    path = tmp_path / "two.csv"
    path.write_text("\n".join([HEADER, *ROWS[:3], second, *ROWS[3:]]) + "\n")
    code, out = run_cli(capsys, "log", "validate", path)
    assert code == 0 and "6 rows read, 6 accepted, 0 quarantined" in out
    assert "1 repeated header row(s) skipped (files pasted together?): rows 5" in out
    code, out = run_cli(capsys, "analyze", path)
    assert "ask type(s) held words" not in out  # no ask type of the report was hidden


def test_a_meeting_that_only_mentions_a_column_name_is_kept(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(HEADER + "\nmeeting_id,2025-01-02,organizer,contact,ask_type,true,yes\n")
    result = read_log(path)
    assert len(result.accepted) == 1  # its date and answer are real: not a header


def test_a_log_with_no_row_to_analyse_is_refused_by_report_not_crashed(tmp_path, capsys):
    path = tmp_path / "log.csv"
    path.write_text(HEADER + "\nm1,2025-01-02,o1,c1,canvass,true,perhaps\n")
    code, out = run_cli(capsys, "report", path, "-o", tmp_path / "r.html", "--no-progress")
    assert code == 2 and "no row can be analysed: all 1 row(s) were quarantined" in out
    assert not (tmp_path / "r.html").exists() and "notebook failed" not in out


def test_an_ask_type_of_a_quarantined_row_is_not_reported_as_hidden(tmp_path, capsys):
    path = tmp_path / "log.csv"
    path.write_text("\n".join([HEADER, *ROWS, "q1,2025-03-09,O-1,C-9,call Ysolde,true,perhaps"]))
    code, out = run_cli(capsys, "analyze", path)
    assert code == 1 and "Canvass" in out
    assert "ask type(s) held words" not in out  # the report shows no hidden ask type
