"""The lesson 09 role-play player, driven headless with ``.value`` and ``.click()``."""

from __future__ import annotations

import random

import ipywidgets as w
import pytest

from commonground import journal, labels, progress, roleplay, roleplay_history, storage
from commonground.errors import CommonGroundError
from commonground.widgets._common import quality_words
from commonground.widgets.roleplay_player import roleplay_player
from commonground.widgets.roleplay_summary_view import roleplay_summary

MAX_TURNS = 60
CONTROLS = (w.Button, w.Textarea, w.Text, w.Dropdown, w.ToggleButtons, w.IntProgress)


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv(storage.HOME_ENV, str(tmp_path / "home"))
    return tmp_path / "home"


def names():
    return [info.name for info in roleplay.list_scenarios() if not info.error]


def click_best(player) -> None:
    """Click the button of the first strong choice (else the first), as a learner would."""
    offered = roleplay.choices(player.scenario, player.state)
    assert len(player.choice_buttons) == len(offered)
    for button, choice in zip(player.choice_buttons, offered, strict=True):
        assert button.description == choice.text
    index = next((i for i, c in enumerate(offered) if c.quality == "strong"), 0)
    player.choice_buttons[index].click()


def play_to_end(player) -> int:
    turns = 0
    while not player.state.finished:
        click_best(player)
        turns += 1
        assert turns < MAX_TURNS, "the play did not reach an ending"
    return turns


def controls(widget):
    """Every interactive control in a widget tree (hidden boxes included)."""
    found = [widget] if isinstance(widget, CONTROLS) else []
    for child in getattr(widget, "children", ()):
        found += controls(child)
    return found


def test_unknown_scenario_is_a_clear_error():
    with pytest.raises(CommonGroundError, match="no scenario named 'nope'"):
        roleplay_player("nope")


@pytest.mark.parametrize("name", names())
def test_whole_scenario_with_buttons_only_reaches_the_debrief(name):
    player = roleplay_player(name)
    assert player.picker.value == name
    assert player.debrief_box.layout.display == "none"
    player.start_button.click()
    scenario = player.scenario
    assert scenario.id == name
    first = roleplay.current_line(scenario, player.state)
    assert first.replace("'", "&#x27;") in player.line.value
    turns = play_to_end(player)
    state = player.state
    assert state.ending in scenario.endings()
    assert len(player.turns) == turns
    # The debrief is the engine's, for this very state.
    report = roleplay.debrief(scenario, state)
    assert player.debrief_box.layout.display != "none"
    assert f"Debrief: {report.score} out of 100" in player.debrief.value
    for step in report.steps:
        assert step.title in player.debrief.value
    assert f"{len(report.facts_learned)} of {len(report.facts_available)}" in player.debrief.value
    assert player.reflection_text == report.reflection
    assert player.minutes.value == state.minutes
    assert player.minutes_label.value.startswith(f"{round(state.minutes)} of ")
    assert player.choice_buttons == [] and player.say_button.disabled
    assert player.input_box.layout.display == "none"
    # Recorded in the history; the play in progress is cleared.
    (recorded,) = roleplay_history.plays()
    assert recorded["scenario"] == name and recorded["ending"] == state.ending
    assert recorded["score"] == report.score
    assert roleplay_history.load_current() is None


def test_learned_panel_minutes_and_trust_follow_the_play():
    player = roleplay_player("retired_teacher")
    player.start()
    assert "Nothing yet" in player.learned.value
    assert "sizing you up" in player.trust.value
    click_best(player)  # a strong factual opener that reveals a fact
    state, scenario = player.state, player.scenario
    assert "What you have learned about Margaret" in player.learned.value
    for fact_id in state.facts:
        assert scenario.persona.fact(fact_id).text.replace("'", "&#x27;") in player.learned.value
    assert "warming to you" in player.trust.value
    assert player.minutes.value == state.minutes > 0
    assert player.minutes.max == scenario.meeting.planned_minutes


def test_free_text_turns_show_the_reading_and_the_branch():
    player = roleplay_player("retired_teacher")
    player.start_button.click()
    scenario = player.scenario
    line = "What did you do for work before you retired?"
    expected = roleplay.free_text(scenario, player.state, line)
    player.free_text.value = line
    player.say_button.click()
    assert player.state == expected.state
    assert player.turns[-1]["routed"] == expected.routed == "typed"
    assert f"Read as:</b> {labels.LINE_KINDS[expected.read_as]}" in player.reading.value
    assert "Branch taken" in player.reading.value
    assert player.free_text.value == ""  # cleared once said
    assert line in player.transcript.value
    # A line that fits nowhere here: the persona is puzzled, nothing advances.
    node_before = player.state.node
    odd = "<b>Nice weather</b> today."
    expected = roleplay.free_text(scenario, player.state, odd)
    player.free_text.value = odd
    player.say_button.click()
    assert player.state == expected.state
    assert expected.routed == "fallback"
    assert player.state.node == node_before
    assert "nothing at this point" in player.reading.value
    assert "&lt;b&gt;Nice weather&lt;/b&gt;" in player.transcript.value
    assert "<b>Nice weather</b>" not in player.transcript.value
    # An empty line is refused with a message, not an exception.
    player.free_text.value = "   "
    player.say_button.click()
    assert "Type something" in player.status.value
    play_to_end(player)
    (recorded,) = roleplay_history.plays()
    assert recorded["typed_turns"] >= 1
    assert "Debrief:" in player.debrief.value


def test_typed_ask_is_read_for_its_parts():
    player = roleplay_player("retired_teacher")
    player.start()
    for _ in range(20):
        if roleplay.current_line(player.scenario, player.state).startswith("That all sounds"):
            break
        click_best(player)
    assert player.scenario.node(player.state.node).answers, "did not reach the ask"
    ask = "Would you lead the reading table at the homework club at the branch, Tuesday at 3:30?"
    expected = roleplay.free_text(player.scenario, player.state, ask)
    player.free_text.value = ask
    player.say_button.click()
    assert player.state == expected.state
    assert expected.read_as == "ask"
    named = ", ".join(expected.reading.specific_parts)
    assert f"Ask names:</b> {named}" in player.reading.value
    assert player.state.first_ask.text == ask
    assert expected.answer.explanation in player.feedback.value


def test_feedback_after_each_turn_shows_the_choice_feedback():
    player = roleplay_player("retired_teacher")
    player.start()
    offered = roleplay.choices(player.scenario, player.state)
    player.choice_buttons[0].click()
    assert offered[0].feedback.replace("'", "&#x27;") in player.feedback.value
    # The engine's quality in the feedback card's words ("weak" is "Could be stronger").
    assert f">{quality_words(offered[0].quality)} · " in player.feedback.value


def test_feedback_at_the_end_is_held_until_the_debrief():
    player = roleplay_player("retired_teacher")
    player.mode.value = "at_end"
    player.start_button.click()
    said = []
    while not player.state.finished:
        offered = roleplay.choices(player.scenario, player.state)
        index = next((i for i, c in enumerate(offered) if c.quality == "strong"), 0)
        said.append(offered[index])
        player.choice_buttons[index].click()
        if not player.state.finished:
            assert offered[index].feedback not in player.feedback.value
            assert "held until the debrief" in player.feedback.value
    assert len(said) >= 3
    for choice in said:
        assert choice.feedback.replace("'", "&#x27;") in player.debrief.value


def test_resume_restores_a_play_in_the_middle(home):
    player = roleplay_player("retired_teacher", learner="Ana")
    player.mode.value = "at_end"
    player.start()
    for _ in range(3):
        click_best(player)
    assert not player.state.finished
    # Another learner on the same machine has nothing to resume.
    other = roleplay_player()
    other.resume_button.click()
    assert "no unfinished play" in other.status.value
    # Ana comes back later: a new player, the resume button.
    again = roleplay_player(learner="Ana")
    assert "unfinished play" in again.status.value
    again.resume_button.click()
    assert again.state == player.state
    assert again.turns == player.turns
    assert again.mode.value == "at_end"
    assert again.transcript.value == player.transcript.value
    assert again.learned.value == player.learned.value
    assert [b.description for b in again.choice_buttons] == [
        b.description for b in player.choice_buttons
    ]
    play_to_end(again)
    assert len(roleplay_history.plays(learner="Ana")) == 1
    assert roleplay_history.load_current(learner="Ana") is None


def test_resume_reports_a_damaged_save_without_raising(home):
    path = roleplay_history.current_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{broken", encoding="utf-8")
    player = roleplay_player()
    assert "moved aside" in player.status.value
    player.resume_button.click()
    assert "no unfinished play" in player.status.value
    assert player.state is None
    player.choose("ask_work")  # before Start: a message, not an exception
    assert "press Start" in player.status.value
    player.start()
    player.choose("not_offered_here")
    assert "not offered" in player.status.value and player.turns == []


def test_reflection_is_saved_to_the_journal():
    player = roleplay_player("retired_teacher")
    player.start()
    play_to_end(player)
    player.save_reflection_button.click()
    assert "write your reflection" in player.reflection_status.value
    player.reflection.value = "Next time I will ask what she enjoys before the ask."
    player.save_reflection_button.click()
    assert "Saved" in player.reflection_status.value
    (entry,) = journal.entries("roleplay_reflection")
    assert entry["data"]["reflection"] == player.reflection.value
    assert entry["data"]["prompt"] == player.reflection_text


def test_summary_lists_plays_and_refreshes_when_a_play_ends():
    player = roleplay_player("retired_teacher")
    summary = roleplay_summary(player)
    assert summary.rows == [] and "No role-plays" in summary.text.value
    for _ in range(2):
        player.start_button.click()
        play_to_end(player)
    assert len(summary.rows) == 2
    assert summary.rows == roleplay_history.play_summary()
    assert summary.table.value.count(">Retired teacher, Margaret</td>") == 2
    assert "2 plays so far" in summary.text.value
    fresh = roleplay_summary()
    assert fresh.rows == summary.rows


def test_every_control_is_labelled_at_every_stage():
    player = roleplay_player("retired_teacher")
    summary = roleplay_summary(player)

    def check(widget):
        found = controls(widget)
        assert found
        for control in found:
            assert control.description.strip(), f"{type(control).__name__} has no label"

    check(player)
    check(summary)
    player.start()
    assert player.choice_buttons
    check(player)
    for button in player.choice_buttons:
        assert button.tooltip and button.layout.height == "auto"
        assert "cg-choice" in button._dom_classes
    play_to_end(player)
    check(player)


def test_lesson_09_self_check_records_completion():
    from commonground.questions import self_check_questions
    from commonground.widgets import self_check

    questions = self_check_questions("09")
    assert len(questions) >= 3
    check = self_check("09_role_play")
    check.answer(*[q.right.text for q in questions])
    check.check_button.click()
    assert check.completed
    assert "09_role_play" in progress.completed()


def test_no_scenarios_or_a_broken_one_gives_messages_not_tracebacks(tmp_path, monkeypatch):
    from commonground.roleplay.loader import SCENARIOS_ENV

    empty = tmp_path / "none"
    empty.mkdir()
    monkeypatch.setenv(SCENARIOS_ENV, str(empty))
    player = roleplay_player()
    assert player.picker.options == () and player.start_button.disabled
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "half_written.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    monkeypatch.setenv(SCENARIOS_ENV, str(broken))
    player = roleplay_player()
    assert "cannot be played" in player.picker.label
    player.start_button.click()
    assert "half_written.yaml" in player.status.value
    assert player.state is None and player.play_box.layout.display == "none"


TYPED = (
    "What do you do for work?",
    "What matters most to you about where you live?",
    "I got involved because my own family needed this, and I could not stand by.",
    "It sounds like we both want the same thing for our neighbours.",
    "Would you come to the meeting on Tuesday at 6pm at the library?",
    "Thank you so much for your time, I will call you on Monday.",
)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("name", names())
def test_random_walks_match_the_engine_and_hold_feedback(name, seed):
    """Buttons and typed lines at random: the widget is a thin view over the engine."""
    rng = random.Random(f"{name}-{seed}")
    player = roleplay_player(name)
    player.mode.value = "at_end"
    player.start_button.click()
    scenario, expected = player.scenario, roleplay.start(player.scenario)
    for _ in range(MAX_TURNS):
        if expected.finished:
            break
        if rng.random() < 0.25:
            line = rng.choice(TYPED)
            expected = roleplay.free_text(scenario, expected, line).state
            player.free_text.value = line
            player.say_button.click()
        else:
            offered = roleplay.choices(scenario, expected)
            index = rng.randrange(len(offered))
            expected = roleplay.choose(scenario, expected, offered[index].id).state
            player.choice_buttons[index].click()
        assert player.state == expected
        if not expected.finished:
            assert "held until the debrief" in player.feedback.value
    assert expected.finished, "a random walk did not end"
    assert f"Debrief: {roleplay.debrief(scenario, expected).score} out of" in player.debrief.value
    assert len(roleplay_history.plays()) == 1
