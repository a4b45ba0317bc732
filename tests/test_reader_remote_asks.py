"""Asks to get in touch from where they are need no place, and a day is a firm enough
when for them (ours, session 10; see commonground.reader.paper_asks).

"Can you call your councillor today?" was told to "add a place ('at the library', 'on
Zoom')" and that it "names the day but not the time". A visit, a phone bank, or a story
told at a hearing still happen somewhere, and keep both.
"""

from __future__ import annotations

import pytest

from commonground.commands.coach import coach_lines
from commonground.planners.when import when_problem
from commonground.reader import read_line
from commonground.reader.paper_asks import done_where_they_are, is_remote, needed_parts

REMOTE = [
    "Can you call your councillor today?",
    "Could you call ten people from the parish list before Friday?",
    "would u be ok to ring 10 members from the list on thurs evening",
    "Would you email the school board before Friday's vote?",
    "Would you ring three neighbours tonight and invite them to the meeting?",
    "Could you text the other parents on Thursday?",
    "Could you post the event on the parents' Facebook group tonight?",
    "Can you message the tenants' group chat on Sunday about the meeting?",
]

IN_PERSON = [
    "Could you make calls at the phone bank on Tuesday at 6?",
    "Could you phone bank with us Thursday evening?",
    "Could you call round to see Mrs Alvarez on Thursday?",
    "Would you share your story at the hearing on the 20th?",
    "Could you knock doors with me on Saturday?",
    "Would you come and speak at the council meeting on Monday?",
]


@pytest.mark.parametrize("text", REMOTE)
def test_getting_in_touch_needs_no_place_and_a_day_will_do(text):
    assert is_remote(text) and done_where_they_are(text)
    assert needed_parts(text) == ("activity", "time")
    reading = read_line(text)
    assert reading.kind == "ask" and "place" not in reading.suggestion
    assert when_problem(text) == ""
    assert "Nothing to add: this line does its job." in coach_lines(text, reading)


@pytest.mark.parametrize("text", IN_PERSON)
def test_what_happens_somewhere_still_needs_a_place(text):
    assert not is_remote(text)
    assert needed_parts(text) == ("activity", "time", "place")
    assert "add a place" in read_line(text).suggestion


def test_a_remote_ask_with_no_day_is_asked_for_one():
    text = "Could you text five friends about the meeting this week?"
    assert when_problem(text) == "It does not say by which day: name the day they will do it."
    assert "at what time" not in when_problem(text)
    # an ask made in person still needs the day and the time of day
    assert when_problem("Could you knock doors with me on Saturday?") == (
        "It names the day but not the time: at what time?"
    )


def test_the_ask_builder_scores_a_remote_ask_out_of_what_it_needs():
    """Lesson 06's ask builder agrees with the coach: no place for a call or a signature."""
    from commonground.planners.asks import describe_score, score_ask
    from commonground.roleplay import load_scenario

    scenario = load_scenario("night_shift_nurse")
    call = score_ask(scenario, "Can you call five nurses from your unit before Friday?")
    assert call.missing == () and call.ready
    assert "Specific: 2 of 2" in describe_score(call) and "Add a place" not in describe_score(call)
    visit = score_ask(scenario, "Could you knock on doors with us on Saturday at 10?")
    assert visit.missing == ("place",)
    assert "Specific: 2 of 3" in describe_score(visit)


def test_the_ask_builder_widget_headline_counts_what_the_ask_needs():
    from commonground.planners.asks import score_ask
    from commonground.roleplay import load_scenario
    from commonground.widgets.ask_builder import score_html

    scenario = load_scenario("night_shift_nurse")
    week = score_ask(scenario, "Can you call five nurses from your unit this week?")
    assert week.needed == ("activity", "time") and week.specificity == 1
    assert "Specific: 1 of 2" in score_html(week)
    visit = score_ask(scenario, "Could you knock on doors with us on Saturday at 10?")
    assert "Specific: 2 of 3" in score_html(visit)


def test_the_self_checks_and_the_prep_plan_need_no_place_for_a_call():
    """Every judge of an ask agrees: the coach, the ask builder, the self-checks, the prep
    plan (a call needs a day; knocking on doors needs a place)."""
    from commonground.planners.prep import _check_ask
    from commonground.questions.judging import ask_problems

    assert ask_problems("Can you call five nurses from your unit before Friday?") == []
    assert any(
        "place" in p for p in ask_problems("Could you knock on doors with us on Saturday at 10?")
    )

    def ask_findings(ask):
        return [f.message for f in _check_ask(ask, [])]

    assert not any("place" in m for m in ask_findings("Would you call your councillor on Friday?"))
    assert any("place" in m for m in ask_findings("Would you knock on doors on Saturday at 10?"))
