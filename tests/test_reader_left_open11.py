"""The reader's misreadings left open by session 10, each fixed in general (session 11).

Each rule is tested on other wordings of the same thing and on near misses that must not
change: a request begun mid-line in a run-on ("we r having a meeting thurs can u come"), a
check that they are in after a yes ("ok cool so ur in then?"), a when-question that asks a
date ("when did the centre move to Court Street?"), "right now" as the time of an ask
("Would you sign the letter right now?"), a story told in "we", and what the beginners'
table found at first sight (a polite "may I know...", a maybe probed as "not sure", "is it
ok in your building?" asking about their life, a hedged "wondering if maybe you could").
"""

from __future__ import annotations

import pytest

from commonground.reader import read_line
from commonground.reader.ask_phrases import ask_phrases
from commonground.reader.rewrites import rewrite_leading
from commonground.reader.text import normalise

# ---- a request begun mid-line in a run-on ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("we r having a meeting thurs can u come", ("activity", "time")),
        ("there's a meeting thursday can you make it", ("activity", "time")),
        ("big meeting at the library tmrw at 6 would u come", ("activity", "time", "place")),
        ("we got a rally on saturday could you come along", ("activity", "time")),
        ("we have a rally saturday u wanna come", ("activity", "time")),
        ("we got a meeting tonight are you free to come", ("activity", "time")),
    ],
)
def test_a_request_begun_mid_line_is_an_ask(text, parts):
    reading = read_line(text)
    assert reading.kind == "ask", reading.rules
    assert reading.specific_parts == parts
    assert ("place" in parts) == ("place" not in reading.suggestion)  # asked for what it lacks


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("what time can you come", "open_question"),
        ("how long could you stay", "factual_question"),
        ("thats so cool could you tell me more about it", "open_question"),
        ("i know you can come", "other"),
    ],
)
def test_a_question_word_before_the_request_keeps_its_question(text, kind):
    assert read_line(text).kind == kind


def test_a_request_already_set_off_gets_no_comma():
    said = normalise(
        "i reckon you'd be great at chairing the tenants meeting - would you give it a go?"
    )
    assert "- would you" in said


# ---- a check that they are in, after an ask --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ok cool so ur in then?",
        "great, you're on board then?",
        "so we can count you in then?",
        "So that's a yes?",
        "so you're in, right?",
        "you're in then yeah?",
    ],
)
def test_a_check_that_they_are_in_is_a_closed_confirmation_not_a_question_to_open(text):
    reading = read_line(text)
    assert reading.kind == "closed_question"
    assert reading.suggestion.startswith("This checks that they are in")
    assert "presses for a yes" in reading.suggestion  # said after a maybe or a no
    assert "push" not in reading.signals


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        ("Are you in the union?", "Open it up"),
        ("So that's Saturday at 10 at the library, you're in?", ""),  # the details said back
        ("so you're in then? come on, it's only an hour", "If they have just said no"),
    ],
)
def test_near_misses_of_the_check_keep_their_advice(text, advice):
    suggestion = read_line(text).suggestion
    assert suggestion.startswith(advice) if advice else suggestion == ""


def test_your_typed_for_youre_only_where_no_noun_follows():
    assert read_line("so your in then?").suggestion.startswith("This checks that they are in")
    assert read_line("do your in-laws live nearby?").kind == "closed_question"
    assert "you're" not in ask_phrases("could you give up your free time on saturday at the hall")


# ---- when-questions that ask a date ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "when did the centre move to Court Street?",
        "when does ur shift end",
        "so when did you open the cafe",
        "When was the boiler fixed?",
        "Okay, next on my list, when did the centre move to Court Street?",
        "When did you start working at the hospital?",
        "when did u first get involved",
        "When did you first hear about the campaign?",
    ],
)
def test_a_when_question_that_asks_a_date_is_factual(text):
    assert read_line(text).kind == "factual_question"


@pytest.mark.parametrize(
    "text",
    [
        "When did you first realise the rent was too high?",
        "when was the last time you felt heard?",
        "when did it start to feel different?",
        "When would you be free?",
        # the older "when did you start/first..." rule read these as facts (lead, session 11)
        "When did you start caring about this?",
        "When did you start to feel that way?",
        "when did you first get angry about the rent",
    ],
)
def test_a_when_question_about_feelings_or_a_meeting_is_not_a_fact(text):
    reading = read_line(text)
    assert reading.kind != "factual_question"
    assert "Fine as an opener" not in reading.suggestion


# ---- "right now" as the time of an ask -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Would you sign the letter right now?", "right now"),
        ("can u sign it rn", "right now"),
        ("could you text your neighbours now please", "now"),
        ("Would you sign up now?", "now"),
    ],
)
def test_right_now_is_the_time_of_an_ask(text, when):
    reading = read_line(text)
    assert reading.kind == "ask" and "time" in reading.specific_parts
    assert ask_phrases(text)["time"] == when
    assert "day and time" not in reading.suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Will you continue with what you're doing now?",
        "would you be willing, now that you know, to come to the meeting",
    ],
)
def test_right_now_in_a_clause_of_its_own_is_no_time(text):
    assert "time" not in read_line(text).specific_parts
    assert "time" not in ask_phrases(text)


@pytest.mark.parametrize(
    "text",
    ["what's going on for you right now", "are you working right now", "right now I'm just tired"],
)
def test_right_now_that_means_currently_names_no_time(text):
    reading = read_line(text)
    assert reading.kind != "ask" and reading.specific_parts == ()


# ---- a story told in "we" ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "we got evicted in 2019... that's why we joined the tenants union",
        "when we got evicted nobody helped us, that's the reason we joined",
        "back in 2019 we had to move three times in one year",
        "our kids got sick from the mould and that's why we joined the union",
    ],
)
def test_a_story_told_in_we_is_about_oneself(text):
    reading = read_line(text)
    assert reading.kind == "story"
    assert "first_person" in reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "We agree.",
        "we're fighting to keep the library open",
        "Well, it started two years ago when the coalition formed, and we put out a newsletter "
        "every fortnight.",
        "The council cut the bus route years ago.",
        "Years ago a woman on our landing got ill from the damp and the council did nothing.",
    ],
)
def test_we_that_tells_no_story_of_ones_own_is_not_first_person(text):
    assert "first_person" not in read_line(text).signals


# ---- what the beginners' table found -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "excuse me sir may i know which school your childrens are going",
        "may i know what you do for work",
        "I would like to know how long you have lived here",
    ],
)
def test_a_question_asked_as_wanting_to_know_is_a_question(text):
    assert read_line(text).kind == "factual_question"


@pytest.mark.parametrize(
    "text", ["ok whats making you not sure", "what's making you uncertain about it?"]
)
def test_what_makes_them_not_sure_probes_a_maybe(text):
    reading = read_line(text)
    assert "probe_maybe" in reading.signals and reading.suggestion == ""


@pytest.mark.parametrize("text", ["is it ok in ur building", "is it good at work these days"])
def test_a_closed_question_about_their_life_is_no_confirmation(text):
    reading = read_line(text)
    assert "confirm_details" not in reading.signals
    assert reading.suggestion.startswith("Open it up")


@pytest.mark.parametrize(
    "text", ["Is that still ok for you?", "is it ok with you", "does that work?"]
)
def test_a_check_of_the_plan_still_confirms(text):
    assert "confirm_details" in read_line(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "I was wondering if perhaps you'd come to the rally",
        "we were wondering if maybe you could host a house meeting on sunday",
    ],
)
def test_a_hedged_wondering_is_an_ask(text):
    assert read_line(text).kind == "ask"


def test_a_leading_rewrite_never_echoes_shorthand():
    assert (
        rewrite_leading("u must be so angry about the cuts right")
        == "How do you feel about the cuts?"
    )
    assert "City Council" in rewrite_leading("Don't you think the City Council is too slow?")


# ---- a polite wish before the action (lead, session 11) ---------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "I was wondering if you'd like to come canvassing Saturday at 10 at the library",
            ("activity", "time", "place"),
        ),
        (
            "We were wondering if you would like to speak at the rally on Monday at 6pm "
            "outside City Hall",
            ("activity", "time", "place"),
        ),
        ("i was wondering if youd like to help at the stall", ("activity",)),
        ("I was hoping you'd like to join us", ()),
    ],
)
def test_a_wish_said_before_the_action_is_an_ask(text, parts):
    """ "I was wondering if you'd like to come canvassing..." was read as a piece of the
    speaker's story, and told to say why it matters to them."""
    reading = read_line(text)
    assert reading.kind == "ask" and reading.specific_parts == parts
    assert "first_person" not in reading.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("i was wondering if you could tell me a bit about your work", "open_question"),
        ("I was wondering what got you into nursing", "open_question"),
        # the speaker's own wish, not a request of them: no ask (read as before)
        ("I'd like to come canvassing with you on Saturday", "other"),
    ],
)
def test_near_misses_of_the_wish_frame_keep_their_kind(text, kind):
    assert read_line(text).kind == kind


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Any chance you could help with the mailing this week?", ("activity", "time")),
        (
            "would you stuff envelopes with us thursday at 7 at the hall",
            ("activity", "time", "place"),
        ),
        (
            "Could you help with the mail-out on Tuesday at 6 at the office?",
            ("activity", "time", "place"),
        ),
    ],
)
def test_a_mailing_is_an_activity(text, parts):
    """ "help with the mailing" was told to add a concrete activity (lead, session 11)."""
    reading = read_line(text)
    assert reading.kind == "ask" and reading.specific_parts == parts
    assert "concrete activity" not in reading.suggestion


@pytest.mark.parametrize("text", ["Are you on our mailing list?", "Did you get the newsletter?"])
def test_a_question_about_the_mailing_list_is_no_ask(text):
    assert read_line(text).kind == "closed_question"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I was wondering if you would like to talk about it", "closed_question"),
        ("i was wondering if you ever thought about joining the union", "closed_question"),
        ("I was wondering what got you into nursing", "open_question"),
    ],
)
def test_a_question_asked_as_i_was_wondering_is_a_question_to_them(text, kind):
    """Typed without "?", these were pieces of the speaker's story ("talks about
    yourself"), told to say why it matters to them (lead, session 11)."""
    reading = read_line(text)
    assert reading.kind == kind and "first_person" not in reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "I was wondering what to do with my life until I met the union",
        # "i was wondering if maybe we should leave" was here: it asks "should we leave?",
        # a closed question, since session 12 (tests/test_reader_s13.py)
    ],
)
def test_wondering_about_oneself_is_still_about_oneself(text):
    reading = read_line(text)
    assert reading.kind == "story" and "first_person" in reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "hi im sam from the library campaign, how long u been living round here",
        "thanks for having me, how many kids you got",
        "hi, how often you go to the branch",
    ],
)
def test_a_fact_question_after_a_greeting_with_its_auxiliary_dropped_is_factual(text):
    """Typed after a greeting without "?", these were "not one of the 1:1 moves" or a
    close (lead, session 11)."""
    assert read_line(text).kind == "factual_question"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I know how long you waited for the bus", "other"),
        ("thanks for having me, see you saturday", "close"),
    ],
)
def test_near_misses_of_the_dropped_auxiliary_keep_their_kind(text, kind):
    assert read_line(text).kind == kind
