"""Small helpers shared by the lesson widgets."""

from __future__ import annotations

import html

STYLE = {"description_width": "initial"}
COLOURS = {"ok": "#1a7f37", "problem": "#b35900", "info": "#555"}


def esc(text: object) -> str:
    """Escape text for an HTML widget."""
    return html.escape(str(text), quote=True)


def note(text: str, tone: str = "info") -> str:
    """An HTML paragraph coloured by tone (``ok``, ``problem`` or ``info``)."""
    return f'<p style="color:{COLOURS[tone]};margin:2px 0">{esc(text)}</p>'


def findings_html(findings, ok_text: str) -> str:
    """A list of findings as HTML, or ``ok_text`` in green when there are none."""
    if not findings:
        return note(ok_text, "ok")
    items = "".join(f"<li>{esc(f.message)}</li>" for f in findings)
    return f'<ul style="color:{COLOURS["problem"]};margin:2px 0">{items}</ul>'
