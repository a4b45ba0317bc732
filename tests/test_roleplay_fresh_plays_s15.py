"""Fresh typed plays (tests/plays/fresh15/, session 15) and the general fixes of this session.

Three wrong judgements left open last session, each fixed by its general cause:

- a bare acknowledgement ("ok.", "mm.", "right.", "got it") typed where the learner should
  tell their story was heard as a story (the long one, the résumé, or the good story
  judged weak): it named nothing, and "names nothing against the campaign" let the
  story-pitch and own-campaign rules take it. A line with no content word now names
  nothing of the campaign, and an acknowledgement alone is never heard as a story, a
  question, an ask or any strong move (:func:`.hearing.gates.only_acknowledges`); it is
  still heard as a move that is itself an acknowledgement (a maybe accepted, a bare
  agreement, a curt goodbye);
- "Sorry to go on, but anyway, what do you think of the PTA?", said just after Priya tells
  of her son's asthma, was heard as the strong follow-up into her feelings. An apology for
  talking too long and a turn to the other person is good; "but anyway" then moves on
  from what she shared, as "So anyway, what do you think of the PTA?" does: an open
  question (the step is touched) that is weak, with the moved-on feedback. The reader now
  sees "..., but anyway" (``reader.move_cues.MOVES_ON``) and reads past an apology for
  oneself before a question ("Sorry to go on, but what's that like...?") as it reads past
  "Sorry, ...";
- "Hello Mrs. I need volunteers..." was one sentence: a full stop after a title
  abbreviation never ended it. The text is lower-cased by then, so the capital that
  tells a name from a new sentence is gone; a word that opens sentences ("i", "we",
  "how", "would"...) after the abbreviation now ends it (``reader.text.sentences``).

Then 34 fresh plays in new voices (very terse typists, over-talkers, non-native speakers,
people who apologise at every turn, people who argue), written and committed before they
were run. On the code before this session 3 of 34 were out of bounds; two were the plays'
own fault (a move-on typed at a node that lists none; a closed "is it busy?" as the
opening question, which must share the listed question's topic) and were reworded; with
them reworded, 1 of 34 is out of bounds on the old code (a reflection with a tag inside
it) and 6 lines inside the plays were judged wrongly. The general causes, fixed here:

- a reflection "So it's..., isn't it, .... Have I got that right?" was a leading question
  for its inner tag: the line checks its own hearing (``reader.kinds``);
- "...if things were actually put right?" ended with the tag "right" (``reader.
  leading_questions``);
- a learner's promise "I send everything in writing tomorrow and I call you the day
  before", "I am in touch the day before" was no follow-up (``reader.closing``);
- "Sorry, sorry. Anyway, how long have you been on the PTA?" was not understood where the
  node lists the move-on it makes (:func:`.hearing.gates.listed_move_on`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fresh_plays import plays_in, scenario
from roleplay_nodes import nodes_where

from commonground import roleplay
from commonground.reader import read_line
from commonground.reader.text import normalise, sentences
from commonground.roleplay.line_checks import MOVED_ON

FRESH = Path(__file__).parent / "plays" / "fresh15"
NAMES = sorted(p.stem for p in FRESH.glob("*.yaml"))


def plays_of(name: str) -> dict:
    return plays_in(FRESH, name)


# ---- the fresh plays --------------------------------------------------------------------


def test_thirty_fresh_plays_across_at_least_six_scenarios():
    counts = {g: sum(len(plays_of(n).get(g) or []) for n in NAMES) for g in ("good", "poor")}
    beginners = sum(len(plays_of(n).get("beginner") or []) for n in NAMES)
    assert counts["good"] + counts["poor"] + beginners == 34
    assert len(NAMES) >= 6 and counts["good"] >= 10 and counts["poor"] >= 10 and beginners >= 6


# Their bounds (good >= 85, poor <= 60, beginner <= 50) and that no line is an authored
# wording are checked with every round's, in tests/test_roleplay_fresh_plays_s13.py.


def _line_in_play(name: str, group: str, play_name: str, index: int):
    """The turn of line ``index`` of a fresh play, typed after the lines before it."""
    sc = scenario(name)
    play = next(p for p in plays_of(name)[group] if p["name"] == play_name)
    state = roleplay.start(sc)
    for line in play["lines"][:index]:
        state = roleplay.free_text(sc, state, line).state
    return roleplay.free_text(sc, state, play["lines"][index])


# ---- 1. a bare acknowledgement is no story ------------------------------------------------

ACKS = ["ok.", "ok", "okay", "right.", "mm.", "mhm", "cool.", "yeah", "ok, so", "got it", "k"]
STORY_NODES = nodes_where(
    lambda sc, node, state: any(
        c.step == "your_story" and c.quality == "strong" for c in node.choices
    )
)


def test_every_scenario_has_a_story_node():
    assert len({sc.id for sc, _, _ in STORY_NODES}) == 9


@pytest.mark.parametrize("line", ACKS)
def test_a_bare_acknowledgement_is_no_story(line):
    """At every node where the learner should tell their story, "ok." is not understood:
    not the long story, not the résumé, not the good story judged weak (before: 8 of 9
    story nodes heard "ok." as a story)."""
    for sc, node, state in STORY_NODES:
        turn = roleplay.free_text(sc, state, line)
        assert turn.routed == "fallback", (sc.id, node.id, turn.choice_id)
        assert not turn.state.story_shared


def test_an_acknowledgement_is_never_a_story_a_question_an_ask_or_a_strong_move():
    wrong = []
    for sc, node, state in nodes_where(lambda sc, node, state: bool(node.choices)):
        for line in ("ok.", "sure", "mm.", "got it"):
            turn = roleplay.free_text(sc, state, line)
            chosen = next((c for c in node.choices if c.id == turn.choice_id), None)
            if chosen is not None and (
                chosen.kind in ("story", "open_question", "closed_question", "factual_question")
                or chosen.ask
                or chosen.quality == "strong"
            ):
                wrong.append((sc.id, node.id, line, chosen.id))
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("name", "node_id", "line", "choice_id"),
    [
        ("student", "said_maybe", "ok.", "accept_maybe"),  # a maybe accepted
        ("student", "listened", "yeah", "bare_agreement"),  # a bare agreement
        ("faith_leader", "vague_no", "ok", "accept_vague_no"),  # a no let go
        ("student", "closing_no", "ok.", "close_no_bye"),  # a curt goodbye
    ],
)
def test_an_acknowledgement_is_still_the_move_that_acknowledges(name, node_id, line, choice_id):
    [(sc, _, state)] = nodes_where(lambda sc, node, _: (sc.id, node.id) == (name, node_id))
    turn = roleplay.free_text(sc, state, line)
    assert turn.choice_id == choice_id and turn.quality == "weak", turn.routed


def test_a_story_with_an_acknowledgement_in_front_is_still_a_story():
    [(sc, _, state)] = nodes_where(
        lambda sc, node, _: (sc.id, node.id) == ("student", "story_point")
    )
    line = (
        "ok. so last year they cut the late 14 and i had to drop my evening class, lost a "
        "semester. went to one riders meeting angry and stayed"
    )
    turn = roleplay.free_text(sc, state, line)
    assert turn.choice_id == "share_story" and turn.quality == "strong"


# ---- 2. an apology for going on, then moving on all the same ------------------------------


def _she_opens():
    [(sc, _, state)] = nodes_where(
        lambda sc, node, _: (sc.id, node.id) == ("pta_parent", "she_opens")
    )
    return sc, state


def test_an_apology_then_but_anyway_moves_on_from_what_she_shared():
    """Just told of her son's asthma, "Sorry to go on, but anyway, what do you think of the
    PTA?" is an open question (the step is touched) that moves on: weak, told so."""
    sc, state = _she_opens()
    for line in (
        "Sorry to go on, but anyway, what do you think of the PTA?",
        "But anyway, what do you think of the PTA?",
        "So anyway, what do you think of the PTA?",
    ):
        turn = roleplay.free_text(sc, state, line)
        assert turn.quality == "weak" and MOVED_ON in turn.feedback, (line, turn.quality)


@pytest.mark.parametrize(
    "line",
    [
        "Sorry to go on, but what's that like for you, watching him struggle?",
        "Sorry, I've been going on. What's it like for you?",
        "Sorry to go on. What is it like for you, watching him?",
    ],
)
def test_an_apology_then_a_turn_to_what_she_shared_is_credited(line):
    sc, state = _she_opens()
    turn = roleplay.free_text(sc, state, line)
    assert turn.choice_id == "ask_what_like" and turn.quality == "strong", turn.routed
    assert turn.state.steps[-1].credited


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Sorry to go on, but what's that like for you?", "open_question"),
        ("Sorry for rambling, but how did you get into the PTA?", "open_question"),
        ("Sorry to ask, but would you maybe help out a bit sometime?", "ask"),
        ("Sorry to hear that, but it happens.", "other"),  # no question after it
    ],
)
def test_an_apology_for_oneself_before_the_line_is_read_past(line, kind):
    assert read_line(line).kind == kind


# ---- 3. a title abbreviation before a new sentence ---------------------------------------


@pytest.mark.parametrize(
    ("text", "split"),
    [
        (
            "Hello Mrs. I need volunteers, how are you?",
            ["hello mrs.", "i need volunteers, how are you?"],
        ),
        ("Meet at Main St. What time suits you?", ["meet at main st.", "what time suits you?"]),
        (
            "Wednesday at 6 p.m. How does that sound?",
            ["wednesday at 6 p.m.", "how does that sound?"],
        ),
        # near misses: a name, a saint, a time going on, a number, an example
        ("Hello Mrs. Osei, how are you?", ["hello mrs. osei, how are you?"]),
        ("Meet at St. Mary's at 6 p.m. on Monday.", ["meet at st. mary's at 6 p.m. on monday."]),
        ("Take the No. 14 bus.", ["take the no. 14 bus."]),
        ("Something small, e.g. I could help.", ["something small, e.g. i could help."]),
    ],
)
def test_a_full_stop_after_an_abbreviation_ends_a_sentence_before_a_sentence_opener(text, split):
    assert sentences(normalise(text)) == split


@pytest.mark.parametrize(
    "name", [info.name for info in roleplay.list_scenarios() if not info.error]
)
def test_a_pushy_ask_after_a_title_is_heard_as_after_any_greeting(name):
    """ "Hello Mrs. I need volunteers..." is heard as "Hello. I need volunteers..." is (an
    ask too soon, or the listed pitch), never as the good question after it (before: 8 of
    9 scenarios heard the question)."""
    sc = scenario(name)
    ask = "I need volunteers for the campaign, what do you do for work?"
    titled = roleplay.free_text(sc, roleplay.start(sc), f"Hello Mrs. {ask}")
    plain = roleplay.free_text(sc, roleplay.start(sc), f"Hello. {ask}")
    assert (titled.routed, titled.choice_id) == (plain.routed, plain.choice_id)
    assert titled.quality != "strong"
    named = roleplay.free_text(sc, roleplay.start(sc), "Hello Mrs. Osei, what do you do for work?")
    assert named.quality == "strong"


# ---- the causes the fresh plays found --------------------------------------------------------


def test_a_reflection_with_a_tag_inside_that_checks_its_hearing_is_the_reflection():
    turn = _line_in_play("pta_parent", "good", "over-talker, numbers side after a maybe", 3)
    assert turn.choice_id == "reflect_fairness" and turn.quality == "strong"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "So it's the lorries, isn't it, and nobody asked you. Have I got that right?",
            "closed_question",
        ),
        ("so its the lorries isnt it, and nobody asked. is that right", "closed_question"),
        # near misses: a verdict with a tag leads, whatever follows it
        ("It's a disgrace, isn't it, the council. Have I got that right?", "leading_question"),
        ("So it's a disgrace, isn't it, the council. Don't you think?", "leading_question"),
        ("The council has it wrong, right?", "leading_question"),
        # "put right" is no tag
        ("What would be different if things were put right?", "open_question"),
    ],
)
def test_a_tag_inside_a_reflection_and_put_right(line, kind):
    assert read_line(line).kind == kind


def test_a_follow_up_question_about_things_put_right_is_strong():
    turn = _line_in_play("faith_leader", "good", "over-talker, the clergy breakfast", 3)
    assert turn.choice_id == "follow_up_justice" and turn.quality == "strong"


@pytest.mark.parametrize(
    ("line", "follows_up"),
    [
        ("I send everything in writing tomorrow and I call you the day before.", True),
        ("I am in touch the day before, like I said.", True),
        ("I am in touch with the council.", False),  # no promise to them
        ("I call my mum the day before.", False),  # someone else
    ],
)
def test_a_learners_present_tense_promise_is_a_follow_up(line, follows_up):
    assert ("follow_up" in read_line(line).signals) is follows_up


@pytest.mark.parametrize(
    ("name", "play_name", "index"),
    [
        ("faith_leader", "non-native speaker, the youth circle at the hearing", 8),
        ("sceptical_neighbour", "non-native speaker, the Saturday meeting after a no", 10),
    ],
)
def test_a_learners_full_close_is_the_full_close(name, play_name, index):
    turn = _line_in_play(name, "good", play_name, index)
    assert turn.choice_id == "close_yes_full" and turn.quality == "strong"


def test_a_move_on_below_the_threshold_is_the_listed_move_on():
    turn = _line_in_play("pta_parent", "poor", "apologiser who moves on from what she shares", 3)
    assert turn.choice_id == "move_on_feelings" and turn.quality == "weak"


def test_a_move_on_where_none_is_listed_is_not_made_one():
    [(sc, node, state)] = nodes_where(
        lambda sc, node, _: (sc.id, node.id) == ("faith_leader", "pantry")
    )
    line = "Sorry, I'm sure that's hard. Next question on my list, how long has the centre been on Court Street?"
    turn = roleplay.free_text(sc, state, line)
    assert turn.routed == "fallback"
