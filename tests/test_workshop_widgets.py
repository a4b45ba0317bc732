"""Workshop widgets driven headless: pairing board, round timer, observer panel."""

from __future__ import annotations

import json

import pandas as pd

from commonground.outcomes import validate_frame
from commonground.widgets.observer import ObserverPanel
from commonground.widgets.pairing import PairingBoard
from commonground.widgets.timer import RoundTimerView
from commonground.workshop import observer, pairing, timer


def _labelled(widget) -> bool:
    return bool(getattr(widget, "description", "") or getattr(widget, "tooltip", ""))


def test_pairing_board_makes_the_same_plan_as_the_logic():
    board = PairingBoard("Ana\nBen\nCy\nDee\nEd\nFay\nGus", rounds=2, seed=9)
    board.pair_button.click()
    assert board.plan == pairing.schedule(
        ["Ana", "Ben", "Cy", "Dee", "Ed", "Fay", "Gus"], 2, seed=9
    )
    assert "Round 2" in board.output.value and "7 people, 2 rounds" in board.output.value
    board.trios.value = True
    board.pair_button.click()
    assert board.output.value.count("(observer)") == 2  # 7 in trios: 3 + 2 + 2, each round
    for control in (board.names, board.rounds, board.seed, board.trios, board.pair_button):
        assert _labelled(control)


def test_pairing_board_shows_the_problem_instead_of_failing():
    board = PairingBoard("Ana\nana")
    board.pair_button.click()
    assert board.plan == [] and "twice" in board.output.value
    board.names.value = "Solo"
    board.pair_button.click()
    assert "at least 2" in board.output.value


def test_timer_view_follows_play_value_and_warns_near_the_end():
    view = RoundTimerView(minutes=20)
    assert "Opening questions" in view.phase.value
    view.play.value = 5 * 60
    assert view.state().phase.id == "open_questions"
    assert "<b>Open questions</b>" in view.table.value
    assert "Listening has no phase of its own" in view.table.value
    assert view.progress.value == 300
    view.play.value = 20 * 60 - 60
    assert "Nearly time" in view.phase.value and view.progress.bar_style == "warning"
    view.play.value = 20 * 60
    assert "Time is up" in view.phase.value
    view.minutes.value = 40
    assert view.play.max == 2400 and view.play.value == 0
    assert view.plan == timer.plan_phases(40)
    view.play.value = 100
    view.reset_button.click()
    assert view.play.value == 0
    for control in (view.minutes, view.start_button, view.pause_button, view.reset_button):
        assert _labelled(control)
    # The labelled buttons drive the (hidden, icon-only) Play control.
    assert view.play.layout.display == "none"
    view.start_button.click()
    assert view.play.playing is True
    view.pause_button.click()
    assert view.play.playing is False


class FakeClock:
    def __init__(self):
        self.now = 5_000.0

    def __call__(self):
        return self.now


def test_observer_panel_saves_a_sheet_that_is_a_valid_log_row(tmp_path):
    clock = FakeClock()
    panel = ObserverPanel(folder=tmp_path, scenario="retired_teacher", clock=clock)
    assert all(box.disabled for box in panel.steps.values())  # nothing before start
    panel.round.value, panel.group.value = 2, 3
    panel.start_button.click()
    clock.now += 65
    panel.steps["factual_questions"].value = True
    assert panel.times["factual_questions"].value == "at 1:05"
    clock.now += 100
    panel.question_button.click()
    panel.question_button.click()
    assert panel.steps["open_questions"].value and panel.question_count.value.endswith("2")
    panel.steps["your_story"].value = True
    panel.steps["your_story"].value = False  # a mis-click taken back
    panel.save_button.click()
    assert "Not saved yet" in panel.status.value and "no ask recorded" in panel.status.value
    panel.ask_type.value = "lead_role"
    panel.specific.value = True
    panel.fit.value = True
    clock.now += 600
    panel.response.value = "maybe"
    panel.alternative.value = True
    panel.final_response.value = "yes"
    panel.notes.value = "Good listening."
    clock.now += 400
    panel.save_button.click()
    assert panel.saved_path is not None and panel.saved_path.parent == tmp_path
    data = json.loads(panel.saved_path.read_text())
    assert data["round"] == 2 and data["group"] == 3 and data["scenario"] == "retired_teacher"
    sheet = observer.load_sheets(tmp_path).sheets[0]
    row = sheet.to_log_row()
    assert row["open_questions"] == 2 and row["story_shared"] is False
    assert (row["response"], row["final_response"], row["duration_min"]) == ("maybe", "yes", 19)
    assert sheet.ticks["ask"] == 765.0  # when the answer was chosen
    result = validate_frame(pd.DataFrame([row]))
    assert result.problems == [] and len(result.accepted) == 1
    assert "Saved" in panel.status.value and panel.save_button.disabled
    # The row it becomes is shown, with the contract's column names and the answer.
    assert "outcome-log row" in panel.status.value
    assert "<td>meeting_id</td>" in panel.status.value and "<td>response</td>" in panel.status.value
    assert "<td>true</td>" in panel.status.value and "True" not in panel.status.value
    not_seen = panel.status.value.split("Steps not seen: ", 1)[1].split(".", 1)[0]
    assert "Share your story" in not_seen and "your_story" not in not_seen  # steps in words


def test_observer_panel_restart_clears_previous_ticks(tmp_path):
    clock = FakeClock()
    panel = ObserverPanel(folder=tmp_path, clock=clock)
    panel.start_button.click()
    panel.steps["listening"].value = True
    first = panel.sheet
    panel.start_button.click()
    assert panel.sheet is not first and panel.sheet.ticks == {}
    assert not panel.steps["listening"].value and panel.times["listening"].value == ""
    assert "listening" in first.ticks  # the old sheet kept what was ticked
    for control in (
        panel.start_button,
        panel.question_button,
        panel.save_button,
        panel.ask_type,
        panel.response,
        *panel.steps.values(),
    ):
        assert _labelled(control)


def test_observer_offers_kinds_of_ask_in_words_and_records_their_ids():
    from commonground.widgets.observer import ask_type_id

    panel = ObserverPanel()
    assert "Another 1:1" in panel.ask_type.options
    assert "next_one_on_one" not in panel.ask_type.options
    assert ask_type_id("Another 1:1") == "next_one_on_one"
    assert ask_type_id(" host a house party ") == "host_house_party"
    assert ask_type_id("lead_role") == "lead_role"  # an id typed is kept
    assert ask_type_id("Write letters") == "Write letters"  # open vocabulary, as typed
