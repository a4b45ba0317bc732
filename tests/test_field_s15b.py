"""Session 15b: ``log validate``, ``analyze`` and ``report`` read several sheets of one
workbook as one log (``--sheet all``, or ``--sheet`` given again), as ``log merge`` does.

SYNTHETIC: every workbook here is written into the test's own folder by the helpers
below; every person, id, phone number (555-01xx) and e-mail address (example.org) in them
is made up. Each test checks that rows read = accepted + quarantined (per sheet and in
all) and that nothing printed holds a name, a phone number or an e-mail address,
including a workbook whose sheet titles are people's names.

What failed before (26506ad): ``log validate --sheet all book.xlsx`` and ``analyze``
refused the file ("has no sheet 'all'"); ``--sheet all --sheet 2`` read sheet 2 alone
without a word (the last --sheet won).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pandas as pd
import pytest
from cli_run import run_cli

sys.path.insert(0, str(Path(__file__).parent / "data" / "field15"))
from make_fixtures import write_book  # noqa: E402

from commonground.outcomes import generate
from commonground.outcomes.sheet_log import read_sheets

HEADER = ["meeting_id", "date", "organizer", "contact", "ask_type", "ask_specific", "response"]
#: Names, phones and e-mail addresses in the fixtures: never in what a command prints.
PEOPLE = ("Maria", "Lopez", "Peter", "Okafor", "Zoë", "Núñez", "555-01", "example.org")


def _no_people(text: str) -> None:
    leaked = [word for word in PEOPLE if word in text]
    assert leaked == [], leaked


def _counts(out: str) -> tuple[int, int, int]:
    found = re.search(r"(\d+) rows read, (\d+) (?:accepted|analysed), (\d+) quarantined", out)
    assert found, out
    return tuple(int(g) for g in found.groups())


def _book(path, sheets: dict[str, list[list]]):
    """A synthetic workbook: one sheet per entry, rows as given."""
    return write_book(path, sheets)


def _months(tmp_path):
    """A sheet per month: a "Read me" first, a title above April's header and its
    columns in another order with an extra one, a bad response in March (beside a
    contact written as a phone), meeting m1 on March and April (April's date differs),
    m5 written twice, the same in every cell, on April and June, an empty May."""
    april = ["response", "date", "meeting_id", "contact", "organizer", "ask_type",
             "ask_specific", "Venue"]  # fmt: skip
    return _book(
        tmp_path / "months.xlsx",
        {
            "Read me": [["One sheet per month (synthetic)."], ["Maria Lopez keeps it."]],
            "March": [
                HEADER,
                ["m1", "2026-03-02", "org-1", "c1", "canvass", "true", "yes"],
                ["m2", "2026-03-03", "org-1", "555-0142", "canvass", "true", "perhaps"],
            ],
            "April": [
                ["April 1:1s (synthetic)"],
                [],
                april,
                ["no", "2026-04-02", "m3", "c3", "org-2", "phone_bank", "false", "hall"],
                ["yes", "2026-04-03", "m1", "c1", "org-1", "canvass", "true", "hall"],
                ["maybe", "2026-04-07", "m4", "c4", "org-2", "canvass", "true", "cafe"],
                ["yes", "2026-04-09", "m5", "c5", "org-1", "canvass", "true", "cafe"],
            ],
            "May": [],
            "June": [
                HEADER,
                ["m5", "2026-04-09", "org-1", "c5", "canvass", "true", "yes"],
                ["m6", "2026-06-01", "org-2", "c6", "canvass", "true", "no"],
            ],
        },
    )


# --- log validate -------------------------------------------------------------------------


def test_validate_reads_every_sheet_as_one_log_naming_file_and_sheet(tmp_path, capsys):
    book = _months(tmp_path)
    q_path = tmp_path / "q.csv"
    code, out = run_cli(capsys, "log", "validate", "--sheet", "all", book, "--quarantine", q_path)
    assert code == 1
    assert _counts(out) == (8, 5, 3)  # 2 + 4 + 2 rows read; 1 bad, 2 ids seen before
    assert "the log sheet 2 'March': 2 rows read, 1 quarantined" in out
    assert "the log sheet 3 'April': 4 rows read, 0 quarantined" in out
    assert "the log sheet 5 'June': 2 rows read, 0 quarantined" in out
    assert "the log sheet 1 holds none of the log's required columns: not read" in out
    assert "the log sheet 4 'May' is empty: not read" in out
    assert "2 row(s) hold a meeting_id an earlier sheet holds" in out
    assert "problem: the log sheet 2 'March' row 3, response: not one of" in out
    assert (
        "problem: the log sheet 3 'April' row 5: meeting_id 'm1' conflicts with the log "
        "sheet 2 'March' row 2 (differs in: date); that row was kept"
    ) in out
    assert (
        "problem: the log sheet 5 'June' row 2: meeting_id 'm5' is the same meeting as "
        "the log sheet 3 'April' row 7, kept there"
    ) in out
    assert "note: the log sheet 3 'April': header found on row 3 of the sheet" in out
    quarantine = pd.read_csv(q_path, dtype=str)
    assert list(quarantine["file"]) == [
        "the log sheet 2 'March'", "the log sheet 3 'April'", "the log sheet 5 'June'"
    ]  # fmt: skip
    assert list(quarantine["row"]) == ["3", "5", "2"]
    _no_people(out)
    _no_people(q_path.read_text())  # the phone typed as a contact is hidden there too


def test_validate_sheets_given_again_are_read_in_that_order_once_each(tmp_path, capsys):
    book = _months(tmp_path)
    code, out = run_cli(
        capsys, "log", "validate", "--sheet", "april", "--sheet", "2", "--sheet", "April", book
    )
    assert code == 1 and _counts(out) == (6, 4, 2)
    assert out.index("sheet 3 'April': 4 rows") < out.index("sheet 2 'March': 2 rows")
    assert out.count("sheet 3 'April': 4 rows read") == 1
    # April first: its m1 is kept, March's m1 is the conflict now
    assert "the log sheet 2 'March' row 2: meeting_id 'm1' conflicts with the log sheet 3" in out
    assert "not read" not in out  # named sheets: nothing skipped
    _no_people(out)


def test_validate_json_counts_and_names_the_sheet_of_each_problem(tmp_path, capsys):
    book = _months(tmp_path)
    code, out = run_cli(capsys, "log", "validate", "--sheet", "all", "--json", book)
    data = json.loads(out)
    assert code == 1
    assert (data["rows_read"], data["accepted"], data["quarantined"]) == (8, 5, 3)
    assert data["source"] is None and len(data["sheets"]) == 6
    assert [p["where"] for p in data["problems"]] == [
        "the log sheet 2 'March'", "the log sheet 3 'April'", "the log sheet 5 'June'"
    ]  # fmt: skip
    _no_people(out)


def test_one_sheet_is_read_as_before_and_a_csv_whole_under_all(tmp_path, capsys):
    book = _months(tmp_path)
    code, out = run_cli(capsys, "log", "validate", "--sheet", "2", book)
    assert code == 1 and _counts(out) == (2, 1, 1)
    assert "problem: row 3, response" in out and "the log sheet" not in out
    assert "note: read sheet 2 of 5 'March' (--sheet)" in out
    log = tmp_path / "log.csv"
    log.write_text(",".join(HEADER) + "\nm1,2026-03-02,org-1,c1,canvass,true,yes\n")
    code, out = run_cli(capsys, "log", "validate", "--sheet", "all", log)
    assert code == 0 and _counts(out) == (1, 1, 0) and "sheet" not in out
    code, out = run_cli(capsys, "log", "validate", "--sheet", "1", "--sheet", "2", log)
    assert code == 2 and "--sheet 1 --sheet 2 chooses sheets of an Excel workbook" in out


def test_validate_refuses_all_beside_a_sheet_and_a_sheet_it_lacks(tmp_path, capsys):
    book = _months(tmp_path)
    code, out = run_cli(capsys, "log", "validate", "--sheet", "all", "--sheet", "2", book)
    assert code == 2 and "--sheet all reads every sheet: give it alone" in out
    code, out = run_cli(capsys, "log", "validate", "--sheet", "2", "--sheet", "July", book)
    assert code == 2 and "has no sheet 'July'" in out
    code, out = run_cli(capsys, "log", "validate", "--sheet", "1", "--sheet", "2", book)
    assert code == 2 and "sheet 1: missing required column(s)" in out  # named: refused
    assert out.count("\n") == 1


def test_next_months_template_is_skipped_under_all_and_refused_by_name(tmp_path, capsys):
    empty = ["July", [HEADER]]  # the header, no meetings yet
    book = _book(
        tmp_path / "template.xlsx",
        {"March": [HEADER, ["m1", "2026-03-02", "org-1", "c1", "canvass", "true", "yes"]],
         empty[0]: empty[1]},
    )  # fmt: skip
    for command in (["log", "validate"], ["analyze"]):
        code, out = run_cli(capsys, *command, "--sheet", "all", book)
        assert code == 0 and _counts(out) == (1, 1, 0)
        assert "the log sheet 2 'July' has the log's header but no meetings: not read" in out
    team = tmp_path / "team.csv"
    code, out = run_cli(capsys, "log", "merge", book, "--sheet", "all", "-o", team)
    assert code == 0 and "note: the log sheet 2 'July' has the log's header but no" in out
    code, out = run_cli(capsys, "log", "validate", "--sheet", "1", "--sheet", "July", book)
    assert code == 2 and "sheet 2 'July': no data rows" in out  # named: refused
    only = _book(tmp_path / "only.xlsx", {"Read me": [["synthetic"]], "July": [HEADER]})
    code, out = run_cli(capsys, "log", "validate", "--sheet", "all", only)
    assert code == 2 and "sheet 2 'July': no data rows" in out  # nothing at all to read


# --- sheet titles that are people's names -------------------------------------------------


def _organizers(tmp_path, *, other_layout: bool = False):
    """A sheet per organizer, titled with the organizer's (made-up) name; a name typed as
    a meeting id on both sheets; a bad row with an e-mail address as its contact. With
    ``other_layout``, the second sheet lacks its organizer column."""
    second = [
        HEADER,
        ["b1", "2026-03-03", "org-2", "c2", "canvass", "true", "no"],
        ["Maria Lopez 1", "2026-03-05", "org-2", "c3", "canvass", "true", "yes"],
        ["b3", "2026-03-06", "org-2", "zoe.nunez@example.org", "canvass", "maybe", "yes"],
    ]
    if other_layout:
        second = [[c for i, c in enumerate(row) if i != 2] for row in second]
    return _book(
        tmp_path / "organizers.xlsx",
        {
            "Maria Lopez": [
                HEADER,
                ["a1", "2026-03-02", "org-1", "c1", "canvass", "true", "yes"],
                ["Maria Lopez 1", "2026-03-04", "org-1", "c3", "canvass", "true", "yes"],
            ],
            "Peter Okafor": second,
        },
    )


def test_titles_that_name_someone_are_left_out_of_every_line(tmp_path, capsys):
    book = _organizers(tmp_path)
    q_path = tmp_path / "q.csv"
    code, out = run_cli(capsys, "log", "validate", "--sheet", "all", book, "--quarantine", q_path)
    assert code == 1 and _counts(out) == (5, 3, 2)
    assert "the log sheet 1: 2 rows read, 0 quarantined" in out
    assert "the log sheet 2: 3 rows read, 1 quarantined" in out
    assert "problem: the log sheet 2 row 4, ask_specific" in out
    assert (
        "the log sheet 2 row 3: meeting_id '[words hidden: perhaps a name]' conflicts with "
        "the log sheet 1 row 3 (differs in: date, organizer)"
    ) in out
    _no_people(out)
    _no_people(q_path.read_text())
    # the hiding is real: asked to, the same run names the sheets
    code, out = run_cli(capsys, "log", "validate", "--sheet", "all", "--show-names", book)
    assert "sheet 2 'Peter Okafor': 3 rows read" in out


def test_a_sheet_of_another_layout_is_refused_by_number_with_the_way_out(tmp_path, capsys):
    book = _organizers(tmp_path, other_layout=True)
    for command in (["log", "validate"], ["analyze"]):
        code, out = run_cli(capsys, *command, "--sheet", "all", book)
        assert code == 2 and out.count("\n") == 1
        assert "organizers.xlsx: sheet 2: missing required column(s): organizer" in out
        assert "organizer column too" in out and "--sheet N for each" in out
        _no_people(out)


# --- analyze ------------------------------------------------------------------------------


def _season(tmp_path):
    """300 synthetic meetings (the course's generator) split into a sheet per month
    (titles are month names), after a "Read me" sheet and with an empty last sheet."""
    frame = generate(300, seed=7).drop(columns="notes")
    frame["date"] = frame["date"].dt.strftime("%Y-%m-%d")
    text = frame.astype("object").where(frame.notna(), None)
    for name in text.columns:
        text[name] = [None if v is None else str(v).lower() for v in text[name]]
    text["meeting_id"] = frame["meeting_id"]
    text["contact"] = frame["contact"]
    text["organizer"] = frame["organizer"]
    months = pd.to_datetime(frame["date"]).dt.strftime("%b %Y")
    sheets = {"Read me": [["A synthetic season, one sheet per month."]]}
    for month in dict.fromkeys(months):
        part = text[months == month]
        sheets[month] = [list(text.columns), *part.values.tolist()]
    sheets["Next month"] = []
    return _book(tmp_path / "season.xlsx", sheets), len(sheets) - 2


def test_analyze_reads_the_sheets_as_one_log(tmp_path, capsys):
    book, n_months = _season(tmp_path)
    code, out = run_cli(capsys, "analyze", "--sheet", "all", book)
    assert code == 0 and _counts(out) == (300, 300, 0)
    read = re.findall(r"- the log sheet \d+ '\w+ \d{4}': (\d+) rows read, 0 quarantined", out)
    assert len(read) == n_months and sum(map(int, read)) == 300
    assert "the log sheet 1 holds none of the log's required columns: not read" in out
    assert f"the log sheet {n_months + 2} 'Next month' is empty: not read" in out
    code, out = run_cli(capsys, "analyze", "--sheet", "all", "--json", book)
    data = json.loads(out)
    assert (data["n_rows"], data["n_accepted"], data["n_quarantined"]) == (300, 300, 0)
    assert data["funnel"][0]["n"] == 300


def test_analyze_counts_quarantined_rows_and_names_no_one(tmp_path, capsys):
    for book in (_months(tmp_path), _organizers(tmp_path)):
        code, out = run_cli(capsys, "analyze", "--sheet", "all", book)
        read, analysed, quarantined = _counts(out)
        assert code == 1 and quarantined > 0 and read == analysed + quarantined
        assert re.search(r"- the log sheet \d+( '\w+')? row \d+", out)  # warnings name the sheet
        _no_people(out)
        data = json.loads(run_cli(capsys, "analyze", "--sheet", "all", "--json", book)[1])
        assert data["n_rows"] == data["n_accepted"] + data["n_quarantined"] == read
        _no_people(json.dumps(data, ensure_ascii=False))


def test_read_sheets_counts_per_sheet_and_in_all(tmp_path):
    book = _months(tmp_path)
    result = read_sheets(book, ["all"], categories=True)
    assert result.n_read == 8 == len(result.accepted) + len(result.quarantine)
    assert list(result.accepted["meeting_id"]) == ["m1", "m3", "m4", "m5", "m6"]
    per_sheet = [int(m) for m in re.findall(r": (\d+) rows read", " ".join(result.sheets))]
    assert sum(per_sheet) == result.n_read
    one = read_sheets(book, "April")
    assert one.n_read == 4 and one.sheets == [] and all(p.where is None for p in one.problems)


# --- report -------------------------------------------------------------------------------


@pytest.mark.slow
def test_report_reads_the_sheets_as_one_log(tmp_path, capsys):
    book, n_months = _season(tmp_path)
    out_path = tmp_path / "report.html"
    code, out = run_cli(capsys, "report", "--sheet", "all", book, "-o", out_path, "--no-progress")
    assert code == 0, out
    html = out_path.read_text(encoding="utf-8")
    assert "300 meetings read, 300 analysed, 0 set aside." in html
    assert html.count("Sheet: the log sheet") == n_months + 2
    _no_people(html)


@pytest.mark.slow
def test_report_on_sheets_titled_with_names_sets_rows_aside_by_sheet(tmp_path, capsys):
    book = _organizers(tmp_path)
    out_path = tmp_path / "report.html"
    code, out = run_cli(capsys, "report", "--sheet", "all", book, "-o", out_path, "--no-progress")
    assert code == 1
    assert "2 row(s) quarantined" in out and "log validate --sheet all LOG names each" in out
    html = out_path.read_text(encoding="utf-8")
    assert "5 meetings read, 3 analysed, 2 set aside." in html
    assert "Set aside: the log sheet 2 row 4, ask_specific" in html
    assert "Sheet: the log sheet 2: 3 rows read, 1 quarantined" in html
    _no_people(out)
    _no_people(html)


def test_the_reports_hint_repeats_a_sheet_title_only_when_it_names_no_one():
    from commonground.commands.analyze import _shown_sheet

    assert [_shown_sheet(s, False) for s in ("all", "2", "April", "Maria Lopez")] == [
        "all", "2", "April", "NAME"
    ]  # fmt: skip
    assert _shown_sheet("Maria Lopez", True) == "Maria Lopez"


def test_report_refuses_a_sheet_of_another_layout_before_any_kernel(tmp_path, capsys):
    book = _organizers(tmp_path, other_layout=True)
    code, out = run_cli(capsys, "report", "--sheet", "all", book, "-o", tmp_path / "r.html")
    assert code == 2 and "sheet 2: missing required column(s): organizer" in out
    assert not (tmp_path / "r.html").exists()
    _no_people(out)
