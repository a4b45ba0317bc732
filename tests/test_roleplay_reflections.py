"""Their words given back are listening, not a line nobody understood.

A reflection ("so it sounds like that really wears you down"), with or without a check
question, is heard as the node's strong listening move where there is one (credited: a
reflection is how listening is done), else as its open question (judged on its words,
so not credited as one). It is never "not understood" where either move is offered. A
bare "ok" is not a reflection.
"""

from __future__ import annotations

import pytest
from roleplay_nodes import nodes_where

from commonground import roleplay
from commonground.roleplay.hearing.own_moves import REFLECTION_STEPS

REFLECTIONS = (
    "so it sounds like that really wears you down",
    "it sounds like the night shifts leave you wiped out",
    "That must be exhausting.",
    "So what I'm hearing is that it all falls on you",
)


def _listening_here(sc, node, state):
    return not node.answers and any(
        c.step in REFLECTION_STEPS and c.quality == "strong" for c in node.choices
    )


@pytest.mark.parametrize("text", REFLECTIONS)
def test_a_reflection_is_heard_as_listening_or_the_open_question(text):
    found = nodes_where(_listening_here)
    assert len({sc.id for sc, _, _ in found}) == 9 and len(found) >= 25
    listened = with_listening = 0
    for sc, node, state in found:
        result = roleplay.free_text(sc, state, text)
        where = (sc.id, node.id, result.routed, result.choice_id, result.feedback)
        assert result.routed == "typed", where
        if any(c.step == "listening" and c.quality == "strong" for c in node.choices):
            with_listening += 1
            if result.step == "listening":
                listened += 1
                assert result.quality == "strong" and result.state.steps[-1].credited, where
        else:
            assert result.step == "open_questions", where
            assert not result.state.steps[-1].credited, where
    # Wherever a strong listening move is offered, a reflection is heard as it.
    assert with_listening >= 15 and listened == with_listening


@pytest.mark.parametrize("text", ("ok", "right.", "Okay. Next thing on my list."))
def test_a_bare_acknowledgement_is_no_reflection(text):
    for sc, node, state in nodes_where(_listening_here):
        result = roleplay.free_text(sc, state, text)
        if result.heard is not None and result.heard.how == "verbatim":
            continue
        assert not (result.step == "listening" and result.quality == "strong"), (sc.id, node.id)
