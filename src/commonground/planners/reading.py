"""Use :mod:`commonground.reader` when it is installed; a small fallback otherwise.

The reader (built separately) classifies lines of a conversation and reads an ask for
its parts. It is imported lazily so the planners keep working without it; the fallback
is a rough keyword guess and says so (``source == "rough guess"``).
"""

from __future__ import annotations

import re

QUESTION_KINDS = ("factual_question", "closed_question", "open_question")
_OPEN_START = re.compile(
    r"^\s*(what|how|why|tell me|describe|when you think|thinking about|if you could|"
    r"in what way|talk me through|share)\b",
    re.IGNORECASE,
)
_CLOSED_START = re.compile(
    r"^\s*(do|does|did|are|is|was|were|will|would|can|could|have|has|had|should|may)\b",
    re.IGNORECASE,
)
_FACT_START = re.compile(
    r"^\s*(where|when|who|which|how (long|many|much|old)|what (do|did) you do for (a living|work))\b",
    re.IGNORECASE,
)
_DAY_TIME = re.compile(
    r"\b(mon|tues|wednes|thurs|fri|satur|sun)day|\b(today|tonight|tomorrow|weekend|noon)\b"
    r"|\b\d{1,2}(:\d{2})?\s?(am|pm)\b|\bat \d{1,2}\b|\b\d{1,2}/\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"\b(at|in|outside|from) (the |our |my |a )?[\w' -]{0,30}?(library|hall|church|office|"
    r"centre|center|park|school|cafe|café|house|home|building|room|street|st|avenue|ave)\b"
    r"|\b(online|on zoom|by phone|video call)\b",
    re.IGNORECASE,
)


def classify_question(text: str) -> tuple[str | None, str]:
    """The kind of a prepared question and where that verdict came from.

    Returns
    -------
    (kind, source)
        ``kind`` is the reader's ``read_line(text).kind`` when the reader is available
        (e.g. ``"open_question"``), else a rough guess among :data:`QUESTION_KINDS`
        (``None`` when unsure). ``source`` is ``"reader"`` or ``"rough guess"``.
    """
    try:
        from commonground.reader import read_line
    except ImportError:
        read_line = None
    if read_line is not None:
        return read_line(text).kind, "reader"
    if _FACT_START.match(text):
        return "factual_question", "rough guess"
    if _OPEN_START.match(text):
        return "open_question", "rough guess"
    if _CLOSED_START.match(text):
        return "closed_question", "rough guess"
    return None, "rough guess"


def suggest_open(text: str, kind: str | None) -> str:
    """An open-ended rewrite of a closed or leading question, from the reader ('' if none).

    Uses ``commonground.reader.rewrite_closed`` / ``rewrite_leading`` when available; the
    planners offer no rewrite of their own.
    """
    if kind not in ("closed_question", "leading_question"):
        return ""
    try:
        from commonground.reader import rewrite_closed, rewrite_leading
    except ImportError:
        return ""
    rewrite = rewrite_closed if kind == "closed_question" else rewrite_leading
    suggestion = rewrite(text)
    return suggestion if suggestion and suggestion.strip() != text.strip() else ""


def ask_parts(text: str) -> tuple[set[str], str]:
    """Which of ``activity``, ``time`` and ``place`` an ask names, and the source.

    Uses ``commonground.reader.specificity`` (or ``read_line(text).specific_parts``)
    when available; otherwise a rough guess that treats any ask naming a time and a
    place as naming an activity too only when it has more than those words.
    """
    spec = _reader_specificity()
    if spec is not None:
        return set(spec(text)), "reader"
    parts = set()
    if _DAY_TIME.search(text):
        parts.add("time")
    if _PLACE.search(text):
        parts.add("place")
    leftover = _PLACE.sub(" ", _DAY_TIME.sub(" ", text))
    if len(leftover.split()) >= 3:
        parts.add("activity")
    return parts, "rough guess"


def _reader_specificity():
    try:
        from commonground.reader import specificity

        return specificity
    except ImportError:
        pass
    try:
        from commonground.reader.asks import specificity

        return specificity
    except ImportError:
        pass
    try:
        from commonground.reader import read_line
    except ImportError:
        return None
    return lambda text: tuple(read_line(text).specific_parts)
