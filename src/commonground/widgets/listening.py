"""Lesson 04: the listening drill. A persona talks for a moment; tick every statement that
links to the campaign, then check. All personas are synthetic (from the scenarios)."""

from __future__ import annotations

import ipywidgets as w

from commonground.lessons.drills import Monologue, check_listening, listening_monologues
from commonground.widgets._common import card, clear_when_changed, esc
from commonground.widgets._style import CourseBox


def monologue_html(m: Monologue, number: int) -> str:
    """The heading of one monologue: who is talking, and about which campaign."""
    return (
        f"<h4 class='cg-dialogue__title'>{number}. {esc(m.speaker)} talks "
        f"(the campaign: {esc(m.campaign)})</h4>"
        "<p class='cg-tight'>Tick each statement that links to the campaign:</p>"
    )


class ListeningDrill(CourseBox):
    """One block per monologue: the monologue, a checkbox per statement, a Check button.

    Attributes
    ----------
    monologues : list of Monologue
    boxes : list of list of ipywidgets.Checkbox
        ``boxes[m][s]`` is statement ``s`` of monologue ``m``; its description is the
        numbered (``"Statement 2 links"``) and the statement's text sits beside it.
    check_buttons : list of ipywidgets.Button
    feedback : list of ipywidgets.HTML
    score : ipywidgets.Label
        Links found across the monologues checked so far.
    """

    def __init__(self, monologues: list[Monologue] | None = None):
        self.monologues = listening_monologues() if monologues is None else list(monologues)
        self.boxes: list[list[w.Checkbox]] = []
        self.check_buttons: list[w.Button] = []
        self.feedback: list[w.HTML] = []
        self.results: dict[int, object] = {}
        self.score = w.Label("")
        blocks = []
        for n, m in enumerate(self.monologues):
            boxes = [
                w.Checkbox(
                    value=False,
                    description=f"Statement {k} links",
                    indent=False,
                    layout=w.Layout(width="auto", flex="0 0 auto"),
                )
                for k in range(1, len(m.statements) + 1)
            ]
            rows = [
                w.HBox([box, w.HTML(f"<span>“{esc(s.text)}”</span>")])
                for box, s in zip(boxes, m.statements, strict=True)
            ]
            button = w.Button(
                description=f"Check {m.speaker}'s links",
                icon="check",
                button_style="primary",
                tooltip="Compare your ticks with the links",
                layout=w.Layout(width="auto"),
            )
            fb = w.HTML("")
            clear_when_changed(boxes, fb)  # new ticks: the old verdict goes
            button.on_click(lambda _b, n=n: self.check(n))
            self.boxes.append(boxes)
            self.check_buttons.append(button)
            self.feedback.append(fb)
            blocks.append(w.VBox([w.HTML(monologue_html(m, n + 1)), *rows, button, fb]))
        super().__init__([*blocks, self.score])

    def check(self, index: int):
        """Check monologue ``index``: a note under every statement, and the running score."""
        m = self.monologues[index]
        picked = [i for i, box in enumerate(self.boxes[index]) if box.value]
        result = check_listening(m, picked)
        self.results[index] = result
        items = "".join(
            f"<li><i>{esc(s.text)}</i><br>{esc(line)}</li>"
            for s, line in zip(m.statements, result.notes, strict=True)
        )
        head = (
            f"All {result.total_links} links found, nothing extra. You were listening."
            if result.perfect
            else f"You found {result.found} of {result.total_links} links"
            + (f" and ticked {result.wrong} that do not link" if result.wrong else "")
            + ". Read the notes and try again."
        )
        self.feedback[index].value = card(
            "strong" if result.perfect else "could", f"<p><b>{esc(head)}</b></p><ul>{items}</ul>"
        )
        found = sum(r.found for r in self.results.values())
        total = sum(r.total_links for r in self.results.values())
        self.score.value = (
            f"Links found so far: {found} of {total} in {len(self.results)} of "
            f"{len(self.monologues)} monologues"
        )
        return result


def listening_drill() -> ListeningDrill:
    """The lesson 04 listening drill (see :class:`ListeningDrill`)."""
    return ListeningDrill()
