"""Personal data never reaches the analysis; exports neutralise formulas and escape HTML."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from commonground.outcomes import read_log, to_safe_csv, to_safe_html, validate_frame, write_log
from commonground.outcomes.privacy import is_personal_column, pseudonymise

HEADER = "meeting_id,date,organizer,contact,ask_type,ask_specific,response"
SECRETS = ("ann.lee@example.org", "+44 20 7946 0958", "Ann Lee", "12 High Street")


def _everything_as_text(result) -> str:
    parts = [
        result.accepted.to_csv(),
        result.quarantine.to_csv(),
        *map(str, result.problems),
        *result.notices,
    ]
    return "\n".join(parts)


@pytest.fixture
def personal_log(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(
        HEADER + ",Full Name,Phone,E-mail,address,notes,extra\n"
        "M1,2024-03-01,org_01,ann.lee@example.org,canvass,true,yes,Ann Lee,"
        "+44 20 7946 0958,ann.lee@example.org,12 High Street,call Ann on +44 20 7946 0958,"
        "mail ann.lee@example.org\n"
        "M2,2024-03-01,org_01,+44 20 7946 0958,canvass,true,perhaps,Ann Lee,"
        "+44 20 7946 0958,ann.lee@example.org,12 High Street,,\n"
        "M3,2024-03-02,org_02,C00003,canvass,false,no,Bo,1,b@example.org,x,,\n",
        encoding="utf-8",
    )
    return path


def test_personal_data_never_reaches_accepted_quarantine_or_messages(personal_log):
    result = read_log(personal_log)
    assert result.n_read == 3 and len(result.accepted) == 2
    text = _everything_as_text(result)
    for secret in SECRETS:
        assert secret not in text
    assert {"full_name", "phone", "e_mail", "address", "notes"}.isdisjoint(result.accepted)
    assert result.accepted["extra"].iloc[0] == "mail [personal data removed]"
    joined = " | ".join(result.notices)
    assert (
        "personal-data column(s) dropped before analysis: full_name, phone, e_mail, address"
        in joined
    )
    assert "notes column dropped" in joined
    assert "2 contact value(s) looked like an e-mail address or phone number" in joined


def test_contact_pseudonyms_are_stable_with_a_salt(personal_log):
    first = read_log(personal_log, pseudonymise_salt="s3cret").accepted["contact"].tolist()
    again = read_log(personal_log, pseudonymise_salt="s3cret").accepted["contact"].tolist()
    other = read_log(personal_log, pseudonymise_salt="other").accepted["contact"].tolist()
    assert first == again and first != other
    assert all(c.startswith("p_") and len(c) == 14 for c in first)
    assert "C00003" not in first, "with a salt every contact id is pseudonymised"


def test_pseudonymise_keeps_equal_values_equal_and_missing_missing():
    out = pseudonymise(pd.Series(["a", "b", "a", None], dtype="str"), "salt")
    assert out[0] == out[2] != out[1]
    assert pd.isna(out[3])


@pytest.mark.parametrize(
    "name, personal",
    [
        ("name", True),
        ("first_name", True),
        ("contact_name", True),
        ("mobile", True),
        ("tel", True),
        ("email", True),
        ("e_mail", True),
        ("home_address", True),
        ("meeting_id", False),
        ("ask_type", False),
        ("campaign", False),
        ("hotel", False),
    ],
)
def test_personal_column_names(name, personal):
    assert is_personal_column(name) is personal


FORMULAS = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]


def test_safe_csv_neutralises_every_formula_start(tmp_path):
    df = pd.DataFrame({"cell": FORMULAS + ["plain", "a=b"], "n": range(8)})
    path = to_safe_csv(df, tmp_path / "out.csv")
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    assert [row[0] for row in rows] == ["'" + f for f in FORMULAS] + ["plain", "a=b"]
    assert [row[1] for row in rows] == [str(i) for i in range(8)], "numbers are left alone"


def test_formula_cells_in_a_log_are_exported_safely(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(
        HEADER + "\n"
        '"=HYPERLINK(""http://evil"",""click"")",2024-03-01,o,C1,canvass,true,yes\n'
        "M2,2024-03-01,@org,C2,canvass,true,perhaps\n",
        encoding="utf-8",
    )
    result = read_log(path)
    assert result.accepted["meeting_id"].iloc[0].startswith("=HYPERLINK"), "kept as data"
    out = to_safe_csv(result.quarantine, tmp_path / "q.csv")
    row = next(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert row["organizer"] == "'@org"
    safe = to_safe_csv(result.accepted, tmp_path / "a.csv").read_text(encoding="utf-8")
    assert "\"'=HYPERLINK" in safe and '"=HYPERLINK' not in safe


def test_safe_html_escapes_markup_and_formulas():
    df = pd.DataFrame({"<b>col</b>": ["<script>alert(1)</script>", "=1+1", "a & b"]})
    html = to_safe_html(df)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&lt;b&gt;col&lt;/b&gt;" in html
    assert "'=1+1" in html and "a &amp; b" in html


def test_xlsx_export_cannot_smuggle_a_formula(tmp_path):
    from openpyxl import load_workbook

    df = pd.DataFrame({"meeting_id": ["=1+1"], "n": [1]})
    path = write_log(df, tmp_path / "out.xlsx")
    cell = load_workbook(path).active["A2"]
    assert cell.data_type == "s" and cell.value == "'=1+1"


def test_exports_write_atomically_with_usual_permissions(tmp_path):
    path = to_safe_csv(pd.DataFrame({"a": [1]}), tmp_path / "out.csv")
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"], "no temp file left"
    assert path.stat().st_mode & 0o044, "readable by others like any normal file"


def test_validate_frame_accepts_typed_values_from_the_role_play_engine():
    import datetime as dt

    df = pd.DataFrame(
        {
            "meeting_id": ["rp-1", "rp-2"],
            "date": [dt.date(2024, 5, 1), dt.date(2024, 5, 2)],
            "organizer": ["learner", "learner"],
            "contact": ["C1", "C2"],
            "ask_type": ["attend_event", "canvass"],
            "ask_specific": [True, False],
            "response": ["yes", "no"],
            "open_questions": [3, 0],
            "showed_up": [None, None],
        }
    )
    result = validate_frame(df, source="role-play")
    assert result.ok and result.accepted["row"].tolist() == [2, 3]
    assert result.accepted["ask_specific"].tolist() == [True, False]
    assert result.accepted["date"].dt.day.tolist() == [1, 2]


def test_validate_frame_reports_rows_as_in_a_written_file():
    df = pd.DataFrame(
        {
            "meeting_id": ["a", "b"],
            "date": ["2024-01-01", "2024-01-01"],
            "organizer": ["o", "o"],
            "contact": ["c1", "c2"],
            "ask_type": ["x", "x"],
            "ask_specific": ["yes", "sometimes"],
            "response": ["yes", "no"],
        }
    )
    result = validate_frame(df, source="observer sheet")
    assert [(p.row, p.column) for p in result.problems] == [(3, "ask_specific")]
    assert result.summary() == "observer sheet: 2 rows read, 1 accepted, 1 quarantined"


def test_rows_the_reader_cannot_split_are_quarantined_without_personal_data(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(
        "Meeting ID," + HEADER.split(",", 1)[1] + ",Email,notes\n"
        "M1,2024-03-01,o,C1,canvass,true,yes,a@b.org,hi\n"
        "M2,2024-03-01,o,ann.lee@example.org,canvass,true,yes,a@b.org,call Ann Lee,surplus\n",
        encoding="utf-8",
    )
    result = read_log(path)
    assert result.quarantine["row"].tolist() == [3]
    assert result.quarantine["meeting_id"].tolist() == ["M2"], "same header names as the rest"
    assert {"email", "notes"}.isdisjoint(result.quarantine.columns)
    text = _everything_as_text(result)
    assert "ann.lee@example.org" not in text and "a@b.org" not in text and "Ann Lee" not in text
