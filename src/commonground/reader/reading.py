"""The reader itself: :class:`Reading` and :func:`read_line` (see the package's docstring).

The package's ``__init__`` exports these names on first use, so importing one of the
reader's small modules (``commonground.reader.text``, ``.praise``...) does not compile
every pattern of the reader.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from commonground.reader.asks import (
    is_donation,
    specificity,
)
from commonground.reader.keywords import describe_hit, match_keywords
from commonground.reader.kinds import classify
from commonground.reader.memo import forget_all
from commonground.reader.signals import detect
from commonground.reader.text import normalise

KINDS = (
    "factual_question",
    "closed_question",
    "open_question",
    "leading_question",
    "advice",
    "story",
    "common_ground",
    "ask",
    "close",
    "other",
)


@dataclass(frozen=True)
class Reading:
    """What the reader made of one line.

    Attributes
    ----------
    kind
        One of :data:`KINDS`.
    specific_parts
        For an ask, which of :data:`ASK_PARTS` it names (in that order); else ``()``.
    fits
        For an ask: ``True``/``False`` when fit or conflict keywords were given, else
        ``None``. Always ``None`` for other kinds.
    fit_matches
        The ``fit_keywords`` keys (discovered fact ids) the ask matched.
    suggestion
        One concrete way to improve the line ("" when there is nothing to add).
    rules
        Short human-readable notes: which rules fired.
    signals
        What the line does beyond its kind, sorted (a subset of :data:`SIGNALS`):
        ``push``, ``probe_no``, ``thanks``, ``follow_up``... Read without context:
        the caller knows whether a ``push`` came after a no or a maybe.
    """

    kind: str
    specific_parts: tuple[str, ...] = ()
    fits: bool | None = None
    fit_matches: tuple[str, ...] = ()
    suggestion: str = ""
    rules: tuple[str, ...] = ()
    signals: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        """Return a JSON-ready dict (tuples become lists)."""
        return {
            "kind": self.kind,
            "specific_parts": list(self.specific_parts),
            "fits": self.fits,
            "fit_matches": list(self.fit_matches),
            "suggestion": self.suggestion,
            "rules": list(self.rules),
            "signals": list(self.signals),
        }


Keywords = Mapping[str, Sequence[str]]


def read_line(
    text: str,
    fit_keywords: Keywords | None = None,
    conflict_keywords: Keywords | None = None,
    advise: bool = True,
) -> Reading:
    """Read one typed line: its kind, and for an ask its specificity and fit.

    Parameters
    ----------
    text
        The learner's line.
    fit_keywords
        ``{fact_id: [keyword, ...]}`` for facts the learner has discovered about the
        person. An ask fits when its (simply lemmatised) words hit at least one fact's
        keywords.
    conflict_keywords
        ``{fact_id: [keyword, ...]}`` for known constraints (a night-shift nurse:
        ``["evening", "night"]``). An ask that hits one does not fit, whatever else it
        matches. Times are expanded first: "7pm" also counts as "evening".
    advise
        False leaves :attr:`Reading.suggestion` empty, for lines nobody is advised on
        (the scenarios' own wordings, which the role-play and the linter read only for
        their kind and signals); everything else is the same.

    Returns
    -------
    Reading
    """
    text = "" if text is None else str(text)
    kind, rules = classify(text)
    parts: tuple[str, ...] = ()
    fits: bool | None = None
    matches: tuple[str, ...] = ()
    if kind == "ask":
        parts = specificity(text)
        rules.append("names " + ", ".join(parts) if parts else "names no specific part")
        if fit_keywords is not None:
            matches, hits = match_keywords(text, fit_keywords)
            fits = bool(matches)
            for fact_id, word in hits.items():
                rules.append(f"mentions {describe_hit(text, word)} -> fits {fact_id}")
            if not matches:
                rules.append("matches nothing you learned about them -> does not fit")
        if conflict_keywords:
            clashes, hits = match_keywords(text, conflict_keywords)
            for fact_id, word in hits.items():
                rules.append(
                    f"mentions {describe_hit(text, word)}, which conflicts with {fact_id}"
                    " -> does not fit"
                )
            if clashes:
                fits = False
    signals, notes = detect(normalise(text), kind, parts)
    rules.extend(notes)
    reading = Reading(kind, parts, fits, matches, "", tuple(rules), signals)
    if not advise:
        return reading
    # Imported here: the suggestion's rules (and their rewrites) are needed only when
    # someone is advised, never for the wordings a role-play or the linter reads.
    from commonground.reader.suggest import rewrite_hint

    suggestion = rewrite_hint(reading, text, donation=kind == "ask" and is_donation(text))
    return Reading(kind, parts, fits, matches, suggestion, tuple(rules), signals)


def clear_caches() -> None:
    """Forget every remembered result (normalised lines, sentence splits, ask parts).

    The reader remembers what it worked out for each text it has seen (pure functions of
    the text, so a reading never depends on it); benchmarks clear it to read lines cold.
    """
    forget_all()
