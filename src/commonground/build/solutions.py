"""Where a solution notebook's model answers come from: the questions themselves.

The text of an exercise notebook never holds a model answer; it has
``answer_1 = ____  # your answer here`` and ``q1.check(answer_1)``. The build asks the
question ``q1`` of the notebook's question set for its model answer, through
:func:`model_answer` alone, so how questions are stored can change without the build.

The question set (``"lesson06"``, the module ``commonground.exercises.lesson06``) says
which lesson's questions a notebook uses; the questions themselves are read from the
content folder being built (``<content>/questions/06.yaml``), so a campaign's build
fills its solutions from its own questions, whatever ``$COMMONGROUND_CONTENT`` says.
"""

from __future__ import annotations

import ast
import importlib

from commonground.errors import InputFileError


def question(questions: str, name: str, source: str, content=None):
    """The question object ``name`` (``"q1"``) of the set ``questions`` (``"lesson06"``).

    Parameters
    ----------
    content
        The content folder whose ``questions/`` to read; the shipped one when ``None``.
    """
    if not questions:
        raise InputFileError(source, "no question set: add `questions:` for it in course.yaml")
    try:
        module = importlib.import_module(f"commonground.exercises.{questions}")
    except ImportError:
        raise InputFileError(source, f"unknown question set {questions!r}") from None
    shipped = getattr(module, name, None)
    if shipped is None:
        raise InputFileError(source, f"question set {questions!r} has no question {name!r}")
    if content is None:
        return shipped
    from commonground.questions import exercise_questions

    lesson = shipped.id.split(".", 1)[0]
    for found in exercise_questions(lesson, content):
        if found.id == shipped.id:
            return found
    raise InputFileError(
        source, f"{lesson}.yaml in {content} has no question {shipped.id} ({questions}.{name})"
    )


def model_answer(questions: str, name: str, source: str, content=None):
    """The model answer of question ``name``: a value, or code (text) that computes it.

    A question's ``answer`` when it has one, else its ``solution`` when that is a value
    rather than a method, else its ``solution_text``. ``content`` as in :func:`question`.
    """
    q = question(questions, name, source, content)
    for attribute in ("answer", "solution", "solution_text"):
        value = getattr(q, attribute, None)
        if value is not None and not callable(value):
            return value
    raise InputFileError(source, f"question {name} of {questions!r} has no model answer")


def assigns(lines: list[str], variable: str) -> bool:
    """Whether these lines of code assign ``variable``."""
    try:
        tree = ast.parse("\n".join(lines))
    except SyntaxError:
        return False
    return any(
        isinstance(leaf, ast.Name) and leaf.id == variable and isinstance(leaf.ctx, ast.Store)
        for leaf in ast.walk(tree)
    )


def answer_lines(value, variable: str) -> list[str]:
    """The code that gives ``variable`` its model answer ``value``.

    Code that assigns ``variable`` itself (an analysis answer) is kept as written; a list,
    tuple or dict written as Python text is read and written again as a literal; any
    other value is written as a literal.
    """
    if isinstance(value, str):
        if assigns(value.split("\n"), variable):
            return value.split("\n")
        try:
            literal = ast.literal_eval(value)
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            literal = None
        if isinstance(literal, (list, tuple, dict)):
            value = literal
    return f"{variable} = {as_code(value, len(variable) + 3)}".split("\n")


def as_code(value, used: int = 0, indent: str = "") -> str:
    """``value`` as a Python literal: on one line when it fits in 88 characters, else
    one item per line with a trailing comma (as ``ruff format`` writes it)."""
    flat = repr(value)
    if not isinstance(value, (list, tuple, dict)) or used + len(indent) + len(flat) <= 88:
        return flat
    inner = indent + "    "
    if isinstance(value, dict):
        items = [f"{k!r}: {as_code(v, len(repr(k)) + 2, inner)}" for k, v in value.items()]
    else:
        items = [as_code(v, 0, inner) for v in value]
    opening, closing = {dict: "{}", list: "[]", tuple: "()"}[type(value)]
    body = "".join(f"{inner}{item},\n" for item in items)
    return f"{opening}\n{body}{indent}{closing}"
