"""Print role-play cards: one HTML file and one PDF per round, a page per card.

PDFs are made with fpdf2 and the DejaVu Sans font that ships with matplotlib (so any
character in a scenario prints); pages fit A4 and US Letter.
"""

from __future__ import annotations

import html
from pathlib import Path

from commonground import storage
from commonground.errors import CommonGroundError
from commonground.workshop.cards import Card

PAPERS = {"a4": "A4", "letter": "Letter"}
CSS_PAGE = {"a4": "A4", "letter": "letter"}
MARGIN_MM = 14


def _check_paper(paper: str) -> str:
    key = paper.lower()
    if key not in PAPERS:
        raise CommonGroundError(f"paper must be one of {', '.join(PAPERS)}, got {paper!r}")
    return key


def cards_html(cards: list[Card], title: str, paper: str = "a4") -> str:
    """A standalone HTML page with one card per printed page."""
    key = _check_paper(paper)
    blocks = []
    for card in cards:
        parts = [f'<section class="card {card.role}">', f"<h1>{html.escape(card.title)}</h1>"]
        parts.append(f'<p class="subtitle">{html.escape(card.subtitle)}</p>')
        for section in card.sections:
            parts.append(f"<h2>{html.escape(section.heading)}</h2><ul>")
            parts += [f"<li>{html.escape(line) or '&nbsp;'}</li>" for line in section.lines]
            parts.append("</ul>")
        parts.append("</section>")
        blocks.append("\n".join(parts))
    style = (
        f"@page {{ size: {CSS_PAGE[key]}; margin: {MARGIN_MM}mm; }}\n"
        "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 11pt; }\n"
        ".card { break-after: page; page-break-after: always; }\n"
        ".card:last-child { break-after: auto; page-break-after: auto; }\n"
        ".subtitle { font-style: italic; }\n"
        "h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-bottom: 2pt; }\n"
        "@media screen { .card { border: 1px solid #999; padding: 1em; margin: 1em 0; } }"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{style}</style></head><body>\n"
        + "\n".join(blocks)
        + "\n</body></html>\n"
    )


def _font_files() -> tuple[Path, Path]:
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"


def cards_pdf(cards: list[Card], title: str, paper: str = "a4") -> bytes:
    """The cards as a PDF: each card starts on a new page."""
    from fpdf import FPDF

    key = _check_paper(paper)
    pdf = FPDF(format=PAPERS[key], unit="mm")
    pdf.set_title(title)
    pdf.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
    pdf.set_auto_page_break(True, margin=MARGIN_MM)
    regular, bold = _font_files()
    pdf.add_font("DejaVu", "", str(regular))
    pdf.add_font("DejaVu", "B", str(bold))
    width = pdf.w - 2 * MARGIN_MM
    for card in cards:
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 14)
        pdf.multi_cell(width, 7, card.title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(width, 5, card.subtitle, new_x="LMARGIN", new_y="NEXT")
        for section in card.sections:
            pdf.ln(1.5)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(width, 5.5, section.heading, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 9.5)
            for line in section.lines:
                pdf.multi_cell(width, 4.3, f"\u2022 {line}", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def write_round(
    scenario,
    out_dir: str | Path,
    paper: str = "a4",
    with_observer: bool = True,
    groups: int = 1,
) -> tuple[Path, Path]:
    """Write ``<scenario>.html`` and ``<scenario>.pdf`` (atomically) into ``out_dir``.

    Parameters
    ----------
    groups
        How many groups play this round: one labelled set of cards per group.

    Returns
    -------
    (Path, Path)
        The HTML file and the PDF file.
    """
    from dataclasses import replace

    from commonground.workshop.cards import _scenario, round_cards

    if not 1 <= groups <= 40:
        raise CommonGroundError(f"groups must be 1 to 40, got {groups}")
    sc = _scenario(scenario)
    cards = round_cards(sc, with_observer)
    if groups > 1:
        cards = [
            replace(card, title=f"{card.title} (group {g})")
            for g in range(1, groups + 1)
            for card in cards
        ]
    title = f"Role-play cards: {sc.title}"
    folder = Path(out_dir)
    html_path = storage.atomic_write_text(folder / f"{sc.id}.html", cards_html(cards, title, paper))
    pdf_path = folder / f"{sc.id}.pdf"
    _atomic_write_bytes(pdf_path, cards_pdf(cards, title, paper))
    return html_path, pdf_path


def _atomic_write_bytes(path: Path, data: bytes) -> Path:
    import os
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
