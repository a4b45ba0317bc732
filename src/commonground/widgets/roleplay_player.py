"""Lesson 09: the role-play player, a whole 1:1 against a persona, then the debrief.

A thin view over :mod:`commonground.roleplay` (the engine) and
:mod:`commonground.roleplay_history` (save, resume, finished plays); the HTML comes from
:mod:`commonground.widgets.roleplay_panels`. Every control is a button, a text box, a
drop-down or toggle buttons, each with a description, so the whole player works from the
keyboard and can be driven headless with ``.value`` and ``.click()``.
"""

from __future__ import annotations

import ipywidgets as w

from commonground import roleplay, roleplay_history
from commonground.errors import CommonGroundError
from commonground.journal_text import when_text
from commonground.labels import scenario_label
from commonground.widgets import roleplay_panels as panels
from commonground.widgets._common import STYLE, note
from commonground.widgets._style import CourseBox
from commonground.widgets._text import Textarea

MODES = [("after each turn", "each_turn"), ("at the end", "at_end")]
#: The longest typed turn that is read (about four times the longest authored line): a
#: pasted page is not one turn, and reading megabytes would hold the kernel for minutes.
MAX_TYPED_CHARS = 1500


def scenario_options() -> list[tuple[str, str]]:
    """Drop-down options ``(label, name)``: each scenario with its persona in one line."""
    options = []
    for info in roleplay.list_scenarios():
        if info.error:
            options.append((f"{info.name} (cannot be played: see the message on Start)", info.name))
        else:
            options.append((f"{info.title}: {info.description}", info.name))
    return options


class RoleplayPlayer(CourseBox):
    """Play a scenario turn by turn (see :func:`roleplay_player`).

    Attributes
    ----------
    picker : ipywidgets.Dropdown
        The scenario to play.
    start_button, resume_button : ipywidgets.Button
        Start a new play; restore the last unfinished play.
    mode : ipywidgets.ToggleButtons
        Feedback after each turn (``"each_turn"``) or held to the end (``"at_end"``).
    chat : ipywidgets.HTML
        The conversation as a chat (:func:`roleplay_panels.chat_html`): their lines as
        bubbles on the left, yours on the right, each headed with who said it, newest in
        view. ``line`` and ``transcript`` are the same widget (what the persona says now
        is its last bubble).
    choice_buttons : list of ipywidgets.Button
        One per choice at this point, its full text as description and tooltip.
    free_text : ipywidgets.Textarea
        "Your own words"; ``say_button`` says it.
    reading : ipywidgets.HTML
        How a typed line was read and the branch it took.
    feedback : ipywidgets.HTML
        Feedback on the last turn as a card ("Strong", "Could be stronger", "Did not
        land"), or a note that it is held to the end.
    minutes : ipywidgets.IntProgress
        "Minutes used" against the planned length; ``minutes_label`` says both.
    trust : ipywidgets.HTML
        How the persona feels about you, in words.
    learned : ipywidgets.HTML
        "What you have learned about <name>".
    debrief_box : ipywidgets.VBox
        Shown at the end: ``debrief`` (HTML), ``reflection`` (Textarea) and
        ``save_reflection_button``.
    state : PlayState or None
        The current play state; ``scenario`` the loaded scenario.
    turns : list of dict
        One record per turn: what was said and the feedback on it.
    status : ipywidgets.HTML
        Messages (saved, resumed, problems); never a traceback.
    """

    def __init__(self, scenario_name: str | None = None, learner: str | None = None):
        self.learner = learner
        self.scenario = None
        self.state = None
        self.turns: list[dict] = []
        self.last_entry: dict | None = None
        self.reflection_text = ""
        self._listeners: list = []
        options = scenario_options()
        names = [name for _label, name in options]
        if scenario_name is not None and scenario_name not in names:
            raise CommonGroundError(
                f"no scenario named {scenario_name!r}; known: {', '.join(names) or 'none'}"
            )
        self.picker = w.Dropdown(
            options=options,
            value=scenario_name if scenario_name is not None else (names[0] if names else None),
            description="Scenario",
            style=STYLE,
            layout=w.Layout(width="auto", max_width="95%"),
        )
        self.start_button = w.Button(
            description="Start",
            button_style="primary",
            icon="play",
            tooltip="Start a new play of the chosen scenario",
            disabled=not names,
        )
        self.resume_button = w.Button(
            description="Resume my last play",
            icon="history",
            tooltip="Carry on with the play you left unfinished",
            layout=w.Layout(width="auto"),
        )
        self.mode = w.ToggleButtons(
            options=MODES,
            value="each_turn",
            description="Feedback:",
            tooltips=["Feedback after every line you say", "All feedback in the debrief"],
            style=STYLE,
        )
        self.status = w.HTML("")
        self.intro = w.HTML("")
        self.chat = w.HTML("")
        self.line = self.transcript = self.chat
        self.choices_box = w.VBox([])
        self.choice_buttons: list[w.Button] = []
        self.free_text = Textarea(
            description="Your own words",
            placeholder="Type what you would say here, then press Say it",
            style=STYLE,
            layout=w.Layout(flex="1 1 auto", height="4em"),
        )
        self.say_button = w.Button(
            description="Say it", icon="comment", tooltip="Say the line you typed"
        )
        self.reading = w.HTML("")
        self.feedback = w.HTML("")
        self.minutes = w.IntProgress(value=0, min=0, max=1, description="Minutes used", style=STYLE)
        self.minutes_label = w.Label("")
        self.trust = w.HTML("")
        self.learned = w.HTML("")
        self.debrief = w.HTML("")
        self.reflection_prompt = w.HTML("")
        self.reflection = Textarea(
            description="Your reflection",
            placeholder="A few sentences for your journal",
            style=STYLE,
            layout=w.Layout(width="95%", height="5em"),
        )
        self.save_reflection_button = w.Button(
            description="Save reflection", icon="save", tooltip="Save it to your journal"
        )
        self.reflection_status = w.HTML("")
        self.debrief_box = w.VBox(
            [
                self.debrief,
                self.reflection_prompt,
                self.reflection,
                self.save_reflection_button,
                self.reflection_status,
            ],
            layout=w.Layout(display="none"),
        )
        self.input_box = w.VBox(
            [
                w.HTML("<b>What do you say?</b> Pick a line, or type your own."),
                self.choices_box,
                w.HBox(
                    [self.free_text, self.say_button],
                    layout=w.Layout(width="95%", align_items="flex-start"),
                ),
            ]
        )
        self.play_box = w.VBox(
            [
                self.chat,
                self.feedback,
                self.reading,
                self.input_box,
                w.HBox([self.minutes, self.minutes_label]),
                self.trust,
                self.learned,
            ],
            layout=w.Layout(display="none"),
        )
        self.start_button.on_click(lambda _b: self.start())
        self.resume_button.on_click(lambda _b: self.resume())
        self.say_button.on_click(lambda _b: self.say(self.free_text.value))
        self.free_text.observe(self._get_ready_to_hear, names="value")
        self.save_reflection_button.on_click(lambda _b: self.save_reflection())
        self.mode.observe(lambda _change: self._render_feedback(), names="value")
        self._offer_resume()
        super().__init__(
            [
                self.picker,
                w.HBox([self.start_button, self.resume_button]),
                self.mode,
                self.status,
                self.intro,
                self.play_box,
                self.debrief_box,
            ]
        )

    # ---- actions -------------------------------------------------------------------
    def on_finish(self, callback) -> None:
        """Call ``callback(player)`` each time a play is finished and recorded."""
        self._listeners.append(callback)

    def start(self, scenario_name: str | None = None) -> None:
        """Start a new play of ``scenario_name`` (the picker's choice by default)."""
        name = scenario_name or self.picker.value
        if scenario_name is not None:
            self.picker.value = scenario_name
        try:
            scenario = roleplay.load_scenario(name)
        except CommonGroundError as exc:
            self.status.value = note(str(exc), "problem")
            return
        self._begin(scenario, roleplay.start(scenario), [])
        self.status.value = note("A new play has started. Your progress is saved each turn.")

    def resume(self) -> None:
        """Restore the last unfinished play saved for this learner."""
        try:
            saved = roleplay_history.load_current(learner=self.learner)
            if saved is None:
                self.status.value = note("There is no unfinished play to resume.", "problem")
                return
            scenario = roleplay.load_scenario(saved.state.scenario)
            roleplay.choices(scenario, saved.state)  # checks the play fits the scenario
        except CommonGroundError as exc:
            self.status.value = note(f"Could not resume: {exc}", "problem")
            return
        if saved.state.scenario in [name for _label, name in self.picker.options]:
            self.picker.value = saved.state.scenario
        self.mode.value = saved.feedback_mode
        self._begin(scenario, saved.state, saved.turns)
        when = when_text(saved.saved_at)
        self.status.value = note(f"Resumed your play of “{scenario.title}”, saved {when}.", "ok")

    def choose(self, choice_id: str) -> None:
        """Say one of the listed lines (what a choice button does)."""
        if not self._playing():
            return
        offered = roleplay.choices(self.scenario, self.state)
        said = next((c.text for c in offered if c.id == choice_id), None)
        if said is None:  # a button from an earlier turn, pressed twice or late
            self.status.value = note(
                "That line is not offered at this point of the conversation: choose one of "
                "the lines shown now.",
                "problem",
            )
            return
        self._turn(lambda: roleplay.choose(self.scenario, self.state, choice_id), said)

    def say(self, text: str) -> None:
        """Say a typed line: it is read, then routed like a listed line, or not at all."""
        if not self._playing():
            return
        if not text or not text.strip():
            self.status.value = note("Type something to say first.", "problem")
            return
        if len(text.strip()) > MAX_TYPED_CHARS:
            self.status.value = note(
                f"That is more than one turn of a conversation ({len(text.strip()):,} "
                f"characters): say one thing at a time, in at most {MAX_TYPED_CHARS:,}.",
                "problem",
            )
            return
        if self._turn(lambda: roleplay.free_text(self.scenario, self.state, text), text.strip()):
            self.free_text.value = ""

    def save_reflection(self) -> None:
        """Save the reflection text to the journal."""
        if self.scenario is None:
            return
        try:
            roleplay_history.save_reflection(
                self.scenario.id, self.reflection_text, self.reflection.value, learner=self.learner
            )
        except CommonGroundError as exc:
            self.reflection_status.value = note(str(exc), "problem")
            return
        self.reflection_status.value = note("Saved to your journal.", "ok")

    # ---- internals -----------------------------------------------------------------
    def _get_ready_to_hear(self, change) -> None:
        """On the first keystroke, build the scenario's similarity index (a fraction of a
        second once: it loads numpy and scipy.sparse), so the line is heard at once."""
        if self.scenario is not None and change["new"] and not change["old"]:
            from commonground.roleplay.similarity import index_for

            index_for(self.scenario)

    def _playing(self) -> bool:
        if self.state is None or self.scenario is None:
            self.status.value = note("Choose a scenario and press Start first.", "problem")
            return False
        return True

    def _offer_resume(self) -> None:
        try:
            saved = roleplay_history.load_current(learner=self.learner)
        except CommonGroundError as exc:
            self.status.value = note(str(exc), "problem")
            saved = None
        if saved is not None:
            self.status.value = note(
                f"You have an unfinished play ({scenario_label(saved.state.scenario)}); press "
                "“Resume my last play” to carry on, or Start for a new one."
            )

    def _begin(self, scenario, state, turns: list[dict]) -> None:
        self.scenario, self.state, self.turns = scenario, state, list(turns)
        self.last_entry = None
        self.intro.value = panels.scenario_intro_html(scenario)
        self.reading.value = ""
        self.reflection.value = ""
        self.reflection_status.value = ""
        self.debrief_box.layout.display = "none"
        self.play_box.layout.display = ""
        self._render()
        if self.state.finished:
            self._finish()

    def _turn(self, play, said: str) -> bool:
        try:
            turn = play()
        except CommonGroundError as exc:
            self.status.value = note(str(exc), "problem")
            return False
        self.state = turn.state
        self.turns.append(panels.turn_record(turn, said))
        # The reader's tip is feedback too: in at-the-end mode it is held with the rest.
        self.reading.value = panels.reading_html(
            turn, self.scenario, with_tip=self.mode.value == "each_turn"
        )
        self._render()
        if self.state.finished:
            self._finish()
            return True
        try:
            roleplay_history.save_current(
                self.state, learner=self.learner, turns=self.turns, feedback_mode=self.mode.value
            )
            self.status.value = ""
        except (CommonGroundError, OSError) as exc:
            self.status.value = note(f"Could not save your play: {exc}", "problem")
        return True

    def _render(self) -> None:
        scenario, state = self.scenario, self.state
        self.chat.value = panels.chat_html(scenario, state)
        buttons = []
        for choice in roleplay.choices(scenario, state):
            button = w.Button(
                description=choice.text,
                tooltip=f"Say: {choice.text}",
                layout=w.Layout(width="auto", height="auto", max_width="95%"),
            )
            button.add_class("cg-choice")
            button.on_click(lambda _b, cid=choice.id: self.choose(cid))
            buttons.append(button)
        self.choice_buttons = buttons
        self.choices_box.children = tuple(buttons)
        self.free_text.disabled = self.say_button.disabled = state.finished
        self.input_box.layout.display = "none" if state.finished else ""
        planned = scenario.meeting.planned_minutes
        self.minutes.max = max(planned, round(state.minutes), 1)
        self.minutes.value = round(state.minutes)
        self.minutes.bar_style = "warning" if state.minutes > planned else ""
        self.minutes_label.value = panels.minutes_text(state.minutes, planned)
        self.trust.value = panels.trust_html(scenario, state)
        self.learned.value = panels.learned_html(scenario, state)
        self._render_feedback()

    def _render_feedback(self) -> None:
        if self.state is None:
            return
        if self.mode.value == "at_end" and not self.state.finished:
            held = len(self.turns)
            self.feedback.value = note(
                f"Feedback is held until the debrief ({held} line(s) so far). "
                "Switch to “after each turn” to see it as you go."
            )
        elif self.turns and not self.state.finished:
            self.feedback.value = "<h4>Feedback on your last line</h4>" + panels.feedback_html(
                self.turns[-1]
            )
        else:
            self.feedback.value = ""

    def _finish(self) -> None:
        scenario, state = self.scenario, self.state
        report = roleplay.debrief(scenario, state)
        self.debrief.value = panels.debrief_html(report.as_dict(), self.turns)
        self.reflection_text = report.reflection
        self.reflection_prompt.value = f"<p><b>Reflect:</b> {panels.esc(report.reflection)}</p>"
        self.debrief_box.layout.display = ""
        try:
            self.last_entry = roleplay_history.record_play(scenario, state, learner=self.learner)
            roleplay_history.clear_current(learner=self.learner)
            self.status.value = note(
                "The play is over and saved to your journal. Read the debrief below, then "
                "press Start to play again.",
                "ok",
            )
        except (CommonGroundError, OSError) as exc:
            self.status.value = note(f"Could not record the play: {exc}", "problem")
            return
        for callback in self._listeners:
            callback(self)


def roleplay_player(scenario_name: str | None = None, learner: str | None = None) -> RoleplayPlayer:
    """The lesson 09 role-play player.

    Parameters
    ----------
    scenario_name
        Scenario to pre-select (file stem, e.g. ``"retired_teacher"``); the first by default.
    learner
        A participant's name, to keep each person's plays and journal apart.

    Returns
    -------
    RoleplayPlayer
        Display it as the last line of a cell.
    """
    return RoleplayPlayer(scenario_name, learner)
