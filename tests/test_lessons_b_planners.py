"""Pure logic behind lessons 04-07: question reviews, the campaign pitch, ask scoring,
and the drills built from the scenarios."""

from __future__ import annotations

from collections import Counter

import pytest

from commonground import method
from commonground.lessons import drills
from commonground.lessons import response_rounds as rounds
from commonground.planners.asks import best_ask, conflict_keywords, fit_keywords, score_ask
from commonground.planners.campaign_pitch import (
    LIMIT_SECONDS,
    CampaignPitch,
    check_pitch,
    pitch_length,
)
from commonground.planners.questions import add_question, review_question
from commonground.roleplay import ANSWERS, list_scenarios, load_scenario


# --- questions -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind", "rewrite"),
    [
        ("Do you like canvassing?", "closed_question", "What do you like about canvassing?"),
        (
            "Don't you think the rent rise is unfair?",
            "leading_question",
            "What's your take on whether the rent rise is unfair?",
        ),
        ("What brought you to the tenants' meeting?", "open_question", ""),
        ("How long have you lived here?", "factual_question", ""),
        ("You should call the council.", "advice", ""),
    ],
)
def test_review_question_kind_and_rewrite(text, kind, rewrite):
    review = review_question(text)
    assert review.kind == kind
    assert review.rewrite == rewrite
    assert review.good is (kind == "open_question")
    assert review.why


def test_review_of_blank_says_type_first():
    assert review_question("   ").why == "Type a question first."


def test_add_question_keeps_only_new_open_questions():
    start = ["What brought you here?"]
    same, message = add_question(start, "Do you like canvassing?")
    assert same == start and "closed question" in message
    same, message = add_question(start, "what brought you here?")
    assert same == start and message == "Already on your list."
    more, message = add_question(start, "What would you change about the rota?")
    assert more == [*start, "What would you change about the rota?"]
    assert start == ["What brought you here?"]  # the input list is untouched
    assert "2 good questions" in message


# --- campaign pitch --------------------------------------------------------------------
GOOD = CampaignPitch(
    what="We're asking the council for two weeks' notice of shifts",
    why="because last-minute rotas wear people out",
    link="you told me your daughter gets hers two days ahead",
)


def test_good_pitch_has_no_findings_and_says_under_limit():
    assert check_pitch(GOOD) == []
    assert pitch_length("word " * 65).startswith("65 words, about 30 seconds at 130 words")
    assert "under the 60-second limit" in pitch_length("word " * 65)


def test_pitch_findings_name_missing_vague_and_long_parts():
    fields = {f.field: f.severity for f in check_pitch(CampaignPitch())}
    assert fields == {"what": "missing", "why": "missing", "link": "missing"}
    vague = CampaignPitch(GOOD.what, "the rotas", "the hospital is big")
    assert {f.field: f.severity for f in check_pitch(vague)} == {"why": "vague", "link": "vague"}
    # 131 words is just over 60 seconds at 130 words a minute
    long = CampaignPitch(GOOD.what + " and more" * 55, GOOD.why, GOOD.link)
    found = check_pitch(long)
    assert [f.severity for f in found] == ["warning"]
    assert all(f.element == "campaign_work" for f in found)
    assert "over the 60-second limit" in pitch_length("w " * (130 * LIMIT_SECONDS // 60))


# --- asks ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def dana():
    return load_scenario("night_shift_nurse")


def test_keywords_split_cares_from_constraints(dana):
    assert set(conflict_keywords(dana)) == {"nights_weekends", "nothing_public"}
    assert "forced_overtime" in fit_keywords(dana)
    assert not set(fit_keywords(dana)) & set(conflict_keywords(dana))


def test_vague_ask_scores_low_and_gets_a_specific_suggestion(dana):
    score = score_ask(dana, "Would you help with some calls at some point?")
    assert score.kind == "ask"
    assert score.missing == ("time", "place")
    assert score.specificity == 1 and not score.ready
    suggested = next(a for a in dana.campaign.asks if a.text == score.sharper)
    assert suggested.specific and not suggested.conflicts


def test_ask_that_fits_and_is_specific_is_ready(dana):
    score = score_ask(
        dana, "Would you host a coffee for nurses from your unit at your place on Wednesday at 3pm?"
    )
    assert score.ready and score.sharper == ""
    assert "mentors_new_nurses" in score.fit_matches
    assert any("Mentors newly qualified nurses" in m for m in score.messages)


def test_conflicting_ask_is_not_ready_and_suggests_the_prepared_alternative(dana):
    score = score_ask(
        dana,
        "Could you come canvassing with us on Saturday at 10am from our office on Fulton Street?",
    )
    assert score.conflicts == ("nights_weekends",) and not score.fits and not score.ready
    assert any(m.startswith("Runs into the timing") for m in score.messages)
    assert score.sharper == dana.campaign.ask("canvass_tuesday").text


def test_non_ask_is_told_so(dana):
    score = score_ask(dana, "Do you like your job?")
    assert score.kind != "ask" and not score.ready
    assert score.messages[0].startswith("This does not read as an ask yet")


def test_best_ask_ranks_by_overlap_with_what_matched(dana):
    assert best_ask(dana, "something", ("forced_overtime",)).id in {"unit_coffee", "written_story"}
    assert best_ask(dana, "write it down").id == "written_story"


# --- drills ----------------------------------------------------------------------------
def test_monologue_lines_come_from_real_non_constraint_facts():
    monologues = drills.listening_monologues()
    assert {m.scenario_id for m in monologues} == set(drills.MONOLOGUES)
    for m in monologues:
        persona = load_scenario(m.scenario_id).persona
        for fact_id, _ in drills.MONOLOGUES[m.scenario_id]:
            if fact_id is not None:
                assert persona.fact(fact_id).category != "constraint"
        links = [s.links for s in m.statements]
        assert any(links) and not all(links)


def test_check_listening_counts_found_missed_and_wrong():
    m = drills.listening_monologues()[0]
    links = [i for i, s in enumerate(m.statements) if s.links]
    small_talk = [i for i, s in enumerate(m.statements) if not s.links]
    perfect = drills.check_listening(m, links)
    assert perfect.perfect and perfect.found == perfect.total_links == len(links)
    partial = drills.check_listening(m, [links[0], small_talk[0]])
    assert (partial.found, partial.missed, partial.wrong) == (1, len(links) - 1, 1)
    assert partial.notes[small_talk[0]].startswith("Not this one.")
    assert partial.notes[links[1]].startswith("Missed.")


def test_each_exchange_has_one_right_reply_with_feedback_for_the_others():
    from commonground.questions import practice_questions

    exchanges = practice_questions("05")
    assert len(exchanges) >= 6
    for q in exchanges:
        assert q.setting and q.dialogue and q.dialogue[-1][0] != "You"
        assert sum(o.right for o in q.options) == 1
        right = q.evaluate(q.right.text)
        assert right.correct and q.right.feedback in right.message
        for wrong in (o for o in q.options if not o.right):
            result = q.evaluate(wrong.text)
            assert not result.correct and result.message.startswith("Not that one.")
            assert wrong.feedback in result.message
            assert any(q.right.text in line for line in result.details)


def test_response_drills_cover_every_case_from_the_scenarios():
    pool = rounds.all_response_drills()
    assert {d.case for d in pool} == set(ANSWERS) == set(rounds.CASES)
    playable = {i.name for i in list_scenarios() if not i.error}
    assert {d.scenario_id for d in pool} <= playable
    for case in ANSWERS:  # each case drilled with several different people
        assert len({d.scenario_id for d in pool if d.case == case}) >= 4, case
    assert all(
        case in {d.case for d in rounds.scenario_drills(load_scenario(name))}
        for name in ("night_shift_nurse", "retired_teacher")
        for case in ANSWERS
    )
    for d in pool:
        assert sum(o.right for o in d.options) == 1
        assert d.says and d.ask
        assert method.load().element(d.element).title in d.guidance
    no_reasons = [d for d in pool if d.stage == "reason" and d.case.startswith("no_")]
    assert no_reasons and all(d.element == "offer_alternative" for d in no_reasons)


def test_round_is_seeded_balanced_and_shuffled():
    first = rounds.build_round(seed=3)
    again = rounds.build_round(seed=3)
    assert [(d.id, [o.text for o in d.options]) for d in first] == [
        (d.id, [o.text for o in d.options]) for d in again
    ]
    assert Counter(d.case for d in first) == {case: 2 for case in ANSWERS}
    other = rounds.build_round(seed=4)
    assert [d.id for d in other] != [d.id for d in first]
    # over a few rounds, the right reply is not always in the same place
    positions = {
        next(i for i, o in enumerate(d.options) if o.right)
        for seed in range(5)
        for d in rounds.build_round(seed)
    }
    assert len(positions) > 1


def test_check_response_speaks_in_the_methods_terms():
    drill = rounds.build_round(0)[0]
    right = next(i for i, o in enumerate(drill.options) if o.right)
    ok, message = rounds.check_response(drill, right)
    assert ok and message.startswith("Right.")
    wrong = next(i for i, o in enumerate(drill.options) if not o.right)
    ok, message = rounds.check_response(drill, wrong)
    assert not ok and "Remember:" in message and drill.guidance in message


@pytest.mark.parametrize(
    ("drill_id", "text", "ok"),
    [
        ("night_shift_nurse:yes", "Great, I'll text you the address tonight.", True),
        ("night_shift_nurse:yes", "Great, thanks!", False),
        ("night_shift_nurse:maybe", "What would make it hard for you?", True),
        ("night_shift_nurse:maybe", "Would you do Tuesday at 5pm instead?", False),
        (
            "night_shift_nurse:no_timing",
            "Is it the Saturday, or is canvassing not your thing?",
            True,
        ),
        ("night_shift_nurse:no_timing", "Okay, never mind.", False),
        (
            "night_shift_nurse:no_timing:reason",
            "Could you canvass with us Tuesday at 5pm from the Fulton Street office?",
            True,
        ),
        (
            "night_shift_nurse:no_timing:reason",
            "Could you canvass with us Sunday at 10am from the office?",
            False,
        ),
        (
            "night_shift_nurse:no_activity:reason",
            "Would you talk to a reporter on Tuesday at 4pm at our office?",
            False,
        ),
    ],
)
def test_typed_replies_are_judged_by_the_methods_rules(drill_id, text, ok):
    drill = {d.id: d for d in rounds.all_response_drills()}[drill_id]
    verdict, message = rounds.judge_typed(drill, text)
    assert verdict is ok
    assert message.startswith("Right:") if ok else "Remember:" in message


def test_typed_reply_that_hits_a_constraint_names_it():
    drill = {d.id: d for d in rounds.all_response_drills()}["night_shift_nurse:no_activity:reason"]
    _, message = rounds.judge_typed(
        drill, "Would you talk to a reporter on Tuesday at 4pm at our office?"
    )
    assert "Will not do anything public under her own name" in message
    assert rounds.judge_typed(drill, "  ") == (False, "Type a reply first.")
