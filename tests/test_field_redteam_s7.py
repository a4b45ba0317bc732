"""Red-team session 7: names in reports, Excel date serials, day/month, hostile exports.

Every input is written here, as the tools and spreadsheets write them (synthetic values;
the canary names stand for real people). What failed at first sight (before the fixes
of this session): organizer ids and ask types such as "call Ottilie" were printed as
given; a million-character ask type reached the text report whole; 45791 in a date
column was refused; ``03/04/2025`` was read as 4 March beside ``13/04/2025`` in the same
column; a repeated header was read from its first copy without a word; a Google Forms
timestamp was masked as a phone number.
"""

from __future__ import annotations

import csv
import io
import json
import re

import pandas as pd
import pytest

from commonground import cli
from commonground.analysis import report_tables, sections
from commonground.outcomes import read_log

HEADER = "Timestamp,Meeting ID,Date,Organizer,Contact,Ask Type,Ask Specific,Response,Notes"
#: Canary names: none may appear in any default output.
ORGANIZERS = ["Zebulon Quackenbush", "Ottilie Marchbanks", "ignatius-7"]
IN_ASK_TYPES = ["Wilhelmina", "Barnaby"]
NOTE_CANARY = "Persephone"


def _forms_log(path, rows=24):
    """A Google Forms response sheet saved as CSV, shaped like the outcome log."""
    lines = [HEADER]
    asks = ["canvass", "phone bank", f"call {IN_ASK_TYPES[0]}", f"Text bank with {IN_ASK_TYPES[1]}"]
    for i in range(rows):
        lines.append(
            f"5/{1 + i % 28}/2025 10:03:11,g{i},2025-05-{1 + i % 28:02d},{ORGANIZERS[i % 3]},"
            f"c{i},{asks[i % 4]},{'yes' if i % 3 else 'no'},{['yes', 'no', 'maybe'][i % 3]},"
            f'"{NOTE_CANARY} said call 617-555-0199"'
        )
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return path


def _leaks(text: str) -> list[str]:
    """Canary names found in ``text`` (images' base64 removed: it spells anything)."""
    text = re.sub(r"data:image/[^\"')]+", "", text)
    words = [w for name in ORGANIZERS for w in re.split(r"[\s-]+", name) if not w.isdigit()]
    words += IN_ASK_TYPES + [NOTE_CANARY, "617-555"]
    return [w for w in words if w.lower() in text.lower()]


def test_analyze_text_and_json_print_no_name_by_default(tmp_path, capsys):
    log = _forms_log(tmp_path / "responses.csv")
    assert cli.main(["analyze", str(log)]) == 0
    text = capsys.readouterr().out
    assert cli.main(["analyze", "--json", str(log)]) == 0
    data = capsys.readouterr().out
    for out in (text, data):
        assert _leaks(out) == []
        assert "organizer 1" in out and "[hidden]" in out
    # ids are pseudonymised too, and numbered in the order they first appear
    shown = {row["organizer"]: row["n"] for row in json.loads(data)["organizers"]}
    assert shown == {"organizer 1": 8, "organizer 2": 8, "organizer 3": 8}
    assert "Call [hidden]" in text and "Text bank with [hidden]" in text
    assert "Phone bank" in text  # words of asks are kept


def test_show_names_prints_who_each_pseudonym_is(tmp_path, capsys):
    log = _forms_log(tmp_path / "responses.csv")
    assert cli.main(["analyze", "--show-names", str(log)]) == 0
    out = capsys.readouterr().out
    assert "organizer 1 (Zebulon Quackenbush)" in out
    assert "organizer 3 (ignatius-7)" in out
    assert "Call wilhelmina" in out
    assert NOTE_CANARY not in out  # notes never reach any output, names or not


def test_pseudonyms_follow_the_log_not_the_alphabet(tmp_path, capsys):
    log = _forms_log(tmp_path / "responses.csv")
    assert cli.main(["analyze", "--json", "--show-names", str(log)]) == 0
    labels = [row["organizer"] for row in json.loads(capsys.readouterr().out)["organizers"]]
    # "Zebulon" first in the file is organizer 1, though it sorts last
    assert "organizer 1 (Zebulon Quackenbush)" in labels
    assert "organizer 2 (Ottilie Marchbanks)" in labels


def test_app_upload_section_hides_names_and_escapes(tmp_path):
    path = _forms_log(tmp_path / "responses.csv")
    text = path.read_text(encoding="utf-8-sig").replace(
        "Zebulon Quackenbush", "<script>alert(1)</script>"
    )
    path.write_text(text, encoding="utf-8")
    html = sections.analysis_html(read_log(path), "responses.csv")
    assert _leaks(html) == []
    assert "<script>alert" not in html and "organizer 1" in html


def test_report_table_cells_never_start_a_formula():
    frame = pd.DataFrame({"group": ['=HYPERLINK("http://x")', "+1", "@SUM(1)", "-", "ok"]})
    html = report_tables.Table(frame)._repr_html_()
    cells = re.findall(r"<td>(.*?)</td>", html)
    assert cells == [
        "&#x27;=HYPERLINK(&quot;http://x&quot;)",
        "&#x27;+1",
        "&#x27;@SUM(1)",
        "-",
        "ok",
    ]


def test_html_report_from_the_cli_hides_names_and_escapes(tmp_path, capsys):
    path = _forms_log(tmp_path / "responses.csv")
    text = path.read_text(encoding="utf-8-sig")
    text = text.replace("Ottilie Marchbanks", "<img src=x onerror=alert(1)>")
    text = text.replace(",canvass,", ',=HYPERLINK("http://evil"),')
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "report.html"
    assert cli.main(["report", str(path), "-o", str(out), "--no-progress"]) == 0
    html = out.read_text(encoding="utf-8")
    assert _leaks(html) == []
    assert "<img src=x" not in html and "HYPERLINK" not in html
    assert "organizer 1" in html and "organizer 3" in html


# --- Excel date serials ------------------------------------------------------------------

LOG_HEADER = "meeting_id,date,organizer,contact,ask_type,ask_specific,response"


def _log(tmp_path, dates):
    rows = [f"m{i},{d},o1,c{i},canvass,true,yes" for i, d in enumerate(dates)]
    path = tmp_path / "log.csv"
    path.write_text("\n".join([LOG_HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_excel_serials_become_dates_with_a_note_naming_the_rows(tmp_path):
    result = read_log(_log(tmp_path, ["45791", "2025-01-02", "45792.75"]))
    assert len(result.accepted) == 3
    days = result.accepted.set_index("meeting_id")["date"].dt.strftime("%Y-%m-%d")
    assert (days["m0"], days["m2"]) == ("2025-05-14", "2025-05-15")
    assert any("Excel date serial" in n and "rows 2, 4" in n for n in result.notices)


def test_implausible_or_ambiguous_serials_stay_refused_with_a_reason(tmp_path, capsys):
    result = read_log(_log(tmp_path, ["5", "45791", "2025-01-02"]))
    (problem,) = result.problems
    assert (problem.row, problem.column) == (2, "date")
    assert "outside 1990-2100" in problem.message
    mixed = _log(tmp_path, ["45791", "14/05/2025"])
    assert cli.main(["log", "validate", str(mixed)]) == 1
    out = capsys.readouterr().out
    assert "the log: 2 rows read" in out  # a file name only with --show-names
    assert "row 2, date: a number, perhaps an Excel date serial" in out
    assert "row 3, date: not a date in YYYY-MM-DD form (which of day and month" in out


# --- exports ----------------------------------------------------------------------------


def _import(tmp_path, source, name, data: bytes, capsys, *extra):
    path = tmp_path / name
    path.write_bytes(data)
    out = tmp_path / "out.csv"
    code = cli.main(["log", "import", "--from", source, str(path), "-o", str(out), *extra])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    return code, captured, out


VAN = (
    "eventSignupId,vanId,First Name,Email,Event Type,Status,Date Created,Event Date,"
    "Recruited By,Notes\r\n"
    "1001,501,Maria,m@x.org,Canvass,Scheduled,03/04/2025,03/08/2025,Org A,call 617-555-0199\r\n"
    '1002,502,Jose,,"=HYPERLINK(""http://evil"")",Completed,13/04/2025,20/04/2025,Org B,\r\n'
    '1003,503,Ann,,"Phone\nBank",No Show,2025-04-02,2025-04-09,+Org C,"two\nlines"\r\n'
    "1004,504,Bo,,Canvass,Declined,4/2/2025,4/9/2025,@Org D,\r\n"
)


def test_van_day_first_column_refuses_ambiguous_dates_and_loses_no_row(tmp_path, capsys):
    code, captured, out = _import(tmp_path, "van-signups", "van.csv", VAN.encode(), capsys)
    assert code == 1
    assert "4 rows read, 2 accepted, 2 quarantined" in captured.out
    log = pd.read_csv(out, dtype=str)
    assert list(log["date"]) == ["2025-04-13", "2025-04-02"]  # 13/04 is day-first
    assert log.loc[0, "ask_type"].startswith("'=")  # never a live formula
    assert log.loc[1, "organizer"] == "'+Org C"
    quarantine = pd.read_csv(tmp_path / "out.quarantine.csv", dtype=str)
    assert list(quarantine["row"]) == ["2", "5"]  # the quoted line break is one row
    assert quarantine["reason"].str.contains("ambiguous day/month").all()
    assert quarantine["reason"].str.contains("row 3: '13/04/2025'").all()
    assert "event_date (Event Date)" in quarantine.loc[0, "reason"]  # both reasons, one row
    assert "'@Org D" in quarantine.to_csv()
    text = (tmp_path / "out.quarantine.csv").read_text() + out.read_text()
    assert "617-555" not in text and "Maria" not in text and "two" not in text


def test_van_month_first_dates_are_read_us_with_an_assumption_note(tmp_path, capsys):
    data = (
        "eventSignupId,vanId,Event Type,Status,Date Created\r\n"
        "1,5,Canvass,Scheduled,03/04/2025\r\n2,6,Canvass,Scheduled,04/13/2025\r\n"
    )
    code, captured, out = _import(tmp_path, "van-signups", "van.csv", data.encode(), capsys)
    assert code == 0
    assert list(pd.read_csv(out, dtype=str)["date"]) == ["2025-03-04", "2025-04-13"]
    assert "1 date(s) in Date Created (date) such as '03/04/2025'" in captured.out
    assert "our assumption" in captured.out


def test_mapping_with_a_date_order_is_not_second_guessed(tmp_path, capsys):
    (tmp_path / "map.yaml").write_text(
        "columns: {meeting_id: Ref, date: When, organizer: Who, contact: Person,"
        " ask_type: Ask, response: Answer}\n"
        "values: {response: {Y: yes, N: no}}\n"
        "constants: {ask_specific: true}\ndate_order: dmy\n"
    )
    data = "Ref,When,Who,Person,Ask,Answer\nr1,03/04/2025,o,p1,canvass,Y\nr2,13/04/2025,o,p2,canvass,N\n"
    code, captured, out = _import(
        tmp_path, "mapping", "custom.csv", data.encode(), capsys,
        "--mapping", str(tmp_path / "map.yaml"),
    )  # fmt: skip
    assert code == 0, captured
    assert list(pd.read_csv(out, dtype=str)["date"]) == ["2025-04-03", "2025-04-13"]


def test_mobilize_semicolons_cp1252_and_a_repeated_header(tmp_path, capsys):
    header = "id;user_id;given_name;event_type;start_date;status;attended;created_date"
    rows = ["9001;u1;Zoë;CANVASS;1746000000;REGISTERED;true;1745000000;;",
            "9002;u2;Renée;PHONE_BANK;1746000000;CONFIRMED;;1745000000;;"]  # fmt: skip
    good = "\r\n".join([header + ";;", *rows]).encode("cp1252")
    code, captured, out = _import(tmp_path, "mobilize", "m.csv", good, capsys)
    assert code == 0, captured
    assert "Windows-1252" in captured.out and "';'" in captured.out
    assert "Zo" not in out.read_text(encoding="utf-8")
    twice = "\r\n".join(
        [header + ";event_type", "1;u1;A;CANVASS;1746000000;REGISTERED;;1745000000;MEETING"]
    )
    code, captured, _ = _import(tmp_path, "mobilize", "twice.csv", twice.encode(), capsys)
    assert code == 2
    assert "twice.csv" in captured.err
    assert "'event_type' (column 4), 'event_type' (column 9)" in captured.err
    unused = "\r\n".join(
        [header + ";given_name", "1;u1;A;CANVASS;1746000000;REGISTERED;;1745000000;B"]
    )
    code, captured, _ = _import(tmp_path, "mobilize", "unused.csv", unused.encode(), capsys)
    assert code == 0 and "appears more than once and is not used" in captured.out


def test_a_million_character_cell_is_refused_by_row_and_never_printed(tmp_path, capsys):
    big = "A" * 1_000_000
    data = (
        "identifiers,action_network:person_id,status,created_date\n"
        f"action_network:1,p1,accepted,2025-04-01\naction_network:2,{big},declined,2025-04-01\n"
    )
    code, captured, _ = _import(tmp_path, "action-network", "an.csv", data.encode(), capsys)
    assert code == 1 and "2 rows read, 1 accepted, 1 quarantined" in captured.out
    quarantine = pd.read_csv(tmp_path / "out.quarantine.csv", dtype=str)
    assert quarantine.loc[0, "reason"].startswith("contact: longer than 200 characters")
    log = _log(tmp_path, ["2025-01-02", "2025-01-03"])
    log.write_text(
        log.read_text().replace("m1,2025-01-03,o1,c1,canvass", f"m1,2025-01-03,o1,c1,{big}")
    )
    assert (
        cli.main(["analyze", str(log)]) == 1
    )  # analysed; the quarantined row is why the code is 1
    out = capsys.readouterr().out
    assert len(out) < 20_000 and "row 3, ask_type: longer than 200 characters" in out


def test_google_forms_timestamps_are_not_phone_numbers(tmp_path):
    result = read_log(_forms_log(tmp_path / "responses.csv", rows=3))
    assert not any("masked in 'timestamp'" in n for n in result.notices)
    assert result.accepted["timestamp"].iloc[0] == "5/1/2025 10:03:11"


@pytest.mark.parametrize("cell", ["=1+1", "+SUM(A1)", "@cmd", "-2+3"])
def test_formula_cells_are_escaped_in_written_logs_and_hidden_in_reports(tmp_path, capsys, cell):
    log = _log(tmp_path, ["2025-01-02", "2025-01-03"])
    log.write_text(log.read_text().replace("o1,c1,canvass", f'"{cell}",c1,"{cell}"'))
    out = tmp_path / "team.csv"
    assert cli.main(["log", "merge", str(log), "-o", str(out)]) == 0
    cells = [c for row in csv.reader(io.StringIO(out.read_text())) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    assert "'" + cell in cells  # the organizer, as written, behind an apostrophe
    capsys.readouterr()
    assert cli.main(["analyze", "--json", str(log)]) == 0
    data = capsys.readouterr().out
    assert cell not in data and "[hidden]" in data
