"""Patterns tried only where a match can start find exactly what their source finds.

:func:`commonground.reader.guards.at_word_starts` puts a zero-width test in front of a
pattern. That is exact only if every match of the pattern starts where a word starts (or
at one of the characters it names). These tests prove that from each pattern's parse,
check the proof on patterns that break it, and compare each guarded pattern with its plain
source on the golden corpus and on made-up lines: the same matches, groups and
substitutions, and the same answer at every position of a line.
"""

import importlib
import json
import pkgutil
import re

import pytest
from golden_readings import GOLDEN
from hypothesis import given, settings
from hypothesis import strategies as st

import commonground.reader
from commonground.reader.guards import STARTING_WITH_PATTERNS, WORD_START, WORD_START_PATTERNS
from commonground.reader.text import normalise

# Every module of the reader, so that every such pattern is made (the package imports its
# modules on first use, so importing it makes none of them).
for _module in pkgutil.iter_modules(commonground.reader.__path__):
    importlib.import_module(f"commonground.reader.{_module.name}")

try:  # Python 3.11+
    from re import _constants as c
    from re import _parser as parser
except ImportError:  # Python 3.10
    import sre_constants as c
    import sre_parse as parser

_WORD = re.compile(r"\w")


def _word_char(code: int) -> bool:
    return _WORD.match(chr(code)) is not None


def _consumes_only(op, av, accept) -> bool:
    """True when the item ``(op, av)`` consumes one character, always one ``accept`` takes."""
    if op is c.LITERAL:
        return accept(av)
    if op is c.IN:
        for item_op, item_av in av:
            if item_op is c.LITERAL and accept(item_av):
                continue
            if item_op is c.RANGE and all(accept(x) for x in range(item_av[0], item_av[1] + 1)):
                continue
            words = (c.CATEGORY_DIGIT, c.CATEGORY_WORD)
            if item_op is c.CATEGORY and accept is _word_char and item_av in words:
                continue
            return False
        return True
    return False


def _lookbehind_excludes_words(pattern) -> bool:
    """``(?<![\\w...])``: the character before is not a word character."""
    items = list(pattern)
    return (
        len(items) == 1
        and items[0][0] is c.IN
        and (c.CATEGORY, c.CATEGORY_WORD) in items[0][1]
        and (c.NEGATE, None) not in items[0][1]
    )


def _starts_well(items, or_at: str, before_non_word=False, boundary=False) -> bool:
    """True when every match of ``items`` starts at a word start or at an ``or_at`` char."""
    if not items:
        return False  # an empty match could be anywhere
    (op, av), rest = items[0], list(items[1:])
    if op is c.AT:
        if av is c.AT_BOUNDARY:
            return _starts_well(rest, or_at, before_non_word, True)
        if av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
            return _starts_well(rest, or_at, True, boundary)
        return False
    if op in (c.ASSERT, c.ASSERT_NOT):
        direction, pattern = av
        if direction == -1 and op is c.ASSERT_NOT and _lookbehind_excludes_words(pattern):
            before_non_word = True
        elif direction == -1 and op is c.ASSERT:
            last = list(pattern)[-1:]
            if last and last[0][0] is c.LITERAL and not _word_char(last[0][1]):
                before_non_word = True
        return _starts_well(rest, or_at, before_non_word, boundary)
    if op is c.BRANCH:
        return all(_starts_well([*alt, *rest], or_at, before_non_word, boundary) for alt in av[1])
    if op is c.SUBPATTERN:
        return _starts_well([*av[3], *rest], or_at, before_non_word, boundary)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
        low, _, item = av
        once = _starts_well([*item, *rest], or_at, before_non_word, boundary)
        return once and (low > 0 or _starts_well(rest, or_at, before_non_word, boundary))
    codes = {ord(ch) for ch in or_at}
    if codes and _consumes_only(op, av, codes.__contains__):
        return True
    return (boundary or before_non_word) and _consumes_only(op, av, _word_char)


def starts_at_word_starts(source: str, flags: int = 0, or_at: str = "") -> bool:
    """True when the parse of ``source`` shows every match starts where a word starts."""
    return _starts_well(list(parser.parse(source, flags)), or_at)


@pytest.mark.parametrize(
    ("source", "or_at"),
    [
        (r"\bfoo|\bbar\b", ""),
        (r"\b(?:mon|tue)s?\b", ""),
        (r"(?<![\w'])(abotu|teh)(?![\w'])", ""),
        (r"(?:(?<=\bthis )|(?<=^is ))(?:half )?\d{1,2}\b", ""),
        (r"(?<!no )\b(?:thanks|thx)", ""),
        (r"(?:^|[,;] )(?:and )?will call", ",;"),
        (r"\$\s?\d+|\b\d+ dollars", "$"),
        (r"\b[a-z]+", ""),
    ],
)
def test_the_proof_accepts_patterns_that_start_at_word_starts(source, or_at):
    assert starts_at_word_starts(source, 0, or_at)


@pytest.mark.parametrize(
    ("source", "or_at"),
    [
        (r"foo", ""),  # "seafood" matches inside a word
        (r"(?<!the )tues", ""),  # a look-behind of words says nothing of a boundary
        (r"\bfoo|, bar", ""),  # the second rule starts at a comma
        (r"(?:^|[,;] )will call", ""),
        (r"\$\d+", ""),
        (r"\b(?:a )?", ""),  # may match nothing
        (r"\b\s+x", ""),  # \b before a space: the end of a word
        (r"\b[^a]x", ""),
        (r"\b.x", ""),
        (r"(?<=\bthis)x", ""),  # a word character before
    ],
)
def test_the_proof_refuses_patterns_that_can_start_inside_a_word(source, or_at):
    assert not starts_at_word_starts(source, 0, or_at)
    # and each finds a match the guard would hide
    start = WORD_START if not or_at else rf"(?:{WORD_START}|(?=[{re.escape(or_at)}]))"
    plain, guarded = re.compile(source), re.compile(rf"{start}(?:{source})")
    lines = ["seafood", "atues", "foo, bar", "x; will call", "$5", "a", "foo x", "b-x", "thisx"]
    assert any(_outcomes(plain, t) != _outcomes(guarded, t) for t in lines)


def test_the_reader_uses_word_start_patterns_and_each_is_proved():
    assert len(WORD_START_PATTERNS) >= 10
    for source, flags, or_at, _ in WORD_START_PATTERNS:
        assert starts_at_word_starts(source, flags, or_at), source[:80]


def _outcomes(pattern: re.Pattern, line: str):
    # sub, split and findall scan as finditer does: the same matches, the same results
    return [(m.span(), m.groups()) for m in pattern.finditer(line)]


_CORPUS = list(json.loads(GOLDEN.read_text(encoding="utf-8"))["plain"])
# The reader searches normalised lines; a few lines for rules the corpus lacks.
_LINES = sorted(
    {normalise(t) for t in _CORPUS}
    | {"i call you on friday", "give $25 or £5", "abotu teh rally", "so, um, what"}
)


def test_each_guarded_pattern_finds_what_its_source_finds_on_the_corpus():
    assert len(_LINES) > 5000
    for source, flags, _, guarded in WORD_START_PATTERNS:
        plain = re.compile(source, flags)
        found = 0
        for line in _LINES:
            want = _outcomes(plain, line)
            assert _outcomes(guarded, line) == want, (source[:60], line)
            found += bool(want)
        assert found, source[:60]  # the corpus exercises the pattern


def _pieces(source: str) -> list[str]:
    words = set(re.findall(r"[a-z][a-z'-]+", source))
    return sorted(words | {"5pm", "10:30", "7", "$25", "£5", "2nd", "3/4", "i", "a"})


_PIECES = sorted({p for source, *_ in WORD_START_PATTERNS for p in _pieces(source)})
_GLUE = st.sampled_from([" ", " ", " ", "", ", ", "; ", "? ", ". ", "-", "'", "$", "x"])
made_up_lines = st.lists(st.tuples(st.sampled_from(_PIECES), _GLUE), max_size=10).map(
    lambda parts: "".join(w + g for w, g in parts)
)


@settings(max_examples=300, deadline=None)
@given(made_up_lines)
def test_each_guarded_pattern_agrees_with_its_source_at_every_position(line):
    for source, flags, _, guarded in WORD_START_PATTERNS:
        plain = re.compile(source, flags)
        assert _outcomes(guarded, line) == _outcomes(plain, line), source[:60]
        for pos in range(len(line) + 1):
            want, got = plain.match(line, pos), guarded.match(line, pos)
            assert (want and (want.span(), want.groups())) == (
                got and (got.span(), got.groups())
            ), (source[:60], line, pos)


def _starts_with(items, text: str) -> bool:
    """True when every match of ``items`` consumes ``text`` first (after zero-width tests)."""
    if not text:
        return True
    if not items:
        return False
    (op, av), rest = items[0], list(items[1:])
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _starts_with(rest, text)
    if op is c.BRANCH:
        return all(_starts_with([*alt, *rest], text) for alt in av[1])
    if op is c.SUBPATTERN:
        return _starts_with([*av[3], *rest], text)
    return op is c.LITERAL and av == ord(text[0]) and _starts_with(rest, text[1:])


def starts_with(source: str, first: str) -> bool:
    """True when the parse of ``source`` shows every match starts with ``first``."""
    return _starts_with(list(parser.parse(source)), first)


def test_the_proof_of_a_first_text_accepts_and_refuses_the_right_patterns():
    assert starts_with(r"(?:^|(?<=, ))me (?=mum)", "me ")
    assert starts_with(r"\bfixin'? to\b|\bfixing to\b", "fixin")
    assert not starts_with(r"\bfixin'? to\b|\bgonna", "fixin")
    assert not starts_with(r"(?:me )?2", "2")
    assert not starts_with(r"m[ea]", "me")


def test_each_first_text_pattern_is_proved_and_finds_what_its_source_finds():
    assert len(STARTING_WITH_PATTERNS) >= 5
    lines = [*_LINES, *(t.lower() for t in _CORPUS)]
    for first, source, guarded in STARTING_WITH_PATTERNS:
        assert starts_with(source, first), source[:60]
        plain = re.compile(source)
        for line in lines:
            assert _outcomes(guarded, line) == _outcomes(plain, line), (source[:60], line)


_CONTEXT_PIECES = [
    "2",
    "4",
    "me",
    "us",
    "and",
    "but",
    "thanks",
    "up",
    "ward",
    "kindly",
    "fixin",
    "fixin'",
    "ain't",
    "it",
    "mum",
    "the",
    "coming",
    "see",
    "s",
    "to",
]
context_lines = st.lists(
    st.tuples(st.sampled_from(_CONTEXT_PIECES), st.sampled_from([" ", " ", ", ", ". ", "!"])),
    max_size=8,
).map(lambda parts: "".join(w + g for w, g in parts).strip())


@settings(max_examples=300, deadline=None)
@given(context_lines)
def test_each_first_text_pattern_agrees_with_its_source_at_every_position(line):
    for _, source, guarded in STARTING_WITH_PATTERNS:
        plain = re.compile(source)
        assert _outcomes(guarded, line) == _outcomes(plain, line)
        for pos in range(len(line) + 1):
            want, got = plain.match(line, pos), guarded.match(line, pos)
            assert (want and want.span()) == (got and got.span()), (source[:60], line, pos)
