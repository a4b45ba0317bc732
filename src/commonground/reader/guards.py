"""Cheap, exact short cuts in front of the reader's slow regular expressions.

Python's ``re`` tries every alternative of a pattern at every position of a line, so a
long alternation of ``\\b(?:...)`` rules costs tens of microseconds per sentence even
when none of its words is there. Each short cut here gives *exactly* the answer of the
pattern it stands for, only sooner:

* :class:`Alternation` searches the rules of an alternation one by one, skipping a rule
  whose required words (plain substrings every match of the rule contains) are absent,
  and returns the match the combined pattern would have found;
* :func:`any_in` is the test a rule's required words stand for.

``tests/test_reader_golden.py`` checks every authored wording against readings made
before these short cuts existed, and ``tests/test_reader_guards.py`` checks each short
cut against its plain pattern on made-up lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property


def any_in(words: Sequence[str], text: str) -> bool:
    """True when one of ``words`` occurs in ``text`` as a substring."""
    for word in words:  # noqa: SIM110 (a loop is twice as fast as any() over a generator)
        if word in text:
            return True
    return False


class HintIndex:
    """Which rules of a list may match a text, from the words each rule needs.

    Parameters
    ----------
    hints
        For each rule, in order, words of which every match of the rule contains one
        (``()``: the rule is always tried).
    """

    def __init__(self, hints: Sequence[Sequence[str]]) -> None:
        self.always = frozenset(i for i, words in enumerate(hints) if not words)
        by_word: dict[str, list[int]] = {}
        for i, words in enumerate(hints):
            for word in words:
                by_word.setdefault(word, []).append(i)
        self.by_word = [(word, tuple(rules)) for word, rules in by_word.items()]

    def candidates(self, text: str) -> list[int]:
        """The rules that may match ``text``, in list order (the others cannot)."""
        found = set(self.always)
        for word, rules in self.by_word:
            if word in text:
                found.update(rules)
        return sorted(found)


class Alternation:
    """The rules of ``(?:rule0)|(?:rule1)|...``, searched rule by rule.

    Parameters
    ----------
    rules
        ``(pattern, words)`` pairs in the order of the alternation. Every match of
        ``pattern`` must contain at least one of ``words`` (so a line without any of
        them cannot match it); ``words=()`` means the rule is always tried.

    Notes
    -----
    The combined pattern's search returns the leftmost match and, at that position,
    the first rule that matches there. Each rule searched alone returns its own
    leftmost match, and a rule matches at a position alone exactly as it does inside
    the alternation (nothing follows the alternation). So the combined match is the
    rule match with the smallest start, the earliest rule winning a tie. The rules must
    not use numbered groups (their numbers would change when combined).
    """

    def __init__(self, rules: Sequence[tuple[str, Sequence[str]]]) -> None:
        self.rules = [(re.compile(p), tuple(words)) for p, words in rules]
        self.index = HintIndex([words for _, words in self.rules])
        if any(pattern.groups for pattern, _ in self.rules):
            raise ValueError("rules of an Alternation must not capture groups")

    @cached_property
    def combined(self) -> re.Pattern:
        """The alternation as one pattern (compiled on first use: the tests compare)."""
        return re.compile("|".join(f"(?:{p.pattern})" for p, _ in self.rules))

    def search(self, text: str) -> re.Match | None:
        """The match :attr:`combined` would give (as a match of one of the rules)."""
        best = None
        rules = self.rules
        for i in self.index.candidates(text):
            m = rules[i][0].search(text)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
                if best.start() == 0:
                    break  # no later rule can start earlier, and ties go to this one
        return best
