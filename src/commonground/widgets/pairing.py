"""Workshop pairing board: type the names, see the rounds with their roles."""

from __future__ import annotations

import ipywidgets as w

from commonground.errors import CommonGroundError
from commonground.widgets._common import STYLE, esc, note
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


class PairingBoard(w.VBox):
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
    """

    def __init__(self, names: str = "", rounds: int = 3, seed: int = 0):
        self.names = w.Textarea(
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
        self.plan: list[pairing.Round] = []
        self.pair_button.on_click(self.make)
        super().__init__(
            [
                self.names,
                w.HBox([self.rounds, self.seed]),
                self.trios,
                self.pair_button,
                self.output,
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
            self.output.value = note(str(exc), "problem")
            return self.plan
        repeats = pairing.repeat_count(self.plan)
        summary = (
            f"{len(people)} people, {len(self.plan)} rounds; "
            f"{repeats} repeated meeting{'s' if repeats != 1 else ''}."
        )
        self.output.value = note(summary, "ok") + plan_html(self.plan)
        return self.plan


def pairing_board(names: str = "", rounds: int = 3, seed: int = 0) -> PairingBoard:
    """A :class:`PairingBoard` (for notebooks)."""
    return PairingBoard(names, rounds, seed)
