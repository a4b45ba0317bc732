"""Two hearings left open by session 10, fixed in general (session 11).

A plain question of fact that shares words with a listed mistake which opens with a
demand ("So I need your October numbers. How many people did you reach...?") is the
question, not the demand; the demand said is still the mistake. A question that says it
moves on ("So anyway, what do you think of the PTA?") from what they just said, building
on none of it, is not strong, wherever it is heard; one that goes back to what they said
is.
"""

from __future__ import annotations

import pytest
from roleplay_nodes import _states, nodes_where, responds_to, scenario

from commonground import roleplay
from commonground.roleplay.line_checks import MOVED_ON


def _at(name, node_id, line):
    return roleplay.free_text(scenario(name), _states(name)[node_id], line)


@pytest.mark.parametrize(
    "line",
    [
        "How much people you reach in October?",
        "how many ppl u reach in oct",
        "how many people you reach",
        "how much people you talk to in october",
        "How many people did you reach?",
    ],
)
def test_a_plain_question_of_fact_is_the_question_not_the_task_list(line):
    turn = _at("longtime_volunteer", "hello", line)
    assert (turn.choice_id, turn.quality) == ("ask_building_news", "strong"), turn.feedback


@pytest.mark.parametrize(
    "line",
    [
        "I need your numbers. How many people did you reach?",
        "Give me your October numbers: how many people did you reach?",
        "how many people did you reach and which floors are left",
        "i need ur october numbers asap",
    ],
)
def test_the_demand_said_is_still_the_task_list(line):
    turn = _at("longtime_volunteer", "hello", line)
    assert (turn.choice_id, turn.quality) == ("task_list", "harmful"), turn.feedback


@pytest.mark.parametrize(
    "line",
    [
        "So anyway, what do you think of the PTA?",
        "anyway whats the PTA like these days",
        "Right, next on my list: what do you think of the school?",
    ],
)
def test_moving_on_from_what_she_just_said_is_not_strong(line):
    turn = _at("pta_parent", "she_opens", line)
    assert turn.quality != "strong"
    if turn.routed == "typed":
        assert MOVED_ON in turn.feedback


@pytest.mark.parametrize(
    "line",
    [
        "So anyway, how is your son's asthma now?",
        "anyway, what's that like for you, watching him with the inhaler?",
        "What is that like for you, watching it happen?",
    ],
)
def test_a_question_that_goes_back_to_what_she_said_stays_strong(line):
    turn = _at("pta_parent", "she_opens", line)
    assert turn.quality == "strong" and MOVED_ON not in turn.feedback, turn.feedback


OPEN = nodes_where(
    lambda sc, node, state: any(
        c.step == "open_questions" and c.quality == "strong" for c in node.choices
    )
)


def test_an_anyway_question_about_nothing_they_said_is_never_strong():
    tried = 0
    for sc, node, state in OPEN:
        turn = roleplay.free_text(
            sc, state, "So anyway, what do you think about the weather lately?"
        )
        tried += 1
        assert turn.quality != "strong", (sc.id, node.id, turn.choice_id, turn.feedback[:120])
    assert tried >= 9


# ---- "so you're in then?" after a yes, and after a maybe ---------------------------------

AFTER_YES = nodes_where(responds_to("yes"))
AFTER_MAYBE = nodes_where(responds_to("maybe"))


@pytest.mark.parametrize(
    "line", ["ok cool so ur in then?", "so that's a yes?", "great, you're on board then?"]
)
def test_checking_they_are_in_after_a_yes_confirms_no_details(line):
    assert len({sc.id for sc, _, _ in AFTER_YES}) == 9
    for sc, node, state in AFTER_YES:
        turn = roleplay.free_text(sc, state, line)
        assert turn.quality != "strong", (sc.id, node.id, turn.feedback[:120])
        assert "the details" in turn.feedback  # what the reply to a yes needs


def test_the_details_said_back_with_the_check_is_still_the_reply_to_a_yes():
    checked = 0
    for sc, node, state in AFTER_YES:
        for choice in node.choices:
            if choice.step == "respond_yes" and choice.quality == "strong":
                turn = roleplay.free_text(sc, state, f"{choice.text} So you're in then?")
                assert turn.quality == "strong", (sc.id, node.id, turn.feedback[:120])
                checked += 1
    assert checked >= 9


def test_checking_they_are_in_after_a_maybe_takes_it_as_a_yes():
    for sc, node, state in AFTER_MAYBE:
        turn = roleplay.free_text(sc, state, "ok cool so ur in then?")
        assert turn.routed == "maybe_as_yes" and turn.quality != "strong", (sc.id, node.id)
