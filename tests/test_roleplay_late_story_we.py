"""A late story told in "we", or begun with common ground, is still a story (session 11).

"we got evicted in 2019... that's why we joined the tenants union" names no "I": the
reader now finds the speaker in a story told of "us" (``first_person``), so the role-play
credits the story step at a node with no story move. "I felt the same. When my dad lost
his job..." names common ground first: the story starts after it, and is credited too.
Common ground alone, a bare agreement in "we" and the campaign pitched in "we" are no
story. Each line is tried at every node without a story move, in all nine scenarios.
"""

from __future__ import annotations

import pytest
from test_roleplay_late_story import (
    NAMES,
    _story_records,
    credited_as_stories,
    typed_in_turn,
)

from commonground import roleplay

STORIES = [
    "we got evicted in 2019 with two weeks notice and nobody helped us... that's why we joined "
    "the tenants union",
    "Back in 2019 we had to move three times in one year because of the rent, and I was scared "
    "the whole time.",
    "I felt the same. When my dad lost his job we had to move out of our flat, and nobody "
    "helped us. That's why I got involved.",
    "me too honestly. when we lost the house my mum cried for a week and thats why i do this",
]
NOT_STORIES = [
    "Me too, I feel exactly the same way about the buses and the cuts.",
    "We agree on that, we both want the council to listen to the people round here.",
    "We're fighting the cuts because the council wants to close the library in June, that's "
    "why we're asking everyone to come.",
]


@pytest.mark.parametrize("name", NAMES)
def test_a_story_in_we_or_after_common_ground_is_credited(name):
    scenario = roleplay.load_scenario(name)
    wrong, tried = [], 0
    for state, choice, story, turn in typed_in_turn(scenario, STORIES):
        if turn.routed not in ("typed", "fallback", "unclear", "leading"):
            continue
        tried += 1
        added = _story_records(turn.state)[len(_story_records(state)) :]
        if not (len(added) == 1 and added[0].credited and "You shared your story" in turn.feedback):
            wrong.append((state.node, choice.id, turn.routed, story[:30]))
    assert tried >= 5
    assert wrong == []


@pytest.mark.parametrize("name", NAMES)
def test_common_ground_agreement_and_the_campaign_in_we_are_no_story(name):
    assert credited_as_stories(roleplay.load_scenario(name), NOT_STORIES) == []
