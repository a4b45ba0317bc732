"""The reader on voices the typed plays in tests/plays/voices/ brought in: fillers, a
learner's present-tense promise, a question in passing, formal indirect questions, a
place listed after the time.

Each case is a line of the kind a first-sight play misjudged, written afresh here (not
the play's line), with the near miss that must keep its old reading.
"""

from __future__ import annotations

import pytest

from commonground.reader import read_line
from commonground.reader.asks import specificity
from commonground.reader.text import normalise


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("so, like, would you, like, come to the meeting?", "so would you come to the meeting?"),
        ("like, what got you into it?", "what got you into it?"),
        ("I'll, like, ring you on Monday", "i'll ring you on monday"),
        # "like" that means something stays
        ("do you like working there?", "do you like working there?"),
        ("would you like to come along?", "would you like to come along?"),
    ],
)
def test_a_filler_like_between_commas_is_dropped(line, want):
    assert normalise(line) == want


@pytest.mark.parametrize(
    "line",
    [
        "Thanks for the tea. I phone you on Thursday.",
        "Thank you for your time, I send you the details tomorrow.",
        "I see you Saturday, thanks again!",
        "thanks so much, I'll, like, text you on Sunday",
    ],
)
def test_a_promise_in_the_present_tense_is_a_follow_up(line):
    assert "follow_up" in read_line(line).signals


@pytest.mark.parametrize(
    "line",
    [
        "I call my sister every Sunday.",
        "I call you every Friday anyway.",
        "Can I call you next week?",
        "When I send the details tomorrow, what else do you need?",
    ],
)
def test_a_habit_or_a_question_is_no_promise(line):
    assert "follow_up" not in read_line(line).signals


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a story with a question in passing that asks nothing of them
        (
            "My brother left school at sixteen because the course was cut. What else could he "
            "do? I still think about it, and that's why I got involved.",
            "story",
        ),
        (
            "I think we have the same worry? We both want the park kept open for the kids.",
            "common_ground",
        ),
        (
            "We both want the shop fronts full again, and we can't do it on our own, can we?",
            "common_ground",
        ),
        (
            "You know, we both came to this for the same reason, and neither of us can stop now, can we?",
            "common_ground",
        ),
        # a question to them stays a question; a line that opens by asking stays one
        (
            "What was it like for you? I ask because my dad went through the same thing.",
            "open_question",
        ),
        ("Straight to business? I thought we were just chatting.", "closed_question"),
    ],
)
def test_a_question_in_passing_does_not_decide_the_kind(line, kind):
    assert read_line(line).kind == kind


@pytest.mark.parametrize(
    "line",
    [
        "I would be very interested to hear what the parents have told you.",
        "I'm genuinely interested to know how the evenings started.",
    ],
)
def test_a_formal_indirect_question_is_an_open_question(line):
    assert read_line(line).kind == "open_question"


@pytest.mark.parametrize(
    ("line", "push"),
    [
        ("The trouble started when the lorries come on our road every morning.", False),
        ("the buses come on time now and then", False),
        ("Oh come on, it's only one evening.", True),
        ("come on, you'd be great at it", True),
    ],
)
def test_come_on_presses_only_as_an_interjection(line, push):
    assert ("push" in read_line(line).signals) is push


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Could you speak on Monday 3 May at 11am, Town Hall room 4?", True),
        ("Would you help at the stall on Friday at 5, market square?", True),
        # no time, no listed place: a list of other things is not a place
        ("Could you help with the flyers, the hall?", False),
        ("Would you help out on Saturday at 10, great?", False),
    ],
)
def test_a_place_listed_after_the_time_is_named(line, place):
    assert ("place" in specificity(line)) is place
