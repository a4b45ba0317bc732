"""Workshop pairing board: type the names, see the rounds with their roles."""

from __future__ import annotations

from pathlib import Path

import ipywidgets as w

from commonground.errors import CommonGroundError
from commonground.widgets._common import STYLE, esc, note
from commonground.widgets._style import CourseBox
from commonground.widgets._text import Textarea
from commonground.widgets.downloads import download_links
from commonground.workshop import pairing


def plan_html(plan: list[pairing.Round]) -> str:
    """The plan as HTML tables, one per round."""
    parts = []
    for rnd in plan:
        rows = "".join(
            "<tr><td>{}</td>{}</tr>".format(
                g.number,
                "".join(f"<td>{esc(s.name)} <i>({esc(s.role)})</i></td>" for s in g.seats),
            )
            for g in rnd.groups
        )
        parts.append(
            f"<h4>Round {rnd.number}</h4><table><tr><th>group</th><th colspan=3>seats</th></tr>"
            f"{rows}</table>"
        )
    return "".join(parts)


class PairingBoard(CourseBox):
    """Names in, rounds out: pairs or trios with rotating roles, seeded.

    Attributes
    ----------
    names : ipywidgets.Textarea
        One name per line (or separated by commas).
    rounds, seed : ipywidgets.BoundedIntText
    trios : ipywidgets.Checkbox
    pair_button : ipywidgets.Button
    output : ipywidgets.HTML
        The rounds as tables, or what is wrong.
    plan : list of Round
        The latest plan (empty until the button is pressed).
    print_button : ipywidgets.Button
        Writes the plan as a page to print (HTML and PDF); nothing is written before.
    printed : ipywidgets.HTML
        Where the page went, or what is wrong.
    """

    def __init__(self, names: str = "", rounds: int = 3, seed: int = 0):
        self.names = Textarea(
            value=names,
            description="Participants (one per line):",
            style=STYLE,
            layout=w.Layout(width="95%", height="10em"),
        )
        self.rounds = w.BoundedIntText(
            value=rounds, min=1, max=50, description="Rounds:", style=STYLE
        )
        self.seed = w.BoundedIntText(
            value=seed, min=0, max=10**6, description="Seed (same seed, same plan):", style=STYLE
        )
        self.trios = w.Checkbox(value=False, description="Everyone in trios (with an observer)")
        self.pair_button = w.Button(
            description="Make the rounds",
            icon="users",
            button_style="primary",
            tooltip="Pair the room",
            layout=w.Layout(width="auto"),
        )
        self.output = w.HTML("")
        self.print_button = w.Button(
            description="Write the plan to print",
            icon="print",
            tooltip="Save the plan as a web page and a PDF, with each round's scenario",
            layout=w.Layout(width="auto"),
            disabled=True,
        )
        self.printed = w.HTML("")
        self.plan: list[pairing.Round] = []
        self.pair_button.on_click(self.make)
        self.print_button.on_click(self.write_page)
        super().__init__(
            [
                self.names,
                w.HBox([self.rounds, self.seed]),
                self.trios,
                w.HBox([self.pair_button, self.print_button]),
                self.output,
                self.printed,
            ]
        )

    def make(self, _button=None) -> list[pairing.Round]:
        """Plan the rounds from the current values and show them."""
        try:
            people = pairing.parse_names(self.names.value)
            self.plan = pairing.schedule(
                people, self.rounds.value, seed=self.seed.value, trios=self.trios.value
            )
        except CommonGroundError as exc:
            self.plan = []
            self.print_button.disabled = True
            self.output.value = note(str(exc), "problem")
            return self.plan
        self.print_button.disabled = False
        self.printed.value = ""
        repeats = pairing.repeat_count(self.plan)
        summary = (
            f"{len(people)} people, {len(self.plan)} rounds; "
            f"{repeats} repeated meeting{'s' if repeats != 1 else ''}."
        )
        explained = pairing.group_size_note(len(people), self.trios.value)
        self.output.value = (
            note(summary, "ok")
            + (note(explained, "info") if explained else "")
            + plan_html(self.plan)
        )
        return self.plan

    def write_page(self, _button=None, folder=None):
        """Write the current plan as ``pairing_plan.html`` and ``.pdf`` (only when asked).

        Parameters
        ----------
        folder
            Where to write; by default ``workshop/`` in the Common Ground folder.
        """
        from commonground import storage
        from commonground.workshop import plan_page

        if not self.plan:
            self.printed.value = note("Make the rounds first.", "problem")
            return None
        target = folder if folder is not None else storage.data_home() / "workshop"
        people = sum(len(g.seats) for g in self.plan[0].groups)
        try:
            paths = plan_page.write_plan(
                self.plan, Path(target) / "pairing_plan", people=people, trios=self.trios.value
            )
        except (CommonGroundError, OSError) as exc:
            self.printed.value = note(f"Could not write the plan: {exc}", "problem")
            return None
        self.printed.value = download_links(
            paths, "Pairing plan ready to print:", "the pairing plan"
        )
        return paths


def pairing_board(names: str = "", rounds: int = 3, seed: int = 0) -> PairingBoard:
    """A :class:`PairingBoard` (for notebooks)."""
    return PairingBoard(names, rounds, seed)
