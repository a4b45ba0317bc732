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
"""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from commonground.errors import InputFileError
from commonground.outcomes import privacy
from commonground.outcomes.results import Problem
from commonground.outcomes.schema import column, is_spec_column

SUPPORTED = (".csv", ".tsv", ".txt", ".xlsx", ".parquet")
#: Delimited text under another name: a TSV download, Excel's "Text (Tab delimited)" and
#: "Unicode Text" save as ``.txt``. Read as a CSV is (the separator is sniffed).
TEXT_SUFFIXES = (".tsv", ".txt")
#: Text columns with few distinct values, read dictionary-encoded like categories.
FEW_VALUES = ("organizer",)
_HEAD_BYTES = 1 << 20
# pyarrow parses blocks in parallel; 8 MiB blocks (instead of 1) cut the per-block work
# on big files while still giving every core a block (measured on a 170 MB log).
_BLOCK_BYTES = 8 << 20


@dataclass(frozen=True)
class InMemoryFile:
    """A file given as its name and bytes (an upload): read in memory, never saved.

    Messages name it by ``name``, as they name a file on disk by its path.
    """

    name: str
    data: bytes

    def __str__(self) -> str:
        return self.name


@dataclass
class RawTable:
    """Cells as read, their row numbers, and what the loader had to say."""

    frame: pd.DataFrame
    rows: np.ndarray
    notices: list[str] = field(default_factory=list)
    quarantine: pd.DataFrame | None = None
    problems: list[Problem] = field(default_factory=list)


def load_table(path: str | Path | InMemoryFile, *, categories: bool = False) -> RawTable:
    """Load ``path`` (.csv, .xlsx or .parquet, or an :class:`InMemoryFile`) as a :class:`RawTable`.

    With ``categories``, a CSV's category columns are read dictionary-encoded (pandas
    categoricals): each distinct spelling is stored once, and validation and analysis
    work on the few distinct values instead of a million cells.

    Raises
    ------
    InputFileError
        The file is missing, empty, of an unsupported type, or cannot be read.
    """
    if isinstance(path, InMemoryFile):
        return _load_in_memory(path, categories)
    path = Path(path)
    suffix = _supported_suffix(path, path.name)
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


def _load_in_memory(source: InMemoryFile, categories: bool) -> RawTable:
    suffix = _supported_suffix(source, source.name)
    if not source.data:
        raise InputFileError(source, "the file is empty")
    if suffix == ".csv":
        return load_csv(source, categories=categories)
    return load_xlsx(source) if suffix == ".xlsx" else load_parquet(source)


def _binary(source: Path | InMemoryFile):
    """What readers that take a path or a binary file can open."""
    return io.BytesIO(source.data) if isinstance(source, InMemoryFile) else source


def _head(source: Path | InMemoryFile) -> bytes:
    if isinstance(source, InMemoryFile):
        return source.data[:_HEAD_BYTES]
    with open(source, "rb") as handle:
        return handle.read(_HEAD_BYTES)


def _all_bytes(source: Path | InMemoryFile) -> bytes:
    return source.data if isinstance(source, InMemoryFile) else source.read_bytes()


# --- CSV -----------------------------------------------------------------------------


def _detect_encoding(head: bytes) -> str:
    """``utf-8``, ``utf-16`` (Excel's "Unicode Text", tab-separated) or ``cp1252``."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = head[:4096]
    if len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 4:
        return "utf-16-le"  # no byte-order mark, but every other byte is zero
    try:
        head.decode("utf-8-sig")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3 and len(head) == _HEAD_BYTES:
            return "utf-8"  # cut inside a character at the end of the sample
        return "cp1252"


def _head_text(head: bytes, encoding: str) -> str:
    """The first bytes as text (a character cut at the end becomes a replacement mark)."""
    return head.decode("utf-8-sig" if encoding == "utf-8" else encoding, errors="replace")


def refuse_if_not_text(source, head: bytes, expected: str = "CSV") -> None:
    """Refuse, with a plain message, a file whose content is not CSV text.

    A workbook or a JSON file renamed ``.csv``, or a binary file, would otherwise be
    read as garbled cells and reported as missing columns.

    Raises
    ------
    InputFileError
        The content is a workbook, JSON, or not text at all.
    """
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if body.startswith(b"PK\x03\x04"):
        raise InputFileError(
            source,
            "is an Excel workbook (or another zip file), not CSV text: "
            "rename it to .xlsx, or save it from the spreadsheet as CSV",
        )
    if body.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputFileError(
            source, "is an old Excel .xls workbook: save it from Excel as .xlsx or CSV"
        )
    if expected == "CSV" and body[:1] in (b"{", b"["):
        raise InputFileError(
            source,
            "holds JSON, not CSV text: save it as CSV or Excel (or rename it to .json "
            "when you import an export)",
        )
    if _detect_encoding(head) != "cp1252":
        return  # valid UTF-8 or UTF-16 is text, whatever odd characters its cells hold
    sample = body[:65536]
    control = sum(sample.count(bytes([b])) for b in (*range(9), 11, 12, *range(14, 32)))
    if control > max(2, len(sample) // 100):
        raise InputFileError(source, f"does not hold text (is it really a {expected} file?)")


def _sniff_delimiter(head: bytes, encoding: str = "utf-8") -> str:
    """The cell separator: ``,`` unless the header line has more ``;`` or tabs.

    Excel in many European locales saves "CSV" with semicolons.
    """
    lines = _head_text(head, encoding).splitlines()
    first_line = lines[0] if lines else ""
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] > counts[","] else ","


def _read_header(path: Path, head: bytes, encoding: str, delimiter: str) -> list[str]:
    text = _head_text(head, encoding)
    try:  # newline="": a line may end in CR LF, LF or a lone CR (old Mac Excel)
        header = next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])
    except csv.Error as exc:
        raise InputFileError(path, f"could not read the header row: {exc}") from None
    if not any(cell.strip() for cell in header):
        raise InputFileError(path, "the file is empty (no header row)")
    return header


#: How many leading rows are searched for the header below a title.
_HEADER_SEARCH = 10


def rows_above_header(text: str, sep: str) -> int:
    """How many rows above the header a hand-kept sheet has (a title, a blank line).

    A sheet saved as CSV often starts with a title in its first cell ("Spring 1:1s -
    Team Riverside") and a blank row. The header is taken to be the first of the first
    rows that fills more than half as many cells as the fullest of them; rows above it
    (each filling at most one cell) are skipped, with a notice. A header with a blank
    cell or two is still the first row.
    """
    try:
        records = list(
            itertools.islice(
                csv.reader(io.StringIO(text, newline=""), delimiter=sep), _HEADER_SEARCH
            )
        )
    except csv.Error:
        return 0
    filled = [sum(1 for cell in record if cell.strip()) for record in records]
    if len(filled) < 2 or filled[0] > 1:
        return 0
    most = max(filled)
    for position, count in enumerate(filled):
        if count > 1 and count * 2 > most:
            return position if all(c <= 1 for c in filled[:position]) else 0
    return 0


def above_header_notice(above: int) -> str:
    """The notice given when ``above`` rows above the header were skipped."""
    span = "1" if above == 1 else f"1-{above}"
    return (
        f"the header is row {above + 1}: row(s) {span} above it (a title, blank lines) "
        "are not data and were skipped"
    )


def read_header_at(path, head: bytes, encoding: str, sep: str, above: int) -> list[str]:
    if not above:
        return _read_header(path, head, encoding, sep)
    text = _head_text(head, encoding)
    return next(
        itertools.islice(csv.reader(io.StringIO(text, newline=""), delimiter=sep), above, None)
    )


class _RaggedRowsError(Exception):
    """pyarrow met a row with the wrong number of cells."""


def load_csv(path: Path | InMemoryFile, *, categories: bool = False) -> RawTable:
    """Read a CSV file (UTF-8 with or without BOM; Windows-1252 as a fallback).

    ``categories``: read category columns as pandas categoricals (see :func:`load_table`).
    """
    head = _head(path)
    if not head.lstrip(b"\xef\xbb\xbf \t\r\n"):
        raise InputFileError(path, "the file is empty")
    refuse_if_not_text(path, head)
    encoding = _detect_encoding(head)
    sep = _sniff_delimiter(head, encoding)
    notices = [] if sep == "," else [f"cells are separated by {sep!r}, not commas"]
    if encoding.startswith("utf-16"):
        notices.append("file is UTF-16 text (Excel's 'Unicode Text'); read it as such")
    above = rows_above_header(_head_text(head, encoding), sep)
    if above:
        notices.append(above_header_notice(above))
    frame = None
    try:
        if encoding == "utf-8":
            header = read_header_at(path, head, encoding, sep, above)
            frame = _pyarrow_csv(path, header, encoding, sep, categories, above)
    except UnicodeDecodeError:
        encoding = "cp1252"
    except _RaggedRowsError:
        pass
    if encoding == "cp1252":
        notices.append("file is not UTF-8; read it as Windows-1252 (Excel's usual export)")
    header = read_header_at(path, head, encoding, sep, above)
    if frame is None and encoding != "utf-8":
        with contextlib.suppress(_RaggedRowsError, UnicodeDecodeError):
            frame = _pyarrow_csv(path, header, encoding, sep, categories, above)
    if frame is None:
        try:
            text = _all_bytes(path).decode("utf-8-sig" if encoding == "utf-8" else encoding)
        except UnicodeDecodeError:
            raise InputFileError(
                path, "is neither UTF-8 nor Windows-1252 text (is it really a CSV file?)"
            ) from None
        return _python_csv(path, text, header, sep, notices, above)
    rows = np.arange(2 + above, len(frame) + 2 + above, dtype=np.int64)
    return RawTable(frame, rows, notices + frame.attrs.pop("notices", []))


class _ConversionError(Exception):
    """A cell did not fit the type pyarrow was asked to read its column as."""


def _pyarrow_csv(
    path: Path, header: list[str], encoding: str, sep: str, categories: bool, above: int = 0
):
    """Read with pyarrow: first typed (fast, lean), then as text if a cell does not fit.

    The typed try reads boolean, integer and date columns straight into their types
    when every cell is spelled in one of the usual ways; a single odd cell (``maybe``
    in a boolean column, ``30.0`` in an integer one) sends the whole file down the
    all-text path, where validation reports each odd cell by row.
    """
    try:
        return _pyarrow_read(
            path, header, encoding, sep, typed=True, categories=categories, above=above
        )
    except _ConversionError:
        return _pyarrow_read(
            path, header, encoding, sep, typed=False, categories=categories, above=above
        )


_ARROW_KINDS = {"boolean": "bool_", "integer": "int64", "date": "date32"}
_TRUE = ["true", "True", "TRUE", "yes", "Yes", "YES", "y", "Y", "1"]
_FALSE = ["false", "False", "FALSE", "no", "No", "NO", "n", "N", "0"]


def _arrow_type(name: str, typed: bool, categories: bool):
    import pyarrow as pa

    kind = column(name).kind if is_spec_column(name) else None
    if typed and kind in _ARROW_KINDS:
        return getattr(pa, _ARROW_KINDS[kind])()
    if categories and (kind == "category" or name in FEW_VALUES):
        return pa.dictionary(pa.int32(), pa.string())  # becomes a pandas categorical
    return pa.large_string()  # what pandas' ``str`` dtype holds: no copy on hand-over


def _to_pandas(chunked) -> pd.Series:
    """One arrow column as the pandas type validation expects, copying as little as we can."""
    import pyarrow as pa
    import pyarrow.compute as pc

    kind = chunked.type
    if pa.types.is_dictionary(kind):
        return chunked.to_pandas()  # a categorical; chunk dictionaries are unified
    if pa.types.is_large_string(kind):
        return pd.Series(pd.array(chunked, dtype="str"), copy=False)
    if pa.types.is_date32(kind):
        return chunked.cast(pa.timestamp("us")).to_pandas()
    if chunked.null_count == 0:  # nothing to fill: one pass, one copy
        mask = np.zeros(len(chunked), dtype=bool)
        values = chunked.to_numpy()
    else:
        mask = pc.is_null(chunked).to_numpy(zero_copy_only=False)
        values = pc.fill_null(chunked, False if pa.types.is_boolean(kind) else 0)
        values = values.to_numpy(zero_copy_only=False)
    # copy=False: the arrays are new and ours; pandas would otherwise copy them again
    if pa.types.is_boolean(kind):
        return pd.Series(pd.arrays.BooleanArray(values, mask), copy=False)
    integers = pd.arrays.IntegerArray(values.astype(np.int64, copy=False), mask)
    return pd.Series(integers, copy=False)


def _pyarrow_read(
    path, header, encoding, sep, *, typed: bool, categories: bool, above: int = 0
) -> pd.DataFrame:
    import pyarrow as pa
    from pyarrow import csv as pacsv

    names = [f"\x00{i}" for i in range(len(header))]  # placeholders: header may repeat
    normalised = [privacy.normalise_name(h) for h in header]
    # notes and personal-data columns are dropped anyway: never load them (saves memory)
    skipped = [i for i, name in enumerate(normalised) if privacy.dropped_on_read(name)]
    if len(set(normalised)) < len(normalised):
        # validation refuses repeated names: keep every column for it, as plain text
        skipped, typed, categories = [], False, False
    # Allowing line breaks inside cells halves pyarrow's speed; a file without a single
    # double quote cannot have any, so only quoted files pay for it.
    quoted = _contains_byte(path, b'"')

    def on_invalid(row) -> str:
        return "error"  # pyarrow raises ArrowInvalid; the exact path takes over

    try:
        table = pacsv.read_csv(
            pa.BufferReader(path.data) if isinstance(path, InMemoryFile) else path,
            read_options=pacsv.ReadOptions(
                column_names=names,
                skip_rows=1 + above,
                encoding=encoding,
                block_size=_BLOCK_BYTES,
            ),
            parse_options=pacsv.ParseOptions(
                delimiter=sep,
                newlines_in_values=quoted,
                ignore_empty_lines=False,
                invalid_row_handler=on_invalid,
            ),
            convert_options=pacsv.ConvertOptions(
                column_types={
                    n: _arrow_type(normalised[i], typed, categories) for i, n in enumerate(names)
                },
                include_columns=[n for i, n in enumerate(names) if i not in skipped],
                null_values=[""],  # only an empty cell is missing: "NA" is a value
                strings_can_be_null=True,
                quoted_strings_can_be_null=True,
                true_values=_TRUE,
                false_values=_FALSE,
            ),
        )
    except pa.ArrowInvalid as exc:
        message = str(exc)
        if "UTF8" in message or "UTF-8" in message:
            raise UnicodeDecodeError("utf-8", b"", 0, 1, message) from None
        if typed and "conversion error" in message:
            raise _ConversionError(message) from None
        raise _RaggedRowsError() from None
    kept = [i for i in range(len(header)) if i not in skipped]
    columns = dict(zip(kept, table.columns, strict=True))
    del table
    data = {i: _to_pandas(columns.pop(i)) for i in kept}
    frame = pd.DataFrame(data, copy=False)
    frame.columns = [header[i] for i in kept]
    notices = frame.attrs.setdefault("notices", [])
    personal = [normalised[i] for i in skipped if normalised[i] != "notes"]
    if personal:
        notices.append(privacy.personal_notice(personal))
    if "notes" in (normalised[i] for i in skipped):
        notices.append(privacy.NOTES_NOTICE)
    return frame


def _contains_byte(path: Path | InMemoryFile, needle: bytes) -> bool:
    """Return True when the file contains ``needle``.

    The file is memory-mapped and searched in place (no copy into Python bytes).
    """
    import mmap

    if isinstance(path, InMemoryFile):
        return needle in path.data
    with open(path, "rb") as handle:
        try:
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
                return mapped.find(needle) >= 0
        except (ValueError, OSError):  # an empty file or one that cannot be mapped
            while block := handle.read(1 << 24):
                if needle in block:
                    return True
            return False


def _python_csv(path, text, header, sep, notices, above: int = 0) -> RawTable:
    """Slow, exact path: every record keeps its own row number, ragged ones quarantined."""
    width = len(header)
    good, good_rows, ragged = [], [], []
    try:
        for number, record in enumerate(
            csv.reader(io.StringIO(text, newline=""), delimiter=sep), start=1
        ):
            if number <= 1 + above:
                continue
            if len(record) == width:
                good.append(record)
                good_rows.append(number)
            elif record and any(cell.strip() for cell in record):
                ragged.append((number, record))
            elif not record:
                good.append([""] * width)  # a blank line: skipped later with a notice
                good_rows.append(number)
            else:
                good.append((record + [""] * width)[:width])
                good_rows.append(number)
    except csv.Error as exc:
        raise InputFileError(path, f"could not be read as CSV: {exc}") from None
    columns = [f"\x00{i}" for i in range(width)]
    frame = pd.DataFrame(good, columns=columns, dtype="str") if good else None
    if frame is None:
        frame = pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
    frame = frame.where(frame != "")
    frame.columns = header
    problems, q_rows = [], []
    for number, record in ragged:
        message = f"has {len(record)} cells but the header has {width}"
        problems.append(Problem(number, None, None, message))
        cells = (record + [""] * width)[:width]
        q_rows.append({"row": number, "reason": message, **dict(zip(header, cells, strict=True))})
    quarantine = pd.DataFrame(q_rows) if q_rows else None
    if quarantine is not None:
        quarantine["row"] = quarantine["row"].astype("Int64")
    return RawTable(frame, np.asarray(good_rows, dtype=np.int64), notices, quarantine, problems)


# --- Excel and Parquet ---------------------------------------------------------------


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


def load_xlsx(path: Path | InMemoryFile) -> RawTable:
    """Read the first sheet of an Excel workbook; the header is the first non-empty row."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(_binary(path), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise InputFileError(path, f"could not be read as an Excel workbook ({exc})") from None
    notices = []
    try:
        sheet = book.worksheets[0]
        if len(book.worksheets) > 1:
            notices.append(f"read the first sheet '{sheet.title}' of {len(book.worksheets)}")
        header, header_row, records, numbers = None, 0, [], []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if header is None:
                if any(v is not None and str(v).strip() for v in values):
                    header, header_row = list(values), number
                continue
            records.append([_excel_cell(v) for v in values])
            numbers.append(number)
    finally:
        book.close()
    if header is None:
        raise InputFileError(path, "the first sheet is empty")
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
        frame = pd.read_parquet(_binary(path))
    except Exception as exc:  # pyarrow raises several kinds for a broken file
        raise InputFileError(path, f"could not be read as Parquet ({exc})") from None
    frame = frame.reset_index(drop=True)
    return RawTable(frame, np.arange(2, len(frame) + 2, dtype=np.int64))
