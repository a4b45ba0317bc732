"""What the planners ask of :mod:`commonground.reader`: a question's kind, an ask's parts.

Thin wrappers, so the planners and the prep widget name only what they need; the reader
is part of the package and always there.
"""

from __future__ import annotations

from commonground.reader import read_line, rewrite_closed, rewrite_leading, specificity


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
