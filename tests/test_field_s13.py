"""Session 13: reading options on every log action, Airtable linked records, and fourteen
new synthetic export shapes (tests/data/field13/, written by its make_fixtures.py).

Every person, id, phone number (555-01xx) and e-mail address (example.org) in these
files is made up. What failed before this session's fixes: ``log merge`` had no
``--sheet``/``--date-order`` and ``--fill-log`` read its log with neither (a log on a
workbook's second sheet, or with day-first dates, could not be filled); an undeclared
Airtable linked-record organizer ``org-1, org-2`` became an organizer of its own; a
dotted date (``06.03.2026``) was read month first under ``date_order: mdy`` (the
draft's default), so a German form's meetings landed in June and August without a
word; a German or Spanish form's columns were not drafted at all, and the empty draft
was refused with a message about its format; a date with a time of day
(``2026-03-02 00:00:00``, a Google Forms ``07/03/2026 14:22:05``) was refused by
``log validate`` though ``log import`` reads it; empty rows ending an export were each
quarantined (exit code 1 for a clean file); a value the draft left as ``"?"`` was
quarantined as "not one of: yes, maybe, no"; an id made from a row number
(``row-8affd3-r5``) was hidden in the quarantine as a name; ``--fill-log`` printed a
contact typed as a name.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from cli_run import import_export, run_cli

from commonground.outcomes import read_log

DATA = Path(__file__).parent / "data" / "field13"
HEADER = "meeting_id,date,organizer,contact,ask_type,ask_specific,response"
#: Names, phones and e-mail addresses in the fixtures: never in what a command prints.
PEOPLE = ("Maria", "Lopez", "Okafor", "Peter", "Silva", "José", "Núñez", "Zoë", "Léa",
          "Brontë", "Peña", "555-01", "example.org", "Lea,", "Tom,")  # fmt: skip


def _no_people(text: str) -> None:
    leaked = [word for word in PEOPLE if word in text]
    assert leaked == [], leaked


_import = import_export


def _draft(capsys, tmp_path, path) -> Path:
    draft = tmp_path / "map.yaml"
    code, _ = run_cli(capsys, "log", "import", "--suggest", path, "-o", draft)
    assert code == 0
    return draft


# --- 1. --sheet and --date-order on every action that reads a user's file ------------------


@pytest.mark.parametrize(
    "action", [["log", "validate"], ["log", "import"], ["log", "merge"], ["analyze"], ["report"]]
)
def test_every_action_reading_a_users_file_takes_the_reading_options(capsys, action):
    with pytest.raises(SystemExit):
        run_cli(capsys, *action, "--help")
    text = capsys.readouterr().out
    assert "--sheet N|NAME" in text and "--date-order {dmy,mdy}" in text


def test_merge_reads_the_sheet_and_the_date_order_it_is_given(tmp_path, capsys):
    team = tmp_path / "team.csv"
    code, out = run_cli(capsys, "log", "merge", DATA / "team_log_second_sheet.xlsx", "-o", team)
    assert code == 1 and "3 row(s) left out" in out  # day-first dates: never guessed
    assert "--date-order dmy (day first)" in out
    code, out = run_cli(
        capsys, "log", "merge", DATA / "team_log_second_sheet.xlsx", "--sheet", "march",
        "--date-order", "dmy", "-o", team,
    )  # fmt: skip
    assert code == 0 and "wrote 3 meeting(s)" in out
    assert "read sheet 2 of 2 'March' (--sheet)" in out
    assert list(pd.read_csv(team, dtype=str)["date"]) == ["2026-02-03", "2026-02-25", "2026-03-04"]


@pytest.mark.parametrize(
    ("more", "message"),
    [(["--sheet", "April"], "has no sheet 'April' (--sheet takes a sheet's number or its "
      "name; the workbook has 2: 1 'Read me', 2 'March')"),
     (["--sheet", "2"], "trailing_blank_rows.csv: --sheet 2 chooses a sheet of an Excel "
      "workbook (.xlsx); this file has none")],
)  # fmt: skip
def test_merge_refuses_a_sheet_it_cannot_read_in_one_line(tmp_path, capsys, more, message):
    team = tmp_path / "team.csv"
    code, out = run_cli(
        capsys, "log", "merge", DATA / "team_log_second_sheet.xlsx",
        DATA / "trailing_blank_rows.csv", *more, "-o", team,
    )  # fmt: skip
    assert code == 2 and message in out and out.count("\n") == 1 and not team.exists()


def _fill(capsys, tmp_path, *more):
    return run_cli(
        capsys, "log", "import", "--from", "mobilize", DATA / "mobilize_statuses.csv",
        "--fill-log", DATA / "team_log_second_sheet.xlsx", "-o", tmp_path / "filled.csv", *more,
    )  # fmt: skip


def test_fill_log_reads_the_logs_sheet_and_date_order(tmp_path, capsys):
    code, out = _fill(capsys, tmp_path, "--log-sheet", "2", "--log-date-order", "dmy")
    assert "the log: 3 rows read, 3 accepted, 0 quarantined" in out
    assert "note (the log): read sheet 2 of 2 'March' (--log-sheet)" in out
    assert "filled from attendance for 2 meeting(s)" in out
    assert "row 4: contact 6699, event 2026-03-21 (contact not in it)" in out
    filled = pd.read_csv(tmp_path / "filled.csv", dtype=str).set_index("meeting_id")
    assert code == 1  # one meeting not found: named, never guessed
    assert filled.loc["w1", "showed_up"] == "true" and filled.loc["w2", "showed_up"] == "false"
    assert filled.loc["w1", "date"] == "2026-02-03"


def test_fill_log_without_the_logs_date_order_names_the_option_that_reads_the_log(tmp_path, capsys):
    code, out = _fill(capsys, tmp_path)
    assert code == 1 and "3 row(s) of the log quarantined" in out
    assert out.count("--log-date-order dmy (day first)") == 3  # one per row, by row
    assert "  row 2: date: not a date in YYYY-MM-DD form" in out
    assert "choose one with --sheet" not in out and " --date-order" not in out


@pytest.mark.parametrize(
    ("more", "message"),
    [(["--sheet", "2"], "--sheet 2 chooses a sheet of an Excel workbook (.xlsx); this file "
      "has none (the log given with --fill-log is read with --log-sheet)"),
     (["--log-sheet", "May"], "has no sheet 'May' (--log-sheet takes")],
)  # fmt: skip
def test_fill_log_refusals_name_the_option_to_use(tmp_path, capsys, more, message):
    code, out = _fill(capsys, tmp_path, *more)
    assert code == 2 and message in out and not (tmp_path / "filled.csv").exists()


@pytest.mark.parametrize("option", [["--log-sheet", "2"], ["--log-date-order", "dmy"]])
def test_the_logs_options_without_fill_log_are_refused(tmp_path, capsys, option):
    code, out = run_cli(
        capsys, "log", "import", "--from", "mobilize", DATA / "mobilize_statuses.csv",
        *option, "-o", tmp_path / "log.csv",
    )  # fmt: skip
    assert code == 2 and "says how to read the log given with --fill-log" in out


def test_fill_log_never_prints_a_contact_typed_as_a_name(tmp_path, capsys):
    log = tmp_path / "named.csv"
    log.write_text(
        f"{HEADER},event_date\nm1,2026-03-01,o-1,Maria Lopez,canvass,true,yes,2026-03-14\n"
        "m2,2026-03-01,o-1,C-12,canvass,true,yes,2026-03-14\n"
    )
    code, out = run_cli(
        capsys, "log", "import", "--from", "mobilize", DATA / "mobilize_statuses.csv",
        "--fill-log", log, "-o", tmp_path / "filled.csv",
    )  # fmt: skip
    assert "row 2: contact [words hidden: perhaps a name], event 2026-03-14" in out
    assert "row 3: contact C-12, event 2026-03-14 (contact not in it)" in out
    _no_people(out)


# --- 2. Airtable linked records, found where that is safe -----------------------------------


def _linked(capsys, tmp_path, declared: bool):
    mapping = tmp_path / "map.yaml"
    mapping.write_text(
        "columns:\n  meeting_id: Meeting\n  date: Date\n  organizer: Organizer\n"
        "  contact: Contact\n  ask_type: Asks\n  ask_specific: Specific ask\n"
        "  response: Response\nvalues:\n  response: {Yes: yes, Maybe: maybe, No: no}\n"
        "checkboxes: [ask_specific]\n" + ("lists: [organizer]\n" if declared else "")
    )
    return _import(
        capsys, tmp_path, "mapping", DATA / "airtable_linked_organizers.csv", "--mapping", mapping
    )


@pytest.mark.parametrize("declared", [False, True])
def test_a_linked_record_pair_is_several_organizers_declared_or_not(tmp_path, capsys, declared):
    code, out, log, quarantine = _linked(capsys, tmp_path, declared)
    # declared, every cell is a list: 'Lopez, Maria' too (the trainer said so)
    assert code == 1 and ("3 accepted, 2" if declared else "4 accepted, 1") in out
    reason = quarantine.set_index("row")["reason"]["4"]
    assert reason == (
        "organizer (Organizer): 2 options in one cell ('org-1', 'org-2'): a row is one "
        "meeting with one organizer; keep the one that applies"
    )
    assert "org-1, org-2" not in set(log["organizer"])
    if not declared:
        assert "Organizer (organizer) lists linked records: 1 cell(s) name several" in out
    _no_people(out)


def test_lastname_firstname_is_never_split_into_two_organizers(tmp_path, capsys):
    # near miss: neither 'Lopez' nor 'Maria' holds a meeting alone, so it is one name
    code, out, log, _ = _linked(capsys, tmp_path, declared=False)
    assert "Lopez, Maria" in set(log["organizer"])
    assert "Organizer (organizer): 1 cell(s) hold a comma and were kept whole" in out
    _no_people(out)


def test_a_list_whose_records_never_stand_alone_is_kept_whole_and_said(tmp_path, capsys):
    path = tmp_path / "a.csv"
    path.write_text(
        "Ref,Date,Org,Who,Ask,Answer\nr1,2026-03-02,org-1,C-1,canvass,yes\n"
        'r2,2026-03-03,"org-2, org-3",C-2,canvass,yes\n'
    )
    mapping = tmp_path / "map.yaml"
    mapping.write_text(
        "columns:\n  meeting_id: Ref\n  date: Date\n  organizer: Org\n  contact: Who\n"
        "  ask_type: Ask\n  response: Answer\nconstants:\n  ask_specific: true\n"
    )
    code, out, log, _ = _import(capsys, tmp_path, "mapping", path, "--mapping", mapping)
    assert code == 0 and list(log["organizer"]) == ["org-1", "org-2, org-3"]
    assert "add lists: [organizer] to the mapping" in out  # how to say it is a list


def test_suggest_drafts_lists_for_linked_records_and_only_asks_for_a_surname_comma(
    tmp_path, capsys
):
    assert (
        "\nlists: [organizer]"
        in _draft(capsys, tmp_path, DATA / "airtable_linked_organizers.csv").read_text()
    )
    near = tmp_path / "names.csv"
    near.write_text(
        'Meeting,Date,Organizer,Contact,Response\nr1,2026-03-02,"Lopez, Maria",C-1,Yes\n'
        'r2,2026-03-03,"Okafor, Peter",C-2,No\n'
    )
    text = _draft(capsys, tmp_path, near).read_text()
    assert "\nlists:" not in text and "# lists: [organizer]   # if Organizer lists" in text


# --- 3. Fourteen new export shapes ------------------------------------------------------------


def test_van_contact_history_with_times_and_a_two_digit_year(tmp_path, capsys):
    code, out, log, quarantine = _import(
        capsys, tmp_path, "van-bulk", DATA / "van_contact_history.csv"
    )
    assert code == 1 and "6 rows read, 3 accepted, 3 quarantined" in out
    assert list(log["date"]) == ["2026-03-04", "2026-03-05", "2026-03-07"]
    assert "such as '3/5/26' could be day/month or month/day" in out
    assert list(quarantine["row"]) == ["3", "5", "6"]
    assert quarantine["reason"].tolist()[0].startswith("canvass result 'Not Home'")
    assert "personal-data column(s) not carried: Last Name, First Name" in out
    _no_people(out + quarantine.to_csv())


def test_mobilize_statuses_trailing_empty_rows_and_a_non_breaking_space(tmp_path, capsys):
    code, out, log, quarantine = _import(
        capsys, tmp_path, "mobilize", DATA / "mobilize_statuses.csv"
    )
    assert code == 1 and "8 rows read, 5 accepted, 3 quarantined" in out
    assert "2 empty row(s) at the end of the export skipped (not counted): rows 10, 11" in out
    assert "response, final_response <- Attendance\u00a0Status" in out  # NBSP in the header
    rows = log.set_index("meeting_id")
    assert rows.loc["mobilize-88001", "showed_up"] == "true"
    assert rows.loc["mobilize-88002", "final_response"] == "no"  # CANCELLED
    assert rows.loc["mobilize-88003", "showed_up"] == "false"  # NO_SHOW
    assert rows.loc["mobilize-88004", "showed_up"] == "true"  # 'Attended', re-typed
    assert pd.isna(rows.loc["mobilize-88005", "showed_up"])  # null: not recorded
    reasons = quarantine.set_index("row")["reason"]
    assert reasons["7"].startswith("status 'WAITLISTED' is not one this import knows")
    assert reasons["8"] == "status is empty"
    assert reasons["9"] == "attended, but the signup was cancelled"
    _no_people(out + quarantine.to_csv())


def test_an_empty_row_between_meetings_stays_quarantined(tmp_path, capsys):
    # near miss: only the rows ending the export are skipped
    path = tmp_path / "m.csv"
    lines = (DATA / "mobilize_statuses.csv").read_text().splitlines()
    path.write_text("\n".join([*lines[:3], ",,,,,,,", *lines[3:9]]) + "\n")
    code, out, _, quarantine = _import(capsys, tmp_path, "mobilize", path)
    assert "9 rows read, 5 accepted, 4 quarantined" in out and "at the end" not in out
    assert quarantine.set_index("row")["reason"]["4"] == "empty row"


def test_action_network_with_a_bom_semicolons_and_crlf(tmp_path, capsys):
    code, out, log, quarantine = _import(
        capsys, tmp_path, "action-network", DATA / "action_network_semicolon.csv"
    )
    assert code == 1 and "5 rows read, 4 accepted, 1 quarantined" in out
    assert "cells are separated by ';', not commas" in out
    assert list(log["response"]) == ["yes", "maybe", "no", "maybe"]
    assert list(log["organizer"]) == ["org-é1", "org-é1", "org-2", "org-2"]
    assert log["contact"].str.startswith("p_").all()  # e-mail addresses, pseudonymised
    assert list(quarantine["reason"]) == ["status is empty"] and quarantine["row"][0] == "5"
    _no_people(out + quarantine.to_csv())


def test_a_german_form_is_drafted_and_its_dotted_dates_read_day_first(tmp_path, capsys):
    draft = _draft(capsys, tmp_path, DATA / "google_form_german.csv")
    text = draft.read_text()
    for line in ['date: "Datum des Gesprächs"', 'organizer: "Dein Name"', 'contact: "Mit wem?"',
                 'ask_type: "Was hast du gefragt?"', 'ask_specific: "Konkrete Bitte?"',
                 'response: "Antwort"', '"Vielleicht": "maybe"', '"Nein": "false"',
                 "date_order: dmy"]:  # fmt: skip
        assert line in text
    assert "Zeitstempel" not in text.split("# columns not used")[0]  # when sent, not met
    code, out, log, _ = _import(
        capsys, tmp_path, "mapping", DATA / "google_form_german.csv", "--mapping", draft
    )
    assert code == 0 and list(log["date"]) == ["2026-03-06", "2026-03-06", "2026-03-08",
                                               "2026-03-13"]  # fmt: skip
    _no_people(out)


def test_a_dotted_date_is_never_read_month_first(tmp_path, capsys):
    draft = _draft(capsys, tmp_path, DATA / "google_form_german.csv")
    draft.write_text(draft.read_text().replace("date_order: dmy", "date_order: mdy"))
    code, out, log, quarantine = _import(
        capsys, tmp_path, "mapping", DATA / "google_form_german.csv", "--mapping", draft
    )
    assert code == 1 and "4 rows read, 0 accepted, 4 quarantined" in out
    assert (
        quarantine["reason"]
        .str.contains("'06.03.2026' is not a date read month/day/year|'08.03.2026'|'13.03.2026'")
        .all()
    )
    dots = "a date written with dots (14.03.2026) is day first"
    assert quarantine["reason"].str.contains(dots, regex=False).all()
    path = tmp_path / "dots.csv"
    path.write_text(f"{HEADER}\nx1,06.03.2026,o-1,C-1,canvass,true,yes\n")
    assert len(read_log(path, date_order="mdy").accepted) == 0
    assert str(read_log(path, date_order="dmy").accepted["date"][0].date()) == "2026-03-06"


def test_a_form_in_another_language_with_nothing_recognised_says_what_to_write(tmp_path, capsys):
    path = tmp_path / "form.csv"
    path.write_text("Zeitstempel,Quando,Chi\n07.03.2026 14:22:05,06.03.2026,K-1\n")
    draft = _draft(capsys, tmp_path, path)
    assert "columns: {}   # no column recognised: write field: column" in draft.read_text()
    code, out, _, _ = _import(capsys, tmp_path, "mapping", path, "--mapping", draft)
    assert code == 2 and "'columns:' names no column: under it write each outcome-log field" in out


def test_google_forms_timestamps_in_a_french_log(capsys):
    path = DATA / "french_timestamps_log.csv"
    code, out = run_cli(capsys, "log", "validate", path)
    assert code == 1 and out.count("--date-order dmy (day first)") == 3
    code, out = run_cli(capsys, "log", "validate", path, "--date-order", "dmy")
    assert (
        code == 0
        and "date: time of day dropped, the calendar day as written kept: rows 2, 3" in out
    )
    result = read_log(path, date_order="dmy")
    assert [str(d.date()) for d in result.accepted["date"]] == ["2026-03-07", "2026-03-13",
                                                                "2026-03-02"]  # fmt: skip


@pytest.mark.parametrize(
    ("cell", "read"),
    [("2026-03-02 00:00:00", "2026-03-02"), ("2026-03-02T23:30:00+02:00", "2026-03-02"),
     ("2026-03-02 10:03", "2026-03-02"), ("2026-03-02 9:05:11 PM", "2026-03-02"),
     ("2026-03-02 lunch", None), ("2026-03-02 10", None), ("2026-03-02 25:61", None)],
)  # fmt: skip
def test_a_date_then_a_time_keeps_its_day_and_nothing_else_is_cut(tmp_path, cell, read):
    path = tmp_path / "log.csv"
    path.write_text(f"{HEADER}\nm1,{cell},o-1,C-1,canvass,true,yes\n")
    result = read_log(path)
    if read is None:
        assert len(result.accepted) == 0 and result.problems[0].column == "date"
    else:
        assert str(result.accepted["date"][0].date()) == read


def test_excel_midnight_times_and_float_ids(capsys):
    code, out = run_cli(capsys, "log", "validate", DATA / "excel_midnight_times.csv")
    assert code == 0 and "3 rows read, 3 accepted, 0 quarantined" in out
    assert "time of day dropped, the calendar day as written kept: rows 2, 3, 4" in out
    result = read_log(DATA / "excel_midnight_times.csv")
    assert list(result.accepted["duration_min"]) == [30, 45, 20]


def test_trailing_blank_rows_in_a_log_are_skipped_and_named(capsys):
    code, out = run_cli(capsys, "log", "validate", DATA / "trailing_blank_rows.csv")
    assert code == 0 and "2 rows read, 2 accepted" in out
    assert "3 empty row(s) skipped: rows 4, 5, 6" in out


def test_a_header_naming_a_column_twice_is_refused_in_one_line(capsys):
    code, out = run_cli(capsys, "log", "validate", DATA / "duplicated_header.csv")
    assert code == 2 and out.count("\n") == 1
    assert "duplicated_header.csv: column 'response' appears twice (columns 7 and 8)" in out


def test_a_spanish_sheet_is_drafted_and_a_value_left_unguessed_is_named(tmp_path, capsys):
    draft = _draft(capsys, tmp_path, DATA / "spanish_columns.csv")
    text = draft.read_text()
    for line in ['date: "Fecha"', 'organizer: "Organizador/a"', 'contact: "Contacto"',
                 'ask_type: "Tipo de petición"', 'ask_specific: "Petición concreta"',
                 'response: "Respuesta"', 'showed_up: "¿Asistió?"', '"Sí": "yes"',
                 '"Tal vez": "maybe"', '"Quizás sí": "?"', "date_order: dmy"]:  # fmt: skip
        assert line in text
    code, out, log, quarantine = _import(
        capsys, tmp_path, "mapping", DATA / "spanish_columns.csv", "--mapping", draft
    )
    assert code == 1 and list(log["date"]) == ["2026-03-14", "2026-03-15", "2026-03-02"]
    [reason] = list(quarantine["reason"])
    assert reason == (
        "response: 'Quizás sí' is mapped to \"?\" (the draft could not guess it): write in "
        "the mapping what it means"
    )


def test_an_id_made_from_a_row_number_is_shown_in_the_quarantine(tmp_path, capsys):
    # near miss: a name typed in an id column is still hidden
    path = tmp_path / "rows.csv"
    path.write_text("Fecha,Contacto,Respuesta,Tipo\n2026-03-02,C-1,Quizás,canvass\n")
    mapping = tmp_path / "map.yaml"
    mapping.write_text(
        "columns:\n  date: Fecha\n  contact: Contacto\n  response: Respuesta\n"
        "  ask_type: Tipo\nconstants:\n  ask_specific: true\n"
    )
    _, _, _, quarantine = _import(capsys, tmp_path, "mapping", path, "--mapping", mapping)
    assert quarantine["meeting_id"][0].startswith("row-") and quarantine["meeting_id"][0].endswith(
        "-r2"
    )
    from commonground.outcomes.privacy import shown_cells

    ids = pd.Series(["row-8affd3-r5", "maria-lopez", "Maria Lopez-r2"], dtype="str")
    assert list(shown_cells(ids, an_id=True)) == [
        "row-8affd3-r5",
        *["[words hidden: perhaps a name]"] * 2,
    ]


def test_a_windows_1252_tracking_sheet_with_typographic_quotes(tmp_path, capsys):
    code, out, log, _ = _import(capsys, tmp_path, "tracking-sheet", DATA / "tracking_cp1252.csv")
    assert code == 0 and "3 rows read, 3 accepted, 0 quarantined" in out
    assert "file is not UTF-8; read it as Windows-1252" in out
    assert list(log["ask_type"]) == ["phone_bank", "canvass", "host_house_party"]
    assert list(log["organizer"]) == ["José Núñez", "José Núñez", "Ana Peña"]  # the log's data
    assert "personal-data column(s) not carried: Contact Name" in out
    _no_people(out)


def test_van_signups_with_two_digit_years(tmp_path, capsys):
    code, out, log, quarantine = _import(
        capsys, tmp_path, "van-signups", DATA / "van_two_digit_years.csv"
    )
    assert code == 1 and "4 rows read, 2 accepted, 2 quarantined" in out
    assert list(log["date"]) == ["2026-03-04"] * 2 and list(log["event_date"]) == ["2026-03-14"] * 2
    assert [r.split(":")[0] for r in quarantine["reason"]] == [
        "status 'Tentative' is not one this import knows (known",
        "status 'Left Msg'",
    ]


def test_a_mac_tab_file_with_lone_cr_line_ends(capsys):
    code, out = run_cli(capsys, "log", "validate", DATA / "mac_tab_cr.txt")
    assert code == 0 and "2 rows read, 2 accepted" in out
    assert "separated by '\\t'" in out and "Windows-1252" in out and "notes column dropped" in out


def test_mobilize_json_with_a_null_person_and_no_timeslot(tmp_path, capsys):
    code, out, log, quarantine = _import(capsys, tmp_path, "mobilize", DATA / "mobilize_nulls.json")
    assert code == 1 and "3 records read, 2 accepted, 1 quarantined" in out
    assert list(quarantine["reason"]) == ["contact: required value is missing"]
    assert list(quarantine["row"]) == ["2"] and pd.isna(log["event_date"][1])


def test_a_sheet_per_organizer_names_no_one(capsys):
    path = DATA / "sheet_per_organizer.xlsx"
    code, out = run_cli(capsys, "log", "validate", path)
    assert code == 0 and "read sheet 2 of 3: the first sheet 'Summary' lacks" in out
    assert "sheet(s) 3 also hold a log and were not read" in out
    assert "1 totals row(s) skipped (a total is not a meeting): rows 4" in out
    code, out2 = run_cli(capsys, "log", "validate", path, "--sheet", "ben okafor")
    assert code == 0 and "read sheet 3 of 3 (--sheet)" in out2 and "rows 3" in out2
    code, out3 = run_cli(capsys, "analyze", path, "--sheet", "3")
    assert code == 0
    _no_people(out + out2 + out3)


# --- 4. Every shape: no row lost, no traceback, no one named ---------------------------------

SHAPES = [
    ("van-bulk", "van_contact_history.csv"), ("mobilize", "mobilize_statuses.csv"),
    ("action-network", "action_network_semicolon.csv"), ("tracking-sheet", "tracking_cp1252.csv"),
    ("van-signups", "van_two_digit_years.csv"), ("mobilize", "mobilize_nulls.json"),
    (None, "french_timestamps_log.csv"), (None, "trailing_blank_rows.csv"),
    (None, "duplicated_header.csv"), (None, "excel_midnight_times.csv"),
    (None, "mac_tab_cr.txt"), (None, "sheet_per_organizer.xlsx"),
    (None, "team_log_second_sheet.xlsx"), ("suggest", "google_form_german.csv"),
    ("suggest", "spanish_columns.csv"), ("suggest", "airtable_linked_organizers.csv"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "name"), SHAPES)
def test_every_shape_loses_no_row_and_names_no_one(tmp_path, capsys, source, name):
    path = DATA / name
    if source is None:
        code, out = run_cli(capsys, "log", "validate", path, "--json")
        if code != 2:
            import json

            data = json.loads(out)
            assert data["rows_read"] == data["accepted"] + data["quarantined"]
            assert {p["row"] for p in data["problems"]} <= set(range(2, 100))
        else:
            assert out.count("\n") == 1 and out.startswith("commonground: error: ")
    else:
        if source == "suggest":
            draft = _draft(capsys, tmp_path, path)
            code, out, log, quarantine = _import(
                capsys, tmp_path, "mapping", path, "--mapping", draft
            )
        else:
            code, out, log, quarantine = _import(capsys, tmp_path, source, path)
        read = int(out.split("total: ")[1].split(" rows read")[0])
        accepted = 0 if log is None else len(log)
        assert read == accepted + (0 if quarantine is None else len(quarantine))
        if quarantine is not None:
            assert quarantine["row"].notna().all() and quarantine["reason"].notna().all()
            _no_people(quarantine.to_csv())
    assert code in (0, 1, 2)
    _no_people(out)


# --- 5. Google Forms timestamps in several locales, as the meeting's date -----------------

FORM_TIMES = [
    ("07/03/2026 14:22:05", "2026-03-07", "2026-07-03"),  # UK / French Sheets
    ("3/7/2026 14:22:05", "2026-07-03", "2026-03-07"),  # US Sheets
    ("07.03.2026 14:22:05", "2026-03-07", None),  # German Sheets: dots are day first
    ("2026/03/07 2:22:05 PM GMT+1", "2026-03-07", "2026-03-07"),  # year first: no order
    ("07/03/2026 2:22 p.m.", "2026-03-07", "2026-07-03"),
    ("13/03/2026 09:00:00 CET", "2026-03-13", None),  # no 13th month: refused under mdy
]


@pytest.mark.parametrize("order", ["dmy", "mdy"])
def test_a_form_timestamp_is_read_in_the_order_the_trainer_gives(tmp_path, capsys, order):
    path = tmp_path / "form.csv"
    path.write_text(
        "Timestamp,Who,Person,Answer\n"
        + "".join(f'"{cell}",org-1,C-{i},Yes\n' for i, (cell, _, _) in enumerate(FORM_TIMES))
    )
    mapping = tmp_path / "map.yaml"
    mapping.write_text(
        "columns:\n  date: Timestamp\n  organizer: Who\n  contact: Person\n  response: Answer\n"
        'values:\n  response: {"Yes": yes}\nconstants:\n  ask_type: canvass\n  ask_specific: true\n'
    )
    code, out, log, quarantine = _import(
        capsys, tmp_path, "mapping", path, "--mapping", mapping, "--date-order", order
    )
    wanted = {
        f"C-{i}": (dmy if order == "dmy" else mdy) for i, (_, dmy, mdy) in enumerate(FORM_TIMES)
    }
    got = dict(zip(log["contact"], log["date"], strict=True))
    assert got == {c: d for c, d in wanted.items() if d is not None}
    refused = [c for c, d in wanted.items() if d is None]
    assert len(quarantine if quarantine is not None else []) == len(refused)
    if refused:  # by row, naming the order, never read the other way
        assert (
            quarantine["reason"]
            .str.contains(f"as the date order ({order}) says", regex=False)
            .all()
        )
    # the same cells in the log's own columns, through log validate
    log_path = tmp_path / "log.csv"
    log_path.write_text(
        f"{HEADER}\n"
        + "".join(
            f'm{i},"{cell}",o-1,C-{i},canvass,true,yes\n'
            for i, (cell, _, _) in enumerate(FORM_TIMES)
        )
    )
    result = read_log(log_path, date_order=order)
    read = dict(
        zip(
            result.accepted["contact"], result.accepted["date"].dt.strftime("%Y-%m-%d"), strict=True
        )
    )
    # the log's contract has no YYYY/MM/DD (log import reads it): refused by row there
    assert read == {c: d for c, d in wanted.items() if d is not None and c != "C-3"}
    assert (5, "date") in {(p.row, p.column) for p in result.problems}


# --- 6. Ids Excel wrote in scientific notation ----------------------------------------------


@pytest.mark.parametrize(
    ("cell", "refused"),
    [("1.00501E+11", True), ("1,00501E+11", True), ("5.7e+04", True),
     ("100501234567", False), ("1e5", False), ("C-1E+5", False), ("org-7", False)],
)  # fmt: skip
@pytest.mark.parametrize("salt", [None, "s3cret"])
def test_an_id_excel_wrote_in_scientific_notation_is_refused_by_row(tmp_path, cell, refused, salt):
    path = tmp_path / "log.csv"
    path.write_text(f'{HEADER}\nm1,2026-03-02,o-1,"{cell}",canvass,true,yes\n')
    result = read_log(path, pseudonymise_salt=salt)
    assert (len(result.accepted) == 0) is refused
    if refused:
        [problem] = result.problems
        assert problem.column == "contact" and "Excel's scientific notation" in problem.message


def test_van_ids_in_scientific_notation_are_never_one_contact(tmp_path, capsys):
    path = tmp_path / "van.csv"
    path.write_text(
        "Event Signup ID,VANID,Event Type,Status,Date Created,Event Date\n"
        "5.70E+04,1.00501E+11,Canvass,Scheduled,2026-03-04,2026-03-14\n"
        "57002,1.00501E+11,Canvass,Completed,2026-03-04,2026-03-14\n"
        "57003,100502,Canvass,Completed,2026-03-04,2026-03-14\n"
    )
    code, out, log, quarantine = _import(capsys, tmp_path, "van-signups", path, "--salt", "x")
    assert code == 1 and "3 rows read, 1 accepted, 2 quarantined" in out
    reasons = quarantine.set_index("row")["reason"]
    assert reasons["2"].startswith("meeting_id: a number in Excel's scientific notation")
    assert reasons["3"].startswith("contact: a number in Excel's scientific notation")


@pytest.mark.parametrize(
    ("name", "hint"),
    [("spanish_columns.csv", True), ("google_form_german.csv", True)],
)
def test_validating_a_file_in_its_own_columns_points_to_a_mapping(capsys, name, hint):
    code, out = run_cli(capsys, "log", "validate", DATA / name)
    assert code == 2 and out.count("\n") == 1
    assert ("draft one with `commonground log import --suggest FILE`" in out) is hint


def test_a_log_missing_one_column_is_told_only_that(tmp_path, capsys):
    # near miss: a log's own columns with one missing is no export
    path = tmp_path / "log.csv"
    path.write_text(
        "meeting_id,date,organizer,contact,ask_type,ask_specific\nm1,2026-03-01,o,c,canvass,true\n"
    )
    code, out = run_cli(capsys, "log", "validate", path)
    assert code == 2 and out.rstrip().endswith("missing required column(s): response")


# --- 7. A header cell with a line break (Excel's wrapped text) -------------------------------


@pytest.mark.parametrize("title", ["", "Spring 1:1s,\r\n\r\n"])
def test_a_wrapped_header_cell_is_one_header_row(tmp_path, capsys, title):
    path = tmp_path / "log.csv"
    path.write_bytes(
        f'{title}"meeting\r\nid",date,organizer,contact,"ask\ntype",ask_specific,response\r\n'
        "m1,2026-03-01,o-1,C-1,canvass,true,yes\r\nm2,2026-03-02,o-1,C-2,canvass,true,no\r\n".encode()
    )
    result = read_log(path)
    assert result.n_read == 2 and len(result.accepted) == 2  # was: the header's tail a row
    first = 4 if title else 2
    assert list(result.accepted["row"]) == [first, first + 1]


def test_an_export_with_a_wrapped_header_reports_it_on_one_line(tmp_path, capsys):
    path = tmp_path / "van.csv"
    path.write_bytes(
        b'Event Signup ID,VANID,"Event\r\nType",Status,Date Created\r\n'
        b'1,2,Canvass,Scheduled,2026-03-01\r\n2,3,"Phone\r\nBank",Completed,2026-03-02\r\n'
    )
    code, out, log, _ = _import(capsys, tmp_path, "van-signups", path)
    assert code == 0 and "2 rows read, 2 accepted, 0 quarantined" in out
    assert "  mapped   ask_type               <- Event Type\n" in out
    assert list(log["ask_type"]) == ["canvass", "phone_bank"]


# --- 8. Ids an export guarded as Excel text formulas ("=""00123""") -------------------------


def test_ids_written_as_excel_text_formulas_are_read_as_their_text(tmp_path, capsys):
    log = tmp_path / "log.csv"
    log.write_text(
        f'{HEADER}\n"=""0012""",2026-03-01,o-1,"=""00123""",canvass,true,yes\n'
        "m2,2026-03-02,o-1,=SUM(A1:A2),canvass,true,yes\n"  # near miss: a formula, kept
    )
    result = read_log(log)
    assert list(result.accepted["meeting_id"]) == ["0012", "m2"]
    assert list(result.accepted["contact"]) == ["00123", "=SUM(A1:A2)"]
    assert any("read as the text inside: meeting_id (1), contact (1)" in n for n in result.notices)
    export = tmp_path / "van.csv"
    export.write_text(
        "Event Signup ID,VANID,Event Type,Status,Date Created\n"
        '"=""0571""","=""00502""",Canvass,"=""Scheduled""",2026-03-01\n'
    )
    code, out, imported, _ = _import(capsys, tmp_path, "van-signups", export)
    assert code == 0 and list(imported["contact"]) == ["00502"]
    assert list(imported["meeting_id"]) == ["van-0571"]
    assert "read as the text inside: Event Signup ID (1), VANID (1), Status (1)" in out


@pytest.mark.parametrize(
    ("label", "totals"),
    [("Summe", True), ("Gesamt:", True), ("Suma", True), ("Total general", True),
     ("Total général", True), ("Somme", True), ("Totaal", True), ("Sumner", False),
     ("Gesamtschule", False)],
)  # fmt: skip
def test_a_totals_row_in_another_language_is_no_meeting(tmp_path, label, totals):
    path = tmp_path / "log.csv"
    path.write_text(f"{HEADER}\nm1,2026-03-01,o-1,C-1,canvass,true,yes\n{label},,,,,,3\n")
    result = read_log(path)
    assert result.n_read == (1 if totals else 2)
    assert any("totals row(s) skipped" in n for n in result.notices) is totals


# --- 9. Lesson 11's upload reads a workbook's sheet and slashed dates as the CLI does ------


def test_the_upload_offers_the_reading_choices_and_names_them_not_the_options():
    import datetime as dt

    from commonground.widgets.log_upload import LogUpload

    widget = LogUpload(today=dt.date(2026, 12, 7))
    data = (DATA / "french_timestamps_log.csv").read_bytes()
    widget.analyse("maria.csv", data)
    assert "3 rows read, 0 accepted, 3 quarantined" in widget.status.value
    assert "the &#x27;Slashed dates&#x27; choice above" in widget.status.value
    assert "--date-order" not in widget.status.value and "maria" not in widget.status.value
    widget.date_order.value = "dmy"  # the bytes were let go: asked for again
    assert "Choose the file again to read it this way." in widget.status.value
    widget.analyse("maria.csv", data)
    assert "3 rows read, 3 accepted, 0 quarantined" in widget.status.value
    widget.sheet.value = "march"
    widget.analyse("team.xlsx", (DATA / "team_log_second_sheet.xlsx").read_bytes())
    assert "3 rows read, 3 accepted, 0 quarantined" in widget.status.value
    widget.analyse("maria.csv", data)  # a sheet asked of a CSV: refused, in the app's words
    assert "the &#x27;Sheet&#x27; box chooses a sheet of an Excel workbook" in widget.status.value


# --- 10. A workbook export that names a column twice ----------------------------------------


def _mobilize_book(path, second: str) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Pivot"
    book.active.append(["Status", "Count"])
    sheet = book.create_sheet("Attendances")
    sheet.append(["id", "person.user_id", "event.event_type", "timeslot.start_date", "status",
                  "attended", "created_date", second])  # fmt: skip
    sheet.append([1, 5601, "CANVASS", "2026-03-14", "CONFIRMED", True, "2026-03-02", "x"])
    sheet.append(["Total", None, None, None, None, None, None, None])
    book.save(path)


@pytest.mark.parametrize("second", ["status", "attended"])
def test_a_workbook_naming_a_read_column_twice_is_refused_in_one_line(tmp_path, capsys, second):
    path = tmp_path / "mobilize.xlsx"
    _mobilize_book(path, second)  # was: "unexpected AttributeError" (a bug, exit 1)
    code, out, _, _ = _import(capsys, tmp_path, "mobilize", path)
    assert code == 2 and out.count("\n") == 1
    assert f"the header names one column more than once: '{second}'" in out


def test_a_workbook_naming_an_unread_column_twice_is_imported_with_a_note(tmp_path, capsys):
    path = tmp_path / "mobilize.xlsx"
    _mobilize_book(path, "Pivot note")
    from openpyxl import load_workbook

    book = load_workbook(path)
    book["Attendances"].cell(row=1, column=8).value = "uuid"
    book["Attendances"].cell(row=1, column=9).value = "uuid"
    book.save(path)
    code, out, log, quarantine = _import(capsys, tmp_path, "mobilize", path)
    assert code == 1 and "2 rows read, 1 accepted, 1 quarantined" in out
    assert "a column appears more than once and is not used: 'uuid' (column 8)" in out
    assert list(quarantine["reason"]) == ["a totals row, not a meeting"]


@pytest.mark.parametrize(
    "command",
    [["log", "merge", DATA / "trailing_blank_rows.csv"],
     ["log", "import", "--from", "mobilize", DATA / "mobilize_statuses.csv"]],
)  # fmt: skip
def test_a_log_of_a_type_we_do_not_write_is_refused_before_anything_is_read(
    tmp_path, capsys, command
):
    code, out = run_cli(capsys, *command, "-o", tmp_path / "team.json")
    assert code == 2 and out.count("\n") == 1  # was: the report, then a failure (exit 1)
    assert "team.json: unsupported file type '.json' for the log to write" in out
    assert list(tmp_path.iterdir()) == []


def test_a_dotted_date_without_an_order_is_refused_naming_day_first(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(
        f"{HEADER}\nm1,06.03.2026,o,c,canvass,true,yes\nm2,06/03/2026,o,c2,canvass,true,yes\n"
    )
    problems = {p.row: p.message for p in read_log(path).problems}
    assert (
        "a date written with dots, 14.03.2026, is day first: say so with --date-order dmy"
        in problems[2]
    )
    assert "dmy (day first) or mdy (month first)" in problems[3]  # near miss: slashes
