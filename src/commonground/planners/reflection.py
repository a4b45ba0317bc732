"""Reflection after a 1:1 (lesson 08), with prompts drawn from the method's reflect part.

Three prompts: what went well and what you learned about them come from
``reflect_on_meeting``; what you will change next time comes from ``adjust_next_time``.
"""

from __future__ import annotations

import re
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
            _labelled(reflect.points[0]) if reflect.points else reflect.teach,
        ),
        Prompt("change_next_time", adjust.id, "What will I change next time?", adjust.teach),
    ]


def _labelled(statement) -> str:
    """A method statement as a hint: the course's own advice says so."""
    return f"{statement.label}: {statement.text}" if statement.source == "ours" else statement.text


# Words that judge a meeting without saying anything about it ("it went fine", "good",
# "nothing really"): an answer made only of these is not yet a reflection.
_EMPTY_WORDS = frozenset(
    """
    it its it's was went go going all everything nothing anything something fine ok okay
    good great well alright bad not too very really pretty quite so just the a an and or
    i me my we us they them she he her him nothing much idea sure dunno know don't n/a na
    yes no same as usual normal nice lovely badly kinda sort of think guess maybe
    stuff things thing lot lots whatever etc idk nah nope loads bits
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
_NUDGE = {
    "went_well": "Name one moment that went well, and why.",
    "learned_about_them": "Write one thing you learned about them: what they care about, "
    "something from their story.",
    "change_next_time": "Name one thing you will do differently next time, concretely.",
}


def says_something(text: str) -> bool:
    """True when an answer names something particular, not only "it went fine"."""
    words = re.findall(r"[^\W\d_]+(?:['/][^\W\d_]+)?", str(text or "").lower().replace("’", "'"))
    return any(w not in _EMPTY_WORDS for w in words)


def check_reflection(answers: dict) -> list[Finding]:
    """Name each prompt left blank, and each answered without saying anything in
    particular ("it went fine")."""
    out = []
    for p in prompts():
        text = str(answers.get(p.key, "") or "").strip()
        if not text:
            out.append(Finding(p.element, "missing", f"Answer: {p.label}", p.key))
        elif not says_something(text):
            out.append(Finding(p.element, "vague", _NUDGE[p.key], p.key))
    return out
