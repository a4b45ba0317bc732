"""The reader on voices the typed plays in tests/plays/voices3/ brought in: an apology or
"wait" before a question, a question after "..., but", a formal "do you not think" or
"would you be so kind as to", a question of fact asked indirectly, a learner's "I
understand right?", and a story that hands back with a question of its own.

Each case is a line of the kind a first-sight play misjudged, written afresh here (not
the play's line), with the near misses that must keep their old reading.
"""

from __future__ import annotations

import pytest

from commonground.reader import read_line


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # an apology or a "wait" before the question says nothing about its kind
        ("Sorry, um, what brought you to the tenants' union?", "open_question"),
        ("So sorry, how has the week been for you?", "open_question"),
        ("sorry um how did the meeting go for you", "open_question"),
        ("wait what happened after the flood?", "open_question"),
        ("Sorry, um, how long have you lived on this street?", "factual_question"),
        # a question after "..., but" is the question
        ("I know you're busy, but what keeps you going with the choir?", "open_question"),
        ("Sorry to keep you, but how did you get into nursing?", "open_question"),
        # a formal leading question
        ("Do you not think the landlord has behaved disgracefully?", "leading_question"),
        ("Would you not agree the buses have got worse?", "leading_question"),
        # a formal request
        ("Would you be so kind as to hand out leaflets at the fair on Saturday?", "ask"),
        ("Would you be good enough to host the meeting at your house on Sunday?", "ask"),
        # a question of fact asked indirectly
        ("I wonder whether you might tell me what your occupation was.", "factual_question"),
        ("Might I ask what your line of work is?", "factual_question"),
        (
            "Could you tell me what you did for a living before the children came?",
            "factual_question",
        ),
        # a learner checks their own hearing: a plain question, not a push
        ("So you are tired of the night shifts. I understand right?", "closed_question"),
        ("It is the money that is hard for you. I heard right?", "closed_question"),
    ],
)
def test_voices3_lines_are_read_as_their_kind(line, kind):
    assert read_line(line).kind == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # an apology that is the line itself, or "wait" meaning wait, stays what it was
        ("Sorry to hear that.", "other"),
        ("Wait for me at the bus stop.", "other"),
        ("Sorry I'm late, the bus was slow.", "other"),
        # a probe that asks whether they would not want the activity is still a probe
        ("Is it the day, or would you not want to speak at all?", "open_question"),
        ("Is it the time, or do you not want to canvass anyway?", "open_question"),
        # the leading tag "right?" still leads when it tells them what they think
        ("The council has let you down, right?", "leading_question"),
        ("You'd love to help out, right?", "leading_question"),
        # an open question about feelings is not made a fact by "what your"
        ("What is it that your work means to you?", "open_question"),
    ],
)
def test_voices3_near_misses_keep_their_reading(line, kind):
    assert read_line(line).kind == kind


@pytest.mark.parametrize(
    "line",
    [
        "My mum's landlord left her with damp for a year and I was furious, so I joined the "
        "union. How about you, what got you into it?",
        "I lost my evening class when they cut the buses. I was gutted, so I went to a "
        "meeting. What about you, how did you hear about us?",
    ],
)
def test_a_story_handed_back_with_a_question_is_a_story(line):
    assert read_line(line).kind == "story"


def test_a_turn_back_with_a_question_does_not_make_a_question_a_story():
    # no story before it: the question is what the line is
    assert read_line("How about you, how did you hear about us?").kind == "open_question"


@pytest.mark.parametrize(
    "line",
    [
        "I shall telephone you on Monday to confirm.",
        "Thank you. I will telephone you next week.",
        "I telephone you on Friday, thank you.",
    ],
)
def test_a_promise_to_telephone_is_a_follow_up(line):
    assert "follow_up" in read_line(line).signals


def test_telephoning_as_a_habit_is_no_promise():
    assert "follow_up" not in read_line("I telephone my sister every Sunday.").signals


@pytest.mark.parametrize(
    "line",
    [
        "I understand. It is only the Monday that is problem, or the canvassing also?",
        "It's just the evening that's hard, or is it the meeting too?",
    ],
)
def test_a_probe_in_statement_order_is_a_probe_not_a_push(line):
    signals = read_line(line).signals
    assert "probe_no" in signals and "push" not in signals


@pytest.mark.parametrize(
    "line",
    ["It's only the one evening, couldn't you come?", "it's just the Tuesday, come on"],
)
def test_only_the_one_evening_still_presses(line):
    assert "push" in read_line(line).signals


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # asked back before an answer: "Me?" asks nothing
        ("Me? My landlord let the damp go for a year and I got so angry I joined.", "story"),
        ("Me? I'm a nurse and I sit on the tenants' committee.", "other"),
        # a story handed back with "And you, ...?"
        (
            "My sister lost her job when the buses were cut and I was furious, so I went to a "
            "meeting. And you, what brought you here?",
            "story",
        ),
        # the near miss: "Me?" alone is still a question
        ("Me?", "closed_question"),
    ],
)
def test_asked_back_and_handed_back(line, kind):
    assert read_line(line).kind == kind


def test_what_youre_telling_me_is_gives_their_words_back():
    assert "acknowledges" in read_line("So what you're telling me is it's all on you.").signals
    assert "acknowledges" not in read_line("What you're telling me about is the bus?").signals
