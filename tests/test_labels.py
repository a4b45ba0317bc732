"""The one table of labels: every id a person could see has words, from one module."""

from __future__ import annotations

import pytest

from commonground import journal, labels, method, roleplay_history
from commonground.planners import questions
from commonground.questions import judging
from commonground.reader import verdict
from commonground.roleplay import list_scenarios
from commonground.workshop import cards


def test_every_shipped_scenario_has_a_label_naming_who_they_are():
    for info in list_scenarios():
        words = labels.scenario_label(info.name, info.title)
        assert words == labels.SCENARIOS[info.name], info.name
        first_name = info.title.split(",")[0].split()[-1]
        assert words.endswith(first_name), (words, info.title)
    assert labels.scenario_label("faith_leader") == "Faith leader, Imam Yusuf"
    assert labels.scenario_label("new_one", "Ada, the new one") == "Ada, the new one"
    assert labels.scenario_label("new_one") == "New one"


def test_method_elements_and_parts_are_worded_by_their_titles():
    m = method.load()
    for element in m.elements:
        assert labels.label(element.id, "element") == element.title
    assert labels.label("date_time_place", "element") == "Agree a date, a time and a place"
    assert labels.label("follow_up", "part") == "Following up"
    assert {e.id for e in m.elements} <= labels.all_ids()


@pytest.mark.parametrize(
    ("value", "kind", "words"),
    [
        ("next_one_on_one", "ask_type", "Another 1:1"),
        ("get_to_know", "purpose", "Get to know them"),
        ("get_to_know", None, "Get to know them"),
        ("prep_plan", "journal_kind", "Prep plans"),
        ("no_timing", "play_answer", "no (timing)"),
        ("showed_up", "field", "showed up"),
        ("vague", "severity", "could be stronger"),
        (True, None, "yes"),
        ("false", None, "no"),
        (None, None, ""),
        ("write_letters", "ask_type", "Write letters"),
    ],
)
def test_label_words_each_kind_of_id(value, kind, words):
    assert labels.label(value, kind) == words


def test_in_words_replaces_whole_ids_only():
    text = "overlaps with check_in, deepen_relationship; check_in_late stays"
    assert labels.in_words(text, ["check_in", "deepen_relationship"], "purpose") == (
        "overlaps with Check in, Deepen the relationship; check_in_late stays"
    )


def test_the_other_modules_use_the_one_table():
    assert journal.KIND_TITLES is labels.JOURNAL_KINDS
    assert roleplay_history.ANSWER_WORDS is labels.PLAY_ANSWERS
    assert cards.PURPOSE_WORDS is labels.PURPOSE_PHRASES
    assert cards.SETTING_WORDS is labels.SETTING_PHRASES
    assert judging.KIND_NAMES is labels.LINE_KINDS
    assert questions.KIND_NAMES is labels.QUESTION_KINDS
    assert verdict.KIND_DESCRIPTIONS is labels.LINE_KIND_DESCRIPTIONS
    assert verdict.SIGNAL_DESCRIPTIONS is labels.SIGNALS
    assert set(labels.PURPOSES) == set(method.load().purpose_ids())


def test_coach_explains_in_words_not_signal_ids(capsys):
    from commonground import cli

    assert cli.main(["coach", "Do you like canvassing?"]) == 0
    out = capsys.readouterr().out
    assert "-> turns the conversation to them" in out and "turns_to_them" not in out
