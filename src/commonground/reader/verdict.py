"""Plain-language verdicts on a :class:`~commonground.reader.Reading`, for people.

``commonground coach`` prints :func:`verdict_text`; widgets can show the same words.
"""

from __future__ import annotations

#: How each kind is described to a learner.
KIND_DESCRIPTIONS = {
    "factual_question": "an easy factual question, a good opener",
    "closed_question": "a closed question (it invites a yes/no or one-word answer)",
    "open_question": "an open question that invites them to talk",
    "leading_question": "a leading question (it pushes them towards an answer)",
    "advice": "advice (telling them what to do)",
    "story": "a piece of your own story",
    "common_ground": "naming common ground (something you share)",
    "ask": "an ask (a request to take an action)",
    "close": "a close (thanks, a promised follow-up or a goodbye)",
    "other": "not one of the 1:1 moves the reader knows",
}


#: How each signal is described to a learner (see :data:`commonground.reader.SIGNALS`).
SIGNAL_DESCRIPTIONS = {
    "acknowledges": "acknowledges what they said",
    "agrees_only": "agrees without saying anything of your own",
    "confirm_details": "confirms the details",
    "first_person": "talks about yourself",
    "follow_up": "promises a next contact",
    "on_the_spot": "puts them on the spot",
    "probe_maybe": "asks what a maybe depends on",
    "probe_no": "asks whether a no is about the time or the activity",
    "push": "presses after a no or a maybe",
    "thanks": "thanks them",
    "turns_to_them": "turns the conversation to them",
    "vague": "asks without naming an activity, time or place",
}


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
    lines.append("Why: " + "; ".join(reading.rules))
    return lines


def verdict_text(reading) -> str:
    """The verdict as one block of text (what ``commonground coach`` prints)."""
    return "\n".join(verdict_lines(reading))
