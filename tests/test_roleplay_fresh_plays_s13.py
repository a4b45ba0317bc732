"""Fresh typed plays (tests/plays/fresh13/, session 12) and the general fixes they led to.

The plays were written before they were run, in voices the earlier sets use less (terse,
chatty, British, lower-case with no punctuation) and with poor plays that each make
different mistakes (closed-question interrogation, a résumé for a story, an ask before any
listening, pushing after a no, a vague ask, a curt goodbye). The same bounds hold as for
tests/test_roleplay_typed_plays.py: good >= 85 and finished, poor <= 60, a beginner play
touching every step <= 50.

At first sight 7 of the 45 were out of bounds. Two were the plays' own fault (an ask that
fits nothing the path had learned, answered with a fair maybe; the asks were swapped).
The other five had two general causes, fixed and tested here on every scenario:

- a line typed lower-case with no stops runs a statement into a question ("thanks for
  having me what did you do before you retired", "...doing it too is that right", "of
  course is it just saturdays or the training itself"): the reader now puts back the
  stop (``reader.typed_forms.run_on_questions``); a probe after a no had been heard as
  the push it resembled;
- a push after a no typed in one's own words was listed as "not done" (so the debrief
  said the step was skipped) and a play that pushed still scored 72-78: a harmful move is
  now listed as harmful, and a play with one scores at most ``HARMFUL_CAP`` (60).

A second batch of 11 (one more good play per scenario, in a learner's English, text-speak
or very formal British; two more poor plays), also written before running, found three
more readings to fix: "neighbours who take care of each other" was read as a goodbye, a
learner's check "It is right?" as a leading tag, and "mon" was not Monday. A third batch
of 6 (poor and beginner plays in a learner's English, text-speak, British and formal
voices) found nothing new to fix (one, a formal play that pushed past a no, scores 72 on
the old code). A fourth batch of 4 good plays typed lower-case with no punctuation (lines
first written too close to the authored ones were reworded before judging) found the
run-on rule too narrow: a question after "fitting me in", after "i get that", after an
"if ..." clause ("what would be different"), about "your week", or a quantity of a thing
("how many hours is a shift"). On the code before this session 11 of all 66 plays are
judged wrongly; none now.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fresh_plays import cases_in, play_typed, plays_in, scenario
from roleplay_nodes import nodes_where, responds_to

from commonground import method, roleplay
from commonground.reader import read_line
from commonground.reader.text import normalise as read_normalise
from commonground.roleplay.debrief import HARMFUL_CAP, StepScore, meeting_step_of, overall_score
from commonground.roleplay.similarity import normalise

FRESH = Path(__file__).parent / "plays" / "fresh13"
NAMES = [info.name for info in roleplay.list_scenarios() if not info.error]


#: Every round of fresh plays (fresh14 and fresh15 cover some scenarios): their bounds and
#: their wording are checked here; each round's file tests its own fixes.
ROUNDS = [(FRESH, NAMES)] + [
    (FRESH.parent / later, sorted(p.stem for p in (FRESH.parent / later).glob("*.yaml")))
    for later in ("fresh14", "fresh15")
]


def plays_of(name: str) -> dict:
    return plays_in(FRESH, name)


def cases(group: str):
    for folder, names in ROUNDS:
        yield from cases_in(folder, names, group)


# ---- the fresh plays --------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_every_scenario_has_fresh_plays_of_each_kind(name):
    plays = plays_of(name)
    assert len(plays["good"]) >= 2 and len(plays["poor"]) >= 2 and plays["beginner"]


@pytest.mark.parametrize(
    ("folder", "name"),
    [(f, n) for f, names in ROUNDS for n in names],
    ids=lambda x: getattr(x, "name", x),
)
def test_fresh_lines_are_not_the_authored_wordings(folder, name):
    sc = scenario(name)
    authored = {
        normalise(w)
        for node in sc.nodes.values()
        for choice in node.choices
        for w in (choice.text, *choice.examples)
    }
    plays = plays_in(folder, name)
    lines = [
        line
        for g in ("good", "poor", "beginner")
        for p in plays.get(g) or []
        for line in p["lines"]
    ]
    assert not [line for line in lines if normalise(line) in authored]


@pytest.mark.parametrize(("name", "play"), list(cases("good")))
def test_fresh_good_play_scores_at_least_85(name, play):
    state, report, why = play_typed(scenario(name), play["lines"])
    assert state.finished and report.score >= 85, why


@pytest.mark.parametrize(("name", "play"), list(cases("poor")))
def test_fresh_poor_play_scores_at_most_60(name, play):
    _, report, why = play_typed(scenario(name), play["lines"])
    assert report.score <= 60, why


@pytest.mark.parametrize(("name", "play"), list(cases("beginner")))
def test_fresh_beginner_play_touches_every_step_and_scores_at_most_50(name, play):
    state, report, why = play_typed(scenario(name), play["lines"])
    touched = {meeting_step_of(r.step) for r in state.steps} - {None}
    assert touched == {e.id for e in method.load().in_part("meeting")}, why
    assert report.score <= 50, why


# ---- lines typed lower-case with no stops ------------------------------------------------


def _bare(text: str) -> str:
    """``text`` as typed in a hurry: lower-case, no punctuation, no apostrophes."""
    text = text.lower().replace("’", "'").replace("'", "")
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


QUESTION_KINDS = ("factual_question", "open_question", "closed_question")
QUESTIONS = [
    (sc, node, state, choice)
    for sc, node, state in nodes_where(lambda sc, node, state: True)
    for choice in node.choices
    if choice.quality == "strong" and choice.kind in QUESTION_KINDS and not choice.ask
]


def test_every_strong_question_typed_without_stops_is_heard_as_itself():
    """Every strong question, reflection checked with a tag, and probe of a no or a maybe in
    the nine scenarios, typed lower-case with no punctuation ("thanks for having me before
    anything else what did you do for work before you retired", "...have i got that
    right"), is the same choice, strong and credited. Before the fix 17 were weak."""
    missed = []
    for sc, node, state, choice in QUESTIONS:
        turn = roleplay.free_text(sc, state, _bare(choice.text))
        if not (turn.choice_id == choice.id and turn.quality == "strong"):
            missed.append((sc.id, node.id, choice.id, turn.choice_id, turn.quality))
        elif not turn.state.steps[-1].credited:
            missed.append((sc.id, node.id, choice.id, "not credited"))
    assert len(QUESTIONS) > 120 and not missed, missed


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "thanks for having me what did you do for a living before you retired",
            "factual_question",
        ),
        (
            "you lit up talking about those evenings what was it that made them work",
            "open_question",
        ),
        ("thanks for squeezing me in before review which course are you on", "factual_question"),
        ("so its the patients you worry about more than yourself is that right", "closed_question"),
        ("when youve helped out before what have you enjoyed most", "open_question"),
        (
            "of course is it just saturdays or is the training itself not your thing",
            "open_question",
        ),
        ("im sorry about your knee is it the saturday or the walking itself", "open_question"),
        # the fourth batch
        ("if it was all put right what would be different for the families", "open_question"),
        ("i get that is it the monday or being in front of cameras at all", "open_question"),
        ("thanks for fitting me in how many weeks have you been bargaining", "factual_question"),
        ("i rang to hear about you what does your week look like at the moment", "open_question"),
        ("ill keep it short how many hours is a shift for you", "factual_question"),
    ],
)
def test_a_question_run_on_after_a_statement_is_read_as_the_question(line, kind):
    assert read_line(line).kind == kind, read_normalise(line)


@pytest.mark.parametrize(
    "line",
    [
        "i know what you did last summer",  # an embedded clause keeps the subject first
        "tell me what did you do",  # asked inside the sentence, left as it was
        "eight years before that working for the man who had it",  # a relative clause
        "the thing is it never works or helps",  # "is it" in a statement, no choice
        "of course it is",  # an acknowledgement, then no question
        "would you be willing to share what got you started in the parish",
        "what time is it now",  # a question from its first word: nothing to split
        "thats not right is it",  # a tag ends the line: it stays a tag
        "you wont believe how many hours are the worst",
        "when i asked what would you say",  # asked inside the "when" clause
        "that does your head in",
    ],
)
def test_no_stop_is_put_where_no_question_begins(line):
    said = read_normalise(line)
    assert "." not in said, said


def test_a_line_typed_with_its_question_marks_keeps_its_own_stops():
    line = "thanks for coming what did you do? i taught"
    assert read_normalise(line) == line


def test_a_probe_typed_without_stops_after_a_no_is_the_probe_not_a_push():
    """At every node after a no, the node's own probe typed lower-case with no stops, after
    a word of sympathy ("ah i see"), is heard as the probe: strong, never harmful (one was
    heard as the listed push, 'Bring the grandchildren along!')."""
    after_no = nodes_where(responds_to("no"))
    assert len({sc.id for sc, _, _ in after_no}) == 9
    checked = 0
    for sc, node, state in after_no:
        for choice in node.choices:
            if choice.quality != "strong":
                continue
            turn = roleplay.free_text(sc, state, "ah i see " + _bare(choice.text))
            assert turn.quality == "strong" and turn.choice_id == choice.id, (
                sc.id,
                node.id,
                turn.choice_id,
                turn.quality,
            )
            checked += 1
    assert checked >= 20


# ---- a harmful move in the debrief -------------------------------------------------------

PUSH = "Come on, it's really not much to ask, you'd be brilliant, nobody else can do it."


def test_a_push_typed_after_a_no_is_listed_harmful_and_caps_the_play():
    """After a no, a push in one's own words is marked harmful, listed so under 'respond'
    (not 'not done', so never called a skipped step), and the play scores at most 60
    however well the rest went."""
    checked = 0
    for sc, node, state in nodes_where(responds_to("no")):
        turn = roleplay.free_text(sc, state, PUSH)
        if turn.quality != "harmful":
            continue  # a push the node does not list: other tests say how it is heard
        report = roleplay.debrief(sc, turn.state)
        respond = next(s for s in report.steps if s.step == "respond")
        where = (sc.id, node.id, turn.choice_id, respond.qualities)
        assert respond.qualities[-1] == "harmful" and "respond" not in report.skipped, where
        assert report.score <= HARMFUL_CAP, where
        assert "You skipped 'Respond" not in report.reflection, where
        checked += 1
    assert checked >= 20


def test_a_typed_push_and_a_clicked_push_are_listed_alike():
    checked = 0
    for sc, node, state in nodes_where(responds_to("no")):
        push = next((c for c in node.choices if c.quality == "harmful"), None)
        if push is None:
            continue
        clicked = roleplay.debrief(sc, roleplay.choose(sc, state, push.id).state)
        typed = roleplay.free_text(sc, state, PUSH)
        if typed.choice_id != push.id:
            continue
        typed_report = roleplay.debrief(sc, typed.state)
        assert [s.qualities for s in typed_report.steps] == [s.qualities for s in clicked.steps]
        checked += 1
    assert checked >= 10


def test_a_probe_after_a_no_is_not_capped():
    """The near miss: the strong probe at the same nodes, typed in other words, is no
    harmful move, and the score is the plain mean of the steps."""
    checked = 0
    for sc, node, state in nodes_where(responds_to("no")):
        if any(r.quality == "harmful" for r in state.steps):
            continue  # the path there already pushed or pitched
        probe = next(c for c in node.choices if c.quality == "strong")
        turn = roleplay.free_text(sc, state, "ah i see " + _bare(probe.text))
        report = roleplay.debrief(sc, turn.state)
        mean = round(sum(s.score or 0 for s in report.steps) / len(report.steps))
        assert turn.quality == "strong" and report.score == mean, (sc.id, node.id)
        checked += 1
    assert checked >= 15


def test_the_cap_applies_only_when_a_move_was_harmful():
    strong = [StepScore("s", "S", 100, ("strong",)) for _ in range(8)]
    assert overall_score(strong + [StepScore("r", "R", 100, ("strong",))]) == 100
    assert overall_score(strong + [StepScore("r", "R", 0, ("harmful",))]) == HARMFUL_CAP
    assert overall_score(strong + [StepScore("r", "R", None, ("not done",))]) == 89
    low = [StepScore("s", "S", 0, ("weak",)) for _ in range(8)]
    assert overall_score(low + [StepScore("r", "R", 0, ("harmful",))]) == 0  # a cap, not a floor


# ---- the reflection's words for a step tried in words that did not do it ---------------------

RESUME = (
    "Well, I'm a retired accountant, I chair the allotment society and I'm treasurer of the "
    "residents' association."
)
REST = ("ask_enjoy", "follow_up_evenings", "name_common_ground", "explain_tied")
REST += ("ask_homework_club", "confirm_details", "close_yes_full")


def _teacher_after(story_line: str):
    sc = scenario("retired_teacher")
    state = roleplay.choose(sc, roleplay.start(sc), "ask_work").state
    state = roleplay.free_text(sc, state, story_line).state
    for choice_id in REST:
        state = roleplay.choose(sc, state, choice_id).state
    return sc, state


def test_a_resume_for_a_story_is_not_called_a_skipped_step():
    """A résumé typed where the story belongs is not credited (its words tell no story), so
    the step scores nothing, but the learner did not skip it: the reflection says their
    lines did not do it."""
    sc, state = _teacher_after(RESUME)
    report = roleplay.debrief(sc, state)
    story = next(s for s in report.steps if s.step == "your_story")
    assert story.score is None and story.qualities == ("not done",)
    assert "Your lines did not do 'Share your story'" in report.reflection
    assert "You skipped" not in report.reflection


def test_a_step_never_tried_is_still_called_skipped():
    sc = scenario("retired_teacher")
    state = roleplay.start(sc)
    for choice_id in ("ask_work", "share_story", "ask_enjoy", "follow_up_evenings"):
        state = roleplay.choose(sc, state, choice_id).state
    state = roleplay.choose(sc, state, "skip_to_campaign").state  # no common ground named
    for choice_id in ("explain_tied", "ask_homework_club", "confirm_details", "close_yes_full"):
        state = roleplay.choose(sc, state, choice_id).state
    report = roleplay.debrief(sc, state)
    assert "You skipped 'Acknowledge common ground'" in report.reflection


def test_the_debrief_page_says_a_harmful_move_caps_the_score():
    from commonground.widgets.roleplay_panels import debrief_html

    sc, state = _teacher_after(RESUME)
    page = debrief_html(roleplay.debrief(sc, state).as_dict())
    assert f"a move that did not land scores at most {HARMFUL_CAP}" in page


# ---- the second batch: a learner of English, text-speak -----------------------------------

GROUND_CARE = (
    "We both want the same thing, people who take care of each other, and nobody left to cope "
    "on their own."
)


def test_common_ground_about_taking_care_of_each_other_is_not_a_goodbye():
    """'...neighbours who take care of each other' named what they share, but was read as
    a close ('take care') and the common ground went uncredited in every scenario."""
    where = nodes_where(
        lambda sc, node, state: any(
            c.step == "common_ground" and c.quality == "strong" for c in node.choices
        )
    )
    assert len({sc.id for sc, _, _ in where}) == 9
    for sc, node, state in where:
        turn = roleplay.free_text(sc, state, GROUND_CARE)
        assert turn.step == "common_ground" and turn.quality == "strong", (sc.id, node.id)
        assert turn.state.steps[-1].credited, (sc.id, node.id)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("ok take care!", "close"),
        ("thanks, take care of yourself", "close"),
        ("neighbours who take care of each other, that's what we both want", "common_ground"),
    ],
)
def test_take_care_is_a_goodbye_only_without_an_object(line, kind):
    assert read_line(line).kind == kind


@pytest.mark.parametrize(
    ("line", "leading"),
    [
        ("So it is your son, and the route moved onto your street. It is right?", False),
        ("So it's your son, and the route moved onto your street, am I right?", False),
        ("The council is corrupt, right?", True),  # a verdict with a tag still leads
        ("the landlords are greedy right?", True),
    ],
)
def test_a_check_of_ones_own_hearing_is_not_a_leading_tag(line, leading):
    assert (read_line(line).kind == "leading_question") is leading


def test_mon_is_monday():
    probe = read_line("thats ok! is it mon thats the problem or the calls themselves?")
    assert "probe_no" in probe.signals
    ask = read_line("could you join our phone bank mon at 6pm at the union office?")
    assert "time" in ask.specific_parts
    assert "monday" not in read_normalise("c'mon, it's only two hours")
