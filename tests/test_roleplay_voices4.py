"""Lines in the voices of tests/plays/voices4/, tried at every matching node of all nine
scenarios: a script pasted with bullets, ALL CAPS with no space after a stop, a reflection
and a new question (or common ground) in one breath, common ground named straight after
listening, a general open question after "Pardon me", a tag that checks a fact, "Surely
you agree...", a pressing "we need people like you", an ask to sign a letter, and the
campaign pitched where the learner's story belongs. Each is heard and credited as the
moves its words make; the near misses are not.
"""

from __future__ import annotations

import re

import pytest
from roleplay_nodes import nodes_where, responds_to

from commonground import roleplay
from commonground.reader import read_line
from commonground.roleplay.engine import node_step
from commonground.roleplay.line_checks import LEADING_NOTE, PUSH_NOTE


def _strong(node, step, kind=None):
    return [
        c
        for c in node.choices
        if c.step == step and c.quality == "strong" and (kind is None or c.kind == kind)
    ]


OPEN_QUESTIONS = nodes_where(lambda sc, node, state: bool(_strong(node, "open_questions")))
# Where the pivot to open questions is made: every strong question here is an open one.
PIVOTS = [
    (sc, node, state)
    for sc, node, state in OPEN_QUESTIONS
    if all(c.step == "open_questions" for c in node.choices if c.quality == "strong")
]
OPENING = nodes_where(
    lambda sc, node, state: node_step(node) == "factual_questions" and not state.steps
)
# Where their answer is given back: a strong reflection and a strong question to go on with.
REFLECT_OR_ASK = nodes_where(
    lambda sc, node, state: (
        any(c.kind != "open_question" for c in _strong(node, "listening"))
        and any(c.kind == "open_question" for c in node.choices if c.quality == "strong")
    )
)
# Where listening leads on to common ground (and the node names none of its own).
BEFORE_GROUND = [
    (sc, node, state)
    for sc, node, state in REFLECT_OR_ASK
    if not any(c.step == "common_ground" for c in node.choices)
    and any(_strong(sc.node(c.next), "common_ground") for c in _strong(node, "listening") if c.next)
]
STORIES = nodes_where(lambda sc, node, state: bool(_strong(node, "your_story")))
ASK_POINTS = nodes_where(lambda sc, node, state: node.id == "ask_point")


def _credited(turn):
    return turn.state.steps[-1].credited


def _where(sc, node, turn):
    return (sc.id, node.id, turn.routed, turn.choice_id, turn.feedback[:160])


def test_the_node_sets_cover_every_scenario():
    for found in (OPEN_QUESTIONS, OPENING, REFLECT_OR_ASK, BEFORE_GROUND, STORIES, ASK_POINTS):
        assert len({sc.id for sc, _, _ in found}) == 9


# ---- a pasted script, ALL CAPS without spaces ------------------------------------------------


def _glued_caps(text):
    return re.sub(r"([.,!?;:])\s+", r"\1", text).upper()


@pytest.mark.parametrize("form", ["• {}", "- {}", "3. {}", "caps"])
def test_an_open_question_pasted_or_shouted_is_the_open_question(form):
    checked = 0
    for sc, node, state in OPEN_QUESTIONS:
        for choice in _strong(node, "open_questions"):
            line = _glued_caps(choice.text) if form == "caps" else form.format(choice.text)
            turn = roleplay.free_text(sc, state, line)
            assert turn.quality == "strong" and _credited(turn), _where(sc, node, turn)
            checked += 1
    assert checked > 20


def test_a_closed_question_pasted_with_a_bullet_stays_closed():
    for sc, node, state in OPEN_QUESTIONS:
        turn = roleplay.free_text(sc, state, "• Do you like it here?")
        assert not (turn.step == "open_questions" and turn.quality == "strong"), _where(
            sc, node, turn
        )


# ---- their words given back, then a new question or common ground -----------------------

GIVE_BACK = ["So that has really worn you down.", "It sounds like it all lands on you."]


@pytest.mark.parametrize("back", GIVE_BACK)
def test_a_reflection_then_a_new_question_credits_both(back):
    checked = set()
    for sc, node, state in REFLECT_OR_ASK:
        for choice in node.choices:
            if choice.kind != "open_question" or choice.quality != "strong":
                continue
            turn = roleplay.free_text(sc, state, f"{back} {choice.text}")
            where = _where(sc, node, turn)
            assert turn.quality == "strong" and _credited(turn), where
            before = turn.state.steps[-2]
            assert before.step == "listening" and before.credited, (where, before)
            checked.add(sc.id)
    assert len(checked) == 9


@pytest.mark.parametrize(
    "line",
    [
        "Okay. What do you think of the weather lately?",
        "So we need you on board. What do you think?",
        "Right. Next question on my list, how long have you lived here?",
        "So you should just say no to them. What do you like doing outside all this?",
        "So you're a bit lazy about it. What keeps you busy these days?",
    ],
)
def test_a_question_after_no_reflection_credits_no_listening(line):
    for sc, node, state in REFLECT_OR_ASK:
        turn = roleplay.free_text(sc, state, line)
        steps = turn.state.steps[len(state.steps) :]
        listened = [
            r for r in steps if r.step == "listening" and r.credited and r.quality == "strong"
        ]
        assert not (listened and turn.step != "listening"), _where(sc, node, turn)


GROUND = (
    "We both want the people we love looked after, and we've both seen them let down by the "
    "people in charge."
)


def test_common_ground_named_after_listening_is_heard_as_common_ground():
    for sc, node, state in BEFORE_GROUND:
        turn = roleplay.free_text(sc, state, GROUND)
        where = _where(sc, node, turn)
        assert turn.step == "common_ground" and turn.quality == "strong", where
        assert _credited(turn), where


def test_a_reflection_then_common_ground_credits_both():
    for sc, node, state in BEFORE_GROUND:
        turn = roleplay.free_text(sc, state, f"So it all lands on you. {GROUND}")
        where = _where(sc, node, turn)
        assert turn.step == "common_ground" and _credited(turn), where
        before = turn.state.steps[-2]
        assert before.step == "listening" and before.credited, (where, before)


@pytest.mark.parametrize("line", ["I agree with all of that.", "Yes, totally, same."])
def test_bare_agreement_after_listening_is_not_common_ground(line):
    for sc, node, state in BEFORE_GROUND:
        turn = roleplay.free_text(sc, state, line)
        assert not (turn.step == "common_ground" and _credited(turn)), _where(sc, node, turn)


# ---- a general open question ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Pardon me, how did you first get into all this?",
        "Excuse me, what got you started on it?",
    ],
)
def test_a_general_open_question_is_heard_where_one_fits(line):
    assert len({sc.id for sc, _, _ in PIVOTS}) == 9
    for sc, node, state in PIVOTS:
        turn = roleplay.free_text(sc, state, line)
        where = _where(sc, node, turn)
        assert turn.routed == "typed" and turn.quality == "strong" and _credited(turn), where


def test_a_closed_question_after_pardon_is_not_the_open_question():
    for sc, node, state in OPEN_QUESTIONS:
        turn = roleplay.free_text(sc, state, "Pardon me, do you like living here?")
        assert not (turn.step == "open_questions" and turn.quality == "strong"), _where(
            sc, node, turn
        )


# ---- tags, "surely", pressing --------------------------------------------------------------


def test_a_fact_checked_with_a_tag_is_not_told_it_leads():
    for sc, node, state in OPENING:
        turn = roleplay.free_text(sc, state, "You've lived here a while now, right?")
        assert "leading" not in turn.feedback.lower(), _where(sc, node, turn)


def test_a_verdict_with_a_tag_is_not_an_open_question():
    for sc, node, state in OPEN_QUESTIONS:
        turn = roleplay.free_text(sc, state, "The people in charge are a bunch of crooks, right?")
        assert turn.quality != "strong", _where(sc, node, turn)


def test_surely_you_agree_is_told_it_leads_not_that_it_pushes():
    for sc, node, state in OPEN_QUESTIONS:
        turn = roleplay.free_text(sc, state, "Surely you agree the people in charge let you down?")
        where = _where(sc, node, turn)
        assert turn.quality != "strong", where
        assert LEADING_NOTE not in turn.feedback and PUSH_NOTE not in turn.feedback, where


PRESSING = "It's hard, I know, but we need people like you to sign up today, what do you say?"


def test_we_need_people_like_you_at_the_ask_is_an_ask_not_a_question():
    for sc, node, state in ASK_POINTS:
        turn = roleplay.free_text(sc, state, PRESSING)
        where = _where(sc, node, turn)
        assert turn.state.asks and turn.quality != "strong", where
        assert turn.step != "open_questions", where


def test_we_need_people_like_you_after_a_no_is_a_push():
    after_no = [t for t in nodes_where(responds_to("no"))]
    assert len({sc.id for sc, _, _ in after_no}) == 9
    for sc, node, state in after_no:
        turn = roleplay.free_text(sc, state, PRESSING)
        assert turn.quality == "harmful" and not _credited(turn), _where(sc, node, turn)


# ---- an ask to sign, the campaign where the story belongs ----------------------------------


def test_an_ask_to_sign_a_letter_is_not_asked_for_a_place():
    for sc, node, state in ASK_POINTS:
        turn = roleplay.free_text(sc, state, "Would you sign our letter to the council this week?")
        where = _where(sc, node, turn)
        assert turn.state.asks, where
        assert "place" not in turn.feedback and "where" not in turn.reply.lower(), where


def test_an_errand_with_no_place_is_still_asked_for_one():
    checked = 0
    for sc, node, state in ASK_POINTS:
        line = "Would you host a meeting on Wednesday at 6pm so the neighbours can sign the letter?"
        turn = roleplay.free_text(sc, state, line)
        if turn.state.asks and turn.state.asks[-1].ask_id == "":
            assert not turn.state.asks[-1].specific, _where(sc, node, turn)
            checked += 1
    assert checked >= 3


def test_the_campaign_where_the_story_belongs_is_not_called_a_resume():
    for sc, node, state in STORIES:
        turn = roleplay.free_text(sc, state, sc.campaign.why)
        where = _where(sc, node, turn)
        assert not (turn.step == "your_story" and _credited(turn)), where
        if turn.choice_id:
            _node, choice = sc.choice(turn.choice_id)
            assert "credentials" not in read_line(choice.text).signals, where
