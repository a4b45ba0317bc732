"""The question widget: answer with no code, then Check, Hint or Show solution.

The one widget for every question, exercise or self-check (a self-check,
:mod:`commonground.widgets.self_check`, is a few of these with one Check button).
A thin view over :mod:`commonground.questions.model`: the controls collect an answer
in the shape the question expects, and the buttons call the question's pure methods
(``evaluate``, ``hint_note``, ``solution_note``). Every control has a visible label and
is reachable with the keyboard (Tab to move, Space or Enter to press a button).

Text boxes send their value when they lose focus (``continuous_update=False``): one
update before the Check press, instead of a stream of keystrokes that a quick click
could overtake on a busy kernel.
"""

from __future__ import annotations

import weakref

import ipywidgets as w

from commonground.widgets._common import STYLE, dialogue_html, esc
from commonground.widgets._style import CourseBox
from commonground.widgets._text import Text, Textarea

_WIDE = w.Layout(width="95%")
_CHOOSE = "(choose)"


class ExerciseWidget(CourseBox):
    """One question as a form.

    Parameters
    ----------
    question
        The question to show.
    label
        The answer control's label (``"Your choice:"``, ``"Your answer:"`` by default).
    buttons
        False to leave out Check and Show solution (a self-check checks all its
        questions with one button); Hint stays when the question has hints.
    number
        Shown before the setting of a question set in a meeting (one with a dialogue).

    Attributes
    ----------
    question
        The :class:`~commonground.questions.model.Question` shown.
    prompt : ipywidgets.HTML
        The question's heading and prompt (and a note when it relies on our advice).
    inputs : list of ipywidgets widgets
        The answer controls, in order (one for text, lines, choice and value questions;
        one per item or field for labels and form questions).
    check_button, hint_button, solution_button : ipywidgets.Button
    feedback : ipywidgets.HTML
        Where the result, hint or solution appears.
    """

    def __init__(
        self,
        question,
        label: str | None = None,
        buttons: bool = True,
        number: int | None = None,
    ):
        self.question = question
        self.label = label
        kind = question.input_kind
        self.inputs = self._make_inputs(kind)
        # A self-check item has no title of its own: its prompt is the heading.
        heading = question.title if question.title != question.prompt else ""
        body = esc(question.prompt) if heading else f"<b>{esc(question.prompt)}</b>"
        ours = (
            "<div><i>This question relies on the course's own advice, beyond the source "
            "guide.</i></div>"
            if question.ours
            else ""
        )
        dialogue = getattr(question, "dialogue", ())
        scene = dialogue_html(question.setting, dialogue, number) if dialogue else ""
        self.prompt = prompt = w.HTML(
            scene
            + (f"<b>{esc(heading)}</b>" if heading else "")
            + f'<div class="cg-pre-wrap">{body}</div>'
            + ours
        )
        self.check_button = w.Button(
            description="Check",
            button_style="primary",
            icon="check",
            tooltip="Check your answer",
        )
        self.hint_button = w.Button(
            description="Hint", icon="lightbulb-o", tooltip="Show the next hint"
        )
        self.solution_button = w.Button(
            description="Show solution", icon="eye", tooltip="Show a model answer"
        )
        self.feedback = w.HTML("")
        self._verdict_shown = False
        for control in self.inputs:  # a new answer: the verdict on the old one goes
            control.observe(self._clear_verdict, names="value")
        self.check_button.on_click(self._check)
        self.hint_button.on_click(self._hint)
        self.solution_button.on_click(self._solution)
        row = [self.check_button, self.hint_button, self.solution_button] if buttons else []
        if not buttons and question.hints:
            row = [self.hint_button]
        children = [prompt, *self._labelled_inputs(kind)]
        children += [w.HBox(row)] if row else []
        super().__init__([*children, self.feedback])

    # ---- building ---------------------------------------------------------------------
    def _make_inputs(self, kind: str) -> list:
        q = self.question
        if kind == "choice":
            return [
                w.RadioButtons(
                    options=q.option_labels(),
                    value=None,
                    description=self.label or "Your choice:",
                    style=STYLE,
                    layout=_WIDE,
                )
            ]
        if kind == "labels":
            return [
                w.Dropdown(
                    options=[_CHOOSE, *q.labels],
                    value=_CHOOSE,
                    description=f"Line {n}:",
                    style=STYLE,
                )
                for n in range(1, len(q.items) + 1)
            ]
        if kind == "form":
            return [
                (Textarea if f.is_list else Text)(
                    description=f.label + ":",
                    style=STYLE,
                    layout=_WIDE,
                    placeholder="one per line" if f.is_list else "",
                )
                for f in q.fields
            ]
        if kind == "lines":
            return [
                Textarea(
                    description="Your answer:",
                    placeholder="one per line",
                    style=STYLE,
                    layout=w.Layout(width="95%", height="7em"),
                )
            ]
        return [
            Textarea(
                description=self.label or "Your answer:",
                style=STYLE,
                layout=_WIDE,
                continuous_update=False,
            )
        ]

    def _labelled_inputs(self, kind: str) -> list:
        if kind != "labels":
            return list(self.inputs)
        rows = []
        for item, dropdown in zip(self.question.items, self.inputs, strict=True):
            rows.append(w.VBox([w.HTML(f"<i>{esc(item)}</i>"), dropdown]))
        return rows

    # ---- reading the controls -----------------------------------------------------------
    def answer(self):
        """The answer the controls hold, in the shape the question checks."""
        q = self.question
        kind = q.input_kind
        if kind == "choice":
            return self.inputs[0].value or ""
        if kind == "labels":
            values = [d.value for d in self.inputs]
            return ["" if v == _CHOOSE else v for v in values]
        if kind == "form":
            return {
                f.name: (box.value.splitlines() if f.is_list else box.value)
                for f, box in zip(q.fields, self.inputs, strict=True)
            }
        if kind == "lines":
            return self.inputs[0].value.splitlines()
        text = self.inputs[0].value
        if kind == "value":
            try:
                return float(text)
            except ValueError:
                return text
        return text

    def choose(self, option: str) -> ExerciseWidget:
        """Pick a choice question's option by its text (for tests and demos)."""
        labels = self.inputs[0].options
        self.inputs[0].value = next(label for label in labels if label.split(") ", 1)[1] == option)
        return self

    # ---- buttons ----------------------------------------------------------------------
    def check(self):
        """Check the answer the controls hold, show the result, and return it."""
        self._check()
        return self.question.last_result

    def _check(self, _button=None) -> None:
        result = self.question.evaluate(self.answer())
        self.question.last_result = result
        self.feedback.value = result.html()
        self._verdict_shown = True
        for view in list(_LIVE):
            if self.question in view.questions:
                view.refresh()

    def _clear_verdict(self, _change=None) -> None:
        # Hints and the solution stay while the learner types; only a verdict goes stale.
        if self._verdict_shown:
            self.feedback.value = ""
            self._verdict_shown = False

    def _hint(self, _button=None) -> None:
        self.feedback.value = self.question.hint_note().html()
        self._verdict_shown = False

    def _solution(self, _button=None) -> None:
        self.feedback.value = self.question.solution_note().html()
        self._verdict_shown = False


class ExerciseSummary(CourseBox):
    """Where a notebook stands, updated each time a question's Check is pressed.

    Attributes
    ----------
    questions : tuple
        The questions summarised.
    table : ipywidgets.HTML
        The summary table (see :func:`commonground.exercises.summary`).
    refresh_button : ipywidgets.Button
        Redraws the table (checks run from code cells do not update it by themselves).
    """

    def __init__(self, questions):
        from commonground.exercises.catalog import questions_of

        self.questions = questions_of(questions) if isinstance(questions, str) else tuple(questions)
        self.table = w.HTML("")
        self.refresh_button = w.Button(
            description="Refresh", icon="refresh", tooltip="Show the latest result of each question"
        )
        self.refresh_button.on_click(lambda _b: self.refresh())
        _LIVE.add(self)
        self.refresh()
        super().__init__([self.table, self.refresh_button])

    def refresh(self) -> None:
        """Redraw the table from each question's last result."""
        from commonground.exercises.catalog import summary

        self.table.value = f'<div role="status">{summary(self.questions).html()}</div>'


#: Summaries on screen; a Check in any exercise widget refreshes them.
_LIVE: weakref.WeakSet = weakref.WeakSet()


def summary_view(questions) -> ExerciseSummary:
    """A live summary of ``questions`` (a module name such as ``"lesson06"``, or a list)."""
    return ExerciseSummary(questions)
