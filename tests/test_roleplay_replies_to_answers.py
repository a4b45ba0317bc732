"""Every node of every shipped scenario where the organizer replies to a no or a maybe
accepts the method's reply in a learner's own words (issue 12): "is it the time or the
activity?" after a no, "what would you need?" after a maybe, heard as a strong move of
that step and credited. The lines are nobody's authored wording."""

from __future__ import annotations

import pytest
from roleplay_states import first_state_at_each_node, reachable_states

from commonground import roleplay

NAMES = [info.name for info in roleplay.list_scenarios() if not info.error]
METHOD_REPLIES = {
    "respond_no": (
        "Is it the day and time that's the problem, or the activity itself?",
        "Fair enough. Is it the timing, or is it the thing itself?",
    ),
    "respond_maybe": (
        "What would you need to know to decide?",
        "What would make it easier to say yes?",
    ),
}


def reply_nodes(scenario):
    """``(state, step)`` at each reachable node that replies to a no or a maybe."""
    for node_id, state in first_state_at_each_node(reachable_states(scenario)).items():
        steps = {c.step for c in scenario.node(node_id).choices} & set(METHOD_REPLIES)
        for step in sorted(steps):
            yield state, step


@pytest.mark.parametrize("name", NAMES)
def test_the_methods_reply_in_own_words_is_accepted_after_a_no_or_a_maybe(name):
    scenario = roleplay.load_scenario(name)
    checked, wrong = set(), []
    for state, step in reply_nodes(scenario):
        for text in METHOD_REPLIES[step]:
            turn = roleplay.free_text(scenario, state, text)
            checked.add(step)
            record = turn.state.steps[-1] if turn.state.steps else None
            if not (
                turn.heard.how == "meaning"
                and turn.step == step
                and turn.quality == "strong"
                and record is not None
                and record.credited
            ):
                wrong.append((state.node, text, turn.routed, turn.choice_id, turn.quality))
    assert checked == set(METHOD_REPLIES)
    assert wrong == []


PUSHES = ("Couldn't you just miss choir this once?", "Are you sure? It would really help us")


@pytest.mark.parametrize("name", NAMES)
def test_pushing_is_harmful_after_a_no_or_a_maybe(name):
    """The issue's two pushes, word for word: harmful and costing trust at every node
    that replies to a no or a maybe, whether or not the line is close to the node's own
    authored push."""
    scenario = roleplay.load_scenario(name)
    checked, wrong = 0, []
    for state, _step in reply_nodes(scenario):
        for text in PUSHES:
            turn = roleplay.free_text(scenario, state, text)
            checked += 1
            if turn.quality != "harmful" or turn.state.trust >= state.trust:
                wrong.append((state.node, text, turn.routed, turn.quality))
    assert checked >= 6
    assert wrong == []
