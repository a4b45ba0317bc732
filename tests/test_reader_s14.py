"""Session 14: five lines a new volunteer typed, each fixed by the general rule that
failed, with near misses that keep their kind; then fresh lines in voices the tables
lacked (see ``FRESH`` below).
"""

from __future__ import annotations

import pytest

from commonground.reader import read_line
from commonground.reader.rewrites import rewrite_closed
from commonground.reader.text import normalise

_CLOSED_FALLBACK = "Tell me more about that: what has it been like for you?"


# ---- 1. a filler at the start never changes the advice
@pytest.mark.parametrize(
    "line",
    [
        "we're fighting to get the lifts fixed before winter",
        "we're pushing the council to fix the damp in every flat",
        "we're both renters who are tired of surprise fees",
        "do you enjoy working on the ward",
        "are you worried about the rent going up",
    ],
)
@pytest.mark.parametrize("filler", ["so ", "so, ", "ok so ", "well "])
def test_a_filler_at_the_start_changes_neither_kind_nor_advice(filler, line):
    plain, led = read_line(line), read_line(filler + line)
    assert (led.kind, led.suggestion) == (plain.kind, plain.suggestion), led.rules


def test_the_campaign_said_after_so_gets_the_campaign_advice():
    r = read_line("so we're fighting to get the lifts fixed before winter")
    assert "confirm_details" not in r.signals
    assert "campaign" in r.suggestion


@pytest.mark.parametrize(
    "line",
    [
        "so that's tuesday at 3:30 at the branch, does that still work?",
        "so we're on for friday at 6 at the library",
        "great, so we'll see you at the pantry saturday morning",
        "so we're all set for half six at the hall",
    ],
)
def test_a_so_that_says_when_still_confirms_the_details(line):
    assert "confirm_details" in read_line(line).signals


@pytest.mark.parametrize(
    "line",
    [
        "so it's the patients you worry about most, have i got that right",
        "so it's you who looks after her when the water comes in, is that right?",
    ],
)
def test_a_so_that_gives_their_words_back_confirms_no_details(line):
    assert "confirm_details" not in read_line(line).signals


# ---- 2. a topic put first, then a question about it
@pytest.mark.parametrize(
    "line",
    [
        "my landlord, is he even allowed to do that",
        "your kids, are they still at st marys",
        "the new manager, does she listen to you lot",
        "our rep, has he been round to see you yet?",
    ],
)
def test_a_topic_then_a_yes_no_question_is_a_closed_question(line):
    r = read_line(line)
    assert r.kind == "closed_question", r.rules
    assert "first_person" not in r.signals


@pytest.mark.parametrize(
    "line, kind",
    [
        ("my landlord, he never fixes anything", "other"),
        ("my nan lost her flat, was it 2019 or 2020, i forget", "story"),
        ("The rent here is shocking, is it not?", "leading_question"),
        ("my dad lost his job, was it 2009", "story"),
    ],
)
def test_near_misses_of_a_topic_first_keep_their_kind(line, kind):
    assert read_line(line).kind == kind


@pytest.mark.parametrize(
    "line",
    [
        "my mum cleaned offices, did it for years",
        "the rent here is shocking, is it not?",
        "my landlord, he never fixes anything",
        "the council, is it the housing office or the repairs team, i never know",
    ],
)
def test_a_clause_or_a_tag_before_the_comma_is_no_topic(line):
    assert normalise(line).count("?") == line.count("?")


# ---- 3. "your" typed for "you're" before an adjective that ends its clause
@pytest.mark.parametrize(
    "typed, said",
    [
        ("when your free could you text me back", "when you're free"),
        ("if your busy thats fine", "if you're busy that's fine"),
        ("your free on sat?", "you're free on sat"),
        ("your right about that", "you're right about that"),
        ("let me know when ur ready", "when you're ready"),
    ],
)
def test_your_before_an_adjective_that_ends_its_clause_is_youre(typed, said):
    assert said in normalise(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "enjoy your free time",
        "how was your busy week",
        "your right to strike",
        "is your early shift ok",
        "hows your back now",
        "is your late husband's pension sorted",
    ],
)
def test_your_before_a_noun_stays_your(typed):
    assert "you're" not in normalise(typed)


def test_the_ask_when_youre_free_stays_an_ask():
    assert read_line("when your free could you text me back").kind == "ask"


# ---- 4. an alternative offered, then the no probed
@pytest.mark.parametrize(
    "line",
    [
        "would sunday be better or is it the time you dont like",
        "could we do mornings, or is it the canvassing thats the problem?",
        "would a weekday be easier or is it the phone banking youre not keen on",
        "would the evening suit you more, or is it the picket itself that doesn't work",
    ],
)
def test_an_alternative_then_a_probe_of_the_no_is_a_probe(line):
    r = read_line(line)
    assert r.kind == "open_question", r.rules
    assert "probe_no" in r.signals
    assert r.suggestion == ""


@pytest.mark.parametrize(
    "line, kind",
    [
        ("would sunday be better", "ask"),
        ("would sunday at 2pm work instead?", "ask"),
        ("tea or coffee?", "closed_question"),
    ],
)
def test_an_alternative_alone_probes_nothing(line, kind):
    r = read_line(line)
    assert r.kind == kind and "probe_no" not in r.signals, r.rules


# ---- 5. a closed question asked indirectly is opened up as closed questions are
@pytest.mark.parametrize(
    "line, open_form",
    [
        (
            "i was wondering if maybe we should leave",
            "What's your take on whether we should leave?",
        ),
        ("should we leave", "What's your take on whether we should leave?"),
        (
            "i was wondering if you've ever thought about joining a union",
            "Tell me about a time you've thought about joining a union.",
        ),
        ("so do you enjoy your job?", "What do you enjoy about your job?"),
        ("ok so are you worried about the rent", "How do you feel about the rent?"),
    ],
)
def test_an_indirect_or_led_closed_question_gets_its_open_form(line, open_form):
    assert rewrite_closed(line) == open_form
    r = read_line(line)
    assert r.kind == "closed_question", r.rules
    assert open_form in r.suggestion


def test_a_wonder_frame_is_taken_off_before_the_question_is_opened():
    assert rewrite_closed("I wonder whether we should strike") == (
        "What's your take on whether we should strike?"
    )


@pytest.mark.parametrize("line", ["is it raining", "so", "i was wondering"])
def test_a_closed_question_with_no_known_form_keeps_the_general_invitation(line):
    assert rewrite_closed(line) == _CLOSED_FALLBACK
