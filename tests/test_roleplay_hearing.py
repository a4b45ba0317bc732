"""Hearing typed lines: by meaning, asks by the authored ask they mean, and each line
judged on its own words. The scenario is the starter (``scenarios new``), so the tests
do not move when the shipped scenarios' wordings are edited."""

from __future__ import annotations

import html
import re

import pytest

from commonground import roleplay
from commonground.roleplay.model import OUT_OF_TIME, TRUST_LOST
from commonground.roleplay.starter import starter_text
from commonground.widgets.roleplay_panels import debrief_html

TO_ASK = ("ask_how_long", "share_story", "ask_mornings", "follow_up", "name_it", "explain")


@pytest.fixture(scope="module")
def alex(tmp_path_factory):
    path = tmp_path_factory.mktemp("starter") / "alex.yaml"
    path.write_text(starter_text("alex"), encoding="utf-8")
    return roleplay.load_scenario(path)


def click(scenario, ids, state=None):
    state = state or roleplay.start(scenario)
    for choice_id in ids:
        state = roleplay.choose(scenario, state, choice_id).state
    return state


def say(scenario, state, text):
    return roleplay.free_text(scenario, state, text)


# ---- routing by meaning ----------------------------------------------------------------


def test_own_words_reach_the_move_they_mean(alex):
    state = click(alex, TO_ASK[:2])
    turn = say(alex, state, "so what's a typical morning like for you and the kids?")
    assert turn.heard.how == "meaning" and turn.choice_id == "ask_mornings"
    assert turn.quality == "strong" and turn.state.steps[-1].credited


def test_a_line_close_to_nothing_is_not_understood_and_costs(alex):
    state = click(alex, TO_ASK[:2])
    turn = say(alex, state, "The weather has been lovely this week.")
    assert turn.routed == "fallback" and turn.state.node == state.node
    assert turn.state.steps[-1].credited is False
    assert "What would fit here: pivot to open-ended questions" in turn.feedback
    fallback = alex.node(state.node).fallback or alex.fallback
    assert turn.reply == fallback.say and turn.choice_id == ""
    assert turn.state.trust == state.trust + fallback.trust < state.trust


def test_two_different_moves_equally_close_is_unclear_never_the_first(tmp_path):
    text = starter_text("twins").replace(
        "text: Do you walk them yourself?", "text: What are those mornings like for you?!"
    )
    path = tmp_path / "twins.yaml"
    path.write_text(text, encoding="utf-8")
    twins = roleplay.load_scenario(path)
    state = click(twins, TO_ASK[:2])
    turn = say(twins, state, "what are mornings like for you")
    assert turn.routed == "unclear" and turn.choice_id == ""
    assert turn.state.node == state.node and turn.state.trust == state.trust
    assert "could be heard as" in turn.feedback


# ---- asks ------------------------------------------------------------------------------


def test_a_typed_ask_is_answered_as_the_authored_ask_it_means(alex):
    state = click(alex, TO_ASK)
    turn = say(
        alex,
        state,
        "could you chat with the other parents at the gate with me, tuesday 8:30, main entrance?",
    )
    assert turn.heard.how == "ask" and turn.choice_id == "ask_gate"
    assert turn.answer.answer == "yes" and turn.quality == "strong"
    assert turn.state.asks[-1].ask_id == "gate_talks"


def test_fit_comes_from_facts_discovered_not_from_words(alex):
    # the same ask, but the learner never found out that Alex walks the kids or likes
    # chatting at the gate: the words "parents" and "gate" do not make it fit
    state = click(alex, ("ask_how_long", "share_story", "ask_closed"))
    state = click(alex, ("ask_mornings", "follow_up", "name_it", "explain"), state)
    assert "likes_talking" in state.facts  # revealed by ask_mornings
    fresh = roleplay.start(alex)
    # build a state at the ask with nothing discovered
    bare = roleplay.PlayState(scenario=alex.id, node="ask_point", trust=5)
    turn = say(
        alex,
        bare,
        "Would you talk to parents at the school gate on Tuesday at 8:30 by the main entrance?",
    )
    assert turn.heard.how == "ask" and turn.answer.fit is False
    assert turn.answer.answer == "maybe"
    assert fresh.facts == ()


def test_an_ask_nobody_prepared_is_answered_in_its_own_words(alex):
    state = click(alex, TO_ASK)
    turn = say(alex, state, "Could you hand out flyers at the library on Thursday at 5pm?")
    assert turn.heard.how == "own_ask"
    reply = turn.reply.lower()
    assert "flyers" in reply and "library" in reply
    for never_proposed in ("gate", "stall", "council", "speak"):
        assert never_proposed not in reply
    assert turn.answer.answer == "maybe" and turn.quality == "weak"


def test_an_ask_of_ones_own_that_runs_into_a_constraint_gets_that_no(alex):
    state = click(alex, TO_ASK)
    turn = say(alex, state, "Could you hand out flyers at the library on Saturday at 10am?")
    assert turn.answer.answer == "no_timing" and turn.answer.reason == "works_weekends"
    assert "flyers" in turn.reply.lower() and "saturday" in turn.reply.lower()
    assert turn.state.node == "no_timing"


def test_a_vague_ask_gets_a_reply_to_its_vagueness(alex):
    state = click(alex, TO_ASK)
    turn = say(alex, state, "Would you be up for helping out with the campaign?")
    assert turn.routed == "vague" and turn.reply == "Help with what, exactly?"
    assert turn.state.node == "ask_point"
    assert turn.state.steps[-1].step == "ask" and not turn.state.steps[-1].credited


# ---- responding to the answers -----------------------------------------------------------


def at_no(alex):
    return say(
        alex, click(alex, TO_ASK), "Would you help at our stall on Saturday at 10am at the market?"
    ).state


def test_after_a_no_the_time_or_activity_question_is_right(alex):
    state = at_no(alex)
    assert state.node == "no_timing"
    turn = say(alex, state, "Is it the day that's the problem, or is it the stall?")
    assert turn.choice_id == "probe_timing" and turn.quality == "strong"


@pytest.mark.parametrize(
    "line",
    [
        "Come on, couldn't you just swap your shift this once?",
        "Are you sure? It would really help us out.",
        # few words in common with the authored push: the push itself is what is heard
        "come on, what's the harm, one morning?",
        "you'd love it, honestly",
    ],
)
def test_pushing_after_a_no_is_harmful(alex, line):
    turn = say(alex, at_no(alex), line)
    assert turn.quality == "harmful"
    assert turn.state.trust < at_no(alex).trust


def test_after_a_yes_confirming_details_is_right_and_nice_is_not(alex):
    yes = say(
        alex,
        click(alex, TO_ASK),
        "Would you talk to parents at the school gate with me on Tuesday at 8:30am, by the main entrance?",
    ).state
    assert yes.node == "said_yes"
    good = say(
        alex, yes, "Brilliant. So Tuesday, half eight, main entrance - does that still suit you?"
    )
    assert good.choice_id == "confirm" and good.quality == "strong"
    nice = say(alex, yes, "Nice.")
    assert nice.state.steps[-1].credited is False


# ---- lines judged on their own words --------------------------------------------------------


def test_a_bare_we_agree_is_not_naming_common_ground(alex):
    state = click(alex, TO_ASK[:4])
    turn = say(alex, state, "We agree.")
    record = turn.state.steps[-1]
    assert record.credited is False and turn.state.common_ground == ()
    report = roleplay.debrief(alex, turn.state)
    common = next(s for s in report.steps if s.step == "common_ground")
    # tried, in words that did not do it: listed as not done, never as skipped
    assert common.score is None and "common_ground" in report.not_done
    assert "common_ground" not in report.skipped


def test_a_résumé_is_not_a_story(alex):
    state = click(alex, TO_ASK[:1])
    turn = say(
        alex,
        state,
        "I have a degree in public policy and I have worked in three nonprofits as a "
        "programme manager and a volunteer coordinator.",
    )
    assert not turn.state.steps[-1].credited and not turn.state.story_shared


def test_a_long_speech_about_oneself_is_flagged_whatever_its_kind(alex):
    state = click(alex, TO_ASK[:1])
    speech = (
        "My son was nearly hit on Oak Road last spring and I was so scared. "
        + "I went to meeting after meeting and I wrote letters and I called the council " * 8
    )
    turn = say(alex, state, speech)
    assert turn.quality == "weak" and "Our advice" in turn.feedback


SPEECH = (
    "My son was nearly hit on Oak Road last spring and I was so scared. "
    + "I went to meeting after meeting and I wrote letters and I called the council. " * 8
)
SPEECH_ENDINGS = (
    "",  # a story
    "Would you come to the council meeting on Monday at 7pm at the town hall?",  # an ask
    "We both want safe streets for our kids.",  # common ground
)


def test_a_long_speech_that_never_turns_is_flagged_whatever_the_reader_calls_it():
    from commonground.reader import read_line
    from commonground.roleplay.line_checks import judge_line

    kinds = set()
    for ending in SPEECH_ENDINGS:
        line = SPEECH + ending
        reading = read_line(line)
        kinds.add(reading.kind)
        for step in ("your_story", "common_ground", "campaign_work", "factual_questions"):
            judged = judge_line(step, "strong", reading, line)
            assert judged.quality == "weak" and "Our advice" in judged.note, (ending, step)
    assert len(kinds) == 3, kinds  # three different kinds of line, all flagged
    # a speech that does turn to them at the end is not flagged as one
    turned = SPEECH + "What about you, what has it been like for you?"
    judged = judge_line("your_story", "strong", read_line(turned), turned)
    assert "Our advice" not in judged.note


def test_minutes_come_from_what_was_typed(alex):
    state = click(alex, TO_ASK[:1])
    short = say(alex, state, "My son was nearly hit on Oak Road, so I joined the parents.")
    long = say(alex, state, "My son was nearly hit on Oak Road, so I joined the parents. " * 20)
    assert long.state.minutes > short.state.minutes + 1
    assert long.state.talk_minutes > short.state.talk_minutes


def test_the_debrief_shows_the_talk_share_against_the_courses_advice(alex):
    state = click(alex, TO_ASK)
    report = roleplay.debrief(alex, state)
    assert 0 < report.talk_share < 100
    assert "the course's, not the source guide's" in report.talk_note
    shown = html.unescape(re.sub(r"<[^>]+>", "", debrief_html(report.as_dict())))  # as seen
    assert f"Talk time: You talked for about {report.talk_share}% of the meeting." in shown
    assert "talk about 30% of the time and listen about 70%" in shown
    assert "Our advice (the course's, not the source guide's)" in shown


# ---- scores --------------------------------------------------------------------------------


def open_questions(report):
    return next(s for s in report.steps if s.step == "open_questions")


def test_lines_not_understood_or_not_doing_the_step_cost_points_and_are_never_done(alex):
    at = click(alex, TO_ASK[:2])  # at the open-questions node
    clicked = roleplay.debrief(alex, click(alex, ("ask_mornings",), at))
    assert open_questions(clicked).score == 100
    # a line not understood first: the step's score halves, the overall score drops
    missed = say(alex, at, "The weather has been lovely this week.").state
    after = roleplay.debrief(alex, click(alex, ("ask_mornings",), missed))
    assert open_questions(after).qualities == ("not done", "strong")
    assert open_questions(after).score == 50 and after.score < clicked.score
    # a closed question takes the open question's branch but is never called an open one
    closed = say(alex, at, "Are mornings busy for you?")
    assert closed.choice_id == "ask_mornings" and not closed.state.steps[-1].credited
    report = roleplay.debrief(alex, closed.state)
    assert open_questions(report).score is None and "open_questions" in report.not_done
    assert "open_questions" not in report.skipped  # tried, so not skipped
    assert open_questions(report).qualities == ("not done",)
    page = debrief_html(report.as_dict())
    row = re.search(r"<tr><td>Pivot to open-ended questions.*?</tr>", page)
    assert row and "<td>not done</td><td>not done</td>" in row.group(0)
    assert "did not do them: Pivot to open-ended questions." in page
    assert "Steps you skipped:" in page and "skipped: Pivot" not in page
    assert report.score < roleplay.debrief(alex, click(alex, ("ask_mornings",), at)).score


# ---- no endless loops ----------------------------------------------------------------------


def test_repeating_a_weak_line_ends_the_meeting_when_far_over_time(alex):
    state = click(alex, TO_ASK[:2])
    for _ in range(200):
        if state.finished:
            break
        state = roleplay.choose(alex, state, "ask_closed").state  # loops back to itself
    assert state.finished and state.ending == OUT_OF_TIME
    assert state.minutes >= 2 * alex.meeting.planned_minutes
    assert roleplay.debrief(alex, state).ending_text


def test_losing_all_trust_ends_the_meeting():
    nurse = roleplay.load_scenario("night_shift_nurse")
    state = roleplay.choose(nurse, roleplay.start(nurse), "thank_and_time").state
    state = click(nurse, ("share_story", "ask_unit_changes"), state)
    assert state.node == "unit"
    for _ in range(10):  # harmful advice, heard each time, costs trust each time
        if state.finished:
            break
        state = say(nurse, state, "honestly you should just refuse to do the overtime").state
    assert state.ending == TRUST_LOST


@pytest.mark.parametrize(
    ("line", "routed", "after"),
    [
        ("The weather has been lovely this week.", "fallback", ()),
        ("Would you be up for helping out with the campaign?", "vague", TO_ASK),
    ],
)
def test_repeating_a_line_not_heard_or_a_vague_ask_ends_only_by_time(alex, line, routed, after):
    """Lines not heard cost trust but never end the meeting by themselves, and cannot
    circle forever: the meeting runs out of time."""
    state = click(alex, after)
    for _ in range(200):
        if state.finished:
            break
        turn = say(alex, state, line)
        assert turn.routed == routed
        state = turn.state
    assert state.ending == OUT_OF_TIME
    if routed == "fallback":
        assert state.trust < alex.persona.trust_start


def test_feedback_on_own_words_says_which_listed_line_it_is_about(alex):
    state = click(alex, TO_ASK[:2])
    turn = say(alex, state, "so what's a typical morning like for you and the kids?")
    assert turn.feedback.startswith("Heard as “What are those mornings like for you?”.")


# ---- the judgement of a line's own words, unit by unit --------------------------------------


@pytest.mark.parametrize(
    "story",
    [
        "My aunt's basement flooded in the spring storm, and that same week I went to my "
        "first meeting.",
        "When my mum lost her hours at the plant I saw how fast a family can slide, so I "
        "joined the union drive.",
        "i grew up two streets from here and the library was where i felt safe",
    ],
)
def test_a_story_tells_a_moment_a_feeling_or_why(story):
    from commonground.reader import read_line
    from commonground.roleplay.line_checks import judge_line

    judged = judge_line("your_story", "strong", read_line(story), story)
    assert judged.credited and judged.quality == "strong", judged.note


@pytest.mark.parametrize(
    "resume",
    [
        "I have a master's in public policy and ten years of nonprofit management experience.",
        "I'm a project manager and I sit on two boards.",
    ],
)
def test_a_résumé_is_not_credited_as_a_story(resume):
    from commonground.reader import read_line
    from commonground.roleplay.line_checks import judge_line

    judged = judge_line("your_story", "strong", read_line(resume), resume)
    assert not judged.credited and judged.quality == "weak"


def test_what_an_ask_rules_out_does_not_run_into_a_constraint(alex):
    state = click(alex, TO_ASK)
    turn = say(
        alex,
        state,
        "Would you talk to parents at the school gate on Tuesday at 8:30, no speech or crowd?",
    )
    assert turn.answer.reason != "shy_of_crowds"
    ruled_in = say(
        alex, state, "Would you give a speech to the crowd at the council on Monday at 7pm?"
    )
    assert ruled_in.answer.answer == "no_activity" and ruled_in.answer.reason == "shy_of_crowds"


def test_a_scenario_may_write_its_own_out_of_time_ending(tmp_path):
    from commonground.roleplay.lint import lint_file

    text = starter_text("own_endings") + (
        "  - id: out_of_time\n"
        "    say: (Alex glances at the school clock.) I have to pick up the kids.\n"
        "    ending:\n"
        "      debrief: The time ran out before the ask.\n"
    )
    path = tmp_path / "own_endings.yaml"
    path.write_text(text, encoding="utf-8")
    assert [i for i in lint_file(path) if i.level == "error"] == []
    scenario = roleplay.load_scenario(path)
    assert "out_of_time" not in scenario.engine_endings
    state = click(scenario, TO_ASK[:2])
    for _ in range(200):
        if state.finished:
            break
        state = roleplay.choose(scenario, state, "ask_closed").state
    assert state.ending == "out_of_time"
    assert "pick up the kids" in state.transcript[-1][1]


# ---- open and closed questions, asks of one's own ----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "what's it like walking them across yourself?",
        "how does it feel, taking them across yourself?",
    ],
)
def test_an_open_question_is_not_heard_as_a_yes_or_no_one_it_shares_words_with(alex, line):
    # the words are closest to "Do you walk them yourself?", but the line is open: it must
    # not get "a yes-or-no question gets a one-word answer"
    turn = say(alex, click(alex, TO_ASK[:2]), line)
    assert turn.read_as == "open_question"
    assert turn.choice_id == "ask_mornings" and turn.quality == "strong"


def test_an_ask_of_ones_own_fits_what_its_words_connect_to_among_facts_discovered(alex):
    line = "Could you hand out flyers about the crossing at the library on Thursday at 5pm?"
    known = say(alex, click(alex, TO_ASK), line)  # Alex said she walks the kids across
    assert known.heard.how == "own_ask" and "walks_kids" in known.state.facts
    assert known.answer.fit and known.answer.answer == "yes" and known.quality == "strong"
    assert "flyers" in known.reply.lower()
    bare = roleplay.PlayState(scenario=alex.id, node="ask_point", trust=5)
    unknown = say(alex, bare, line)  # the same words, nothing learned: a guess
    assert unknown.heard.how == "own_ask" and not unknown.answer.fit
    assert unknown.answer.answer == "maybe"


def test_a_no_names_the_kind_of_constraint_with_its_article(alex):
    state = click(alex, TO_ASK)
    turn = say(
        alex, state, "Would you speak at the council meeting on Tuesday at 7pm at the town hall?"
    )
    assert turn.answer.reason == "shy_of_crowds"
    assert "runs into an activity constraint" in turn.answer.explanation


def test_a_reflection_without_a_question_mark_still_does_the_listening():
    from commonground.reader import read_line
    from commonground.roleplay.line_checks import judge_line

    line = "so you've been the one looking after her every time it floods"
    judged = judge_line("listening", "strong", read_line(line), line)
    assert judged.credited and judged.quality == "strong"


def test_with_row_is_replace_with_every_field_kept():
    """Hearing.with_row gives what dataclasses.replace(heard, row=...) gives: a new
    field added to Hearing and not to with_row would fail here."""
    from dataclasses import fields, replace

    from commonground.roleplay.hearing.result import Hearing

    values = {f.name: object() for f in fields(Hearing)}
    heard = Hearing(**values)
    row = object()
    kept = heard.with_row(row)
    assert all(
        getattr(kept, f.name) is getattr(replace(heard, row=row), f.name) for f in fields(Hearing)
    )
    assert kept.row is row
