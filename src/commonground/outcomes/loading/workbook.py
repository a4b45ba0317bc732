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


def header_cells(found) -> list:
    """The header row of a sheet (see :func:`_header_of`): its cells as written."""
    top, filled, _ = found
    start = _first(filled)
    return top[start + header_position(filled[start:], top[start:])]


def _holds(found, wanted) -> bool:
    """True when the header ``found`` (see :func:`_header_of`) holds the log.

    ``wanted`` is a tuple of column names (as normalised by
    :func:`privacy.normalise_name`), every one of which must be named, or a function
    given the header's cells as text (an import asks its source whether it can map them).
    """
    if found is None:
        return False
    header = [str(v).strip() for v in header_cells(found) if v is not None and str(v).strip()]
    if callable(wanted):
        return bool(header) and wanted(header)
    from commonground.outcomes.privacy import normalise_name

    return set(wanted) <= {normalise_name(v) for v in header}


def _named(book, sheet, path):
    """The sheet ``sheet`` names: its number (from 1, as text or int) or its title."""
    sheets = book.worksheets
    text = str(sheet).strip()
    if text.isdigit() and 1 <= int(text) <= len(sheets):
        return sheets[int(text) - 1], int(text)
    for number, candidate in enumerate(sheets, start=1):
        if str(candidate.title).strip().casefold() == text.casefold():
            return candidate, number
    raise NoSuchSheetError(path, text, [str(s.title) for s in sheets])


class NoSuchSheetError(InputFileError):
    """A sheet asked for (``--sheet``, the upload's "Sheet" box) that the workbook lacks.

    The command line's message names every sheet by number and title, as it names the
    file: the line the trainer acts on, in their own terminal. Lesson 11's upload words
    it for a screen that may be projected (see :mod:`commonground.widgets.log_upload`)
    from ``asked`` and ``titles``.
    """

    def __init__(self, path, asked: str, titles: list[str]):
        self.asked, self.titles = asked, list(titles)
        listed = ", ".join(f"{n} {title!r}" for n, title in enumerate(self.titles, start=1))
        super().__init__(
            path,
            f"has no sheet {asked!r} (--sheet takes a sheet's number or its name; "
            f"the workbook has {len(self.titles)}: {listed})",
        )


def _choose_sheet(book, wanted, notices: list[str], sheet=None, path=None):
    """The sheet to read: the one ``sheet`` names, else the first, or (with ``wanted``)
    the first whose header holds the log when the first sheet's does not: a workbook
    often opens on a summary or instructions. Other sheets that also hold the log are
    named in a notice, so their rows are not left out without a word."""
    sheets = book.worksheets
    if sheet is not None:
        chosen, number = _named(book, sheet, path)
        if len(sheets) > 1:
            notices.append(f"read sheet {number} of {len(sheets)}{_title(chosen)} (--sheet)")
        return chosen, _header_of(chosen)
    first = _header_of(sheets[0])
    if len(sheets) == 1:
        return sheets[0], first
    if not wanted:
        notices.append(f"read the first sheet{_title(sheets[0])} of {len(sheets)}")
        return sheets[0], first
    found = [(1, sheets[0], first)] + [
        (number, s, _header_of(s)) for number, s in enumerate(sheets[1:], start=2)
    ]
    holding = [(n, s, f) for n, s, f in found if _holds(f, wanted)]
    if not holding or holding[0][0] == 1:
        notices.append(f"read the first sheet{_title(sheets[0])} of {len(sheets)}")
        chosen = (1, sheets[0], first)
    else:
        chosen = holding[0]
        notices.append(
            f"read sheet {chosen[0]} of {len(sheets)}{_title(chosen[1])}: the first sheet"
            f"{_title(sheets[0])} lacks the log's required columns"
        )
    others = [f"{n}{_title(s)}" for n, s, _ in holding if n != chosen[0]]
    if others:
        notices.append(
            f"sheet(s) {', '.join(others)} also hold a log and were not read: choose one "
            f"with --sheet (a number or a name), or put the rows in one sheet"
        )
    return chosen[1], chosen[2]


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


def load_xlsx(path: Path | InMemoryFile, wanted=(), sheet: str | int | None = None) -> RawTable:
    """Read a sheet of an Excel workbook; the header is found as in a CSV.

    Rows above it (a title, blank rows) are skipped: see
    :func:`~commonground.outcomes.loading.text.header_position`. With ``wanted``
    (column names, as normalised by :func:`privacy.normalise_name`, or a function of
    the header's cells: see :func:`_holds`), a later sheet is read instead when the
    first one's header does not hold the log and that sheet's does, with a notice
    naming both; other sheets that hold a log are named in a notice. ``sheet`` (a
    number from 1, or a title, any case) reads that sheet; one the workbook does not
    have is refused, naming the sheets it has.
    """
    from openpyxl import load_workbook

    try:
        book = load_workbook(binary(path), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise InputFileError(path, f"could not be read as an Excel workbook ({exc})") from None
    notices = []
    try:
        chosen, found = _choose_sheet(book, wanted, notices, sheet, path)
        if found is None:
            which = "the first sheet" if sheet is None else f"sheet {str(sheet).strip()!r}"
            raise InputFileError(path, f"{which} is empty")
        top, filled, rows = found
        start = _first(filled)
        position = start + header_position(filled[start:], top[start:])
        header, header_row = top[position], position + 1
        records = [[_excel_cell(v) for v in values] for values in top[position + 1 :]]
        records += [[_excel_cell(v) for v in values] for values in rows]
        numbers = list(range(header_row + 1, header_row + 1 + len(records)))
        merged = _merged_over_rows(book, chosen, header_row)
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
