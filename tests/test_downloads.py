"""Files written by widgets are offered as download links holding the file itself
(a ``data:`` address with ``download``), so they work under Voila and show no path."""

from __future__ import annotations

import base64
import re

from commonground.widgets import downloads

LINK = re.compile(r'<a download="([^"]+)" href="data:([^;]+);base64,([^"]+)"[^>]*>([^<]+)</a>')


def _links(html: str) -> list[tuple[str, str, bytes, str]]:
    return [(n, m, base64.b64decode(d), t) for n, m, d, t in LINK.findall(html)]


def test_a_link_holds_the_file_and_names_it(tmp_path):
    path = tmp_path / "card.pdf"
    path.write_bytes(b"%PDF-1.4 \x00\xff binary")
    [(name, mime, data, text)] = _links(downloads.download_link(path))
    assert (name, mime, data) == ("card.pdf", "application/pdf", path.read_bytes())
    assert text == "Download card.pdf (PDF)"
    assert str(tmp_path) not in downloads.download_link(path)


def test_link_words_and_names_are_escaped(tmp_path):
    path = tmp_path / 'a"b.html'
    path.write_text("<p>hi</p>", encoding="utf-8")
    html = downloads.download_link(path, "Get <it>")
    assert 'download="a&quot;b.html"' in html and "Get &lt;it&gt;" in html


def test_a_file_too_large_to_embed_is_named_not_embedded(tmp_path, monkeypatch):
    monkeypatch.setattr(downloads, "MAX_BYTES", 10)
    path = tmp_path / "big.md"
    path.write_text("x" * 11, encoding="utf-8")
    html = downloads.download_link(path)
    assert "data:" not in html and "too large" in html and "big.md" in html


def test_card_printer_offers_both_files_as_links_without_the_folder(tmp_path):
    from commonground.widgets.handouts import card_printer

    printer = card_printer("student", folder=tmp_path)
    html_path, pdf_path = printer.write()
    links = _links(printer.output.value)
    assert [(n, m, d) for n, m, d, _ in links] == [
        ("student.html", "text/html", html_path.read_bytes()),
        ("student.pdf", "application/pdf", pdf_path.read_bytes()),
    ]
    assert str(tmp_path) not in printer.output.value


def test_pairing_plan_is_offered_as_links(tmp_path):
    from commonground.widgets.pairing import pairing_board

    board = pairing_board("\n".join(f"P{i}" for i in range(6)), rounds=2)
    board.make()
    paths = board.write_page(folder=tmp_path)
    links = _links(board.printed.value)
    assert [n for n, *_ in links] == [p.name for p in paths]
    assert [d for _, _, d, _ in links] == [p.read_bytes() for p in paths]
    assert str(tmp_path) not in board.printed.value
