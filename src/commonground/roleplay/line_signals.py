"""The reader's signals and kinds that tell a typed line's move: which signals route a
line to a move, which mark a move so clearly that no other is meant, what each reply to
an answer needs, and which kinds are questions (see :mod:`commonground.reader`).
"""

from __future__ import annotations

#: Reader signals that tell moves apart when routing (see :mod:`commonground.reader`).
KEY_SIGNALS = frozenset(
    {
        "push",
        "probe_no",
        "probe_maybe",
        "confirm_details",
        "credentials",
        "thanks",
        "follow_up",
        "agrees_only",
        "on_the_spot",
        "turns_to_them",
    }
)
#: Signals that mark a move so clearly that a choice whose wordings never carry them is
#: unlikely to be meant (a push is not a probe; a bare "we agree" is not a story).
TELLING_SIGNALS = frozenset(
    {
        "push",
        "probe_no",
        "probe_maybe",
        "confirm_details",
        "agrees_only",
        "on_the_spot",
        "credentials",
        "follow_up",
    }
)
#: The method's reply to each answer, and the reader signal that shows a line gives it
#: (the linter also requires every reply node to offer it).
RESPOND_NEEDS = {
    "respond_yes": ("confirm_details", "confirming the details (what, when, where)"),
    "respond_maybe": ("probe_maybe", "asking what the maybe depends on"),
    "respond_no": ("probe_no", "asking whether it is the time or the activity"),
}

QUESTIONS = frozenset({"factual_question", "closed_question", "open_question"})


def signals_of(reading) -> tuple[str, ...]:
    """The reader's signals for a line (none for a reading without them)."""
    return tuple(getattr(reading, "signals", ()) or ())
