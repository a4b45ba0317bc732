"""A short line about the campaign is the campaign move, judged on its words.

Where the learner explains what the campaign does and why, "We're fighting the lorry
route." is that move (never "not understood"), but too short to say what and why, so it is
weak and not credited. A line about something else is not heard as the campaign.
"""

from __future__ import annotations

import pytest
from roleplay_nodes import nodes_where

from commonground import roleplay

#: Two short lines per scenario about its own campaign (what a learner might say).
SHORT = {
    "faith_leader": ("We're fighting for free school breakfasts.", "It's about hungry kids"),
    "longtime_volunteer": ("We're fighting the rent increases.", "It's about the repairs"),
    "night_shift_nurse": ("We're fighting last-minute shift changes.", "It's about fair shifts"),
    "over_committed": ("It's about electing Dolores.", "We're backing Dolores Vega."),
    "pta_parent": ("We're fighting the lorry route.", "It's about the air at school"),
    "retired_teacher": ("We're fighting to keep the library open.", "It's about the library"),
    "sceptical_neighbour": ("We're pushing for the storm drains.", "It's about the flooding"),
    "small_business_owner": ("We're fighting for a station lift.", "It's about step-free shops"),
    "student": ("We're fighting for the late buses.", "It's about Route 14"),
}
OFF_TOPIC = (
    "The weather's been awful lately.",
    "My cat had kittens last week.",
    "I like pizza.",
    "Honestly the traffic this morning was terrible.",
    "Our holiday in Spain was lovely, honestly.",
    "The football was basically a disaster.",
)


def _campaign_here(sc, node, state):
    return any(c.step == "campaign_work" and c.quality == "strong" for c in node.choices)


@pytest.mark.parametrize("which", (0, 1))
def test_a_short_campaign_line_is_the_campaign_move_but_not_credited(which):
    found = nodes_where(_campaign_here)
    assert len({sc.id for sc, _, _ in found}) == 9
    for sc, node, state in found:
        result = roleplay.free_text(sc, state, SHORT[sc.id][which])
        where = (sc.id, node.id, result.routed, result.choice_id, result.feedback)
        assert result.routed == "typed" and result.step == "campaign_work", where
        assert result.quality == "weak" and not result.state.steps[-1].credited, where


@pytest.mark.parametrize("text", OFF_TOPIC)
def test_a_line_about_something_else_is_not_the_campaign(text):
    for sc, node, state in nodes_where(_campaign_here):
        result = roleplay.free_text(sc, state, text)
        assert not (result.routed == "typed" and result.step == "campaign_work"), (sc.id, node.id)
