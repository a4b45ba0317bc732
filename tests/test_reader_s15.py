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
    assert read_line("cleaned offices my whole life. did it for years").kind != ("closed_question")


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


# ---- Fresh lines in voices the tables lacked, written and labelled from docs/reader.md
# before the reader was run on them (session 15): Scottish, Irish, Australian and US
# southern English, learners whose first language is not English, heavy texting, one-
# and two-word replies, lines with emoji and long run-on lines. Judged as
# tests/test_reader_s13.py judges its fresh lines: (want, text, ask parts).
VOICES = [
    # ---- Scottish
    ("factual", "how long have ye stayed in the scheme", ()),
    ("open", "whit's it like working in the care home these days", ()),
    ("leading", "are ye no sick of the damp in that flat", ()),
    ("story", "ma da worked in the yards for thirty year and the union kept him right", ()),
    ("common_ground", "aye same here, ma rent went up in april tae", ()),
    (
        "ask",
        "wid ye come tae the tenants meeting on thursday at 7 in the community hall",
        ("activity", "time", "place"),
    ),
    ("close", "cheers for yer time hen, ah'll gie ye a phone on monday", ()),
    ("other", "och that's pure rotten, so it is", ()),
    ("probe_no", "nae bother, is it the day or the chappin doors that's the problem", ()),
    ("push", "ach c'mon, it's only an hour", ()),
    # ---- Irish
    ("factual", "what part of the town are you living in now", ()),
    ("open", "what has you so fired up about the hospital cuts", ()),
    (
        "story",
        "sure my mammy was a nurse in the county hospital for forty years and she'd be "
        "turning in her grave at what they're doing to it",
        (),
    ),
    (
        "ask",
        "would you be up for giving out leaflets with us after mass on sunday",
        ("activity", "time"),
    ),
    ("close", "go raibh maith agat, I'll ring you tomorrow evening", ()),
    ("common_ground", "I'm the very same, I've two young lads in that school as well", ()),
    ("other", "ah god love you, that's awful", ()),
    ("leading", "isn't it a disgrace the way they're treating the carers", ()),
    # ---- Australian
    ("factual", "how long you been at the servo, mate", ()),
    ("open", "so what's the go with the roster changes, how are they landing for you", ()),
    (
        "ask",
        "reckon you could come down to the rally at the town hall saturday arvo",
        ("activity", "time", "place"),
    ),
    ("common_ground", "no worries, same boat here, my landlord's a shocker too", ()),
    ("other", "fair dinkum, that's rough as guts", ()),
    ("close", "too easy, cheers for the chat, I'll flick you a text tomorrow", ()),
    (
        "story",
        "I started in the mines at seventeen and I saw blokes get hurt because nobody spoke up",
        (),
    ),
    ("probe_maybe", "no dramas, what would make it easier to say yes", ()),
    # ---- US southern
    ("factual", "how long have y'all been renting from him", ()),
    ("open", "what's kept you going through all of it, if you don't mind me asking", ()),
    (
        "ask",
        "would you be willing to carpool folks to the county meeting tuesday night",
        ("activity", "time"),
    ),
    (
        "story",
        "bless her heart, my mama raised five of us on a waitress's wages and never once got "
        "a raise",
        (),
    ),
    ("leading", "ain't it a shame what they did to the clinic", ()),
    ("close", "well I sure appreciate your time, I'll holler at you thursday", ()),
    ("other", "well I'll be, that's something else", ()),
    ("common_ground", "shoot, I'm a single mom too, I know exactly how that goes", ()),
    # ---- learners whose first language is not English
    ("factual", "since how much time you are working in this factory", ()),
    ("open", "what is for you the most difficult in this job", ()),
    ("closed", "you are member of the union already or not", ()),
    (
        "story",
        "in my country I was teacher, here I am cleaning the hotel rooms because they don't "
        "accept my diploma",
        (),
    ),
    (
        "ask",
        "you can come with me to the meeting of tenants on wednesday at 6 in the library?",
        ("activity", "time", "place"),
    ),
    ("close", "thank you very much for your time, I will send you the message tomorrow", ()),
    ("push", "but you said me before that you want to help", ()),
    ("common_ground", "also for me it is the same, my son is in this school too", ()),
    ("advice", "you must to speak with the HR before they fire you", ()),
    ("probe_no", "ok no problem, is the day the problem or the activity itself?", ()),
    # ---- heavy texting
    pytest.param(
        "factual",
        "hw lng u bn at the depot",
        (),
        marks=pytest.mark.xfail(strict=True, reason="vowels dropped from every word: not read"),
    ),
    ("open", "wot made u wanna join da union", ()),
    pytest.param(
        "ask",
        "cn u cum 2 da meetin thurs @ 7 @ da hall",
        ("activity", "time", "place"),
        marks=pytest.mark.xfail(strict=True, reason="'cn', 'cum', 'da' and '@' not read"),
    ),
    ("close", "ty so much 4 ur time, ttyl", ()),
    ("common_ground", "omg same!! my rent went up 2", ()),
    ("push", "pls pls pls its jst 1 hr", ()),
    ("confirm", "kk so thats sat 10am @ the library yh?", ()),
    ("other", "lol ikr", ()),
    # ---- one- and two-word replies
    ("other", "right.", ()),
    ("open", "meaning?", ()),
    ("open", "how come?", ()),
    ("close", "cheers, bye", ()),
    ("other", "oh wow", ()),
    ("closed", "really?", ()),
    ("open", "and then?", ()),
    ("common_ground", "me too!", ()),
    ("other", "fair play", ()),
    ("ask", "sunday instead?", ("time",)),
    # ---- emoji
    ("open", "what got you into teaching? 😊", ()),
    ("close", "thanks so much for today 🙏 I'll text you monday", ()),
    ("common_ground", "same here 😂 my boiler's been broken for weeks", ()),
    ("ask", "would you come leafleting with me saturday morning? 🙏", ("activity", "time")),
    ("other", "😢 that sounds so hard", ()),
    ("push", "aw come on 🥺 it's only an hour", ()),
    ("story", "I got involved after my hours got cut last year 😤", ()),
    ("leading", "the landlord's a joke isn't he 🙄", ()),
    # ---- long run-on lines
    (
        "open",
        "so yeah i've been on the estate about ten years now and honestly it's gone downhill "
        "with the repairs and the lifts and the bins and everything and i guess what i really "
        "want to know is what it's been like for you and your kids living on the top floor",
        (),
    ),
    (
        "ask",
        "anyway i know you're busy with the kids and work and everything and i totally get "
        "that but we're doing a big door knock on saturday from 10 till 12 starting at the "
        "library and it would mean a lot if you could come along even just for an hour",
        # labelled ("activity", "time", "place") before the run: a labelling mistake, as
        # docs/reader.md counts "an hour" as an amount (a stated quantity)
        ("activity", "time", "place", "amount"),
    ),
    (
        "story",
        "when i first came here i didn't have papers and i was working in a kitchen for cash "
        "and the boss would take money off us for anything and nobody said a word because we "
        "were all scared and then one day a woman from the workers centre came in and that "
        "changed everything for me",
        (),
    ),
    (
        "close",
        "ok well thank you so much for having me round and for the tea and for telling me all "
        "about your mum i really appreciate it and i'll give you a ring on thursday about the "
        "meeting",
        (),
    ),
]


def _values(row) -> tuple:
    return tuple(row.values) if hasattr(row, "values") else row


@pytest.mark.parametrize(
    ("want", "text", "parts"), VOICES, ids=[_values(r)[1][:60] for r in VOICES]
)
def test_each_voice_line_is_read_as_its_move(want, text, parts):
    assert right(want, text, parts), read_line(text).as_dict()


def test_the_voice_table_is_new_lines():
    from test_reader_s13 import AFTER, FRESH
    from test_reader_s14 import VOICES as VOICES_S14

    texts = [_values(r)[1] for r in VOICES]
    assert len(texts) == len(set(texts)) >= 60
    assert not set(texts) & {t for _, t, _ in FRESH + AFTER + VOICES_S14}


# ---- the general rules the voice lines found wanting (session 15), with near misses
@pytest.mark.parametrize(
    "typed, said",
    [
        ("the landlord's a joke isn't he 🙄", "the landlord's a joke isn't he"),
        ("😢 that sounds so hard", "that sounds so hard"),
        ("thanks so much 🙏🏽 see you monday", "thanks so much see you monday"),
        ("love that ❤️", "love that"),
    ],
)
def test_emoji_are_left_out(typed, said):
    assert normalise(typed) == said


def test_an_emoji_after_a_tag_leaves_it_a_leading_question():
    assert read_line("the landlord's a joke isn't he 🙄").kind == "leading_question"


@pytest.mark.parametrize("line", ["a café in the town", "naïve question maybe"])
def test_letters_with_accents_are_no_emoji(line):
    assert normalise(line) == line


@pytest.mark.parametrize("line", ["meaning?", "as in?", "Meaning??"])
def test_meaning_alone_asks_them_to_say_more(line):
    assert read_line(line).kind == "open_question"


@pytest.mark.parametrize("line", ["it's meaningful work?", "as in the rent?"])
def test_meaning_in_a_question_is_no_invitation(line):
    assert read_line(line).kind == "closed_question"


@pytest.mark.parametrize(
    "line, parts",
    [
        ("sunday instead?", ("time",)),
        ("tuesday at 6 instead?", ("time",)),
        ("or saturday morning instead?", ("time",)),
        ("the phone bank instead?", ("activity",)),
    ],
)
def test_a_time_or_activity_offered_instead_is_an_ask(line, parts):
    r = read_line(line)
    assert (r.kind, r.specific_parts) == ("ask", parts), r.rules


@pytest.mark.parametrize(
    "line",
    ["you instead?", "me instead?", "did you go on sunday instead?", "i'll come sunday instead"],
)
def test_instead_with_nothing_offered_is_no_ask(line):
    assert read_line(line).kind != "ask"


@pytest.mark.parametrize(
    "line",
    [
        "ma da worked in the yards for thirty year and the union kept him right",
        "they never treat us right",
        "the steward set me right",
    ],
)
def test_right_after_an_object_is_no_tag(line):
    assert read_line(line).kind != "leading_question"


@pytest.mark.parametrize("line", ["that's the plan, right", "the council are useless, right?"])
def test_right_as_a_tag_still_leads(line):
    assert read_line(line).kind == "leading_question"


@pytest.mark.parametrize(
    "typed, said",
    [
        ("cheers for yer time", "cheers for your time"),
        ("whit's it like at the depot", "what's it like"),
        ("ma da was a welder", "my da was"),
        ("and ma maw cleaned offices", "and my maw"),
        ("since how much time you are working here", "how long you are working"),
        ("are ye no sick of it", "are you not sick"),
        ("wid ye come tae the meeting", "would you come"),
        ("and wid ye be up for chappin doors", "and would you be up"),
    ],
)
def test_dialect_and_learner_spellings_are_the_word_meant(typed, said):
    assert said in normalise(typed)


@pytest.mark.parametrize(
    "typed, kept",
    [
        ("ma and pa kettle", "ma and pa"),
        ("i asked ma if she'd come", "asked ma if"),
        ("are you no longer in the union", "are you no longer"),
        ("is there no one else", "is there no one"),
        ("come wid me to the meeting", "come with me"),
        ("with you being a nurse, how do the shifts work", "with you being"),
        ("how much time do you have", "how much time do"),
    ],
)
def test_near_misses_of_the_dialect_spellings_stay(typed, kept):
    assert kept in normalise(typed)


@pytest.mark.parametrize(
    "line",
    [
        "well I sure appreciate your time, I'll holler at you thursday",
        "i really appreciate your time today",
        "we appreciate you having us round",
    ],
)
def test_appreciating_their_time_closes(line):
    assert read_line(line).kind == "close"


@pytest.mark.parametrize("line", ["i appreciate your honesty", "i appreciate you sharing that"])
def test_appreciating_what_they_said_does_not_close(line):
    r = read_line(line)
    assert r.kind == "other" and "thanks" in r.signals


def test_holler_at_you_with_a_day_promises_a_follow_up():
    assert "follow_up" in read_line("i'll holler at you thursday").signals


@pytest.mark.parametrize(
    "line", ["what part of the town are you living in now", "what part of town are you in"]
)
def test_what_part_of_town_asks_a_fact(line):
    assert read_line(line).kind == "factual_question"


@pytest.mark.parametrize(
    "line", ["you are member of the union already or not", "you're coming saturday or not"]
)
def test_a_statement_then_or_not_is_a_closed_question(line):
    assert read_line(line).kind == "closed_question"


@pytest.mark.parametrize(
    "line",
    [
        "i don't mind if you come or not",
        "you can decide whether you come or not",
        "the rent is going up whether we like it or not",
    ],
)
def test_or_not_after_if_or_whether_asks_nothing(line):
    assert read_line(line).kind != "closed_question"


@pytest.mark.parametrize(
    "line",
    [
        "but you said me before that you want to help",
        "you said that you wanted to help",
        "but you said before that you would come",
    ],
)
def test_their_words_held_against_them_with_that_still_push(line):
    assert "push" in read_line(line).signals


def test_what_they_said_about_something_else_is_no_push():
    assert "push" not in read_line("i thought you said that the meeting was cancelled").signals


@pytest.mark.parametrize(
    "line",
    [
        "i'd love to know what it's been like for you",
        "what i really want to know is how you manage with three kids",
        "i would like to know why you stayed on the estate",
    ],
)
def test_a_wish_to_know_about_them_is_an_open_question(line):
    assert read_line(line).kind == "open_question"


@pytest.mark.parametrize(
    "line",
    [
        "i want to know more about the union myself",
        "i'd love to know what the council is playing at",
    ],
)
def test_a_wish_to_know_about_something_else_is_no_question(line):
    assert read_line(line).kind != "open_question"
