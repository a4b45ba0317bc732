"""The curriculum's table of contents: lessons, their notebooks, and the three paths.

The start notebook, the progress view, app mode and the tests all read this one list.
``teaches`` names the method elements (see :mod:`commonground.method`) each lesson
covers; a test fails when an element is taught nowhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from commonground import labels


@dataclass(frozen=True)
class Lesson:
    """One notebook of the curriculum."""

    id: str
    title: str
    minutes: int
    audience: str  # "volunteer", "facilitator" or "trainer"
    teaches: tuple[str, ...] = ()

    @property
    def notebook(self) -> str:
        """Path of the notebook, relative to the repository root."""
        return f"notebooks/{self.id}.ipynb"


LESSONS: tuple[Lesson, ...] = (
    Lesson("00_start_here", "Start here", 5, "volunteer"),
    Lesson(
        "01_what_and_why",
        "What a 1:1 is, and why hold one",
        20,
        "volunteer",
        (
            "intentional_conversation",
            "understand_person",
            "maintain_relationship",
            "common_ground_why",
            "motivation",
            "trusted_ask",
            "connection_not_interview",
            "ask_listen_notice",
        ),
    ),
    Lesson(
        "02_set_up_and_prepare",
        "Setting it up and preparing",
        25,
        "volunteer",
        (
            "contact",
            "explain_purpose",
            "date_time_place",
            "expected_length",
            "hope_to_get",
            "what_you_know",
            "hope_to_find_out",
            "your_questions",
            "specific_ask_ready",
            "alternatives_ready",
        ),
    ),
    Lesson(
        "03_opening_and_your_story",
        "Opening questions and your story",
        20,
        "volunteer",
        ("factual_questions", "your_story"),
    ),
    Lesson(
        "04_open_questions_and_listening",
        "Open-ended questions and listening",
        25,
        "volunteer",
        ("open_questions", "listening", "ask_listen_notice", "connection_not_interview"),
    ),
    Lesson(
        "05_common_ground_and_the_campaign",
        "Common ground and the campaign's work",
        20,
        "volunteer",
        ("common_ground", "campaign_work", "common_ground_why"),
    ),
    Lesson(
        "06_the_ask",
        "The ask: clear, specific, and fitting",
        25,
        "volunteer",
        ("ask", "specific_ask_ready", "motivation", "trusted_ask"),
    ),
    Lesson(
        "07_responding",
        "Responding to yes, maybe and no",
        20,
        "volunteer",
        ("respond", "respond_yes", "respond_maybe", "respond_no", "offer_alternative"),
    ),
    Lesson(
        "08_closing_follow_up_reflection",
        "Closing, follow-up and reflection",
        25,
        "volunteer",
        (
            "close_conversation",
            "promise_follow_up",
            "thank_them",
            "confirm_commitment",
            "thank_again",
            "reflect_on_meeting",
            "adjust_next_time",
        ),
    ),
    Lesson("09_role_play", "Full role-play", 30, "volunteer"),
    Lesson("10_facilitator_guide", "Running a workshop", 30, "facilitator"),
    Lesson("11_trainer_analysis", "Which asks convert: analysing outcome logs", 40, "trainer"),
)

PATHS: dict[str, tuple[str, ...]] = {
    "volunteer": tuple(f"{n:02d}" for n in range(1, 10)),
    "facilitator": ("10", "01", "02", "06", "07", "09"),
    "trainer": ("11",),
}
#: The paths through the course in words (the one table: :mod:`commonground.labels`).
PATH_TITLES = labels.PATHS


def lesson(lesson_id: str) -> Lesson:
    """Return a lesson by id (``"06_the_ask"``) or by number (``"06"``)."""
    for item in LESSONS:
        if item.id == lesson_id or item.id[:2] == lesson_id:
            return item
    raise KeyError(f"unknown lesson {lesson_id!r}")


def path_lessons(path: str) -> list[Lesson]:
    """The lessons of one path, in the order to take them."""
    try:
        numbers = PATHS[path]
    except KeyError:
        raise KeyError(f"unknown path {path!r}; choose from {', '.join(PATHS)}") from None
    return [lesson(n) for n in numbers]


def describe_paths() -> str:
    """Plain-text overview of the three paths and their lessons, in order."""
    lines = []
    for path, title in PATH_TITLES.items():
        items = path_lessons(path)
        total = sum(item.minutes for item in items)
        lines.append(f"{title} (about {total} minutes):")
        lines.extend(f"  {item.id[:2]}  {item.title} ({item.minutes} min)" for item in items)
        lines.append("")
    return "\n".join(lines).rstrip()
