"""Worked examples the lesson notebooks show (all people and places invented)."""

from __future__ import annotations

from commonground.planners.follow_up import Commitment
from commonground.planners.prep import PrepPlan
from commonground.planners.story import StoryParts


def vague_plan() -> PrepPlan:
    """A first-draft prep plan for a union 1:1, with gaps lesson 02 asks the learner to spot."""
    return PrepPlan(
        contact="A co-worker on the night shift",
        introduction="I'm on the same line; we've said hi in the break room.",
        purpose="get_to_know",
        date="Friday",
        time="",
        place="the diner by the plant",
        length_min=60,
        hope_to_get="See if she'd come to a union meeting.",
        what_you_know="Started two years ago, when the rota changed.",
        hope_to_find_out="stuff",
        questions=["Do you like the night shift?", "Are you in the union?"],
        ask="Can you help out with the union sometime?",
        alternatives=[],
    )


def example_story() -> StoryParts:
    """A climate organizer's story in three parts (lesson 03)."""
    return StoryParts(
        what_happened=(
            "two summers ago the creek behind my street flooded twice in one month, and my "
            "neighbour, who is eighty, spent a night on a camp bed in the church hall"
        ),
        what_you_chose=(
            "I went to a meeting of the county climate group to ask what could be done, and I "
            "ended up helping map which houses flood first"
        ),
        why_now=(
            "now the county is deciding where to spend its flood money, and I want our street "
            "to be in that plan, so that no one else has to pack a bag in the middle of the "
            "night"
        ),
    )


def example_commitment() -> Commitment:
    """A faith-community volunteer's yes, ready to confirm (lesson 08)."""
    return Commitment(
        greeting_name="Grace",
        activity="help serve at the Saturday community lunch",
        date="Saturday 13 December",
        time="11am to 1pm",
        place="St Brendan's parish hall, side door",
        contact_person="me, on this number",
        thanks="Thank you for our talk on Sunday, and for telling me about your mother's cooking.",
    )
