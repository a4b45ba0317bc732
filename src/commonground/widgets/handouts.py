"""Workshop handouts: pick a scenario and paper, press a button, get the cards to print.

Nothing is written until the button is pressed (lesson 10 runs without leaving files).
"""

from __future__ import annotations

from pathlib import Path

import ipywidgets as w

from commonground.errors import CommonGroundError
from commonground.widgets._common import STYLE, note
from commonground.widgets._style import CourseBox
from commonground.widgets.downloads import download_links


class CardPrinter(CourseBox):
    """Scenario and paper in, one HTML file and one PDF of the round's cards out.

    Attributes
    ----------
    scenario : ipywidgets.Dropdown
        Labelled by the scenario's title; the value is its name.
    paper : ipywidgets.Dropdown
    write_button : ipywidgets.Button
    output : ipywidgets.HTML
        Where the cards went, or what is wrong.
    """

    def __init__(self, scenario: str | None = None, folder=None):
        from commonground.roleplay import list_scenarios

        options = [(info.title, info.name) for info in list_scenarios() if not info.error]
        names = [value for _, value in options]
        self.folder = folder
        self.scenario = w.Dropdown(
            options=options,
            value=scenario if scenario in names else (names[0] if names else None),
            description="Scenario:",
            style=STYLE,
            layout=w.Layout(width="95%"),
        )
        self.paper = w.Dropdown(
            options=[("A4", "a4"), ("US Letter", "letter")], value="a4", description="Paper:"
        )
        self.write_button = w.Button(
            description="Write the cards to print",
            icon="print",
            button_style="primary",
            tooltip="Save the organizer card, persona card and observer sheet (web page and PDF)",
            layout=w.Layout(width="auto"),
        )
        self.output = w.HTML("")
        self.write_button.on_click(self.write)
        super().__init__([self.scenario, self.paper, self.write_button, self.output])

    def write(self, _button=None) -> tuple[Path, Path] | None:
        """Write the cards of the chosen scenario; return the HTML and PDF paths."""
        from commonground import storage
        from commonground.workshop import printing

        folder = self.folder or storage.data_home() / "workshop" / "cards"
        try:
            paths = printing.write_round(self.scenario.value, folder, paper=self.paper.value)
        except (CommonGroundError, OSError) as exc:
            self.output.value = note(f"Could not write the cards: {exc}", "problem")
            return None
        self.output.value = download_links(paths, "Cards ready to print:", "the cards")
        return paths


def card_printer(scenario: str | None = None, folder=None) -> CardPrinter:
    """A :class:`CardPrinter` (for notebooks)."""
    return CardPrinter(scenario, folder)
