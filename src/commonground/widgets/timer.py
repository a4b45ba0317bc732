"""Workshop round timer: the phases of a 1:1 over the planned minutes.

The counting is done by an ipywidgets ``Play`` control, which ticks in the browser, so
no thread or loop runs in the kernel; its ``.value`` is the elapsed seconds, and every
change redraws the phase from :mod:`commonground.workshop.timer` (pure logic). Tests
drive it by setting ``.play.value``. The ``Play`` control itself stays hidden: its
icon-only buttons have no accessible names, so labelled Start and Pause buttons drive it.
"""

from __future__ import annotations

import ipywidgets as w

from commonground.widgets._common import STYLE, esc
from commonground.widgets._style import CourseBox
from commonground.workshop import timer


def phases_html(plan: list[timer.Phase], current: str | None = None) -> str:
    """The phases as an HTML table, the current one in bold."""
    rows = []
    for p in plan:
        start = f"{p.start_s // 60}:{p.start_s % 60:02d}"
        cell = f"<b>{esc(p.title)}</b>" if p.id == current else esc(p.title)
        rows.append(f"<tr><td>{start}</td><td>{cell}</td><td>{p.minutes:.1f} min</td></tr>")
    table = "<table><tr><th>from</th><th>phase</th><th>length</th></tr>" + "".join(rows)
    return table + "</table><p>Listening has no phase of its own: it runs through all of them.</p>"


class RoundTimerView(CourseBox):
    """Round length, start/pause/reset, the current phase and a gentle warning.

    Attributes
    ----------
    minutes : ipywidgets.BoundedIntText
        Planned round length, 20-45.
    play : ipywidgets.Play
        Elapsed seconds (hidden; it ticks in the browser).
    start_button, pause_button, reset_button : ipywidgets.Button
    phase : ipywidgets.HTML
        The current phase and time left (the warning near the end).
    progress : ipywidgets.IntProgress
    table : ipywidgets.HTML
        All phases, current in bold.
    """

    def __init__(self, minutes: int = 30, interval_ms: int = 1000):
        self.minutes = w.BoundedIntText(
            value=minutes,
            min=timer.MIN_MINUTES,
            max=timer.MAX_MINUTES,
            description="Round length (minutes):",
            style=STYLE,
        )
        self.play = w.Play(
            value=0,
            min=0,
            max=minutes * 60,
            step=1,
            interval=interval_ms,
            description="Start, pause or stop the round",
            show_repeat=False,
            layout=w.Layout(display="none"),
        )
        self.start_button = w.Button(
            description="Start", icon="play", tooltip="Start or continue the round"
        )
        self.pause_button = w.Button(description="Pause", icon="pause", tooltip="Pause the round")
        self.reset_button = w.Button(
            description="Back to zero", icon="undo", tooltip="Reset the round timer"
        )
        self.phase = w.HTML("")
        self.progress = w.IntProgress(value=0, min=0, max=minutes * 60, description="Round:")
        self.table = w.HTML("")
        self.plan = timer.plan_phases(minutes)
        self.minutes.observe(self._new_length, names="value")
        self.play.observe(self._tick, names="value")
        self.start_button.on_click(lambda _b: setattr(self.play, "playing", True))
        self.pause_button.on_click(lambda _b: setattr(self.play, "playing", False))
        self.reset_button.on_click(lambda _b: self.reset())
        super().__init__(
            [
                self.minutes,
                w.HBox([self.start_button, self.pause_button, self.reset_button, self.play]),
                self.progress,
                self.phase,
                self.table,
            ]
        )
        self.show(0)

    def _new_length(self, change) -> None:
        self.plan = timer.plan_phases(change["new"])
        self.play.max = self.progress.max = change["new"] * 60
        self.reset()

    def _tick(self, change) -> None:
        self.show(change["new"])

    def reset(self) -> None:
        """Stop and go back to zero."""
        self.play.playing = False
        self.play.value = 0
        self.show(0)

    def state(self) -> timer.TimerState:
        """The pure timer state for the current elapsed seconds."""
        return timer.state_at(self.plan, self.play.value)

    def show(self, elapsed: int) -> None:
        """Redraw for ``elapsed`` seconds."""
        state = timer.state_at(self.plan, elapsed)
        self.progress.value = min(int(elapsed), self.progress.max)
        self.progress.bar_style = "warning" if state.warning else ""
        tone = " cg-note--problem" if state.warning or state.finished else ""
        self.phase.value = f'<p class="cg-timer-phase{tone}">{esc(state.message())}</p>'
        self.table.value = phases_html(self.plan, state.phase.id if state.phase else None)


def round_timer(minutes: int = 30) -> RoundTimerView:
    """A :class:`RoundTimerView` (for notebooks)."""
    return RoundTimerView(minutes)
