"""Import exports into one outcome log: read in batches, map, quarantine, check the rules.

``accepted`` + ``quarantine`` always hold every row read (``n_read``): a row the mapping
cannot place is quarantined with its reason and its cells (personal-data columns left
out, e-mail addresses and phone numbers masked); a mapped row the outcome-log rules
reject is quarantined as ``read_log`` would; a ``meeting_id`` already seen in an
earlier file is quarantined naming both places.

The batches are mapped by :mod:`.batches`, the columns judged by :mod:`.columns`, the
result reported by :mod:`.report` and written by :mod:`.writing`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pandas as pd

from commonground.errors import CommonGroundError, InputFileError
from commonground.outcomes import privacy
from commonground.outcomes.importers import SOURCES
from commonground.outcomes.importers import mapper as m
from commonground.outcomes.importers.batches import map_all
from commonground.outcomes.importers.columns import is_free_text, is_personal
from commonground.outcomes.importers.files import NeedsExactPathError, open_export
from commonground.outcomes.importers.report import FileReport, ImportResult, file_label
from commonground.outcomes.importers.writing import day_text, write_import
from commonground.outcomes.merge import combine
from commonground.outcomes.validation import validate_raw

#: What callers import from here (the report and the writer live in their own modules).
__all__ = ["FileReport", "ImportResult", "day_text", "file_label", "import_file",
           "import_files", "write_import"]  # fmt: skip


def _file_tag(path: Path) -> str:
    return hashlib.sha256(path.name.encode("utf-8")).hexdigest()[:6]


def import_file(source: str, path, options: m.Options, salt: str | None = None):
    """Import one file: ``(accepted, quarantine, FileReport)``."""
    if source not in SOURCES:
        raise CommonGroundError(f"unknown source {source!r}; choose from {', '.join(SOURCES)}")
    export = open_export(path, sheet=options.sheet, holds=_holds_log(source, options))
    options = m.Options(**{**options.__dict__, "file_tag": _file_tag(export.path)})
    plan = SOURCES[source].plan(export.headers, options)
    if options.date_order is not None:  # --date-order: over a mapping file's date_order
        from commonground.outcomes.date_order import ORDERS

        plan.date_order = options.date_order
        plan.notes.append(
            f"slashed dates read {ORDERS[plan.date_order]}, as --date-order "
            f"{plan.date_order} says (a date that is none in that order is quarantined)"
        )
    repeated_note = _refuse_repeated_columns(export, plan)
    dropped = [h for h in export.headers if is_personal(h) and h not in plan.used.values()]
    free_text = [
        h for h in export.headers
        if is_free_text(h) and h not in plan.used.values() and h not in dropped
    ]  # fmt: skip
    try:
        mapped_parts, rows_parts, q_parts = map_all(export, plan, dropped + free_text)
    except NeedsExactPathError as error:
        export = export.exact(error)
        mapped_parts, rows_parts, q_parts = map_all(export, plan, dropped + free_text)
    q_parts += [
        pd.DataFrame({"row": [number], "reason": [reason]}) for number, reason in export.ragged
    ]
    early_q = pd.concat(q_parts, ignore_index=True) if q_parts else pd.DataFrame()
    mapped = pd.concat(mapped_parts, ignore_index=True) if mapped_parts else None
    rows = np.concatenate(rows_parts) if rows_parts else np.zeros(0, dtype=np.int64)
    notices = list(export.notices) + repeated_note
    if free_text:
        notices.append(
            "free-text column(s) not carried, not even to the quarantine: " + ", ".join(free_text)
        )
    if mapped is not None and len(mapped):
        # event_date is ours, not the contract's: kept aside so validation does not
        # scan a million dates for phone numbers, then put back by row number
        event_date = _event_dates(mapped.pop(m.EVENT_DATE), rows, notices)
        result = validate_raw(mapped, rows, str(export.path), salt=salt)
        accepted, late_q = result.accepted, result.quarantine
        if event_date.notna().any():
            accepted[m.EVENT_DATE] = _safe_dates(event_date, rows, accepted["row"])
        notices += [
            n for n in result.notices
            if not n.startswith(("extra column(s) kept", "optional column(s) absent"))
        ]  # fmt: skip
    else:
        accepted, late_q = _empty_accepted(), pd.DataFrame()
    quarantine = pd.concat([early_q, late_q], ignore_index=True)
    if len(quarantine):
        quarantine = quarantine.sort_values("row", kind="stable").reset_index(drop=True)
        quarantine.insert(0, "file", str(export.path))
        quarantine["row"] = quarantine["row"].astype("Int64")
    n_read = len(accepted) + len(quarantine)
    if n_read == 0:
        sheets = [n for n in export.notices if n.startswith("read ") and "sheet" in n]
        where = f"; {sheets[0]}: --sheet chooses another" if sheets else ""
        if sheets and sheets[0].endswith(" (--sheet)"):
            where = f"; {sheets[0].removesuffix(' (--sheet)')}, as --sheet says"
        raise InputFileError(
            export.path, f"no data rows (the file has a header but no rows{where})"
        )
    report = FileReport(
        str(export.path), export.unit, n_read, len(accepted), len(quarantine),
        plan.used, plan.left_empty, plan.notes, notices, dropped,
        _not_read(source, export.headers, plan, [*dropped, *free_text]),
    )  # fmt: skip
    return accepted, quarantine, report


def _holds_log(source: str, options: m.Options):
    """Whether a workbook sheet's header holds this source's log: its plan finds a
    column (or a value) for every required field. A workbook often opens on a summary
    or instructions; the first sheet that holds the log is read (see
    :func:`commonground.outcomes.loading.load_xlsx`)."""
    from commonground.outcomes.schema import REQUIRED

    def holds(headers: list[str]) -> bool:
        try:
            plan = SOURCES[source].plan(headers, options)
        except Exception:  # a mapping's column not in this sheet, ...: not this sheet
            return False
        return not any(name in REQUIRED for name in plan.left_empty)

    return holds


def _not_read(source: str, headers: list[str], plan, named: list[str]) -> list[str]:
    """The export's columns this import reads for no field (and names nowhere else).

    A column is read when the plan maps it (``used``) or the source looks it up (its
    ``COLUMNS``: a status id, a role, a canvass result); personal-data and free-text
    columns are named on their own lines; blank-headed columns (``unnamed_N``) hold
    nothing.
    """
    read = set()
    for value in plan.used.values():
        for part in str(value).split(", "):
            read.add(part.removesuffix(" (header)"))
    for candidates in getattr(SOURCES[source], "COLUMNS", {}).values():
        read.add(m.find_column(headers, candidates))
    return [
        h for h in headers
        if h not in read and h not in named and not str(h).startswith("unnamed_")
    ]  # fmt: skip


def _refuse_repeated_columns(export, plan) -> list[str]:
    """Refuse an export where a column this import reads appears twice; note other repeats.

    Headers are the same column to an import when they match ignoring case, spaces,
    underscores, dots and hyphens (``Event Type`` and ``event_type``), as the import
    matches them. Which copy to read would be a guess, and the copies may differ.
    """
    written = export.raw_headers or export.headers
    groups: dict[str, list[int]] = {}
    for position, name in enumerate(written):
        if str(name).strip():
            groups.setdefault(m.header_key(name), []).append(position)
    used = set(plan.used.values())
    notes = []
    for positions in groups.values():
        if len(positions) < 2:
            continue
        names = ", ".join(f"{written[p]!r} (column {p + 1})" for p in positions)
        if any(export.headers[p] in used for p in positions):
            raise InputFileError(
                export.path,
                f"the header names one column more than once: {names}; this import reads "
                "it and will not choose a copy: remove or rename the others",
            )
        notes.append(f"a column appears more than once and is not used: {names}")
    return notes


def _event_dates(values: pd.Series, rows: np.ndarray, notices: list[str]) -> pd.Series:
    """Excel date serials (``46087``) in ``event_date`` read as dates, as ``date``'s are
    (same rule, same notice); other cells stay as they are. An event may be in the
    future, so no date here is refused for that."""
    import datetime as dt

    from commonground.outcomes.not_meetings import row_list
    from commonground.outcomes.parsing import parse_date
    from commonground.outcomes.schema import column

    if not values.notna().any():
        return values
    parsed = parse_date(values.reset_index(drop=True), column("date"), today=dt.date.max)
    serial = np.zeros(len(values), dtype=bool)
    for mask, text in parsed.changes:
        serial |= mask
        if mask.any():
            notices.append(f"{m.EVENT_DATE}: {text}: rows {row_list(rows[mask])}")
    if not serial.any():
        return values
    days = pd.Series(parsed.values.dt.strftime("%Y-%m-%d").to_numpy(), index=values.index)
    return values.where(~serial, days).astype("str")


def _safe_dates(values: pd.Series, rows: np.ndarray, wanted: pd.Series) -> np.ndarray:
    """``values`` (one per row number in ``rows``) for the rows ``wanted``, in that order.

    A cell that is not a ``YYYY-MM-DD`` date is free text from the export: e-mail
    addresses and phone numbers in it are masked, as in any extra column.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    text = values.astype("str")
    dated = pc.match_substring_regex(pa.array(text, from_pandas=True), r"^\d{4}-\d{2}-\d{2}$")
    odd = text.notna().to_numpy() & ~pc.fill_null(dated, True).to_numpy(zero_copy_only=False)
    if odd.any():
        text = text.where(~odd, privacy.mask_text(text))
    by_row = pd.Series(text.to_numpy(), index=rows)
    return by_row.reindex(wanted.to_numpy()).to_numpy()


def useful_columns(quarantine: pd.DataFrame) -> pd.DataFrame:
    """The quarantine without columns that are empty in every one of its rows.

    Rows the mapping refused carry the export's cells and no outcome-log values; rows the
    log's rules refused carry outcome-log values and no export cells. A column empty in
    every quarantined row helps nobody find or fix a row: only ``file``, ``row`` and
    ``reason`` are always kept.
    """
    keep = []
    for name in quarantine.columns:
        cells = quarantine[name]
        filled = cells.notna()
        if cells.dtype == "str" or cells.dtype == object:
            filled &= cells.astype("str").str.strip().ne("").fillna(False)
        if name in ("file", "row", "reason") or filled.any():
            keep.append(name)
    return quarantine[keep]


def _empty_accepted() -> pd.DataFrame:
    return pd.DataFrame({"row": pd.Series(dtype="int64")})


def import_files(
    source: str,
    paths,
    *,
    options: m.Options | None = None,
    salt: str | None = None,
    labels: list[str] | None = None,
) -> ImportResult:
    """Import every file in ``paths`` from ``source`` into one outcome log.

    Parameters
    ----------
    source
        One of :data:`commonground.outcomes.importers.SOURCES`.
    paths
        Export files (.csv, .xlsx, .json).
    options
        Organizer, ask type, mapping file and other choices (:class:`.mapper.Options`).
    salt
        When given, every contact is replaced by a salted pseudonym (as ``read_log``);
        without it, only contacts that look like e-mail addresses or phone numbers are.
    labels
        What the quarantine's ``file`` column and its reasons call each file (default:
        its path). ``log import`` passes "the export" or "file 1", "file 2", ... unless
        ``--show-names``: a file may be named after the person who keeps it.

    Returns
    -------
    ImportResult
        ``len(accepted) + len(quarantine) == n_read``, always.
    """
    options = options or m.Options()
    labels = labels or [str(path) for path in paths]
    parts, quarantines, reports = [], [], []
    for path, label in zip(paths, labels, strict=True):
        accepted, quarantine, report = import_file(source, path, options, salt)
        parts.append((label, accepted))
        if len(quarantine):
            quarantine["file"] = label
            quarantines.append(quarantine)
        reports.append(report)
    usable = [(label, frame) for label, frame in parts if "meeting_id" in frame.columns]
    accepted, duplicates = combine(usable)
    if len(duplicates):
        quarantines.append(duplicates)
    quarantine = pd.concat(quarantines, ignore_index=True) if quarantines else pd.DataFrame(
        {"file": pd.Series(dtype="str"), "row": pd.Series(dtype="Int64"),
         "reason": pd.Series(dtype="str")}
    )  # fmt: skip
    if len(accepted) == 0:
        accepted = _empty_accepted()
    quarantine = useful_columns(quarantine)
    n_read = sum(r.rows for r in reports)
    return ImportResult(source, accepted, quarantine, n_read, reports)
