"""Workshop agendas as data: a 90-minute session and a half day.

Each item says when it starts, how long it lasts, what happens, which lesson notebook
to project (ids from :mod:`commonground.curriculum`) and a prompt for the room.

Examples
--------
>>> sum(item.minutes for item in agenda("90min"))
90
"""

from __future__ import annotations

from dataclasses import dataclass

from commonground.errors import CommonGroundError


@dataclass(frozen=True)
class AgendaItem:
    """One block of a workshop."""

    minutes: int
    activity: str
    project: tuple[str, ...] = ()
    prompt: str = ""


_NINETY = (
    AgendaItem(
        10,
        "Welcome; what a 1:1 is and why we hold them",
        ("01_what_and_why",),
        "Think of a time someone asked you in person to get involved. Why did you say yes?",
    ),
    AgendaItem(
        15,
        "The shape of the meeting: opening questions, your story, open questions; listening "
        "all the way through",
        ("03_opening_and_your_story", "04_open_questions_and_listening"),
        "Turn 'Do you like volunteering?' into a question that lets someone open up.",
    ),
    AgendaItem(
        15,
        "Common ground, the ask, and responding to yes, maybe and no",
        ("06_the_ask", "07_responding"),
        "Rewrite 'Could you help out sometime?' so it names what, when and where.",
    ),
    AgendaItem(
        25,
        "Role-play round (20-minute 1:1 in pairs or trios) with cards and the timer",
        ("09_role_play",),
        "Organizer: listen for one thing that would make your ask fit.",
    ),
    AgendaItem(
        10,
        "Debrief in the pairs or trios: observer first, then the person, then the organizer",
        (),
        "What did the person say that the ask could have grown out of?",
    ),
    AgendaItem(
        10,
        "Room debrief: which steps were skipped, which asks landed",
        (),
        "Which step did the room skip most, and what would help next time?",
    ),
    AgendaItem(
        5,
        "Close: follow-up, reflection, and one 1:1 each of us will set up this week",
        ("08_closing_follow_up_reflection",),
        "Who will you ask for a 1:1 this week, and what is your reason to meet?",
    ),
)

_HALF_DAY = (
    AgendaItem(
        15,
        "Welcome and introductions in pairs",
        ("00_start_here",),
        "Tell your partner how you first got involved in something you care about.",
    ),
    AgendaItem(
        20,
        "What a 1:1 is, and why people say yes to people they trust",
        ("01_what_and_why",),
        "Think of a time someone asked you in person to get involved. Why did you say yes?",
    ),
    AgendaItem(
        20,
        "Setting it up and preparing: purpose, time and place, a specific ask and alternatives",
        ("02_set_up_and_prepare",),
        "Write the sentence you would use to ask someone for a 1:1, with the reason.",
    ),
    AgendaItem(
        25,
        "Opening questions, your story, open questions, and listening throughout (story "
        "practice in pairs)",
        ("03_opening_and_your_story", "04_open_questions_and_listening"),
        "Tell your story in two minutes: why you got involved, and why now.",
    ),
    AgendaItem(15, "Break"),
    AgendaItem(
        25,
        "Common ground, the campaign's work, the ask, and responding",
        ("05_common_ground_and_the_campaign", "06_the_ask", "07_responding"),
        "When someone says no, how do you find out whether it is the time or the activity?",
    ),
    AgendaItem(
        30,
        "Role-play round 1 (25-minute 1:1 in trios) and a short debrief in the trio",
        ("09_role_play",),
        "Observer: tick each step as it happens and note the ask word for word.",
    ),
    AgendaItem(
        30,
        "Role-play round 2 with new partners and rotated roles",
        ("09_role_play",),
        "Organizer: make one clear, specific ask that fits, and have an alternative ready.",
    ),
    AgendaItem(
        15,
        "Room debrief: which steps were skipped, which asks landed",
        (),
        "Which step did the room skip most, and what would help next time?",
    ),
    AgendaItem(
        15,
        "Close: follow-up, reflection, and commitments",
        ("08_closing_follow_up_reflection",),
        "Who will you ask for a 1:1 this week, and what is your reason to meet?",
    ),
)

AGENDAS = {"90min": _NINETY, "half_day": _HALF_DAY}
TITLES = {"90min": "A 90-minute session", "half_day": "A half day (three and a half hours)"}


def agenda(kind: str) -> tuple[AgendaItem, ...]:
    """The items of an agenda: ``"90min"`` or ``"half_day"``."""
    try:
        return AGENDAS[kind]
    except KeyError:
        raise CommonGroundError(
            f"unknown agenda {kind!r}; choose from {', '.join(AGENDAS)}"
        ) from None


def agenda_rows(kind: str, start: str = "0:00") -> list[dict[str, str]]:
    """The agenda as table rows with clock times, starting at ``start`` (``H:MM``)."""
    hours, minutes = (int(part) for part in start.split(":"))
    at = hours * 60 + minutes
    rows = []
    for item in agenda(kind):
        rows.append(
            {
                "time": f"{at // 60}:{at % 60:02d}",
                "minutes": str(item.minutes),
                "activity": item.activity,
                "project": ", ".join(item.project) or "-",
                "prompt": item.prompt or "-",
            }
        )
        at += item.minutes
    return rows


def agenda_markdown(kind: str, start: str = "0:00") -> str:
    """The agenda as a Markdown table (for notebooks and handouts)."""
    rows = agenda_rows(kind, start)
    head = "| time | min | activity | project | prompt for the room |\n|---|---|---|---|---|"
    body = [
        f"| {r['time']} | {r['minutes']} | {r['activity']} | {r['project']} | {r['prompt']} |"
        for r in rows
    ]
    return "\n".join([head, *body])
