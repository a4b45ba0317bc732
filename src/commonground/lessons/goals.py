"""What each lesson sets out to do, shown at its top by ``lesson_header``.

Goals are plain sentences that finish "By the end you can ...". Lessons without goals
here show none; add theirs to :data:`GOALS` keyed by the full lesson id.
"""

from __future__ import annotations

from commonground import curriculum

GOALS: dict[str, tuple[str, ...]] = {
    "00_start_here": ("choose the path that fits you and see which lessons you have finished",),
    "01_what_and_why": (
        "say in one sentence what a 1:1 is and what it is for",
        "explain why people say yes to someone they trust",
        "tell a 1:1 apart from an interview, a sales pitch and counselling",
    ),
    "02_set_up_and_prepare": (
        "reach out to someone, say why you want to meet, and fix a day, time, place and length",
        "write down what you hope to get, what you know and what you want to find out",
        "draft mostly open-ended questions, a specific ask and at least one alternative",
        "print a prep card to take with you",
    ),
    "03_opening_and_your_story": (
        "open a conversation with one or two easy questions of fact",
        "tell your own story of why you got involved, in one to two minutes",
    ),
    "04_open_questions_and_listening": (
        "pivot from questions of fact to open-ended questions",
        "turn closed questions into open ones",
        "listen for what matters to the other person and notice what links to the campaign",
    ),
    "05_common_ground_and_the_campaign": (
        "name out loud what you share with the other person",
        "explain what the campaign is doing and why, tied to what they told you, in under a minute",
    ),
    "06_the_ask": (
        "make an ask that names an activity, a day and time, and a place",
        "fit the ask to what you learned about the person, and steer clear of what they cannot do",
    ),
    "07_responding": (
        "respond to a yes, a maybe and a no, each in its own way",
        "tell a no about the timing from a no about the activity",
        "offer the alternative that answers the reason behind a no",
    ),
    "08_closing_follow_up_reflection": (
        "close a conversation so the person knows you will follow up, and thank them",
        "write a follow-up that confirms every detail of what they agreed to",
        "reflect on a meeting and pick one thing to change next time",
    ),
    "09_role_play": (
        "hold a whole 1:1 from opening to close in a role-play",
        "say lines in your own words and see how each one is heard",
        "read a debrief and pick the step to practise in your next play",
    ),
    "10_facilitator_guide": ("plan and run a workshop built from these lessons",),
    "11_trainer_analysis": ("load an outcome log and see which asks convert",),
}


def goals(lesson_id: str) -> tuple[str, ...]:
    """The goals of a lesson, by id or number (empty when none are written yet)."""
    return GOALS.get(curriculum.lesson(lesson_id).id, ())
