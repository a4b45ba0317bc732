"""Issue 12, second round: what the role-play engine needs from the reader.

The engine answers an ask by its activity (``ask_phrases(text)["activity"]``); an ask with
none gets "Help with what, exactly?". These tests hold the lines scenario authors found
missed, general variants of each, and lines that must not change. The held-out table
``reader_heldout12c.csv`` has other variants that were never tuned on.
"""

from __future__ import annotations

import pytest

from commonground.reader import read_line
from commonground.reader.ask_phrases import ask_phrases


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # door to door is something you do, not a place
        ("Would you go door to door with us on Saturday?", "go door to door"),
        ("could u go door-to-door on the estate sunday", "go door-to-door"),
        # do + a named thing: the noun phrase is the activity
        ("Would you do the raffle at the summer fair in July?", "the raffle"),
        ("Could you do the Thursday phone bank?", "the Thursday phone bank"),
        ("Could you do our press event?", "our press event"),
        ("Would you do an interview?", "an interview"),
        # "run" is part of the act (the persona echoes "Run the bake sale stall?"); "do" is not
        ("would you run the bake sale stall next week", "run the bake sale stall"),
        # an alternative offered as a noun
        ("How about the raffle at the summer fair in July?", "the raffle"),
        ("how about the press conference Monday at 11", "the press conference"),
        ("what about the reporter on Tuesday", "the reporter"),
        ("Would Tuesday work for the reporter?", "the reporter"),
        # asking them to find someone
        (
            "Is there someone at work who'd come for a fifteen-minute coffee with me?",
            "come for a fifteen-minute coffee",
        ),
        # help + a concrete named thing
        ("Could you help with the homework club on Tuesday?", "help with the homework club"),
        ("Could you help at the homework club?", "help at the homework club"),
        # delegations, officials, the press
        (
            "Would you come with our delegation to meet Commissioner Hale at the County "
            "Building on Friday 7 March at 12:30pm?",
            "come with our delegation to meet Commissioner Hale",
        ),
        ("Would you go to lobby the mayor on Friday?", "go to lobby the mayor"),
        (
            "Would you join pantry families at our press conference?",
            "join pantry families at our press conference",
        ),
        # a third party asked to act
        ("Would the centre host a training?", "host a training"),
        ("Would eight of your teenagers come to the clean-up?", "come to the clean-up"),
        # the next one-on-one is an activity
        ("Can I book you in for another check-in on Tuesday at 6pm?", "another check-in"),
        ("Could we do this again next Tuesday?", "do this again"),
        ("Shall we talk again on Friday?", "talk again"),
        (
            "Can I book another catch-up with you for Tuesday 3 December at 6pm, on this "
            "same video link?",
            "another catch-up",
        ),
        # the request frame's verb wins over another activity word in the line
        (
            "there's a daytime session on tuesday 11 march at 2pm in city hall room 2. could "
            "you speak then? i can drive you",
            "speak",
        ),
        (
            "how about thursday instead? the same committee sits again at 7pm in city hall, "
            "and you'd present the asthma figures",
            "present the asthma figures",
        ),
    ],
)
def test_asks_name_their_activity(text, activity):
    assert read_line(text).kind == "ask"
    assert ask_phrases(text).get("activity") == activity, ask_phrases(text)
    assert "vague" not in read_line(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "Would you help out?",
        "Could you do something for us?",
        "Would you do your bit?",
        "Could you help with the campaign?",
        "Then how about one hour from home on Sunday?",  # time and place, but no activity
        "Would you be willing to do more?",
        "Would you help with the branch newsletter?",  # help with a thing, not an event
    ],
)
def test_vague_asks_still_name_no_activity(text):
    assert read_line(text).kind == "ask"
    assert "activity" not in ask_phrases(text), ask_phrases(text)


def test_the_details_of_a_booked_catch_up():
    got = ask_phrases(
        "Can I book another catch-up with you for Tuesday 3 December at 6pm, on this same "
        "video link?"
    )
    assert got["time"] == "Tuesday 3 December at 6pm"
    assert got["place"] == "on this same video link"
    assert ask_phrases("Would you come at 12:30pm?")["time"] == "at 12:30pm"
    assert ask_phrases("Would you table in July?")["time"] == "in July"


@pytest.mark.parametrize(
    "text",
    [
        "let's talk again next week",  # a follow-up (a close), not an ask
        "can we catch up soon",
        "Would you like canvassing?",
        "Could you tell me more about the homework club?",
        "Would your kids say they like the school?",
        "Is there anyone who would disagree?",
        "is there someone at home who can help you with the kids",
        "Can I book a room at the library?",  # the organizer's own errand
        "Could we do better?",
    ],
)
def test_not_asks(text):
    assert read_line(text).kind != "ask", read_line(text).rules


def test_to_lobby_is_a_verb_not_a_place():
    assert ask_phrases("Could you meet me in the lobby at 5?")["place"] == "in the lobby"
    assert "place" not in ask_phrases("Would you go to lobby the mayor on Friday?")


# ---- signals ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("What would make it hard for you?", "probe_maybe"),
        ("What would make it a yes for you?", "probe_maybe"),
        ("What would it take?", "probe_maybe"),
        ("I'll stay in touch", "follow_up"),
        ("I'll keep in touch", "follow_up"),
        ("we'll stay in touch!", "follow_up"),
        ("But it's so important!", "push"),
        ("we're desperate, please", "push"),
        ("I'm getting desperate here.", "push"),
        ("It really matters though", "push"),
        ("this really matters, please", "push"),
        ("Is that still alright for you?", "confirm_details"),
        ("Does that still suit you?", "confirm_details"),
        (
            "So that's Tuesday at 6 at the library. Is that still alright for you?",
            "confirm_details",
        ),
        ("is it still convenient", "confirm_details"),
    ],
)
def test_signals_fire(text, signal):
    assert signal in read_line(text).signals, read_line(text).rules


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Right. Anyway, what do you think of the PTA committee?", "push"),
        ("right anyway what do you think of the pta committee", "push"),
        ("It really matters to me because my kids go there.", "push"),
        ("This is so important to me.", "push"),
        ("Stay in touch with your union rep.", "follow_up"),
        ("What do you need?", "probe_maybe"),
        ("Is it alright if I ask about your work?", "push"),
    ],
)
def test_signals_do_not_fire(text, signal):
    assert signal not in read_line(text).signals, read_line(text).rules


def test_stay_in_touch_is_a_follow_up_but_the_close_still_asks_when():
    r = read_line("Thanks so much, I'll stay in touch.")
    assert r.kind == "close" and "follow_up" in r.signals
    assert "when and how" in r.suggestion
    assert read_line("Thanks so much, I'll call you Thursday.").suggestion == ""


@pytest.mark.parametrize(
    "text",
    [
        "We've both had our lives run by someone else's rota",
        "we have both lost shifts to the new rota",
        "Both of us grew up on this estate.",
        "we were both new here once",
    ],
)
def test_we_both_is_common_ground(text):
    assert read_line(text).kind == "common_ground", read_line(text).rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("why did it matter so much to you", "open_question"),
        ("how did that feel", "open_question"),
        ("Right. Anyway, what do you think of the PTA committee?", "open_question"),
        ("right anyway what brought you here", "open_question"),
        ("What's missing is the numbers.", "other"),
        ("what we need is more people", "other"),
        ("What's wrong with the council", "open_question"),
        ("what is your favourite part", "open_question"),
    ],
)
def test_questions_without_a_question_mark_and_statements_that_open_like_one(text, expected):
    assert read_line(text).kind == expected, read_line(text).rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("what shift are you on these days", "factual_question"),
        ("what days are you free", "open_question"),
        ("what matters is that we show up", "other"),
        ("what worries me is the rent", "other"),
    ],
)
def test_what_clauses(text, expected):
    assert read_line(text).kind == expected, read_line(text).rules


def test_the_activity_phrase_and_the_vague_signal_agree():
    for text in ["Would you do the raffle?", "Could you help with the food drive?"]:
        r = read_line(text)
        assert "activity" in r.specific_parts and "vague" not in r.signals
        assert "activity" in ask_phrases(text)
    r = read_line("Do you know anyone who'd want to come to the vigil?")
    assert r.kind == "ask" and "activity" in r.specific_parts


def test_one_on_one_survives_the_false_start_rule():
    from commonground.reader.text import normalise

    assert normalise("a one-on-one meeting") == "a one-on-one meeting"
    assert normalise("h-how did that feel") == "how did that feel"
    got = ask_phrases("Can we set up another one-on-one for next week?")
    assert got.get("activity") == "another one-on-one", got


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Is 6pm still good for you?", "confirm_details"),
        ("what do you think would make it easier", "probe_maybe"),
    ],
)
def test_more_signal_variants(text, signal):
    assert signal in read_line(text).signals, read_line(text).rules


def test_a_third_party_can_be_asked_to_play():
    r = read_line("could your band play at the fundraiser")
    assert r.kind == "ask" and ask_phrases("could your band play at the fundraiser")
    assert (
        "Is it still raining?"
        and "confirm_details" not in read_line("Is it still raining?").signals
    )
