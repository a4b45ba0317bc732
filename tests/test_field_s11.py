"""Session 11: synthetic exports real teams hand a trainer (tests/data/field11/).

What failed before this session's fixes: a note typed over two cells was quarantined
with six problems; the import quarantine named the export by its path without
``--show-names`` and carried ~21 columns empty in every row; VAN's ``Result Short Name``
was taken for a person's name (so ``Not Home`` rows got the wrong reason) and its
``Conf Twice`` status was hidden as a name; Airtable's ``checked`` and ids such as
``rec001`` were hidden as names; a workbook whose first sheet is a summary was refused
without a word about its other sheet; ``"phone bank"`` in smart quotes became a
separate, hidden ask type.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from cli_run import run_cli

from commonground import cli
from commonground.outcomes import read_log

DATA = Path(__file__).parent / "data" / "field11"
HEADER = "meeting_id,date,organizer,contact,ask_type,ask_specific,response"


# --- a note typed over two cells ------------------------------------------------------------


def test_a_note_over_two_cells_is_one_note_row(capsys):
    result = read_log(DATA / "note_over_two_cells.csv")
    assert len(result.accepted) == 2 and list(result.quarantine["row"]) == [3, 5]
    assert [(p.row, p.column) for p in result.problems] == [(3, "meeting_id"), (5, "ask_type")]
    assert all(p.message.startswith("a note row, not a meeting") for p in result.problems)
    code, out = run_cli(capsys, "log", "validate", DATA / "note_over_two_cells.csv")
    assert code == 1 and out.count("problem:") == 2
    assert "Maria" not in out and "Okafor" not in out


@pytest.mark.parametrize(
    "row",
    [
        "m9,2025-03-09,,,,,",  # an id and a date: a meeting half typed
        ",,Maria Lopez,C-12,,,",  # a name and an id: two words only
        "Call back,,Monday please,,,,",  # two cells, but not side by side
    ],
)
def test_two_cells_that_are_not_a_note_are_reported_cell_by_cell(tmp_path, row):
    path = tmp_path / "log.csv"
    path.write_text("\n".join([HEADER, "m1,2025-03-01,O-1,C-1,canvass,true,yes", row]) + "\n")
    result = read_log(path)
    messages = [p.message for p in result.problems]
    assert messages and not any(m.startswith("a note row") for m in messages)
    assert "required value is missing" in messages


def test_an_import_names_a_note_over_two_cells_once(tmp_path, capsys):
    path = tmp_path / "van.csv"
    rows = ["Event Signup ID,VANID,Status,Event Date", "1,2,Scheduled,2026-03-01",
            "Week 2,call Maria back Monday,,", "3,4,,"]  # fmt: skip
    path.write_text("\n".join(rows) + "\n")
    q = tmp_path / "q.csv"
    code, _ = run_cli(capsys, "log", "import", "--from", "van-signups", path,
                   "-o", tmp_path / "log.csv", "--quarantine", q)  # fmt: skip
    reasons = pd.read_csv(q, dtype=str).set_index("row")["reason"]
    assert code == 1 and reasons["3"].startswith("a note row, not a meeting")
    assert reasons["4"] == "status is empty"  # two numbers: not a note


# --- the import's quarantine: labels, and only the columns that help ------------------------


def test_the_import_quarantine_names_the_export_only_with_show_names(tmp_path, capsys):
    q = tmp_path / "q.csv"
    argv = ["log", "import", "--from", "van-bulk", DATA / "van_contact_history.csv",
            "-o", tmp_path / "log.csv", "--quarantine", q]  # fmt: skip
    code, _ = run_cli(capsys, *argv)
    frame = pd.read_csv(q, dtype=str)
    assert code == 1 and set(frame["file"]) == {"the export"}
    assert "van_contact_history" not in q.read_text()
    run_cli(capsys, *argv, "--show-names")
    assert set(pd.read_csv(q, dtype=str)["file"]) == {str(DATA / "van_contact_history.csv")}


def test_the_import_quarantine_drops_columns_empty_in_every_row(tmp_path, capsys):
    path = tmp_path / "van.csv"
    lines = (DATA / "van_event_participants.csv").read_text().splitlines()
    path.write_text("\n".join([*lines, lines[-1].replace("55004", "55005").replace(
        "Conf Twice", "Sched Maybe")]) + "\n")  # fmt: skip
    q = tmp_path / "q.csv"
    run_cli(capsys, "log", "import", "--from", "van-signups", path,
         "-o", tmp_path / "log.csv", "--quarantine", q)  # fmt: skip
    frame = pd.read_csv(q, dtype=str)
    assert list(frame.columns[:3]) == ["file", "row", "reason"]
    assert "follow_up_days" not in frame.columns and "purpose" not in frame.columns
    assert frame.drop(columns=["file", "row", "reason"]).notna().any().all()
    assert "Status" in frame.columns  # the cell to fix is still there


def test_a_quarantined_row_refused_by_the_log_rules_keeps_its_values(tmp_path, capsys):
    path = tmp_path / "van.csv"
    path.write_text(
        "Event Signup ID,VANID,Status,Event Date,Date Signed Up\n"
        "1,2,Scheduled,2026-03-01,2099-01-01\n"  # signed up in the future: the log's rule
        "2,3,Scheduled,2026-03-01,2026-02-01\n"
    )
    q = tmp_path / "q.csv"
    run_cli(capsys, "log", "import", "--from", "van-signups", path, "-o", tmp_path / "l.csv",
         "--quarantine", q)  # fmt: skip
    frame = pd.read_csv(q, dtype=str)
    assert frame.loc[0, "date"] == "2099-01-01" and frame.loc[0, "response"] == "yes"
    assert "purpose" not in frame.columns


# --- VAN's own words: a result is not a name, Conf Twice is a status ------------------------


def test_van_contact_history_result_is_read_not_dropped_as_a_name(tmp_path, capsys):
    q = tmp_path / "q.csv"
    code, out = run_cli(capsys, "log", "import", "--from", "van-bulk",
                     DATA / "van_contact_history.csv", "-o", tmp_path / "l.csv",
                     "--quarantine", q)  # fmt: skip
    assert code == 1
    assert "personal-data column(s) not carried: Contact Name\n" in out + "\n"
    reasons = pd.read_csv(q, dtype=str).set_index("row")["reason"]
    assert reasons["3"] == "canvass result 'Not Home': no conversation, so no answer to the ask"
    assert reasons["5"].startswith("canvass result 'Refused'")
    assert "Maria" not in q.read_text() and "Rivera" not in q.read_text()


def test_van_conf_twice_is_a_yes(tmp_path):
    from commonground.outcomes.importers.run import import_files

    result = import_files("van-signups", [DATA / "van_event_participants.csv"])
    assert len(result.quarantine) == 0
    row = result.accepted.set_index("meeting_id").loc["van-55004"]
    assert row["response"] == "yes" and pd.isna(row["showed_up"])


@pytest.mark.parametrize(
    "word",
    ["checked", "Unchecked", "Conf Twice", "rec001", "van-55001", "vanbulk-e17459-r2",
     "an-action_network:d91b4b2e", "empower-5"],
)  # fmt: skip
def test_tool_words_are_shown_in_messages_so_they_can_be_fixed(word):
    from commonground.outcomes.privacy import shown_value

    assert shown_value(word) == word


def test_an_airtable_checkbox_is_named_in_the_message(capsys):
    code, out = run_cli(capsys, "log", "validate", DATA / "airtable_meetings.csv")
    assert code == 1
    assert "row 2, ask_specific: not a boolean (use true/false, yes/no, y/n or 1/0) " \
        "(value 'checked')" in out  # fmt: skip
    assert "Rivera" not in out and "Patel" not in out


# --- a workbook that opens on a summary -----------------------------------------------------


def test_a_workbook_whose_first_sheet_is_a_summary_is_read_from_the_log_sheet(capsys):
    result = read_log(DATA / "two_sheets_totals.xlsx")
    assert len(result.accepted) == 3 and result.n_read == 3
    assert list(result.accepted["meeting_id"]) == ["X1", "X2", "X3"]
    assert any(
        n == "read sheet 2 of 2 'Meetings': the first sheet 'Summary' lacks the log's required "
        "columns"
        for n in result.notices
    )
    assert any("totals row(s) skipped" in n for n in result.notices)


def test_a_workbook_with_no_log_sheet_names_its_sheets_in_the_refusal(tmp_path, capsys):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Summary"
    book.active.append(["organizer", "meetings"])
    book.create_sheet("Notes").append(["week", "todo"])
    book.save(tmp_path / "w.xlsx")
    code, out = run_cli(capsys, "log", "validate", tmp_path / "w.xlsx")
    assert code == 2
    assert "(read the first sheet 'Summary' of 2; none of its sheets has them all)" in out


def test_a_sheet_named_after_someone_is_not_named_in_notices(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Maria Lopez"
    book.active.append(HEADER.split(","))
    book.active.append(["m1", "2026-03-01", "O-1", "C-1", "canvass", True, "yes"])
    book.create_sheet("Peter")
    book.save(tmp_path / "w.xlsx")
    result = read_log(tmp_path / "w.xlsx")
    assert "read the first sheet of 2" in result.notices
    assert not any("Maria" in n or "Peter" in n for n in result.notices)


# --- the importers' shared part is small modules, one job each ------------------------------


def test_the_mapper_is_split_into_small_modules_and_still_offers_every_name():
    from commonground.outcomes.importers import mapper

    folder = Path(mapper.__file__).parent
    for name in ("mapper", "headers", "plan", "cells", "reasons", "date_cells", "rows"):
        lines = (folder / f"{name}.py").read_text().count("\n")
        assert lines <= 150, f"{name}.py has {lines} lines"
    for name in mapper.__all__:
        assert getattr(mapper, name) is not None
    assert mapper.header_key("event.event_type") == "eventeventtype"
    assert mapper.left_empty({"date, event_date": "x"})[0] == "meeting_id"


# --- Excel's smart quotes around a value ----------------------------------------------------


def test_a_category_in_smart_quotes_is_the_same_category(capsys):
    result = read_log(DATA / "cp1252_quotes.csv")
    assert list(result.accepted["ask_type"]) == ["canvass", "phone_bank", "canvass"]
    code, out = run_cli(capsys, "analyze", DATA / "cp1252_quotes.csv")
    assert "Phone bank" in out and "[hidden]" not in out


@pytest.mark.parametrize(
    ("written", "read"),
    [("\u2018Yes\u2019", "yes"), ('"maybe"', "maybe"), ("''", None), ("'yes", None)],
)
def test_only_quotes_around_the_whole_value_are_dropped(tmp_path, written, read):
    from commonground.outcomes import validate_frame

    frame = pd.DataFrame([["m1", "2025-03-01", "O-1", "C-1", "canvass", "true", written]],
                         columns=HEADER.split(","))  # fmt: skip
    result = validate_frame(frame)
    if read is None:  # two quote marks alone, or one on one side: not a value in quotes
        assert [p.column for p in result.problems] == ["response"]
    else:
        assert list(result.accepted["response"]) == [read]


# --- rows pasted twice ----------------------------------------------------------------------


def test_a_row_pasted_twice_is_told_to_be_deleted_not_renumbered():
    result = read_log(DATA / "duplicated_rows.csv")
    messages = {p.row: p.message for p in result.problems}
    assert sorted(messages) == [4, 5, 6] and len(result.accepted) == 2
    assert all(m.endswith("(entered or pasted twice?): delete this row") for m in messages.values())


def test_two_meetings_sharing_an_id_are_not_told_to_delete_one(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("\n".join([HEADER, "m1,2025-03-01,O-1,C-1,canvass,true,yes",
                               "m1,2025-03-01,O-1,C-2,canvass,true,yes"]) + "\n")  # fmt: skip
    [problem] = read_log(path).problems
    assert problem.message == "duplicate meeting_id; first used in row 2"


# --- a Google Form's questions are drafted into a mapping -----------------------------------


def test_a_google_form_is_drafted_from_its_questions_and_imports(tmp_path, capsys):
    from commonground.outcomes.importers.suggest import match_headers

    headers = list(pd.read_csv(DATA / "google_form_responses.csv", nrows=0).columns)
    chosen = match_headers(headers)
    assert chosen["date"] == "Date of the 1:1" and chosen["organizer"] == "Your name"
    assert chosen["contact"].startswith("Who did you meet?")
    assert chosen["response"] == "What did they say?"
    assert chosen["showed_up"] == "Did they show up?"
    draft = tmp_path / "map.yaml"
    run_cli(capsys, "log", "import", "--suggest", DATA / "google_form_responses.csv", "-o", draft)
    code, out = run_cli(capsys, "log", "import", "--from", "mapping", "--mapping", draft,
                     DATA / "google_form_responses.csv", "-o", tmp_path / "log.csv")  # fmt: skip
    assert code == 0 and "4 rows read, 4 accepted, 0 quarantined" in out
    assert "jo.rivera" not in out and "Rivera" not in out


def test_an_email_column_is_never_drafted_as_the_contact():
    from commonground.outcomes.importers.suggest import match_headers

    assert "contact" not in match_headers(["Timestamp", "Email Address", "Answer"])
    assert match_headers(["Email Address", "Contact ID"])["contact"] == "Contact ID"


# --- output piped into head -----------------------------------------------------------------


class _ClosedOutput:
    """A stdout whose reader went away (``| head``)."""

    def write(self, text):
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self):
        pass


def test_a_closed_output_is_named_once_and_the_import_is_still_written(
    tmp_path, capsys, monkeypatch
):
    import sys

    out = tmp_path / "log.csv"
    with monkeypatch.context() as patch:
        patch.setattr(sys, "stdout", _ClosedOutput())
        code = cli.main(["log", "import", "--from", "van-signups",
                         str(DATA / "van_event_participants.csv"), "-o", str(out)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and "BrokenPipeError" not in err and "unexpected" not in err
    assert "the output was closed before the command finished" in err
    assert len(pd.read_csv(out)) == 4


# --- the HTML report lists the rows it set aside --------------------------------------------


@pytest.mark.slow
def test_the_report_lists_the_rows_it_set_aside_without_their_names(tmp_path, capsys):
    log = tmp_path / "log.csv"
    rows = [f"m{i},2025-03-0{1 + i},O-{i % 2},C-{i},canvass,true,{'yes' if i % 2 else 'no'}"
            for i in range(6)]  # fmt: skip
    rows += ["m7,2025-03-08,O-1,C-7,canvass,true,Maria Lopez", "Week 2,call Peter back,,,,,"]
    log.write_text("\n".join([HEADER, *rows]) + "\n")
    out = tmp_path / "r.html"
    code, text = run_cli(capsys, "report", "--no-progress", log, "-o", out)
    html = out.read_text(encoding="utf-8")
    assert code == 1 and "listed in the report" in text
    assert "Set aside: row 8, response: not one of: yes, maybe, no" in html
    assert "Set aside: row 9, meeting_id: a note row, not a meeting" in html
    assert "Maria" not in html and "Lopez" not in html and "Peter" not in html


# --- a row grouping the columns above the header --------------------------------------------

GROUPS = ["Meeting", "", "", "", "The ask", "", "Result"]
MEETINGS = [["G1", "2026-03-04", "org-1", "C-1", "canvass", "true", "yes"],
            ["G2", "2026-03-05", "org-1", "C-2", "canvass", "false", "no"]]  # fmt: skip


def test_a_csv_with_a_row_grouping_its_columns_is_read_from_its_header(tmp_path):
    path = tmp_path / "log.csv"
    lines = [",".join(GROUPS), HEADER, *(",".join(r) for r in MEETINGS)]
    path.write_text("\n".join(lines) + "\n")
    result = read_log(path)
    assert list(result.accepted["row"]) == [3, 4] and result.ok
    assert any("the header is row 2" in n for n in result.notices)


def test_an_xlsx_with_merged_group_cells_is_read_from_its_header(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append([g or None for g in GROUPS])
    sheet.merge_cells("A1:D1")
    sheet.merge_cells("E1:F1")
    sheet.append(HEADER.split(","))
    for row in MEETINGS:
        sheet.append(row)
    book.save(tmp_path / "log.xlsx")
    result = read_log(tmp_path / "log.xlsx")
    assert list(result.accepted["meeting_id"]) == ["G1", "G2"]


@pytest.mark.parametrize(
    ("header", "personal"),
    [("Result Short Name", False), ("Status Name", False), ("Contact Type Name", False),
     ("Contact Name", True), ("zip_code", True), ("Postal Code", True), ("Home Phone", True)],
)  # fmt: skip
def test_a_header_naming_a_value_is_not_a_person_but_an_address_still_is(header, personal):
    from commonground.outcomes.importers.columns import is_personal

    assert is_personal(header) is personal


# --- columns an import does not read are named ----------------------------------------------


def test_an_import_names_the_columns_it_does_not_read(capsys, tmp_path):
    code, out = run_cli(capsys, "log", "import", "--from", "action-network",
                     DATA / "an_attendees.csv", "-o", tmp_path / "log.csv")  # fmt: skip
    assert code == 0
    assert "personal-data column(s) not carried: first_name, last_name, zip_code, can2_phone" in out
    assert "column(s) this import does not read: uuid, can2_user_tags, can2_referrer" in out
    code, out = run_cli(capsys, "log", "import", "--from", "van-bulk",
                     DATA / "van_contact_history.csv", "-o", tmp_path / "l2.csv")  # fmt: skip
    assert "does not read: Contact Type, Input Type\n" in out  # Result Short Name is read


# --- log add takes a choice in any case, by its words or its value ---------------------------


@pytest.mark.parametrize(
    ("field", "written", "saved"),
    [("response", "Yes", "yes"), ("ask_type", "Phone bank", "phone_bank"),
     ("ask_type", "\u201cphone_bank\u201d", "phone_bank"), ("setting", "In Person", "in_person")],
)  # fmt: skip
def test_a_choice_is_read_in_any_case_by_its_words_or_value(field, written, saved):
    from commonground.field_log import form

    answers = {"date": "2026-03-04", "organizer": "vol-1", "contact_id": "C-1",
               "ask_type": "canvass", "ask_words": "Canvass Saturday at 10?", "response": "yes",
               field: written}  # fmt: skip
    assert form.build_row(answers, salt="s")[field] == saved


def test_a_choice_that_is_none_of_them_is_still_refused():
    from commonground.field_log import form

    answers = {"date": "2026-03-04", "organizer": "vol-1", "contact_id": "C-1",
               "ask_type": "canvass", "ask_words": "x", "response": "perhaps"}  # fmt: skip
    with pytest.raises(form.FormError) as caught:
        form.build_row(answers, salt="s")
    assert caught.value.problems["response"] == "choose one of: yes, maybe, no"


# --- cells merged over several rows in a workbook -------------------------------------------


def test_cells_merged_over_rows_are_named_in_a_notice(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet["A1"] = "Spring 1:1s (synthetic)"
    sheet.merge_cells("A1:G1")  # a title over one row: not worth a word
    sheet.append(HEADER.split(","))
    for i, organizer in enumerate(["org-1", None, None, "org-2"]):
        sheet.append([f"M{i}", f"2026-03-0{i + 1}", organizer, f"C-{i}", "canvass", True, "yes"])
    sheet.merge_cells("C3:C5")
    book.save(tmp_path / "log.xlsx")
    result = read_log(tmp_path / "log.xlsx")
    [notice] = [n for n in result.notices if n.startswith("merged cells")]
    assert "(organizer rows 3-5)" in notice and "unmerge them and fill every row" in notice
    assert [(p.row, p.column) for p in result.problems] == [(4, "organizer"), (5, "organizer")]


def test_a_workbook_without_merged_rows_says_nothing_of_them():
    result = read_log(DATA / "meetings_first_totals.xlsx")  # its title is merged over a row
    assert not any("merged" in n for n in result.notices)
