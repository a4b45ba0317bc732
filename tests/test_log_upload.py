"""Lesson 11's upload: the trainer's own log read in memory, validated, analysed, not kept.

Headless: the widget's ``.value`` is set as the browser sets it after a file is chosen,
with the bytes of a real sample log, a broken copy of it, and files that cannot be read.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import ipywidgets as w
import pytest
from uploads import chosen_file

from commonground import resources
from commonground.outcomes import read_log, read_log_bytes, write_log
from commonground.widgets.log_upload import LogUpload, log_upload

SAMPLE = resources.data_dir() / "sample_workshop_log.csv"
TODAY = dt.date(2026, 3, 1)


def _with_cells(changes: dict[tuple[int, str], str]) -> bytes:
    """The sample log with some cells changed: (spreadsheet row, column) -> new text."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    for (row, column), value in changes.items():
        cells = lines[row - 1].split(",")
        cells[header.index(column)] = value
        lines[row - 1] = ",".join(cells)
    return ("\n".join(lines) + "\n").encode("utf-8")


def _files(*folders: Path) -> set[Path]:
    return {p for folder in folders for p in folder.rglob("*")}


@pytest.fixture
def places(tmp_path, monkeypatch):
    """An empty learner home and working folder, to see that nothing lands in them."""
    home, cwd = tmp_path / "home", tmp_path / "cwd"
    home.mkdir()
    cwd.mkdir()
    monkeypatch.setenv("COMMONGROUND_HOME", str(home))
    monkeypatch.chdir(cwd)
    return home, cwd


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".parquet"])
def test_bytes_read_exactly_as_the_same_file_on_disk(tmp_path, suffix):
    disk = tmp_path / f"team_log{suffix}"
    if suffix == ".csv":
        disk.write_bytes(_with_cells({(5, "response"): "perhaps"}))
    else:
        write_log(read_log(SAMPLE).accepted.drop(columns=["row"]), disk)
    from_disk = read_log(disk)
    in_memory = read_log_bytes(disk.read_bytes(), disk.name)
    assert in_memory.accepted.equals(from_disk.accepted)
    assert in_memory.problems == from_disk.problems
    assert in_memory.notices == from_disk.notices
    assert in_memory.source == "team_log" + suffix  # messages name the file, not a path
    assert len(in_memory.accepted) >= 299


def test_a_sample_log_is_analysed_in_the_widget_and_nothing_is_kept(places):
    home, cwd = places
    before = _files(home, cwd)
    widget = log_upload(today=TODAY)
    widget.upload.value = chosen_file("spring-log.csv", SAMPLE.read_bytes())
    assert "the uploaded log: 300 rows read, 300 accepted, 0 quarantined" in widget.status.value
    assert "spring-log" not in widget.status.value + widget.report.value  # names: opt-in
    report = widget.report.value
    assert "<h2>Which asks convert: your outcome log</h2>" in report  # no file name shown
    assert "Report run on 1 March 2026" in report
    for section in (
        "From ask to showing up",
        "Which kinds of ask get a yes?",
        "The practices, one at a time",
        "The practices side by side",
        "Winning back a maybe or a no",
        "Following up and showing up",
        "Coaching, not ranking",
    ):
        assert f"<h3>{section}</h3>" in report
    assert report.count("<img ") == report.count("<figcaption") >= 5  # each plot summarised
    assert "ask -&gt; yes: " in report and "% of 300" in report  # the funnel's own numbers
    words = re.sub(r'src="data:[^"]*"', "", report)
    assert "Canvass" in words and not re.findall(r"\b[a-z]+_[a-z_]+\b", words)  # no raw ids
    assert not re.findall(r"\b(None|True|False|nan)\b", words)
    assert widget.upload.value == ()  # the bytes are let go
    assert _files(home, cwd) == before  # nothing written to the learner home or cwd


def test_a_broken_log_names_file_row_and_field_and_analyses_the_rest(places):
    widget = log_upload(today=TODAY)
    widget.show_name.value = True  # the trainer asks for the file's name
    broken = _with_cells({(5, "response"): "perhaps", (8, "date"): "2024-13-45"})
    widget.upload.value = chosen_file("season.csv", broken)
    status = widget.status.value
    assert "season.csv: 300 rows read, 298 accepted, 2 quarantined" in status
    assert "season.csv, row 5, response: not one of: yes, maybe, no" in status
    assert "season.csv, row 8, date: not a date" in status
    assert "298 analysed, 2 set aside" in widget.report.value


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("notes.docx", b"meeting_id,date\nM1,2024-01-01\n", "notes.docx: unsupported file type"),
        ("short.csv", b"meeting_id,date\nM1,2024-01-01\n", "short.csv: missing required column"),
        ("empty.csv", b"", "empty.csv: the file is empty"),
        ("header.csv", SAMPLE.read_bytes().splitlines()[0], "header.csv: no data rows"),
        ("book.xlsx", b"not a workbook", "book.xlsx: could not be read as an Excel workbook"),
    ],
)
def test_a_file_that_cannot_be_read_gets_one_clear_message(places, name, content, message):
    widget = log_upload(today=TODAY)
    widget.upload.value = chosen_file(name, bytes(content))
    assert message.replace(f"{name}:", "the uploaded log:") in widget.status.value
    assert name not in widget.status.value
    widget.show_name.value = True
    assert message in widget.status.value
    assert "Traceback" not in widget.status.value
    assert widget.report.value == ""


def test_an_earlier_report_goes_when_a_bad_file_follows(places):
    widget = log_upload(today=TODAY)
    widget.upload.value = chosen_file("good.csv", SAMPLE.read_bytes())
    assert widget.report.value
    widget.upload.value = chosen_file("bad.csv", b"x,y\n1,2\n")
    assert widget.report.value == ""
    assert "the uploaded log: missing required column" in widget.status.value


def test_contacts_and_markup_in_an_upload_never_reach_the_page(places):
    widget = log_upload(today=TODAY)
    widget.show_name.value = True
    content = _with_cells({(2, "contact"): "ann.lee@example.org", (3, "contact"): "555-0142"})
    widget.upload.value = chosen_file("<img src=x onerror=alert(1)>.csv", content)
    page = widget.status.value + widget.report.value
    assert "ann.lee@example.org" not in page and "555-0142" not in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;.csv" in page


def test_the_upload_is_labelled_and_takes_one_log_file():
    widget = LogUpload()
    assert widget.upload.description == "Choose my log file"  # the button's accessible name
    assert widget.upload.tooltip and not widget.upload.multiple
    assert widget.upload.accept == ".csv,.xlsx,.parquet"
    assert widget.show_name.description == "Show the file's name" and not widget.show_name.value
    texts = [c.value for c in widget.children if isinstance(c, w.HTML) and "<style" not in c.value]
    assert any("nothing is saved" in text for text in texts)


def test_lesson_11_offers_the_upload_in_the_app_only():
    import nbformat

    nb = nbformat.read(resources.notebooks_dir() / "11_trainer_analysis.ipynb", as_version=4)
    cells = [c for c in nb.cells if "log_upload()" in c.source]
    assert len(cells) == 1 and cells[0].cell_type == "code"
    assert "lesson-only" in cells[0].metadata.get("tags", [])  # not in `commonground report`
