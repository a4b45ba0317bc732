"""The reader's short cuts give exactly what the plain patterns give.

Each short cut skips a regular expression when a cheap test says it cannot match. These
tests check the cheap tests are *necessary* conditions (every match contains one of the
rule's words), on every sentence of the golden corpus and on made-up lines built from the
rules' own words, and that each rewritten pattern finds the same matches as the original.
"""

import json
import re

from golden_readings import GOLDEN
from hypothesis import given, settings
from hypothesis import strategies as st

from commonground.reader import (
    advice,
    asks,
    closing,
    leading_questions,
    probes,
    pushes,
    spellings,
    text,
)
from commonground.reader.guards import Alternation, HintIndex, any_in
from commonground.reader.text import normalise, sentences

CORPUS = list(json.loads(GOLDEN.read_text(encoding="utf-8"))["plain"])
LINES = sorted(
    {normalise(t) for t in CORPUS} | {s for t in CORPUS for s in sentences(normalise(t))}
)

_MORE_WORDS = (
    "you i we it that this is not just only so really please need help would could the a "
    "right yeah tuesday saturday at 7pm 10 on march 3rd after work once time week miss "
    "choir um uh how how, i... i the - the w/ b/c u r ur tmrw dont cant call text you monday "
    "stay in touch thanks for coming what would make it easier depend on is there anything"
)
# Lines made of the words the rules look for (and pieces of them), so that the rules fire.
_RULE_WORDS = sorted(
    {w for _, hints in pushes.PUSH_RULES for h in hints for w in h.split()}
    | {w for _, _, hints in leading_questions.LEADING for h in hints for w in h.split()}
    | {w for _, hints in advice.ADVICE for h in hints for w in h.split()}
    | set(asks._TIME_HINTS)
    | {w for h in closing._FOLLOW_UP_HINTS + closing.THANKS_HINTS for w in h.split()}
    | set(_MORE_WORDS.split())
)
_GLUE = st.sampled_from([" ", " ", " ", ", ", "? ", ". ", "! ", "...", " - ", "—", "'s "])
made_up_lines = st.lists(st.tuples(st.sampled_from(_RULE_WORDS), _GLUE), max_size=14).map(
    lambda parts: "".join(w + g for w, g in parts).strip()
)


def _necessary(pattern: re.Pattern, hints, line: str) -> bool:
    return pattern.search(line) is None or any_in(hints, line)


def test_the_corpus_is_large_enough_to_mean_something():
    assert len(LINES) > 5000


def test_every_push_rule_needs_one_of_its_words_on_the_corpus():
    for pattern, hints in pushes.PUSH.rules:
        assert all(_necessary(pattern, hints, s) for s in LINES), pattern.pattern


def test_every_leading_and_advice_rule_needs_one_of_its_words_on_the_corpus():
    for pattern, _, hints in leading_questions.LEADING:
        assert all(_necessary(pattern, hints, s) for s in LINES), pattern.pattern
    for pattern, hints in advice.ADVICE:
        assert all(_necessary(pattern, hints, s) for s in LINES), pattern.pattern


SIGNAL_GUARDS = [
    (closing.FOLLOW_UP, closing._FOLLOW_UP_HINTS),
    (closing.THANKS, closing.THANKS_HINTS),
    (closing._STAY_IN_TOUCH, ("in touch",)),
    (closing.CLOSING_THANKS, closing.CLOSING_THANKS_HINTS),
    (probes.PROBE_MAYBE, ("what", "is there anything")),
]


def test_every_guarded_signal_pattern_needs_one_of_its_words_on_the_corpus():
    for pattern, hints in SIGNAL_GUARDS:
        assert all(_necessary(pattern, hints, s) for s in LINES), pattern.pattern


def test_the_push_alternation_finds_what_the_combined_pattern_finds_on_the_corpus():
    for s in LINES:
        want, got = pushes.PUSH.combined.search(s), pushes.PUSH.search(s)
        assert (want and want.span()) == (got and got.span()), s


@settings(max_examples=400, deadline=None)
@given(made_up_lines)
def test_the_short_cuts_agree_with_the_plain_patterns_on_made_up_lines(line):
    for pattern, hints in pushes.PUSH.rules:
        assert _necessary(pattern, hints, line), pattern.pattern
    for pattern, _, hints in leading_questions.LEADING:
        assert _necessary(pattern, hints, line), pattern.pattern
    for pattern, hints in [*advice.ADVICE, *SIGNAL_GUARDS]:
        assert _necessary(pattern, hints, line), pattern.pattern
    want, got = pushes.PUSH.combined.search(line), pushes.PUSH.search(line)
    assert (want and want.span()) == (got and got.span())
    assert asks.TIME_WORDS.search(line) is None or asks.may_name_time(line)
    assert _OLD_REPEAT.sub(r"\1", line) == text._REPEAT.sub(r"\1", line)
    if spellings.SHORTHAND_RUNS.isdisjoint(spellings.RUN.findall(line)):
        assert spellings.SHORTHAND_WORD.search(line) is None
    for needle, pattern, _ in spellings.IN_CONTEXT:
        assert pattern.search(line) is None or needle in line, pattern.pattern


# Lines for the in-context rules ("2", "4", "me", "kindly"): their words and what they follow.
_CONTEXT_WORDS = [
    "2",
    "4",
    "me",
    "us",
    "up",
    "ready",
    "thanks",
    "cheers",
    "sorry",
    "free",
    "ward",
    "room",
    "floor",
    "the",
    "you",
    "see",
    "come",
    "coming",
    "listening",
    "everything",
    "leafleting",
    "mum",
    "dad",
    "mate",
    "kindly",
    "fixin",
    "fixin'",
    "fixing",
    "to",
    "ain't",
    "it",
    "that",
    "and",
    "but",
    "when",
    "cos",
    "because",
    "cats",
    "it's",
]
context_lines = st.lists(
    st.tuples(st.sampled_from(_CONTEXT_WORDS), _GLUE), min_size=1, max_size=10
).map(lambda parts: "".join(w + g for w, g in parts).strip())


@settings(max_examples=600, deadline=None)
@given(context_lines)
def test_each_in_context_rule_needs_its_piece_of_text(line):
    """``normalise`` tries an in-context rule ("2" -> "to", "me mum" -> "my mum") only on
    a line holding the rule's piece of text: every match must have it around it."""
    for needle, pattern, _ in spellings.IN_CONTEXT:
        assert pattern.search(line) is None or needle in line, (pattern.pattern, line)


def test_the_in_context_rules_need_their_pieces_on_the_corpus():
    for raw in [*CORPUS, *LINES]:
        low = raw.lower()
        for needle, pattern, _ in spellings.IN_CONTEXT:
            assert pattern.search(low) is None or needle in low, (pattern.pattern, raw)
    assert normalise("thanks 4 coming, up 4 leafleting? me 2") == (
        "thanks for coming, up for leafleting? me too"
    )
    assert normalise("me mum said come 2 the hall") == "my mum said come to the hall"


# The stammer pattern as it was, with backtracking into the word.
_OLD_REPEAT = re.compile(r"\b([a-z']+)(?:\s*(?:,|\.\.\.|…|-+|—)\s*\1\b)+")


def test_the_time_test_and_the_repeat_pattern_agree_on_the_corpus():
    for line in LINES:
        assert asks.TIME_WORDS.search(line) is None or asks.may_name_time(line), line
        assert _OLD_REPEAT.sub(r"\1", line) == text._REPEAT.sub(r"\1", line), line
    for raw in CORPUS:
        low = raw.lower()
        assert _OLD_REPEAT.sub(r"\1", low) == text._REPEAT.sub(r"\1", low), raw


def test_the_shorthand_test_never_skips_a_line_with_shorthand():
    for line in [*LINES, "can u come w/ me", "b/c i work", "tmrw at 6?", "2nite", "y not"]:
        if spellings.SHORTHAND_RUNS.isdisjoint(spellings.RUN.findall(line)):
            assert spellings.SHORTHAND_WORD.search(line) is None, line
    assert normalise("b/c u said so") == "because you said so"


def test_an_alternation_refuses_numbered_groups_and_breaks_ties_by_rule_order():
    try:
        Alternation([(r"(a)b", ("a",))])
    except ValueError:
        pass
    else:  # pragma: no cover - the guard above must raise
        raise AssertionError("a capturing group was accepted")
    both = Alternation([(r"ab", ("ab",)), (r"abc", ("abc",))])
    assert both.search("xabc").group(0) == both.combined.search("xabc").group(0) == "ab"
    later = Alternation([(r"c", ("c",)), (r"b", ("b",))])
    assert later.search("abc").group(0) == later.combined.search("abc").group(0) == "b"


def test_a_hint_index_lists_the_rules_whose_words_are_there_in_order():
    index = HintIndex([("you",), (), ("please", "you"), ("never",)])
    assert index.candidates("would you, please") == [0, 1, 2]
    assert index.candidates("nothing here") == [1]
    assert index.candidates("never, you") == [0, 1, 2, 3]


def test_str_split_and_re_agree_on_what_a_space_is():
    """``normalise`` collapses spaces with ``str.split`` where it used ``re``'s ``\\s+``."""
    space = re.compile(r"\s")
    assert all(bool(space.fullmatch(chr(code))) == chr(code).isspace() for code in range(0x110000))
    assert normalise(" Can\u2003u\tcome \u00a0 2moro?\n") == "can you come tomorrow?"


def _candidates_by_substring(index: HintIndex, text: str) -> list[int]:
    found = set(index.always)
    for word, rules in index.by_word:
        if word in text:
            found.update(rules)
    return sorted(found)


_INDEXES = [pushes.PUSH.index, leading_questions.LEADING_INDEX, advice.ADVICE_INDEX]


def test_a_hint_index_finds_nested_and_overlapping_words():
    index = HintIndex([("day",), ("today",), ("to",), ("ay t",)])
    assert index.candidates("today then") == [0, 1, 2, 3]
    assert index.candidates("tod") == [2]
    assert index.candidates("") == []


def test_the_hint_indexes_find_the_words_substring_tests_find_on_the_corpus():
    for index in _INDEXES:
        for line in LINES:
            assert index.candidates(line) == _candidates_by_substring(index, line), line


@settings(max_examples=300, deadline=None)
@given(made_up_lines)
def test_the_hint_indexes_find_the_words_substring_tests_find_on_made_up_lines(line):
    for index in _INDEXES:
        assert index.candidates(line) == _candidates_by_substring(index, line)


def _old_strip_times(line: str) -> str:
    return asks.TIME_WORDS.sub(lambda m: " " * len(m.group(0)), line)


@settings(max_examples=300, deadline=None)
@given(made_up_lines)
def test_the_hesitation_test_and_the_time_spans_agree_with_the_patterns(line):
    line = line.lower()
    assert text._HESITATION.search(line) is None or text._hesitates(line)
    assert asks.time_spans(line) == tuple(m.span() for m in asks.TIME_WORDS.finditer(line))
    assert asks.strip_times(line) == _old_strip_times(line)


def test_the_hesitation_test_and_the_time_spans_agree_on_the_corpus():
    for line in {t.lower() for t in CORPUS} | set(LINES):
        assert text._HESITATION.search(line) is None or text._hesitates(line), line
        assert asks.strip_times(line) == _old_strip_times(line), line
    assert text._hesitates("so, um, what") and not text._hesitates("never mind the weather")
