"""Ask specificity (activity, time, place, amount) and fit / conflict with what was learned."""

from __future__ import annotations

import pytest

from commonground.reader import read_line, specificity
from commonground.reader.keywords import time_tags


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Would you help out?", ()),
        ("Would you host a house meeting?", ("activity",)),
        ("Can you come Saturday?", ("time",)),
        ("Can you come at 6pm?", ("time",)),
        ("Could you come to the library?", ("place",)),
        ("Could you give $25?", ("activity", "amount")),
        ("Will you call ten neighbours?", ("activity", "amount")),
        ("Will you knock doors for two hours next Tuesday?", ("activity", "time", "amount")),
        ("Would you phone bank on Zoom on March 3?", ("activity", "time", "place")),
        ("Could you table at 12 Main Street for an hour?", ("activity", "place", "amount")),
        # a library branch is a place; a screening or a fundraiser is an activity
        ("Can you come Saturday at 2pm at the Eastside branch?", ("time", "place")),
        ("Would you help at our film screening on Friday?", ("activity", "time")),
        ("Will you come to the fundraiser at the union hall?", ("activity", "place")),
        ("Would you help with the branch newsletter?", ()),
        # where you are sitting, their home, a named stop, and the verb after "come and"
        (
            "Would you host the owners here after you close, Wednesday at 3?",
            ("activity", "time", "place"),
        ),
        (
            "Could you have a few parents round to yours on Sunday at 4?",
            ("activity", "time", "place"),
        ),
        (
            "Could you film riders at the college stop on Tuesday at 4pm?",
            ("activity", "time", "place"),
        ),
        ("Would you come and read stories to the children on Saturday?", ("activity", "time")),
    ],
)
def test_each_part_is_found(text, parts):
    assert specificity(text) == parts
    assert read_line(text).specific_parts == parts


def test_clock_times_and_dates_are_not_amounts():
    assert "amount" not in specificity("Could you canvass at 10 on the 14th?")
    assert "amount" not in specificity("Would you host a house meeting?")  # "a house"


def test_a_verb_or_here_and_there_is_not_a_place():
    assert "place" not in specificity("Would you help us stop the cuts on Tuesday?")
    assert "place" not in specificity("Could you spare an hour here and there?")


def test_a_place_word_used_as_a_modifier_is_not_a_place():
    assert "place" not in specificity("Could you call the parish list?")
    assert "place" not in specificity("Would you speak at the school board meeting?")


def test_vague_verbs_are_not_activities():
    for text in ["Would you volunteer?", "Can you get involved?", "Will you support us?"]:
        assert "activity" not in specificity(text), text


def test_time_tags_imply_parts_of_the_day():
    assert "evening" in time_tags("Tuesday at 7pm")
    assert "weekday" in time_tags("Tuesday at 7pm")
    assert "morning" in time_tags("Saturday at 9 am")
    assert "weekend" in time_tags("Saturday at 9 am")
    assert "night" in time_tags("tonight")


FACTS = {
    "loves_teaching_kids": ["teach", "kids", "tutor"],
    "likes_walking": ["walk", "outdoors", "canvass"],
}


def test_an_ask_fits_when_it_uses_what_was_learned():
    r = read_line("Would you tutor kids at the library on Saturday?", fit_keywords=FACTS)
    assert r.fits is True
    assert r.fit_matches == ("loves_teaching_kids",)
    assert any("fits loves_teaching_kids" in rule for rule in r.rules)


def test_fit_matches_inflected_words():
    r = read_line("Could you go canvassing with me on Sunday?", fit_keywords=FACTS)
    assert r.fit_matches == ("likes_walking",)


def test_an_ask_that_ignores_what_was_learned_does_not_fit():
    r = read_line("Would you phone bank from the office on Tuesday?", fit_keywords=FACTS)
    assert r.fits is False and r.fit_matches == ()
    assert any("does not fit" in rule for rule in r.rules)
    assert "learned" in r.suggestion


def test_without_fit_keywords_fits_is_none():
    assert read_line("Would you phone bank on Tuesday at the office?").fits is None


def test_a_conflict_overrides_a_fit_and_says_why():
    r = read_line(
        "Would you canvass with me Tuesday evening from the library?",
        fit_keywords=FACTS,
        conflict_keywords={"works_nights": ["evening", "night"]},
    )
    assert r.fits is False
    assert r.fit_matches == ("likes_walking",)
    assert any("conflicts with works_nights" in rule for rule in r.rules)
    assert "alternative" in r.suggestion


def test_a_clock_time_counts_for_a_conflict_keyword():
    r = read_line(
        "Could you canvass Tuesday at 7pm from the library?",
        conflict_keywords={"night_shift_nurse": ["evening"]},
    )
    assert r.fits is False
    assert any("a time in the 'evening'" in rule for rule in r.rules)


def test_conflict_keywords_alone_without_a_clash_leave_fit_unknown():
    r = read_line(
        "Could you canvass Saturday at 10am from the library?",
        conflict_keywords={"night_shift_nurse": ["evening"]},
    )
    assert r.fits is None


def test_a_keyword_may_be_a_phrase_or_a_single_string():
    r = read_line(
        "Would you host a house meeting on Friday at your place?",
        fit_keywords={"has_big_kitchen": "house meeting", "other": ["phone bank"]},
    )
    assert r.fit_matches == ("has_big_kitchen",)


# ---- ask_phrases: the words that name each part -------------------------------------
from commonground.reader.ask_phrases import ask_phrases  # noqa: E402


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "could you hand out flyers at the hospital on tuesday at 5pm",
            {
                "activity": "hand out flyers",
                "place": "at the hospital",
                "time": "on tuesday at 5pm",
            },
        ),
        (
            "Could you speak on Tuesday 11 March at 2pm at City Hall?",
            {"activity": "speak", "time": "on Tuesday 11 March at 2pm", "place": "at City Hall"},
        ),
        ("Would you present the figures", {"activity": "present the figures"}),
        ("show me which drains", {"activity": "show me which drains"}),
        (
            "can u phone bank w me thurs at 6 from the union hall for 2 hrs",
            {
                "activity": "phone bank",
                "time": "thursday at 6",
                "place": "from the union hall",
                "amount": "2 hours",
            },
        ),
        (
            "Would you be willing to host a house meeting at your place next week?",
            {"activity": "host a house meeting", "place": "at your place", "time": "next week"},
        ),
        ("pls come to the rally saturday", {"activity": "come to the rally", "time": "saturday"}),
        (
            "Would Sunday at 2pm work for the canvass?",
            {"activity": "canvass", "time": "Sunday at 2pm"},
        ),
        (
            "would you knock doors with me in ward 5 this sat morning",
            {"activity": "knock doors", "place": "in ward 5", "time": "this sat morning"},
        ),
        ("Would you help out?", {}),
        ("Can you get involved?", {}),
        (
            "would you be up for leading a training on zoom next week",
            {"activity": "leading a training", "place": "on zoom", "time": "next week"},
        ),
        (
            "how about you host one at your place on sunday afternoon",
            {"activity": "host one", "place": "at your place", "time": "on sunday afternoon"},
        ),
    ],
)
def test_ask_phrases_name_the_words_of_each_part(text, expected):
    got = ask_phrases(text)
    for part, words in expected.items():
        assert got.get(part) == words, (part, got)
    assert set(got) <= set(expected) | {"amount"}
    assert set(got) == {p for p in specificity(text) if p in got}


def test_ask_phrases_keep_the_learners_capitals_and_part_order():
    got = ask_phrases("Could you Canvass on Elm Street this Saturday for two hours?")
    assert list(got) == [p for p in ("activity", "time", "place", "amount") if p in got]
    assert got["activity"].startswith("Canvass")
    assert got["amount"] == "two hours"


@pytest.mark.parametrize("text", ["", "   ", "???", "Hello there", "a" * 3000])
def test_ask_phrases_never_fail(text):
    assert isinstance(ask_phrases(text), dict)


def test_every_phrase_is_words_from_the_line():
    for text in [
        "would u be up for tabling at the farmers market sun at 9",
        "Could I count on you to bring five neighbours to the hearing on the 14th?",
        "can you give $25 to the strike fund",
    ]:
        for phrase in ask_phrases(text).values():
            assert phrase.lower() in text.lower().replace(" u ", " you ")


def test_a_part_of_the_day_or_a_place_number_is_never_an_amount():
    for text in [
        "how about you host one at your place on sunday afternoon",
        "would you knock doors with me in ward 5 this sat morning",
    ]:
        assert "amount" not in ask_phrases(text)
        assert "amount" not in specificity(text)
