"""A plain substring test in front of a pattern that seldom matches, worked out from it.

Most sentences a line reader sees tell no story, confirm no detail and end with no tag,
yet each such pattern is searched at every position of every sentence.
:func:`required_words` reads a pattern's parse for the words every match of it must
hold; :func:`prefiltered` puts the pattern behind a test for them
(:class:`Prefiltered`), which gives exactly the pattern's answers, only sooner where
none of the words is there. ``tests/test_reader_prefilter.py`` checks every prefiltered
pattern on the golden corpus and on strings made to match it.
"""

from __future__ import annotations

import re

from commonground.reader.guards import any_in

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
        return any_in(self.words, text)

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
