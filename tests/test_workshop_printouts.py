"""Workshop printouts a facilitator hands out: the observer sheet with drawn tick boxes
and writing lines to the foot of the page, the persona card with a voice and an opening
line, the organizer card's asks in an order that gives nothing away, the pairing plan as
a page with each round's scenario, a word on uneven rooms; lesson 10 writes nothing
until asked."""

from __future__ import annotations

import os
import re
from io import BytesIO
from pathlib import Path

import nbformat
import pytest
from pypdf import PdfReader

from commonground import cli
from commonground.roleplay import list_scenarios, load_scenario
from commonground.workshop import cards, pairing, plan_page, printing

SCENARIOS = [info.name for info in list_scenarios() if not info.error]
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMONGROUND_HOME", str(tmp_path / "home"))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _pdf_page(card, paper="a4"):
    reader = PdfReader(BytesIO(printing.cards_pdf([card], "t", paper)))
    return reader


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_observer_sheet_has_drawn_boxes_and_lines_to_the_foot_of_the_page(paper):
    sheet = cards.observer_card("retired_teacher")
    steps = next(s for s in sheet.sections if s.style == "ticks")
    reader = _pdf_page(sheet, paper)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    ops = page.get_contents().get_data().decode("latin-1")
    boxes = re.findall(r"[\d.]+ [\d.]+ (-?[\d.]+) (-?[\d.]+) re", ops)
    inline = sum(line.count(cards.BOX) for s in sheet.sections for line in s.lines)
    assert len(boxes) == len(steps.lines) + inline  # one box per step, one per choice
    assert all(abs(abs(float(w)) - abs(float(h))) < 0.01 for w, h in boxes)  # squares
    # ruled lines: horizontal strokes, the last one near the foot of the page
    rules = [
        (float(y1), float(y2))
        for _, y1, _, y2 in re.findall(r"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l", ops)
    ]
    assert len(rules) >= 10 and all(abs(a - b) < 0.01 for a, b in rules)
    lowest_pt = min(y for y, _ in rules)  # PDF y grows upwards, in points
    margin_pt = printing.MARGIN_MM * 72 / 25.4
    assert lowest_pt < margin_pt + printing.RULE_MM * 72 / 25.4 + 1
    text = _flat(page.extract_text())
    assert "[ ]" not in text and "____ ____" not in text
    # HTML: drawn boxes, a writing area that grows to fill the printed page
    page_html = printing.cards_html([sheet], "t", paper)
    assert page_html.count('class="box"') == len(boxes)
    assert 'class="card observer fills"' in page_html and "flex: 1 0 auto" in page_html
    assert "[ ]" not in page_html


@pytest.mark.parametrize("name", SCENARIOS)
def test_persona_card_gives_a_voice_and_the_opening_line(name):
    scenario = load_scenario(name)
    card = cards.persona_card(scenario)
    headings = [s.heading for s in card.sections]
    voice = card.sections[headings.index("Who you are, and your voice")]
    assert scenario.persona.description in voice.lines
    gap = scenario.persona.trust_needed - scenario.persona.trust_start
    manner = voice.lines[2]
    assert ("Guarded" in manner) == (gap >= 3) and ("Warm" in manner) == (gap <= 1)
    opening = next(s for s in card.sections if s.heading.startswith("Your opening line"))
    assert opening.lines == (_flat(scenario.nodes[scenario.start].say),)
    assert _flat(scenario.nodes[scenario.start].say) in _flat(
        PdfReader(BytesIO(printing.cards_pdf([card], "t"))).pages[0].extract_text()
    )


@pytest.mark.parametrize("name", SCENARIOS)
def test_organizer_asks_are_listed_by_activity_not_by_strength(name):
    from commonground.labels import label

    scenario = load_scenario(name)
    section = next(
        s for s in cards.organizer_card(scenario).sections if s.heading.startswith("Asks")
    )
    by_text = {_flat(a.text): a for a in scenario.campaign.asks}
    listed = [by_text[line] for line in section.lines]
    keys = [(label(a.ask_type, "ask_type").lower(), _flat(a.text).lower()) for a in listed]
    assert keys == sorted(keys)
    assert sorted(a.id for a in listed) == sorted(a.id for a in scenario.campaign.asks)
    words = " ".join(section.lines).lower()
    for quality in ("strong", "weak", "best", "vague", "recommended"):
        assert quality not in words


def test_the_order_does_not_follow_the_scenario_files_order():
    """Over all scenarios, the card's first ask is not always the scenario's first."""
    firsts = []
    for name in SCENARIOS:
        scenario = load_scenario(name)
        section = next(
            s for s in cards.organizer_card(scenario).sections if s.heading.startswith("Asks")
        )
        firsts.append(section.lines[0] == _flat(scenario.campaign.asks[0].text))
    assert not all(firsts)


@pytest.mark.parametrize(
    "n, trios, words",
    [
        (9, False, "one group is a trio"),
        (8, False, None),
        (11, True, "one group is a pair"),
        (10, True, "two groups are pairs"),
        (9, True, None),
        (4, True, "two pairs"),
    ],
)
def test_uneven_rooms_are_explained(n, trios, words):
    note = pairing.group_size_note(n, trios)
    if words is None:
        assert note is None
    else:
        assert words in note and str(n) in note
        sizes = pairing.group_sizes(n, trios)
        expected_odd = sizes.count(3) if not trios else sizes.count(2)
        assert expected_odd in (1, 2)


def test_pairing_plan_page_html_and_pdf(tmp_path):
    names = [f"Volunteer {c}" for c in "ABCDEFG"]
    plan = pairing.schedule(names, rounds=3, seed=2)
    html_path, pdf_path = plan_page.write_plan(
        plan, tmp_path / "plan", ["faith_leader", "student"], people=7
    )
    page = html_path.read_text(encoding="utf-8")
    titles = [load_scenario(n).title for n in ("faith_leader", "student", "faith_leader")]
    for number, title in enumerate(titles, start=1):
        assert f"Round {number}: {title}" in _flat(page)
    assert "7 people is an odd number" in page
    assert page.count("<table>") == 3 and "Observer" in page
    for name in names:
        assert page.count(name) == 3  # once a round
    text = _flat(" ".join(p.extract_text() for p in PdfReader(pdf_path).pages))
    for number, title in enumerate(titles, start=1):
        assert f"Round {number}: {_flat(title)}" in text
    assert "odd number" in text and all(text.count(n) == 3 for n in names)


def test_pairs_cli_writes_the_page_and_explains(tmp_path, capsys):
    people = tmp_path / "people.csv"
    people.write_text("name\n" + "\n".join(f"P{i}" for i in range(10)) + "\n")
    out = tmp_path / "room" / "plan"
    args = ["workshop", "pairs", str(people), "--trios", "--rounds", "2"]
    assert cli.main([*args, "--page", str(out), "--scenario", "student"]) == 0
    printed = capsys.readouterr().out
    assert "two groups are pairs" in printed
    assert (tmp_path / "room" / "plan.html").is_file()
    assert PdfReader(tmp_path / "room" / "plan.pdf").pages
    assert cli.main([*args, "--page", str(out), "--scenario", "no_such_one"]) == 1
    captured = capsys.readouterr()
    assert "no_such_one" in captured.err and "Round 1" not in captured.out


def test_widgets_write_only_when_asked(tmp_path):
    from commonground.widgets.handouts import card_printer
    from commonground.widgets.pairing import pairing_board

    printer = card_printer("student", folder=tmp_path / "cards")
    assert not (tmp_path / "cards").exists()
    printer.paper.value = "letter"
    printer.write_button.click()
    assert (tmp_path / "cards" / "student.pdf").is_file()
    assert "student.html" in printer.output.value
    board = pairing_board("\n".join(f"V{i}" for i in range(5)), rounds=2, seed=1)
    assert board.print_button.disabled
    board.make()
    assert "odd number" in board.output.value
    assert board.write_page(folder=tmp_path / "plan")[1].is_file()


@pytest.mark.slow
def test_lesson_10_writes_no_files(tmp_path):
    from nbclient import NotebookClient

    home = tmp_path / "home"
    nb = nbformat.read(ROOT / "notebooks" / "10_facilitator_guide.ipynb", as_version=4)
    work = tmp_path / "work"
    work.mkdir()
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={
        "metadata": {"path": str(work)}}).execute(
            env={**os.environ, "COMMONGROUND_HOME": str(home)})  # fmt: skip
    assert home.is_dir()  # the lesson's kernel used this home (it saves its progress there)
    written = [p for p in home.rglob("*") if p.is_file()] if home.exists() else []
    written += [p for p in work.rglob("*") if p.is_file()]
    assert [p for p in written if p.name != "progress.json"] == []
