"""The coach tells a question wrapped in praise to drop the praise (our advice), as the
role-play does, and leaves praise of a thing, and plain questions, alone."""

import pytest

from commonground.reader import read_line
from commonground.reader.praise import praises


@pytest.mark.parametrize(
    "line",
    [
        "You're amazing, how do you do it all?",
        "you're so great, what keeps you going?",
        "I really admire you. How did you start?",
        "You are a legend. What got you into this?",
    ],
)
def test_a_question_wrapped_in_praise_is_told_to_drop_it(line):
    reading = read_line(line)
    assert praises(line)
    assert reading.kind == "open_question"
    assert reading.suggestion.startswith("Our advice: leave the praise out")


@pytest.mark.parametrize(
    "line",
    [
        "That's amazing, what happened next?",  # praise of a thing they did
        "What keeps you going?",
    ],
)
def test_praise_of_a_thing_and_a_plain_question_get_no_praise_advice(line):
    assert not praises(line)
    assert "praise" not in read_line(line).suggestion


def test_praise_alone_is_not_a_question_and_is_left_to_its_kind():
    assert praises("You're amazing.")
    assert "leave the praise out" not in read_line("You're amazing.").suggestion
