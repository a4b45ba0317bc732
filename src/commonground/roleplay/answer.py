"""How the persona answers an ask: a deterministic function of the ask and the state.

The rules, in order (the first that applies wins):

1. The ask runs into one of the persona's constraints -> **no**, and the reason is the
   constraint's ``blocks`` (``no_timing`` or ``no_activity``).
2. Specific (activity, time and place) and fitting something discovered about them, with
   enough trust -> **yes**.
3. Specific or fitting (but not both), or both without enough trust yet -> **maybe**.
4. Neither specific nor fitting -> **no_activity**: nothing in it speaks to them.

"Fitting" means the ask connects to a hidden fact the organizer has *discovered*: an
ask that happens to suit them but grows out of nothing they said is still a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from commonground.roleplay.model import SPECIFIC_PARTS, Ask, Persona


@dataclass(frozen=True)
class AskView:
    """An ask as the persona hears it: what it names, what it fits, what it runs into."""

    ask_id: str
    ask_type: str
    text: str
    specific_parts: tuple[str, ...]
    fits: tuple[str, ...]
    conflicts: tuple[str, ...]

    @property
    def specific(self) -> bool:
        """Names an activity, a time and a place (a place only where the ask needs one)."""
        from commonground.reader.paper_asks import needed_parts  # the reader: on first use

        return all(p in self.specific_parts for p in needed_parts(self.text, SPECIFIC_PARTS))


@dataclass(frozen=True)
class Answer:
    """The persona's answer and why (``reason`` is a constraint fact id for a no)."""

    answer: str
    fit: bool
    specific: bool
    reason: str = ""
    explanation: str = ""


def view_of(ask: Ask) -> AskView:
    """The view of an authored ask: its declared specificity, fits and conflicts."""
    return AskView(ask.id, ask.ask_type, ask.text, ask.specificity, ask.fits, ask.conflicts)


def keyword_hits(text: str, keywords) -> list[str]:
    """Keywords found in ``text`` (case-insensitive, matching at the start of a word)."""
    return list(_hits(text.lower(), tuple(keywords)))


@lru_cache(maxsize=16384)  # a typed ask is checked against the same keywords many times
def _hits(low: str, keywords: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(k for k in keywords if _word_start(k).search(low))


@lru_cache(maxsize=4096)
def _word_start(keyword: str) -> re.Pattern:
    return re.compile(r"\b" + re.escape(keyword.lower()))


def answer_ask(persona: Persona, ask: AskView, discovered, trust: int) -> Answer:
    """Decide the persona's answer to ``ask`` given what was discovered and the trust.

    Parameters
    ----------
    persona
        The persona (its constraints and the trust it needs).
    ask
        The ask as heard (see :func:`view_of`, or built from a typed line).
    discovered
        Ids of the hidden facts discovered so far.
    trust
        Trust at the moment of the ask.
    """
    known = set(discovered)
    fit = bool(known.intersection(ask.fits))
    specific = ask.specific
    for constraint in persona.constraints:
        if constraint.id in ask.conflicts:
            return Answer(
                f"no_{constraint.blocks}",
                fit,
                specific,
                constraint.id,
                f"No: the ask runs into {'an' if constraint.blocks[0] in 'aeiou' else 'a'} "
                f"{constraint.blocks} constraint ({constraint.text}).",
            )
    from commonground.reader.paper_asks import needed_parts  # the reader: on first use

    missing = [p for p in needed_parts(ask.text, SPECIFIC_PARTS) if p not in ask.specific_parts]
    if specific and fit and trust >= persona.trust_needed:
        return Answer(
            "yes", fit, specific, "", "Yes: clear, specific and it fits what they care about."
        )
    if specific and fit:
        why = f"Maybe: a good ask, but trust is {trust} where they need {persona.trust_needed}."
        return Answer("maybe", fit, specific, "", why)
    if specific or fit:
        why = (
            "Maybe: it fits them but does not name " + ", ".join(missing) + "."
            if fit
            else "Maybe: it is clear, but it connects to nothing you learned about them."
        )
        return Answer("maybe", fit, specific, "", why)
    return Answer(
        "no_activity",
        fit,
        specific,
        "",
        "No: vague, and it connects to nothing you learned about them.",
    )
