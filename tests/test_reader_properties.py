"""Properties of the reader over arbitrary input (hypothesis): it never fails."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from commonground.reader import ASK_PARTS, KINDS, read_line, rewrite_closed, specificity

VOCABULARY = (
    "would you can do are what how why I we both too my got when right , ? . ! canvass "
    "host Saturday at 10am the library two hours $25 don't think should tried me story"
)
WORDS = st.sampled_from(VOCABULARY.split())
LINES = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=40).map(" ".join))


@settings(max_examples=120, deadline=None)
@given(LINES)
def test_any_line_gets_a_valid_reading(text):
    r = read_line(
        text, fit_keywords={"walks": ["walk", "canvass"]}, conflict_keywords={"n": "night"}
    )
    assert r.kind in KINDS
    assert r.rules and all(isinstance(rule, str) and rule for rule in r.rules)
    assert isinstance(r.suggestion, str)
    if r.kind == "ask":
        assert list(r.specific_parts) == [p for p in ASK_PARTS if p in r.specific_parts]
        assert r.fits in (True, False)
        assert set(r.fit_matches) <= {"walks"}
    else:
        assert r.specific_parts == () and r.fits is None and r.fit_matches == ()


@settings(max_examples=80, deadline=None)
@given(LINES)
def test_specificity_and_rewrites_never_fail(text):
    assert set(specificity(text)) <= set(ASK_PARTS)
    assert rewrite_closed(text).strip()


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, max_size=40).map(" ".join))
def test_reading_ignores_case_and_outer_spacing(text):
    a, b = read_line(text), read_line("  " + text.upper() + "  ")
    assert (a.kind, a.specific_parts, a.rules) == (b.kind, b.specific_parts, b.rules)
