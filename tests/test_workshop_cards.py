"""Persona and organizer cards: the organizer never sees a hidden fact; HTML and PDF."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader

from commonground.errors import CommonGroundError
from commonground.roleplay import list_scenarios, load_scenario
from commonground.workshop import cards, printing

SCENARIOS = [info.name for info in list_scenarios() if not info.error]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_there_are_scenarios_to_print():
    assert len(SCENARIOS) >= 3


@pytest.mark.parametrize("name", SCENARIOS)
def test_organizer_card_shows_no_hidden_fact_and_persona_card_shows_all(name):
    scenario = load_scenario(name)
    organizer = _flat(cards.organizer_card(scenario).text())
    persona = _flat(cards.persona_card(scenario).text())
    for fact in scenario.persona.hidden_facts:
        assert _flat(fact.text) not in organizer, fact.id
        assert _flat(fact.text) in persona, fact.id
    for public in scenario.persona.public_facts:
        assert _flat(public) in organizer
    assert f"about {scenario.meeting.planned_minutes} minutes" in organizer
    assert _flat(scenario.campaign.what) in organizer
    assert "yes" in persona and "vague" in persona.lower()


def test_persona_card_gives_the_answer_to_each_ask():
    scenario = load_scenario("retired_teacher")
    section = cards.persona_card(scenario).sections[-1]
    assert len(section.lines) == len(scenario.campaign.asks)
    by_ask = dict(zip([a.id for a in scenario.campaign.asks], section.lines, strict=True))
    assert by_ask["council_thursday"].endswith("no, because of the day or time.")
    assert by_ask["homework_club"].endswith("yes.")


def _pages_by_card(pdf_path) -> dict[str, str]:
    found: dict[str, str] = {}
    current = None
    for page in PdfReader(pdf_path).pages:
        text = _flat(page.extract_text())
        for role, prefix in (
            ("organizer", "Organizer card"),
            ("persona", "Persona card"),
            ("observer", "Observer sheet"),
        ):
            if text.startswith(prefix):
                current = role
        found[current] = found.get(current, "") + " " + text
    return found


@pytest.mark.slow
@pytest.mark.parametrize("paper, width_pt", [("a4", 595), ("letter", 612)])
def test_pdf_read_back_one_card_per_page(tmp_path, paper, width_pt):
    name = SCENARIOS[0]
    scenario = load_scenario(name)
    html_path, pdf_path = printing.write_round(name, tmp_path, paper=paper)
    assert html_path.name == f"{name}.html" and pdf_path.name == f"{name}.pdf"
    reader = PdfReader(pdf_path)
    assert round(float(reader.pages[0].mediabox.width)) == width_pt
    pages = _pages_by_card(pdf_path)
    assert set(pages) == {"organizer", "persona", "observer"}
    for fact in scenario.persona.hidden_facts:
        assert _flat(fact.text) not in pages["organizer"], fact.id
        assert _flat(fact.text) in pages["persona"], fact.id
    assert "Share your story" in pages["observer"]
    page_html = html_path.read_text(encoding="utf-8")
    assert page_html.count('<section class="card') == 3
    assert "page-break-after: always" in page_html
    size = "A4" if paper == "a4" else "letter"
    assert f"size: {size}" in page_html


def test_html_escapes_and_bad_paper_refused():
    card = cards.Card("organizer", "A <b>title</b>", "sub", (cards.Section("H", ("x & y",)),))
    page = printing.cards_html([card], "t")
    assert "&lt;b&gt;" in page and "x &amp; y" in page
    with pytest.raises(CommonGroundError, match="paper"):
        printing.cards_html([card], "t", paper="a3")


def test_one_labelled_set_per_group(tmp_path):
    html_path, pdf_path = printing.write_round(
        "night_shift_nurse", tmp_path, with_observer=False, groups=3
    )
    page = html_path.read_text(encoding="utf-8")
    assert page.count('<section class="card') == 6
    assert "Persona card: Dana, the night-shift nurse (group 3)" in page
    titles = [_flat(p.extract_text()).split(" For ")[0] for p in PdfReader(pdf_path).pages]
    assert sum(t.startswith("Organizer card") for t in titles) == 3
    with pytest.raises(CommonGroundError, match="groups"):
        printing.write_round("night_shift_nurse", tmp_path, groups=0)


@pytest.mark.slow
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_cards_of_every_scenario_fit_the_paper(paper):
    """The shipped scenarios fit one page per card (a long future one may spill over)."""
    pages = {}
    for name in SCENARIOS:
        round_cards = cards.round_cards(name)
        pdf = printing.cards_pdf(round_cards, name, paper=paper)
        pages[name] = len(PdfReader(BytesIO(pdf)).pages) - len(round_cards)
    assert all(extra <= 1 for extra in pages.values()), pages
    assert sum(pages.values()) <= len(pages) // 4, pages
