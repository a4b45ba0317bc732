"""Reading question files (``content/questions/<lesson>.yaml``) into questions.

A file holds one lesson's ``self_check`` items (multiple choice, shown at the end of the
lesson), its ``practice`` items (multiple choice set in a moment of a meeting, shown by a
widget inside the lesson, such as lesson 05's common-ground picker) and its ``exercises``
(any answer shape). All become the same :mod:`commonground.questions.model` objects. Every problem names the file and the line
(the scenario loader's line-numbered YAML reading, :mod:`commonground.roleplay.yamlfile`).

Files are read once per version (path, modification time, size), so a lesson module's
``q1`` and the widget showing it are the same object.

Examples
--------
>>> from commonground.questions import exercise_questions, self_check_questions
>>> [q.id for q in self_check_questions("06")][:1]
['06.s1']
>>> exercise_questions("06")[0].id
'06.q1'
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from commonground.errors import InputFileError

# The scenario loader's line-numbered YAML reading (imported when a file is read: the
# roleplay package is heavy to import).
Lines = dict[tuple, int]


def parse_file(path):
    """:func:`commonground.roleplay.yamlfile.parse_file`: the data and a path -> line map."""
    from commonground.roleplay.yamlfile import parse_file as parse

    return parse(path)


def line_of(lines: Lines, path: tuple) -> int:
    """:func:`commonground.roleplay.yamlfile.line_of`: the line of a value (0 if unknown)."""
    from commonground.roleplay.yamlfile import line_of as find

    return find(lines, path)


SCHEMA_FILE = Path(__file__).with_name("questions.schema.json")
#: The sections of a question file, and what one item of each is called in messages.
SECTIONS = {"self_check": "self-check", "practice": "practice", "exercises": "exercise"}


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a question file: the file, the line (1-based, 0 when unknown)."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return (
            f"{self.file}:{self.line}: {self.message}"
            if self.line
            else f"{self.file}: {self.message}"
        )

    @property
    def path(self) -> str:
        """The file, under the name ``commonground content lint`` uses."""
        return self.file


@dataclass(frozen=True)
class QuestionFile:
    """One lesson's questions as read, with the raw data and the line of every value."""

    path: Path
    lesson: str
    self_check: tuple
    exercises: tuple
    practice: tuple
    data: dict
    lines: Lines

    def line(self, *path) -> int:
        """The line of a value, by its path in the file (``("exercises", 0, "id")``)."""
        return line_of(self.lines, tuple(path))


def questions_dir(content: str | os.PathLike | None = None) -> Path:
    """The folder of question files: ``<content>/questions``, the shipped one by default."""
    if content is None:
        from commonground.resources import course_dir

        content = course_dir()
    return Path(content) / "questions"


def lesson_key(lesson_id: str) -> str:
    """The file stem for a lesson: ``"06"`` for ``"06_the_ask"`` or ``"6"``; ``"11a"`` as is."""
    head = str(lesson_id).split("_")[0]
    return head.zfill(2) if head.isdigit() else head


def question_file(lesson_id: str, content: str | os.PathLike | None = None) -> Path:
    """The path of one lesson's question file."""
    return questions_dir(content) / f"{lesson_key(lesson_id)}.yaml"


def load_file(path: str | os.PathLike) -> QuestionFile:
    """Read and check one question file.

    Raises
    ------
    InputFileError
        Naming the file and the line of each problem (YAML syntax, a missing or unknown
        field, no option marked right, two marked right, an unknown ``check:``).
    """
    path = Path(path)
    try:
        stat = path.stat()
    except OSError as exc:
        raise InputFileError(path, f"cannot read: {exc.strerror or exc}") from None
    return _load_cached(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _load_cached(path: str, _mtime: int, _size: int) -> QuestionFile:
    data, lines = parse_file(path)
    problems = schema_problems(path, data, lines)
    if not problems:
        problems = structure_problems(path, data, lines)
    if problems:
        listed = "\n".join(f"  {p}" for p in problems)
        raise InputFileError(path, f"{len(problems)} problem(s):\n{listed}")
    from commonground.questions.build import build_exercise, build_self_check

    return QuestionFile(
        path=Path(path),
        lesson=data["lesson"],
        self_check=tuple(build_self_check(raw) for raw in data.get("self_check", [])),
        exercises=tuple(build_exercise(raw) for raw in data.get("exercises", [])),
        practice=tuple(build_self_check(raw) for raw in data.get("practice", [])),
        data=data,
        lines=lines,
    )


@lru_cache(maxsize=1)
def _validator():
    from commonground.schema_import import import_jsonschema

    jsonschema = import_jsonschema()  # without the slow IRI checker: the schema has no formats
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def schema_problems(path, data: object, lines: Lines) -> list[Problem]:
    """Every schema violation (missing or unknown fields, wrong types), in file order."""
    if not isinstance(data, dict):
        return [Problem(str(path), 1, "a question file must be a mapping (key: value)")]
    found = []
    for error in _validator().iter_errors(data):
        where = tuple(error.absolute_path)
        found.append(Problem(str(path), line_of(lines, where), _message(data, where, error)))
    return sorted(found, key=lambda p: p.line)


def _message(data: dict, where: tuple, error) -> str:
    label = _label(data, where)
    text = error.message
    if error.validator == "oneOf" and "needs" in str(error.schema):
        text = "a judge needs exactly one of 'needs: ask', 'kind: ...' or 'check: <name>'"
    elif isinstance(error.instance, bool) and error.validator == "type":
        text += " (YAML reads an unquoted yes/no as true/false: put the text in quotes)"
    elif len(text) > 160:
        text = text[:157] + "..."
    return f"{label}: {text}" if label else text


def _label(data: dict, where: tuple) -> str:
    """``exercise 06.q3, option 2`` rather than a position counted from 0."""
    if len(where) < 2 or where[0] not in SECTIONS:
        return "/".join(str(p) for p in where)
    items = data.get(where[0])
    item = items[where[1]] if isinstance(items, list) and where[1] < len(items) else {}
    qid = item.get("id") if isinstance(item, dict) else None
    out = f"{SECTIONS[where[0]]} {qid or where[1] + 1}"
    rest = where[2:]
    if len(rest) >= 2 and rest[0] in ("options", "must_fail", "must_pass", "hints", "items"):
        out += f", {rest[0].rstrip('s')} {rest[1] + 1}"
        rest = rest[2:]
    return out + "".join(f", {p}" for p in rest)


def structure_problems(path, data: dict, lines: Lines) -> list[Problem]:
    """What the schema cannot say: exactly one right option, known ids and checks."""
    from commonground import method
    from commonground.questions.checks import CHECKS

    elements = set(method.load().ids())
    found, seen = [], {}
    if Path(path).stem != data["lesson"]:
        found.append(
            Problem(
                str(path),
                line_of(lines, ("lesson",)),
                f"lesson {data['lesson']!r} does not match the file name "
                f"(call the file {data['lesson']}.yaml)",
            )
        )
    for section in SECTIONS:
        for n, raw in enumerate(data.get(section, [])):
            at = (section, n)
            label = _label(data, at)
            qid = raw["id"]
            if qid in seen:
                found.append(
                    Problem(
                        str(path),
                        line_of(lines, (*at, "id")),
                        f"{label}: id {qid} is used twice (first at line {seen[qid]})",
                    )
                )
            seen.setdefault(qid, line_of(lines, (*at, "id")))
            if not qid.startswith(f"{data['lesson']}."):
                found.append(
                    Problem(
                        str(path),
                        line_of(lines, (*at, "id")),
                        f"{label}: id should start with '{data['lesson']}.'",
                    )
                )
            if "options" in raw:
                right = [o for o in raw["options"] if o.get("right")]
                if len(right) != 1:
                    found.append(
                        Problem(
                            str(path),
                            line_of(lines, (*at, "options")),
                            f"{label}: mark exactly one option 'right: true' (found {len(right)})",
                        )
                    )
            for element in raw.get("elements", []):
                if element not in elements:
                    found.append(
                        Problem(
                            str(path),
                            line_of(lines, (*at, "elements")),
                            f"{label}: unknown method element {element!r}",
                        )
                    )
            judge = raw.get("judge", {})
            if "check" in judge and judge["check"] not in CHECKS:
                known = ", ".join(sorted(CHECKS))
                found.append(
                    Problem(
                        str(path),
                        line_of(lines, (*at, "judge", "check")),
                        f"{label}: no check named {judge['check']!r} (known: {known})",
                    )
                )
            if raw.get("type") == "labels":
                stray = [e for e in raw["expected"] if e not in raw["labels"]]
                if stray or len(raw["expected"]) != len(raw["items"]):
                    found.append(
                        Problem(
                            str(path),
                            line_of(lines, (*at, "expected")),
                            f"{label}: 'expected' needs one of the labels per item",
                        )
                    )
            if raw.get("type") == "value":
                from commonground.questions.values import VALUES

                if raw["value"] not in VALUES:
                    found.append(
                        Problem(
                            str(path),
                            line_of(lines, (*at, "value")),
                            f"{label}: no computed value named {raw['value']!r}",
                        )
                    )
    return found


def load_lesson(lesson_id: str, content: str | os.PathLike | None = None) -> QuestionFile | None:
    """One lesson's question file, or ``None`` when the lesson has none."""
    path = question_file(lesson_id, content)
    return load_file(path) if path.exists() else None


def self_check_questions(lesson_id: str, content: str | os.PathLike | None = None) -> tuple:
    """The self-check questions of a lesson (empty when it has none)."""
    found = load_lesson(lesson_id, content)
    return found.self_check if found else ()


def practice_questions(lesson_id: str, content: str | os.PathLike | None = None) -> tuple:
    """The practice questions of a lesson (choice questions a lesson widget shows)."""
    found = load_lesson(lesson_id, content)
    return found.practice if found else ()


def exercise_questions(lesson_id: str, content: str | os.PathLike | None = None) -> tuple:
    """The exercise questions of a lesson, in order (``q1, q2, ... = exercise_questions("06")``)."""
    found = load_lesson(lesson_id, content)
    return found.exercises if found else ()
