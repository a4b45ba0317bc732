"""Reflection after a 1:1 (lesson 08), with prompts drawn from the method's reflect part.

Three prompts: what went well and what you learned about them come from
``reflect_on_meeting``; what you will change next time comes from ``adjust_next_time``.
"""

from __future__ import annotations

from dataclasses import dataclass

from commonground import method
from commonground.planners.findings import Finding


@dataclass(frozen=True)
class Prompt:
    """One reflection prompt: the answer key, its method element, a label and a hint."""

    key: str
    element: str
    label: str
    hint: str


def prompts() -> list[Prompt]:
    """The reflection prompts, in order; hints come from the method's teaching text."""
    m = method.load()
    reflect = m.element("reflect_on_meeting")
    adjust = m.element("adjust_next_time")
    return [
        Prompt("went_well", reflect.id, "What went well?", reflect.teach),
        Prompt(
            "learned_about_them",
            reflect.id,
            "What did I learn about them (what they care about, their values, their story)?",
            reflect.done_well[0] if reflect.done_well else reflect.teach,
        ),
        Prompt("change_next_time", adjust.id, "What will I change next time?", adjust.teach),
    ]


def check_reflection(answers: dict) -> list[Finding]:
    """Name each prompt left blank."""
    return [
        Finding(p.element, "missing", f"Answer: {p.label}", p.key)
        for p in prompts()
        if not str(answers.get(p.key, "") or "").strip()
    ]
