"""Worked examples lessons 04-07 print (all people, places and campaigns invented)."""

from __future__ import annotations

from commonground.planners.campaign_pitch import CampaignPitch


def example_pitch() -> CampaignPitch:
    """A school board campaign volunteer explains the campaign to a parent (lesson 05)."""
    return CampaignPitch(
        what=(
            "we're backing two parents for the school board who have promised to cap "
            "class sizes at twenty-five"
        ),
        why=(
            "because the board voted last spring to cut twelve teaching posts, and classes "
            "at Lincoln went past thirty"
        ),
        link=(
            "you told me your daughter's teacher buys paper with her own money, and that's "
            "exactly what these two want to fix"
        ),
    )
