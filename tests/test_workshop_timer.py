"""Round timer: phases proportioned to the minutes, warning near the end, fake clock."""

from __future__ import annotations

import pytest

from commonground import method
from commonground.errors import CommonGroundError
from commonground.workshop import timer


@pytest.mark.parametrize("minutes", range(20, 46))
def test_phases_cover_the_round_without_gaps(minutes):
    plan = timer.plan_phases(minutes)
    assert [p.id for p in plan] == [p[0] for p in timer.PHASES]
    assert plan[0].start_s == 0 and plan[-1].end_s == minutes * 60
    for before, after in zip(plan, plan[1:], strict=False):
        assert before.end_s == after.start_s and before.end_s > before.start_s
    for phase, (_, _, share, _) in zip(plan, timer.PHASES, strict=True):
        assert abs(phase.end_s - phase.start_s - share * minutes * 60) <= 1


def test_shares_add_up_and_steps_are_the_meeting_steps_in_order():
    assert sum(p[2] for p in timer.PHASES) == pytest.approx(1.0)
    steps = [s for p in timer.PHASES for s in p[3]]
    assert steps == [e.id for e in method.load().meeting_steps()]


def test_minutes_outside_20_to_45_refused():
    for bad in (19, 46):
        with pytest.raises(CommonGroundError, match="20-45"):
            timer.plan_phases(bad)


def test_state_at_phase_boundaries_and_warning():
    plan = timer.plan_phases(30)  # openers 0-180 s, story 180-450 s, ...
    assert timer.state_at(plan, 0).phase.id == "openers"
    assert timer.state_at(plan, 179.9).phase.id == "openers"
    assert timer.state_at(plan, 180).phase.id == "story"
    assert timer.state_at(plan, 180).phase_left_s == 270
    assert timer.state_at(plan, 30 * 60 - 121).warning is False
    near = timer.state_at(plan, 30 * 60 - 120)
    assert near.warning and near.phase.id == "close" and "Nearly time" in near.message()
    done = timer.state_at(plan, 30 * 60 + 5)
    assert done.finished and done.phase is None and "Time is up" in done.message()


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_round_timer_with_fake_clock_pauses_and_resumes():
    clock = FakeClock()
    t = timer.RoundTimer(20, clock=clock)
    assert t.state().elapsed_s == 0 and not t.running
    t.start()
    clock.now += 130
    assert t.state().phase.id == "story"  # openers last 120 s of 20 min
    t.pause()
    clock.now += 500  # paused time does not count
    assert t.elapsed() == 130
    t.start()
    clock.now += 20 * 60
    assert t.state().finished
    t.reset()
    assert t.elapsed() == 0 and not t.running
