"""The reader on voices the typed plays in tests/plays/voices4/ brought in: a script pasted
with bullets or numbers, ALL CAPS with no space after a stop, "wed" for Wednesday, a
hesitation after an opening word, an aside after "Would you,", a fact checked with a tag,
"Surely you agree...", "we need people like you to...", and an ask to sign a letter.

Each case is a line of the kind a first-sight play misjudged, written afresh here (not
the play's line), with the near misses that must keep their old reading.
"""

from __future__ import annotations

import pytest

from commonground.reader import read_line
from commonground.reader.ask_phrases import ask_phrases
from commonground.reader.paper_asks import is_signing
from commonground.reader.text import normalise

# ---- forms of typing that carry no meaning -----------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("• What has it been like for you since the cuts?", "open_question"),
        ("- How did you end up running the food bank?", "open_question"),
        ("3. What keeps you coming back to the choir?", "open_question"),
        ("2) Do you still live on Mill Lane?", "closed_question"),
        ("q2: how long have you lived here?", "factual_question"),
        ("THANKS FOR COMING.WHAT GOT YOU INTO NURSING?", "open_question"),
        ("sorry i'm late,honestly.how has the week been for you?", "open_question"),
        ("GREAT.HOW MANY YEARS HAVE YOU BEEN ON THE ESTATE?", "factual_question"),
    ],
)
def test_a_pasted_marker_or_a_missing_space_does_not_change_the_kind(line, kind):
    assert read_line(line).kind == kind


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # numbers, times, addresses and abbreviations keep their stops
        ("It took 3.5 hours, ok?", "it took 3.5 hours, ok?"),
        ("See you at 12:15 by the gate", "see you at 12:15 by the gate"),
        ("join us on zoom.us at 6pm", "join us on zoom.us at 6pm"),
        ("e.g. the 6 p.m. meeting", "e.g. the 6 p.m. meeting"),
        # a dash inside a line is no bullet
        ("well-known - and loved", "well-known - and loved"),
    ],
)
def test_tidying_keeps_what_has_no_missing_space(line, said):
    assert normalise(line) == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("see you on wed at 6", "see you on wednesday at 6"),
        ("Wed 19 March, 3pm, here", "wednesday 19 march, 3pm, here"),
        ("I'll text you next wed", "i'll text you next wednesday"),
        ("wed love you to come", "wed love you to come"),  # "we'd" typed without its apostrophe
        ("they wed in june", "they wed in june"),
        ("on wed love to see you", "on wed love to see you"),
    ],
)
def test_wed_is_wednesday_only_where_a_day_is_said(line, said):
    assert normalise(line) == said


def test_a_confirmation_with_wed_names_its_day():
    assert "confirm_details" in read_line("Great. Wed 19 March, 3pm, here. Still ok?").signals


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Sorry, um, what brought you here?", "sorry, what brought you here?"),
        ("Well, er, how did it start?", "well, how did it start?"),
        ("It was hard. So, uh, what happened next?", "it was hard. so, what happened next?"),
        # mid-sentence the commas around a filler go with it
        ("how did you, uh, get into it?", "how did you get into it?"),
        ("Um, so, h-how did you, uh, get into it?", "so, how did you get into it?"),
    ],
)
def test_a_hesitation_goes_without_taking_the_openers_comma(line, said):
    assert normalise(line) == said


# ---- an aside after the request frame ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "activity"),
    [
        (
            "Would you, and only if it suits you, hand out leaflets at the fair on Saturday?",
            "hand out leaflets",
        ),
        ("Could you, if you have the time, host a coffee on Friday at 3pm?", "host a coffee"),
        (
            "Would you, whenever you're free, lead the litter pick on Sunday?",
            "lead the litter pick",
        ),
    ],
)
def test_an_aside_after_the_frame_is_not_the_activity(line, activity):
    assert ask_phrases(line)["activity"] == activity
    assert read_line(line).kind == "ask"


def test_an_ask_with_no_activity_after_its_aside_names_none():
    assert "activity" not in ask_phrases("Would you, if you had the time, help out?")


# ---- tag questions: a fact checked, or a verdict pushed ----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "You work nights, right?",
        "So you live on Canal Street, yeah?",
        "You're a steward at the depot, right?",
        "Your son is in year 3, right?",
        "You've got two kids at Riverside, haven't you?",
    ],
)
def test_a_fact_about_them_checked_with_a_tag_is_not_leading(line):
    assert read_line(line).kind in ("factual_question", "closed_question")


@pytest.mark.parametrize(
    "line",
    [
        "The landlord is a crook, right?",
        "Your landlord is a crook, right?",
        "You're fed up with the council, right?",
        "You work too hard for what they pay, right?",
        "You'd love to help out, right?",
        "You think the buses are useless, right?",
    ],
)
def test_a_verdict_or_a_feeling_with_a_tag_still_leads(line):
    assert read_line(line).kind == "leading_question"


@pytest.mark.parametrize(
    "line", ["Surely you agree the rent is too high?", "Surely you see why we need a union?"]
)
def test_surely_you_agree_leads_and_does_not_push(line):
    reading = read_line(line)
    assert reading.kind == "leading_question" and "push" not in reading.signals
    assert "whether why" not in reading.suggestion


def test_surely_you_can_still_presses():
    assert "push" in read_line("Surely you can spare one hour on Saturday?").signals


# ---- an ask said as a need, with flattery -------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "It's hard, I know, but we need people like you to sign up today, what do you say?",
        "We need volunteers like you to knock doors on Saturday, are you in?",
    ],
)
def test_we_need_people_like_you_to_act_is_a_pressing_ask(line):
    reading = read_line(line)
    assert reading.kind == "ask" and "push" in reading.signals


def test_a_need_for_people_who_can_is_no_press():
    reading = read_line("We need people to phone bank on Thursday at 6 at the office.")
    assert reading.kind == "ask" and "push" not in reading.signals


# ---- an ask to sign needs no place --------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Would you sign our letter to the council this week?",
        "Could you add your name to the petition today?",
        "Will you sign a pledge card tonight?",
    ],
)
def test_an_ask_to_sign_is_not_asked_for_a_place(line):
    assert is_signing(line)
    assert "place" not in read_line(line).suggestion


@pytest.mark.parametrize(
    "line",
    [
        # (a street walked is a place named: "walk the high street" needs none; session 10)
        "Would you come round with me on Monday at 3 so five owners can sign the letter?",
        "Would you host a meeting on Wednesday at 6 so the owners can sign the letter?",
        "Would you collect signatures for the petition on Saturday at 10?",
    ],
)
def test_an_errand_around_signing_still_needs_a_place(line):
    assert not is_signing(line)
    assert "place" in read_line(line).suggestion


# ---- an open question asked indirectly ---------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "I was wondering what brought you here",
        "Well, I was wondering how you got into nursing.",
        "I wonder what keeps you going",
        "I've always wondered why you took on the treasurer's job?",
    ],
)
def test_an_open_question_asked_as_a_wondering_is_open(line):
    assert read_line(line).kind == "open_question"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("I wonder what the council will do next.", "other"),  # a musing, not about them
        ("I was wondering if you could come on Saturday at 10 to the hall?", "ask"),
        ("I was wondering whether you like it here?", "closed_question"),
    ],
)
def test_a_wondering_that_asks_nothing_open_keeps_its_reading(line, kind):
    assert read_line(line).kind == kind
