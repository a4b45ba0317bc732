"""``commonground content lint``: every problem in a content folder, with file and line.

What is checked
    - the course table (``course.yaml``) and the files agree: every lesson, tool and
      exercise it lists has a file, and every file in ``lessons/`` and ``exercises/`` is
      listed;
    - front matter: the keys every lesson (or tool, or exercise) needs, an ``id`` equal to
      the file name, whole minutes, a known audience, goals as a list of sentences;
    - ``teaches``: every entry is a method element (``commonground/method.yaml``);
    - code cells: valid Python, ``from commonground.widgets import ...`` names only what
      the package exports, and every function called is imported or defined in the file
      (a misspelt widget is caught before a learner meets the error);
    - the questions (``questions/``), by :func:`commonground.questions.lint.lint_questions`
      when that module is installed;
    - a course's own role-play scenarios (``scenarios/*.yaml``), by the scenario linter
      (its errors; ``commonground scenarios lint`` shows its warnings too).

Unlike the build, which stops at the first problem, :func:`lint` returns them all.
"""

from __future__ import annotations

import ast
import builtins
import difflib
import importlib
import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

from commonground import course
from commonground.errors import InputFileError
from commonground.roleplay.yamlfile import line_of

WIDGETS = "commonground.widgets"
EXERCISE_KEYS = ("id", "title")
QUESTIONS_LINT = "commonground.questions.lint"
SCENARIOS = "scenarios"
_ERROR_LINE = re.compile(r"^(?P<path>.+?): line (?P<line>\d+): (?P<message>.*)$", re.S)


@dataclass(frozen=True, order=True)
class Problem:
    """One problem: the file, the line (from 1) and what is wrong."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def _from_error(exc: InputFileError) -> Problem:
    found = _ERROR_LINE.match(str(exc))
    if found:
        return Problem(found["path"], int(found["line"]), found["message"])
    return Problem(exc.path, 1, str(exc).removeprefix(f"{exc.path}: "))


def _suggest(name: str, known) -> str:
    close = difflib.get_close_matches(name, list(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


# ---- the table and the files ------------------------------------------------------------
def _table_problems(folder: Path, data: dict, lines) -> list[Problem]:
    table = str(folder / course.TABLE)
    out = []
    listed: dict[str, set[str]] = {course.LESSONS_DIR: set(), course.EXERCISES_DIR: set()}
    for key, sub in (("lessons", "lessons"), ("tools", "lessons"), ("exercises", "exercises")):
        items = data.get(key) or []
        if not isinstance(items, list):
            out.append(Problem(table, line_of(lines, (key,)), f"{key!r} must be a list"))
            continue
        for index, item in enumerate(items):
            name = item.get("name") if isinstance(item, dict) else item
            if not isinstance(name, str):
                line = line_of(lines, (key, index))
                out.append(Problem(table, line, f"{key} entry {index + 1} has no file name"))
                continue
            listed[sub].add(name)
            if not (folder / sub / f"{name}.md").is_file():
                line = line_of(lines, (key, index))
                out.append(Problem(table, line, f"{sub}/{name}.md does not exist"))
    for sub, names in listed.items():
        for path in sorted((folder / sub).glob("*.md")):
            if path.stem not in names:
                out.append(Problem(str(path), 1, f"not in {course.TABLE} (add it under {sub}:)"))
    known = {course.lesson_number(n) for n in listed[course.LESSONS_DIR]}
    for name, path in (data.get("paths") or {}).items():
        for index, number in enumerate((path or {}).get("lessons") or []):
            if str(number) not in known:
                line = line_of(lines, ("paths", name, "lessons", index))
                message = f"path {name!r}: no lesson numbered {str(number)!r}"
                out.append(Problem(table, line, message))
    return out


# ---- front matter ---------------------------------------------------------------------
def _front_matter_problems(entry: course.Entry, keys: tuple[str, ...]) -> list[Problem]:
    path, meta = str(entry.path), entry.meta
    out = [
        Problem(path, 1, f"front matter: missing key {key!r}") for key in keys if key not in meta
    ]
    if "id" in meta and meta["id"] != entry.id:
        message = f"front matter: id {meta['id']!r} is not the file name {entry.id!r}"
        out.append(Problem(path, entry.line("id"), message))
    minutes = meta.get("minutes") if "minutes" in keys else 1
    if minutes is not None and (not isinstance(minutes, int) or minutes <= 0):
        message = f"front matter: minutes must be a whole number, not {minutes!r}"
        out.append(Problem(path, entry.line("minutes"), message))
    if "audience" in keys and "audience" in meta and meta["audience"] not in course.AUDIENCES:
        message = (
            f"front matter: unknown audience {meta['audience']!r}; "
            f"choose from {', '.join(course.AUDIENCES)}"
        )
        out.append(Problem(path, entry.line("audience"), message))
    kept = str((meta.get("jupytext") or {}).get("notebook_metadata_filter", "")).split(",")
    dropped = [key for key in meta if key not in ("jupytext", "kernelspec") and key not in kept]
    if dropped and "all" not in kept:
        message = (
            f"front matter: jupytext's notebook_metadata_filter lacks {', '.join(dropped)}; "
            "Jupyter would drop them on save (list every key, e.g. "
            f"notebook_metadata_filter: {','.join(k for k in meta if k not in ('jupytext', 'kernelspec'))})"
        )
        out.append(Problem(path, entry.line("jupytext"), message))
    for key in ("goals", "teaches"):
        if key in keys and key in meta:
            value = meta[key]
            if value is not None and (
                not isinstance(value, list) or not all(isinstance(v, str) for v in value)
            ):
                message = f"front matter: {key} must be a list of lines starting with '- '"
                out.append(Problem(path, entry.line(key), message))
    return out


def _teaches_problems(entry: course.Entry, element_ids: list[str]) -> list[Problem]:
    out = []
    teaches = entry.meta.get("teaches") or []
    if not isinstance(teaches, list):
        return out
    for index, element in enumerate(teaches):
        if element not in element_ids:
            message = (
                f"teaches: unknown method element {element!r}"
                f"{_suggest(str(element), element_ids)}; the elements are in method.yaml"
            )
            out.append(Problem(str(entry.path), entry.line("teaches", index), message))
    return out


# ---- code cells -----------------------------------------------------------------------
def _defined(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names |= {(a.asname or a.name).split(".")[0] for a in node.names}
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
    return names


def _code_problems(path: Path) -> list[Problem]:
    widgets = importlib.import_module(WIDGETS)
    exported = set(widgets.__all__)
    cells = []
    out = []
    for start, source in course.code_cells(path.read_text(encoding="utf-8")):
        try:
            cells.append((start, ast.parse(source)))
        except SyntaxError as exc:
            line = start + (exc.lineno or 1) - 1
            out.append(Problem(str(path), line, f"code cell: not valid Python ({exc.msg})"))
    defined = set(dir(builtins)) | {"display", "get_ipython"}
    for _start, tree in cells:
        defined |= _defined(tree)
    for start, tree in cells:
        for node in ast.walk(tree):
            where = start + getattr(node, "lineno", 1) - 1
            if isinstance(node, ast.ImportFrom) and node.module == WIDGETS:
                for alias in node.names:
                    if alias.name not in exported:
                        message = (
                            f"unknown widget {alias.name!r}: {WIDGETS} has no such "
                            f"function{_suggest(alias.name, exported)}"
                        )
                        out.append(Problem(str(path), where, message))
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                name = node.func.id
                if name in defined:
                    continue
                if name in exported:
                    message = f"{name}() is not imported: add `from {WIDGETS} import {name}`"
                else:
                    message = (
                        f"unknown widget {name}(): not exported by {WIDGETS} nor defined "
                        f"in this file{_suggest(name, exported)}"
                    )
                out.append(Problem(str(path), where, message))
    return out


# ---- a course's own scenarios ---------------------------------------------------------
def _scenario_problems(folder: Path) -> list[Problem]:
    """Errors in ``<content>/scenarios/*.yaml`` (a course of one's own), as the scenario
    linter finds them; its warnings are left to ``commonground scenarios lint``."""
    scenarios = folder / SCENARIOS
    if not scenarios.is_dir():
        return []
    from commonground.roleplay.lint import lint_file

    return [
        Problem(issue.path, issue.line or 1, f"{issue.where}: {issue.message}".lstrip(": "))
        for path in sorted(scenarios.glob("*.yaml"))
        for issue in lint_file(path)
        if issue.level == "error"
    ]


# ---- questions ------------------------------------------------------------------------
def _question_problems(folder: Path) -> list[Problem]:
    """The questions helper's checks, when :mod:`commonground.questions.lint` exists."""
    try:
        found = importlib.util.find_spec(QUESTIONS_LINT)
    except ModuleNotFoundError:
        found = None
    if found is None:
        return []
    module = importlib.import_module(QUESTIONS_LINT)
    out = []
    for item in module.lint_questions(folder / "questions") or []:
        out.append(_as_problem(item, folder))
    return out


def _as_problem(item, folder: Path) -> Problem:
    """A problem from the questions lint: a Problem-like object, a tuple or a string."""
    if isinstance(item, Problem):
        return item
    if isinstance(item, tuple) and len(item) == 3:
        return Problem(str(item[0]), int(item[1] or 1), str(item[2]))
    if all(hasattr(item, key) for key in ("path", "line", "message")):
        return Problem(str(item.path), int(item.line or 1), str(item.message))
    text = str(item)
    found = re.match(r"^(?P<path>[^:]+):(?P<line>\d+):\s*(?P<message>.*)$", text, re.S)
    if found:
        return Problem(found["path"], int(found["line"]), found["message"])
    return Problem(str(folder / "questions"), 1, text)


# ---- all together ---------------------------------------------------------------------
def lint(folder: str | Path | None = None) -> list[Problem]:
    """Every problem in the content folder (default: the course's own), sorted."""
    from commonground import method

    folder = Path(folder or course.default_folder())
    try:
        data, lines = course.read_table(folder)
    except InputFileError as exc:
        return [_from_error(exc)]
    problems = _table_problems(folder, data, lines)
    element_ids = method.load().ids()
    kinds = (
        ("lessons", course.LESSONS_DIR, course.LESSON_KEYS),
        ("tools", course.LESSONS_DIR, course.TOOL_KEYS),
        ("exercises", course.EXERCISES_DIR, EXERCISE_KEYS),
    )
    for key, sub, keys in kinds:
        for item in data.get(key) or []:
            name = item.get("name") if isinstance(item, dict) else item
            path = folder / sub / f"{name}.md"
            if not isinstance(name, str) or not path.is_file():
                continue
            try:
                entry = course.read_entry(path)
            except InputFileError as exc:
                problems.append(_from_error(exc))
                continue
            problems += _front_matter_problems(entry, keys)
            if key == "lessons":
                problems += _teaches_problems(entry, element_ids)
            problems += _code_problems(path)
    problems += _scenario_problems(folder)
    problems += _question_problems(folder)
    return sorted(set(problems))
