"""Sniffing delimited text: its encoding, its separator, and which row is the header."""

from __future__ import annotations

import csv
import io
import itertools
from pathlib import Path

from commonground.errors import InputFileError
from commonground.outcomes.loading.sources import HEAD_BYTES, head_bytes


def detect_encoding(head: bytes) -> str:
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
        if exc.start >= len(head) - 3 and len(head) == HEAD_BYTES:
            return "utf-8"  # cut inside a character at the end of the sample
        return "cp1252"


def head_text(head: bytes, encoding: str) -> str:
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
    if detect_encoding(head) != "cp1252":
        return  # valid UTF-8 or UTF-16 is text, whatever odd characters its cells hold
    sample = body[:65536]
    control = sum(sample.count(bytes([b])) for b in (*range(9), 11, 12, *range(14, 32)))
    if control > max(2, len(sample) // 100):
        raise InputFileError(source, f"does not hold text (is it really a {expected} file?)")


def sniff_delimiter(head: bytes, encoding: str = "utf-8") -> str:
    """The cell separator: ``,`` unless the header line has more ``;`` or tabs.

    Excel in many European locales saves "CSV" with semicolons.
    """
    lines = head_text(head, encoding).splitlines()
    first_line = lines[0] if lines else ""
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] > counts[","] else ","


def _read_header(path: Path, head: bytes, encoding: str, delimiter: str) -> list[str]:
    text = head_text(head, encoding)
    try:  # newline="": a line may end in CR LF, LF or a lone CR (old Mac Excel)
        header = next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])
    except csv.Error as exc:
        raise InputFileError(path, f"could not read the header row: {exc}") from None
    if not any(cell.strip() for cell in header):
        raise InputFileError(path, "the file is empty (no header row)")
    return header


#: How many leading rows are searched for the header below a title.
HEADER_SEARCH = 10


#: Most cells a row above the header may fill: a title and a subtitle or a date.
_TITLE_CELLS = 2


def header_position(filled: list[int], rows: list | None = None) -> int:
    """Which of the first rows is the header, given how many cells each fills.

    With ``rows`` (the first rows' cells), a row naming every required column of the
    log (any case, spaces or hyphens) is the header, whatever is above it: a row
    grouping the columns ("Meeting" | "The ask" | "Result", merged cells in Excel)
    fills more cells than a title may. Otherwise the header is the first row that fills more than half as many cells as the
    fullest of them. The rows above it are a title, a subtitle or blank lines: each may
    fill at most two cells (a title spanning two cells, "Spring 1:1s" | "Team
    Riverside") and at most a third of the fullest row, so a header with a few blank
    cells is never mistaken for a title. Otherwise the first row is the header.

    Examples
    --------
    >>> header_position([1, 0, 8, 8]), header_position([2, 0, 9, 9]), header_position([5, 8])
    (2, 2, 0)
    """
    if len(filled) < 2:
        return 0
    if rows is not None:
        named = _row_naming_the_log(rows)
        if named is not None:
            return named
    most = max(filled)
    for position, count in enumerate(filled):
        if count > 1 and count * 2 > most:
            above = filled[:position]
            title_like = all(c <= _TITLE_CELLS and c * 3 <= most for c in above)
            return position if title_like else 0
    return 0


def _row_naming_the_log(rows: list) -> int | None:
    """The first of ``rows`` whose cells name every required column of the log."""
    from commonground.outcomes.privacy import normalise_name
    from commonground.outcomes.schema import REQUIRED

    wanted = set(REQUIRED)
    for position, cells in enumerate(rows):
        if wanted <= {normalise_name(c) for c in cells if c is not None}:
            return position
    return None


def rows_above_header(text: str, sep: str) -> int:
    """How many rows above the header a hand-kept sheet has (a title, a blank line).

    A sheet saved as CSV often starts with a title ("Spring 1:1s - Team Riverside",
    sometimes spread over two cells) and a blank row; see :func:`header_position`.
    The rows above the header are skipped, with a notice.
    """
    try:
        records = list(
            itertools.islice(
                csv.reader(io.StringIO(text, newline=""), delimiter=sep), HEADER_SEARCH
            )
        )
    except csv.Error:
        return 0
    filled = [sum(1 for cell in record if cell.strip()) for record in records]
    return header_position(filled, records)


def above_header_notice(above: int) -> str:
    """The notice given when ``above`` rows above the header were skipped."""
    span = "1" if above == 1 else f"1-{above}"
    return (
        f"the header is row {above + 1}: row(s) {span} above it (a title, a row grouping "
        "the columns, blank lines) are not data and were skipped"
    )


def read_header_at(path, head: bytes, encoding: str, sep: str, above: int) -> list[str]:
    if not above:
        return _read_header(path, head, encoding, sep)
    text = head_text(head, encoding)
    return next(
        itertools.islice(csv.reader(io.StringIO(text, newline=""), delimiter=sep), above, None)
    )


def lines_before_data(path, encoding: str, sep: str, above: int) -> int:
    """How many lines the header and the ``above`` rows before it span in the file.

    A header cell may hold a line break (Excel's wrapped text, Alt+Enter in a header,
    saved as ``"Meeting\nDate"``): the header is then two lines or more, and pyarrow,
    which skips lines, would read its second line as a meeting. Counted with Python's
    CSV reader on the file's first bytes; a file without a double quote there has one
    line per row.
    """
    head = head_bytes(path)
    if b'"' not in head:
        return 1 + above
    reader = csv.reader(io.StringIO(head_text(head, encoding), newline=""), delimiter=sep)
    try:
        for _ in range(1 + above):
            next(reader)
    except (csv.Error, StopIteration):
        return 1 + above
    return reader.line_num
