"""Table-driven: every kind of bad input and its exact outcome.

Each case writes a small file, reads it with ``read_log`` and checks either the exact
refusal or the exact rows accepted, the exact problems (row, column, message, value)
and the notices. Row numbers are spreadsheet rows: header = 1, first data row = 2.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd
import pytest

from commonground.errors import InputFileError
from commonground.outcomes import read_log
from commonground.outcomes.validation import SAME_ROW

HEADER = "meeting_id,date,organizer,contact,ask_type,ask_specific,response"
GOOD = "M1,2024-03-01,org_01,C00001,canvass,true,yes"


def lines(*rows: str, header: str = HEADER) -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode("utf-8")


@dataclass
class Case:
    name: str
    content: bytes
    refused: str | None = None  # substring of the one-line refusal
    accepted: int = 0
    problems: list[tuple] = field(default_factory=list)  # (row, column, message part, value)
    notices: list[str] = field(default_factory=list)  # substrings, each must appear
    suffix: str = ".csv"
    first: dict = field(default_factory=dict)  # exact values of the first accepted row


CASES = [
    Case(
        "missing required column",
        b"meeting_id,date,organizer,contact,ask_type,ask_specific\nM1,2024-03-01,o,C1,x,true\n",
        refused="missing required column(s): response",
    ),
    Case("empty file", b"", refused="the file is empty"),
    Case("only a BOM and blank lines", b"\xef\xbb\xbf\n\n", refused="the file is empty"),
    Case("header only", lines(), refused="no data rows"),
    Case(
        "wrong types",
        lines(
            GOOD + ",thirty,maybe,2",
            GOOD.replace("M1", "M2") + ",30,yes,two",
            header=HEADER + ",duration_min,prepared,open_questions",
        ),
        problems=[
            (2, "duration_min", "not a whole number", "thirty"),
            (2, "prepared", "not a boolean (use true/false, yes/no, y/n or 1/0)", "maybe"),
            (3, "open_questions", "not a whole number", "two"),
        ],
    ),
    Case(
        "unknown category in a closed vocabulary",
        lines(
            "M1,2024-03-01,o,C1,canvass,true,yes,zoom,", header=HEADER + ",setting,ask_type_note"
        ),
        accepted=0,
        problems=[(2, "setting", "not one of: in_person, phone, video", "zoom")],
        notices=["extra column(s) kept but ignored by the analysis: ask_type_note"],
    ),
    Case(
        "duplicate meeting ids: the first keeps the id",
        lines(GOOD, GOOD.replace("M1", "M2"), GOOD, GOOD.replace("M1", "M2")),
        accepted=2,
        problems=[
            (4, "meeting_id", "duplicate meeting_id; first used in row 2" + SAME_ROW, "M1"),
            (5, "meeting_id", "duplicate meeting_id; first used in row 3" + SAME_ROW, "M2"),
        ],
    ),
    Case(
        "duplicate ids alongside other problems",
        lines(GOOD, GOOD.replace("yes", "perhaps").replace("M1", "M2"), GOOD),
        accepted=1,
        problems=[
            (3, "response", "not one of: yes, maybe, no", "perhaps"),
            (4, "meeting_id", "duplicate meeting_id; first used in row 2" + SAME_ROW, "M1"),
        ],
    ),
    Case(
        "empty trailing columns from a spreadsheet export",
        lines(GOOD + ",,", GOOD.replace("M1", "M2") + ",x,", header=HEADER + ",,"),
        accepted=2,
        notices=["extra column(s) kept but ignored by the analysis: unnamed_8"],
    ),
    Case(
        "semicolons, as Excel writes CSV in many European locales",
        lines(GOOD, GOOD.replace("M1", "M2").replace("true", "ja")).replace(b",", b";"),
        accepted=1,
        problems=[(3, "ask_specific", "not a boolean", "ja")],
        notices=["cells are separated by ';', not commas"],
    ),
    Case(
        "semicolons with a row that has too many cells",
        lines(GOOD, GOOD.replace("M1", "M2") + ",x").replace(b",", b";"),
        accepted=1,
        problems=[(3, None, "has 8 cells but the header has 7", None)],
    ),
    Case(
        "future date",
        lines(GOOD.replace("2024-03-01", "2999-01-01")),
        problems=[(2, "date", "in the future", "2999-01-01")],
    ),
    Case(
        "date not in YYYY-MM-DD form",
        lines(GOOD.replace("2024-03-01", "03/01/2024")),
        problems=[
            (
                2,
                "date",
                "not a date in YYYY-MM-DD form (which of day and month comes first is never guessed: write YYYY-MM-DD, or say how the file writes dates with --date-order dmy",
                "03/01/2024",
            )
        ],
    ),
    Case(
        "no_reason without a no",
        lines(
            GOOD + ",timing",
            "M2,2024-03-01,o,C2,canvass,false,no,timing",
            header=HEADER + ",no_reason",
        ),
        accepted=1,
        problems=[(2, "no_reason", "set, but response is not no", "timing")],
    ),
    Case(
        "showed_up without a final yes",
        lines(
            "M1,2024-03-01,o,C1,canvass,true,no,,true",
            "M2,2024-03-01,o,C2,canvass,true,no,yes,true",
            "M3,2024-03-01,o,C3,canvass,true,yes,,false",
            header=HEADER + ",final_response,showed_up",
        ),
        accepted=2,
        problems=[(2, "showed_up", "set, but the final answer is not yes", "true")],
    ),
    Case(
        "UTF-8 with BOM",
        b"\xef\xbb\xbf" + lines(GOOD.replace("org_01", "Zoë")),
        accepted=1,
        first={"meeting_id": "M1", "organizer": "Zoë"},
    ),
    Case(
        "Windows-1252 from Excel",
        (HEADER + "\nM1,2024-03-01,José,C1,canvass,true,yes\n").encode("cp1252"),
        accepted=1,
        first={"organizer": "José"},
        notices=["read it as Windows-1252"],
    ),
    Case(
        "quoted line breaks inside cells keep spreadsheet row numbers",
        lines(
            'M1,2024-03-01,"org\n01",C1,canvass,true,yes',
            "M2,2024-03-01,o,C2,canvass,true,perhaps",
        ),
        accepted=1,
        problems=[(3, "response", "not one of: yes, maybe, no", "perhaps")],
    ),
    Case(
        "a row with too many cells",
        lines(GOOD, GOOD.replace("M1", "M2") + ",surplus", GOOD.replace("M1", "M3")),
        accepted=2,
        problems=[(3, None, "has 8 cells but the header has 7", None)],
    ),
    Case(
        "blank lines are skipped with a notice, row numbers keep counting",
        lines(GOOD, "", ",,,,,,", "M2,2024-03-01,o,C2,canvass,maybe?,yes"),
        accepted=1,
        problems=[(5, "ask_specific", "not a boolean", "maybe?")],
        notices=["2 empty row(s) skipped: rows 3, 4"],
    ),
    Case(
        "huge values do not crash",
        lines(
            GOOD + ",1e30,99999999999999999999999",
            GOOD.replace("M1", "M2") + "," + "9" * 400 + ",3",
            header=HEADER + ",duration_min,open_questions",
        ),
        problems=[
            (2, "duration_min", "far too large", "1e30"),
            (2, "open_questions", "far too large", "99999999999999999999999"),
            (3, "duration_min", "far too large", "9" * 80 + "... (400 characters)"),
        ],
    ),
    Case(
        "a million-character cell",
        lines(GOOD + "," + "x" * 1_000_000, header=HEADER + ",setting"),
        # an unknown word may be a name: hidden, with the cell's length
        problems=[
            (2, "setting", "not one of", "[words hidden: perhaps a name]... (1000000 characters)")
        ],
    ),
    Case(
        "integer ranges",
        lines(
            GOOD + ",0,-1,2",
            GOOD.replace("M1", "M2") + ",241,3,-2",
            GOOD.replace("M1", "M3") + ",3.5,2,1",
            header=HEADER + ",duration_min,open_questions,follow_up_days",
        ),
        problems=[
            (2, "duration_min", "outside 1-240", "0"),
            (2, "open_questions", "below 0", "-1"),
            (3, "duration_min", "outside 1-240", "241"),
            (3, "follow_up_days", "below 0", "-2"),
            (4, "duration_min", "not a whole number", "3.5"),
        ],
    ),
    Case(
        "required value missing",
        lines(GOOD.replace("C00001", ""), GOOD.replace("M1", "M2").replace("canvass", "  ")),
        problems=[
            (2, "contact", "required value is missing", None),
            (3, "ask_type", "required value is missing", None),
        ],
    ),
    Case(
        "repeated column name",
        b"meeting_id,date,organizer,contact,ask_type,ask_specific,response,Response\n",
        refused="column 'response' appears twice (columns 7 and 8)",
    ),
    Case(
        "not text at all",
        b"\x00\x81\x8d\x8f\x90\x9d\xff\n\x81,\x8d\n",
        refused="neither UTF-8 nor Windows-1252",
    ),
    Case("unsupported extension", b"{}", refused="unsupported file type '.json'", suffix=".json"),
    Case(
        "broken Excel file", b"not a zip", refused="could not be read as an Excel", suffix=".xlsx"
    ),
    Case(
        "broken Parquet file",
        b"not parquet",
        refused="could not be read as Parquet",
        suffix=".parquet",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_has_its_exact_outcome(case, tmp_path):
    path = tmp_path / f"log{case.suffix}"
    path.write_bytes(case.content)
    if case.refused:
        with pytest.raises(InputFileError) as info:
            read_log(path)
        assert case.refused in str(info.value)
        assert str(path) in str(info.value), "a refusal names the file"
        assert "\n" not in str(info.value)
        return
    result = read_log(path)
    assert len(result.accepted) == case.accepted
    assert len(result.accepted) + len(result.quarantine) == result.n_read
    got = [(p.row, p.column, p.message, p.value) for p in result.problems]
    assert len(got) == len(case.problems), got
    for (row, column, message, value), want in zip(got, case.problems, strict=True):
        assert (row, column, value) == (want[0], want[1], want[3]), got
        assert want[2] in message, got
    bad_rows = sorted({p[0] for p in case.problems})
    assert result.quarantine["row"].tolist() == bad_rows
    assert result.quarantine["reason"].notna().all()
    for name, value in case.first.items():
        assert result.accepted[name].iloc[0] == value
    for notice in case.notices:
        assert any(notice in n for n in result.notices), result.notices


def test_mixed_boolean_spellings_parse_exactly(tmp_path):
    spellings = ["TRUE", "yes", "Y", "1", "false", "No", "n", "0", "", " True "]
    rows = [f"M{i},2024-03-01,o,C{i},canvass,{s},yes" for i, s in enumerate(spellings)]
    rows[8] = rows[8].replace(",,yes", ",true,yes").replace("canvass,", "canvass,", 1)
    path = tmp_path / "log.csv"
    path.write_bytes(
        lines(
            *[r + f",{s}" for r, s in zip(rows, spellings, strict=True)],
            header=HEADER + ",prepared",
        )
    )
    prepared = read_log(path).accepted["prepared"].tolist()
    assert prepared == [True, True, True, True, False, False, False, False, pd.NA, True]


def test_empty_boolean_is_unknown_never_false(tmp_path):
    path = tmp_path / "log.csv"
    path.write_bytes(lines(GOOD + ",", header=HEADER + ",story_shared"))
    value = read_log(path).accepted["story_shared"].iloc[0]
    assert value is pd.NA


def test_categories_are_normalised(tmp_path):
    path = tmp_path / "log.csv"
    path.write_bytes(
        lines("M1,2024-03-01,o,C1, Phone Bank ,true,YES,In-Person", header=HEADER + ",setting")
    )
    row = read_log(path).accepted.iloc[0]
    assert (row["ask_type"], row["response"], row["setting"]) == ("phone_bank", "yes", "in_person")


def test_today_is_not_the_future(tmp_path):
    path = tmp_path / "log.csv"
    path.write_bytes(lines(GOOD.replace("2024-03-01", dt.date.today().isoformat())))
    assert read_log(path).ok


def test_missing_file_is_refused_with_its_name(tmp_path):
    with pytest.raises(InputFileError, match="file not found"):
        read_log(tmp_path / "nope.csv")


@pytest.mark.parametrize("text", ["name\nAna\nBen\n", "Name,Phone,Email\nAna,555,a@x.org\n"])
def test_a_file_of_personal_columns_only_is_refused_for_what_it_lacks(tmp_path, text):
    """Personal columns are never loaded; when they are all a file has, pyarrow's empty
    column list meant 'every column', and the CLI said 'unexpected ValueError' (lead,
    session 10)."""
    path = tmp_path / "names.csv"
    path.write_text(text)
    with pytest.raises(InputFileError, match=r"missing required column\(s\): meeting_id"):
        read_log(path)
