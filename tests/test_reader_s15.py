"""Session 15: six lines a beginner typed, each fixed by the general rule that failed, with
near misses that keep their reading; then fresh lines in voices the tables lacked (see
``VOICES`` below).
"""

from __future__ import annotations

import pytest
from test_reader_s13 import right

from commonground.reader import read_line
from commonground.reader.rewrites import rewrite_closed
from commonground.reader.text import normalise


# ---- 1. "ta-ra" is a goodbye; "ta" alone is thanks
@pytest.mark.parametrize(
    "line",
    ["ta-ra", "ta-ra then", "tara love", "Ta-ra, love, see you Thursday", "ok, tarra a bit"],
)
def test_ta_ra_is_a_goodbye_not_thanks(line):
    r = read_line(line)
    assert r.kind == "close", r.rules
    assert "thanks" not in r.signals


@pytest.mark.parametrize("line", ["ta", "ta very much", "ta love", "ta for that"])
def test_ta_alone_is_thanks(line):
    assert "thanks" in read_line(line).signals


@pytest.mark.parametrize(
    "line",
    ["my friend Tara works nights too", "Tara from the third floor said she'd come"],
)
def test_tara_the_name_is_no_goodbye(line):
    assert read_line(line).kind != "close"


@pytest.mark.parametrize(
    "typed, kept",
    [
        ("i made a u-turn on the housing thing", "u-turn"),
        ("she took ill-health retirement", "ill-health"),
        ("bring your id-card", "id-card"),
    ],
)
def test_a_shorthand_joined_to_the_next_word_is_no_shorthand(typed, kept):
    assert kept in normalise(typed)


@pytest.mark.parametrize(
    "typed, said",
    [
        ("ill call u monday", "i'll call you monday"),
        ("mon-fri 9 to 5", "monday-friday"),
        ("ta", "cheers"),
        ("cheers - ill b there", "i'll be there"),
    ],
)
def test_shorthand_standing_alone_is_still_expanded(typed, said):
    assert said in normalise(typed)


# ---- 2. "for once" said of oneself presses nobody
@pytest.mark.parametrize(
    "line",
    [
        "I'll keep it short for once",
        "we actually won one for once",
        "for once the council listened to us",
        "i got a whole weekend off for once",
        "Nothing really, I just wanted to chat properly for once. Thanks!",
    ],
)
def test_for_once_about_oneself_or_the_world_is_no_push(line):
    assert "push" not in read_line(line).signals


@pytest.mark.parametrize(
    "line",
    [
        "come along for once",
        "just for once could you come",
        "i wish you'd come for once",
        "you could show up for once",
        "Couldn't someone sit with your wife for once?",
        "for once, i'll be quick, but we really need you",
    ],
)
def test_for_once_asked_of_them_still_pushes(line):
    assert "push" in read_line(line).signals


# ---- 3. "did it for years" after a comma tells; "did it help" asks
@pytest.mark.parametrize(
    "line",
    [
        "my mum cleaned offices, did it for years",
        "my dad worked at the plant, was there for 30 years",
        "my nan ran the tenants association, did that until she was 80",
    ],
)
def test_did_it_for_years_after_a_comma_is_a_story(line):
    r = read_line(line)
    assert r.kind == "story", r.rules


@pytest.mark.parametrize(
    "line",
    [
        "my mum cleaned offices, did it help her",
        "i heard about the strike, did it work for you",
        "you worked there ages, was there anyone who stood up for you",
    ],
)
def test_did_it_then_a_verb_after_a_comma_still_asks(line):
    assert read_line(line).kind == "closed_question"


def test_did_it_for_years_alone_asks_nothing():
    assert read_line("cleaned offices my whole life. did it for years").kind != (
        "closed_question"
    )


# ---- 4. a confidence asked for is no campaign ask
@pytest.mark.parametrize(
    "line",
    [
        "i'd be grateful if you kept this between us",
        "i'd appreciate it if you didn't mention it to anyone yet",
        "could you keep this between us?",
        "would you mind keeping this to yourself for now",
        "could you not tell your manager about the petition yet",
    ],
)
def test_keeping_a_confidence_is_no_ask_and_no_question_to_open(line):
    r = read_line(line)
    assert r.kind == "other", r.rules
    assert not r.suggestion.startswith(("Make the ask", "Open it up"))


@pytest.mark.parametrize(
    "line",
    [
        "i'd be grateful if you came on saturday",
        "i'd be grateful if you told the others on your floor about the meeting",
        "would you keep the sign-up sheet at your desk this week",
        "could you keep your name on the petition",
        "could you keep me posted?",
    ],
)
def test_asks_that_keep_or_tell_something_are_still_asks(line):
    assert read_line(line).kind == "ask"


# ---- 5. "I wonder if..." is read as "I was wondering if..." is
@pytest.mark.parametrize(
    "line",
    [
        "i wonder if we should strike",
        "I wonder whether we should strike",
        "i was wondering if we should strike",
        "i'm wondering if we should wait",
        "i wonder if you've ever been to a meeting",
        "I wonder if you've ever been to a meeting?",
    ],
)
def test_i_wonder_if_is_a_closed_question_asked_indirectly(line):
    r = read_line(line)
    assert r.kind == "closed_question", r.rules
    assert r.suggestion.startswith("Open it up")


def test_i_wonder_if_we_should_gets_its_open_form():
    assert rewrite_closed("i wonder if we should strike") == (
        "What's your take on whether we should strike?"
    )


@pytest.mark.parametrize(
    "line, kind",
    [
        ("I wonder if you'd come on saturday", "ask"),
        ("i was wondering if you'd come on saturday", "ask"),
        ("i wonder if you could help us leaflet on sunday at 10", "ask"),
        ("i wonder what you think", "open_question"),
        ("I wonder, what keeps you going?", "open_question"),
        ("I wonder if the others feel the same", "other"),
        ("i wonder if it'll rain on saturday", "other"),
        ("I wonder if we'll ever win this", "other"),
    ],
)
def test_near_misses_of_i_wonder_if(line, kind):
    assert read_line(line).kind == kind, read_line(line).rules


# ---- 6. "no" typed for "know"
@pytest.mark.parametrize(
    "typed, said",
    [
        ("i no how you feel", "i know how you feel"),
        ("do you no anyone else on your floor", "do you know anyone"),
        ("i dont no what to do", "i don't know what to do"),
        ("yeah i no, its rubbish", "i know,"),
        ("you no what i mean", "you know what i mean"),
        ("i no the feeling", "i know the feeling"),
        ("id like to no how you got into this", "to know how"),
        ("good to no that", "good to know that"),
    ],
)
def test_no_typed_for_know_is_know(typed, said):
    assert said in normalise(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "no, i can't",
        "i have no time",
        "i no longer work there",
        "i said no",
        "i told you no",
        "i told you no it won't work",
        "to no avail",
        "i said to no one",
        "say no to the cuts",
        "the answer was no that time",
        "we no the landlord",
    ],
)
def test_no_the_word_stays_no(typed):
    assert normalise(typed) == typed


def test_i_know_how_you_feel_is_read_as_typed_right():
    assert read_line("i no how you feel") == read_line("i know how you feel")
