"""Typed lines are credited only for what their own words did, at every node that matters.

Each rule is tried at every matching node of all nine scenarios (``roleplay_nodes``), with
its near miss: an open question at the opening is told it was an open question; a
question about the arrangements after a yes is a (weak) reply to it; a campaign line that
says what but not why is not credited; a line about something else that shares a word with
a move is not that move; a question about their night is not a push; the persona's reply
to an ask names what was asked.
"""

from __future__ import annotations

import pytest
from roleplay_nodes import nodes_where, responds_to

from commonground import roleplay
from commonground.planners.story import tells_a_story
from commonground.reader import read_line
from commonground.roleplay.engine import node_step
from commonground.roleplay.hearing import takes_asks

OPENING = nodes_where(
    lambda sc, node, state: node_step(node) == "factual_questions" and not state.steps
)
AFTER_YES = nodes_where(responds_to("yes"))
AFTER_NO = nodes_where(responds_to("no"))
CAMPAIGN = nodes_where(
    lambda sc, node, state: any(
        c.step == "campaign_work" and c.quality == "strong" for c in node.choices
    )
)
ASKS = nodes_where(lambda sc, node, state: takes_asks(node))
EVERY = nodes_where(lambda sc, node, state: bool(node.choices))


def _said(sc, state, line):
    return roleplay.free_text(sc, state, line)


def test_the_node_sets_cover_every_scenario():
    for found in (OPENING, AFTER_YES, AFTER_NO, CAMPAIGN, ASKS):
        assert len({sc.id for sc, _, _ in found}) == 9


# ---- an open question at the opening ------------------------------------------------


@pytest.mark.parametrize(
    "line", ["What has it been like for you lately?", "So how do you find it all these days?"]
)
def test_an_open_question_at_the_opening_is_told_what_it_was(line):
    heard = 0
    for sc, node, state in OPENING:
        turn = _said(sc, state, line)
        if turn.routed != "typed":
            continue
        heard += 1
        where = (sc.id, node.id, turn.choice_id, turn.feedback)
        assert turn.step == "factual_questions" and turn.quality == "weak", where
        assert "open question" in turn.feedback, where
        assert "Your words did this step: open with factual" not in turn.feedback, where
    # The rule is exercised, not skipped by every scenario. Two (small_business_owner,
    # student) hear it; two more did while their openers "When did the centre start
    # running the food pantry?" and "When was it the boiler finally got repaired?" were
    # misread as open questions (session 11 reads them as the facts they ask).
    assert heard >= 2


def test_a_question_of_fact_at_the_opening_is_still_credited():
    for sc, node, state in OPENING:
        for choice in node.choices:
            if choice.step != "factual_questions" or choice.quality != "strong":
                continue
            turn = _said(sc, state, f"Hello! {choice.text}")
            where = (sc.id, node.id, choice.id, turn.feedback)
            assert turn.quality == "strong" and "open question" not in turn.feedback, where


# ---- after a yes: a question about the arrangements ----------------------------------


@pytest.mark.parametrize("line", ["Where should we meet?", "Great! What time should I come?"])
def test_a_question_about_the_details_after_a_yes_is_a_weak_reply(line):
    for sc, node, state in AFTER_YES:
        turn = _said(sc, state, line)
        where = (sc.id, node.id, turn.routed, turn.choice_id, turn.feedback)
        assert turn.routed == "typed" and turn.step == "respond_yes", where
        assert turn.quality == "weak", where
        assert not turn.state.steps[-1].credited, where


def test_details_confirmed_after_a_yes_are_still_the_strong_reply():
    line = "Brilliant, so that's agreed. I'll text you the time and the address tonight."
    for sc, node, state in AFTER_YES:
        turn = _said(sc, state, line)
        where = (sc.id, node.id, turn.routed, turn.choice_id, turn.feedback)
        assert turn.step == "respond_yes" and turn.quality == "strong", where


def test_a_detail_question_is_no_reply_where_nobody_said_yes():
    for sc, node, state in AFTER_NO:
        turn = _said(sc, state, "Where should we meet?")
        assert turn.step != "respond_yes", (sc.id, node.id, turn.choice_id)


# ---- the campaign: what, and why ------------------------------------------------------

#: What each campaign does, in eight words or more, and nothing of why.
WHAT_ONLY = {
    "faith_leader": "We want free breakfast in every public school and summer meals in the parks.",
    "longtime_volunteer": "We're knocking on doors across all four buildings, talking to tenants.",
    "night_shift_nurse": "We want shift schedules posted well in advance for every worker around.",
    "over_committed": "We're trying to get Dolores Vega elected to the school board in District 3.",
    "pta_parent": "We're putting our own air sensors outside the school gate with other parents.",
    "retired_teacher": "We're running a homework club at the Eastside branch on weekday afternoons.",
    "sceptical_neighbour": "We want the city to put the storm-drain upgrade for Canal Street in.",
    "small_business_owner": "We want a working lift at the station and level kerbs along Station Road.",
    "student": "We want the 14 bus running late again and a cheaper student pass.",
}
#: The near miss: the same line with a why (the decision it works towards, a reason).
WHY = " The vote is next month, so we're talking to everyone who is affected now."


def test_a_campaign_line_that_says_what_but_not_why_is_not_credited():
    for sc, node, state in CAMPAIGN:
        turn = _said(sc, state, WHAT_ONLY[sc.id])
        where = (sc.id, node.id, turn.routed, turn.choice_id, turn.feedback)
        assert turn.quality != "strong", where
        if turn.routed == "typed" and turn.step == "campaign_work":
            assert not turn.state.steps[-1].credited, where


def test_the_same_campaign_line_with_a_why_is_credited():
    for sc, node, state in CAMPAIGN:
        turn = _said(sc, state, WHAT_ONLY[sc.id] + WHY)
        where = (sc.id, node.id, turn.routed, turn.choice_id, turn.feedback)
        assert turn.step == "campaign_work" and turn.quality == "strong", where


# ---- a line about something else ------------------------------------------------------

OFF_TOPIC = (
    "My cat likes to sleep on the radiator all day.",
    "My car broke down again on the motorway.",
    "I had a cheese sandwich for lunch today.",
    "Honestly the traffic on the ring road was a nightmare.",
)


@pytest.mark.parametrize("line", OFF_TOPIC)
def test_a_line_about_something_else_is_never_credited_blamed_or_an_ending(line):
    for sc, node, state in EVERY:
        turn = _said(sc, state, line)
        if turn.routed != "typed" or not turn.choice_id:
            continue
        _node, choice = sc.choice(turn.choice_id)
        where = (sc.id, node.id, turn.choice_id, turn.quality)
        ends = choice.next and not sc.node(choice.next).choices
        assert choice.quality == "weak" and not ends, where


def test_a_reworded_strong_move_is_still_heard_as_itself():
    # The near miss: a line that shares the move's words (its first example, with a
    # filler in front) is heard as that move wherever it is listed.
    checked = 0
    for sc, node, state in EVERY:
        for choice in node.choices:
            if choice.quality != "strong" or choice.ask or not choice.examples:
                continue
            turn = _said(sc, state, f"Well, {choice.examples[0]}")
            checked += 1
            assert turn.choice_id == choice.id, (sc.id, node.id, choice.id, turn.choice_id)
    assert checked > 100


# ---- a question about their night is not a push --------------------------------------


def test_a_question_about_their_night_is_neither_a_push_nor_an_ask():
    reading = read_line("could you not sleep after the night shift?")
    assert reading.kind != "ask" and "push" not in reading.signals
    checked = 0
    for sc, node, state in EVERY:
        if state.asks:
            continue  # after "I'll be asleep", questioning their sleep may well press
        checked += 1
        turn = _said(sc, state, "could you not sleep after the night shift?")
        assert turn.quality != "harmful" and turn.routed != "too_soon", (sc.id, node.id)
    assert checked > 50


def test_pressing_them_to_sleep_after_is_still_a_push_after_a_no():
    assert "push" in read_line("Couldn't you sleep after, just this once?").signals
    for sc, node, state in AFTER_NO:
        turn = _said(sc, state, "Couldn't you just sleep after, this once?")
        assert turn.quality == "harmful", (sc.id, node.id, turn.choice_id)


# ---- the persona names what was asked -------------------------------------------------


def test_the_reply_to_an_ask_names_what_was_asked():
    # It names the phone bank, or it is the prepared reply to the phone-bank ask it was
    # heard as; never the reply written for another ask ("Whenever I get a chance?").
    for sc, node, state in ASKS:
        turn = _said(sc, state, "Could you help with the phone bank?")
        if turn.routed != "typed":
            continue
        said = turn.reply.lower()
        if "phone" in said or "calls" in said:
            continue
        choice = sc.choice(turn.choice_id)[1]
        ask = sc.campaign.ask(choice.ask)
        assert "phone" in ask.text.lower() or "calls" in ask.text.lower(), (sc.id, node.id)
        assert turn.reply == roleplay.choose(sc, state, choice.id).reply, (sc.id, node.id)


def test_an_ask_answered_as_prepared_keeps_the_prepared_reply():
    for sc, node, state in ASKS:
        for choice in node.choices:
            if not choice.ask:
                continue
            clicked = roleplay.choose(sc, state, choice.id)
            typed = _said(sc, state, f"So, {choice.text}")
            if typed.answer and typed.answer.answer == clicked.answer.answer:
                assert typed.reply == clicked.reply, (sc.id, node.id, choice.id)


# ---- the reader's and the story's part ------------------------------------------------


def test_a_reflection_with_a_contrast_is_listening_not_a_confirmation():
    line = "So it's not the drains you gave up on. It's people who don't come back."
    signals = read_line(line).signals
    assert "confirm_details" not in signals and "acknowledges" in signals
    assert "confirm_details" in read_line("So it's Tuesday at 6 at the hall, then.").signals


def test_why_i_still_do_this_tells_a_story():
    assert tells_a_story("Why I still do this: my mum's landlord ignored her for a year.")
    assert not tells_a_story("Why still do this? The landlord ignores everyone.")


# ---- a vague ask before any ask (lead, session 7) ------------------------------------------
BEFORE_ASKS = nodes_where(
    lambda sc, node, state: (
        node_step(node)
        in {
            "factual_questions",
            "your_story",
            "open_questions",
            "listening",
            "common_ground",
            "campaign_work",
        }
        and not takes_asks(node)
    )
)


@pytest.mark.parametrize(
    "line", ["Would you like to be more involved with us?", "would you want to be involved"]
)
def test_a_vague_ask_before_any_ask_is_heard_as_an_ask_and_not_credited(line):
    assert len({sc.id for sc, _, _ in BEFORE_ASKS}) == 9
    for sc, node, state in BEFORE_ASKS:
        turn = _said(sc, state, line)
        assert (turn.step, turn.quality) == ("ask", "weak"), (sc.id, node.id, turn.choice_id)


def test_a_question_about_their_involvement_is_not_an_ask():
    for line in ("Were you involved in the strike?", "Do you like to be involved in things?"):
        assert read_line(line).kind == "closed_question"


# ---- a polite or small-talk question at the opening (lead, session 7) ---------------------
@pytest.mark.parametrize(
    "line",
    [
        "Hi, do you have time for a quick chat?",
        "Is now a good time?",
        "Did you watch the football last night?",
    ],
)
def test_a_question_not_about_their_life_is_neither_credited_nor_blamed_at_the_opening(line):
    for sc, node, state in OPENING:
        turn = _said(sc, state, line)
        assert turn.quality not in ("strong", "harmful"), (sc.id, node.id, turn.choice_id)


def test_an_early_ask_with_an_activity_is_still_heard_as_asking_too_soon():
    harmful_asks = [
        (sc, node, state, c)
        for sc, node, state in OPENING
        for c in node.choices
        if c.kind == "ask" and c.quality == "harmful"
    ]
    assert harmful_asks
    for sc, _node, state, choice in harmful_asks:
        turn = _said(sc, state, f"Hi! {choice.text}")
        assert turn.choice_id == choice.id and turn.quality == "harmful", (sc.id, choice.id)
