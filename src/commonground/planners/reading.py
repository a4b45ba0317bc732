"""What the planners ask of :mod:`commonground.reader`: a question's kind, an ask's parts.

Thin wrappers, so the planners and the prep widget name only what they need; the reader
is part of the package and always there.
"""

from __future__ import annotations

import re

from commonground.reader import read_line, rewrite_closed, rewrite_leading, specificity
from commonground.reader.paper_asks import needed_parts

__all__ = [
    "ask_parts",
    "asks_for_more",
    "classify_question",
    "needed_parts",
    "suggest_open",
]

# Piling a second ask on a yes: "can you also...", "...and bring five friends too?".
_MORE = re.compile(
    r"\b(?:also|as well|too|on top of that|while you're at it|another|more|extra|and then)\b",
    re.IGNORECASE,
)
#: What a reply to a yes that asks for more is told (our advice, and labelled so).
ASKS_FOR_MORE = (
    "They said yes: confirm that plan before asking for anything more (our advice: a "
    "second ask can wait for the follow-up)."
)


def classify_question(text: str) -> str:
    """The kind of a prepared question, as the reader reads it (e.g. ``"open_question"``)."""
    return read_line(text).kind


def suggest_open(text: str, kind: str | None) -> str:
    """An open-ended rewrite of a closed or leading question ('' if the reader has none)."""
    if kind not in ("closed_question", "leading_question"):
        return ""
    rewrite = rewrite_closed if kind == "closed_question" else rewrite_leading
    suggestion = rewrite(text)
    return suggestion if suggestion and suggestion.strip() != text.strip() else ""


def ask_parts(text: str) -> set[str]:
    """Which of ``activity``, ``time``, ``place`` (and ``amount``) an ask names."""
    return set(specificity(text))


def asks_for_more(text: str) -> bool:
    """True when a reply to a yes makes another ask ("Could you also phone bank on
    Thursday at 6?"): an ask naming an activity, with a word that adds to the first."""
    found = read_line(text)
    return found.kind == "ask" and "activity" in found.specific_parts and bool(_MORE.search(text))
