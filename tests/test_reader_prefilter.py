"""The reader's prefiltered patterns: a plain substring test in front of each, exact.

:func:`commonground.reader.prefilter.required_words` works out from a pattern's parse
the words every match needs; :class:`~commonground.reader.prefilter.Prefiltered` searches
only texts holding one. Checked three ways: on its own (known patterns), on strings
hypothesis makes to match each prefiltered pattern (every one holds a word), and on
every sentence of the golden corpus (each method gives what the plain pattern gives).
"""

from __future__ import annotations

import re

import pytest
from golden_readings import corpus
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commonground.reader import read_line  # noqa: F401 (imports every reader module)
from commonground.reader.prefilter import PREFILTERED, Prefiltered, prefiltered, required_words
from commonground.reader.text import normalise, sentences


@pytest.mark.parametrize(
    ("source", "words"),
    [
        (r"\bstill\b", ("still",)),
        (r"\b(?:can|could) you still (?:come|go)", (" you still ",)),
        (r"foo(?:bar|bazz)", ("fooba",)),  # the parse keeps the common "ba"
        (r"(?:it|that) (?:still )?works", ("works",)),
        (r"x(?=about you)", ("about you",)),
        (r"(?:still|still on for)", ("still",)),
        (r"(?!abc)xy", ("xy",)),
        (r"a?b?", None),
        (r"(?:ab|)", None),
        (r"[^a]bc", ("bc",)),
        (r"(\w+) \1", (" ",)),
    ],
)
def test_required_words_from_the_parse(source, words):
    assert required_words(re.compile(source)) == words


def test_case_blind_patterns_and_weak_words_are_left_alone():
    assert required_words(re.compile("still", re.IGNORECASE)) is None
    assert required_words(re.compile("(?i:still) on")) == (" on",)
    plain = re.compile(r"\b(?:a|b|c)\b")  # one-letter words tell too little
    assert prefiltered(plain) is plain
    many = re.compile("alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel")
    assert prefiltered(many, most=6) is many


def test_every_method_answers_as_the_pattern_does():
    compiled = re.compile(r"\bstill (ok|good)\b")
    guard = Prefiltered(compiled, ("still",))
    for text in ["is that still ok?", "that works", "still good, still ok", ""]:
        assert guard.search(text) == compiled.search(text) or (
            guard.search(text).span() == compiled.search(text).span()
        )
        assert guard.sub("X", text) == compiled.sub("X", text)
        assert guard.subn("X", text) == compiled.subn("X", text)
        assert guard.findall(text) == compiled.findall(text)
        assert guard.split(text) == compiled.split(text)
        assert [m.span() for m in guard.finditer(text)] == [
            m.span() for m in compiled.finditer(text)
        ]
        assert bool(guard.match(text)) == bool(compiled.match(text))
        assert bool(guard.fullmatch(text)) == bool(compiled.fullmatch(text))
    unchanged = "that works"
    assert guard.sub("X", unchanged) is unchanged  # as re gives back the same text
    assert guard.pattern == compiled.pattern and guard.groups == 1


def test_the_reader_prefilters_its_hot_patterns():
    assert len(PREFILTERED) >= 20


@pytest.mark.parametrize("index", range(len(PREFILTERED)))
def test_every_string_made_to_match_holds_a_required_word(index):
    guard = PREFILTERED[index]

    @settings(
        max_examples=40,
        deadline=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.from_regex(guard.compiled))
    def holds_a_word(text):
        if guard.compiled.search(text):
            assert any(word in text for word in guard.words), (guard, text)

    holds_a_word()


def _sentences() -> list[str]:
    texts, _ = corpus()
    found = {s for text in texts for s in sentences(normalise(text))}
    return sorted(found | {normalise(text) for text in texts})


SENTENCES = _sentences()


@pytest.mark.parametrize("index", range(len(PREFILTERED)))
def test_on_the_golden_corpus_each_gives_what_the_pattern_gives(index):
    guard = PREFILTERED[index]
    plain = guard.compiled
    for text in SENTENCES:
        a, b = guard.search(text), plain.search(text)
        assert (a and a.span()) == (b and b.span()), text
        a, b = guard.match(text), plain.match(text)
        assert (a and a.span()) == (b and b.span()), text
        assert guard.sub("#", text) == plain.sub("#", text), text
