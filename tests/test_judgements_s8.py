"""Session 8 judgements outside the role-play, each on good and bad lines (ours).

A pivot after your story must turn to the other person, not only be open in form.
"""

from __future__ import annotations

import pytest

from commonground.lessons.response_rounds import all_response_drills, judge_typed
from commonground.questions import loading
from commonground.questions.judging import judge_from_spec
from commonground.reader import read_line
from commonground.reader.keywords import match_keywords
from commonground.roleplay import load_scenario


def _pivot():
    return {q.id: q for q in loading.exercise_questions("03")}["03.q4"]


@pytest.mark.parametrize(
    "answer",
    [
        "What about you? What brought you to this?",
        "How did you end up in nursing?",
        "what keeps u going on the hard nights",
        "Tell me about your kids.",
        "How about you, what got you into the PTA?",
    ],
)
def test_a_pivot_to_them_passes(answer):
    assert _pivot().evaluate(answer).correct


@pytest.mark.parametrize(
    "answer",
    [
        "So that's me. Anyway, how's the weather been?",
        "What is the weather like today?",
        "Anyway, would you come to our meeting?",
        "Do you agree with me?",
    ],
)
def test_a_line_that_does_not_turn_to_them_fails(answer):
    assert not _pivot().evaluate(answer).correct


def test_to_them_is_an_option_authors_set_in_yaml():
    spec = {"kind": "open_question", "to_them": True, "to_them_hint": "About them, please."}
    judge = judge_from_spec(spec)
    assert judge("How's the weather been?").message == "About them, please."
    assert judge("What drew you to the union?").ok
    assert judge_from_spec({"kind": "open_question"})("How's the weather been?").ok


# ---- after a yes: confirm, do not pile on a second ask (ours) --------------------------

_MORE_ASKS = [
    "Awesome. Can you also bring five friends and do the Saturday shift too?",
    "Great! Could you also phone bank on Thursday at 6pm from the office?",
    "Brilliant, and would you hand out flyers at the market on Sunday as well?",
]
_CONFIRMS = [
    "Great! So that's the time we said, at the hall. Does that still work for you?",
    "Wonderful, thank you. I'll text you the details tonight to confirm.",
]


@pytest.mark.parametrize("line", _MORE_ASKS)
def test_a_second_ask_after_a_yes_is_not_right_in_any_drill(line):
    drills = [d for d in all_response_drills() if d.case == "yes"]
    assert drills
    for drill in drills:
        ok, why = judge_typed(drill, line)
        assert not ok and "before asking for anything more" in why, (drill.id, why)


@pytest.mark.parametrize("line", _CONFIRMS)
def test_confirming_after_a_yes_is_right_in_every_drill(line):
    for drill in (d for d in all_response_drills() if d.case == "yes"):
        assert judge_typed(drill, line)[0], drill.id


def test_the_yes_exercise_refuses_a_second_ask_and_takes_a_confirmation():
    question = {q.id: q for q in loading.exercise_questions("07")}["07.q6"]
    for line in _MORE_ASKS[1:]:
        assert not question.evaluate(line).correct, line
    assert question.evaluate(
        "Great! So that's Saturday at 10am at the library, does that still work?"
    ).correct


# ---- a deadline is not a time they must be free (ours) ---------------------------------

_DAY_CONSTRAINTS = [
    (name, fact.id, day)
    for name in ("faith_leader", "student", "night_shift_nurse")
    for fact in load_scenario(name).persona.constraints
    for day in fact.keywords
    if day in {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
]


@pytest.mark.parametrize(("name", "fact", "day"), _DAY_CONSTRAINTS)
def test_a_deadline_on_a_busy_day_does_not_clash(name, fact, day):
    constraints = {f.id: f.keywords for f in load_scenario(name).persona.constraints}
    for ask in (
        f"Would you write a letter to the local paper about it by {day.title()}?",
        f"Could you sign the petition before {day} at 5pm?",
        f"Would you send me your story by next {day}, please?",
    ):
        assert fact not in match_keywords(ask, constraints)[0], ask


@pytest.mark.parametrize(("name", "fact", "day"), _DAY_CONSTRAINTS)
def test_a_meeting_on_a_busy_day_still_clashes(name, fact, day):
    constraints = {f.id: f.keywords for f in load_scenario(name).persona.constraints}
    for ask in (
        f"Could you come by on {day.title()} at 6pm?",
        f"Could you come by {day} at 6pm?",
        f"Would you phone bank by Monday, and canvass with us on {day} at 10am?",
        f"Would you join us {day} morning at the library?",
    ):
        assert fact in match_keywords(ask, constraints)[0], ask


@pytest.mark.parametrize(
    ("line", "kind", "signal"),
    [
        ("ok thx for ur time ill txt u the details tmrw", "close", "follow_up"),
        ("cheers 4 ur time, will txt u tmrw", "close", "follow_up"),
        ("i will msg u thurs", "close", "follow_up"),
        ("wats ur job", "factual_question", "turns_to_them"),
    ],
)
def test_texting_spellings_are_read_as_typed(line, kind, signal):
    reading = read_line(line)
    assert reading.kind == kind and signal in reading.signals, reading
