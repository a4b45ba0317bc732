"""Reading an Excel workbook's sheet (the first, or the log's) or a Parquet file into a
:class:`RawTable`."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from commonground.errors import InputFileError
from commonground.outcomes.loading.sources import InMemoryFile, RawTable, binary
from commonground.outcomes.loading.text import HEADER_SEARCH, header_position


def _excel_cell(value):
    import datetime as dt

    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.datetime, dt.date)):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**62:
        return str(int(value))
    return str(value)


def _first(filled: list[int]) -> int:
    """The position of the first row that fills a cell (0 when none does)."""
    return next((i for i, count in enumerate(filled) if count), 0)


def _header_of(sheet) -> tuple[list, list[int], object] | None:
    """``(top rows, cells filled per top row, the rest of the rows)``; None when empty."""
    rows = sheet.iter_rows(values_only=True)
    top, filled = [], []  # the rows up to HEADER_SEARCH after the first filled one
    for values in rows:
        top.append(list(values))
        filled.append(sum(1 for v in values if v is not None and str(v).strip()))
        if any(filled) and len(filled) - _first(filled) >= HEADER_SEARCH:
            break
    return (top, filled, rows) if any(filled) else None


def _holds(found, wanted: tuple[str, ...]) -> bool:
    """True when the header ``found`` (see :func:`_header_of`) names every ``wanted``."""
    if found is None:
        return False
    from commonground.outcomes.privacy import normalise_name

    top, filled, _ = found
    start = _first(filled)
    header = top[start + header_position(filled[start:], top[start:])]
    return set(wanted) <= {normalise_name(v) for v in header if v is not None}


def _choose_sheet(book, wanted: tuple[str, ...], notices: list[str]):
    """The first sheet, or (with ``wanted``) the first whose header names every column
    of ``wanted`` when the first sheet's does not: a workbook often opens on a summary."""
    sheets = book.worksheets
    first = _header_of(sheets[0])
    if len(sheets) == 1:
        return sheets[0], first
    if wanted and not _holds(first, wanted):
        for number, sheet in enumerate(sheets[1:], start=2):
            found = _header_of(sheet)
            if _holds(found, wanted):
                notices.append(
                    f"read sheet {number} of {len(sheets)}{_title(sheet)}: the first sheet"
                    f"{_title(sheets[0])} lacks the log's required columns"
                )
                return sheet, found
    notices.append(f"read the first sheet{_title(sheets[0])} of {len(sheets)}")
    return sheets[0], first


def _title(sheet) -> str:
    """`` 'Meetings'`` as a notice names a sheet, or nothing when the title may name
    someone (a sheet per organizer, "Maria"): notices print without ``--show-names``."""
    from commonground.outcomes.privacy import shown_value

    title = str(sheet.title)
    return f" '{title}'" if shown_value(title) == title else ""


def _merged_over_rows(book, sheet, header_row: int) -> list[tuple[int, int, int]]:
    """Merged cells below the header that span rows: ``(column, first row, last row)``.

    A read-only sheet does not say which cells are merged; the sheet's XML does, after
    its rows. Only the first cell of a merged range holds its value, so the rows below
    read as empty. Any trouble reading the XML gives no ranges (nothing else changes).
    """
    import re

    from openpyxl.utils.cell import range_boundaries

    try:
        with book._archive.open(sheet._worksheet_path) as xml:
            tail, refs = b"", []
            for chunk in iter(lambda: xml.read(1 << 20), b""):
                text = tail + chunk
                refs += re.findall(rb'<mergeCell ref="([A-Z]+\d+:[A-Z]+\d+)"', text)
                tail = text[-64:]
    except Exception:  # a private openpyxl detail: never worth refusing the file for
        return []
    out = set()
    for ref in refs:
        first_col, first_row, last_col, last_row = range_boundaries(ref.decode())
        if last_row > first_row and last_row > header_row:
            for column in range(first_col, last_col + 1):
                out.add((column, max(first_row, header_row + 1), last_row))
    return sorted(out)


def _merged_notice(merged: list[tuple[int, int, int]], header: list) -> str:
    """What to tell the trainer about cells merged over several rows."""
    shown = []
    for column, first, last in merged[:5]:
        name = header[column - 1] if column <= len(header) else None
        shown.append(f"{name or f'column {column}'} rows {first}-{last}")
    more = f" and {len(merged) - 5} more" if len(merged) > 5 else ""
    return (
        f"merged cells over several rows ({'; '.join(shown)}{more}): only the first row of "
        "a merged cell holds its value, the rows below it read as empty; unmerge them and "
        "fill every row"
    )


def load_xlsx(path: Path | InMemoryFile, wanted: tuple[str, ...] = ()) -> RawTable:
    """Read the first sheet of an Excel workbook; the header is found as in a CSV.

    Rows above it (a title, blank rows) are skipped: see
    :func:`~commonground.outcomes.loading.text.header_position`. With ``wanted``
    (column names, as normalised by :func:`privacy.normalise_name`), a later sheet is
    read instead when the first one's header lacks some of them and that sheet's has
    them all, with a notice naming both.
    """
    from openpyxl import load_workbook

    try:
        book = load_workbook(binary(path), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise InputFileError(path, f"could not be read as an Excel workbook ({exc})") from None
    notices = []
    try:
        sheet, found = _choose_sheet(book, wanted, notices)
        if found is None:
            raise InputFileError(path, "the first sheet is empty")
        top, filled, rows = found
        start = _first(filled)
        position = start + header_position(filled[start:], top[start:])
        header, header_row = top[position], position + 1
        records = [[_excel_cell(v) for v in values] for values in top[position + 1 :]]
        records += [[_excel_cell(v) for v in values] for values in rows]
        numbers = list(range(header_row + 1, header_row + 1 + len(records)))
        merged = _merged_over_rows(book, sheet, header_row)
    finally:
        book.close()
    if header_row != 1:
        notices.append(f"header found on row {header_row} of the sheet")
    if merged:
        notices.append(_merged_notice(merged, header))
    width = len(header)
    records = [(r + [None] * width)[:width] for r in records]
    frame = pd.DataFrame(records, columns=range(width), dtype="str")
    keep = [i for i, name in enumerate(header) if name is not None or frame[i].notna().any()]
    frame = frame[keep]
    frame.columns = [str(header[i]) if header[i] is not None else f"unnamed_{i + 1}" for i in keep]
    return RawTable(frame, np.asarray(numbers, dtype=np.int64), notices)


def load_parquet(path: Path | InMemoryFile) -> RawTable:
    """Read a Parquet file; typed columns are kept typed (validation accepts them)."""
    try:
        frame = pd.read_parquet(binary(path))
    except Exception as exc:  # pyarrow raises several kinds for a broken file
        raise InputFileError(path, f"could not be read as Parquet ({exc})") from None
    frame = frame.reset_index(drop=True)
    return RawTable(frame, np.arange(2, len(frame) + 2, dtype=np.int64))
