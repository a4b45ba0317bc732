"""Reading.signals: each signal on lines that carry it and on lines that must not.

The role-play engine and lesson 07's typed-reply drill rely on these names; the held-out
table reader_heldout12.csv measures them on lines never tuned on.
"""

from __future__ import annotations

import pytest

from commonground.reader import SIGNALS, read_line
from commonground.reader.signals import detect

CASES = {
    "push": (
        [
            "Couldn't you just miss choir this once?",
            "Are you sure? It would really help us",
            "It's only a couple of hours",
            "come on, please",
            "We really need you on this, though.",
            "It would mean so much to the families.",
            "can't you skip work this time",
            "nobody else knows the building like you",
            "Surely you can spare an evening?",
            "please reconsider",
            "but it's a good cause, surely one poster won't hurt?",
            "what's the harm in one poster?",
        ],
        [
            "That makes sense. Is it the date, or the activity?",
            # asking what would help them decide is the probe, not pressure
            "is there anything i can tell you that would help?",
            "Is there anything that would help you decide?",
            "What would you need to know?",
            "No problem, have a think and let me know.",
            "Would you come on Saturday to the rally?",
            "Can you come on Tuesday?",
            "Why don't you come with me?",
            "I'm sure it was hard.",
        ],
    ),
    "confirm_details": (
        [
            "So that's Tuesday at 3:30 at the branch, does that still work?",
            "I'll text you the address and time now",
            "just to confirm, we're meeting at 6 at the library",
            "I'll send you all the details tonight",
            "So it's Saturday at ten, outside the pharmacy. Does that still suit you?",
            # the check as people type it, without the "does"
            "ok so friday at 2, at yours, i'll bring the forms. that still good for you?",
            "lovely, so monday the 3rd at 10 by the gate. still ok?",
            "great so wednesday the 3rd at 6 at the hall, i'll meet you at the door, ok?",
            # the plan restated as a list, the place with no "at" or "in" before it
            "Perfect so two families, thurs 7pm, community room, I'll text you the day before",
            "Sorted: Thursday the 13th, 6pm, Town Hall committee room, I'll wait at the door.",
        ],
        [
            "Great, see you there!",
            "Saturday works, great place",
            "after school",
            "Thanks!",
            "What time works for you?",
            "I'll call you Thursday.",
            "I'll bring my friend, ok?",
            "So it's about Theo, and every child like him. Is that right?",
        ],
    ),
    "probe_no": (
        [
            "Is it the date, or the activity?",
            "Is it Saturday that's the problem, or canvassing itself?",
            "is it the timing or the door knocking",
            "Is it the morning, or phone banking in general?",
            "is it the weekend or the cameras",
            "Is it the press, or the Monday?",
            "I'm wondering whether it's the day or the cameras.",
            "Would another evening work better, or is it not your kind of thing?",
            "fair enough, that was vague. is it the when, or what i'd want you to do?",
            "sorry, what part of that doesn't work for you?",
        ],
        [
            "Would Sunday work instead?",
            "Do you want tea or coffee?",
            "What would you need to know?",
            "Is it far?",
            "Is it Tuesday or Thursday that suits you better?",
            "Would Tuesday work, or Thursday?",
        ],
    ),
    "probe_maybe": (
        [
            "What would you need to know?",
            "What would make it hard for you?",
            "What's holding you back?",
            "what would it take",
            "What are you unsure about?",
            "What worries you about it?",
            "I'd love to know what would make it doable for you.",
            "is there anything i can tell you that would help?",
            "Is there anything that would help you decide?",
        ],
        [
            "What do you need?",  # about their life, not about the maybe
            "Is it the date, or the activity?",
            "What do you do for a living?",
        ],
    ),
    "thanks": (
        ["Thank you so much.", "thx!", "Thanks for your time.", "I really appreciate it."],
        ["No thanks needed, I'll see you Thursday.", "Thanksgiving is coming up."],
    ),
    "follow_up": (
        [
            "I'll call you Thursday",
            "I'll text you tomorrow",
            "I will check in with you next week.",
            "Let me email you on Monday.",
            "I'm going to ring you after the meeting.",
            "I'll stay in touch.",
            "we'll keep in touch!",
            "I'll sort the list out and give you a ring on Monday.",
            "I'll drop you a message on Thursday.",
        ],
        [
            "Let me know.",
            "Stay in touch with your union rep.",
            "Call me anytime.",
            "I called the council.",
        ],
    ),
    "turns_to_them": (
        [
            "What about you?",
            "How did you get into it?",
            "and you?",
            "I joined after the layoffs. What brought you here?",
        ],
        ["I joined after the layoffs.", "Would you canvass Saturday?", "Thanks, see you."],
    ),
    "on_the_spot": (
        ["Why didn't you come to the last meeting?", "Why weren't you at the vote?"],
        ["Why did you join?", "Why don't you come along?"],
    ),
    "acknowledges": (
        [
            "That makes sense",
            "Of course",
            "I hear you",
            "Fair enough",
            "Of course. Is it the day?",
            # their words given back, with no question mark
            "so you've been the one looking after mrs alvarez",
            "sounds like for you it's about the kids",
            "so it's your boy, but it's also that nobody asked you is that right",
        ],
        [
            "Of course you should come!",
            "That makes no difference.",
            "I heard the mayor.",
            "so you should get a ramp",
            "so you know what, we need you",
        ],
    ),
    "first_person": (
        ["My mum cleaned offices at night.", "I grew up here.", "i was a nurse for 20 years"],
        [
            "I'll call you Thursday.",
            "Let me know.",
            "What about you?",
            "I hear you.",
            "Would you come with me?",
            "We agree.",
        ],
    ),
    "vague": (
        ["Would you help out?", "Can you get involved?", "would u volunteer", "Are you in?"],
        [
            "Would you canvass Saturday?",
            "Would you present the figures?",
            "Could you come to the hearing?",
            "What do you do?",
        ],
    ),
    "credentials": (
        [
            "I'm an engineer, I've got a PhD and I sit on the school board.",
            "i work in retail and i chair the tenants association",
            "Well, I used to be a headteacher and I've served on three committees.",
        ],
        [
            "I'm a nurse, and when my ward lost two nurses I started organising.",
            "I'm a single dad and I work in a shop.",
            "My mum was a teacher and she sat on the council.",
        ],
    ),
    "agrees_only": (
        ["we agree", "same here", "totally", "Absolutely!", "me too"],
        [
            "Me too, my kids go there as well.",
            "We agree that the rent is too high, and I worry about it too.",
            "Totally, I grew up here too.",
        ],
    ),
}


def test_every_signal_is_tested_and_named():
    assert set(CASES) == set(SIGNALS)
    assert list(SIGNALS) == sorted(SIGNALS)


@pytest.mark.parametrize(
    ("signal", "text"), [(s, t) for s, (good, _) in CASES.items() for t in good]
)
def test_signal_fires(signal, text):
    r = read_line(text)
    assert signal in r.signals, (text, r.kind, r.signals, r.rules)
    assert any(rule.endswith(f"-> signal {signal}") for rule in r.rules)


@pytest.mark.parametrize(("signal", "text"), [(s, t) for s, (_, bad) in CASES.items() for t in bad])
def test_signal_does_not_fire(signal, text):
    r = read_line(text)
    assert signal not in r.signals, (text, r.kind, r.signals, r.rules)


def test_signals_are_sorted_known_and_in_as_dict():
    r = read_line("Of course. Thank you so much, I'll call you Thursday to confirm.")
    assert r.signals == tuple(sorted(r.signals))
    assert set(r.signals) <= set(SIGNALS)
    assert {"acknowledges", "thanks", "follow_up"} <= set(r.signals)
    assert r.as_dict()["signals"] == list(r.signals)


def test_a_line_can_carry_several_signals():
    r = read_line("I grew up on this estate. What about you?")
    assert {"first_person", "turns_to_them"} <= set(r.signals)


def test_empty_and_odd_lines_have_no_signals():
    for text in ["", "   ", "???", "12345"]:
        assert read_line(text).signals == ()


def test_detect_needs_the_kind_for_vague():
    assert "vague" in detect("would you help out?", "ask", ())[0]
    assert "vague" not in detect("would you help out?", "ask", ("activity",))[0]
    assert "vague" not in detect("would you help out?", "closed_question", ())[0]


def test_push_suggestion_says_why_and_what_instead():
    s = read_line("Couldn't you just miss choir this once?").suggestion
    assert "pushes" in s and "Is it the day, or the activity?" in s


def test_coach_verdict_names_the_signals_in_plain_words():
    from commonground.reader.verdict import SIGNAL_DESCRIPTIONS, verdict_lines

    assert set(SIGNAL_DESCRIPTIONS) == set(SIGNALS)
    lines = verdict_lines(read_line("Couldn't you just miss choir this once?"))
    assert "It also: presses after a no or a maybe." in lines
    assert not any(line.startswith("It also") for line in verdict_lines(read_line("Nice.")))


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        # variants of the scenarios' own respond and close lines (not held out)
        ("That's okay. Is it Tuesday that's the problem, or the calls themselves?", "probe_no"),
        ("Fair question. What would make it worth your time?", "probe_maybe"),
        ("It's not much to ask, honestly.", "push"),
        ("Everyone else in the building has signed.", "push"),
        ("Even a little bit would help.", "push"),
        ("You'd be fine, I promise.", "push"),
        ("Thursday 13 March, 6pm, the community room.", "confirm_details"),
        ("I'll pop in on Monday after three to hear what you think.", "follow_up"),
        ("I'd like to come back in two weeks.", "follow_up"),
        ("I'll give you a ring on Monday to check in.", "follow_up"),
        ("i'll give you a call tomorrow", "follow_up"),
    ],
)
def test_signal_variants_of_scenario_lines(text, signal):
    assert signal in read_line(text).signals, read_line(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "What do you think of the council?",
        "This is really important to me because my son has asthma.",
        "I think about the families on our street a lot.",
    ],
)
def test_push_near_misses(text):
    assert "push" not in read_line(text).signals, read_line(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "Could your sister mind the till for an hour?",
        "cant someone else cover your shift just this once",
        "Think of the Tuesday ladies, they would want you there",
        "everyone'd love you to be there, honestly",
    ],
)
def test_getting_round_what_they_said_or_guilt_is_a_push(text):
    assert "push" in read_line(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "Could your sister come too?",
        "Who could cover the shop while you are away?",
        "I think about your story a lot",
        "They'd want to know what happened at the meeting.",
    ],
)
def test_offering_company_or_asking_who_helps_is_not_a_push(text):
    assert "push" not in read_line(text).signals
