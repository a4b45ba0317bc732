"""Print role-play cards: one HTML file and one PDF per round, a page per card.

PDFs are made with fpdf2 and the DejaVu Sans font that ships with matplotlib (so any
character in a scenario prints); pages fit A4 and US Letter.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from commonground import storage
from commonground.errors import CommonGroundError
from commonground.workshop.cards import BOX, Card, Section

PAPERS = {"a4": "A4", "letter": "Letter"}
#: The page margin (mm), in the PDFs and (``@page cg-a4``, ``cg-letter``) the stylesheet.
MARGIN_MM = 14
#: Page heights (mm), so a card's writing lines can fill what is left of the page (the
#: stylesheet's ``.card.fills`` heights are these less two margins and 12mm).
PAGE_HEIGHT_MM = {"a4": 297, "letter": 279.4}
#: Distance between writing lines (mm): room for handwriting.
RULE_MM = 8
BOX_MM = 3.6


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
        fills = " fills" if _last_lines_section(card) is not None else ""
        parts = [
            f'<section class="card {card.role}{fills}">',
            f"<h1>{html.escape(card.title)}</h1>",
        ]
        parts.append(f'<p class="subtitle">{html.escape(card.subtitle)}</p>')
        parts += [_section_html(section) for section in card.sections]
        parts.append("</section>")
        blocks.append("\n".join(parts))
    return printable_page(title, "\n".join(blocks), key)


def printable_page(title: str, body: str, paper: str) -> str:
    """A standalone HTML page to print on ``paper`` (a key of :data:`PAPERS`).

    Its look is the ``print`` section of the course's stylesheet, embedded (the page is a
    file of its own), and the paper size is picked by the body's class.
    """
    from commonground import stylesheet

    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{stylesheet.section('print')}</style>"
        f'</head><body class="cg-printout cg-paper-{paper}">\n{body}\n</body></html>\n'
    )


def _with_boxes(line: str) -> str:
    """A ``ticks`` line as HTML: a drawn box for each ``[ ]`` (one in front when none)."""
    box = '<span class="box" role="img" aria-label="tick box"></span>'
    if BOX not in line:
        return box + _spaced(line)
    return box.join(_spaced(part) for part in line.split(BOX))


def _spaced(text: str) -> str:
    """Escaped text whose runs of spaces (gaps between choices) stay visible."""
    return re.sub(r" {2,}", " &emsp; ", html.escape(text))


def _section_html(section: Section) -> str:
    heading = f"<h2>{html.escape(section.heading)}</h2>"
    if section.style == "ticks":
        items = "".join(f"<li>{_with_boxes(line)}</li>" for line in section.lines)
        return f'{heading}<ul class="ticks">{items}</ul>'
    if section.style == "lines":
        rows = max(3, len(section.lines))
        rules = '<span class="rule"></span>' * rows  # the area is at least this many lines
        return f'{heading}<div class="writing">{rules}</div>'
    if section.style == "quote":
        return heading + "".join(
            f'<blockquote class="say">{html.escape(line)}</blockquote>' for line in section.lines
        )
    items = "".join(f"<li>{html.escape(line) or '&nbsp;'}</li>" for line in section.lines)
    return f"{heading}<ul>{items}</ul>"


def _font_files() -> tuple[Path, Path]:
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"


def new_pdf(title: str, paper: str = "a4"):
    """An empty PDF document on ``paper`` with our margins and the bundled DejaVu fonts."""
    from fpdf import FPDF

    key = _check_paper(paper)
    pdf = FPDF(format=PAPERS[key], unit="mm")
    pdf.set_title(title)
    pdf.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
    pdf.set_auto_page_break(True, margin=MARGIN_MM)
    regular, bold = _font_files()
    pdf.add_font("DejaVu", "", str(regular))
    pdf.add_font("DejaVu", "B", str(bold))
    return pdf


def cards_pdf(cards: list[Card], title: str, paper: str = "a4") -> bytes:
    """The cards as a PDF: each card starts on a new page."""
    pdf = new_pdf(title, paper)
    width = pdf.w - 2 * MARGIN_MM
    for card in cards:
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 14)
        pdf.multi_cell(width, 7, card.title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(width, 5, card.subtitle, new_x="LMARGIN", new_y="NEXT")
        fill_at = _last_lines_section(card)
        for index, section in enumerate(card.sections):
            pdf.ln(1.5)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(width, 5.5, section.heading, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 9.5)
            if section.style == "ticks":
                for line in section.lines:
                    _pdf_ticks_line(pdf, line)
            elif section.style == "lines":
                _pdf_rules(pdf, width, max(3, len(section.lines)), fill=index == fill_at)
            elif section.style == "quote":
                pdf.set_font("DejaVu", "", 10)
                for line in section.lines:
                    pdf.multi_cell(width, 4.4, f"\u201c{line}\u201d", new_x="LMARGIN", new_y="NEXT")
            else:
                for line in section.lines:
                    pdf.multi_cell(width, 4.0, f"\u2022 {line}", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _last_lines_section(card: Card) -> int | None:
    """The index of the card's last section of writing lines when it ends the card."""
    if card.sections and card.sections[-1].style == "lines":
        return len(card.sections) - 1
    return None


def _pdf_ticks_line(pdf, line: str) -> None:
    """One line with a drawn square for each ``[ ]`` (one in front when there is none)."""
    height = 6
    pieces = line.split(BOX) if BOX in line else ["", line]
    y = pdf.get_y()
    for number, piece in enumerate(pieces):
        if number:
            x = pdf.get_x()
            pdf.rect(x, y + (height - BOX_MM) / 2, BOX_MM, BOX_MM)
            pdf.set_x(x + BOX_MM + 1.2)
        if piece:
            pdf.cell(pdf.get_string_width(piece) + 0.5, height, piece)
    pdf.ln(height)


def _pdf_rules(pdf, width: float, rows: int, fill: bool) -> None:
    """``rows`` ruled writing lines; with ``fill``, as many as the page still has room for."""
    bottom = pdf.h - MARGIN_MM
    if fill:
        rows = max(rows, int((bottom - pdf.get_y()) // RULE_MM))
    pdf.set_draw_color(120)
    for _ in range(rows):
        if pdf.get_y() + RULE_MM > bottom:
            break
        y = pdf.get_y() + RULE_MM
        pdf.line(MARGIN_MM, y, MARGIN_MM + width, y)
        pdf.set_y(y)
    pdf.set_draw_color(0)


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
