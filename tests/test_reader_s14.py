"""Session 12: five lines a new volunteer typed, each fixed by the general rule that
failed, with near misses that keep their kind; then fresh lines in voices the tables
lacked (see ``FRESH`` below).
"""

from __future__ import annotations

import pytest
from test_reader_s13 import right

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


# ---- Fresh lines in voices the tables lacked, written and labelled from docs/reader.md
# before the reader was run on them (session 12): an older formal speaker, a nervous
# first-timer who apologises, voice-to-text (no stops; "their", "hear", "no", "to", "right"
# for the word that sounds the same) and a learner whose long sentences make several
# moves (the line's kind is the one the precedence picks). Judged as tests/test_reader_s13.py
# judges its fresh lines.
VOICES = [
    # ---- an older, formal speaker
    ("factual", "Good afternoon. May I ask how long you have lived on Harcourt Road?", ()),
    ("open", "I should be most interested to hear what first drew you to nursing.", ()),
    (
        "closed",
        "Would you say that the situation has improved since the new landlord took over?",
        (),
    ),
    (
        "story",
        "When I was a young man I worked on the railways, and it was the union that saw us "
        "through the strike of 1982.",
        (),
    ),
    (
        "ask",
        "Would you be so kind as to join us at the residents' meeting on Thursday evening at "
        "the parish hall?",
        ("activity", "time", "place"),
    ),
    (
        "close",
        "Thank you very much indeed for your time this afternoon; I shall telephone you on Monday.",
        (),
    ),
    (
        "advice",
        "If I may say so, you ought to write to the council and keep a copy of the letter.",
        (),
    ),
    (
        "common_ground",
        "I too was a teacher for many years, so I understand that we share a great deal.",
        (),
    ),
    ("leading", "Surely you would agree that the council has behaved disgracefully?", ()),
    (
        "open",
        "Pray tell me, how did the closure of the library affect your grandchildren?",
        (),
    ),
    ("other", "I do appreciate your candour, Mrs Patel.", ()),
    (
        "probe_no",
        "I quite understand. Is it the date that is inconvenient, or the canvassing itself?",
        (),
    ),
    (
        "confirm",
        "Splendid. So that is Saturday the 14th at ten o'clock at the library; does that still "
        "suit you?",
        (),
    ),
    # ---- a nervous first-timer who apologises a lot
    ("open", "sorry, this is my first time doing this, what made you want to get involved?", ()),
    ("factual", "sorry sorry, um, where do you work again?", ()),
    ("closed", "i'm so sorry if this is a silly question but do you like living here?", ()),
    (
        "story",
        "sorry, i'm really nervous, i only joined the union last month because my hours got cut",
        (),
    ),
    (
        "ask",
        "sorry to ask, and please say no if it's too much, but would you be able to come "
        "leafleting with me on saturday morning?",
        ("activity", "time"),
    ),
    ("other", "oh gosh sorry, i've lost my place in my notes", ()),
    ("close", "sorry i've kept you so long, thank you so much, i'll text you tomorrow", ()),
    ("closed", "sorry, have you been to one of our meetings before?", ()),
    ("push", "sorry, i know you said no, but it would really help us if you came", ()),
    ("probe_maybe", "sorry, no pressure at all, what would help you decide?", ()),
    ("common_ground", "sorry to interrupt, but me too, my kids go to that school as well", ()),
    (
        "open",
        "i hope you don't mind me asking, sorry, but how has the new rota been for you?",
        (),
    ),
    ("other", "sorry, that must have been really hard", ()),
    # ---- voice-to-text: no stops, and the word that sounds the same
    ("factual", "how long have you been their at the hospital", ()),
    ("open", "what was it like when you first moved hear", ()),
    (
        "ask",
        "would you like to come to the meeting on thursday at 7 at the community centre to",
        ("activity", "time", "place"),
    ),
    ("closed", "do you no anyone else on your floor who feels the same", ()),
    ("story", "i new nothing about unions until my sister got fired for being pregnant", ()),
    ("common_ground", "me to my rent went up in april as well", ()),
    ("ask", "could you right a letter to the council with us next week", ("activity", "time")),
    ("close", "thanks for you're time ill call you on friday", ()),
    ("open", "why does the bus route matter so much two you", ()),
    ("probe_no", "is it the day or the canvassing itself that doesnt work for you", ()),
    ("advice", "you should right to your mp about it", ()),
    ("factual", "witch ward are you on at the moment", ()),
    # ---- a learner whose long sentences make several moves
    (
        "open",
        "I am working in the warehouse since five years and my manager is very strict with us "
        "and many times we are not getting the break, so I want to ask you, how is the "
        "situation in your workplace with the breaks?",
        (),
    ),
    (
        "ask",
        "Last year I was alone and nobody helps me when the landlord is increasing the rent, "
        "but then I find the tenants union and now I am feeling strong, so I am thinking maybe "
        "you can come with me to the meeting on Tuesday at 6 in the library?",
        ("activity", "time", "place"),
    ),
    (
        "story",
        "When I am coming to this country I was not knowing anybody and I was cleaning offices "
        "in the night and the agency was taking part of my money, that is why I am joining the "
        "union and fighting for the others.",
        (),
    ),
    (
        "closed",
        "My children are going to the same school like your children and I see that the "
        "classes are very big now, do you think the teachers are having enough time for each "
        "child?",
        (),
    ),
    (
        "common_ground",
        "I understand very well what you are saying because I also was working the night shift "
        "for many years and we both know how it is destroying the family life.",
        (),
    ),
    (
        "factual",
        "Before we are talking about the campaign, I want to know some things about you, for "
        "example how many years you are living in this building?",
        (),
    ),
    (
        "leading",
        "The landlord is not repairing anything and he is only taking the money, he is a very "
        "greedy man, you are agreeing with me, no?",
        (),
    ),
    (
        "advice",
        "I had the same problem with my boss and what I did is I wrote everything in a "
        "notebook, so you must also write everything in a notebook and then go to the HR.",
        (),
    ),
    (
        "close",
        "It was really nice talking with you and I learned many things about your family and "
        "your work, thank you very much for your time and I will call you on Sunday to tell "
        "you about the meeting.",
        (),
    ),
    (
        "ask",
        "Because you told me that you love cooking and the community centre is making a dinner "
        "for the families on Saturday, would you like to help us cook at the centre from 4 to "
        "7?",
        ("activity", "time", "place"),
    ),
    (
        "probe_no",
        "I understand that you are busy and it is no problem, but I want to understand, is it "
        "the Saturday that is difficult or the canvassing itself?",
        (),
    ),
    (
        "open",
        "In my country the workers were very afraid to speak with the boss and I think here it "
        "is the same in some places, what do you feel when you have to speak with your "
        "supervisor?",
        (),
    ),
]


@pytest.mark.parametrize(("want", "text", "parts"), VOICES, ids=[t[:60] for _, t, _ in VOICES])
def test_each_voice_line_is_read_as_its_move(want, text, parts):
    assert right(want, text, parts), read_line(text).as_dict()


def test_the_voice_table_is_fifty_new_lines():
    from test_reader_s13 import AFTER, FRESH

    texts = [t for _, t, _ in VOICES]
    assert len(texts) == len(set(texts)) == 50
    assert not set(texts) & {t for _, t, _ in FRESH + AFTER}


# ---- the general rules the voice lines found wanting (session 12)
@pytest.mark.parametrize(
    "line",
    [
        "I should be most interested to hear what first drew you to nursing.",
        "i shall be very interested to know how you came to live here",
        "I'd be most interested to hear about your time on the committee.",
    ],
)
def test_a_formal_wish_to_hear_about_them_is_an_open_question(line):
    assert read_line(line).kind == "open_question"


def test_a_formal_wish_about_oneself_is_no_question():
    assert read_line("I should be most interested in joining the choir myself.").kind != (
        "open_question"
    )


@pytest.mark.parametrize(
    "typed, said",
    [
        ("me to my rent went up in april as well", "me too my rent"),
        ("oh me to, i hated that job", "me too,"),
        ("me to", "me too"),
        ("witch ward are you on at the moment", "which ward are you"),
        ("so witch school do your kids go to", "which school do"),
    ],
)
def test_voice_to_text_homophones_are_the_word_meant(typed, said):
    assert said in normalise(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "could you send it to me to check",
        "give me to the end of the week",
        "she dressed up as a witch for halloween",
        "the witch hunt against the union reps",
    ],
)
def test_the_words_themselves_stay_where_they_are_meant(typed):
    assert normalise(typed) == typed


@pytest.mark.parametrize(
    "line, kind",
    [
        (
            "In my country the workers were afraid of the boss, what do you feel when you have "
            "to speak with your supervisor?",
            "open_question",
        ),
        ("how would you cope if you had to move out", "open_question"),
        ("what do you do when you have to work late, you should ask for overtime", "advice"),
        ("what you need to do is call the council", "advice"),
        ("when you have to speak with your supervisor, just stay calm", "advice"),
    ],
)
def test_a_have_to_inside_a_question_about_them_is_no_advice(line, kind):
    assert read_line(line).kind == kind


# ---- tried by hand after the voice table (not in it): the formal wish said as thanks
@pytest.mark.parametrize(
    "line",
    [
        "I would be most grateful if you could attend the hearing on the 3rd",
        "we'd be delighted if you would join us at the parish hall on sunday",
        "I should be very grateful if you were able to speak at the meeting",
    ],
)
def test_a_formal_wish_that_they_act_is_an_ask(line):
    assert read_line(line).kind == "ask", read_line(line).rules


@pytest.mark.parametrize(
    "line, kind",
    [
        ("I would be grateful if you could tell me about your work", "open_question"),
        ("i was so grateful when the union took my case", "story"),
    ],
)
def test_near_misses_of_the_formal_wish_keep_their_kind(line, kind):
    assert read_line(line).kind == kind, read_line(line).rules


# ---- goodbyes the hearing had kept in a stopgap list (session 12) -------------------------

GOODBYES = [
    "Cheerio, then.",
    "Okay, cheerio.",
    "Right, I'm off.",
    "So long!",
    "Off I go then",
    "ok, laters",
    "Nice, catch you soon!",
    "Thanks so much, cheerio!",
]
NOT_GOODBYES = [
    "so long as you can come on saturday",
    "I'm off work on Tuesdays.",
    "I'm away on holiday next week, is the week after ok?",
    "the laters shift is the worst",
    "what do you think of the catch-up meetings?",
]


@pytest.mark.parametrize("line", GOODBYES)
def test_british_and_spoken_goodbyes_are_a_close(line):
    assert read_line(line).kind == "close"


@pytest.mark.parametrize("line", NOT_GOODBYES)
def test_the_same_words_in_a_sentence_are_no_goodbye(line):
    assert read_line(line).kind != "close"
