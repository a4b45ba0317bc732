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


# --- Required words: a plain substring test in front of a pattern that seldom matches ---

try:  # Python 3.11+
    from re import _constants as _sre_constants
    from re import _parser as _sre_parse
except ImportError:  # Python 3.10
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_C = _sre_constants
_REPEATS = tuple(
    getattr(_C, name)
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if hasattr(_C, name)
)


def required_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Substrings one of which every text a match of ``pattern`` is found in contains,
    worked out from the pattern's parse; ``None`` when none can be told.

    A sequence needs each of its parts, so it needs the words of its most telling part
    (a run of plain characters, a group, a repeat of at least one, a look-ahead or
    look-behind that must hold); an alternation needs the words of one of its
    alternatives. Negative look-arounds, back-references and character classes beyond
    a few plain characters tell nothing. Case-insensitive patterns are left alone.
    """
    if pattern.flags & re.IGNORECASE:
        return None
    found = _sequence_words(_sre_parse.parse(pattern.pattern, pattern.flags))
    if not found:
        return None
    # a word that holds another is implied by it ("still" is in every " still ")
    return tuple(sorted(w for w in found if not any(v != w and v in w for v in found)))


def _sequence_words(items) -> set[str] | None:
    options: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is _C.LITERAL:
            run += chr(av)
            continue
        if run:
            options.append({run})
            run = ""
        words = _item_words(op, av)
        if words:
            options.append(words)
    if run:
        options.append({run})
    if not options:
        return None
    return max(options, key=lambda words: (min(map(len, words)), -len(words)))


def _item_words(op, av) -> set[str] | None:
    if op is _C.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            words = _sequence_words(branch)
            if not words:
                return None
            found |= words
        return found
    if op is _C.SUBPATTERN:
        _, add_flags, _, items = av
        return None if add_flags & re.IGNORECASE else _sequence_words(items)
    if op in _REPEATS:
        low, _, items = av
        return _sequence_words(items) if low >= 1 else None
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _sequence_words(av)
    if op is _C.ASSERT:  # a look-ahead or look-behind that must hold: its text is there
        return _sequence_words(av[1])
    if op is _C.IN and len(av) <= 6 and all(o is _C.LITERAL for o, _ in av):
        return {chr(c) for _, c in av}
    return None


#: Every :func:`prefiltered` pattern (for the tests).
PREFILTERED: list[Prefiltered] = []


class Prefiltered:
    """A compiled pattern tried only on texts holding one of its required words.

    Every method gives what the pattern's own gives: where none of :attr:`words` is in
    the text, the pattern cannot match there, so the answer is the one for no match
    (``None``, the text itself, no items), without a search. The check is a few ``in``
    tests, against a search that tries every position of the line.
    """

    __slots__ = ("compiled", "words")

    def __init__(self, compiled: re.Pattern, words: tuple[str, ...]) -> None:
        self.compiled = compiled
        self.words = words

    def _may(self, text: str) -> bool:
        for word in self.words:  # noqa: SIM110 (as any_in: a loop beats any())
            if word in text:
                return True
        return False

    def search(self, string, *args):
        return self.compiled.search(string, *args) if self._may(string) else None

    def match(self, string, *args):
        return self.compiled.match(string, *args) if self._may(string) else None

    def fullmatch(self, string, *args):
        return self.compiled.fullmatch(string, *args) if self._may(string) else None

    def sub(self, repl, string, count=0):
        return self.compiled.sub(repl, string, count) if self._may(string) else string

    def subn(self, repl, string, count=0):
        return self.compiled.subn(repl, string, count) if self._may(string) else (string, 0)

    def finditer(self, string, *args):
        return self.compiled.finditer(string, *args) if self._may(string) else iter(())

    def findall(self, string, *args):
        return self.compiled.findall(string, *args) if self._may(string) else []

    def split(self, string, maxsplit=0):
        return self.compiled.split(string, maxsplit) if self._may(string) else [string]

    def __getattr__(self, name):  # pattern, groups, groupindex, flags
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"Prefiltered({self.compiled!r}, {self.words!r})"


def prefiltered(pattern: re.Pattern, most: int = 6):
    """``pattern`` behind a test for its :func:`required_words`, when it has at most
    ``most`` of them, each two characters or more (else ``pattern`` itself, unchanged)."""
    words = required_words(pattern)
    if not words or len(words) > most or min(map(len, words)) < 2:
        return pattern
    found = Prefiltered(pattern, words)
    PREFILTERED.append(found)
    return found
