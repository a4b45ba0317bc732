"""Session 15: several sheets of one workbook in ``log merge``, dates with the month written
in another language, and twelve fresh synthetic exports (tests/data/field15/, written by
its make_fixtures.py; the 10,000-row log is written into the test's folder).

SYNTHETIC: every person, id, phone number (555-01xx) and e-mail address (example.org) in
these files is made up. Each export run here checks that rows read = accepted +
quarantined and that nothing printed holds a name, a phone number or an e-mail address.

What failed on the starting code (8e25f68): ``log merge`` read one sheet per workbook
(``--sheet`` once; the others named in a notice and left out); every date with a month
word was refused by ``log validate``/``log merge`` (even ``Mar 5, 2026``) and shown
hidden as a name; imports read English month words only; Mobilize's attendance written
as words (``Attended``, ``Did not attend``, ``DID_NOT_ATTEND``) was quarantined; a French
Excel's ``VRAI`` was refused as a boolean.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pandas as pd
import pytest
from cli_run import import_export, run_cli

from commonground.outcomes import read_log
from commonground.outcomes.merge import merge_logs

DATA = Path(__file__).parent / "data" / "field15"
sys.path.insert(0, str(DATA))
from make_fixtures import big_log_text  # noqa: E402

#: Names, phones and e-mail addresses in the fixtures: never in what a command prints.
PEOPLE = ("Maria", "Lopez", "Peter", "Okafor", "Léa", "Dubois", "Zoë", "Inès", "Peña",
          "José", "Núñez", "Weber", "Jonas", "Tate", "555-01", "example.org")  # fmt: skip


def _no_people(text: str) -> None:
    leaked = [word for word in PEOPLE if word in text]
    assert leaked == [], leaked


def _counts(out: str) -> tuple[int, int, int]:
    """``(read, accepted, quarantined)`` from a summary line."""
    import re

    found = re.search(r"(\d[\d,]*) rows read, (\d[\d,]*) accepted, (\d[\d,]*) quarantined", out)
    assert found, out
    return tuple(int(g.replace(",", "")) for g in found.groups())


# --- 1. dates with the month written as a word -------------------------------------------


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("12 mars 2026", "2026-03-12"),
        ("3 de marzo de 2026", "2026-03-03"),
        ("5. März 2026", "2026-03-05"),
        ("7 Jan. 2026", "2026-01-07"),
        ("7 janv. 2026", "2026-01-07"),
        ("Mar 5, 2026 8:30 AM PST", "2026-03-05"),
        ("Thursday, March 5, 2026", "2026-03-05"),
        ("jeudi 5 mars 2026 à 14h00", "2026-03-05"),
        ("quinta-feira, 5 de março de 2026", "2026-03-05"),
        ("giovedì 5 marzo 2026", "2026-03-05"),
        ("Donnerstag, 5. März 2026", "2026-03-05"),
        ("5 maart 2026", "2026-03-05"),
        ("5 mrt 2026", "2026-03-05"),
        ("05-Mar-26", "2026-03-05"),
        ("1er avril 2026", "2026-04-01"),
        ("1º de abril de 2026", "2026-04-01"),
        ("mar. 3 mars 2026", "2026-03-03"),  # mardi 3 mars: 'mar.' the weekday
        ("Mar 3 2026", "2026-03-03"),  # 'Mar' the month
        ("5 set 2026", "2026-09-05"),
        ("12 ott 2025", "2025-10-12"),
        ("3 dic. 2025", "2025-12-03"),
        ("8 out. 2025", "2025-10-08"),
        ("Jänner 3, 2026", "2026-01-03"),
        ("5 MARS 2026", "2026-03-05"),
        ("5 aoû 2026", "2026-08-05"),
        ("3 févr. 2026", "2026-02-03"),
        ("3 fevr. 2026", "2026-02-03"),
        ("5 Mai 2026", "2026-05-05"),
        ("5 mei 2026", "2026-05-05"),
        ("5 mag 2026", "2026-05-05"),
    ],
)
def test_a_month_word_in_seven_languages_is_read(value, iso):
    from commonground.outcomes.month_names import read_named_month

    assert read_named_month(value) == (iso, None)


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("5 jui 2026", "more than one month (June, July)"),  # juin or juillet
        ("5 ju 2026", "too short"),
        ("5 ma 2026", "too short"),  # mars, mai, maggio, maart
        ("5 Foo 2026", "no month's name"),
        ("5 Mayor 2026", "no month's name"),  # longer than mayo: not a start of it
        ("31 févr. 2026", "no such day"),
        ("30 de febrero de 2026", "no such day"),
    ],
)
def test_an_ambiguous_or_unknown_month_word_is_refused_saying_why(value, why):
    from commonground.outcomes.month_names import read_named_month

    iso, reason = read_named_month(value)
    assert iso is None and why in reason and "YYYY-MM-DD" in reason


@pytest.mark.parametrize(
    "value",
    ["2026-03-05", "03/05/2026", "45791", "Call 5 Mar 2026", "5 March 2026 lunch", "March",
     "5th of March 2026", "yes", ""],
)  # fmt: skip
def test_what_is_not_a_month_word_date_is_left_to_the_other_rules(value):
    from commonground.outcomes.month_names import read_named_month

    assert read_named_month(value) == (None, None)


def test_the_month_table_is_unambiguous_and_covers_cldr_where_babel_is_installed():
    from commonground.outcomes.month_names import MONTHS, month_number

    assert set(MONTHS.values()) == set(range(1, 13))
    babel = pytest.importorskip("babel")
    from babel.dates import get_month_names

    for locale in ("en", "es", "fr", "de", "pt", "it", "nl"):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                names = get_month_names(width, context, locale=babel.Locale.parse(locale))
                for number, name in names.items():
                    assert month_number(name) == (number, None), (locale, width, name)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("12 mars 2026", True),
        ("5 jui 2026", True),  # the start of two months' names: no one's
        ("jeudi 5 mars 2026 à 14h00", True),
        ("5 Maria 2026", False),
        ("5 Julian 2026", False),  # longer than juli: not a month's start
        ("3 Jun 2026 John", False),  # a word after the date, not a time
        ("Maria 5 Mar 2026", False),  # a word before it that is no weekday
    ],
)
def test_messages_show_a_month_word_date_and_hide_a_name_beside_one(value, shown):
    from commonground.outcomes.privacy import HIDDEN_WORDS, shown_value

    assert shown_value(value, "date") == (value if shown else HIDDEN_WORDS)
    if not shown or "mars" in value:
        assert shown_value(value) == HIDDEN_WORDS  # outside a date column: as before


def test_log_validate_reads_month_words_and_refuses_by_row_and_field(capsys):
    code, out = run_cli(capsys, "log", "validate", DATA / "multilingual_dates.csv")
    assert code == 1 and _counts(out) == (12, 8, 4)
    assert "date: month(s) written as a word read" in out and "rows 2, 3, 4, 5, 6, 7, 8, 9" in out
    assert "row 10, date: not a date: the month word 'jui' starts the names of more than" in out
    assert "(value '5 jui 2026')" in out  # a month's start, no one's name: shown
    assert "row 11, date: not a date: the month word 'ma' is too short" in out
    assert "row 12, date: not a date: the word where the month goes is no month's name" in out
    assert "row 13, date: not a date: no such day: 31 of month 2" in out
    assert "Maria" not in out and "[words hidden: perhaps a name]" in out
    result = read_log(DATA / "multilingual_dates.csv")
    days = dict(
        zip(result.accepted["meeting_id"], result.accepted["date"].dt.strftime("%F"), strict=True)
    )
    assert days == {
        "x1": "2026-03-12", "x2": "2026-03-03", "x3": "2026-03-05", "x4": "2026-01-07",
        "x5": "2026-01-07", "x6": "2026-03-05", "x7": "2026-03-05", "x8": "2026-03-03",
    }  # fmt: skip


def test_a_month_word_date_in_the_future_is_refused_as_any_date(tmp_path):
    path = tmp_path / "future.csv"
    later = dt.date.today() + dt.timedelta(days=400)
    path.write_text(f"meeting_id,date,organizer,contact,ask_type,ask_specific,response\n"
                    f"m1,{later.day} mars {later.year},o,c,canvass,true,yes\n")  # fmt: skip
    result = read_log(path)
    assert len(result.quarantine) == 1 and "in the future" in result.quarantine["reason"][0]


# --- 2. several sheets of one workbook in log merge ---------------------------------------


def test_merge_reads_every_sheet_by_its_own_header_and_names_file_and_sheet(tmp_path, capsys):
    team = tmp_path / "team.csv"
    book = DATA / "months_workbook.xlsx"
    code, out = run_cli(capsys, "log", "merge", book, "--sheet", "all", "-o", team)
    assert code == 1
    assert "the log sheet 2 'March': 2 rows read, 1 quarantined" in out
    assert "the log sheet 3 'April': 3 rows read, 0 quarantined" in out
    assert "the log sheet 4 'May' is empty: not read" in out
    assert "the log sheet 1 holds none of the log's required columns: not read" in out
    assert "left out: the log sheet 2 'March' row 3: response: not one of" in out
    assert (
        "left out: the log sheet 3 'April' row 5: meeting_id 'm1' conflicts with the log "
        "sheet 2 'March' row 2 (differs in: date)"
    ) in out
    assert "the log sheet 3 'April': header found on row 3 of the sheet" in out
    merged = pd.read_csv(team, dtype=str)
    assert list(merged["meeting_id"]) == ["m1", "m3", "m4"]
    assert list(merged["date"]) == ["2026-03-02", "2026-04-02", "2026-04-07"]
    assert list(merged["response"]) == ["yes", "no", "maybe"]  # April's columns in its order
    quarantine = pd.read_csv(tmp_path / "team.quarantine.csv", dtype=str)
    assert list(quarantine["file"]) == ["the log sheet 2 'March'", "the log sheet 3 'April'"]
    assert list(quarantine["row"]) == ["3", "5"]
    assert quarantine["date"].tolist() == ["3 mars 2026", "2026-04-03"]  # as read, not typed
    _no_people(out)


def test_merge_names_several_sheets_given_again_in_the_order_given(tmp_path, capsys):
    team = tmp_path / "team.csv"
    book = DATA / "months_workbook.xlsx"
    code, out = run_cli(
        capsys, "log", "merge", book, "--sheet", "april", "--sheet", "2", "--sheet", "April",
        "-o", team,
    )  # fmt: skip
    assert code == 1
    assert out.index("sheet 3 'April': 3 rows") < out.index("sheet 2 'March': 2 rows")
    assert out.count("sheet 3 'April': 3 rows read") == 1  # named twice, read once
    # April came first: its m1 is kept, March's m1 is the conflict now
    assert "the log sheet 2 'March' row 2: meeting_id 'm1' conflicts with the log sheet 3" in out


def test_merge_refuses_a_sheet_of_another_layout_by_number_never_printing_a_name(tmp_path, capsys):
    book = DATA / "organizers_workbook.xlsx"
    team = tmp_path / "team.csv"
    code, out = run_cli(capsys, "log", "merge", book, "--sheet", "all", "-o", team)
    assert code == 2 and not team.exists()
    assert out.count("\n") == 1 and "organizers_workbook.xlsx: sheet 2: missing required" in out
    assert "organizer column too" in out and "--sheet N for each" in out
    _no_people(out)
    code, out = run_cli(capsys, "log", "merge", book, "--sheet", "1", "-o", team)
    assert code == 0 and "wrote 1 meeting(s)" in out
    _no_people(out)  # a title that may name someone is left out of the label
    code, out = run_cli(
        capsys, "log", "merge", book, "--sheet", "1", "--sheet", "2", "--show-names", "-o", team
    )
    assert code == 2 and "sheet 2 'Peter Okafor': missing required column(s): organizer" in out


def test_merge_sheets_beside_a_csv_and_the_refusals_of_the_options(tmp_path, capsys):
    team = tmp_path / "team.csv"
    book, log = DATA / "months_workbook.xlsx", DATA / "excel_utf8_bom_it_nl.csv"
    code, out = run_cli(capsys, "log", "merge", book, log, "--sheet", "all", "-o", team)
    assert code == 1 and "file 2: 5 rows read, 0 quarantined" in out
    assert "file 1 sheet 3 'April': 3 rows read" in out
    assert len(pd.read_csv(team)) == 3 + 5
    code, out = run_cli(capsys, "log", "merge", book, log, "--sheet", "2", "--sheet", "3",
                        "-o", team)  # fmt: skip
    assert code == 2 and "excel_utf8_bom_it_nl.csv: --sheet 2 --sheet 3 chooses sheets" in out
    code, out = run_cli(capsys, "log", "merge", book, "--sheet", "all", "--sheet", "2",
                        "-o", team)  # fmt: skip
    assert code == 2 and "--sheet all reads every sheet: give it alone" in out
    code, out = run_cli(capsys, "log", "merge", book, "--sheet", "2", "--sheet", "June",
                        "-o", team)  # fmt: skip
    assert code == 2 and "has no sheet 'June'" in out


def test_merge_refuses_a_workbook_none_of_whose_sheets_holds_a_log(tmp_path, capsys):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Summary"
    book.active.append(["Total", 3])
    book.create_sheet("Notes")
    book.save(tmp_path / "summary.xlsx")
    team = tmp_path / "team.csv"
    code, out = run_cli(capsys, "log", "merge", tmp_path / "summary.xlsx",
                        DATA / "months_workbook.xlsx", "--sheet", "all", "-o", team)  # fmt: skip
    assert code == 2 and not team.exists()
    assert "summary.xlsx: none of its 2 sheet(s) holds the log's required columns" in out


def test_merge_logs_from_python_counts_every_row_of_every_sheet():
    result = merge_logs([DATA / "months_workbook.xlsx"], ["the log"], sheets=["all"])
    assert result.n_read == 5 == len(result.accepted) + len(result.quarantine)
    assert [p["file"] for p in result.per_file] == ["the log sheet 2 'March'",
                                                    "the log sheet 3 'April'"]  # fmt: skip
    one = merge_logs([DATA / "months_workbook.xlsx"], ["the log"], sheet="April")
    assert one.n_read == 3 and one.per_file[0]["file"] == "the log"  # one sheet: as before


# --- 3. fresh synthetic exports, one by one -----------------------------------------------


def test_nationbuilder_people_export_with_custom_one_on_one_fields(tmp_path, capsys):
    code, out, log, quarantine = import_export(
        capsys, tmp_path, "mapping", DATA / "nationbuilder_people.csv",
        "--mapping", DATA / "nationbuilder_map.yaml",
    )  # fmt: skip
    assert code == 1 and _counts(out) == (5, 4, 1)
    assert list(log["date"]) == ["2026-03-12", "2026-03-13", "2026-03-19", "2026-04-01"]
    assert list(log["response"]) == ["yes", "no", "maybe", "yes"]
    assert "'jui' starts the names of more than one month" in quarantine["reason"][0]
    assert "personal-data column(s) not carried: first_name, last_name, email, phone_number" in out
    _no_people(out + quarantine.to_csv())


def test_action_network_activist_report_in_spanish(tmp_path, capsys):
    code, out, log, quarantine = import_export(
        capsys, tmp_path, "mapping", DATA / "action_network_activists.csv",
        "--mapping", DATA / "action_network_map.yaml",
    )  # fmt: skip
    assert code == 1 and _counts(out) == (4, 3, 1)
    assert list(log["date"]) == ["2026-03-03", "2026-03-04", "2026-03-05"]
    assert quarantine["row"].tolist() == ["5"] and "no such day" in quarantine["reason"][0]
    _no_people(out + quarantine.to_csv())


def test_everyaction_contact_history_with_german_and_french_months(tmp_path, capsys):
    code, out, log, quarantine = import_export(
        capsys, tmp_path, "van-bulk", DATA / "everyaction_contact_history.csv"
    )
    assert code == 1 and _counts(out) == (5, 4, 1)
    assert list(log["date"]) == ["2026-03-05", "2026-03-12", "2026-01-07", "2026-01-07"]
    assert "Not Home" in quarantine["reason"][0]
    _no_people(out + quarantine.to_csv())


def test_mobilize_attendance_with_time_zones_and_did_not_attend(tmp_path, capsys):
    code, out, log, quarantine = import_export(
        capsys, tmp_path, "mobilize", DATA / "mobilize_attendance_tz.csv"
    )
    assert code == 1 and _counts(out) == (6, 5, 1)
    rows = log.set_index("meeting_id")
    assert rows.loc["mobilize-77001", "showed_up"] == "true"
    assert rows.loc["mobilize-77002", "showed_up"] == "false"  # "Did not attend"
    assert pd.isna(rows.loc["mobilize-77003", "showed_up"])  # blank: not recorded
    assert rows.loc["mobilize-77004", "showed_up"] == "false"  # DID_NOT_ATTEND status
    assert rows.loc["mobilize-77005", "final_response"] == "no"  # cancelled: nothing to attend
    assert pd.isna(rows.loc["mobilize-77005", "showed_up"])
    # the calendar day as written, whatever the zone (23:30 at -08:00 is still March 1)
    assert rows.loc["mobilize-77001", "date"] == "2026-03-01"
    assert rows.loc["mobilize-77003", "event_date"] == "2026-03-15"
    assert quarantine["reason"].tolist() == ["attended 'maybe' is not true, false or null"]
    _no_people(out + quarantine.to_csv())


@pytest.mark.parametrize(
    ("name", "counts", "said"),
    [
        ("google_sheet_title_grouped.csv", (3, 3, 0), "the header is row 3"),
        ("google_sheet_merged_header.xlsx", (3, 3, 0), "header found on row 4"),
        ("excel_unicode_text.txt", (3, 3, 0), "UTF-16"),
        ("excel_cp1252_semicolons.csv", (3, 3, 0), "Windows-1252"),
        ("excel_utf8_bom_it_nl.csv", (5, 5, 0), "month(s) written as a word read"),
        ("multilingual_dates.csv", (12, 8, 4), "month(s) written as a word read"),
    ],
)
def test_sheets_and_excel_encodings_validate(capsys, name, counts, said):
    code, out = run_cli(capsys, "log", "validate", DATA / name)
    assert _counts(out) == counts and said in out
    assert code == (0 if counts[2] == 0 else 1)
    _no_people(out)


def test_a_french_excel_csv_booleans_and_months(capsys):
    result = read_log(DATA / "excel_cp1252_semicolons.csv")
    assert result.accepted["ask_specific"].tolist() == [True, True, False]  # VRAI, true, false
    assert result.accepted["date"].dt.strftime("%F").tolist() == [
        "2026-02-03", "2025-12-08", "2025-12-12"]  # fmt: skip


@pytest.mark.parametrize("word", ["VRAI", "Wahr", "verdadero", "VERO", "verdadeiro", "waar"])
def test_excels_true_in_six_locales_and_near_misses(tmp_path, word):
    path = tmp_path / "log.csv"
    rows = [f"m1,2026-03-02,o,c,canvass,{word},yes", "m2,2026-03-02,o,c2,canvass,FAUX,no",
            "m3,2026-03-02,o,c3,canvass,vrais,no", "m4,2026-03-02,o,c4,canvass,falsh,no"]  # fmt: skip
    path.write_text("meeting_id,date,organizer,contact,ask_type,ask_specific,response\n"
                    + "\n".join(rows) + "\n")  # fmt: skip
    result = read_log(path)
    assert result.accepted["ask_specific"].tolist() == [True, False]
    assert sorted(result.quarantine["row"].tolist()) == [4, 5]  # vrais, falsh: not guessed


def test_ten_thousand_rows_three_bad(tmp_path, capsys):
    path = tmp_path / "big.csv"
    path.write_text(big_log_text())
    code, out = run_cli(capsys, "log", "validate", path, "--all")
    assert code == 1 and _counts(out) == (10_000, 9_997, 3)
    assert "row 2002, date: not a date: the month word 'jui'" in out
    assert "row 5002, response: not one of: yes, maybe, no" in out
    assert "row 9002, meeting_id: duplicate meeting_id; first used in row 9" in out
    assert out.count("problem: row") == 3
    _no_people(out)
    team = tmp_path / "team.csv"
    code, out = run_cli(capsys, "log", "merge", path, "-o", team)
    assert code == 1 and "3 row(s) left out" in out and len(pd.read_csv(team)) == 9_997
    _no_people(out)


# --- 4. every fixture through one loop ----------------------------------------------------

RUNS = [
    ("nationbuilder_people.csv", ["--from", "mapping", "--mapping", "nationbuilder_map.yaml"]),
    (
        "action_network_activists.csv",
        ["--from", "mapping", "--mapping", "action_network_map.yaml"],
    ),  # fmt: skip
    ("everyaction_contact_history.csv", ["--from", "van-bulk"]),
    ("mobilize_attendance_tz.csv", ["--from", "mobilize"]),
    ("google_sheet_title_grouped.csv", None),
    ("google_sheet_merged_header.xlsx", None),
    ("excel_unicode_text.txt", None),
    ("excel_cp1252_semicolons.csv", None),
    ("excel_utf8_bom_it_nl.csv", None),
    ("multilingual_dates.csv", None),
    ("months_workbook.xlsx", ["merge", "--sheet", "all"]),
    ("organizers_workbook.xlsx", ["merge", "--sheet", "1"]),
]


@pytest.mark.parametrize(("name", "how"), RUNS, ids=[r[0] for r in RUNS])
def test_every_fixture_counts_every_row_and_prints_no_one(tmp_path, capsys, name, how):
    out_path = tmp_path / "log.csv"
    if how is None:
        code, out = run_cli(capsys, "log", "validate", DATA / name)
    elif how[0] == "merge":
        code, out = run_cli(capsys, "log", "merge", DATA / name, *how[1:], "-o", out_path)
        per_part = [line for line in out.splitlines() if " rows read, " in line]
        read = sum(int(line.split(": ")[-1].split()[0]) for line in per_part)
        left = len(pd.read_csv(tmp_path / "log.quarantine.csv")) if code == 1 else 0
        assert read == len(pd.read_csv(out_path)) + left
    else:
        how = [DATA / h if h.endswith(".yaml") else h for h in how]
        code, out = run_cli(capsys, "log", "import", *how, DATA / name, "-o", out_path)
        read, accepted, quarantined = _counts(out)
        assert read == accepted + quarantined == len(pd.read_csv(out_path)) + quarantined
        if quarantined:
            q = pd.read_csv(tmp_path / "log.quarantine.csv", dtype=str)
            assert len(q) == quarantined and q["row"].notna().all() and q["reason"].notna().all()
            _no_people(q.to_csv())
    if how is None:
        read, accepted, quarantined = _counts(out)
        assert read == accepted + quarantined
    assert code in (0, 1)
    _no_people(out)
