"""Session 11's hearing fixes, tried at every matching node of all nine scenarios, with
good lines and near misses: praise round an open question (also after a dash), a general
question at a listening node (not a follow-up), ...
"""

from __future__ import annotations

import pytest
from roleplay_nodes import nodes_where

from commonground import roleplay
from commonground.reader import read_line
from commonground.roleplay.line_checks import builds_on, judge_line
from commonground.roleplay.praise import PRAISE_NOT_LISTENING, PRAISED_QUESTION


def _strong(node, step, kind=None):
    return [
        c
        for c in node.choices
        if c.step == step and c.quality == "strong" and (kind is None or c.kind == kind)
    ]


OPEN_QUESTIONS = nodes_where(lambda sc, node, state: bool(_strong(node, "open_questions")))
FOLLOW_UPS = nodes_where(lambda sc, node, state: bool(_strong(node, "listening", "open_question")))


def _id(item):
    sc, node, _ = item
    return f"{sc.id}-{node.id}"


# ---- praise round an open question -----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "honestly you are a legend - what got you into this?",
        "You're a star \u2013 what keeps you going?",
    ],
)
def test_a_spaced_dash_before_a_question_ends_the_praise(line):
    assert read_line(line).kind == "open_question"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Thursday at 6pm - does that still work for you?", "closed_question"),
        ("I went to the meeting - it was packed and I was furious.", "story"),
    ],
)
def test_a_dash_splits_only_before_a_question(line, kind):
    assert read_line(line).kind == kind


PRAISED = [
    "honestly you're a legend. what keeps you going?",
    "honestly you are a legend - what got you into this?",
]


@pytest.mark.parametrize("line", PRAISED)
@pytest.mark.parametrize("where", OPEN_QUESTIONS, ids=_id)
def test_praise_round_an_open_question_is_heard_as_the_question_and_graded_weak(where, line):
    sc, node, state = where
    turn = roleplay.free_text(sc, state, line)
    if turn.routed == "fallback":
        # Nothing listed here is near the question (the persona reacts, nothing is credited).
        assert turn.quality == "weak" and not turn.choice_id
        return
    assert turn.routed == "typed", (turn.routed, turn.feedback)
    assert turn.quality == "weak"
    chosen = next(c for c in node.choices if c.id == turn.choice_id)
    assert chosen.kind in ("open_question", "factual_question")
    praised_choice = any("amazing" in w.lower() for w in (chosen.text, *chosen.examples))
    assert (
        praised_choice
        or PRAISED_QUESTION in turn.feedback
        or PRAISE_NOT_LISTENING in (turn.feedback)
    )


@pytest.mark.parametrize("where", OPEN_QUESTIONS, ids=_id)
def test_the_same_question_without_praise_gets_no_praise_advice(where):
    sc, node, state = where
    turn = roleplay.free_text(sc, state, "what got you into this?")
    assert PRAISED_QUESTION not in turn.feedback
    assert PRAISE_NOT_LISTENING not in turn.feedback


# ---- a general question is not a follow-up --------------------------------------------------


@pytest.mark.parametrize("where", FOLLOW_UPS, ids=_id)
def test_a_general_question_is_not_credited_as_a_follow_up(where):
    sc, node, _ = where
    line = "what keeps you going?"
    for choice in _strong(node, "listening", "open_question"):
        their = " ".join((node.say, choice.text, *choice.examples))
        judged = judge_line("listening", "strong", read_line(line), line, their=their)
        assert not judged.credited and judged.quality == "weak"


@pytest.mark.parametrize("where", FOLLOW_UPS, ids=_id)
def test_the_listed_follow_ups_build_on_what_was_just_said(where):
    sc, node, _ = where
    for choice in _strong(node, "listening", "open_question"):
        their = " ".join((node.say, choice.text, *choice.examples))
        for line in (choice.text, *choice.examples):
            assert builds_on(line, their), line
            reading = read_line(line)
            if reading.kind in ("open_question", "closed_question"):
                assert judge_line("listening", "strong", reading, line, their=their).credited


@pytest.mark.parametrize(
    "line", ["What was that like for you?", "Tell me more about that.", "How did it feel?"]
)
def test_a_question_that_points_back_builds_on_what_was_said(line):
    assert builds_on(line, "The rice ran out by ten o'clock.")


@pytest.mark.parametrize("where", FOLLOW_UPS, ids=_id)
def test_a_general_question_typed_at_a_listening_node_is_never_credited_as_listening(where):
    sc, node, state = where
    turn = roleplay.free_text(sc, state, "what keeps you going?")
    credited = [r for r in turn.state.steps[len(state.steps) :] if r.credited]
    assert all(r.step != "listening" for r in credited), (turn.choice_id, turn.feedback)
