"""Cells a spreadsheet would run as a formula: one rule for every CSV, table and sheet we write.

Spreadsheet programs run a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab
or a carriage return) as a formula, so a hostile name or note could carry
``=HYPERLINK(...)`` into a facilitator's Excel (OWASP, "CSV injection"). Two ways round
a guard that looks at the first character only are closed here too:

* **look-alike starters**: a character whose NFKC form starts with one of those four
  (full-width ``＝`` U+FF1D, ``＋``, ``－``, ``＠``, the small, superscript and subscript
  signs, the minus sign ``−`` and what NFKC turns into it): spreadsheets with an input
  method for East Asian scripts read a full-width ``＝`` as ``=``. The list
  (:data:`LOOKALIKE_STARTERS`) is every such character of the Unicode version Python
  ships, checked by a test against a scan of all code points;
* **a starter after blanks or invisible characters** (spaces, no-break and ideographic
  spaces, line breaks, zero-width spaces, a byte-order mark, direction marks): some
  programs trim them on import and then see the formula.

Such a cell gets a leading apostrophe, which spreadsheets show as plain text
(:func:`neutralise`). :data:`FORMULA_START` is the same rule as a regular expression
that both Python's ``re`` (pandas) and RE2 (pyarrow) read.
"""

from __future__ import annotations

import re

#: The characters a spreadsheet starts a formula with.
FORMULA_CHARS = "=+-@"
#: Characters whose NFKC form starts with a formula character, or is the minus sign.
LOOKALIKE_STARTERS = (
    "\u207a\u207b\u207c\u208a\u208b\u208c\u2212\u2a75\u2a76\ufb29"
    "\ufe62\ufe63\ufe66\ufe6b\uff0b\uff0d\uff1d\uff20"
)
#: Control characters that start a formula on their own (OWASP).
CONTROL_STARTERS = "\t\r"
#: Blank and invisible code points that may stand before a formula: (first, last) ranges
#: of Unicode's white space and of its default-ignorable code points in the BMP.
_SKIPPED = (
    (0x09, 0x0D), (0x1C, 0x20), (0x85, 0x85), (0xA0, 0xA0), (0xAD, 0xAD),
    (0x34F, 0x34F), (0x61C, 0x61C), (0x115F, 0x1160), (0x1680, 0x1680),
    (0x17B4, 0x17B5), (0x180B, 0x180F), (0x2000, 0x200F), (0x2028, 0x202F),
    (0x205F, 0x206F), (0x3000, 0x3000), (0x3164, 0x3164), (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0),
)  # fmt: skip


def _char_class(text: str) -> str:
    return "".join("\\" + ch if ch in "\\]^-[" else ch for ch in text)


_SKIP_CLASS = "".join(
    _char_class(chr(low)) + ("-" + _char_class(chr(high)) if high > low else "")
    for low, high in _SKIPPED
)
#: The rule as a regular expression (Python ``re`` and RE2 alike), matched at the start.
FORMULA_START = (
    f"^(?:[{_char_class(CONTROL_STARTERS)}]|"
    f"[{_SKIP_CLASS}]*[{_char_class(FORMULA_CHARS + LOOKALIKE_STARTERS)}])"
)
_PATTERN = re.compile(FORMULA_START)


def starts_formula(text: str) -> bool:
    """Whether a spreadsheet could run the cell ``text`` as a formula (see above)."""
    return bool(_PATTERN.match(str(text)))


def neutralise(text: str) -> str:
    """``text`` with a leading apostrophe when it :func:`starts_formula`, else as it is."""
    text = str(text)
    return "'" + text if starts_formula(text) else text
