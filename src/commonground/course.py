"""The table of the course, read from ``content/``: the one module that reads it.

``content/course.yaml`` lists the lessons in order, the tool notebooks, the paths and the
exercise notebooks; each ``content/lessons/<id>.md`` says in its front matter its title,
minutes, audience, goals and the method elements it teaches. :func:`load` reads both and
returns a :class:`Course`. :mod:`commonground.curriculum` (``Lesson``, ``LESSONS``, ...)
is the same table for the rest of the program.

Every problem raises :class:`~commonground.errors.InputFileError` naming the file and the
line (``commonground content lint`` lists them all instead of stopping at the first).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from commonground.errors import InputFileError
from commonground.roleplay.yamlfile import Lines, line_of, parse_file, parse_text

TABLE = "course.yaml"
LESSONS_DIR = "lessons"
EXERCISES_DIR = "exercises"
#: Front-matter keys every lesson needs; tool notebooks need only the first two.
LESSON_KEYS = ("id", "title", "minutes", "audience", "goals", "teaches")
TOOL_KEYS = ("id", "title")
AUDIENCES = ("volunteer", "facilitator", "trainer")
_FENCE = re.compile(r"^(`{3,}|~{3,})\{code-cell\}")


@dataclass(frozen=True)
class Entry:
    """One text notebook: its file, its front matter and where each key is."""

    path: Path
    meta: dict
    lines: Lines = field(repr=False, compare=False)

    @property
    def id(self) -> str:
        return self.path.stem

    def line(self, *key) -> int:
        """The line of a front-matter key (1 when it is missing: the file's top)."""
        return line_of(self.lines, key) or 1


@dataclass(frozen=True)
class Course:
    """The course as read from one content folder."""

    folder: Path
    lessons: tuple[Entry, ...]
    tools: tuple[Entry, ...]
    paths: dict[str, dict]
    exercises: tuple[dict, ...]
    lines: Lines = field(repr=False, compare=False)

    @property
    def table(self) -> Path:
        return self.folder / TABLE


def split_front_matter(text: str) -> tuple[str, int]:
    """The YAML between the first two ``---`` lines, and the line it starts on (2).

    Returns ``("", 1)`` when the text has no front matter.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return "", 1
    for end in range(1, len(lines)):
        if lines[end].strip() == "---":
            return "\n".join(lines[1:end]) + "\n", 2
    return "", 1


def read_entry(path: Path) -> Entry:
    """Read the front matter of one text notebook (``lessons/<id>.md``)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputFileError(path, f"cannot read: {exc}") from None
    head, first = split_front_matter(text)
    if not head:
        raise InputFileError(path, "line 1: no front matter (a block between two '---' lines)")
    meta, lines = parse_text(head, path, first)
    if not isinstance(meta, dict):
        raise InputFileError(path, f"line {first}: the front matter must be key: value lines")
    return Entry(path, meta, lines)


def _names(data: dict, key: str, table: Path, lines: Lines) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        line = line_of(lines, (key,))
        raise InputFileError(table, f"line {line}: {key!r} must be a list of file names")
    return value


def read_table(folder: Path) -> tuple[dict, Lines]:
    """``course.yaml`` as data, with the line of every value."""
    table = folder / TABLE
    if not table.is_file():
        raise InputFileError(table, "no course table here (is this a content folder?)")
    data, lines = parse_file(table)
    if not isinstance(data, dict):
        raise InputFileError(table, "line 1: the course table must be key: value lines")
    return data, lines


def load_course(folder: Path) -> Course:
    """Read ``course.yaml`` and the front matter of every file it names (no caching)."""
    folder = Path(folder)
    data, lines = read_table(folder)
    table = folder / TABLE

    def entries(key: str) -> tuple[Entry, ...]:
        out = []
        for index, name in enumerate(_names(data, key, table, lines)):
            path = folder / LESSONS_DIR / f"{name}.md"
            if not path.is_file():
                line = line_of(lines, (key, index))
                raise InputFileError(table, f"line {line}: no file {LESSONS_DIR}/{name}.md")
            out.append(read_entry(path))
        return tuple(out)

    exercises = data.get(EXERCISES_DIR, [])
    if not isinstance(exercises, list) or not all(
        isinstance(e, dict) and isinstance(e.get("name"), str) for e in exercises
    ):
        line = line_of(lines, (EXERCISES_DIR,))
        raise InputFileError(table, f"line {line}: each exercise needs a 'name'")
    paths = data.get("paths", {})
    if not isinstance(paths, dict):
        raise InputFileError(table, f"line {line_of(lines, ('paths',))}: 'paths' is a mapping")
    return Course(folder, entries("lessons"), entries("tools"), paths, tuple(exercises), lines)


def default_folder() -> Path:
    """The content folder in use: ``$COMMONGROUND_CONTENT`` or the shipped ``content/``."""
    from commonground import resources

    return resources.course_dir()


@lru_cache(maxsize=8)
def _cached(folder: str) -> Course:
    return load_course(Path(folder))


def load(folder: str | os.PathLike | None = None) -> Course:
    """The course in ``folder`` (default: :func:`default_folder`), read once per folder."""
    return _cached(str(Path(folder or default_folder()).resolve()))


def lesson_number(lesson_id: str) -> str:
    """The number a path uses for a lesson: ``"06"`` for ``"06_the_ask"``."""
    return lesson_id[:2]


def code_cells(text: str) -> list[tuple[int, str]]:
    """The code cells of a MyST text notebook: (line of the first code line, source)."""
    lines = text.split("\n")
    out = []
    n = 0
    while n < len(lines):
        fence = _FENCE.match(lines[n])
        if not fence:
            n += 1
            continue
        n += 1
        if n < len(lines) and lines[n].startswith(":"):
            while n < len(lines) and lines[n].startswith(":"):
                n += 1
            if n < len(lines) and not lines[n].strip():
                n += 1
        elif n < len(lines) and lines[n].strip() == "---":  # options as a YAML block
            n += 1
            while n < len(lines) and lines[n].strip() != "---":
                n += 1
            n += 1
        start, body = n + 1, []
        while n < len(lines) and not lines[n].startswith(fence.group(1)):
            body.append(lines[n])
            n += 1
        out.append((start, "\n".join(body)))
        n += 1
    return out
