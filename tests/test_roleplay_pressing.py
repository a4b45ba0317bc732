"""A push is pressure on a refusal or a hesitation about an ask.

Before any ask, at a node that lists no push, pressing words ("Surely it's all worth it
though?") lead: weak and not credited, never harmful, and they cost no more than any line
not understood. Once an ask is made they push (harmful, with a push's trust cost), and a
node whose author lists a push is pressed on however early it comes.
"""

from __future__ import annotations

import pytest
from roleplay_nodes import nodes_where, responds_to

from commonground import roleplay
from commonground.roleplay.hearing.scores import pressing

PRESSING = ("Surely it's all worth it though?", "Come on, it's only an hour.")


def _before_any_ask(sc, node, state):
    return not state.asks and not pressing(sc, node, False)


@pytest.mark.parametrize("text", PRESSING)
def test_pressing_words_before_any_ask_lead_and_are_never_harmful(text):
    found = nodes_where(_before_any_ask)
    assert len({sc.id for sc, _, _ in found}) == 9 and len(found) >= 60
    for sc, node, state in found:
        result = roleplay.free_text(sc, state, text)
        where = (sc.id, node.id, result.choice_id, result.feedback)
        assert result.quality != "harmful", where
        assert not (result.state.steps and result.state.steps[-1].credited), where
        if result.routed == "fallback":
            fallback = node.fallback or sc.fallback
            assert result.state.trust >= state.trust + min(fallback.trust, 0), where
            assert "pushes" not in result.feedback and "steers them" in result.feedback, where


@pytest.mark.parametrize("text", PRESSING)
def test_the_same_words_after_a_no_or_a_maybe_push(text):
    found = nodes_where(responds_to("no")) + nodes_where(responds_to("maybe"))
    assert len(found) >= 30
    for sc, node, state in found:
        result = roleplay.free_text(sc, state, text)
        assert result.quality == "harmful", (sc.id, node.id, result.feedback)


def test_a_node_that_lists_a_push_is_pressed_on_before_any_ask():
    found = [
        (sc, node, state)
        for sc, node, state in nodes_where(lambda sc, node, state: not state.asks)
        if pressing(sc, node, False)
    ]
    assert found, "some scenario lists a push before its ask (a request already felt)"
    for sc, node, state in found:
        result = roleplay.free_text(sc, state, "Come on, it's only ten minutes of your time.")
        assert result.quality == "harmful", (sc.id, node.id, result.feedback)


def test_pressing_is_not_evidence_of_a_push_before_any_ask():
    # The leading "Don't you think it's all worth it, though?" listed as a check-in's
    # mistake is still what a typed "surely it's all worth it?" is heard as.
    sc = roleplay.load_scenario("longtime_volunteer")
    state = roleplay.start(sc)
    state = roleplay.choose(sc, state, "ask_building_news").state
    state = roleplay.choose(sc, state, "share_update_story").state
    result = roleplay.free_text(sc, state, "Surely it's all worth it though?")
    assert result.choice_id == "cheer_up" and result.quality == "weak"
    assert result.state.trust == state.trust + (
        next(c for c in sc.node(state.node).choices if c.id == "cheer_up").effects.trust
    )
    assert "A leading question" in result.feedback
