"""The curriculum's table of contents: lessons, their notebooks, and the three paths.

Read from the course as text (``content/course.yaml`` and each lesson's front matter, see
:mod:`commonground.course`), so a trainer changes a title, the minutes or the goals in
one place. The start notebook, the progress view, app mode and the tests all read this
one list. ``teaches`` names the method elements (see :mod:`commonground.method`) each
lesson covers; a test fails when an element is taught nowhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from commonground import course


@dataclass(frozen=True)
class Lesson:
    """One notebook of the curriculum."""

    id: str
    title: str
    minutes: int
    audience: str  # "volunteer", "facilitator" or "trainer"
    teaches: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()

    @property
    def notebook(self) -> str:
        """Path of the notebook, relative to the repository root."""
        return f"notebooks/{self.id}.ipynb"


def _lesson(entry: course.Entry) -> Lesson:
    meta = entry.meta
    return Lesson(
        entry.id,
        str(meta.get("title", entry.id)),
        int(meta.get("minutes") or 0),
        str(meta.get("audience", "volunteer")),
        tuple(meta.get("teaches") or ()),
        tuple(meta.get("goals") or ()),
    )


_COURSE = course.load()
LESSONS: tuple[Lesson, ...] = tuple(_lesson(entry) for entry in _COURSE.lessons)
PATHS: dict[str, tuple[str, ...]] = {
    name: tuple(str(n) for n in path.get("lessons", ())) for name, path in _COURSE.paths.items()
}
PATH_TITLES: dict[str, str] = {
    name: str(path.get("title", name)) for name, path in _COURSE.paths.items()
}


def lesson(lesson_id: str) -> Lesson:
    """Return a lesson by id (``"06_the_ask"``) or by number (``"06"``)."""
    for item in LESSONS:
        if item.id == lesson_id or item.id[:2] == lesson_id:
            return item
    raise KeyError(f"unknown lesson {lesson_id!r}")


def goals(lesson_id: str) -> tuple[str, ...]:
    """The goals of a lesson, by id or number (sentences finishing "By the end you can")."""
    return lesson(lesson_id).goals


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
