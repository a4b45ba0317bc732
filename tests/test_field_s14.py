"""Session 12: Excel text-formula ids (``="00123"``) anywhere in a file, and lesson 11's
upload naming no sheet title that may name someone.

Before: the ``="`` check looked at a file's first MiB only, so a cell guarded after it (a
log pasted together from exports, ids guarded only from some row on) stayed
``="00123"``: a contact of its own, never matched with the ``00123`` of another file.
The upload's refusal of a sheet the workbook does not have listed every sheet's title,
and a sheet per organizer is titled with their name, on a screen that may be projected.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from cli_run import run_cli

from commonground.outcomes import read_log, read_log_bytes
from commonground.outcomes.loading.sources import HEAD_BYTES

DATA = Path(__file__).parent / "data" / "field13"
HEADER = "meeting_id,date,organizer,contact,ask_type,ask_specific,response"

# --- 1. ="00123" after the first MiB -----------------------------------------------------


def _long_log(last: str, ragged: bool = False) -> str:
    """A log longer than the first MiB read for sniffing, ending with the row ``last``."""
    row = "m{0},2026-03-01,o-1,c{0},canvass,true,yes"
    count = HEAD_BYTES // len(row.format(0)) + 100
    lines = [HEADER, *(row.format(i) for i in range(count))]
    if ragged:  # one row too short: the exact (Python) path reads the file
        lines.append("short,2026-03-01")
    return "\n".join([*lines, last]) + "\n"


LATE = 'late,2026-03-02,o-1,"=""00123""",canvass,true,yes'


@pytest.mark.parametrize("ragged", [False, True])  # pyarrow's path, and the exact one
def test_a_text_formula_after_the_first_mib_is_read_as_its_text(tmp_path, ragged):
    path = tmp_path / "log.csv"
    path.write_text(_long_log(LATE, ragged))
    assert path.stat().st_size > HEAD_BYTES and path.read_bytes().index(b'="') > HEAD_BYTES
    for result in (read_log(path), read_log_bytes(path.read_bytes(), "log.csv")):
        accepted = result.accepted.set_index("meeting_id")
        assert accepted.loc["late", "contact"] == "00123"
        assert any("read as the text inside: contact (1)" in n for n in result.notices)


def test_a_formula_that_is_no_text_after_the_first_mib_is_kept_as_written(tmp_path):
    path = tmp_path / "log.csv"  # near misses: a sum, and a bare ="" with nothing inside?
    path.write_text(_long_log("late,2026-03-02,o-1,=SUM(A1:A2),canvass,true,yes"))
    result = read_log(path)
    assert result.accepted.set_index("meeting_id").loc["late", "contact"] == "=SUM(A1:A2)"
    assert not any("text formulas" in n for n in result.notices)


def test_an_import_reads_a_text_formula_after_the_first_mib(tmp_path, capsys):
    export = tmp_path / "van.csv"
    row = "{0},{1},Canvass,Scheduled,2026-03-01"
    count = HEAD_BYTES // len(row.format(1000, 2000)) + 100
    lines = ["Event Signup ID,VANID,Event Type,Status,Date Created"]
    lines += [row.format(100000 + i, 200000 + i) for i in range(count)]
    lines.append('"=""0571""","=""00502""",Canvass,Scheduled,2026-03-01')
    export.write_text("\n".join(lines) + "\n")
    out = tmp_path / "log.csv"
    code, text = run_cli(capsys, "log", "import", "--from", "van-signups", export, "-o", out)
    imported = pd.read_csv(out, dtype=str)
    assert imported["contact"].iloc[-1] == "00502"
    assert imported["meeting_id"].iloc[-1] == "van-0571"
    assert "read as the text inside: Event Signup ID (1), VANID (1)" in text


# --- 2. Lesson 11's upload: a sheet the workbook lacks -----------------------------------


def _upload():
    import datetime as dt

    from commonground.widgets.log_upload import LogUpload

    return LogUpload(today=dt.date(2026, 12, 7))


def _book(tmp_path, titles) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = titles[0]
    for title in titles[1:]:
        book.create_sheet(title)
    path = tmp_path / "book.xlsx"
    book.save(path)
    return path.read_bytes()


def test_the_upload_counts_the_sheets_and_shows_no_title_that_may_name_someone():
    widget = _upload()
    widget.sheet.value = "April"
    widget.analyse("team.xlsx", (DATA / "sheet_per_organizer.xlsx").read_bytes())
    shown = widget.status.value
    assert "the uploaded log: has no sheet &#x27;April&#x27;: the workbook has 3 sheets: " in shown
    assert "1 &#x27;Summary&#x27;, 2, 3 (titles that may name someone are not shown here)" in shown
    assert "Maria" not in shown and "Okafor" not in shown and "--sheet" not in shown
    assert widget.sheet_list.layout.display != "none"  # the list to choose from appears
    assert widget.sheet_list.value == ""  # closed on its placeholder: no title on screen
    assert widget.sheet_list.label == "3 sheets: open the list to choose one"
    widget.show_name.value = True  # the file's name, not the sheets' titles
    assert "team.xlsx: has no sheet" in widget.status.value
    assert "Maria" not in widget.status.value


def test_a_sheet_chosen_from_the_list_is_read_by_its_number():
    widget = _upload()
    widget.sheet.value = "Ben"  # near miss of a title: refused, never guessed
    data = (DATA / "sheet_per_organizer.xlsx").read_bytes()
    widget.analyse("team.xlsx", data)
    assert "no sheet of the name typed in the &#x27;Sheet&#x27; box" in widget.status.value
    assert "Ben" not in widget.status.value
    labels = [label for label, _ in widget.sheet_list.options]
    assert labels[1:] == ["1: Summary", "2: Maria Lopez", "3: Ben Okafor"]  # when opened
    widget.sheet_list.value = "3"
    assert widget.sheet.value == "3" and widget.sheet_list.value == ""
    assert "Choose the file again to read it this way." in widget.status.value
    widget.analyse("team.xlsx", data)
    assert "the uploaded log: " in widget.status.value and " rows read" in widget.status.value
    assert widget.sheet_list.layout.display == "none"  # read: the list goes away
    assert "Okafor" not in widget.status.value


@pytest.mark.parametrize(
    ("titles", "listed"),
    [(["Read this first", "March", "April"], None),  # near misses: no one named
     (["Meetings", "maria@example.org", "555-0142"], "1 &#x27;Meetings&#x27;, 2, 3 (titles"),
     (["Log", "Ana"], "1 &#x27;Log&#x27;, 2 (a title that may name someone is not shown")],
)  # fmt: skip
def test_the_titles_shown_are_those_privacy_shows(tmp_path, titles, listed):
    from commonground.outcomes.privacy import shown_value

    widget = _upload()
    widget.sheet.value = "9"
    widget.analyse("book.xlsx", _book(tmp_path, titles))
    shown = widget.status.value
    assert f"the workbook has {len(titles)} sheets" in shown
    for title in titles:
        assert (title in shown) == (shown_value(title) == title), title
    if listed:
        assert listed in shown


def test_the_command_line_still_names_every_sheet(capsys):
    code, out = run_cli(
        capsys, "log", "validate", DATA / "sheet_per_organizer.xlsx", "--sheet", "April"
    )
    assert code == 2 and "the workbook has 3: 1 'Summary', 2 'Maria Lopez', 3 'Ben Okafor'" in out


def test_lesson_11_names_every_choice_the_upload_offers():
    import ipywidgets as w

    lesson = Path(__file__).parents[1] / "content" / "lessons" / "11_trainer_analysis.md"
    text = " ".join(lesson.read_text(encoding="utf-8").split())
    widget = _upload()
    choices = [
        c.description
        for c in widget.children
        if isinstance(c, (w.Dropdown, w.Text, w.Checkbox)) and c is not widget.sheet_list
    ]
    assert sorted(choices) == ["Sheet", "Show the file's name", "Slashed dates"]
    missing = [name for name in choices if f"**{name}**" not in text and f'"{name}"' not in text]
    assert missing == []
