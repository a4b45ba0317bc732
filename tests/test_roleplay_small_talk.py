"""Small talk is never told it did harm.

Similarity over letter groups once carried "I like pizza." to a listed push ("...what
hunger really looks like") and cost the learner trust. A harmful move heard by meaning
must share a word of substance with one of its wordings; these lines share none with
any move of any scenario, so at every node of every scenario none is harmful.
"""

from __future__ import annotations

import pytest
from roleplay_nodes import nodes_where

from commonground import roleplay
from commonground.roleplay.hearing.gates import about_something_else
from commonground.roleplay.model import Choice, Effects

SMALL_TALK = (
    "I like pizza.",
    "My cat had kittens last week.",
    "I love that jacket.",
    "My brother lives in Leeds.",
    "Did you see the match?",
)


@pytest.mark.parametrize("text", SMALL_TALK)
def test_small_talk_is_never_harmful(text):
    found = list(nodes_where(lambda sc, node, state: True))
    assert len(found) > 150
    harmed = [
        (sc.id, node.id, result.choice_id)
        for sc, node, state in found
        for result in [roleplay.free_text(sc, state, text)]
        if result.quality == "harmful"
    ]
    assert harmed == []


def _choice(text, *examples):
    return Choice(
        id="c",
        text=text,
        kind="other",
        step="respond",
        quality="harmful",
        feedback="",
        effects=Effects(),
        examples=examples,
    )


def test_a_word_of_substance_must_be_shared():
    push = _choice("But their faces would show what hunger really looks like.")
    assert about_something_else(push, "I like pizza.")
    assert not about_something_else(push, "people need to see how hungry families are")
    assert not about_something_else(push, "their faces would make them care")
    # a line with no word of substance is left to the score
    assert not about_something_else(push, "ok?")
