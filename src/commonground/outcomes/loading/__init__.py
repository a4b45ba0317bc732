"""Loading a log file into a raw table (cells as read) with spreadsheet row numbers.

Row numbers follow the spreadsheet convention everywhere: the header is row 1, the
first data row is row 2, and a cell holding a line break does not shift the count
(it is still one row, as Excel shows it).

CSV is read with pyarrow, multi-threaded: first with boolean, integer and date
columns typed, then (if one cell does not fit) with every cell as text. If pyarrow
meets a row it cannot split into the header's number of cells, the file is read
again with Python's ``csv`` module so every such row is quarantined under its own
number. Notes and personal-data columns are never loaded from a CSV.

A file can also be given as its bytes (:class:`InMemoryFile`, e.g. an upload in the app):
it is read the same way, with the same messages, and never written anywhere.

The package is split by job: :mod:`.sources` (a path or an upload's bytes, the
:class:`RawTable`), :mod:`.text` (encoding, separator, header row), :mod:`.csv_file`
(reading a CSV), :mod:`.arrow_csv` and :mod:`.python_csv` (its fast and exact paths),
:mod:`.workbook` (Excel and Parquet).
"""

from __future__ import annotations

from pathlib import Path

from commonground.errors import InputFileError
from commonground.outcomes.loading.csv_file import load_csv
from commonground.outcomes.loading.sources import (
    SUPPORTED,
    TEXT_SUFFIXES,
    InMemoryFile,
    RawTable,
)
from commonground.outcomes.loading.text import (
    above_header_notice,
    read_header_at,
    refuse_if_not_text,
    rows_above_header,
)
from commonground.outcomes.loading.workbook import load_parquet, load_xlsx
from commonground.outcomes.schema import REQUIRED

__all__ = [
    "SUPPORTED",
    "TEXT_SUFFIXES",
    "InMemoryFile",
    "RawTable",
    "above_header_notice",
    "load_csv",
    "load_parquet",
    "load_table",
    "load_xlsx",
    "read_header_at",
    "refuse_if_not_text",
    "rows_above_header",
]


def load_table(
    path: str | Path | InMemoryFile, *, categories: bool = False, sheet: str | int | None = None
) -> RawTable:
    """Load ``path`` (.csv, .xlsx or .parquet, or an :class:`InMemoryFile`) as a :class:`RawTable`.

    With ``categories``, a CSV's category columns are read dictionary-encoded (pandas
    categoricals): each distinct spelling is stored once, and validation and analysis
    work on the few distinct values instead of a million cells. ``sheet`` (a number
    from 1 or a title) chooses a workbook's sheet; it is refused for other files.

    Raises
    ------
    InputFileError
        The file is missing, empty, of an unsupported type, or cannot be read.
    """
    if isinstance(path, InMemoryFile):
        _refuse_sheet(path, path.name, sheet)
        return _load_in_memory(path, categories, sheet)
    path = Path(path)
    suffix = _supported_suffix(path, path.name)
    _refuse_sheet(path, path.name, sheet)
    if not path.exists():
        raise InputFileError(path, "file not found")
    if path.is_dir():
        raise InputFileError(path, "is a folder, not a file")
    loaders = {".csv": load_csv, ".xlsx": load_xlsx, ".parquet": load_parquet}
    try:
        if path.stat().st_size == 0:
            raise InputFileError(path, "the file is empty")
        if suffix == ".csv":
            return load_csv(path, categories=categories)
        if suffix == ".xlsx":
            return load_xlsx(path, wanted=REQUIRED, sheet=sheet)
        return loaders[suffix](path)
    except OSError as exc:  # permissions, a vanished network drive, ...
        raise InputFileError(path, f"could not be read ({exc.strerror or exc})") from None


def _supported_suffix(source, name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED:
        raise InputFileError(
            source,
            f"unsupported file type '{suffix or '(none)'}' "
            "(use .csv, .tsv, .txt, .xlsx or .parquet)",
        )
    return ".csv" if suffix in TEXT_SUFFIXES else suffix


def _refuse_sheet(source, name: str, sheet) -> None:
    """A sheet can only be chosen in a workbook: say so rather than ignore the choice."""
    if sheet is not None and Path(name).suffix.lower() != ".xlsx":
        raise InputFileError(
            source,
            f"--sheet {sheet} chooses a sheet of an Excel workbook (.xlsx); this file has none",
        )


def _load_in_memory(source: InMemoryFile, categories: bool, sheet=None) -> RawTable:
    suffix = _supported_suffix(source, source.name)
    if not source.data:
        raise InputFileError(source, "the file is empty")
    if suffix == ".csv":
        return load_csv(source, categories=categories)
    if suffix == ".xlsx":
        return load_xlsx(source, wanted=REQUIRED, sheet=sheet)
    return load_parquet(source)
