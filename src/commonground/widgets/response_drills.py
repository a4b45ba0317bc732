"""Lesson 07: rapid drills on responding to yes, maybe and no (timing or activity).

Each drill shows the ask and the persona's answer (personas from the synthetic role-play
scenarios); the learner picks a reply, or types one, and gets feedback in the method's
terms. The first answer on each drill counts towards the round's score. Rounds are shuffled by a seed, so a
round is the same every time it is built with the same seed.
"""

from __future__ import annotations

import ipywidgets as w

from commonground.lessons.response_rounds import (
    CASES,
    ResponseDrill,
    build_round,
    check_response,
    judge_typed,
)
from commonground.widgets._common import STYLE, button, card, clear_when_changed, esc, note
from commonground.widgets._style import CourseBox
from commonground.widgets._text import Text
from commonground.widgets._wrap import wrapping_radio


def drill_html(drill: ResponseDrill) -> str:
    """The ask and the persona's answer, as HTML."""
    lead = f"<p class='cg-tight'><b>You asked {esc(drill.speaker)}:</b> “{esc(drill.ask)}”</p>"
    if drill.stage == "reason":
        lead += (
            "<p class='cg-tight'><i>You asked what was behind the answer. "
            f"{esc(drill.speaker)} explains:</i></p>"
        )
    return lead + f"<div class='cg-dialogue'><b>{esc(drill.speaker)}:</b> “{esc(drill.says)}”</div>"


class ResponseDrills(CourseBox):
    """One drill at a time: the answer, the replies, Check, Next and New round buttons.

    Attributes
    ----------
    drills : list of ResponseDrill
        The current round.
    position : int
        Index of the drill on screen.
    reply : ipywidgets.RadioButtons
        The replies to choose from (``.index`` is the pick).
    typed : ipywidgets.Text
        A reply in the learner's own words, judged by :func:`judge_typed`.
    check_button, check_typed_button, next_button, new_round_button : ipywidgets.Button
    feedback : ipywidgets.HTML
    score : ipywidgets.Label
        ``"Score: 2 of 3 so far"``; at the end of the round, the final score.
    first_picks : dict of int to bool
        Whether the first answer (picked or typed) on each drill was right.
    """

    def __init__(self, seed: int = 0, per_case: int = 2):
        self.seed = seed
        self.per_case = per_case
        self.counter = w.Label("")
        self.prompt = w.HTML("")
        self.reply = wrapping_radio(["(none)"], "Your reply:")
        self.check_button = button(
            "Check my reply", "check", "primary", "See whether this is the method's reply"
        )
        self.typed = Text(
            description="Or type your own reply:",
            placeholder="What you would say",
            style=STYLE,
            layout=w.Layout(width="95%"),
        )
        self.check_typed_button = button(
            "Check my words", "comment", "", "Judge the reply you typed (read by simple rules)"
        )
        self.next_button = button("Next drill", "arrow-right", "", "Go to the next answer")
        self.new_round_button = button(
            "New round", "refresh", "", "Start a fresh, differently shuffled round"
        )
        self.feedback = w.HTML("")
        self.score = w.Label("")
        self.check_button.on_click(self.check)
        self.check_typed_button.on_click(self.check_typed)
        self.next_button.on_click(self.next)
        self.new_round_button.on_click(self.new_round)
        self.start_round(seed)
        clear_when_changed([self.reply, self.typed], self.feedback)
        super().__init__(
            [
                self.counter,
                self.prompt,
                self.reply,
                self.check_button,
                self.typed,
                w.HBox([self.check_typed_button, self.next_button, self.new_round_button]),
                self.feedback,
                self.score,
            ]
        )

    @property
    def drill(self) -> ResponseDrill:
        """The drill on screen."""
        return self.drills[self.position]

    def start_round(self, seed: int) -> None:
        """Build the round for ``seed`` and show its first drill."""
        self.seed = seed
        self.drills = build_round(seed, self.per_case)
        self.first_picks: dict[int, bool] = {}
        self.position = 0
        self._show()

    def _show(self) -> None:
        d = self.drill
        self.counter.value = f"Drill {self.position + 1} of {len(self.drills)}"
        self.prompt.value = drill_html(d)
        self.reply.options = [o.text for o in d.options]
        self.reply.value = None
        self.typed.value = ""
        self.feedback.value = ""
        self.next_button.disabled = True
        self._update_score()

    def _update_score(self) -> None:
        right = sum(self.first_picks.values())
        done = len(self.first_picks)
        if done == len(self.drills):
            self.score.value = (
                f"Round done: {right} of {done} right on the first try. "
                "Press New round for another."
            )
        else:
            self.score.value = f"Score: {right} of {done} so far"

    def check(self, _button=None) -> bool | None:
        """Grade the picked reply; the first answer on a drill counts towards the score."""
        if self.reply.value is None:
            self.feedback.value = note("Pick a reply first.", "problem")
            return None
        return self._record(*check_response(self.drill, self.reply.index))

    def check_typed(self, _button=None) -> bool | None:
        """Judge the typed reply; it counts like a pick when it is the first answer."""
        if not self.typed.value.strip():
            self.feedback.value = note("Type a reply first.", "problem")
            return None
        return self._record(*judge_typed(self.drill, self.typed.value))

    def _record(self, ok: bool, message: str) -> bool:
        self.first_picks.setdefault(self.position, ok)
        label = CASES[self.drill.case][0]
        self.feedback.value = card(
            "strong" if ok else "missed",
            f"<p>{esc(message)}</p>" + note(f"This answer was: {label}.", "info"),
        )
        self.next_button.disabled = self.position + 1 >= len(self.drills)
        self._update_score()
        return ok

    def next(self, _button=None) -> None:
        """Move to the next drill (after the current one was checked)."""
        if self.position + 1 < len(self.drills):
            self.position += 1
            self._show()

    def new_round(self, _button=None) -> None:
        """A new round with the next seed."""
        self.start_round(self.seed + 1)


def responding_drills(seed: int = 0) -> ResponseDrills:
    """The lesson 07 rapid drills (see :class:`ResponseDrills`); ``seed`` fixes the round."""
    return ResponseDrills(seed)
