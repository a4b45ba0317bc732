"""Reading an export in batches of text cells: CSV (streamed), xlsx, JSON.

CSV is streamed with pyarrow, a block at a time, every cell as text; a file with a row
pyarrow cannot split is read again with Python's ``csv`` module so such rows can be
quarantined under their own number. xlsx goes through the outcome-log loader. JSON may
be a list of records, an object with a ``data`` list (Mobilize), or an object whose
``_embedded`` holds one list (Action Network / OSDI); records are flattened with
:func:`pandas.json_normalize` (nested fields become dotted names: ``event.event_type``).

Row numbers: spreadsheet rows for CSV and xlsx (header = row 1); for JSON the record's
position, first = 1.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from commonground.errors import InputFileError
from commonground.outcomes import loading
from commonground.outcomes.loading.sources import arrow_read_options, contains_byte
from commonground.outcomes.loading.text import (
    detect_encoding,
    head_text,
    lines_before_data,
    sniff_delimiter,
)

SUPPORTED = (".csv", *loading.TEXT_SUFFIXES, ".xlsx", ".json")


@dataclass
class Export:
    """An opened export: its header, what the reader noticed, and its batches."""

    path: Path
    headers: list[str]
    batches: Iterator[tuple[pd.DataFrame, np.ndarray]]
    notices: list[str] = field(default_factory=list)
    ragged: list[tuple[int, str]] = field(default_factory=list)
    unit: str = "row"
    exact: object = None
    #: The header cells as written (``headers`` makes repeated names unique).
    raw_headers: list[str] | None = None


def open_export(path: str | Path, sheet: str | None = None, holds=None) -> Export:
    """Open ``path`` for import; errors name the file.

    For a workbook, ``sheet`` (a number from 1, or a title) names the sheet to read;
    otherwise the first sheet is read, or the first whose header ``holds(headers)``
    says holds the log when the first's does not (see
    :func:`commonground.outcomes.loading.load_xlsx`).

    Raises
    ------
    InputFileError
        Missing, empty, unsupported or unreadable file.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise InputFileError(
            path,
            f"unsupported file type '{suffix or '(none)'}' (use .csv, .tsv, .txt, .xlsx or .json)",
        )
    if not path.is_file():
        raise InputFileError(path, "file not found" if not path.exists() else "is not a file")
    if path.stat().st_size == 0:
        raise InputFileError(path, "the file is empty")
    if sheet is not None and suffix != ".xlsx":
        raise InputFileError(
            path,
            f"--sheet {sheet} chooses a sheet of an Excel workbook (.xlsx); this file has none",
        )
    try:
        if suffix in (".csv", *loading.TEXT_SUFFIXES):
            return _open_csv(path)
        if suffix == ".xlsx":
            table = loading.load_xlsx(path, wanted=holds or (), sheet=sheet)
            frame = _as_text_frame(table.frame)
            export = Export(path, list(frame.columns), iter([(frame, table.rows)]), table.notices)
            export.raw_headers = [str(c) for c in table.frame.columns]  # repeats refused
            return export
        return _open_json(path)
    except OSError as exc:
        raise InputFileError(path, f"could not be read ({exc.strerror or exc})") from None


def _as_text_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Every column as text, by position (a sheet may name a column twice), named
    uniquely as a CSV's header is (:func:`_unique`)."""
    from commonground.outcomes.importers.cells import text

    by_position = frame.set_axis(range(frame.shape[1]), axis=1)
    out = pd.DataFrame({i: text(by_position, i) for i in range(frame.shape[1])})
    out.columns = _unique([str(c) for c in frame.columns])
    return out


# --- CSV -----------------------------------------------------------------------------


def _open_csv(path: Path) -> Export:
    with open(path, "rb") as handle:
        head = handle.read(1 << 20)
    if not head.lstrip(b"\xef\xbb\xbf \t\r\n"):
        raise InputFileError(path, "the file is empty")
    loading.refuse_if_not_text(path, head)
    encoding = detect_encoding(head)
    sep = sniff_delimiter(head, encoding)
    notices = [] if sep == "," else [f"cells are separated by {sep!r}, not commas"]
    if encoding.startswith("utf-16"):
        notices.append("file is UTF-16 text (Excel's 'Unicode Text'); read it as such")
    if encoding == "cp1252":
        notices.append("file is not UTF-8; read it as Windows-1252 (Excel's usual export)")
    above = loading.rows_above_header(head_text(head, encoding), sep)
    if above:
        notices.append(loading.above_header_notice(above))
    header = loading.read_header_at(path, head, encoding, sep, above)

    def exact(error: NeedsExactPathError) -> Export:
        notes = list(notices)
        used = encoding
        if error.encoding_error and encoding == "utf-8":
            notes.append("file is not UTF-8; read it as Windows-1252 (Excel's usual export)")
            used = "cp1252"
        return _python_csv(
            path, loading.read_header_at(path, head, used, sep, above), used, sep, notes, above
        )

    batches = _arrow_batches(path, header, encoding, sep, above)
    export = Export(path, _unique(header), batches, notices)
    export.exact = exact
    export.raw_headers = [str(h) for h in header]
    return export


class NeedsExactPathError(Exception):
    """pyarrow met a row it cannot split (or bad UTF-8): read the file the exact way.

    The importer catches it while iterating the batches, drops what it mapped so far
    and calls ``export.exact(error)``.
    """

    def __init__(self, encoding_error: bool):
        self.encoding_error = encoding_error


def _arrow_batches(path, header, encoding, sep, above: int = 0):
    import pyarrow as pa
    from pyarrow import csv as pacsv

    names = [f"c{i}" for i in range(len(header))]
    quoted = contains_byte(path, b'"')
    try:
        reader = pacsv.open_csv(
            path,
            read_options=arrow_read_options(
                names, lines_before_data(path, encoding, sep, above), encoding
            ),
            parse_options=pacsv.ParseOptions(
                delimiter=sep, newlines_in_values=quoted, ignore_empty_lines=False
            ),
            convert_options=pacsv.ConvertOptions(
                column_types={n: pa.large_string() for n in names},
                null_values=[""],
                strings_can_be_null=True,
                quoted_strings_can_be_null=True,
            ),
        )
        start = 2 + above
        for record_batch in reader:
            frame = pd.DataFrame(
                {
                    header_name: pd.Series(pd.array(column, dtype="str"), copy=False)
                    for header_name, column in zip(
                        _unique(header), record_batch.columns, strict=True
                    )
                },
                copy=False,
            )
            rows = np.arange(start, start + len(frame), dtype=np.int64)
            start += len(frame)
            yield frame, rows
    except pa.ArrowInvalid as exc:
        message = str(exc)
        raise NeedsExactPathError("UTF8" in message or "UTF-8" in message) from None
    except UnicodeDecodeError:  # a byte the fallback encoding has no character for
        raise NeedsExactPathError(encoding == "utf-8") from None


def _unique(header: list[str]) -> list[str]:
    """Header names made unique (a repeated name gets ``_2``, ...), blanks named."""
    seen: dict[str, int] = {}
    out = []
    for i, name in enumerate(header, start=1):
        name = str(name).strip() or f"unnamed_{i}"
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return out


def _python_csv(path, header, encoding, sep, notices, above: int = 0) -> Export:
    try:
        data = path.read_bytes().decode("utf-8-sig" if encoding == "utf-8" else encoding)
    except UnicodeDecodeError:
        raise InputFileError(
            path, "is neither UTF-8 nor Windows-1252 text (is it really a CSV file?)"
        ) from None
    width = len(header)
    good, numbers, ragged = [], [], []
    try:
        reader = csv.reader(io.StringIO(data, newline=""), delimiter=sep)
        for number, record in enumerate(reader, start=1):
            if number <= 1 + above:
                continue
            if len(record) == width or not any(cell.strip() for cell in record):
                good.append((record + [""] * width)[:width])
                numbers.append(number)
            else:
                ragged.append((number, f"has {len(record)} cells but the header has {width}"))
    except csv.Error as exc:
        raise InputFileError(path, f"could not be read as CSV: {exc}") from None
    frame = pd.DataFrame(good, columns=_unique(header), dtype="str")
    frame = frame.where(frame != "")
    rows = np.asarray(numbers, dtype=np.int64)
    export = Export(path, _unique(header), iter([(frame, rows)]), notices, ragged)
    export.raw_headers = [str(h) for h in header]
    return export


# --- JSON ----------------------------------------------------------------------------


def _records(path: Path, data) -> list:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for key in ("data", "items"):  # Mobilize: data; VAN / EveryAction: items
            if isinstance(data.get(key), list):
                return data[key]
        embedded = data.get("_embedded")
        if isinstance(embedded, dict):
            lists = [v for v in embedded.values() if isinstance(v, list)]
            if len(lists) == 1:
                return lists[0]
    raise InputFileError(path, "JSON must be a list of records or an object with a 'data' list")


def _open_json(path: Path) -> Export:
    try:
        raw = path.read_bytes()
        loading.refuse_if_not_text(path, raw[:65536], expected="JSON")
        # JSON is UTF-8; a Windows "Unicode" save is UTF-16 with a byte-order mark
        encoding = "utf-16" if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
        data = json.loads(raw.decode(encoding))
    except UnicodeDecodeError:
        raise InputFileError(path, "could not be read as JSON: it is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise InputFileError(
            path, f"could not be read as JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    records = _records(path, data)
    bad = [i for i, r in enumerate(records, start=1) if not isinstance(r, dict)]
    notices = []
    ragged = [(i, "is not a JSON object") for i in bad]
    keep = [r for r in records if isinstance(r, dict)]
    numbers = np.asarray(
        [i for i, r in enumerate(records, start=1) if isinstance(r, dict)], dtype=np.int64
    )
    if not keep and not ragged:
        raise InputFileError(path, "no records (the JSON list is empty)")
    flat = pd.json_normalize(keep) if keep else pd.DataFrame()
    frame = _as_text_frame(flat) if len(flat.columns) else pd.DataFrame(index=range(len(keep)))
    return Export(path, list(frame.columns), iter([(frame, numbers)]), notices, ragged, "record")
