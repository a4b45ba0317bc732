"""Lint check: a choice that makes an ask says what the ask says.

The persona answers the *ask* (its declared specificity, fits and conflicts), not the
choice's words, so a choice whose text names another activity, time or place than its
ask misleads the learner. A choice may leave ``text`` out to take the ask's own words;
when it gives its own, each part both texts name (read by
:func:`commonground.reader.ask_phrases.ask_phrases`) must agree (see :func:`_differ`). A part only
one of them names is not flagged: "the same again on Tuesday" may leave the place out.
"""

from __future__ import annotations

import re

from commonground.roleplay.model import Scenario

PARTS = ("activity", "time", "place")
# Words too common to show two phrases are about the same thing.
_FILLER = frozenset(
    [
        "a",
        "an",
        "the",
        "on",
        "at",
        "in",
        "to",
        "of",
        "for",
        "from",
        "with",
        "by",
        "and",
        "or",
        "this",
        "that",
        "it",
        "its",
        "our",
        "your",
        "my",
        "us",
        "me",
        "we",
        "you",
        "them",
        "some",
        "every",
        "next",
    ]
)

_PART_OF_DAY = frozenset(["morning", "afternoon", "evening", "night", "day"])


def _words(phrase: str) -> set[str]:
    """Content words, cut to five letters so "canvass" and "canvassing" meet."""
    words = re.findall(r"[a-z0-9]+", phrase.lower())
    return {re.sub(r"^(\d+)(am|pm)$", r"\1", w)[:5] for w in words if w not in _FILLER}


def _when(phrase: str) -> tuple[set[str], set[str]]:
    """A time phrase's day words and its clock times ("6pm" and "6:00pm" read "6")."""
    days, clock = set(), set()
    for token in re.findall(r"[a-z0-9:]+", phrase.lower()):
        found = re.fullmatch(r"(\d{1,2})(?::00)?(?::\d\d)?\s*(am|pm)?", token)
        if found and (found.group(2) or ":" in token):
            clock.add(token.rstrip("apm").removesuffix(":00"))
        elif token not in _FILLER and token not in _PART_OF_DAY:
            days.add(token[:5])
    return days, clock


def _differ(part: str, ask: str, said: str, ask_text: str, choice_text: str) -> bool:
    """Whether two phrases naming one part name different things.

    A time differs when both give a clock time and they differ, or when the days they
    name differ and neither names no more than the other ("Tuesdays", "next Tuesday
    at 4pm" agree; so do "Tuesday evening" and "Tuesday at 6:30pm"). An activity or place differs when neither phrase shares a word with the
    other *text* (the reader may cut "the union office on Grand Avenue" differently).
    """
    if part == "time":
        (ask_days, ask_clock), (said_days, said_clock) = _when(ask), _when(said)
        if ask_clock and said_clock and not ask_clock & said_clock:
            return True
        return not (ask_days <= said_days or said_days <= ask_days)
    return not (_words(ask) & _words(choice_text) or _words(said) & _words(ask_text))


def differing_parts(ask_text: str, choice_text: str) -> dict[str, tuple[str, str]]:
    """Parts both texts name differently: part -> (the ask's phrase, the choice's)."""
    from commonground.reader.ask_phrases import ask_phrases

    ask, said = ask_phrases(ask_text), ask_phrases(choice_text)
    return {
        part: (ask[part], said[part])
        for part in PARTS
        if part in ask
        and part in said
        and _differ(part, ask[part], said[part], ask_text, choice_text)
    }


def ask_text_checks(scenario: Scenario) -> list[tuple[str, str, str]]:
    """A warning for each ask choice whose text differs from its ask's in some part."""
    asks = {a.id: a for a in scenario.campaign.asks}
    found = []
    for node in scenario.nodes.values():
        for choice in node.choices:
            if not choice.ask or choice.ask not in asks or choice.text == asks[choice.ask].text:
                continue
            for part, (theirs, ours) in differing_parts(asks[choice.ask].text, choice.text).items():
                found.append(
                    (
                        node.id,
                        f"choice {choice.id}: its text names the {part} {ours!r} but its ask "
                        f"{choice.ask!r} says {theirs!r}, and the persona answers the ask; "
                        "make them agree, or leave out the choice's text to use the ask's",
                        "warning",
                    )
                )
    return found
