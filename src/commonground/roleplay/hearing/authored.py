"""What the reader makes of the authored wordings (a choice's text and examples).

Kept with the scenario's index (:mod:`.similarity`), so each wording is read once
however many typed lines are heard against it.
"""

from __future__ import annotations

from commonground.roleplay.line_checks import KEY_SIGNALS, signals_of
from commonground.roleplay.model import Choice, Scenario
from commonground.roleplay.similarity import index_for


def cached_reading(scenario: Scenario, wording: str):
    """The reader's reading of an authored wording, kept with the scenario's index.

    Its kind and signals only: nobody is advised on the scenario's own wordings, so the
    reader leaves the suggestion out (``advise=False``, about 7% of its time).
    """
    cache = index_for(scenario).cache
    key = ("reading", wording)
    if key not in cache:
        from commonground.reader import read_line

        cache[key] = read_line(wording, advise=False)
    return cache[key]


def cached_activity(scenario: Scenario, wording: str) -> str:
    """The activity words of an authored wording (``""`` for none), kept like readings."""
    from commonground.reader.ask_phrases import ask_phrases

    cache = index_for(scenario).cache
    key = ("activity", wording)
    if key not in cache:
        cache[key] = ask_phrases(wording).get("activity", "")
    return cache[key]


def profile(scenario: Scenario, choice: Choice) -> tuple[frozenset, frozenset]:
    """The kinds and key signals the reader finds in a choice's text and examples.

    A kind counts when the author gave it or the reader reads any wording that way; a
    signal counts when at least a third of the wordings carry it.
    """
    cache = index_for(scenario).cache
    key = ("profile", choice.id)
    found = cache.get(key)
    if found is None:
        wordings = (choice.text, *choice.examples)
        readings = [cached_reading(scenario, w) for w in wordings]
        kinds = {choice.kind, *(r.kind for r in readings)}
        counts: dict[str, int] = {}
        for r in readings:
            for s in set(signals_of(r)) & KEY_SIGNALS:
                counts[s] = counts.get(s, 0) + 1
        signals = {s for s, n in counts.items() if 3 * n >= len(wordings)}
        found = (frozenset(kinds), frozenset(signals))
        cache[key] = found
    return found
