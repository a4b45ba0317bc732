"""Lesson 07's typed-reply drill: pushing is harmful and says why; the method's probes
after a no or a maybe, and a confirmation after a yes, are right (issue 12)."""

from __future__ import annotations

import pytest

from commonground.lessons import response_rounds as rounds
from commonground.roleplay import load_scenario


@pytest.fixture(scope="module")
def drills():
    return {d.id: d for d in rounds.all_response_drills()}


@pytest.mark.parametrize(
    ("drill_id", "text"),
    [
        ("night_shift_nurse:no_timing", "Couldn't you just swap to days this once?"),
        ("night_shift_nurse:no_timing", "Are you sure? It would really help us."),
        ("night_shift_nurse:no_activity", "come on, it's only an hour"),
        ("pta_parent:maybe", "We really need you on this. Nobody else knows the parents."),
        ("student:no_timing", "Can't you skip class just this once?"),
        ("retired_teacher:maybe", "It would mean so much to the kids, please."),
    ],
)
def test_pushing_is_harmful_and_says_why(drills, drill_id, text):
    ok, message = rounds.judge_typed(drills[drill_id], text)
    assert ok is False
    assert message.startswith("Harmful: that pushes")
    assert "costs trust" in message and "Remember:" in message


@pytest.mark.parametrize(
    ("drill_id", "text"),
    [
        ("night_shift_nurse:no_timing", "Is it the date, or the activity?"),
        ("student:no_activity", "That makes sense. Is it Saturday, or the leafleting itself?"),
        ("faith_leader:no_timing", "is it the time that's hard or the event"),
        ("night_shift_nurse:maybe", "What would you need to know?"),
        ("pta_parent:maybe", "Of course. What's holding you back?"),
        ("retired_teacher:maybe", "what would make it hard for you"),
        ("night_shift_nurse:yes", "So that's Tuesday at 3:30 at the branch, does that still work?"),
        ("student:yes", "Brilliant, I'll text you the address and time now."),
        ("pta_parent:yes", "Great! Just to confirm, we're at the library at 6 on Thursday."),
    ],
)
def test_the_methods_replies_are_right(drills, drill_id, text):
    ok, message = rounds.judge_typed(drills[drill_id], text)
    assert ok is True, message
    assert message.startswith("Right:")


@pytest.mark.parametrize(
    ("drill_id", "text"),
    [
        ("night_shift_nurse:no_timing", "Fair enough."),
        ("night_shift_nurse:no_timing", "What do you do for a living?"),
        ("night_shift_nurse:maybe", "What do you do for a living?"),
        ("night_shift_nurse:maybe", "Okay, have a think."),
        ("night_shift_nurse:yes", "Nice."),
        ("night_shift_nurse:yes", "Great, thanks!"),
        ("night_shift_nurse:no_activity", "Why didn't you come to the last meeting?"),
    ],
)
def test_weak_replies_are_not_right(drills, drill_id, text):
    ok, message = rounds.judge_typed(drills[drill_id], text)
    assert ok is False
    assert "Remember:" in message


def _authored(drill, quality):
    scenario = load_scenario(drill.scenario_id)
    texts = {o.text for o in drill.options}
    return [
        c.text
        for node in scenario.nodes.values()
        for c in node.choices
        if c.text in texts and c.quality == quality
    ]


def test_typing_the_authored_strong_reply_is_right(drills):
    for drill in drills.values():
        if drill.stage != "answer":
            continue
        for text in _authored(drill, "strong"):
            ok, message = rounds.judge_typed(drill, text)
            assert ok, (drill.id, text, message)


def test_typing_an_authored_harmful_reply_is_never_right(drills):
    checked = 0
    for drill in drills.values():
        for text in _authored(drill, "harmful"):
            ok, message = rounds.judge_typed(drill, text)
            assert not ok, (drill.id, text, message)
            checked += 1
    assert checked >= 10


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("What is making you unsure about Saturday?", True),
        ("Is it the day, or the canvassing?", True),
        ("What would you need to know?", True),
        ("Are you sure? It would really help us.", False),
        ("Come on, it's only two hours.", False),
        ("Okay, have a think.", False),
    ],
)
def test_lesson_07_maybe_exercise_rejects_pushing(text, ok):
    from commonground.exercises import lesson07

    verdict = lesson07.q2.judge(text)
    assert verdict.ok is ok, verdict
    if "sure?" in text or "Come on" in text:
        assert "pushes" in verdict.message
