"""Short invented exchanges for lesson 01: is this a 1:1, an interview, a pitch or counselling?

Each :class:`Transcript` is a handful of lines between an organizer ("You") and another
person, set in a different kind of organizing. Every name, place and detail is invented.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The kinds a learner can choose from, with the label shown on the buttons.
KINDS: dict[str, str] = {
    "one_on_one": "A 1:1",
    "interview": "An interview",
    "sales_pitch": "A sales pitch",
    "counselling": "Counselling",
}


@dataclass(frozen=True)
class Transcript:
    """One short exchange and what it is.

    Attributes
    ----------
    id
        Stable id.
    setting
        The kind of organizing, e.g. ``"Tenants' association"``.
    lines
        ``(speaker, text)`` pairs, in order.
    kind
        One of :data:`KINDS`.
    explanation
        Why it is that kind: what to notice.
    """

    id: str
    setting: str
    lines: tuple[tuple[str, str], ...]
    kind: str
    explanation: str


TRANSCRIPTS: tuple[Transcript, ...] = (
    Transcript(
        "tenants",
        "Tenants' association",
        (
            ("You", "Thanks for making time. How long have you lived in the building?"),
            ("Rosa", "Eleven years. My kids grew up here."),
            (
                "You",
                "I moved in three years ago. When the heat went out last winter I "
                "realised I didn't know a single neighbour, and that scared me. "
                "That's why I got involved. What has this place meant to you?",
            ),
            ("Rosa", "It's home. But every repair takes months now."),
            (
                "You",
                "Sounds like we share that: wanting this to stay a home. Tell me more "
                "about the repairs.",
            ),
        ),
        "one_on_one",
        "The organizer shares their own story, asks open questions, listens, and names "
        "what they have in common. It goes both ways.",
    ),
    Transcript(
        "school_board",
        "School board campaign",
        (
            ("You", "Name?"),
            ("Dev", "Dev."),
            ("You", "Do you have children in the district?"),
            ("Dev", "Two."),
            (
                "You",
                "Which schools? Do you vote in board elections? Would you rate "
                "class sizes as a top-three issue?",
            ),
            ("Dev", "Uh... yes, I suppose."),
        ),
        "interview",
        "Question after question, nothing shared back, no follow-up on the answers: "
        "this gathers data rather than building a relationship.",
    ),
    Transcript(
        "climate",
        "Climate group",
        (
            (
                "You",
                "Hi! Our campaign is the most effective climate effort in the county. "
                "We've already got 400 members and three wins this year.",
            ),
            ("Mei", "Oh, okay."),
            (
                "You",
                "Membership is only five dollars, and you get a T-shirt. Can I sign you "
                "up right now? It only takes a minute.",
            ),
            ("Mei", "I'm not sure..."),
        ),
        "sales_pitch",
        "All talk about the campaign and a push for a quick yes, without learning "
        "anything about what Mei cares about.",
    ),
    Transcript(
        "faith",
        "Faith community",
        (
            ("Joseph", "Honestly, since my mother got sick I can't think straight."),
            (
                "You",
                "That sounds so hard. Let's work through it. Have you talked to her "
                "doctors about home care?",
            ),
            ("Joseph", "Not yet."),
            (
                "You",
                "Then that's step one. Step two: make a list of what your siblings can "
                "take on. We can go through the list together.",
            ),
        ),
        "counselling",
        "Caring and kind, but the conversation is about solving Joseph's problem, not "
        "building a connection around shared concerns. The method says a 1:1 is not for "
        "helping someone work through something.",
    ),
    Transcript(
        "union",
        "Union organizing",
        (
            ("You", "How long have you been on the night shift?"),
            ("Amara", "Two years, since they changed the rota."),
            (
                "You",
                "Same for me. I got into the union after I missed my daughter's "
                "concert three times in a month. When you think about the schedule, "
                "what bothers you most?",
            ),
            ("Amara", "Never knowing my hours more than a week ahead."),
            (
                "You",
                "That's exactly what our committee is working on. What would it take "
                "for you to come to one meeting and tell that story?",
            ),
        ),
        "one_on_one",
        "A factual opener, a personal story, an open question, listening, and an ask "
        "that grows out of what Amara said.",
    ),
)


def check_answer(transcript: Transcript, kind: str) -> tuple[bool, str]:
    """Whether ``kind`` is right for ``transcript``, and the feedback to show."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; choose from {', '.join(KINDS)}")
    if kind == transcript.kind:
        return True, f"Yes: {KINDS[kind].lower()}. {transcript.explanation}"
    return False, (
        f"Not {KINDS[kind].lower()}. Look at who does the talking and what the organizer "
        "does with the answers, then try again."
    )
