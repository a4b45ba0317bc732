"""Cheap, exact short cuts in front of the reader's slow regular expressions.

Python's ``re`` tries every alternative of a pattern at every position of a line, so a
long alternation of ``\\b(?:...)`` rules costs tens of microseconds per sentence even
when none of its words is there. Each short cut here gives *exactly* the answer of the
pattern it stands for, only sooner:

* :class:`Alternation` searches the rules of an alternation one by one, skipping a rule
  whose required words (plain substrings every match of the rule contains) are absent,
  and returns the match the combined pattern would have found;
* :func:`any_in` is the test a rule's required words stand for;
* :func:`at_word_starts` and :func:`starting_with` compile a pattern whose matches all
  start where a word starts, or with a given text, so that ``re`` gives up at once
  everywhere else.

``tests/test_reader_golden.py`` checks every authored wording against readings made
before these short cuts existed, and ``tests/test_reader_guards.py`` checks each short
cut against its plain pattern on made-up lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property

#: Where a word starts: a word character with none just before it.
WORD_START = r"\b(?=\w)"

#: ``(source, flags, or_at, pattern)`` of every :func:`at_word_starts` pattern (the tests
#: check each against its plain ``source``).
WORD_START_PATTERNS: list[tuple[str, int, str, re.Pattern]] = []


def at_word_starts(source: str, flags: int = 0, or_at: str = "") -> re.Pattern:
    """Compile ``source``, every match of which starts where a word starts, to be tried
    only there (or at one of the characters ``or_at``, such as ``"$£€"``).

    ``re`` tries each alternative of a pattern at every position of a line, and an
    alternative opening with ``\\b`` or a look-behind is not skipped cheaply: a long
    alternation costs tens of microseconds per line, most of them inside words. A
    zero-width test in front fails at once there. Where it holds, the pattern goes on
    as before, so matches, groups and substitutions are those of ``source`` (the groups
    keep their numbers), 2-4x sooner. ``tests/test_reader_guards.py`` checks from each
    pattern's parse that every match starts at a word start, and compares the two on
    the corpus and on lines made from the pattern.
    """
    start = WORD_START if not or_at else rf"(?:{WORD_START}|(?=[{re.escape(or_at)}]))"
    pattern = re.compile(rf"{start}(?:{source})", flags)
    WORD_START_PATTERNS.append((source, flags, or_at, pattern))
    return pattern


#: ``(first, source, pattern)`` of every :func:`starting_with` pattern (for the tests).
STARTING_WITH_PATTERNS: list[tuple[str, str, re.Pattern]] = []


def starting_with(first: str, source: str) -> re.Pattern:
    """Compile ``source``, every match of which starts with the text ``first``, to be
    tried only where ``first`` is.

    A pattern that opens with look-behinds ("me" after a comma, "and" or "but") is tried
    at every position of a line; with ``first`` in front as a look-ahead, ``re`` fails
    at once wherever the line does not go on with it. The matches are those of
    ``source`` (``tests/test_reader_word_starts.py`` checks from its parse that every
    match starts with ``first``, and compares the two on made-up lines).
    """
    pattern = re.compile(rf"(?={re.escape(first)})(?:{source})")
    STARTING_WITH_PATTERNS.append((first, source, pattern))
    return pattern


def any_in(words: Sequence[str], text: str) -> bool:
    """True when one of ``words`` occurs in ``text`` as a substring."""
    for word in words:  # noqa: SIM110 (a loop is twice as fast as any() over a generator)
        if word in text:
            return True
    return False


class HintIndex:
    """Which rules of a list may match a text, from the words each rule needs.

    The words are found in one pass over the text by an Aho-Corasick automaton
    (``pyahocorasick``), which reports every occurrence of every word, overlapping
    ones too ("day" in "today"): the same words as testing ``word in text`` for each,
    without a loop over hundreds of words per line.

    Parameters
    ----------
    hints
        For each rule, in order, words of which every match of the rule contains one
        (``()``: the rule is always tried).
    """

    def __init__(self, hints: Sequence[Sequence[str]]) -> None:
        import ahocorasick

        self.always = frozenset(i for i, words in enumerate(hints) if not words)
        by_word: dict[str, list[int]] = {}
        for i, words in enumerate(hints):
            for word in words:
                by_word.setdefault(word, []).append(i)
        self.by_word = [(word, tuple(rules)) for word, rules in by_word.items()]
        self._automaton = None
        if by_word:
            self._automaton = ahocorasick.Automaton()
            for word, rules in self.by_word:
                self._automaton.add_word(word, rules)
            self._automaton.make_automaton()

    def candidates(self, text: str) -> list[int]:
        """The rules that may match ``text``, in list order (the others cannot)."""
        found = set(self.always)
        if self._automaton is not None:
            for _, rules in self._automaton.iter(text):
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
