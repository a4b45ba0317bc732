"""A story of one's own is heard as sharing your story, whatever its content.

No two volunteers' stories share their words, so at every node where the method's
story step fits, a line that tells of oneself (a moment, a feeling, why you got
involved) is heard as the node's strong story move and credited; a résumé, a life told
stage by stage, talk about the campaign or a speech that never turns to them is not.
The stories are about nothing any scenario mentions.
"""

from __future__ import annotations

import pytest
from roleplay_states import first_state_at_each_node, reachable_states

from commonground import roleplay

NAMES = [info.name for info in roleplay.list_scenarios() if not info.error]

STORIES = [
    "When my dad lost his job at the plant, we nearly lost the house. Nobody came to help "
    "until the union did, and that's when I started going to meetings.",
    "honestly, a few years ago my neighbour got evicted with two days notice and i watched her "
    "kids carry their stuff out. i felt useless. so when i heard about this campaign i signed up",
    "I grew up with a mum who worked two jobs and still couldn't make rent. Last winter I saw the "
    "same thing happening to my friend, and I decided I couldn't just watch any more.",
    "My little brother has asthma, and the first time he ended up in hospital I realised nobody "
    "was going to fix things unless people like us pushed. That's why I'm here.",
    "um so my gran raised me, and when her bus route got cut she basically stopped going out. "
    "seeing her stuck at home is why i got involved",
]
NOT_STORIES = [
    # first-person words, but a confirmation and common ground, not a story (fresh_b)
    "Brilliant, so Saturday at 11 in the school library, sensor team, I'll text you the plan "
    "tonight",
    "I think we both want clean air for our kids and nobody should have to fight it alone",
    "I'm a project manager, I've got a degree in politics and I sit on two charity boards.",
    "ok so I was born in Leeds, then I went to school there, then college, then I worked in a "
    "bank, then I moved here, then I had my kids, then I started volunteering, and then",
    "We're the coalition, we've got five hundred members and we're running a big campaign this "
    "spring.",
    "When I was nineteen my flat flooded and I lost everything, and I was furious, and the "
    "council did nothing, so I wrote letters for months, and I went to every meeting, and I "
    "learned all about drainage, and the history of the council, and the budget process, and "
    "the different committees, and how the votes work, and who sits on which panel, and I "
    "joined the coalition and became treasurer and chair of the comms group and I started "
    "running the training for new members, and I've been doing that for six years now and I'm "
    "very proud of all of it and of everything we have done together over those years.",
]


def story_nodes(scenario):
    for node_id, state in first_state_at_each_node(reachable_states(scenario)).items():
        choices = scenario.node(node_id).choices
        if any(c.step == "your_story" and c.quality == "strong" for c in choices):
            yield state


@pytest.mark.parametrize("name", NAMES)
def test_a_story_of_ones_own_is_heard_and_credited_as_sharing_your_story(name):
    scenario = roleplay.load_scenario(name)
    states = list(story_nodes(scenario))
    assert states
    wrong = []
    for state in states:
        for story in STORIES:
            turn = roleplay.free_text(scenario, state, story)
            record = turn.state.steps[-1] if turn.state.steps else None
            if not (
                turn.step == "your_story"
                and turn.quality == "strong"
                and record is not None
                and record.credited
            ):
                wrong.append((state.node, story[:40], turn.routed, turn.choice_id, turn.quality))
    assert wrong == []


@pytest.mark.parametrize("name", NAMES)
def test_a_resume_a_chronology_campaign_talk_or_a_speech_is_never_a_strong_story(name):
    scenario = roleplay.load_scenario(name)
    wrong = []
    for state in story_nodes(scenario):
        for line in NOT_STORIES:
            turn = roleplay.free_text(scenario, state, line)
            credited = bool(turn.state.steps) and turn.state.steps[-1].credited
            if turn.quality == "strong" or (
                turn.step == "your_story" and credited and turn.quality != "weak"
            ):
                wrong.append((state.node, line[:40], turn.choice_id, turn.quality))
    assert wrong == []


@pytest.mark.parametrize("name", NAMES)
def test_a_speech_about_oneself_is_flagged_as_our_advice_wherever_it_is_heard(name):
    scenario = roleplay.load_scenario(name)
    wrong = []
    for state in first_state_at_each_node(reachable_states(scenario)).values():
        turn = roleplay.free_text(scenario, state, NOT_STORIES[-1])
        if turn.quality == "strong" or (
            turn.quality != "harmful" and "speech, not a story" not in turn.feedback
        ):
            wrong.append((state.node, turn.routed, turn.choice_id, turn.quality))
    assert wrong == []


# ---- common ground and open questions in one's own words ---------------------------------

COMMON_GROUND = [
    "It sounds like we both want the same thing here: people shouldn't have to fight this hard "
    "just to get by.",
    "we've got that in common then, we both grew up watching our families get treated like they "
    "didn't matter",
]
BARE_AGREEMENT = ["I agree, completely.", "Same here, honestly.", "yeah totally"]
OPEN_QUESTIONS = [
    "What is it about all this that matters most to you?",
    "Tell me a bit about what a good week looks like for you.",
]


def nodes_offering(scenario, step):
    for node_id, state in first_state_at_each_node(reachable_states(scenario)).items():
        if any(c.step == step and c.quality == "strong" for c in scenario.node(node_id).choices):
            yield state


@pytest.mark.parametrize("name", NAMES)
def test_common_ground_in_ones_own_words_is_credited_and_a_bare_agreement_is_not(name):
    scenario = roleplay.load_scenario(name)
    states = list(nodes_offering(scenario, "common_ground"))
    assert states
    wrong = []
    for state in states:
        for line in COMMON_GROUND:
            turn = roleplay.free_text(scenario, state, line)
            if (turn.step, turn.quality) != ("common_ground", "strong"):
                wrong.append((state.node, line[:30], turn.routed, turn.choice_id, turn.quality))
        for line in BARE_AGREEMENT:
            turn = roleplay.free_text(scenario, state, line)
            credited = bool(turn.state.steps) and turn.state.steps[-1].credited
            if turn.quality == "strong" or (turn.step == "common_ground" and credited):
                wrong.append((state.node, line, turn.routed, turn.choice_id, turn.quality))
    assert wrong == []


@pytest.mark.parametrize("name", NAMES)
def test_an_open_question_of_ones_own_is_never_not_understood_where_one_fits(name):
    """Where every strong move is an open question (not where they have just told you
    something to follow up), an open question of one's own is heard as one (or, when two
    listed moves are as close, the learner is asked which)."""
    scenario = roleplay.load_scenario(name)
    wrong = []
    for state in nodes_offering(scenario, "open_questions"):
        strong = {c.step for c in scenario.node(state.node).choices if c.quality == "strong"}
        if strong != {"open_questions"}:
            continue
        for line in OPEN_QUESTIONS:
            turn = roleplay.free_text(scenario, state, line)
            if turn.routed == "unclear":
                continue
            if turn.routed != "typed" or turn.quality == "harmful":
                wrong.append((state.node, line[:30], turn.routed, turn.choice_id, turn.quality))
    assert wrong == []
