"""The reader's public API: names, types and the JSON shape other modules rely on."""

from __future__ import annotations

import json

import pytest

from commonground.reader import ASK_PARTS, KINDS, Reading, read_line, specificity


def test_kinds_and_parts_are_the_contract():
    assert KINDS == (
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
    assert ASK_PARTS == ("activity", "time", "place", "amount")


def test_example_from_the_brief():
    r = read_line(
        "Would you canvass with me this Saturday at 10 from the library?",
        fit_keywords={"likes_walking": ["walk", "outdoors", "canvass"], "bakes": ["bake"]},
    )
    assert isinstance(r, Reading)
    assert r.kind == "ask"
    assert r.specific_parts == ("activity", "time", "place")
    assert r.fits is True
    assert r.fit_matches == ("likes_walking",)
    assert r.suggestion == ""
    assert any("ask" in rule for rule in r.rules)


def test_as_dict_is_json_ready_with_the_agreed_keys():
    d = read_line("Do you like volunteering?").as_dict()
    assert set(d) == {
        "kind",
        "specific_parts",
        "fits",
        "fit_matches",
        "suggestion",
        "rules",
        "signals",
    }
    assert json.loads(json.dumps(d)) == d
    assert d["kind"] == "closed_question"
    assert d["specific_parts"] == [] and d["fits"] is None
    assert d["signals"] == ["turns_to_them"]


@pytest.mark.parametrize(
    "text",
    ["What do you do for a living?", "Do you like it?", "I grew up here.", "", "   ", "ok"],
)
def test_non_asks_have_no_parts_and_no_fit(text):
    r = read_line(text, fit_keywords={"x": ["walk"]}, conflict_keywords={"y": ["night"]})
    assert r.kind != "ask"
    assert r.specific_parts == () and r.fits is None and r.fit_matches == ()
    assert r.kind in KINDS and r.rules


def test_every_reading_has_a_kind_and_rules_even_for_odd_input():
    for text in ["???", "!!!", "12345", "Hmm.", None, "—", "a" * 5000]:
        r = read_line(text)
        assert r.kind in KINDS
        assert r.rules
        assert set(r.specific_parts) <= set(ASK_PARTS)


def test_specificity_keeps_the_ask_parts_order():
    parts = specificity("For two hours at the union hall next Tuesday at 6pm, phone bank with me?")
    assert parts == ("activity", "time", "place", "amount")


def test_reading_is_immutable():
    r = read_line("Will you host a house meeting?")
    with pytest.raises(AttributeError):
        r.kind = "other"


def test_reading_without_advice_is_the_reading_less_its_suggestion():
    """``advise=False`` (the scenarios' own wordings) leaves out only the suggestion."""
    from dataclasses import replace

    lines = [
        "Would you canvass with me this Saturday at 10 from the library?",
        "Do you like your job?",
        "Isn't the manager a total jerk?",
        "Could you help out sometime?",
        "My mum cleaned offices at night for twenty years.",
        "ok cool",
    ]
    advised = [read_line(line) for line in lines]
    assert sum(bool(r.suggestion) for r in advised) >= 4  # some lines are advised
    for line, reading in zip(lines, advised, strict=True):
        assert read_line(line, advise=False) == replace(reading, suggestion="")
