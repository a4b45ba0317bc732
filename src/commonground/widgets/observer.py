"""Workshop observer sheet: tick the steps as they happen, record the ask, save.

A thin view over :class:`commonground.workshop.observer.ObserverSheet`: every control
writes into the sheet; "Finish and save" writes it atomically as JSON in the sheets
folder, where the room debrief reads it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import ipywidgets as w

from commonground.labels import label
from commonground.widgets._common import STYLE, esc, note
from commonground.widgets._style import CourseBox
from commonground.widgets._text import Combobox, Textarea
from commonground.workshop import observer
from commonground.workshop.observer import ObserverSheet

UNSET = "(not yet)"


def _choice(description: str, options) -> w.Dropdown:
    return w.Dropdown(
        options=[(UNSET, None), *options], value=None, description=description, style=STYLE
    )


def _yes_no(description: str) -> w.Dropdown:
    return _choice(description, [("yes", True), ("no", False)])


class ObserverPanel(CourseBox):
    """The observer's checklist for one role-play.

    Attributes
    ----------
    round, group : ipywidgets.BoundedIntText
    start_button : ipywidgets.Button
        Starts the clock and a new sheet.
    steps : dict of str to ipywidgets.Checkbox
        One per checklist item (method element id -> checkbox).
    times : dict of str to ipywidgets.Label
        Minutes:seconds since the start at which each item was ticked.
    question_button : ipywidgets.Button
        Adds one to the open-question tally.
    ask_type : ipywidgets.Combobox
        The kind of ask (the outcome log's vocabulary, or typed).
    specific, fit, alternative : ipywidgets.Dropdown (yes / no / not yet)
    response, no_reason, final_response : ipywidgets.Dropdown
    notes : ipywidgets.Textarea
    save_button : ipywidgets.Button
        Finishes the sheet and saves it.
    status : ipywidgets.HTML
    sheet : ObserverSheet or None
    """

    def __init__(
        self,
        folder: str | Path | None = None,
        scenario: str | None = None,
        clock: Callable[[], float] = time.time,
    ):
        self.folder = Path(folder) if folder else observer.sheets_folder()
        self.scenario = scenario
        self.clock = clock
        self.sheet: ObserverSheet | None = None
        self._resetting = False
        self.saved_path: Path | None = None
        self.round = w.BoundedIntText(value=1, min=1, max=50, description="Round:", style=STYLE)
        self.group = w.BoundedIntText(value=1, min=1, max=40, description="Group:", style=STYLE)
        self.start_button = w.Button(
            description="Start observing",
            icon="play",
            button_style="primary",
            tooltip="Start the clock for this role-play",
            layout=w.Layout(width="auto"),
        )
        self.steps: dict[str, w.Checkbox] = {}
        self.times: dict[str, w.Label] = {}
        rows = []
        for item_id, title in observer.checklist_items():
            box = w.Checkbox(
                value=False,
                description=title,
                indent=False,
                disabled=True,
                layout=w.Layout(width="auto"),  # the whole step title, not cut short
            )
            box.observe(self._ticked(item_id), names="value")
            self.steps[item_id] = box
            self.times[item_id] = w.Label("")
            rows.append(w.HBox([box, self.times[item_id]]))
        self.question_button = w.Button(
            description="+1 open question",
            tooltip="Count an open-ended question",
            disabled=True,
            layout=w.Layout(width="auto"),
        )
        self.question_count = w.Label("open questions: 0")
        self.ask_type = Combobox(
            options=[label(a, "ask_type") for a in observer.ask_types()],
            placeholder="choose or type",
            description="Kind of ask:",
            ensure_option=False,
            style=STYLE,
        )
        self.specific = _yes_no("Specific (what, when, where)?")
        self.fit = _yes_no("Fits what they said?")
        self.response = _choice("First answer:", [(r, r) for r in observer.RESPONSES])
        self.no_reason = _choice("If no, because of:", [(r, r) for r in observer.NO_REASONS])
        self.alternative = _yes_no("Alternative offered?")
        self.final_response = _choice("Final answer:", [(r, r) for r in observer.RESPONSES])
        self.notes = Textarea(
            description="Notes (no names):", style=STYLE, layout=w.Layout(width="95%")
        )
        self.save_button = w.Button(
            description="Finish and save",
            icon="save",
            tooltip="End the role-play and save the sheet",
            disabled=True,
            layout=w.Layout(width="auto"),
        )
        self.status = w.HTML("")
        self._ask_time: float | None = None
        self.start_button.on_click(self.start)
        self.question_button.on_click(self.count_question)
        self.response.observe(self._answered, names="value")
        self.save_button.on_click(self.save)
        super().__init__(
            [
                w.HBox([self.round, self.group, self.start_button]),
                w.HTML("<b>Meeting steps, then responding and closing</b>"),
                *rows,
                w.HBox([self.question_button, self.question_count]),
                w.HTML("<b>The ask</b>"),
                self.ask_type,
                self.specific,
                self.fit,
                self.response,
                self.no_reason,
                self.alternative,
                self.final_response,
                self.notes,
                self.save_button,
                self.status,
            ]
        )

    def start(self, _button=None) -> ObserverSheet:
        """Begin a new sheet now; clears the ticks of the previous one."""
        self.sheet = ObserverSheet.start(
            now=self.clock(),
            round=self.round.value,
            group=self.group.value,
            scenario=self.scenario,
        )
        self._ask_time = None
        self._resetting = True
        for item_id, box in self.steps.items():
            box.value = False
            box.disabled = False
            self.times[item_id].value = ""
        self._resetting = False
        for control in (self.specific, self.fit, self.response, self.no_reason):
            control.value = None
        self.alternative.value = self.final_response.value = None
        self.ask_type.value = self.notes.value = ""
        self.question_count.value = "open questions: 0"
        self.question_button.disabled = self.save_button.disabled = False
        self.status.value = note("Observing: tick each step as it happens.", "info")
        return self.sheet

    def _ticked(self, item_id: str):
        def handler(change) -> None:
            if self.sheet is None or self._resetting:
                return
            if change["new"]:
                self.sheet.tick(item_id, now=self.clock())
                seconds = int(self.sheet.ticks[item_id])
                self.times[item_id].value = f"at {seconds // 60}:{seconds % 60:02d}"
            else:
                self.sheet.untick(item_id)
                self.times[item_id].value = ""

        return handler

    def count_question(self, _button=None) -> None:
        """One more open-ended question heard."""
        if self.sheet is None:
            return
        count = self.sheet.count_open_question(now=self.clock())
        self.question_count.value = f"open questions: {count}"
        self.steps["open_questions"].value = True

    def _answered(self, change) -> None:
        if change["new"] is not None and self._ask_time is None:
            self._ask_time = self.clock()

    def save(self, _button=None) -> Path | None:
        """Finish the sheet and save it; show what is missing instead when incomplete."""
        if self.sheet is None:
            self.status.value = note("Press 'Start observing' first.", "problem")
            return None
        sheet = self.sheet
        if self.response.value is not None and self.ask_type.value.strip():
            sheet.record_ask(
                ask_type_id(self.ask_type.value),
                specific=self.specific.value,
                fit=self.fit.value,
                response=self.response.value,
                no_reason=self.no_reason.value,
                now=self._ask_time,
            )
        sheet.final_response = self.final_response.value
        sheet.alternative_offered = self.alternative.value
        sheet.notes = self.notes.value
        sheet.finish(now=self.clock())
        problems = sheet.problems()
        if problems:
            sheet.finished = None
            self.status.value = note("Not saved yet: " + "; ".join(problems), "problem")
            return None
        self.saved_path = observer.save_sheet(sheet, self.folder)
        skipped = ", ".join(label(s, "element") for s in sheet.skipped()) or "none"
        self.status.value = (
            note(f"Saved ({sheet.duration_min} min). Steps not seen: {skipped}.", "ok")
            + f"<small>{esc(self.saved_path.name)}</small>"
            + _row_html(sheet.to_log_row())
        )
        self.save_button.disabled = True
        return self.saved_path


def ask_type_id(text: str) -> str:
    """The outcome-log id for what was chosen or typed as the kind of ask.

    A label from the list ("Another 1:1") becomes its id (``next_one_on_one``); an id or
    anything else typed is kept as typed (the log's ask types are an open vocabulary).
    """
    typed = text.strip()
    for ask_id in observer.ask_types():
        if typed.casefold() == label(ask_id, "ask_type").casefold():
            return ask_id
    return typed


def _row_html(row: dict) -> str:
    """The sheet's outcome-log row as a small two-column table (escaped, formula-safe)."""
    import pandas as pd

    from commonground.outcomes import to_safe_html

    table = pd.DataFrame({"column": list(row), "value": [row[k] for k in row]}).astype(str)
    # As the log file holds them: booleans as true/false, nothing for a missing value.
    table["value"] = table["value"].replace(
        {"None": "", "nan": "", "True": "true", "False": "false"}
    )
    return (
        "<details open><summary>This sheet becomes one outcome-log row</summary>"
        f"{to_safe_html(table)}</details>"
    )


def observer_panel(folder: str | Path | None = None, scenario: str | None = None) -> ObserverPanel:
    """An :class:`ObserverPanel` (for notebooks)."""
    return ObserverPanel(folder, scenario)
