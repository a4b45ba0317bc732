"""Plain-language verdicts on a :class:`~commonground.reader.Reading`, for people.

``commonground coach`` prints :func:`verdict_text`; widgets can show the same words.
"""

from __future__ import annotations

from commonground import labels

#: How each kind is described to a learner (the one table: :mod:`commonground.labels`).
KIND_DESCRIPTIONS = labels.LINE_KIND_DESCRIPTIONS


#: How each signal is described to a learner (see :data:`commonground.reader.SIGNALS`).
SIGNAL_DESCRIPTIONS = labels.SIGNALS


def verdict_lines(reading) -> list[str]:
    """The verdict as short lines: kind, ask parts and fit, suggestion, and why."""
    lines = [f"This reads as {KIND_DESCRIPTIONS[reading.kind]}."]
    if reading.kind == "ask":
        if reading.specific_parts:
            lines.append("It names: " + ", ".join(reading.specific_parts) + ".")
        else:
            lines.append("It names no specific activity, time, place or amount yet.")
        if reading.fits is True:
            lines.append("It fits what you learned: " + ", ".join(reading.fit_matches) + ".")
        elif reading.fits is False:
            lines.append("It does not fit what you know about them.")
    signals = getattr(reading, "signals", ())
    if signals:
        lines.append("It also: " + "; ".join(SIGNAL_DESCRIPTIONS[s] for s in signals) + ".")
    if reading.suggestion:
        lines.append(f"Suggestion: {reading.suggestion}")
    else:
        lines.append("Nothing to add: this line does its job.")
    lines.append("Why: " + "; ".join(_in_words(rule) for rule in reading.rules))
    return lines


def verdict_text(reading) -> str:
    """The verdict as one block of text (what ``commonground coach`` prints)."""
    return "\n".join(verdict_lines(reading))


def _in_words(rule: str) -> str:
    """A reader rule with the signal it names in words ("-> turns the conversation to them")."""
    head, sep, signal = rule.rpartition("-> signal ")
    return f"{head}-> {SIGNAL_DESCRIPTIONS.get(signal, signal)}" if sep else rule
