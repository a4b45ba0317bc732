"""One test per rule family of the line reader, and the precedence between them."""

from __future__ import annotations

import pytest

from commonground.reader import read_line
from commonground.reader.kinds import ask_frame
from commonground.reader.text import lemma, normalise, sentences


def kind(text: str) -> str:
    return read_line(text).kind


# ---- each kind's own rules ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "What do you do for a living?",
        "How long have you lived here?",
        "Where do you work?",
        "Which building are you in?",
        "What's your job at the hospital?",
        "Do you have kids?",
        "When did you move to town?",
        "Do you go to this college?",
    ],
)
def test_factual_openers(text):
    assert kind(text) == "factual_question"


@pytest.mark.parametrize(
    "text",
    [
        "Do you like your job?",
        "Are you interested in the campaign?",
        "Is the rent going up again?",
        "Have you ever been to a rally?",
        "You liked the meeting?",
    ],
)
def test_closed_questions(text):
    assert kind(text) == "closed_question"


@pytest.mark.parametrize(
    "text",
    [
        "What excites you about this campaign?",
        "How has the layoff affected your family?",
        "Why does this matter to you?",
        "Tell me about your neighbourhood.",
        "What would you like to work on?",
        "Can you tell me more about that?",
        "I'm curious what brought you here.",
    ],
)
def test_open_questions(text):
    assert kind(text) == "open_question"


@pytest.mark.parametrize(
    "text",
    [
        "Don't you think the board is wrong?",
        "Wouldn't you agree we need a union?",
        "Isn't it true that rents doubled?",
        "You'd want to help, right?",
        "The landlord is a crook, isn't he?",
        "Aren't you tired of waiting?",
    ],
)
def test_leading_questions(text):
    r = read_line(text)
    assert r.kind == "leading_question"
    assert any("leading" in rule for rule in r.rules)


@pytest.mark.parametrize(
    "text",
    [
        "You should talk to a lawyer.",
        "Have you tried calling the city?",
        "What you need to do is write it all down.",
        "If I were you I'd quit.",
        "If I were in your shoes I'd call the paper.",
        "I think you ought to complain.",
        "Try talking to your supervisor.",
        # a statement of what they need, not a question ("what" opens it)
        "What you need is a backflow valve on the main drain.",
        "Have you thought about just getting a ramp?",
    ],
)
def test_advice(text):
    assert kind(text) == "advice"


@pytest.mark.parametrize(
    "text",
    [
        "I got involved when my rent doubled.",
        "When I was a kid my family lost our home.",
        "My mother was a nurse for thirty years.",
        "That's why I care about this school.",
        "I've been organizing in this ward since 2018.",
    ],
)
def test_story(text):
    assert kind(text) == "story"


@pytest.mark.parametrize(
    "text",
    [
        "We both want safer streets.",
        "Me too.",
        "Sounds like we share that frustration.",
        "I care about that too.",
        "That's something we have in common.",
    ],
)
def test_common_ground(text):
    assert kind(text) == "common_ground"


@pytest.mark.parametrize(
    "text",
    [
        "Would you be willing to host a house meeting?",
        "Can you join us Saturday?",
        "Will you come to the hearing?",
        "Could I count on you to call five neighbours?",
        "Would you like to knock doors with me?",
        "Are you free Thursday to phone bank?",
        "Let's canvass together this weekend.",
    ],
)
def test_asks(text):
    r = read_line(text)
    assert r.kind == "ask"
    assert any("requests an action" in rule for rule in r.rules)


@pytest.mark.parametrize(
    "text", ["Thanks for sharing that.", "The vote is in May.", "Okay.", "", "Nice."]
)
def test_other(text):
    assert kind(text) == "other"


# ---- precedence ---------------------------------------------------------------------
def test_an_ask_phrased_as_a_question_is_an_ask_not_closed():
    assert kind("Would you host a meeting at your place?") == "ask"
    assert kind("Would you say you're busy?") == "closed_question"


def test_a_leading_question_is_not_open_even_with_what():
    assert kind("What do you think, the landlord is a crook, right?") == "leading_question"


def test_leading_beats_ask():
    assert kind("You'll come canvass Saturday, won't you?") == "leading_question"


def test_ask_frame_followed_by_talking_is_a_question_not_an_ask():
    assert ask_frame("could you tell me about your job?") is None
    assert ask_frame("would you be willing to share what got you started?") is None
    assert ask_frame("could you tell your coworkers about the meeting?") == "could you"
    assert ask_frame("would you talk to your neighbours?") == "would you"


def test_an_offered_alternative_is_an_ask():
    r = read_line("Would Sunday at 2pm work for the canvass?")
    assert r.kind == "ask" and r.specific_parts == ("activity", "time")
    assert kind("Would that work?") == "closed_question"  # nothing concrete offered


def test_questions_about_how_they_see_themselves_are_not_asks():
    assert kind("Would you call yourself an organizer?") == "closed_question"
    assert kind("Can you see yourself doing this?") == "closed_question"


def test_sharing_your_story_in_public_is_an_ask_but_with_me_is_a_question():
    assert kind("Would you share your story at the council hearing on Monday?") == "ask"
    assert kind("Would you share your story with me?") == "open_question"


def test_thinking_about_an_action_is_a_soft_ask():
    assert kind("Would you think about hosting a house meeting?") == "ask"
    assert kind("Would you think about what you want?") == "closed_question"


def test_question_beats_statement_and_the_last_question_decides():
    r = read_line("I got involved when my hours were cut. What brought you here?")
    assert r.kind == "open_question"
    r = read_line("What do you do? Do you like it?")
    assert r.kind == "closed_question"
    assert any("last one decides" in rule for rule in r.rules)


def test_common_ground_beats_story():
    assert kind("I was nervous at my first meeting too.") == "common_ground"


def test_advice_inside_a_question_about_them_is_not_advice():
    assert kind("What do you need to feel supported?") == "open_question"


# ---- text handling ------------------------------------------------------------------
def test_shorthand_and_missing_apostrophes_are_expanded():
    assert normalise("Can u canvass w me tmrw?") == "can you canvass with me tomorrow?"
    assert normalise("wouldnt you agree") == "wouldn't you agree"
    assert kind("r u free sat at 10 to canvass") == "ask"


def test_questions_without_a_question_mark():
    assert kind("what do you love about teaching") == "open_question"
    assert kind("do you like it there") == "closed_question"
    assert kind("when I lost my job I started volunteering") == "story"


def test_abbreviations_do_not_end_a_sentence():
    assert sentences("how long at st. mary's?") == ["how long at st. mary's?"]
    assert sentences("i came. what about you?") == ["i came.", "what about you?"]


def test_lemma_folds_common_inflections():
    assert lemma("canvassing") == lemma("canvass")
    assert lemma("kids") == lemma("kid")
    assert lemma("driving") == lemma("drive") == lemma("drove")
    assert lemma("running") == "run"
    assert lemma("calls") == lemma("calling") == "call"


@pytest.mark.parametrize(
    "text",
    [
        "If not Saturday, would Sunday afternoon be better?",
        "How about Tuesday instead?",
        "What about canvassing on Sunday?",
        "Or maybe phone banking from home?",
    ],
)
def test_alternatives_offered_after_a_no_are_asks(text):
    assert kind(text) == "ask"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("How about you?", "open_question"),
        ("What about your kids?", "open_question"),
        ("Will you?", "ask"),
        ("Would you be willing?", "ask"),
        ("We'd love your help.", "ask"),
        ("No pressure, but we could really use someone like you.", "ask"),
        ("Would you be interested in learning more?", "closed_question"),
        ("Would you mind telling me more?", "open_question"),
        ("Would you mind speaking at the rally on Friday?", "ask"),
        ("wud u b down to phonebank thurs", "ask"),
    ],
)
def test_short_and_soft_request_forms(text, expected):
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thats messed up right", "leading_question"),
        ("That's right.", "other"),
        ("You're right", "other"),
        ("The rent is too high right now", "other"),
        ("Is that right?", "closed_question"),
        ("I worry about the same thing with my kids.", "common_ground"),
        ("pls come to the rally", "ask"),
        ("wat do u do for work", "factual_question"),
    ],
)
def test_tags_same_thing_and_more_shorthand(text, expected):
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This matters to me because my kids breathe this air.", "story"),
        ("I'm doing this because nobody fought for my parents.", "story"),
        ("I do this for my grandkids.", "story"),
        ("Let me give you some advice: keep every receipt.", "advice"),
        ("Here's what I'd do: go straight to the city.", "advice"),
    ],
)
def test_why_i_care_in_the_present_and_more_advice(text, expected):
    assert kind(text) == expected


def test_i_also_in_a_list_of_ones_own_roles_is_not_common_ground():
    assert kind("That's lovely. I also grew up here.") == "common_ground"
    listed = (
        "I chair the residents association, I coach football, and I also help at the food bank."
    )
    assert kind(listed) != "common_ground"


# ---- openers, run-on questions and stories that turn to them (typed plays, fresh_b) ----
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening "Honestly?" asks nothing: the line is what follows it
        ("Honestly? I nearly quit last spring when my dad lost his plot.", "story"),
        ("You know what? I grew up with damp in every room.", "story"),
        ("Honestly? what do you think of it", "open_question"),
        ("Really?", "closed_question"),
        # an agreement run into a question with no punctuation is the question
        ("me too how long have you been at the pharmacy", "factual_question"),
        ("same here what brought you to this", "open_question"),
        ("me too", "common_ground"),
        # a story ending by handing the conversation back is still a story
        ("My nan lived by the bus depot and I watched her get wheezier. What about you?", "story"),
        ("I got involved after the flood. How about you?", "story"),
        ("I grew up with damp. And you?", "story"),
        ("We both want clean air. What about you?", "open_question"),
        ("I got involved after the flood. What do you think?", "open_question"),
    ],
)
def test_openers_run_on_questions_and_turned_stories(text, expected):
    assert kind(text) == expected
