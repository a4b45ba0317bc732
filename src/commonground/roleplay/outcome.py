"""A finished play as one outcome-log row (the contract: ``docs/outcome-data.md``).

The row never holds the persona's name: ``contact`` is ``persona:<scenario id>``.
Values a play cannot know (follow-up after the meeting, whether they showed up) are
``None`` (empty = unknown). Booleans are Python ``bool``.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from commonground.errors import CommonGroundError
from commonground.roleplay.model import Scenario
from commonground.roleplay.state import PlayState

FIRST_RESPONSE = {"yes": "yes", "maybe": "maybe", "no_timing": "no", "no_activity": "no"}
ALTERNATIVE_STEPS = {"offer_alternative", "respond_maybe"}


def meeting_id(scenario: Scenario, state: PlayState) -> str:
    """A stable id for this play: the scenario and a hash of the moves taken."""
    moves = "|".join(f"{s.choice}:{s.typed}" for s in state.steps)
    digest = hashlib.sha1(moves.encode("utf-8")).hexdigest()[:10]
    return f"rp-{scenario.id}-{digest}"


def to_outcome_row(
    scenario: Scenario,
    state: PlayState,
    *,
    date: dt.date | str | None = None,
    organizer: str = "learner",
    meeting: str | None = None,
) -> dict:
    """One outcome-log row for a play in which an ask was made.

    Parameters
    ----------
    date
        Day of the practice (today by default), a ``date`` or ISO text.
    organizer
        Who played the organizer (an id; ``"learner"`` by default).
    meeting
        The row's ``meeting_id``; by default derived from the scenario and the moves.

    Raises
    ------
    CommonGroundError
        When no ask was made yet: the log needs ``ask_type`` and ``response``.
    """
    first, final = state.first_ask, state.final_ask
    if first is None:
        raise CommonGroundError(
            f"no ask was made in this play of {scenario.id}; an outcome row needs one"
        )
    day = date or dt.date.today()
    response = FIRST_RESPONSE[first.answer]
    practised = state.steps_practised()
    return {
        "meeting_id": meeting or meeting_id(scenario, state),
        "date": day if isinstance(day, str) else day.isoformat(),
        "organizer": organizer,
        "contact": f"persona:{scenario.id}",
        "purpose": scenario.meeting.purpose,
        "setting": scenario.meeting.setting,
        "duration_min": max(1, min(240, round(state.minutes))),
        "prepared": None,
        "story_shared": state.story_shared,
        "open_questions": sum(
            1 for s in state.steps if s.step == "open_questions" and s.quality != "harmful"
        ),
        "common_ground": bool(state.common_ground),
        "ask_type": first.ask_type,
        "ask_specific": first.specific,
        "ask_fit": first.fit,
        "response": response,
        "no_reason": first.answer[3:] if response == "no" else None,
        "alternative_offered": len(state.asks) > 1 or bool(practised & ALTERNATIVE_STEPS),
        "final_response": FIRST_RESPONSE[final.answer],
        "follow_up": None,
        "follow_up_days": None,
        "showed_up": None,
        "notes": f"synthetic role-play ({scenario.id}, ending {state.ending or 'unfinished'})",
    }
