"""Lesson 05: pick the reply that names the common ground in each short exchange.
Feedback appears as soon as a reply is picked; the learner can change it."""

from __future__ import annotations

import ipywidgets as w

from commonground.lessons.drills import EXCHANGES, Exchange, check_exchange
from commonground.widgets._common import dialogue_html, right_or_not
from commonground.widgets._style import CourseBox
from commonground.widgets._wrap import wrapping_radio


def exchange_html(ex: Exchange, number: int) -> str:
    """One exchange as a small HTML dialogue."""
    return dialogue_html(ex.setting, ex.lines, number)


class CommonGroundPicker(CourseBox):
    """Every exchange with a choice of replies and its own feedback.

    Attributes
    ----------
    choices : list of ipywidgets.RadioButtons
        One per exchange; ``.index`` is the chosen reply (``None`` before a pick).
    feedback : list of ipywidgets.HTML
    score : ipywidgets.Label
        E.g. ``"3 of 6 right so far"``.
    """

    def __init__(self, exchanges: tuple[Exchange, ...] = EXCHANGES):
        self.exchanges = exchanges
        self.choices: list[w.RadioButtons] = []
        self.feedback: list[w.HTML] = []
        self.score = w.Label("")
        blocks = []
        for n, ex in enumerate(exchanges, 1):
            radio = wrapping_radio(ex.options, f"Reply {n}:")
            fb = w.HTML("")
            radio.observe(self._update, names="value")
            self.choices.append(radio)
            self.feedback.append(fb)
            blocks.append(w.VBox([w.HTML(exchange_html(ex, n)), radio, fb]))
        self._update()
        super().__init__([*blocks, self.score])

    def _update(self, _change=None) -> None:
        right = 0
        for ex, radio, fb in zip(self.exchanges, self.choices, self.feedback, strict=True):
            if radio.value is None:
                fb.value = ""
                continue
            ok, message = check_exchange(ex, radio.index)
            right += ok
            fb.value = right_or_not(ok, message)
        self.score.value = f"{right} of {len(self.exchanges)} right so far"


def common_ground_picker() -> CommonGroundPicker:
    """The lesson 05 common-ground picker (see :class:`CommonGroundPicker`)."""
    return CommonGroundPicker()
