"""A maybe is not a yes.

After "maybe, I'd have to check", a line that takes the answer as agreed ("great, see you
Tuesday then!", "I'll put you down for it", the details confirmed) is heard as the mistake
of treating a maybe as a yes: flagged, never credited, and the persona says it was only a
maybe (the conversation stays where it was, so the learner can ask what they need). The
same words after a yes are the confirmation; a probe after a maybe is still the probe.
"""

from __future__ import annotations

import pytest
from roleplay_nodes import nodes_where, responds_to

from commonground import roleplay
from commonground.roleplay.model import DEFAULT_MAYBE_AS_YES

AS_YES = (
    "great, see you Tuesday then!",
    "Brilliant, I'll put you down for it.",
    "perfect, so that's saturday at 10 at the library",
)


@pytest.mark.parametrize("text", AS_YES)
def test_a_maybe_taken_as_a_yes_is_flagged_and_never_credited(text):
    found = nodes_where(responds_to("maybe"))
    assert len({sc.id for sc, _, _ in found}) == 9
    for sc, node, state in found:
        result = roleplay.free_text(sc, state, text)
        where = (sc.id, node.id, result.routed, result.feedback)
        assert result.routed == "maybe_as_yes" and result.step == "respond_maybe", where
        assert result.quality == "weak" and not result.state.steps[-1].credited, where
        assert "treats a maybe as a yes" in result.feedback, where
        assert result.reply == DEFAULT_MAYBE_AS_YES.say and result.state.node == node.id, where


def test_a_probe_after_a_maybe_is_still_the_probe_even_naming_details():
    for sc, node, state in nodes_where(responds_to("maybe")):
        result = roleplay.free_text(
            sc, state, "Fair enough. What would you need to know before Saturday?"
        )
        assert result.routed == "typed" and result.quality == "strong", (sc.id, node.id)


def test_the_same_words_after_a_yes_are_not_this_mistake():
    for sc, node, state in nodes_where(responds_to("yes")):
        result = roleplay.free_text(sc, state, AS_YES[2])
        assert result.routed == "typed" and result.step == "respond_yes", (sc.id, node.id)
