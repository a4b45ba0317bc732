"""What a folder of question files gets wrong, each problem with its file and line.

Beyond what loading refuses (YAML syntax, missing fields, not exactly one right option,
an option without feedback, an unknown check or method element), the lint tries every
example on its judge and looks at a whole lesson's choice questions:

- a ``must_fail`` answer that passes its judge, a ``must_pass`` answer that fails, or a
  model ``solution`` that fails;
- balance: the right answer is the longest option in at most :data:`MAX_LONGEST` of a
  lesson's choice questions, no one position holds more than half of its right answers,
  and at most :data:`MAX_FIRST_TWO` of them sit in position A or B.

``commonground content lint`` prints these; a test keeps the shipped files clean.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from pathlib import Path

from commonground.errors import InputFileError
from commonground.questions.loading import (
    SECTIONS,
    Problem,
    line_of,
    load_file,
    parse_file,
    questions_dir,
    schema_problems,
    structure_problems,
)

#: Largest share of a lesson's choice questions whose right answer may be the longest.
MAX_LONGEST = 0.4
#: Largest share of a lesson's right answers that may sit in position A or B.
MAX_FIRST_TWO = 0.75


def lint_questions(folder: str | os.PathLike | None = None) -> list[Problem]:
    """Every problem in the ``*.yaml`` files of ``folder`` (the shipped questions by default).

    Parameters
    ----------
    folder
        A folder of question files (``content/questions``), or a content folder that
        has a ``questions/`` folder inside.

    Returns
    -------
    list of Problem
        In file and line order; empty when all is well.
    """
    folder = Path(folder) if folder is not None else questions_dir()
    if (folder / "questions").is_dir():
        folder = folder / "questions"
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.yaml")):
        problems += lint_file(path)
    return problems


def lint_file(path: str | os.PathLike) -> list[Problem]:
    """Every problem in one question file."""
    path = Path(path)
    try:
        data, lines = parse_file(path)
    except InputFileError as exc:
        found = re.search(r": line (\d+): (.*)", str(exc))
        if found:
            return [Problem(str(path), int(found.group(1)), found.group(2))]
        return [Problem(str(path), 0, str(exc).split(": ", 1)[-1])]
    problems = schema_problems(path, data, lines) or structure_problems(path, data, lines)
    if problems:
        return problems
    loaded = load_file(path)
    return example_problems(loaded) + balance_problems(loaded)


def example_problems(loaded) -> list[Problem]:
    """``must_fail`` answers that pass, ``must_pass`` answers and solutions that fail."""
    found = []
    pairs = zip(loaded.data.get("exercises", []), loaded.exercises, strict=True)
    for n, (raw, q) in enumerate(pairs):
        at = ("exercises", n)
        for i, answer in enumerate(raw.get("must_fail", [])):
            result = q.evaluate(answer)
            if result.correct:
                found.append(
                    Problem(
                        str(loaded.path),
                        line_of(loaded.lines, (*at, "must_fail", i)),
                        f"{q.id}: must_fail answer {i + 1} passes its judge ({answer!r})",
                    )
                )
        for i, answer in enumerate(raw.get("must_pass", [])):
            result = q.evaluate(answer)
            if not result.correct:
                found.append(
                    Problem(
                        str(loaded.path),
                        line_of(loaded.lines, (*at, "must_pass", i)),
                        f"{q.id}: must_pass answer {i + 1} fails its judge: {result.message}",
                    )
                )
        if raw["type"] in ("text", "lines", "form") and "solution" in raw:
            result = q.evaluate(raw["solution"])
            if not result.correct:
                found.append(
                    Problem(
                        str(loaded.path),
                        line_of(loaded.lines, (*at, "solution")),
                        f"{q.id}: the model solution fails its judge: {result.message}",
                    )
                )
    return found


def _choice_items(loaded) -> list[tuple[str, tuple, int]]:
    """(id, path in the file, position of the right option) for each choice question,
    with the right option's length compared to the others."""
    out = []
    for section in SECTIONS:
        for n, raw in enumerate(loaded.data.get(section, [])):
            if "options" in raw:
                out.append((raw["id"], (section, n, "options"), raw["options"]))
    return out


def is_longest(options: list[dict]) -> bool:
    """True when the right option is at least as long as every other (a learner's guess)."""
    right = next(len(o["text"]) for o in options if o.get("right"))
    return right >= max(len(o["text"]) for o in options if not o.get("right"))


def balance_problems(loaded) -> list[Problem]:
    """Whether a lesson's choice questions can be answered by length or by position."""
    items = _choice_items(loaded)
    if not items:
        return []
    path, first = str(loaded.path), line_of(loaded.lines, ("lesson",))
    n = len(items)
    found = []
    longest = [qid for qid, _at, options in items if is_longest(options)]
    allowed = math.floor(MAX_LONGEST * n)
    if len(longest) > allowed:
        found.append(
            Problem(
                path,
                first,
                f"lesson {loaded.lesson}: the right answer is the longest option in "
                f"{len(longest)} of {n} choice questions ({', '.join(longest)}); at most "
                f"{allowed} may be (40%): shorten it or lengthen another option",
            )
        )
    if n < 3:
        return found
    positions = [next(i for i, o in enumerate(opts) if o.get("right")) for _q, _a, opts in items]
    letter, most = Counter(positions).most_common(1)[0]
    if most > n / 2:
        found.append(
            Problem(
                path,
                first,
                f"lesson {loaded.lesson}: {most} of {n} right answers are option "
                f"{'ABCDEFGH'[letter]}; spread them over the positions",
            )
        )
    first_two = sum(p < 2 for p in positions)
    if first_two > MAX_FIRST_TWO * n:
        found.append(
            Problem(
                path,
                first,
                f"lesson {loaded.lesson}: {first_two} of {n} right answers are option A or B; "
                "put some later (C, D)",
            )
        )
    return found
