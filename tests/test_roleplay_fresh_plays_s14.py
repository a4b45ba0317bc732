"""Fresh typed plays (tests/plays/fresh14/, session 12) and the general fixes of this session.

Three known gaps, fixed generally and tested on every scenario:

- at a closing node, a goodbye in words no authored wording shares ("Catch you later",
  "Cheerio, then.", "Right, I'm off.") was not understood (or heard as the full close it
  shared a word with); it is now heard by what it carries, the reader's close kind and
  its thanks and follow-up signals (:mod:`commonground.roleplay.hearing.goodbyes`);
- an opener that makes the scenario's listed mistake in one part ("Hi Sam. I need your
  October numbers, how many flats did you reach?") was unclear, or heard as the good
  question after it; the mistake is now heard (:mod:`.hearing.mistake_part`);
- the debrief listed steps the learner tried in words that did not do them as skipped;
  they are now "not done", apart from the steps never tried.

Then 15 fresh plays in new voices (a very quiet learner with one-line replies, an
over-talker with long stories, a learner who asks too early, one who apologises a lot),
written before they were run (their commit comes first), with the usual bounds. All 15
were within bounds on the code before this session too; two lines in them were judged
wrongly inside good plays (a story about a gran's damp flat "the reason I'm still doing
this" went uncredited: fixed in the story rule; "I'll keep it short for once" is read as a
push by the reader, left for the reader's helper).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fresh_plays import cases_in, plays_in, scenario
from roleplay_nodes import nodes_where

from commonground import roleplay
from commonground.planners.story import tells_a_story
from commonground.roleplay.hearing.authored import profile
from commonground.roleplay.hearing.goodbyes import CARRIED, closing_node, says_goodbye
from commonground.roleplay.hearing.mistake_part import parts

FRESH = Path(__file__).parent / "plays" / "fresh14"
NAMES = sorted(p.stem for p in FRESH.glob("*.yaml"))


def plays_of(name: str) -> dict:
    return plays_in(FRESH, name)


def cases(group: str):
    return cases_in(FRESH, NAMES, group)


# ---- the fresh plays --------------------------------------------------------------------


def test_fifteen_fresh_plays_across_at_least_six_scenarios():
    counts = {g: sum(len(plays_of(n).get(g) or []) for n in NAMES) for g in ("good", "poor")}
    beginners = sum(len(plays_of(n).get("beginner") or []) for n in NAMES)
    assert counts["good"] + counts["poor"] + beginners == 15
    assert len(NAMES) >= 6 and counts["good"] >= 5 and counts["poor"] >= 4 and beginners >= 3


# The bounds of these plays and their wording: tests/test_roleplay_fresh_plays_s13.py.

# ---- a goodbye at a closing node -----------------------------------------------------------

CLOSING = nodes_where(lambda sc, node, state: closing_node(node))


def _carried(sc, choice) -> frozenset:
    return CARRIED & profile(sc, choice)[1]


def test_every_scenario_has_closing_nodes():
    assert len({sc.id for sc, _, _ in CLOSING}) == 9 and len(CLOSING) == 27


@pytest.mark.parametrize(
    "line", ["Cheerio, then.", "Right, I'm off.", "Catch you later", "ok, laters", "Off I go then."]
)
def test_a_bare_goodbye_is_the_close_that_carries_least(line):
    """A goodbye with no thanks and no follow-up is heard (never 'not understood') as the
    curt close where the node lists one (a close that carries neither), else as the close
    that carries least; it never takes the full close, and it is never credited."""
    curt_nodes = 0
    for sc, node, state in CLOSING:
        turn = roleplay.free_text(sc, state, line)
        where = (sc.id, node.id, turn.routed, turn.choice_id)
        assert turn.routed == "typed", where
        chosen = next(c for c in node.choices if c.id == turn.choice_id)
        least = min(len(_carried(sc, c)) for c in node.choices)
        assert len(_carried(sc, chosen)) == least and chosen.quality != "strong", where
        assert not turn.state.steps[-1].credited, where
        curt_nodes += least == 0
    assert curt_nodes >= 15  # most closing nodes list a curt goodbye


@pytest.mark.parametrize(
    "line",
    ["Thanks so much, cheerio!", "Cheers for this, I'm off.", "Thanks a lot, catch you later"],
)
def test_a_thanked_goodbye_is_a_close_that_thanks(line):
    """With thanks and no follow-up, the close heard thanks too: the thanks-only close where
    there is one, else the full close (judged on its words: thanks without a follow-up
    is not the full close done); never the curt one."""
    for sc, node, state in CLOSING:
        turn = roleplay.free_text(sc, state, line)
        where = (sc.id, node.id, turn.routed, turn.choice_id)
        assert turn.routed == "typed", where
        chosen = next(c for c in node.choices if c.id == turn.choice_id)
        assert "thanks" in _carried(sc, chosen), where
        thanks_only = [c for c in node.choices if _carried(sc, c) == {"thanks"}]
        if thanks_only:
            assert chosen in thanks_only, where
        else:
            assert not turn.state.steps[-1].credited or turn.quality != "strong", where


def test_a_full_close_in_own_words_is_still_the_full_close():
    line = "Thank you so much for your time today. I'll text you on Friday to see how it went."
    for sc, node, state in CLOSING:
        turn = roleplay.free_text(sc, state, line)
        assert turn.quality == "strong" and turn.state.steps[-1].credited, (sc.id, node.id)


@pytest.mark.parametrize(
    "line",
    [
        "The weather is lovely today.",  # says nothing of leaving
        "So what did you think of the meeting?",  # a question
        "I'm off work on Tuesdays.",  # "I'm off" that is no goodbye
    ],
)
def test_a_line_that_is_no_goodbye_is_not_heard_as_one(line):
    from commonground.reader import read_line

    assert not says_goodbye(line, read_line(line))


def test_a_goodbye_is_heard_so_only_where_the_person_is_leaving():
    """At a node that is no closing node, a bare goodbye is not made a close by this rule."""
    sc = scenario("student")
    node = sc.node(sc.start)
    assert not closing_node(node)
    turn = roleplay.free_text(sc, roleplay.start(sc), "Cheerio, then.")
    assert turn.routed == "fallback"


# ---- a mistake made in one part of a line -------------------------------------------------

OPENERS = [
    ("longtime_volunteer", "Hi Sam. I need your October numbers, how many flats did you reach?"),
    ("longtime_volunteer", "Hi Sam. How many flats did you reach? I need your October numbers."),
    (
        "sceptical_neighbour",
        "Evening Earl. I need your signature on the drains petition, how long have you lived here?",
    ),
    (
        "faith_leader",
        "Hello Reverend. I need you at the press conference Monday. How long have you run the pantry?",
    ),
    ("student", "Hey Jess. I need you for the phone bank Monday at 6, what are you studying?"),
]


@pytest.mark.parametrize(("name", "line"), OPENERS)
def test_an_opener_that_makes_the_listed_mistake_in_a_part_is_that_mistake(name, line):
    sc = scenario(name)
    turn = roleplay.free_text(sc, roleplay.start(sc), line)
    listed = {c.id for c in sc.node(sc.start).choices if c.quality == "harmful"}
    assert turn.choice_id in listed and turn.quality == "harmful", (turn.routed, turn.choice_id)


NEAR_MISSES = [
    ("longtime_volunteer", "Hi Sam, how many flats did you reach in October?"),
    ("longtime_volunteer", "Hi Sam. October doors, how many?"),  # the topic, then the question
    (
        "sceptical_neighbour",
        "Thanks for seeing me about the drains petition. How long have you lived here?",
    ),
    (
        "sceptical_neighbour",
        "Thanks for seeing me, Earl, I know the drains are a worry. How long have you lived on this street?",
    ),
    ("night_shift_nurse", "Hi Dana, I'm with the coalition. How long have you been a nurse?"),
    ("pta_parent", "Thanks for meeting me, I live on the lorry route too. How old are your kids?"),
]


def test_a_reflection_whose_first_sentence_echoes_a_listed_advice_is_the_reflection():
    """A part is no mistake for one word in common: "So it's not just being late." shares
    only "late" with the student's listed advice ("...get a taxi when it's that late")."""
    [(sc, node, state)] = nodes_where(
        lambda sc, node, _: (sc.id, node.id) == ("student", "late_bus")
    )
    reflect = next(c for c in node.choices if c.id == "reflect_fear")
    line = reflect.text.replace("Have I got that right?", "I heard right?")
    turn = roleplay.free_text(sc, state, line)
    assert turn.choice_id == "reflect_fear" and turn.quality == "strong", turn.routed
    # the advice said in a part of a line is still the advice
    turn = roleplay.free_text(sc, state, "I hear you. You should just get a taxi when it's late.")
    assert turn.choice_id == "advise_taxi" and turn.quality == "harmful", turn.routed


@pytest.mark.parametrize(("name", "line"), NEAR_MISSES)
def test_an_opener_that_only_mentions_the_campaign_is_the_question(name, line):
    sc = scenario(name)
    turn = roleplay.free_text(sc, roleplay.start(sc), line)
    assert turn.quality == "strong" and turn.step == "factual_questions", turn.choice_id


def test_a_line_is_cut_at_its_sentences_and_before_a_question():
    assert parts("Hi Sam. I need your numbers, how many flats?") == [
        "hi sam.",
        "i need your numbers",
        "how many flats?",
    ]
    assert parts("Thanks, really.") == ["thanks, really."]


# ---- skipped, or tried and not done --------------------------------------------------------


def _teacher_play(*moves):
    sc = scenario("retired_teacher")
    state = roleplay.start(sc)
    for move in moves:
        if move.startswith("say:"):
            state = roleplay.free_text(sc, state, move[4:]).state
        else:
            state = roleplay.choose(sc, state, move).state
    return sc, state


RESUME = "Well, I'm a retired accountant, I chair the allotment society and I'm treasurer too."
REST = ("ask_enjoy", "follow_up_evenings", "name_common_ground", "explain_tied")
REST += ("ask_homework_club", "confirm_details", "close_yes_full")


def test_a_step_tried_in_words_that_did_not_do_it_is_not_done_not_skipped():
    from commonground.widgets.roleplay_panels import debrief_html

    sc, state = _teacher_play("ask_work", f"say:{RESUME}", *REST)
    report = roleplay.debrief(sc, state)
    assert "your_story" in report.not_done and "your_story" not in report.skipped
    page = debrief_html(report.as_dict())
    assert "Steps you tried, but your words did not do them: Share your story." in page
    assert "Steps you skipped" not in page


def test_a_step_never_tried_is_skipped_not_not_done():
    from commonground.widgets.roleplay_panels import debrief_html

    sc, state = _teacher_play(
        "ask_work",
        "share_story",
        "ask_enjoy",
        "follow_up_evenings",
        "skip_to_campaign",
        "explain_tied",
        "ask_homework_club",
        "confirm_details",
        "close_yes_full",
    )
    report = roleplay.debrief(sc, state)
    assert "common_ground" in report.skipped and "common_ground" not in report.not_done
    page = debrief_html(report.as_dict())
    assert "Steps you skipped: Acknowledge common ground." in page
    assert "did not do them" not in page


def test_a_step_done_is_neither():
    sc, state = _teacher_play("ask_work", "share_story", *REST)
    report = roleplay.debrief(sc, state)
    assert report.not_done == () and report.skipped == ()


def test_the_terminal_and_the_journal_tell_them_apart():
    import io

    from commonground.roleplay.terminal import print_debrief
    from commonground.roleplay_history import play_record

    sc, state = _teacher_play("ask_work", f"say:{RESUME}", *REST)
    out = io.StringIO()
    print_debrief(sc, state, out)
    story_row = next(line for line in out.getvalue().splitlines() if "Share your story" in line)
    assert story_row.rstrip().endswith("not done")
    record = play_record(sc, state)
    assert record["not_done"] == ["your_story"] and "your_story" not in record["skipped"]


# ---- the story rule -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "story"),
    [
        (
            "My gran lived with damp for years and none of her neighbours knew her name. "
            "Buildings like yours are the reason I'm still doing this.",
            True,
        ),
        ("My gran's flat had damp for years, and that is why I keep going.", True),
        ("My reason is simple, the rent.", False),
        ("The gym is why I keep fit.", False),
    ],
)
def test_the_reason_one_is_still_in_it_tells_a_story(line, story):
    assert tells_a_story(line) is story
