"""Text typed by others, made safe to print on the facilitator's terminal.

A participant's observer sheet (its ask type, its sheet id, its file's name) reaches the
facilitator's terminal through ``commonground workshop debrief``. A terminal obeys
control sequences: ``ESC ] 0 ;`` retitles the window, ``ESC [ 2 J`` clears the screen,
``ESC ] 8 ;`` draws a link to any site under harmless words, a right-to-left override
turns the rest of the line around. :func:`printable` shows every such character as its
code instead (``\\x1b``, ``\\u202e``), so the line reads as typed and does nothing.
"""

from __future__ import annotations

import unicodedata

#: Unicode's bidirectional formatting characters (UAX #9): embeddings, overrides,
#: isolates and marks. They reorder what follows them on the line.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def _shown(char: str) -> str:
    point = ord(char)
    return f"\\x{point:02x}" if point < 0x100 else f"\\u{point:04x}"


def unsafe(char: str) -> bool:
    """Whether ``char`` is a control character (C0, DEL, C1, line and paragraph
    separators) or a bidirectional formatting character."""
    return unicodedata.category(char) in ("Cc", "Zl", "Zp") or char in BIDI_CONTROLS


def printable(text: object) -> str:
    """``text`` on one line with every :func:`unsafe` character shown as its code."""
    return "".join(_shown(ch) if unsafe(ch) else ch for ch in str(text))
