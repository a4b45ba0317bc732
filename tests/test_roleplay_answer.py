"""How the persona answers an ask: specific + fitting -> yes; vague -> maybe/no; constraints."""

from __future__ import annotations

import pytest

from commonground.roleplay import answer_ask
from commonground.roleplay.answer import AskView, keyword_hits
from commonground.roleplay.model import Fact, Persona

PERSONA = Persona(
    name="Test Person (synthetic)",
    description="for tests",
    public_facts=(),
    hidden_facts=(
        Fact("likes_kids", "interest", "Likes working with children.", ("children",)),
        Fact("nights", "constraint", "Works nights.", ("saturday",), "timing"),
        Fact("no_phone", "constraint", "Hates phoning strangers.", ("calls",), "activity"),
    ),
    trust_start=0,
    trust_needed=3,
)
FULL = ("activity", "time", "place")


def ask(parts=FULL, fits=("likes_kids",), conflicts=()):
    return AskView("a", "canvass", "text", tuple(parts), tuple(fits), tuple(conflicts))


def test_specific_and_fitting_with_enough_trust_is_yes():
    result = answer_ask(PERSONA, ask(), {"likes_kids"}, trust=3)
    assert result.answer == "yes" and result.fit and result.specific and result.reason == ""


def test_fit_counts_only_for_facts_discovered():
    result = answer_ask(PERSONA, ask(), set(), trust=5)
    assert result.answer == "maybe" and not result.fit
    assert "connects to nothing you learned" in result.explanation


def test_good_ask_without_enough_trust_is_maybe():
    result = answer_ask(PERSONA, ask(), {"likes_kids"}, trust=2)
    assert result.answer == "maybe"
    assert "trust is 2" in result.explanation


@pytest.mark.parametrize("parts", [(), ("activity",), ("activity", "time")])
def test_fitting_but_not_specific_is_maybe_naming_what_is_missing(parts):
    result = answer_ask(PERSONA, ask(parts=parts), {"likes_kids"}, trust=10)
    assert result.answer == "maybe" and not result.specific
    assert "place" in result.explanation


def test_vague_and_unfitting_is_no_for_the_activity():
    result = answer_ask(PERSONA, ask(parts=(), fits=()), {"likes_kids"}, trust=10)
    assert result.answer == "no_activity" and result.reason == ""


@pytest.mark.parametrize(
    ("conflict", "expected"), [("nights", "no_timing"), ("no_phone", "no_activity")]
)
def test_constraint_gives_a_no_with_its_reason_even_for_a_perfect_ask(conflict, expected):
    result = answer_ask(PERSONA, ask(conflicts=(conflict,)), {"likes_kids"}, trust=10)
    assert result.answer == expected and result.reason == conflict


def test_answer_is_deterministic():
    view = ask(parts=("activity",))
    first = answer_ask(PERSONA, view, {"likes_kids"}, 1)
    assert all(answer_ask(PERSONA, view, {"likes_kids"}, 1) == first for _ in range(5))


def test_keyword_hits_match_whole_word_starts_only():
    assert keyword_hits("Would you tutor on Saturday?", ["tutor", "saturday", "sat"]) == [
        "tutor",
        "saturday",
        "sat",
    ]
    assert keyword_hits("a frustrated reader", ["rust", "read"]) == ["read"]
