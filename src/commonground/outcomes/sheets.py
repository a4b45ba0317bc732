"""Several sheets of one workbook read as logs of their own (``log merge --sheet``).

``log validate``, ``analyze`` and ``report`` read them as one log through ``log merge``'s
code (:mod:`commonground.outcomes.sheet_log`).

A team often keeps one workbook with a sheet per organizer or per month. ``log merge``
reads the sheets it is told to (``--sheet 2 --sheet April``, or ``--sheet all``), each
by its own header row, as ``read_log`` reads one sheet, so sheets whose columns come in
different orders, with extra columns or a title above, are each read right. Each sheet
is a part of the merge with a label naming the file and the sheet (``file 1 sheet 3
'April'``), so every message about a row says where it came from; a sheet's title is
left out of the label when it may name someone (a sheet per organizer titled "Maria"),
unless the files are named (``--show-names``).

With ``all`` (ours), a sheet that holds none of the log's required columns (a "Read me"
or summary sheet, an empty one) is skipped with a notice naming it (so is one with the
log's header and no meetings, next month's template: see ``merge_logs``); a sheet that holds
some of them but not all (another layout) is refused, naming the file, the sheet and
the columns it lacks: it looks like a log, and its rows must not be left out without a
word. A named sheet is refused in the same way. A file that is not a workbook is read
whole under ``all`` (it has one table) and refused under a named sheet, as ``--sheet``
is everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from commonground.errors import InputFileError

#: What ``--sheet`` takes for every sheet of a workbook.
ALL = "all"


@dataclass(frozen=True)
class Part:
    """One table to read: a file, and a sheet of it (None: the file as it is read alone)."""

    path: object
    label: str
    sheet: int | str | None
    #: How refusals name the sheet (``sheet 2 'April'``); empty when the file is read
    #: as ``read_log`` reads it alone.
    words: str = ""


def several(sheets) -> bool:
    """True when ``sheets`` (``--sheet`` given 0, 1 or more times) asks for more than
    one sheet: given twice or more, or ``all``; one sheet is read as ``read_log`` reads it."""
    if sheets is None or isinstance(sheets, (str, int)):
        sheets = [] if sheets is None else [sheets]
    return len(sheets) > 1 or (len(sheets) == 1 and str(sheets[0]).strip().lower() == ALL)


def is_workbook(path) -> bool:
    return Path(str(path)).suffix.lower() == ".xlsx"


def _sheets(path) -> list[tuple[int, str, set[str] | None]]:
    """Every sheet of the workbook: ``(number, title, its header's column names)``,
    the names normalised as the log's columns are; None for an empty sheet."""
    from openpyxl import load_workbook

    from commonground.outcomes.loading.workbook import _header_of, header_cells
    from commonground.outcomes.privacy import normalise_name

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise InputFileError(path, f"could not be read as an Excel workbook ({exc})") from None
    try:
        out = []
        for number, sheet in enumerate(book.worksheets, start=1):
            found = _header_of(sheet)
            names = None
            if found is not None:
                names = {normalise_name(v) for v in header_cells(found) if v is not None}
            out.append((number, str(sheet.title), names))
        return out
    finally:
        book.close()


def _chosen(path, asked: list[str], every: list) -> list[int]:
    """The sheet numbers ``asked`` names (numbers from 1 or titles, any case), in the
    order asked, each once; a sheet the workbook lacks is refused naming those it has."""
    from commonground.outcomes.loading.workbook import NoSuchSheetError

    numbers = []
    for item in asked:
        text = str(item).strip()
        found = None
        if text.isdigit() and 1 <= int(text) <= len(every):
            found = int(text)
        else:
            found = next((n for n, t, _ in every if t.strip().casefold() == text.casefold()), None)
        if found is None:
            raise NoSuchSheetError(path, text, [t for _, t, _ in every])
        if found not in numbers:
            numbers.append(found)
    return numbers


def sheet_words(number: int, title: str, show_names: bool) -> str:
    """``sheet 3 'April'``; the title only when it cannot name someone (a sheet per
    organizer is titled "Maria Lopez") or the files are named (``--show-names``)."""
    from commonground.outcomes.privacy import shown_value

    shown = show_names or shown_value(title) == title
    return f"sheet {number}" + (f" {title!r}" if shown else "")


def parts(
    paths: list, labels: list[str], sheets: list[str] | None, show_names: bool = False
) -> tuple[list[Part], list[str]]:
    """The tables to read for ``--sheet`` given ``sheets`` times, and notices.

    ``sheets`` None or one sheet that is not ``all``: each file is read as
    ``read_log`` reads it (one part per file; the sheet chosen as ``--sheet`` says).
    Otherwise every workbook gives one part per sheet asked (or per sheet holding a
    log, under ``all``).

    Raises
    ------
    InputFileError
        A sheet the workbook lacks, several sheets asked of a file that is not a
        workbook, ``all`` beside sheet names.
    """
    from commonground.outcomes.schema import REQUIRED

    if not several(sheets):
        one = sheets[0] if sheets else None
        return [Part(p, lab, one) for p, lab in zip(paths, labels, strict=True)], []
    every_sheet = any(str(s).strip().lower() == ALL for s in sheets)
    if every_sheet and len(sheets) > 1:
        raise InputFileError(
            paths[0], "--sheet all reads every sheet: give it alone, or name the sheets"
        )
    out, notices = [], []
    for path, label in zip(paths, labels, strict=True):
        if not is_workbook(path):
            if not every_sheet:
                raise InputFileError(
                    path,
                    f"--sheet {' --sheet '.join(map(str, sheets))} chooses sheets of an "
                    "Excel workbook (.xlsx); this file has none",
                )
            out.append(Part(path, label, None))
            continue
        every = _sheets(path)
        numbers = [n for n, _, _ in every] if every_sheet else _chosen(path, sheets, every)
        before = len(out)
        for number in numbers:
            _, title, names = every[number - 1]
            words = sheet_words(number, title, show_names)
            holds = set(REQUIRED) & (names or set())
            if every_sheet and not holds:
                what = "is empty" if names is None else "holds none of the log's required columns"
                notices.append(f"{label} {words} {what}: not read")
                continue
            out.append(Part(path, f"{label} {words}", number, words))
        if len(out) == before:  # --sheet all, and not one sheet holds a log
            raise InputFileError(
                path,
                f"none of its {len(every)} sheet(s) holds the log's required columns "
                "(a file in its own columns is read with a mapping: draft one with "
                "`commonground log import --suggest FILE`)",
            )
    return out, notices


def refused_sheet(part: Part, exc: InputFileError) -> InputFileError:
    """``exc`` (a refusal of one of several sheets) re-worded to name the sheet too."""
    if not part.words:
        return exc
    message = str(exc)
    prefix = f"{exc.path}: "
    reason = message[len(prefix) :] if message.startswith(prefix) else message
    reason = re.sub(r" \(read sheet \d+ of \d+[^()]*, as --sheet says\)", "", reason)
    if "missing required column" in reason:
        reason += (
            "; each sheet is read by its own header (a sheet per organizer needs its "
            "organizer column too): fix the sheet, or merge only the sheets that hold "
            "the log's columns (--sheet N for each)"
        )
    return InputFileError(exc.path, f"{part.words}: {reason}")
