"""Reading a CSV (or TSV, or Excel's text saves) into a :class:`RawTable`.

Row numbers follow the spreadsheet convention: the header is row 1, the first data row
is row 2, and a cell holding a line break does not shift the count. pyarrow reads first
(typed, then as text); a ragged row sends the file down the exact Python path.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import numpy as np

from commonground.errors import InputFileError
from commonground.outcomes.loading.arrow_csv import RaggedRowsError, pyarrow_csv
from commonground.outcomes.loading.python_csv import python_csv
from commonground.outcomes.loading.sources import (
    InMemoryFile,
    RawTable,
    all_bytes,
    contains_byte,
    head_bytes,
)
from commonground.outcomes.loading.text import (
    above_header_notice,
    detect_encoding,
    head_text,
    read_header_at,
    refuse_if_not_text,
    rows_above_header,
    sniff_delimiter,
)


def load_csv(path: Path | InMemoryFile, *, categories: bool = False) -> RawTable:
    """Read a CSV file (UTF-8 with or without BOM; Windows-1252 as a fallback).

    ``categories``: read category columns as pandas categoricals (see :func:`load_table`).
    """
    head = head_bytes(path)
    if not head.lstrip(b"\xef\xbb\xbf \t\r\n"):
        raise InputFileError(path, "the file is empty")
    refuse_if_not_text(path, head)
    encoding = detect_encoding(head)
    sep = sniff_delimiter(head, encoding)
    notices = [] if sep == "," else [f"cells are separated by {sep!r}, not commas"]
    if encoding.startswith("utf-16"):
        notices.append("file is UTF-16 text (Excel's 'Unicode Text'); read it as such")
    above = rows_above_header(head_text(head, encoding), sep)
    if above:
        notices.append(above_header_notice(above))
    frame = None
    try:
        if encoding == "utf-8":
            header = read_header_at(path, head, encoding, sep, above)
            frame = pyarrow_csv(path, header, encoding, sep, categories, above)
    except UnicodeDecodeError:
        encoding = "cp1252"
    except RaggedRowsError:
        pass
    if encoding == "cp1252":
        notices.append("file is not UTF-8; read it as Windows-1252 (Excel's usual export)")
    header = read_header_at(path, head, encoding, sep, above)
    if frame is None and encoding != "utf-8":
        with contextlib.suppress(RaggedRowsError, UnicodeDecodeError):
            frame = pyarrow_csv(path, header, encoding, sep, categories, above)
    if frame is None:
        try:
            text = all_bytes(path).decode("utf-8-sig" if encoding == "utf-8" else encoding)
        except UnicodeDecodeError:
            raise InputFileError(
                path, "is neither UTF-8 nor Windows-1252 text (is it really a CSV file?)"
            ) from None
        return _unwrapped(path, python_csv(path, text, header, sep, notices, above))
    rows = np.arange(2 + above, len(frame) + 2 + above, dtype=np.int64)
    return _unwrapped(path, RawTable(frame, rows, notices + frame.attrs.pop("notices", [])))


def _unwrapped(path, table: RawTable) -> RawTable:
    """Cells written as Excel text formulas (``="00123"``) read as the text inside
    (:func:`commonground.outcomes.id_cells.unwrap_text_formulas`), with a notice.

    The whole file is searched for ``="`` (memory-mapped, a few milliseconds for a
    300,000-row log): a log pasted together from several exports, or one whose ids were
    guarded only from some row on, has its first such cell anywhere."""
    if not contains_byte(path, b'="'):
        return table
    from commonground.outcomes.id_cells import text_formula_notice, unwrap_text_formulas

    table.frame, counts = unwrap_text_formulas(table.frame)
    if counts:
        table.notices.append(text_formula_notice(counts))
    return table
