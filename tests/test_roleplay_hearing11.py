"""Session 11's hearing fixes, tried at every matching node of all nine scenarios, with
good lines and near misses: praise round an open question (also after a dash), a general
question at a listening node (not a follow-up), ...
"""

from __future__ import annotations

import pytest
from roleplay_nodes import nodes_where

from commonground import roleplay
from commonground.reader import read_line
from commonground.roleplay.line_checks import LEADING_NOTE, PUSH_NOTE, builds_on, judge_line
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


# ---- a distance is not a push ---------------------------------------------------------------

BEFORE_ASKS = nodes_where(lambda sc, node, state: not state.asks and node.id != "ask_point")


@pytest.mark.parametrize(
    "line",
    [
        "It's just round the corner from the station.",
        "We meet at the community centre, it's just down the road from the school.",
    ],
)
def test_a_place_said_to_be_near_another_is_no_push(line):
    assert "push" not in read_line(line).signals
    for sc, node, state in BEFORE_ASKS:
        turn = roleplay.free_text(sc, state, line)
        assert LEADING_NOTE not in turn.feedback and PUSH_NOTE not in turn.feedback, (
            sc.id,
            node.id,
            turn.choice_id,
        )


@pytest.mark.parametrize(
    "line",
    ["it's only round the corner", "It's just round the corner from you.", "it's only a few hours"],
)
def test_a_distance_or_time_made_small_still_pushes(line):
    assert "push" in read_line(line).signals


# ---- "we can count on your support, na?" ----------------------------------------------------

ASK_POINTS = nodes_where(lambda sc, node, state: node.id == "ask_point")


def test_a_count_on_you_with_a_question_tag_is_a_vague_ask():
    line = "So we can count on your support, na?"
    for sc, node, state in ASK_POINTS:
        turn = roleplay.free_text(sc, state, line)
        assert turn.quality != "strong", (sc.id, turn.routed, turn.choice_id)
        assert turn.routed == "vague" or turn.choice_id in {c.id for c in node.choices if c.ask}, (
            sc.id,
            turn.routed,
            turn.feedback,
        )


def test_the_first_reading_is_an_ask_and_a_statement_stays_one():
    assert read_line("So we can count on your support, na?").kind == "ask"
    assert read_line("So we can count on your support.").kind != "ask"
    assert read_line("I know we can count on you to tell the truth.").kind != "ask"


# ---- pressure and vagueness both said --------------------------------------------------------


def test_a_pressing_ask_that_names_no_activity_is_told_both():
    suggestion = read_line("we need people like you, can you come?").suggestion
    assert "pushes" in suggestion and "concrete activity" in suggestion


def test_a_pressing_ask_that_names_its_activity_is_told_only_the_push():
    suggestion = read_line("Could you skip the sermon just this one time?").suggestion
    assert "pushes" in suggestion and "concrete activity" not in suggestion


def test_a_vague_ask_that_presses_is_told_both_in_the_role_play():
    for sc, _node, state in ASK_POINTS:
        turn = roleplay.free_text(sc, state, "we need people like you, can you come?")
        assert turn.quality != "strong"
        assert "presses" in turn.feedback and (
            "activity" in turn.feedback or "what" in turn.feedback
        ), (sc.id, turn.feedback)


# ---- the ask made concrete after a no to a vague one ------------------------------------------

VAGUE_NO = nodes_where(
    lambda sc, node, state: any(c.id.startswith("probe_vague_no") for c in node.choices)
)


@pytest.mark.parametrize(
    "line",
    [
        "• e.g. speak at your press event Monday 11am at the County Building",
        "like, host a coffee for your friends on Saturday at 10am at your place",
    ],
)
def test_the_ask_made_concrete_after_a_vague_no_is_heard_as_an_ask(line):
    assert len({sc.id for sc, _, _ in VAGUE_NO}) >= 7
    for sc, node, state in VAGUE_NO:
        turn = roleplay.free_text(sc, state, line)
        assert turn.routed == "typed" and len(turn.state.asks) == len(state.asks) + 1, (
            sc.id,
            turn.routed,
            turn.feedback,
        )
        assert turn.state.node != node.id


def test_pressure_after_a_vague_no_is_still_a_push():
    line = "It's hard, I know, but we need people like you to sign up today, what do you say?"
    for sc, _node, state in VAGUE_NO:
        turn = roleplay.free_text(sc, state, line)
        assert turn.quality == "harmful", (sc.id, turn.routed, turn.feedback)


def test_a_vague_ask_again_after_a_vague_no_is_no_new_ask():
    for sc, _node, state in VAGUE_NO:
        turn = roleplay.free_text(sc, state, "Could you help us out some time?")
        assert len(turn.state.asks) == len(state.asks), (sc.id, turn.routed)


# ---- a reflection that carries common ground ------------------------------------------------

REFLECTIONS = nodes_where(
    lambda sc, node, state: (
        any(
            c.step == "listening" and c.quality == "strong" and c.kind == "closed_question"
            for c in node.choices
        )
        and not any(c.step == "common_ground" for c in node.choices)
    )
)


def _ground_after(sc, node):
    for c in node.choices:
        if c.step == "listening" and c.quality == "strong" and c.next:
            for g in sc.node(c.next).choices:
                if g.step == "common_ground" and g.quality == "strong":
                    return g
    return None


def _their_words_back(node):
    """The node's reflection less the check that closes it ("Is that it?")."""
    reflection = next(
        c
        for c in node.choices
        if c.step == "listening" and c.quality == "strong" and c.kind == "closed_question"
    )
    return reflection.text.rsplit(".", 1)[0] if "." in reflection.text else reflection.text


def test_a_reflection_carrying_common_ground_is_answered_with_common_ground():
    answered = 0
    for sc, node, state in REFLECTIONS:
        ground = _ground_after(sc, node)
        if ground is None:
            continue
        line = f"{_their_words_back(node)}. {ground.text} Have I got that right?"
        turn = roleplay.free_text(sc, state, line)
        assert turn.choice_id == ground.id, (sc.id, node.id, turn.routed, turn.choice_id)
        steps = [r.step for r in turn.state.steps[len(state.steps) :] if r.credited]
        assert steps == ["listening", "common_ground"], (sc.id, node.id, steps)
        answered += 1
    assert answered >= 9


def test_a_plain_reflection_is_still_the_reflection():
    for sc, node, state in REFLECTIONS:
        line = f"{_their_words_back(node)}. Have I got that right?"
        turn = roleplay.free_text(sc, state, line)
        assert turn.step == "listening" and turn.quality == "strong", (sc.id, node.id)


# ---- first sight of tests/plays/voices5: the reader's misses, fixed in general ------------


@pytest.mark.parametrize(
    "line",
    [
        "Might I ask what it is that moves you to feed people?",
        "May I ask what a typical week looks like for you?",
        "If I may, how did you come to teach?",
    ],
)
def test_a_polite_frame_round_an_open_question_is_the_open_question(line):
    assert read_line(line).kind == "open_question"


def test_a_polite_yes_no_question_stays_closed():
    assert read_line("May I ask you something?").kind == "closed_question"


@pytest.mark.parametrize(
    "line", ["So we're aligned, then.", "So we agree, then.", "Totally aligned, I agree with that."]
)
def test_a_bare_agreement_in_jargon_or_with_then_is_agreement_only(line):
    assert "agrees_only" in read_line(line).signals


def test_alignment_with_something_named_is_not_bare_agreement():
    line = "We're aligned on wanting the kids fed before school."
    assert "agrees_only" not in read_line(line).signals


@pytest.mark.parametrize(
    "line",
    [
        "Really appreciate the twenty minutes, Rosa. I'll text you tonight.",
        "Thank you Earl for your time. I come back Thursday like I say.",
    ],
)
def test_thanks_and_a_next_contact_said_freshly_close_the_meeting(line):
    reading = read_line(line)
    assert reading.kind == "close" and {"thanks", "follow_up"} <= set(reading.signals)


@pytest.mark.parametrize(
    "line", ["I come back every Thursday.", "I appreciate the council is busy."]
)
def test_a_habit_or_a_remark_is_no_promise_or_thanks(line):
    assert "follow_up" not in read_line(line).signals
    assert read_line(line).kind != "close"


def test_an_organisers_jargon_before_the_probe_leaves_the_probe():
    line = (
        "Totally valid. Just to unpack it, is it the Saturday, or would running the training "
        "not work for you either?"
    )
    assert "probe_no" in read_line(line).signals
    assert "probe_no" not in read_line("Is it the Saturday, or would Tuesday work better?").signals


@pytest.mark.parametrize(
    "line",
    [
        "How is it for you to go to campus and come back with the 14?",
        "What is it like to finish late and come home in the dark?",
    ],
)
def test_and_come_inside_a_question_asks_for_nothing(line):
    assert read_line(line).kind == "open_question"


def test_and_come_after_thanks_is_still_an_ask():
    line = "Thanks for your time, and come to the meeting on Tuesday at 7pm!"
    assert read_line(line).kind == "ask"
