"""Turning one checked entry of a question file into a question object.

The entry has passed the schema and the structure checks of
:mod:`commonground.questions.loading`, so this module only maps fields to the
:mod:`commonground.questions.model` classes.
"""

from __future__ import annotations

from commonground.questions.model import (
    ChoiceQuestion,
    Field,
    FormQuestion,
    LabelsQuestion,
    LinesQuestion,
    Option,
    TextQuestion,
    ValueQuestion,
)


def _options(raw: dict) -> tuple[Option, ...]:
    return tuple(Option(o["text"], o["feedback"], bool(o.get("right"))) for o in raw["options"])


def _common(raw: dict) -> dict:
    return {
        "id": raw["id"],
        "title": raw.get("title", raw["prompt"]),
        "prompt": raw["prompt"],
        "hints": tuple(raw.get("hints", ())),
        "explanation": raw.get("explanation", ""),
        "elements": tuple(raw.get("elements", ())),
        "ours": bool(raw.get("ours", False)),
    }


def solution_text(answer: object, indent: int = 0) -> str:
    """A model answer as text: strings as they are, lists and dicts as Python literals
    written one item per line (as a solution notebook shows them)."""
    if isinstance(answer, str) and not indent:
        return answer
    pad, inner = " " * indent, " " * (indent + 4)
    if isinstance(answer, dict):
        items = [
            f"{inner}{k!r}: {solution_text(v, indent + 4).lstrip()}," for k, v in answer.items()
        ]
        return "{\n" + "\n".join(items) + f"\n{pad}}}"
    if isinstance(answer, list):
        items = [f"{inner}{solution_text(v, indent + 4).lstrip()}," for v in answer]
        return "[\n" + "\n".join(items) + f"\n{pad}]"
    return pad + repr(answer)


def build_self_check(raw: dict) -> ChoiceQuestion:
    """A self-check or practice item: a choice question whose model answer is the right
    option."""
    options = _options(raw)
    right = next(o for o in options if o.right)
    return ChoiceQuestion(
        **_common(raw),
        solution=right.text,
        options=options,
        setting=raw.get("setting", ""),
        dialogue=tuple((line["who"], line["says"]) for line in raw.get("dialogue", ())),
    )


def build_exercise(raw: dict):
    """An exercise of any type (``choice``, ``text``, ``lines``, ``labels``, ``form``, ``value``)."""
    from commonground.questions.judging import judge_from_spec

    kind = raw["type"]
    if kind == "choice":
        return build_self_check(raw)
    common = _common(raw)
    if kind == "labels":
        expected = tuple(raw["expected"])
        return LabelsQuestion(
            **common,
            solution=repr(list(expected)),
            items=tuple(raw["items"]),
            labels=tuple(raw["labels"]),
            expected=lambda: expected,
        )
    if kind == "value":
        from commonground.questions.values import VALUES

        return ValueQuestion(
            **common,
            solution=raw["solution"],
            expected=VALUES[raw["value"]],
            tolerance=float(raw.get("tolerance", 0.0)),
        )
    judge = judge_from_spec(raw["judge"])
    solution = solution_text(raw["solution"])
    if kind == "text":
        return TextQuestion(**common, solution=solution, judge=judge)
    if kind == "lines":
        return LinesQuestion(
            **common, solution=solution, judge=judge, minimum=int(raw.get("minimum", 1))
        )
    fields = tuple(Field(f["name"], f["label"], bool(f.get("list"))) for f in raw["fields"])
    return FormQuestion(**common, solution=solution, judge=judge, fields=fields)
