"""Hearing by what a line does, not only by the words it shares with a choice.

Found by playing new typed plays through five shipped scenarios: an open question heard
as a yes-or-no one because both said "the pantry these days"; "Fair enough, no worries"
heard as the probe that starts "Fair enough."; a short story heard as the résumé choice; a
bare "yeah, same" not understood; a close with thanks and a dated follow-up heard as the
thanks-only one. Each test fails if the rule that fixed it is taken out.
"""

from __future__ import annotations

import pytest

from commonground import roleplay
from commonground.reader import read_line
from commonground.reader.ask_phrases import ask_phrases
from commonground.reader.asks import specificity

MINE = ["faith_leader", "longtime_volunteer", "night_shift_nurse", "over_committed", "pta_parent"]
SCENARIOS = {name: roleplay.load_scenario(name) for name in MINE}

#: Clicks to each scenario's story node, its "listened" node and its "said_maybe" node.
TO_STORY = {
    "faith_leader": ["ask_years"],
    "longtime_volunteer": ["ask_building_news"],
    "night_shift_nurse": ["thank_and_time"],
    "over_committed": ["ask_years_steward"],
    "pta_parent": ["ask_pharmacy_years"],
}
TO_LISTENED = {
    "faith_leader": ["ask_years", "share_story", "ask_pantry_seen", "reflect_line"],
    "longtime_volunteer": [
        "ask_building_news",
        "share_update_story",
        "ask_how_feels",
        "reflect_alone",
    ],
    "night_shift_nurse": ["thank_and_time", "share_story", "ask_unit_changes", "reflect_patients"],
    "over_committed": ["ask_years_steward", "share_story", "ask_week", "reflect_week"],
    "pta_parent": ["ask_pharmacy_years", "share_story", "ask_what_like", "reflect_fairness"],
}


def click(name, ids):
    scenario = SCENARIOS[name]
    state = roleplay.start(scenario)
    for choice_id in ids:
        state = roleplay.choose(scenario, state, choice_id).state
    return state


def say(name, state, text):
    return roleplay.free_text(SCENARIOS[name], state, text)


TO_MAYBE = {
    "faith_leader": [*TO_LISTENED["faith_leader"][:3], "follow_up_youth", "name_common_ground"]
    + ["explain_tied", "ask_clergy_breakfast"],
    "night_shift_nurse": ["thank_and_time", "share_story", "ask_what_enjoy", "follow_up_mentoring"]
    + ["name_common_ground", "explain_tied", "ask_calls_vague"],
    "pta_parent": [*TO_LISTENED["pta_parent"], "name_common_ground", "explain_tied"]
    + ["ask_more_involved"],
    "over_committed": [*TO_LISTENED["over_committed"], "name_common_ground", "update_tied"]
    + ["ask_coffee_marcus"],
}


def at_maybe(name):
    state = click(name, TO_MAYBE[name])
    assert state.node == "said_maybe"
    return state


def test_an_open_question_is_not_heard_as_the_yes_or_no_one_sharing_its_words():
    state = click("faith_leader", ["ask_years", "share_story"])
    turn = say("faith_leader", state, "What do you notice at the pantry on Saturdays these days?")
    assert turn.choice_id == "ask_pantry_seen" and turn.quality == "strong"


@pytest.mark.parametrize(
    "name", ["faith_leader", "night_shift_nurse", "pta_parent", "over_committed"]
)
def test_an_acceptance_of_a_maybe_is_not_heard_as_the_probe(name):
    state = at_maybe(name)
    turn = say(name, state, "Fair enough, no worries.")
    assert turn.choice_id != "probe_maybe"
    assert turn.state.node != "maybe_reason"  # the persona is not answering an unasked question


@pytest.mark.parametrize("name", MINE)
def test_a_story_of_ones_own_is_not_heard_as_a_resume(name):
    state = click(name, TO_STORY[name])
    turn = say(
        name,
        state,
        "I'm a nurse, and when my ward lost two nurses to burnout I started organising.",
    )
    assert "resume" not in turn.choice_id


@pytest.mark.parametrize("name", MINE)
def test_a_list_of_roles_is_heard_as_the_resume_and_not_credited(name):
    state = click(name, TO_STORY[name])
    turn = say(name, state, "Well I run a small business and sit on the chamber of commerce board.")
    assert "resume" in turn.choice_id and turn.quality == "weak"
    assert turn.state.steps[-1].credited is False


@pytest.mark.parametrize("name", MINE)
def test_a_bare_agreement_is_heard_as_agreeing_only(name):
    state = click(name, TO_LISTENED[name])
    turn = say(name, state, "Yeah, same.")
    assert turn.routed == "typed" and turn.step == "common_ground"
    assert turn.quality == "weak" and turn.state.steps[-1].credited is False


def test_a_probe_of_a_no_naming_the_day_and_the_other_side_in_any_words():
    state = click("pta_parent", [*TO_LISTENED["pta_parent"], "name_common_ground", "explain_tied"])
    state = roleplay.choose(SCENARIOS["pta_parent"], state, "ask_raffle").state
    assert state.node == "no_activity_said"
    turn = say("pta_parent", state, "ok. is it the saturday or the cash side of things")
    assert turn.choice_id == "probe_no_activity" and turn.quality == "strong"
    assert turn.state.steps[-1].credited


def test_a_vague_ask_near_an_authored_vague_one_is_told_it_names_no_activity():
    state = click("pta_parent", [*TO_LISTENED["pta_parent"], "name_common_ground", "explain_tied"])
    turn = say("pta_parent", state, "Would you want to get more involved?")
    assert turn.answer is not None and not turn.answer.specific
    assert "activity" in turn.answer.explanation


def test_at_yours_is_a_place_and_an_activity_constraint_reads_an_activity():
    assert "place" in specificity(
        "Could you have three nurses round for coffee at yours on Wednesday at 3?"
    )
    state = click("pta_parent", [*TO_LISTENED["pta_parent"], "name_common_ground", "explain_tied"])
    turn = roleplay.choose(SCENARIOS["pta_parent"], state, "ask_raffle")
    assert "runs into an activity constraint" in turn.feedback


def test_credentials_is_read_only_without_a_moment():
    assert (
        "credentials" in read_line("I'm a GP, I've done an MBA and I'm a school governor.").signals
    )
    assert (
        "credentials"
        not in read_line(
            "I'm a GP, and when my patients started coming in with damp coughs I joined."
        ).signals
    )


def test_an_ask_is_not_praised_for_a_fit_the_learner_never_found():
    # On the pantry path he never mentions the clergy on his street: the breakfast ask's
    # authored praise ("built on what he already does") would praise what was not learned.
    state = click("faith_leader", TO_MAYBE["faith_leader"][:-1])
    assert "brings_clergy_together" not in state.facts
    for turn in (
        roleplay.choose(SCENARIOS["faith_leader"], state, "ask_clergy_breakfast"),
        say(
            "faith_leader",
            state,
            "Would you host a breakfast for the faith leaders on the street in your hall, "
            "Tuesday 4 March at 8am, to write a joint letter to the county board?",
        ),
    ):
        assert turn.answer.answer == "maybe" and not turn.answer.fit
        assert turn.quality == "weak" and "already does" not in turn.feedback


def test_thanks_and_a_dated_follow_up_are_the_full_close_not_the_thanks_only_one():
    state = click("faith_leader", [*TO_MAYBE["faith_leader"][:-1], "ask_youth_hearing"])
    state = roleplay.choose(SCENARIOS["faith_leader"], state, "confirm_youth").state
    assert state.node == "closing_yes"
    turn = say(
        "faith_leader", state, "Cheers for this, really appreciate it. I'll drop you a text Friday."
    )
    assert turn.choice_id == "close_yes_full" and turn.quality == "strong"


@pytest.mark.parametrize(
    ("line", "activity"),
    [
        ("Could you help us count the lorries on Thursday at 8am?", "count the lorries"),
        ("would you help me measure the air on friday", "measure the air"),
    ],
)
def test_help_with_a_concrete_verb_names_that_activity(line, activity):
    assert specificity(line)[0] == "activity"
    assert ask_phrases(line)["activity"] == activity


@pytest.mark.parametrize("line", ["Will you help us fight the route?", "Could you help us out?"])
def test_help_with_an_aim_or_nothing_is_still_vague(line):
    assert "activity" not in ask_phrases(line)


def test_an_ask_nobody_authored_fits_what_was_discovered_in_its_own_words():
    path = ["ask_pharmacy_years", "share_story", "ask_treasurer_why", "follow_up_prescriptions"]
    state = click("pta_parent", [*path, "name_common_ground", "explain_tied"])
    assert "numbers_person" in state.facts
    turn = say(
        "pta_parent",
        state,
        "Could you help us measure the air by the school gate with a hand-held monitor "
        "on Thursday at 8am?",
    )
    assert turn.heard.how == "own_ask" and turn.answer.fit
    assert turn.answer.answer == "yes" and "Measure the air" in turn.reply
