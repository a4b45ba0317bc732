"""Reading an Excel workbook's first sheet or a Parquet file into a :class:`RawTable`."""

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


def load_xlsx(path: Path | InMemoryFile) -> RawTable:
    """Read the first sheet of an Excel workbook; the header is found as in a CSV.

    Rows above it (a title, blank rows) are skipped: see
    :func:`~commonground.outcomes.loading.text.header_position`.
    """
    from openpyxl import load_workbook

    try:
        book = load_workbook(binary(path), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise InputFileError(path, f"could not be read as an Excel workbook ({exc})") from None
    notices = []
    try:
        sheet = book.worksheets[0]
        if len(book.worksheets) > 1:
            notices.append(f"read the first sheet '{sheet.title}' of {len(book.worksheets)}")
        rows = sheet.iter_rows(values_only=True)
        top, filled = [], []  # the rows up to HEADER_SEARCH after the first filled one
        for values in rows:
            top.append(list(values))
            filled.append(sum(1 for v in values if v is not None and str(v).strip()))
            if any(filled) and len(filled) - _first(filled) >= HEADER_SEARCH:
                break
        if not any(filled):
            raise InputFileError(path, "the first sheet is empty")
        start = _first(filled)
        position = start + header_position(filled[start:])
        header, header_row = top[position], position + 1
        records = [[_excel_cell(v) for v in values] for values in top[position + 1 :]]
        records += [[_excel_cell(v) for v in values] for values in rows]
        numbers = list(range(header_row + 1, header_row + 1 + len(records)))
    finally:
        book.close()
    if header_row != 1:
        notices.append(f"header found on row {header_row} of the sheet")
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
