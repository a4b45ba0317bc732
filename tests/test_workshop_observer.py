"""Observer sheet: ticks with times, the ask and answers, saved atomically, one log row."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from commonground import method
from commonground.errors import CommonGroundError
from commonground.outcomes import validate_frame
from commonground.workshop import observer
from commonground.workshop.observer import ObserverSheet


def _finished_sheet(sheet_id="s1", response="no", **kw) -> ObserverSheet:
    sheet = ObserverSheet.start(sheet_id, now=1000.0, date="2026-01-10", round=1, group=2)
    sheet.tick("factual_questions", now=1030.0)
    sheet.tick("your_story", now=1120.0)
    sheet.count_open_question(now=1300.0)
    sheet.count_open_question(now=1360.0)
    sheet.record_ask(
        "canvass",
        specific=True,
        fit=False,
        response=response,
        no_reason=kw.get("no_reason"),
        now=1500.0,
    )
    sheet.record_final("yes", alternative_offered=True)
    sheet.notes = "Synthetic practice sheet."
    sheet.finish(now=1000.0 + 26 * 60)
    return sheet


def test_checklist_is_listening_then_the_meeting_steps_then_respond_and_close():
    items = observer.checklist_items()
    ids = [item_id for item_id, _ in items]
    # Listening is watched for all through the meeting, not ticked between two steps.
    assert items[0] == ("listening", "Listen and notice connections (throughout the meeting)")
    steps = [e.id for e in method.load().meeting_steps()]
    assert ids[1 : len(steps) + 1] == steps and "listening" not in steps
    assert ids[len(steps) + 1 :] == [
        "respond_yes",
        "respond_maybe",
        "respond_no",
        "offer_alternative",
        "promise_follow_up",
        "thank_them",
    ]


def test_ticks_are_timed_from_the_start_and_first_tick_counts():
    sheet = ObserverSheet.start("t", now=100.0)
    sheet.tick("your_story", now=190.5)
    sheet.tick("your_story", now=400.0)
    assert sheet.ticks == {"your_story": 90.5}
    sheet.untick("your_story")
    assert sheet.ticks == {}
    with pytest.raises(CommonGroundError, match="not an item"):
        sheet.tick("made_up_step", now=120.0)


def test_finished_sheet_is_a_valid_outcome_log_row():
    rows = [
        _finished_sheet("s1", response="no", no_reason="timing").to_log_row(),
        _finished_sheet("s2", response="maybe").to_log_row(),
    ]
    result = validate_frame(pd.DataFrame(rows))
    assert result.problems == []
    assert len(result.accepted) == 2 and len(result.quarantine) == 0
    first = rows[0]
    assert first["duration_min"] == 26
    assert first["story_shared"] is True and first["common_ground"] is False
    assert first["open_questions"] == 2
    assert (first["ask_type"], first["response"], first["final_response"]) == (
        "canvass",
        "no",
        "yes",
    )
    assert first["organizer"] == "R1G2-organizer"  # an id, not a name


def test_unfinished_or_askless_sheet_says_what_is_missing():
    sheet = ObserverSheet.start("x", now=0.0)
    with pytest.raises(CommonGroundError, match="not finished.*no ask recorded"):
        sheet.to_log_row()
    sheet.record_ask("canvass", specific=True, response="yes", no_reason="timing", now=5.0)
    sheet.finish(now=600.0)
    assert sheet.problems() == ["no_reason is only for a no"]


def test_skipped_steps_in_method_order():
    sheet = _finished_sheet()
    skipped = sheet.skipped()
    assert "your_story" not in skipped and "ask" not in skipped
    assert skipped[0] == "listening" and "common_ground" in skipped


def test_save_and_load_round_trip_and_bad_files_reported(tmp_path):
    sheet = _finished_sheet("round-trip")
    path = observer.save_sheet(sheet, tmp_path)
    assert path == tmp_path / "round-trip.json"
    assert json.loads(path.read_text())["kind"] == "observer_sheet"
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "other.json").write_text('{"kind": "journal"}', encoding="utf-8")
    loaded = observer.load_sheets(tmp_path)
    assert [s.sheet_id for s in loaded.sheets] == ["round-trip"]
    assert loaded.sheets[0].to_log_row() == sheet.to_log_row()
    assert len(loaded.problems) == 2
    assert any(p.startswith("broken.json") for p in loaded.problems)
    assert not list(tmp_path.glob("*.tmp"))  # atomic write left no temp file


def test_default_folder_is_under_data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMONGROUND_HOME", str(tmp_path))
    path = observer.save_sheet(_finished_sheet("home"))
    assert path.parent == tmp_path / "workshop" / "sheets"


def test_sheets_to_rows_keeps_every_sheet_accounted_for():
    good, bad = _finished_sheet("good"), ObserverSheet.start("bad", now=0.0)
    rows, problems = observer.sheets_to_rows([good, bad])
    assert [r["meeting_id"] for r in rows] == ["good"]
    assert problems and problems[0].startswith("sheet bad:")
