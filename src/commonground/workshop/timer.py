"""Round timer logic: the phases of a 1:1 spread over the planned minutes.

Pure functions of elapsed seconds, so they are tested with a fake clock and shown by
any front end (the widget drives them from an ipywidgets ``Play``).

Examples
--------
>>> plan = plan_phases(30)
>>> [(p.id, p.minutes) for p in plan][:2]
[('openers', 3.0), ('story', 4.5)]
>>> state_at(plan, 29 * 60).warning
True
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from commonground.errors import CommonGroundError

#: The phases of a role-play round, their share of the time, and the method steps they
#: cover (ids from ``method.yaml``). Listening has no phase: it runs through all of them.
PHASES: tuple[tuple[str, str, float, tuple[str, ...]], ...] = (
    ("openers", "Opening questions", 0.10, ("factual_questions",)),
    ("story", "Your story", 0.15, ("your_story",)),
    ("open_questions", "Open questions", 0.30, ("open_questions",)),
    ("common_ground", "Common ground and the campaign", 0.15, ("common_ground", "campaign_work")),
    ("ask", "The ask and the response", 0.20, ("ask", "respond")),
    ("close", "Closing", 0.10, ("close_conversation",)),
)
MIN_MINUTES, MAX_MINUTES = 20, 45
#: The gentle warning starts this many seconds before the end (at most a tenth of the round).
WARN_BEFORE_S = 120


@dataclass(frozen=True)
class Phase:
    """One phase of the round: from ``start_s`` (inclusive) to ``end_s`` (exclusive)."""

    id: str
    title: str
    start_s: int
    end_s: int
    steps: tuple[str, ...]

    @property
    def minutes(self) -> float:
        """Length in minutes."""
        return (self.end_s - self.start_s) / 60


@dataclass(frozen=True)
class TimerState:
    """What the timer shows at one moment."""

    elapsed_s: int
    phase: Phase | None
    phase_left_s: int
    total_left_s: int
    warning: bool
    finished: bool

    def message(self) -> str:
        """One line to show or read out."""
        if self.finished:
            return "Time is up: please close your conversation and thank each other."
        line = f"{self.phase.title}: {_clock(self.phase_left_s)} left in this phase"
        line += f", {_clock(self.total_left_s)} in the round"
        if self.warning:
            line += ". Nearly time: move towards the close."
        return line


def _clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def plan_phases(minutes: int) -> list[Phase]:
    """Split a round of ``minutes`` (20-45) into the phases, in whole seconds.

    The phases follow each other without gaps and the last ends exactly at the end.

    Raises
    ------
    CommonGroundError
        When ``minutes`` is outside 20-45 (the usual length of a 1:1).
    """
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise CommonGroundError(
            f"a round lasts {MIN_MINUTES}-{MAX_MINUTES} minutes, like a real 1:1; got {minutes}"
        )
    total = int(minutes) * 60
    plan, start, share_so_far = [], 0, 0.0
    for phase_id, title, share, steps in PHASES:
        share_so_far += share
        end = total if phase_id == PHASES[-1][0] else round(total * share_so_far)
        plan.append(Phase(phase_id, title, start, end, steps))
        start = end
    return plan


def warning_window(total_s: int) -> int:
    """Seconds before the end when the warning starts."""
    return min(WARN_BEFORE_S, total_s // 10)


def state_at(plan: list[Phase], elapsed_s: float) -> TimerState:
    """The timer's state after ``elapsed_s`` seconds of the round."""
    total = plan[-1].end_s
    elapsed = max(0, int(elapsed_s))
    if elapsed >= total:
        return TimerState(total, None, 0, 0, True, True)
    phase = next(p for p in plan if p.start_s <= elapsed < p.end_s)
    left = total - elapsed
    return TimerState(
        elapsed, phase, phase.end_s - elapsed, left, left <= warning_window(total), False
    )


class RoundTimer:
    """A pausable round timer over a clock (``time.monotonic`` unless one is given).

    Parameters
    ----------
    minutes
        Planned length of the round (20-45).
    clock
        A function returning seconds; tests pass a fake one.
    """

    def __init__(self, minutes: int, clock: Callable[[], float] = time.monotonic):
        self.plan = plan_phases(minutes)
        self._clock = clock
        self._banked = 0.0
        self._since: float | None = None

    @property
    def running(self) -> bool:
        """True between :meth:`start` and :meth:`pause`."""
        return self._since is not None

    def start(self) -> None:
        """Start or resume counting."""
        if self._since is None:
            self._since = self._clock()

    def pause(self) -> None:
        """Stop counting; :meth:`start` resumes where it stopped."""
        if self._since is not None:
            self._banked += self._clock() - self._since
            self._since = None

    def reset(self) -> None:
        """Back to zero, stopped."""
        self._banked, self._since = 0.0, None

    def elapsed(self) -> float:
        """Seconds counted so far."""
        running = self._clock() - self._since if self._since is not None else 0.0
        return self._banked + running

    def state(self) -> TimerState:
        """The state now."""
        return state_at(self.plan, self.elapsed())
