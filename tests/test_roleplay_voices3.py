"""Lines in the voices of tests/plays/voices3/, tried at every matching node of all nine
scenarios: a nervous volunteer's apology before an open question, a learner's "I
understand right?" after a reflection, a story handed back with a question of its own, a
formal question of fact asked indirectly. Each is heard and credited as the move its
words make; the near misses are not.
"""

from __future__ import annotations

import re

import pytest
from roleplay_nodes import nodes_where

from commonground import roleplay
from commonground.roleplay.engine import node_step


def _strong(step, kind=None):
    def test(sc, node, state):
        return any(
            c.step == step and c.quality == "strong" and (kind is None or c.kind == kind)
            for c in node.choices
        )

    return test


OPEN_QUESTIONS = nodes_where(_strong("open_questions", "open_question"))
REFLECTIONS = nodes_where(_strong("listening", "closed_question"))
STORIES = nodes_where(_strong("your_story", "story"))
OPENING = nodes_where(
    lambda sc, node, state: node_step(node) == "factual_questions" and not state.steps
)

# The check a reflection ends with, in the words the scenarios use.
_CHECK = re.compile(
    r"\s*(?:Have I got that right|Is that right|Is that it|Have I understood you|"
    r"Did I get that right|Have I got it right)\??\s*$"
)


def _credited(turn):
    return turn.state.steps[-1].credited


def test_the_node_sets_cover_every_scenario():
    for found in (OPEN_QUESTIONS, REFLECTIONS, STORIES, OPENING):
        assert len({sc.id for sc, _, _ in found}) == 9


@pytest.mark.parametrize("opener", ["Sorry, um, ", "Oh sorry, ", "wait "])
def test_an_open_question_after_an_apology_is_the_open_question(opener):
    checked = 0
    for sc, node, state in OPEN_QUESTIONS:
        for choice in node.choices:
            if choice.step != "open_questions" or choice.quality != "strong":
                continue
            line = opener + choice.text[0].lower() + choice.text[1:]
            turn = roleplay.free_text(sc, state, line)
            where = (sc.id, node.id, choice.id, turn.choice_id, turn.feedback)
            assert turn.quality == "strong" and _credited(turn), where
            checked += 1
    assert checked > 20


def test_a_closed_question_after_an_apology_is_still_closed():
    for sc, node, state in OPEN_QUESTIONS:
        turn = roleplay.free_text(sc, state, "Sorry, um, do you like it here?")
        where = (sc.id, node.id, turn.choice_id, turn.feedback)
        assert not (turn.step == "open_questions" and turn.quality == "strong"), where


@pytest.mark.parametrize("check", [" I understand right?", " I heard right?"])
def test_a_reflection_checked_in_a_learners_words_is_the_reflection(check):
    checked = 0
    for sc, node, state in REFLECTIONS:
        for choice in node.choices:
            if choice.step != "listening" or choice.kind != "closed_question":
                continue
            if choice.quality != "strong" or not _CHECK.search(choice.text):
                continue
            line = _CHECK.sub("", choice.text) + check
            turn = roleplay.free_text(sc, state, line)
            where = (sc.id, node.id, choice.id, turn.choice_id, turn.feedback)
            assert turn.choice_id == choice.id and turn.quality == "strong", where
            assert _credited(turn), where
            checked += 1
    assert checked >= 9


def test_a_statement_with_a_leading_tag_is_not_credited_as_listening():
    for sc, node, state in REFLECTIONS:
        turn = roleplay.free_text(sc, state, "The council is to blame for all this, right?")
        where = (sc.id, node.id, turn.choice_id, turn.feedback)
        assert not (turn.step == "listening" and turn.quality == "strong"), where


@pytest.mark.parametrize(
    "back", [" How about you, how did you hear about us?", " What about you, what got you into it?"]
)
def test_a_story_handed_back_with_a_question_is_the_story(back):
    checked = 0
    for sc, node, state in STORIES:
        for choice in node.choices:
            if choice.step != "your_story" or choice.quality != "strong":
                continue
            turn = roleplay.free_text(sc, state, choice.text + back)
            where = (sc.id, node.id, choice.id, turn.choice_id, turn.feedback)
            assert turn.step == "your_story" and turn.quality == "strong", where
            assert _credited(turn), where
            checked += 1
    assert checked >= 9


def test_a_question_handed_back_without_a_story_is_not_a_story():
    for sc, node, state in STORIES:
        turn = roleplay.free_text(sc, state, "Oh, me? How about you, how did you hear about us?")
        where = (sc.id, node.id, turn.choice_id, turn.feedback)
        assert not (turn.step == "your_story" and turn.quality == "strong"), where


@pytest.mark.parametrize(
    "line",
    [
        "I wonder whether you might tell me what your job was before all this?",
        "Might I ask what your line of work is?",
    ],
)
def test_a_question_of_fact_asked_indirectly_is_not_told_it_was_open(line):
    heard = 0
    for sc, node, state in OPENING:
        turn = roleplay.free_text(sc, state, line)
        if turn.routed != "typed":
            continue
        heard += 1
        where = (sc.id, node.id, turn.choice_id, turn.feedback)
        assert turn.step == "factual_questions", where
        assert "open question" not in turn.feedback, where
    assert heard >= 3
