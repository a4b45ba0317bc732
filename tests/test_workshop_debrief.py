"""Room debrief over a folder of observer sheets."""

from __future__ import annotations

import json

from commonground.workshop import debrief, observer, samples
from commonground.workshop.observer import ObserverSheet


def _sheet(sheet_id, ticks, ask_type, response, final=None, specific=True):
    sheet = ObserverSheet.start(sheet_id, now=0.0, date="2026-01-10")
    for i, step in enumerate(ticks):
        sheet.tick(step, now=10.0 * (i + 1))
    sheet.record_ask(ask_type, specific=specific, fit=True, response=response, now=500.0)
    if final:
        sheet.record_final(final, alternative_offered=True)
    sheet.finish(now=1500.0)
    return sheet


ALL_BUT_STORY = ["factual_questions", "open_questions", "listening", "common_ground"]


def test_debrief_counts_skips_and_answers_by_ask_type(tmp_path):
    sheets = [
        _sheet("a", ALL_BUT_STORY, "canvass", "no", final="yes"),
        _sheet("b", ALL_BUT_STORY + ["your_story"], "canvass", "yes"),
        _sheet("c", ["factual_questions"], "phone_bank", "maybe", specific=False),
    ]
    for sheet in sheets:
        observer.save_sheet(sheet, tmp_path)
    (tmp_path / "junk.json").write_text("[]", encoding="utf-8")
    report = debrief.debrief_folder(tmp_path)
    assert (report.n_sheets, report.n_rows) == (3, 3)
    skipped = {step: n for step, _, n in report.skipped}
    assert skipped["your_story"] == 2
    assert skipped["campaign_work"] == 3 and skipped["close_conversation"] == 3
    assert skipped["ask"] == 0  # recording the ask ticks it
    assert skipped["factual_questions"] == 0
    assert report.skipped[0][2] == 3  # most skipped first
    by_type = {a["ask_type"]: a for a in report.asks}
    assert by_type["canvass"]["n"] == 2
    assert (by_type["canvass"]["yes"], by_type["canvass"]["no"]) == (1, 1)
    assert by_type["canvass"]["final_yes"] == 2
    assert by_type["canvass"]["rate"] == 0.5
    assert 0 < by_type["canvass"]["ci_low"] < 0.5 < by_type["canvass"]["ci_high"] < 1
    assert by_type["phone_bank"]["specific"] == 0
    assert report.problems == ["junk.json: not an observer sheet"]
    text = report.text()
    assert "3 role-plays observed" in text and "Not used: junk.json" in text
    assert json.loads(json.dumps(report.to_dict()))["log_rows"] == 3


def test_unfinished_sheet_is_reported_not_lost(tmp_path):
    observer.save_sheet(_sheet("done", ALL_BUT_STORY, "canvass", "yes"), tmp_path)
    observer.save_sheet(ObserverSheet.start("half", now=0.0), tmp_path)
    report = debrief.debrief_folder(tmp_path)
    assert report.n_sheets == 2 and report.n_rows == 1
    assert any(p.startswith("sheet half:") for p in report.problems)


def test_empty_folder_says_so(tmp_path):
    report = debrief.debrief_folder(tmp_path)
    assert report.n_sheets == 0 and report.asks == []
    assert "nothing to debrief" in report.text()


def test_plot_has_a_text_summary_naming_the_most_skipped_step():
    report = debrief.debrief_sheets(samples.synthetic_sheets(12, seed=1))
    fig, summary = debrief.skipped_plot(report)
    top_title, top_n = report.skipped[0][1], report.skipped[0][2]
    assert f"{top_title} ({top_n} of 12)" in summary
    bars = fig.axes[0].patches
    assert sorted(b.get_width() for b in bars) == sorted(n for _, _, n in report.skipped)


def test_synthetic_sheets_are_reproducible_and_valid():
    first = [s.to_log_row() for s in samples.synthetic_sheets(8, seed=3)]
    again = [s.to_log_row() for s in samples.synthetic_sheets(8, seed=3)]
    assert first == again
    assert all("Synthetic" in row["notes"] for row in first)
    assert debrief.debrief_sheets(samples.synthetic_sheets(8, seed=3)).n_rows == 8
