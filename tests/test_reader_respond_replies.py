"""The method's replies to a yes, a no and a maybe are read as such, and never told to
"open it up" (lead, session 10).

After a yes the method confirms the details with a question ("So that's Tuesday at 3:30 at
the branch, does that still work?"); after a no it asks whether it is the date or the
activity; after a maybe, what they would need to know. These are closed questions by
form, and the right ones there. The coach told 141 of the scenarios' own model replies to
"Open it up so they can talk", and misread 14 of the 28 lines of the first table below
(written before any fix): confirmations told to open up or called leading, probes read as
closed questions. The second table was written after the fixes and never used for them:
11 of its 18 lines were read right at the session's start. Pushes, leading questions and
plain closed questions keep their advice.
"""

from __future__ import annotations

import pytest

from commonground.reader import read_line

FIRST = [
    ("confirm", "Great! So that's Saturday at 10 at the library - does that still work?"),
    ("confirm", "Brilliant. Saturday 10am, library - still good?"),
    ("confirm", "Just to check, we said Thursday at 6 at the hall, right?"),
    ("confirm", "Perfect, so we're on for Monday at 5 outside the clinic, yeah?"),
    ("confirm", "Lovely — I've got you down for Sunday 2pm at the food bank, that right?"),
    ("confirm", "Ok so Tuesday 7pm at the church hall. Still work for you?"),
    ("confirm", "To recap: phone bank, Wednesday at 6, at the union office. Sound ok?"),
    ("confirm", "And you're still fine with Friday at 4 at the school gates?"),
    ("probe_no", "So it's the Tuesday that doesn't work, not the phone bank itself?"),
    ("probe_no", "Is it the phone bank that's the problem, or just Tuesday?"),
    ("probe_no", "Would a different day work, or is phone banking just not for you?"),
    ("probe_no", "it's the evening that's hard, not the canvassing?"),
    ("probe_no", "Is it more about when, or about what I'm asking?"),
    ("probe_no", "ok - is it the time or the thing itself?"),
    ("probe_maybe", "Anything I can tell you that would help you decide?"),
    ("probe_maybe", "What's making you unsure?"),
    ("probe_maybe", "what would you need to know before saying yes?"),
    ("probe_maybe", "Anything you'd want to check with your family first?"),
    ("probe_maybe", "What would make it easier to say yes?"),
    ("probe_maybe", "Is there something holding you back?"),
    ("push", "Are you sure? It would really help us."),
    ("push", "Couldn't you just skip choir this once?"),
    ("push", "Come on, it's only one evening, not a big deal?"),
    ("leading", "The council is a disgrace, right?"),
    ("leading", "So you agree the landlord is a crook, right?"),
    ("leading", "You'd love to help on Saturday at 10 at the library, right?"),
    ("closed", "Do you like your job?"),
    ("closed", "Is your building safe?"),
]

AFTER = [
    ("confirm", "Awesome!! so thursday 6pm at the library, that work?"),
    ("confirm", "ok great - just confirming it's Sat 11am at the community centre?"),
    ("confirm", "So I have you down for the canvass on Saturday at 10 from the office, correct?"),
    ("confirm", "Wonderful. Wednesday, 7, the union hall. Still good for you?"),
    ("confirm", "you're still ok for monday at 4 at the clinic?"),
    ("probe_no", "So is it the Saturday that's tricky, or canvassing in general?"),
    ("probe_no", "is it the speaking that worries you, not the date?"),
    ("probe_no", "Totally fair. Is the issue the time or the task?"),
    ("probe_maybe", "Something I could tell you that'd help you decide?"),
    ("probe_maybe", "what would you want to know first?"),
    ("probe_maybe", "Is there anything stopping you?"),
    ("push", "But it's only two hours, surely you can spare that?"),
    ("push", "Please, we really need you there."),
    ("leading", "Isn't it outrageous what the landlord did, right?"),
    ("leading", "We both know the school board doesn't care, don't we?"),
    ("closed", "Are your kids at Lincoln?"),
    ("closed", "Did you enjoy the meeting?"),
    ("closed", "Anything good on TV lately?"),
]


def _right(want: str, text: str) -> bool:
    reading = read_line(text)
    signals, advice = set(reading.signals), reading.suggestion
    if want == "confirm":
        return (
            "confirm_details" in signals
            and "push" not in signals
            and not advice.startswith(("Open it up", "Take out"))
        )
    if want in {"probe_no", "probe_maybe"}:
        return want in signals and reading.kind == "open_question" and not advice
    if want == "push":
        return "push" in signals and advice.startswith("If they have just said no")
    if want == "leading":
        return reading.kind == "leading_question" and advice.startswith("Take out the push")
    return reading.kind == "closed_question" and advice.startswith("Open it up")


@pytest.mark.parametrize(("want", "text"), FIRST + AFTER, ids=[t for _, t in FIRST + AFTER])
def test_each_line_is_read_as_its_move(want, text):
    assert _right(want, text)


def test_the_tables_hold_good_and_bad_lines():
    wanted = [w for w, _ in FIRST + AFTER]
    assert sum(w in {"confirm", "probe_no", "probe_maybe"} for w in wanted) >= 30
    assert sum(w in {"push", "leading", "closed"} for w in wanted) >= 13


@pytest.mark.parametrize(
    "text",
    [
        "OK. Anyway, is there anything you want to ask me?",  # an invitation, not a probe
        "Anything else you'd like to share?",
        "So is it Tuesday or Wednesday that works better?",  # two days: no probe of a no
    ],
)
def test_near_misses_are_no_probes(text):
    signals = set(read_line(text).signals)
    assert not signals & {"probe_no", "probe_maybe"}


def test_a_confirmation_with_a_judgement_still_leads():
    """A plan said back with a tag checks it; a verdict or a feeling with the tag leads."""
    plan = read_line("Just to check, we said Thursday at 6 at the hall, right?")
    assert plan.kind == "closed_question" and plan.suggestion == ""
    assert read_line("You'd love to help on Thursday at 6 at the hall, right?").kind == (
        "leading_question"
    )
