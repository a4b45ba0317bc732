"""The pairing plan as a page to print or pin up: HTML and PDF, a table per round.

Each round names the scenario its groups play, and the page says why some groups are
a different size when the room does not divide evenly (see
:func:`commonground.workshop.pairing.group_size_note`).
"""

from __future__ import annotations

import html
from pathlib import Path

from commonground import storage
from commonground.workshop import pairing
from commonground.workshop.groups import OBSERVER, ORGANIZER, PERSON, Round
from commonground.workshop.printing import (
    MARGIN_MM,
    _atomic_write_bytes,
    _check_paper,
    new_pdf,
    printable_page,
)

#: What a pair shows in the observer column.
NO_SEAT = "(a pair: no observer)"
COLUMNS = (("Group", None), ("Organizer", ORGANIZER), ("Person", PERSON), ("Observer", OBSERVER))


def round_scenarios(rounds: int, scenarios) -> list:
    """The scenario of each round: the given ones in turn (repeated when fewer)."""
    from commonground.workshop.cards import _scenario

    loaded = [_scenario(s) for s in scenarios]
    if not loaded:
        from commonground.roleplay import list_scenarios

        loaded = [_scenario(i.name) for i in list_scenarios() if not i.error]
    return [loaded[r % len(loaded)] for r in range(rounds)]


def cards_line(sc) -> str:
    """Where the round's cards come from, in words (the scenario by its label)."""
    from commonground.labels import scenario_label

    return (
        f"Cards: print the “{scenario_label(sc.id, sc.title)}” cards (lesson 10's card "
        "printer, or the workshop cards command)"
    )


def _rows(rnd: Round) -> list[tuple[str, ...]]:
    rows = []
    for group in rnd.groups:
        by_role = {seat.role: seat.name for seat in group.seats}
        rows.append((str(group.number), *(by_role.get(role, NO_SEAT) for _, role in COLUMNS[1:])))
    return rows


def _columns(plan: list[Round]) -> list[int]:
    """Column positions to show: the observer only when some group has one."""
    has_observer = any(
        seat.role == OBSERVER for rnd in plan for g in rnd.groups for seat in g.seats
    )
    return [0, 1, 2, 3] if has_observer else [0, 1, 2]


def plan_html(plan: list[Round], scenarios: list, note: str | None, title: str,
              paper: str = "a4") -> str:  # fmt: skip
    """A standalone page: the note on group sizes, then one table per round."""
    key = _check_paper(paper)
    shown = _columns(plan)
    blocks = [f"<h1>{html.escape(title)}</h1>"]
    if note:
        blocks.append(f'<p class="note">{html.escape(note)}</p>')
    for rnd, sc in zip(plan, scenarios, strict=True):
        head = "".join(f'<th scope="col">{COLUMNS[i][0]}</th>' for i in shown)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(row[i])}</td>" for i in shown) + "</tr>"
            for row in _rows(rnd)
        )
        blocks.append(
            f'<section class="round"><h2>Round {rnd.number}: {html.escape(sc.title)}</h2>'
            f'<p class="scenario">{html.escape(cards_line(sc))}</p>'
            f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></section>"
        )
    return printable_page(title, "\n".join(blocks), key)


def plan_pdf(plan: list[Round], scenarios: list, note: str | None, title: str,
             paper: str = "a4") -> bytes:  # fmt: skip
    """The same page as a PDF (a round never split across two pages when it fits one)."""
    pdf = new_pdf(title, paper)
    width = pdf.w - 2 * MARGIN_MM
    shown = _columns(plan)
    cell_w = [18] + [(width - 18) / (len(shown) - 1)] * (len(shown) - 1)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(width, 7, title, new_x="LMARGIN", new_y="NEXT")
    if note:
        pdf.set_font("DejaVu", "", 10)
        pdf.ln(1)
        pdf.multi_cell(width, 5, note, new_x="LMARGIN", new_y="NEXT")
    for rnd, sc in zip(plan, scenarios, strict=True):
        rows = _rows(rnd)
        needed = 20 + 6.5 * (len(rows) + 1)
        if pdf.get_y() + needed > pdf.h - MARGIN_MM and needed < pdf.h - 2 * MARGIN_MM:
            pdf.add_page()
        pdf.ln(3)
        pdf.set_font("DejaVu", "B", 12)
        pdf.multi_cell(width, 6, f"Round {rnd.number}: {sc.title}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(
            width, 4.5, cards_line(sc),
            new_x="LMARGIN", new_y="NEXT",
        )  # fmt: skip
        pdf.ln(1)
        pdf.set_font("DejaVu", "", 10)
        # fpdf2's table wraps a long name inside its cell instead of running over the next
        with pdf.table(
            col_widths=tuple(cell_w), text_align="LEFT", line_height=5.5, first_row_as_headings=True
        ) as table:
            for row in [tuple(c[0] for c in COLUMNS), *rows]:
                cells = table.row()
                for i in shown:
                    cells.cell(row[i])
    return bytes(pdf.output())


def write_plan(plan: list[Round], out: str | Path, scenarios=(), people: int | None = None,
               trios: bool = False, paper: str = "a4") -> tuple[Path, Path]:  # fmt: skip
    """Write ``<out>.html`` and ``<out>.pdf`` (atomically): the plan, a page to print.

    Parameters
    ----------
    plan
        From :func:`commonground.workshop.pairing.schedule`.
    out
        The files' path without its suffix (``plan`` gives ``plan.html`` and ``plan.pdf``).
    scenarios
        Scenario names or loaded scenarios, played in turn round by round (all the
        shipped ones when empty).
    people, trios
        The room, for the note on group sizes (``people`` defaults to the plan's).
    """
    count = people if people is not None else sum(len(g.seats) for g in plan[0].groups)
    note = pairing.group_size_note(count, trios)
    per_round = round_scenarios(len(plan), scenarios)
    title = f"Role-play plan: {count} people, {len(plan)} rounds"
    base = Path(out)
    base = base.with_suffix("") if base.suffix in (".html", ".pdf") else base
    html_path = storage.atomic_write_text(
        base.with_name(base.name + ".html"), plan_html(plan, per_round, note, title, paper)
    )
    pdf_path = _atomic_write_bytes(
        base.with_name(base.name + ".pdf"), plan_pdf(plan, per_round, note, title, paper)
    )
    return html_path, pdf_path
