"""Replies to an answer heard by what they do, '?' or not (spoken and typed questions
often lack it).

After a no, "fair enough, what would it take for a yes" probes the no: it is heard as the
node's probe, credited, and never told "You stopped at the no". Either probe (the
method's "time or activity?" or "what would it take?") finds out what is behind a no or a
maybe. After a yes, a confirmation in the learner's own words is heard as the node's
confirmation. Lines that accept and ask nothing are never credited with the reply.
"""

from __future__ import annotations

import pytest
from roleplay_nodes import nodes_where, responds_to

from commonground import roleplay

PROBES = {
    "no": (
        "fair enough, what would it take for a yes",
        "that's fine, is it the time or the activity",
        "ok. what would you need to see before it's a yes",
        "no worries, what's getting in the way",
    ),
    "maybe": (
        "fair enough, what would you need to know first",
        "that's fine, is it the day or the activity",
        "ok what would make it easier",
    ),
    "yes": (
        "amazing, so is saturday at 10 still good for you",
        "brilliant, so that's thursday at 6 at the library, I'll text you the address",
    ),
}
NOT_PROBES = {
    "no": ("ok, no worries", "fair enough then", "right you are, thanks anyway"),
    "maybe": ("ok, have a think about it", "no worries, let me know"),
    "yes": ("great, see you then", "brilliant, thanks so much"),
}
PARAMS = [(answer, text) for answer, texts in PROBES.items() for text in texts]
BAD_PARAMS = [(answer, text) for answer, texts in NOT_PROBES.items() for text in texts]


@pytest.mark.parametrize(("answer", "text"), PARAMS)
def test_a_reply_that_does_the_step_is_heard_as_it_and_credited(answer, text):
    found = nodes_where(responds_to(answer))
    assert len({sc.id for sc, _, _ in found}) == 9
    for sc, node, state in found:
        result = roleplay.free_text(sc, state, text)
        where = (sc.id, node.id, result.routed, result.choice_id, result.feedback)
        assert result.routed == "typed" and result.step == f"respond_{answer}", where
        assert result.quality == "strong" and result.state.steps[-1].credited, where
        assert "stopped at the no" not in result.feedback, where


@pytest.mark.parametrize(("answer", "text"), BAD_PARAMS)
def test_a_reply_that_asks_nothing_is_never_credited_with_the_step(answer, text):
    for sc, node, state in nodes_where(responds_to(answer)):
        result = roleplay.free_text(sc, state, text)
        where = (sc.id, node.id, result.choice_id, result.feedback)
        assert result.quality != "strong", where
        if result.heard.how != "verbatim":  # a listed line's own words act as clicking it
            assert not result.state.steps[-1].credited, where


def test_an_offer_of_another_time_that_accepts_the_no_is_never_heard_as_a_push():
    for sc, node, state in nodes_where(responds_to("no")):
        result = roleplay.free_text(sc, state, "no worries, would a different day work better")
        assert result.quality != "harmful", (sc.id, node.id, result.choice_id)
