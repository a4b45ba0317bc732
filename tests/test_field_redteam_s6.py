"""Red-team session 6: real spreadsheet saves and hostile cells in logs and exports.

Each test builds its input here (synthetic values only) and checks what a trainer sees:
the rows read, the message, the files written. Canaries stand for personal data.
"""

from __future__ import annotations

import io
import json
import random

import pandas as pd
import pytest

from commonground import cli
from commonground.analysis.findings import funnel_sentence
from commonground.errors import InputFileError
from commonground.outcomes import read_log

HEADER = "meeting_id,date,organizer,contact,ask_type,ask_specific,response"
ROWS = [
    "M1,2024-03-01,org_1,C1,canvass,true,yes",
    "M2,2024-03-02,org_1,C2,phone_bank,false,no",
    "M3,2024-03-03,org_2,C3,canvass,true,maybe",
]
PHONE = "617-555-0199"
EMAIL = "leaky@canary.test"


def _csv(lines, sep=",", eol="\r\n") -> str:
    return eol.join(line.replace(",", sep) for line in lines) + eol


# --- files as spreadsheets save them ---------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le"])
def test_excel_unicode_text_utf16_with_tabs_is_read(tmp_path, codec):
    """Excel's "Unicode Text" save is UTF-16 with tabs (with a byte-order mark; some
    tools write it without one)."""
    path = tmp_path / "log.csv"
    path.write_bytes(_csv([HEADER, *ROWS], sep="\t").encode(codec))
    result = read_log(path)
    assert (result.n_read, len(result.accepted)) == (3, 3)
    assert list(result.accepted["meeting_id"]) == ["M1", "M2", "M3"]
    assert any("UTF-16" in n for n in result.notices)


def test_utf16_export_is_imported(tmp_path, capsys):
    path = tmp_path / "signups.csv"
    lines = ["id,user_id,event_type,status,attended,created_date",
             "1,501,CANVASS,CONFIRMED,true,2025-03-01",
             "2,502,PHONE_BANK,REGISTERED,,2025-03-02"]  # fmt: skip
    path.write_bytes(_csv(lines, sep="\t").encode("utf-16"))
    out = tmp_path / "log.csv"
    code = cli.main(["log", "import", "--from", "mobilize", str(path), "-o", str(out)])
    assert code == 0, capsys.readouterr()
    assert len(read_log(out).accepted) == 2


def test_old_mac_excel_csv_with_lone_cr_line_ends_is_read(tmp_path):
    path = tmp_path / "log.csv"
    path.write_bytes(_csv([HEADER, *ROWS], eol="\r").encode("utf-8"))
    result = read_log(path)
    assert (result.n_read, len(result.accepted)) == (3, 3)


def _xlsx_bytes() -> bytes:
    buffer = io.BytesIO()
    pd.DataFrame([r.split(",") for r in ROWS], columns=HEADER.split(",")).to_excel(
        buffer, index=False
    )
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (_xlsx_bytes(), "Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, ".xls workbook"),
        (
            json.dumps(
                [dict(zip(HEADER.split(","), r.split(","), strict=True)) for r in ROWS]
            ).encode(),
            "JSON",
        ),
        (random.Random(7).randbytes(4000), "does not hold text"),
    ],
    ids=["xlsx", "xls", "json", "binary"],
)
def test_a_file_that_is_not_csv_text_is_refused_plainly(tmp_path, capsys, content, says):
    """A workbook, JSON or binary file named .csv was read as garbled cells and
    reported as a missing column or a repeated one (or a parser's own words)."""
    path = tmp_path / "log.csv"
    path.write_bytes(content)
    with pytest.raises(InputFileError) as info:
        read_log(path)
    assert says in str(info.value) and "log.csv" in str(info.value)
    assert "missing required" not in str(info.value) and "appears twice" not in str(info.value)
    assert cli.main(["log", "validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err and "new-line character" not in err


@pytest.mark.parametrize("source", ["mobilize", "van-signups"])
def test_importing_a_binary_or_undecodable_csv_is_a_refusal_not_a_crash(tmp_path, capsys, source):
    """Bytes Windows-1252 has no character for (0x81) crashed the import
    ('unexpected UnicodeDecodeError')."""
    path = tmp_path / "export.csv"
    text = "id,status,attended,created_date\n1,CONFIRMED,true,2025-03-01\n2,CONFIRMED,x,y\n"
    path.write_bytes(text.encode("latin-1").replace(b",x,", b",\x81\xe9,"))
    code = cli.main(["log", "import", "--from", source, str(path), "-o", str(tmp_path / "o.csv")])
    err = capsys.readouterr().err
    assert code == 2
    assert "export.csv" in err and "unexpected" not in err and "UnicodeDecodeError" not in err


def test_utf16_json_export_is_read(tmp_path, capsys):
    path = tmp_path / "mobilize.json"
    records = {"data": [{"id": 1, "person": {"user_id": 5}, "event": {"event_type": "CANVASS"},
                         "status": "CONFIRMED", "attended": True, "created_date": 1740830400}]}  # fmt: skip
    path.write_text(json.dumps(records), encoding="utf-16")
    out = tmp_path / "log.csv"
    assert cli.main(["log", "import", "--from", "mobilize", str(path), "-o", str(out)]) == 0
    assert len(read_log(out).accepted) == 1


# --- personal data in labels, reasons and quarantined cells ---------------------------


@pytest.mark.parametrize("ask", [f"call {EMAIL}", "ring (617) 555 0199", "+44 20 7946 0958"])
def test_personal_data_in_ask_type_never_reaches_the_analysis(tmp_path, capsys, ask):
    """ask_type is an open vocabulary: every value was printed by ``analyze`` as a group."""
    path = tmp_path / "log.csv"
    path.write_text(_csv([HEADER, *ROWS, f'M4,2024-03-04,org_2,C4,"{ask}",true,yes']))
    result = read_log(path, categories=True)
    assert len(result.accepted) == 3 and len(result.quarantine) == 1
    assert result.problems[0].row == 5 and result.problems[0].column == "ask_type"
    assert "e-mail address or phone number" in result.problems[0].message
    shown = " ".join(map(str, result.quarantine.iloc[0].tolist()))
    assert "canary" not in shown and "555" not in shown and "7946" not in shown
    assert (
        cli.main(["analyze", "--json", str(path)]) == 1
    )  # analysed; the quarantined row is why the code is 1
    printed = capsys.readouterr().out
    assert "canary" not in printed and "555" not in printed and "7946" not in printed


def test_import_reasons_and_quarantine_never_show_phone_numbers_or_notes(tmp_path):
    """A phone number typed into the answer column was quoted in the quarantine reason,
    and a Notes column (names, life stories) was copied into the quarantine file."""
    path = tmp_path / "empower.csv"
    path.write_text(
        "user_eid,contact_eid,action_type,initial_prompt_response,created_mts,Notes\n"
        f"u-1,c-1,VOTE,{PHONE},1740830400000,Ring Zelda Quixote\n"
        f"u-1,c-2,VOTE,1,1740830400000,Zelda Quixote said yes\n"
        f"u-1,c-3,{EMAIL},1,1740830400000,\n"
    )
    out = tmp_path / "log.csv"
    assert cli.main(["log", "import", "--from", "empower", str(path), "-o", str(out)]) == 1
    written = out.read_text() + (tmp_path / "log.quarantine.csv").read_text()
    assert "555-0199" not in written and "canary" not in written and "Zelda" not in written
    quarantine = pd.read_csv(tmp_path / "log.quarantine.csv", dtype=str)
    assert list(quarantine["row"]) == ["2", "4"]
    assert "is not one this import knows" in quarantine["reason"][0]


def test_quarantined_cells_mask_phone_numbers_in_any_column(tmp_path):
    """A phone number typed under ``date`` went to the quarantine file as it was."""
    path = tmp_path / "log.csv"
    path.write_text(_csv([HEADER, *ROWS, f"M4,{PHONE},org_2,C4,canvass,true,yes"]))
    result = read_log(path)
    assert list(result.quarantine["row"]) == [5]
    assert "555" not in result.quarantine["date"].iloc[0]
    assert result.quarantine["meeting_id"].iloc[0] == "M4"  # how the row is found


# --- honest uncertainty ----------------------------------------------------------------


def _funnel(n: int, k: int) -> pd.DataFrame:
    from commonground.analysis.conversion import funnel

    df = pd.DataFrame({"response": ["yes"] * k + ["no"] * (n - k), "final_response": [None] * n,
                       "showed_up": pd.array([True] * k + [None] * (n - k), dtype="boolean")})  # fmt: skip
    return funnel(df)


def test_findings_never_claim_100_percent_of_a_tiny_log():
    """'Of 2 asks, 100% got a yes' had no interval and no warning."""
    text = funnel_sentence(_funnel(2, 2))
    assert "100%" not in text.split("95% CI")[0]
    assert "2 of 2" in text and "too few to rely on" in text
    assert text.count("95% CI") == 3


def test_findings_give_every_rate_its_interval_on_a_big_log():
    text = funnel_sentence(_funnel(100, 40))
    assert text.startswith("Of 100 asks, 40% (95% CI")
    assert text.count("95% CI") == 3 and "too few" not in text.split("showed up")[0]


def test_one_ask_is_singular():
    assert funnel_sentence(_funnel(1, 1)).startswith("Of 1 ask, 1 of 1")


def test_report_tables_of_a_log_without_a_maybe_or_no_are_drawn(tmp_path):
    """A log of yeses only has nothing to win back: the report crashed with
    'IndexError: loc must be an integer between -0 and 0'."""
    from commonground.analysis import report_tables, sections, winback

    path = tmp_path / "log.csv"
    path.write_text(_csv([HEADER, "M1,2024-03-01,org_1,C1,canvass,true,yes",
                          "M2,2024-03-02,org_2,C2,donate,false,yes"]))  # fmt: skip
    log = read_log(path).accepted
    wins = winback.win_back(log)
    assert len(wins) == 0
    table = report_tables.win_back_table(wins)
    assert list(table.columns)[:2] == ["first answer", "alternative offered"]
    assert "none in this log" in report_tables.Table(table)._repr_html_()
    page = sections.analysis_html(read_log(path), "log.csv")  # the app's report page
    assert "Winning back a maybe or a no" in page and "none in this log" in page


# --- outputs never replace inputs --------------------------------------------------------


def _overwrite_cases(log: str, export: str) -> list[list[str]]:
    return [
        ["log", "validate", log, "--quarantine", log],
        ["log", "import", "--from", "mobilize", export, "-o", export],
        ["log", "import", "--from", "mobilize", export, "-o", log + ".out.csv",
         "--quarantine", export],
        ["log", "import", "--from", "mobilize", export, "--fill-log", log, "-o", log],
        ["log", "merge", log, "-o", log],
        ["report", log, "-o", log],
    ]  # fmt: skip


@pytest.mark.parametrize("case", range(6))
def test_an_output_that_is_an_input_file_is_refused_before_anything_is_written(
    tmp_path, capsys, monkeypatch, case
):
    """``log validate log.csv --quarantine log.csv`` replaced the log by an empty
    quarantine and exited 0; ``log import x.csv -o x.csv`` replaced the export."""
    monkeypatch.chdir(tmp_path)
    log = tmp_path / "log.csv"
    log.write_text(_csv([HEADER, *ROWS]))
    export = tmp_path / "signups.csv"
    export.write_text("id,user_id,event_type,status,attended,created_date\n"
                      "1,501,CANVASS,CONFIRMED,true,2025-03-01\n2,502,CANVASS,WAITLISTED,,2025-03-01\n")  # fmt: skip
    before = {p: p.read_bytes() for p in (log, export)}
    argv = _overwrite_cases("./log.csv", str(export))[case]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert "is never overwritten" in err and "Traceback" not in err
    assert {p: p.read_bytes() for p in (log, export)} == before


def test_log_export_never_writes_over_the_volunteers_own_log(tmp_path, monkeypatch, capsys):
    """``log export -o`` naming the volunteer's own log replaced it without its notes."""
    from commonground.field_log import store

    monkeypatch.setenv("COMMONGROUND_HOME", str(tmp_path))
    code = cli.main(["log", "add", "--no-input", "--date", "2025-05-01", "--organizer", "vol-1",
                     "--contact-name", "Test Person", "--ask-type", "canvass",
                     "--ask-words", "Would you canvass with me Saturday at 10 from the library?",
                     "--response", "yes", "--notes", "likes mornings"])  # fmt: skip
    assert code == 0, capsys.readouterr()
    own = store.log_path(None)
    before = own.read_bytes()
    assert b"likes mornings" in before
    assert cli.main(["log", "export", "-o", str(own)]) == 2
    assert "is never overwritten" in capsys.readouterr().err
    assert own.read_bytes() == before
