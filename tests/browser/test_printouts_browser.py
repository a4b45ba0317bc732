"""Printable pages printed by a real browser: the paper size and the look come from the
stylesheet's ``print`` section, embedded in each page (no CSS written in Python)."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader

from commonground.workshop import cards, pairing, plan_page, printing

#: Paper -> page size in points, as Chromium prints it.
POINTS = {"a4": (595, 842), "letter": (612, 792)}


def _printed(page, markup: str) -> PdfReader:
    page.set_content(markup)
    return PdfReader(BytesIO(page.pdf(prefer_css_page_size=True)))


def _sizes(reader: PdfReader) -> set[tuple[int, int]]:
    return {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages}


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_cards_and_plan_print_on_the_chosen_paper(page, paper):
    round_cards = cards.round_cards(cards._scenario("retired_teacher"), True)
    reader = _printed(page, printing.cards_html(round_cards, "Cards", paper))
    assert _sizes(reader) == {POINTS[paper]}
    assert len(reader.pages) >= len(round_cards)  # a card per page at least
    # the stylesheet's rules apply: drawn tick boxes, the writing area's lines
    box = page.locator(".box").first.bounding_box()
    assert box and abs(box["width"] - box["height"]) < 0.5 and box["width"] > 10
    assert page.locator(".writing").first.bounding_box()["height"] >= 3 * 8 * 96 / 25.4 - 1
    plan = pairing.schedule([f"P{i}" for i in range(7)], rounds=2, seed=1)
    scenarios = plan_page.round_scenarios(2, ["student"])
    markup = plan_page.plan_html(plan, scenarios, "A note.", "Plan", paper)
    assert _sizes(_printed(page, markup)) == {POINTS[paper]}
    border = page.locator("td").first.evaluate("e => getComputedStyle(e).borderTopStyle")
    assert border == "solid"
