"""Pushing after a no or a maybe is harmful wherever it is typed (issue 12).

The two pushes named in the issue, word for word, in lesson 07's typed-reply drill (every
drill after a no or a maybe).
"""

from __future__ import annotations

import pytest

from commonground.lessons import response_rounds as rounds

PUSHES = ("Couldn't you just miss choir this once?", "Are you sure? It would really help us")


@pytest.mark.parametrize("text", PUSHES)
def test_pushing_is_harmful_in_every_lesson_07_drill_after_a_no_or_a_maybe(text):
    drills = [
        d
        for d in rounds.all_response_drills()
        if d.id.split(":")[1] in ("no_timing", "no_activity", "maybe")
    ]
    assert len(drills) >= 20
    for drill in drills:
        ok, message = rounds.judge_typed(drill, text)
        assert ok is False and message.startswith("Harmful: that pushes"), (drill.id, message)
