"""Reader rules for lines volunteers type in the role-play: checks with no question mark,
"you shouldn't have to ..." as common ground, and day names cut short ("weds", "tues")."""

from __future__ import annotations

import pytest

from commonground.reader import read_line
from commonground.reader.text import normalise


@pytest.mark.parametrize(
    "text",
    [
        "sixteen hours and you're more worried about the patients than yourself, is that right",
        "So the line has doubled and the rice ran out. Is that right",
        "so the line doubled and the rice ran out, have i got that right",
        "so you're carrying it all on your own, did I get that right?",
    ],
)
def test_a_reflection_that_checks_is_a_question_not_a_lead(text):
    assert read_line(text).kind == "closed_question"


@pytest.mark.parametrize(
    "text",
    ["the hospital is being unfair, right?", "The board is being unfair to students right"],
)
def test_a_tag_asking_for_agreement_is_still_leading(text):
    assert read_line(text).kind == "leading_question"


@pytest.mark.parametrize(
    "text",
    [
        "We both feel the same: you shouldn't have to choose between a class and getting home safe.",
        "Sounds like we're on the same page, neither of us thinks you should need a taxi to "
        "finish a course, and we both want the last bus back.",
    ],
)
def test_how_things_ought_to_be_for_anyone_is_not_advice(text):
    assert read_line(text).kind == "common_ground"


@pytest.mark.parametrize(
    "text",
    [
        "You should call the transit board.",
        "You shouldn't take the bus at night.",
        "you should have a word with your manager",
    ],
)
def test_telling_them_what_to_do_is_still_advice(text):
    assert read_line(text).kind == "advice"


@pytest.mark.parametrize(
    ("short", "day"),
    [("weds", "wednesday"), ("tues", "tuesday"), ("thurs", "thursday"), ("fri", "friday")],
)
def test_day_names_cut_short_are_read_as_days(short, day):
    assert normalise(f"see you {short} at 6") == f"see you {day} at 6"


def test_a_confirmation_with_a_short_day_confirms_the_details():
    reading = read_line("great so weds 3rd 6pm main street, I'll meet you all at the door")
    assert "confirm_details" in reading.signals


def test_saying_what_the_campaign_needs_is_not_a_push():
    line = "The council votes on 12 March, and we need people who know how to teach reading."
    assert "push" not in read_line(line).signals
    assert "push" in read_line("We really need people, though.").signals


def test_details_after_a_colon_confirm_them():
    line = "Brilliant: Tuesday 4 March, 3.30 to 5, Eastside library, and I'll meet you at the desk."
    assert "confirm_details" in read_line(line).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "thanks for seeing me imam, how long have you been running the pantry here",
            "factual_question",
        ),
        ("I hear you, what do you think we should do", "open_question"),
        ("Thanks for coming, how lovely to see you", "close"),
        (
            "you asked about the reading specialist at the forum, what made you ask that",
            "open_question",
        ),
        ("it was raining, what made that worse was the wind", "other"),
    ],
)
def test_a_question_after_a_comma_needs_no_question_mark(text, kind):
    assert read_line(text).kind == kind
