"""Excel and Parquet logs: typed cells, sheet row numbers, typed columns."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from commonground.errors import InputFileError
from commonground.outcomes import read_log

HEADER = ["meeting_id", "date", "organizer", "contact", "ask_type", "ask_specific", "response"]


def _workbook(path, rows, *, title_rows=0, extra_sheet=False):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "log"
    for _ in range(title_rows):
        sheet.append([])
    sheet.append(HEADER + ["duration_min", "showed_up"])
    for row in rows:
        sheet.append(row)
    if extra_sheet:
        book.create_sheet("notes")
    book.save(path)
    return path


def test_xlsx_typed_cells_are_read_as_their_values(tmp_path):
    path = _workbook(
        tmp_path / "log.xlsx",
        [
            ["M1", dt.datetime(2024, 3, 1), "o", "C1", "canvass", True, "yes", 30, True],
            ["M2", dt.date(2024, 3, 2), "o", "C2", "canvass", "no", "no", 25.0, None],
        ],
    )
    result = read_log(path)
    assert result.ok, result.problems
    a = result.accepted
    assert a["date"].dt.strftime("%Y-%m-%d").tolist() == ["2024-03-01", "2024-03-02"]
    assert a["ask_specific"].tolist() == [True, False]
    assert a["duration_min"].tolist() == [30, 25]
    assert a["showed_up"].tolist()[0] is True and a["showed_up"].isna().tolist()[1]


def test_xlsx_problems_use_the_sheet_row_numbers(tmp_path):
    rows = [
        ["M1", "2024-03-01", "o", "C1", "canvass", "yes", "yes", 30, None],
        [None] * 9,  # a blank row in the middle of the sheet (row 4)
        ["M2", "2024-03-01", "o", "C2", "canvass", "yes", "perhaps", 999, None],
    ]
    path = _workbook(tmp_path / "log.xlsx", rows, title_rows=1, extra_sheet=True)
    result = read_log(path)
    assert [(p.row, p.column) for p in result.problems] == [
        (5, "duration_min"),
        (5, "response"),
    ]
    assert result.quarantine["row"].tolist() == [5]
    notices = " | ".join(result.notices)
    assert "header found on row 2" in notices
    assert "read the first sheet 'log' of 2" in notices
    assert "1 empty row(s) skipped: rows 4" in notices


def test_empty_workbook_is_refused(tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "empty.xlsx"
    Workbook().save(path)
    with pytest.raises(InputFileError, match="the first sheet is empty"):
        read_log(path)


def test_parquet_typed_columns_are_validated_too(tmp_path):
    df = pd.DataFrame(
        {
            "meeting_id": ["M1", "M2", "M3"],
            "date": pd.to_datetime(["2024-03-01", "2024-03-02", "2999-01-01"]),
            "organizer": ["o", "o", "o"],
            "contact": ["C1", "C2", "C3"],
            "ask_type": ["canvass", "canvass", "canvass"],
            "ask_specific": [True, False, True],
            "response": ["yes", "no", "yes"],
            "duration_min": [30, 500, 20],
            "prepared": [1, 0, 2],
        }
    )
    path = tmp_path / "log.parquet"
    df.to_parquet(path)
    result = read_log(path)
    assert [(p.row, p.column, p.message) for p in result.problems] == [
        (3, "duration_min", "outside 1-240"),
        (4, "date", f"in the future (today is {dt.date.today().isoformat()})"),
        (4, "prepared", "not a boolean (use true/false, yes/no, y/n or 1/0)"),
    ]
    assert result.accepted["prepared"].tolist() == [True]
    assert str(result.accepted["duration_min"].dtype) == "Int64"


def test_typed_and_text_csv_paths_give_the_same_rows(tmp_path, monkeypatch):
    from commonground.outcomes import generate, loading, write_log

    path = write_log(generate(500, seed=8), tmp_path / "log.csv")
    typed = read_log(path)
    monkeypatch.setattr(loading.arrow_csv, "_ARROW_KINDS", {})  # force the all-text path
    text = read_log(path)
    pd.testing.assert_frame_equal(typed.accepted, text.accepted)
    assert typed.notices == text.notices


def test_one_odd_cell_sends_the_file_down_the_text_path_and_is_reported(tmp_path):
    from commonground.outcomes import generate, write_log

    df = generate(50, seed=8).astype({"prepared": "str"})
    df.loc[7, "prepared"] = "sometimes"
    result = read_log(write_log(df, tmp_path / "log.csv"))
    assert [(p.row, p.column, p.value) for p in result.problems] == [(9, "prepared", "sometimes")]
    assert len(result.accepted) == 49


def test_na_spellings_are_values_not_missing(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(",".join(HEADER) + "\nNA,2024-03-01,N/A,null,n/a,true,yes\n", encoding="utf-8")
    row = read_log(path).accepted.iloc[0]
    assert (row["meeting_id"], row["organizer"], row["contact"], row["ask_type"]) == (
        "NA", "N/A", "null", "n/a"
    )  # fmt: skip
