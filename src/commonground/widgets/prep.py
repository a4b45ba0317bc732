"""Lesson 02: the prep planner form, its checks, and the printable prep card."""

from __future__ import annotations

import html

import ipywidgets as w

from commonground import labels, method
from commonground.planners.prep import PrepPlan, check_plan, render_prep_card, save_prep_card
from commonground.planners.reading import classify_question, suggest_open
from commonground.widgets._common import (
    STYLE,
    clear_when_changed,
    esc,
    findings_html,
    note,
    read_saved,
    save_entry,
)
from commonground.widgets._style import CourseBox
from commonground.widgets._text import Text, Textarea
from commonground.widgets.downloads import download_link

_WIDE = w.Layout(width="95%")
_TALL = w.Layout(width="95%", height="5em")
_KIND_WORDS = labels.QUESTION_KIND_WORDS


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class PrepPlanner(CourseBox):
    """A form for every part of the prep plan; pre-filled from the journal.

    Attributes
    ----------
    fields : dict of str to widget
        One control per :class:`~commonground.planners.prep.PrepPlan` field, keyed by
        field name (``questions`` and ``alternatives`` are one-per-line text areas).
    check_button, save_button : ipywidgets.Button
    findings : ipywidgets.HTML
        What is missing or vague, or that the plan is ready.
    question_kinds : ipywidgets.HTML
        Each question with its kind (open, yes/no, factual).
    card : ipywidgets.HTML
        The prep card preview (an iframe) after saving.
    card_path : pathlib.Path or None
        Where the last card was written.
    """

    def __init__(self, learner: str | None = None, lesson: str = "02"):
        self.learner = learner
        self.lesson = lesson
        self.card_path = None
        purposes = [("Choose...", "")] + [(p.title, p.id) for p in method.load().purposes]
        f = {
            "contact": Text(
                description="Who I am meeting:",
                layout=_WIDE,
                placeholder="e.g. a neighbour from the third floor",
            ),
            "introduction": Textarea(description="How I introduce myself:", layout=_TALL),
            "purpose": w.Dropdown(options=purposes, value="", description="Why we meet:"),
            "date": Text(description="Date:", placeholder="e.g. Saturday 6 December"),
            "time": Text(description="Time:", placeholder="e.g. 10am"),
            "place": Text(
                description="Place:",
                layout=_WIDE,
                placeholder="e.g. the cafe on Elm Street, or a video call",
            ),
            "length_min": w.BoundedIntText(
                value=30, min=1, max=240, description="Length (minutes):"
            ),
            "hope_to_get": Textarea(description="What I hope to get out of it:", layout=_TALL),
            "what_you_know": Textarea(description="What I already know about them:", layout=_TALL),
            "hope_to_find_out": Textarea(description="What I hope to find out:", layout=_TALL),
            "questions": Textarea(
                description="My questions (one per line):",
                layout=w.Layout(width="95%", height="7em"),
            ),
            "ask": Textarea(description="My ask (activity, day and time, place):", layout=_TALL),
            "alternatives": Textarea(description="Alternatives (one per line):", layout=_TALL),
        }
        for control in f.values():
            control.style = STYLE
        self.fields = f
        self.check_button = w.Button(
            layout=w.Layout(width="auto"),
            description="Check my plan",
            icon="check",
            button_style="primary",
            tooltip="See what is missing",
        )
        self.save_button = w.Button(
            layout=w.Layout(width="auto"),
            description="Save plan and make prep card",
            icon="save",
            tooltip="Save to your journal and write a printable card",
        )
        self.findings = w.HTML("")
        self.question_kinds = w.HTML("")
        self.status = w.HTML("")
        self.card = w.HTML("")
        self.check_button.on_click(self.check)
        self.save_button.on_click(self.save)
        saved, self.status.value = read_saved(learner, "prep_plan")
        self.load(saved)
        clear_when_changed(self.fields.values(), self.findings, self.question_kinds)
        setup = w.VBox(
            [
                w.HTML("<h4>Setting it up</h4>"),
                *[
                    f[k]
                    for k in (
                        "contact",
                        "introduction",
                        "purpose",
                        "date",
                        "time",
                        "place",
                        "length_min",
                    )
                ],
            ]
        )
        prep = w.VBox(
            [
                w.HTML("<h4>Preparing</h4>"),
                *[
                    f[k]
                    for k in (
                        "hope_to_get",
                        "what_you_know",
                        "hope_to_find_out",
                        "questions",
                        "ask",
                        "alternatives",
                    )
                ],
            ]
        )
        buttons = w.HBox([self.check_button, self.save_button])
        super().__init__(
            [setup, prep, buttons, self.findings, self.question_kinds, self.status, self.card]
        )

    def load(self, data: dict | None) -> None:
        """Fill the form from a saved plan (``None`` leaves it as it is)."""
        if not data:
            return
        plan = PrepPlan.from_dict(data)
        for name, control in self.fields.items():
            value = getattr(plan, name)
            if isinstance(value, list):
                value = "\n".join(value)
            if name == "length_min":
                value = value if value is not None else 30
            if name == "purpose" and value not in {v for _, v in control.options}:
                value = ""
            control.value = value

    def plan(self) -> PrepPlan:
        """The plan as currently typed in."""
        values = {name: c.value for name, c in self.fields.items()}
        values["questions"] = _lines(values["questions"])
        values["alternatives"] = _lines(values["alternatives"])
        return PrepPlan(**values)

    def check(self, _button=None) -> list:
        """Show what is missing or vague, and each question's kind."""
        plan = self.plan()
        found = check_plan(plan)
        self.findings.value = findings_html(found, "Your plan covers everything. Ready to go.")
        rows = []
        for q in plan.questions:
            kind = classify_question(q)
            label = _KIND_WORDS.get(kind, kind.replace("_", " "))
            better = suggest_open(q, kind)
            tip = f"<br>Try instead: <q>{esc(better)}</q>" if better else ""
            rows.append(f"<li>{esc(q)} <i>({esc(label)})</i>{tip}</li>")
        self.question_kinds.value = (
            f"<p>Your questions:</p><ul>{''.join(rows)}</ul>" if rows else ""
        )
        return found

    def save(self, _button=None) -> None:
        """Check, save to the journal, write the prep card and preview it.

        The plan is saved to the journal first: a card that cannot be written (a full or
        read-only disk) must not lose what the learner typed.
        """
        found = self.check()
        plan = self.plan()
        todo = f" It still lists {len(found)} thing(s) to do." if found else ""
        try:
            self.card_path = save_prep_card(plan)
        except OSError as exc:
            _, saved = save_entry(
                self.learner, "prep_plan", plan.to_dict(), self.lesson,
                f"Saved to your journal.{todo}",
            )  # fmt: skip
            self.status.value = saved + note(f"Prep card not written: {exc}", "problem")
            return
        _, self.status.value = save_entry(
            self.learner,
            "prep_plan",
            {**plan.to_dict(), "card": self.card_path.name},
            self.lesson,
            f"Saved to your journal.{todo}",
        )
        self.status.value += download_link(self.card_path, "Download the prep card to print")
        doc = html.escape(render_prep_card(plan, found), quote=True)
        self.card.value = (
            f'<iframe class="cg-preview-frame" title="Prep card preview" srcdoc="{doc}"></iframe>'
        )


def prep_planner(learner: str | None = None) -> PrepPlanner:
    """The lesson 02 prep planner (see :class:`PrepPlanner`)."""
    return PrepPlanner(learner)
