"""Session 10's hearing fixes, tried at every matching node of all nine scenarios, with
good lines and near misses: praise wrapped round a question, a leading question where no
leading move is listed, an ask to sign a letter (the grade agrees with the answer), a
pressing ask, "run" kept in an ask's activity, their words and common ground in one
sentence.
"""

from __future__ import annotations

import pytest
from roleplay_nodes import nodes_where

from commonground import roleplay
from commonground.reader.ask_phrases import ask_phrases
from commonground.roleplay.hearing.asks import activity_core, acts
from commonground.roleplay.line_checks import PRESSED_ASK
from commonground.roleplay.praise import PRAISE_NOT_LISTENING, PRAISED_QUESTION, praises


def _strong(node, step, kind=None):
    return [
        c
        for c in node.choices
        if c.step == step and c.quality == "strong" and (kind is None or c.kind == kind)
    ]


def _where(sc, node, turn):
    return (sc.id, node.id, turn.routed, turn.choice_id, turn.quality, turn.feedback[:200])


def _new_steps(state, turn):
    return turn.state.steps[len(state.steps) :]


OPEN_QUESTIONS = nodes_where(lambda sc, node, state: bool(_strong(node, "open_questions")))
FOLLOW_UPS = nodes_where(lambda sc, node, state: bool(_strong(node, "listening", "open_question")))
ASK_POINTS = nodes_where(lambda sc, node, state: node.id == "ask_point")
# Where no leading move is listed and an open question is the move.
NO_LEADING = [
    (sc, node, state)
    for sc, node, state in OPEN_QUESTIONS
    if not any(c.kind == "leading_question" for c in node.choices)
]
BEFORE_GROUND = nodes_where(
    lambda sc, node, state: (
        not any(c.step == "common_ground" for c in node.choices)
        and any(
            c.kind != "open_question" and _strong(sc.node(c.next), "common_ground")
            for c in _strong(node, "listening")
            if c.next
        )
    )
)


def test_the_node_sets_cover_every_scenario():
    for found in (OPEN_QUESTIONS, ASK_POINTS, BEFORE_GROUND):
        assert len({sc.id for sc, _, _ in found}) == 9
    assert len({sc.id for sc, _, _ in NO_LEADING}) >= 5
    assert FOLLOW_UPS


# ---- praise wrapped round a question -------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["You're amazing!", "you are such an inspiration", "Honestly, I really admire you."],
)
def test_praise_of_the_person_is_found(line):
    assert praises(line)


@pytest.mark.parametrize(
    "line", ["That's amazing.", "The food bank is incredible.", "You're busy, I know."]
)
def test_praise_of_a_thing_or_a_plain_remark_is_not(line):
    assert not praises(line)


def test_you_are_amazing_how_do_you_do_it_all_at_her_opening():
    sc = roleplay.load_scenario("over_committed")
    (found,) = [t for t in OPEN_QUESTIONS if t[0].id == sc.id and t[1].id == "she_opens"]
    _, node, state = found
    turn = roleplay.free_text(sc, state, "You're amazing, how do you do it all?")
    assert turn.step == "open_questions" and turn.state.steps[-1].credited, _where(sc, node, turn)
    assert turn.quality == "weak" and PRAISED_QUESTION in turn.feedback


def test_an_open_question_wrapped_in_praise_counts_but_is_not_strong():
    checked = 0
    for sc, node, state in OPEN_QUESTIONS:
        for choice in _strong(node, "open_questions", "open_question"):
            turn = roleplay.free_text(sc, state, f"You're amazing. {choice.text}")
            where = _where(sc, node, turn)
            assert turn.quality != "strong", where
            if turn.step == "open_questions" and turn.routed == "typed":
                assert turn.state.steps[-1].credited and PRAISED_QUESTION in turn.feedback, where
                checked += 1
            # The near miss: praise of what they do, not of them, is not told off.
            near = roleplay.free_text(sc, state, f"That sounds like a lot. {choice.text}")
            assert PRAISED_QUESTION not in near.feedback, _where(sc, node, near)
    assert checked > 15


def test_praise_with_a_follow_up_is_not_listening():
    checked = 0
    for sc, node, state in FOLLOW_UPS:
        for choice in _strong(node, "listening", "open_question"):
            turn = roleplay.free_text(sc, state, f"Wow, you're incredible. {choice.text}")
            step = _new_steps(state, turn)
            listened = [r for r in step if r.step == "listening" and r.credited]
            assert not any(r.quality == "strong" for r in listened), _where(sc, node, turn)
            if turn.step == "listening" and PRAISE_NOT_LISTENING in turn.feedback:
                checked += 1
    assert checked >= 3


# ---- a leading question where no leading move is listed ------------------------------------

LEADING = [
    "Don't you think the people in charge should be ashamed of themselves?",
    "Wouldn't you agree this is the most important thing going on right now?",
]


@pytest.mark.parametrize("line", LEADING)
def test_a_leading_question_is_named_not_called_gibberish(line):
    for sc, node, state in NO_LEADING:
        turn = roleplay.free_text(sc, state, line)
        where = _where(sc, node, turn)
        assert turn.routed == "leading", where
        assert "leading question" in turn.feedback and "not understood" not in turn.feedback
        assert turn.quality == "weak" and not turn.state.steps[-1].credited, where
        assert turn.state.node == state.node, where


@pytest.mark.parametrize(
    "line",
    ["What do you think of the people in charge?", "I think the people in charge are awful."],
)
def test_an_open_question_or_an_opinion_there_is_not_called_leading(line):
    for sc, node, state in NO_LEADING:
        turn = roleplay.free_text(sc, state, line)
        assert turn.routed != "leading", _where(sc, node, turn)


# ---- an ask to sign a letter; the grade agrees with the answer -----------------------------


def test_an_aim_keyword_does_not_make_an_ask_the_same_activity():
    sc = roleplay.load_scenario("faith_leader")
    breakfast = sc.campaign.ask("clergy_breakfast")
    assert "letter" not in acts(sc, breakfast) and "breakfast" in acts(sc, breakfast)
    assert activity_core("sign our letter to the council") == "sign our letter"
    assert activity_core("present at the council") == "present at the council"


def test_signing_a_letter_is_not_the_committee_presentation():
    sc = roleplay.load_scenario("pta_parent")
    (found,) = [t for t in ASK_POINTS if t[0].id == sc.id]
    _, node, state = found
    turn = roleplay.free_text(sc, state, "Would you sign our letter to the council this week?")
    assert turn.state.asks[-1].ask_id != "committee_wednesday", _where(sc, node, turn)
    near = "Would you present the asthma figures to the council committee on Wednesday at 7pm?"
    turn = roleplay.free_text(sc, state, near)
    assert turn.state.asks[-1].ask_id == "committee_wednesday", _where(sc, node, turn)


@pytest.mark.parametrize(
    "line",
    [
        "Would you sign our letter to the council this week?",
        "Could you hand out leaflets outside the school on Friday at 3pm?",
        "Would you come to our meeting on Thursday at 7pm at the library?",
    ],
)
def test_a_typed_ask_answered_yes_is_never_graded_weak(line):
    for sc, node, state in ASK_POINTS:
        turn = roleplay.free_text(sc, state, line)
        where = _where(sc, node, turn)
        if turn.answer is not None and turn.answer.answer == "yes":
            assert turn.quality != "weak", where


# ---- pressure in an ask --------------------------------------------------------------------

PRESSING = "It's hard, I know, but we need people like you to sign up today, what do you say?"


def test_pressure_in_an_ask_is_named():
    for sc, node, state in ASK_POINTS:
        turn = roleplay.free_text(sc, state, PRESSING)
        where = _where(sc, node, turn)
        assert turn.quality != "strong" and PRESSED_ASK in turn.feedback, where
        vague = roleplay.free_text(sc, state, "We really need people like you, will you help?")
        assert PRESSED_ASK in vague.feedback, _where(sc, node, vague)


@pytest.mark.parametrize(
    "line",
    [
        "Would you sign up to help on Saturday at 10am?",
        "Could you come out with us on Tuesday at 5pm? It's just round the corner from you.",
    ],
)
def test_an_ask_without_pressure_is_not_told_it_presses(line):
    for sc, node, state in ASK_POINTS:
        turn = roleplay.free_text(sc, state, line)
        assert PRESSED_ASK not in turn.feedback, _where(sc, node, turn)


# ---- "run" kept in the activity ------------------------------------------------------------


def test_run_is_part_of_the_activity():
    assert ask_phrases("Would you run the raffle on Saturday?")["activity"] == "run the raffle"
    assert ask_phrases("could you staff the stall on saturday")["activity"] == "staff the stall"
    assert ask_phrases("could you do the thursday phone bank")["activity"].startswith("the ")


def test_the_persona_echoes_run():
    for sc, node, state in ASK_POINTS:
        turn = roleplay.free_text(sc, state, "Could you run the bake sale on Saturday at 2pm?")
        if turn.state.asks and turn.state.asks[-1].ask_id == "":
            assert "run the bake sale" in turn.reply.lower(), _where(sc, node, turn)


# ---- their words and common ground in one sentence -----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "It sounds like it all falls on you, and honestly we're the same, both of us "
        "carrying more than our share.",
        "so it all lands on you - same here, we both carry too much",
        "What I'm hearing is that nobody helps you. We have that in common, we both want "
        "our neighbours looked after.",
    ],
)
def test_a_reflection_and_common_ground_credit_both(line):
    for sc, node, state in BEFORE_GROUND:
        turn = roleplay.free_text(sc, state, line)
        where = _where(sc, node, turn)
        steps = _new_steps(state, turn)
        assert [r.step for r in steps] == ["listening", "common_ground"], (where, steps)
        assert all(r.credited for r in steps), (where, steps)


@pytest.mark.parametrize(
    "line",
    [
        "It sounds like it all falls on you, and we should sort that out for you.",
        "So it all lands on you - what keeps you going?",
    ],
)
def test_no_common_ground_is_credited_where_none_is_named(line):
    for sc, node, state in BEFORE_GROUND:
        turn = roleplay.free_text(sc, state, line)
        steps = _new_steps(state, turn)
        assert not any(r.step == "common_ground" and r.credited for r in steps), _where(
            sc, node, turn
        )
