"""Lesson 06: the ask builder. Pick a persona, read what you learned about them, type an
ask; see how specific it is, whether it fits, and a sharper ask from the scenario."""

from __future__ import annotations

import ipywidgets as w

from commonground.lessons.drills import first_name
from commonground.planners.asks import learned, score_ask
from commonground.roleplay import list_scenarios, load_scenario
from commonground.widgets._common import (
    STYLE,
    card,
    clear_when_changed,
    esc,
    note,
    save_entry,
)
from commonground.widgets._style import CourseBox
from commonground.widgets._text import Textarea

#: The journal kind a saved ask goes under.
KIND = "ask_draft"


def learned_html(scenario) -> str:
    """What the learner knows about the persona, constraints marked, as HTML."""
    name = first_name(scenario.persona.name)
    items = "".join(
        f"<li>{'<b>Watch out:</b> ' if constraint else ''}{esc(text)}</li>"
        for _, text, constraint in learned(scenario)
    )
    return (
        f"<p><b>{esc(name)}</b>: {esc(scenario.persona.description)} "
        f"<i>(synthetic)</i></p><p>The campaign: {esc(scenario.campaign.what)}</p>"
        f"<p><b>What you learned in your 1:1:</b></p><ul>{items}</ul>"
    )


READY_TEXT = "Clear, specific and it fits them: that is the method's ask."


def score_html(score) -> str:
    """The verdict on an ask as HTML: a headline, the reasons, and a sharper ask."""
    if score.ready:
        head = f"<p>{esc(READY_TEXT)}</p>"
    else:
        head = (
            f"<p>Specific: {score.specificity} of {len(score.needed)} · fits them: "
            f"{'yes' if score.fits else 'no'}</p>"
        )
    items = "".join(f"<li>{esc(m)}</li>" for m in score.messages)
    out = head + f"<ul>{items}</ul>"
    if score.sharper:
        out += f"<p><b>A sharper ask:</b> {esc(score.sharper)}</p>"
    return card("strong" if score.ready else "could", out)


class AskBuilder(CourseBox):
    """A persona picker, what you learned, an ask box, Check and Save buttons.

    Attributes
    ----------
    persona : ipywidgets.Dropdown
        Options are ``(label, scenario name)`` pairs.
    profile : ipywidgets.HTML
        What you learned about the chosen persona.
    ask : ipywidgets.Textarea
    check_button, save_button : ipywidgets.Button
    feedback, status : ipywidgets.HTML
    score : AskScore or None
        The last verdict.
    """

    def __init__(self, learner: str | None = None, lesson: str = "06"):
        self.learner = learner
        self.lesson = lesson
        self.score = None
        self.scenarios = {}
        options = []
        for info in list_scenarios():
            if info.error:
                continue
            scenario = load_scenario(info.path)
            self.scenarios[info.name] = scenario
            options.append((info.title, info.name))
        self.persona = w.Dropdown(options=options, description="Who are you asking?", style=STYLE)
        self.profile = w.HTML("")
        self.ask = Textarea(
            description="Your ask:",
            placeholder="Would you ... on (day) at (time), at (place)?",
            style=STYLE,
            layout=w.Layout(width="95%", height="4em"),
        )
        self.check_button = w.Button(
            description="Check my ask",
            icon="check",
            button_style="primary",
            tooltip="Score how specific it is and whether it fits",
            layout=w.Layout(width="auto"),
        )
        self.save_button = w.Button(
            description="Save my ask",
            icon="save",
            tooltip="Save this ask and its score to your journal",
            layout=w.Layout(width="auto"),
        )
        self.feedback = w.HTML("")
        self.status = w.HTML("")
        self.persona.observe(self._show_persona, names="value")
        self.check_button.on_click(self.check)
        self.save_button.on_click(self.save)
        self._show_persona()
        clear_when_changed([self.ask], self.feedback)
        super().__init__(
            [
                self.persona,
                self.profile,
                self.ask,
                w.HBox([self.check_button, self.save_button]),
                self.feedback,
                self.status,
            ]
        )

    @property
    def scenario(self):
        """The chosen persona's scenario."""
        return self.scenarios[self.persona.value]

    def _show_persona(self, _change=None) -> None:
        self.profile.value = learned_html(self.scenario) if self.persona.value else ""
        self.feedback.value = ""
        self.score = None

    def check(self, _button=None):
        """Score the typed ask against the chosen persona; return the score."""
        if not self.ask.value.strip():
            self.feedback.value = note("Type an ask first.", "problem")
            self.score = None
            return None
        self.score = score_ask(self.scenario, self.ask.value)
        self.feedback.value = score_html(self.score)
        return self.score

    def save(self, _button=None) -> None:
        """Check the ask and save it, with its score, to the journal."""
        score = self.check()
        if score is None:
            return
        data = {
            "persona": self.persona.value,
            "ask": score.text,
            "names": list(score.parts),
            "fits": list(score.fit_matches),
            "conflicts": list(score.conflicts),
            "ready": score.ready,
        }
        _, self.status.value = save_entry(
            self.learner, KIND, data, self.lesson, "Saved to your journal."
        )


def ask_practice(learner: str | None = None) -> AskBuilder:
    """The lesson 06 ask builder (see :class:`AskBuilder`)."""
    return AskBuilder(learner)
