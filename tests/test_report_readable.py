"""The report reads as a report on the trainer's log: its title names the log, its dates
and the run date; no lesson text; ids in words; rates in percent; whole tables with no
column empty in every row. Checked on the shipped sample and on a small "real" log."""

import datetime as dt
import re
import subprocess
import sys
from html import unescape
from html.parser import HTMLParser

import pandas as pd
import pytest

from commonground import labels, resources
from commonground.analysis import report_tables as tables
from tests.plain_words import find_leaks, html_text

LESSON_TEXT = ("About 40 minutes", "log_path", "second cell", "Lesson 11", "this notebook")
RAW_IDS = sorted(
    {*labels.ASK_TYPES, *labels.PRACTICES, *labels.PURPOSES, *labels.SETTINGS, "write_letters"}
)


class _Tables(HTMLParser):
    """Every <table> in a page as a list of rows of cell texts (header row first)."""

    def __init__(self):
        super().__init__()
        self.tables, self._row, self._cell = [], None, None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.tables[-1].append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def visible_text(html: str) -> str:
    body = html.split("<body", 1)[1]
    body = re.sub(r"<(style|script)\b.*?</\1>", " ", body, flags=re.S)
    body = re.sub(r"<img[^>]*>", " ", body)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", body)))


def html_tables(html: str) -> list[list[list[str]]]:
    parser = _Tables()
    parser.feed(html)
    return [t for t in parser.tables if t]


def run_report(log, out, cwd):
    done = subprocess.run(
        [sys.executable, "-m", "commonground", "report", str(log), "-o", str(out),
         "--no-progress"],
        capture_output=True, text=True, timeout=300, cwd=cwd,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def real_log(tmp_path_factory):
    """A small made-up log in a trainer's folder: its own dates and an ask type of its own."""
    frame = pd.read_csv(resources.sample_log("sample_workshop_log.csv"), dtype=str,
                        keep_default_na=False)  # fmt: skip
    days = pd.date_range("2025-03-03", "2025-05-30", periods=len(frame))
    frame["date"] = [d.strftime("%Y-%m-%d") for d in days]
    frame.loc[frame.index % 7 == 0, "ask_type"] = "write_letters"
    path = tmp_path_factory.mktemp("trainer") / "riverside_spring_team.csv"
    frame.to_csv(path, index=False)
    return path


@pytest.fixture(scope="module")
def reports(real_log, tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    return {
        "sample": run_report(resources.sample_log(), folder / "sample.html", folder),
        "real": run_report(real_log, folder / "real.html", folder),
    }


def _check_readable(html: str) -> str:
    text = visible_text(html)
    for words in LESSON_TEXT:
        assert words not in text, words
    for raw in RAW_IDS:
        if "_" in raw:
            assert raw not in text, raw
        # ids without an underscore ("canvass", "setting") are words too: never a cell
        # or a plot summary's row name on their own
        assert f"- {raw}:" not in text, raw
    for word in ("None", "True", "False", "nan", "NaN", "<NA>"):
        assert not re.search(rf"(?<![\w-]){word}(?![\w-])", text), word
    found = html_tables(html)
    assert len(found) >= 3
    for table in found:
        header, rows = table[0], table[1:]
        assert rows, header
        for column, name in enumerate(header):
            cells = [row[column] for row in rows]
            assert any(cells), f"column {name!r} is empty in every row"
            for cell in cells:
                assert cell not in RAW_IDS, cell
                assert not re.fullmatch(r"0?\.\d+|1\.0+", cell), (name, cell)
            if "rate" in name:
                assert all(re.fullmatch(r"\d{1,3}%|-", c) for c in cells), (name, cells)
        assert "..." not in " ".join(" ".join(r) for r in rows)  # nothing cut short
    return text


@pytest.mark.slow
def test_report_on_the_sample_log(reports):
    html = reports["sample"]
    text = _check_readable(html)
    today = dt.date.today()
    assert "<title>Which asks convert: sample_season_log.csv</title>" in html
    assert "Which asks convert: sample_season_log.csv" in text
    assert "Meetings from 8 January 2024 to 15 December 2024" in text
    assert f"Report run on {today.day} {today:%B %Y}" in text
    assert "synthetic sample" in text  # the shipped sample says what it is
    assert "Host a house party" in text and "Ask fitted the person" in text


@pytest.mark.slow
def test_report_on_a_trainers_own_log(reports):
    html = reports["real"]
    text = _check_readable(html)
    # a trainer's own file is not named: it may be named after its keeper
    assert "Which asks convert: your outcome log" in text
    assert "riverside_spring_team" not in text
    assert "Meetings from 3 March 2025 to 30 May 2025" in text
    assert "synthetic" not in text.lower()  # nothing says the trainer's log is made up
    assert "Write letters" in text  # an ask type with no entry, still in words


@pytest.mark.slow
@pytest.mark.parametrize("log", ["sample", "real"])
def test_report_shows_no_internal_id_none_true_or_false(reports, log):
    """test_plain_words' scan, on the reports made here (the report is run once, not twice)."""
    text = html_text(reports[log])
    assert text.strip(), "nothing read; the scan would prove nothing"
    leaks = find_leaks(text)
    assert not leaks, f"the report on the {log} log shows:\n" + "\n".join(sorted(set(leaks)))


def test_labels_cover_every_kind_and_fall_back_to_words():
    assert labels.label("host_house_party", "ask_type") == "Host a house party"
    assert labels.label("next_one_on_one") == "Another 1:1"
    assert labels.label(True) == "yes" and labels.label("false") == "no"
    assert labels.label("none", "follow_up") == "No follow-up"
    assert labels.label(None, missing="not recorded") == "not recorded"
    assert labels.label(float("nan")) == ""
    assert labels.label("purpose=check_in") == "Purpose of the meeting: Check in"
    assert labels.label("write_letters", "ask_type") == "Write letters"


def test_tables_in_percent_without_empty_columns():
    rates = pd.DataFrame(
        {"group": ["canvass", "lead_role"], "n": [40, 3], "converted": [10, 1],
         "rate": [0.25, 1 / 3], "ci_low": [0.14, 0.06], "ci_high": [0.4, 0.79],
         "warning": [None, None]}
    )  # fmt: skip
    shown = tables.rate_table(rates, "ask_type")
    assert list(shown["group"]) == ["Canvass", "Take a lead role"]
    assert list(shown["rate"]) == ["25%", "33%"]
    assert list(shown["95% interval"]) == ["14% to 40%", "6% to 79%"]
    assert "caution" not in shown  # empty in every row
    rates.loc[1, "warning"] = "95% interval overlaps with canvass: too few"
    shown = tables.rate_table(rates, "ask_type")
    assert list(shown["caution"]) == ["", "95% interval overlaps with Canvass: too few"]
    long = "x" * 200
    page = tables.Table(pd.DataFrame({"a": [long]}))._repr_html_()
    assert long in page and 'class="commonground-table"' in page and " style=" not in page
    from commonground import stylesheet

    rules = stylesheet.section("report")
    assert page.startswith(f"<style>{rules}</style>")  # shown anywhere, it brings its rules
    cells = rules.split("table.commonground-table td {", 1)[1].split("}", 1)[0]
    assert "white-space: normal;" in cells and "text-align: left;" in cells


def test_title_names_file_dates_and_run_day(tmp_path):
    log = pd.DataFrame({"date": pd.to_datetime(["2025-02-01", "2025-01-05"])})
    title = tables.title(tmp_path / "team.csv", log, today=dt.date(2025, 6, 9))
    assert title.startswith("# Which asks convert: your outcome log")
    named = tables.title(tmp_path / "team.csv", log, today=dt.date(2025, 6, 9), show_names=True)
    assert named.startswith("# Which asks convert: team.csv")
    assert "5 January 2025 to 1 February 2025" in title and "9 June 2025" in title
    assert "synthetic" not in title
    assert "synthetic" in tables.title(resources.sample_log(), log)
