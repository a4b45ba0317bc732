"""Suggestions in the method's terms, and the closed / leading rewrites the lessons use."""

from __future__ import annotations

import pytest

from commonground.reader import read_line, rewrite_closed, rewrite_leading
from commonground.reader.suggest import ask_hint


@pytest.mark.parametrize(
    ("closed", "opened"),
    [
        ("Do you like volunteering?", "What do you like about volunteering?"),
        (
            "Are you interested in the school board race?",
            "What interests you about the school board race?",
        ),
        ("Did you enjoy the rally?", "What did you enjoy about the rally?"),
        ("Do you care about climate change?", "What about climate change matters to you?"),
        ("Are you worried about the layoffs?", "How do you feel about the layoffs?"),
        ("Is housing important to you?", "What makes housing important to you?"),
        ("Have you ever organized before?", "Tell me about a time you've organized before."),
        (
            "Do you think the board will listen?",
            "What's your take on whether the board will listen?",
        ),
        ("Is it hard to find childcare?", "What makes it hard to find childcare?"),
    ],
)
def test_rewrite_closed_common_patterns(closed, opened):
    assert rewrite_closed(closed) == opened
    assert read_line(opened).kind == "open_question"


def test_rewrite_closed_falls_back_to_an_open_invitation():
    out = rewrite_closed("Is the bus on time?")
    assert read_line(out).kind == "open_question"


@pytest.mark.parametrize(
    ("leading", "fixed"),
    [
        (
            "Don't you think the rent is too high?",
            "What's your take on whether the rent is too high?",
        ),
        (
            "Wouldn't you agree that we need a union?",
            "What's your take on whether we need a union?",
        ),
        ("The board ignored us, right?", "What's your take on whether the board ignored us?"),
    ],
)
def test_rewrite_leading_removes_the_push(leading, fixed):
    assert rewrite_leading(leading) == fixed
    assert read_line(fixed).kind == "open_question"


def test_closed_question_suggests_its_open_rewrite():
    r = read_line("Do you like volunteering?")
    assert "What do you like about volunteering?" in r.suggestion


def test_leading_question_suggestion_takes_out_the_push():
    r = read_line("Don't you think the rent is too high?")
    assert "push" in r.suggestion and "rent is too high" in r.suggestion


def test_advice_suggestion_turns_it_into_a_question_about_them():
    r = read_line("You should call the inspector.")
    assert "connection" in r.suggestion and "?" in r.suggestion


def test_factual_opener_is_fine_then_pivot():
    r = read_line("What do you do for a living?")
    assert r.suggestion.startswith("Fine as an opener") and "pivot" in r.suggestion


def test_story_without_a_why_is_asked_for_one():
    assert "why it matters" in read_line("I grew up on this block.").suggestion
    assert "pivot" in read_line("I joined because my rent doubled.").suggestion


def test_ask_suggestion_names_the_missing_parts():
    r = read_line("Would you host a house meeting?")
    assert "day and time" in r.suggestion and "place" in r.suggestion
    assert "activity" not in r.suggestion
    vague = read_line("Would you help out?")
    assert "concrete activity" in vague.suggestion


def test_a_complete_ask_has_nothing_to_add():
    r = read_line("Would you host a house meeting at your place on Thursday at 7pm?")
    assert r.specific_parts == ("activity", "time", "place")
    assert r.suggestion == ""


def test_a_money_ask_needs_an_amount_not_a_time_or_place():
    assert "amount" in read_line("Could you donate to the strike fund?").suggestion
    assert read_line("Could you donate $20 to the strike fund?").suggestion == ""


def test_open_question_and_common_ground_need_nothing():
    assert read_line("What excites you about this campaign?").suggestion == ""
    assert read_line("We both want a better school.").suggestion == ""


def test_other_points_to_a_1on1_move():
    assert "open question" in read_line("The meeting is in May.").suggestion


def test_ask_hint_joins_parts_readably():
    assert ask_hint(("time", "place")) == (
        "Make the ask specific: add a day and time ('this Saturday at 10am') and a place "
        "('at the library', 'on Zoom')."
    )
    assert ask_hint(()) == ""
