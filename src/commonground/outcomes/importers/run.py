"""Import exports into one outcome log: read in batches, map, quarantine, check the rules.

``accepted`` + ``quarantine`` always hold every row read (``n_read``): a row the mapping
cannot place is quarantined with its reason and its cells (personal-data columns left
out, e-mail addresses and phone numbers masked); a mapped row the outcome-log rules
reject is quarantined as ``read_log`` would; a ``meeting_id`` already seen in an
earlier file is quarantined naming both places.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from commonground.errors import CommonGroundError, InputFileError
from commonground.outcomes import privacy
from commonground.outcomes.importers import SOURCES, day_month
from commonground.outcomes.importers import mapper as m
from commonground.outcomes.importers.files import NeedsExactPathError, open_export
from commonground.outcomes.merge import combine
from commonground.outcomes.parsing import totals_row_mask
from commonground.outcomes.validation import validate_raw


@dataclass
class FileReport:
    """What happened to one file."""

    file: str
    unit: str
    rows: int
    accepted: int
    quarantined: int
    used: dict[str, str]
    left_empty: list[str]
    notes: list[str]
    notices: list[str]
    dropped: list[str]


@dataclass
class ImportResult:
    """Every row read, either in ``accepted`` (typed, like ``read_log``) or ``quarantine``."""

    source: str
    accepted: pd.DataFrame
    quarantine: pd.DataFrame
    n_read: int
    files: list[FileReport] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every row read was accepted."""
        return len(self.quarantine) == 0

    def report(self, plain: bool = False, show_names: bool = True) -> list[str]:
        """The printed report: per file, what was mapped, left empty, assumed, quarantined.

        Parameters
        ----------
        plain
            Name the log's columns in words ("showed up", through
            :func:`commonground.labels.label`) instead of as spelled in the file
            (``showed_up``), for a page a trainer reads rather than a terminal.
        show_names
            Name each file by its path; otherwise "the export" (one file) or "file 1",
            "file 2", ... in the order given (``log import`` without ``--show-names``:
            a file may be named after the person who keeps it).
        """
        from commonground.labels import label

        def name(field_name: str) -> str:
            return label(field_name, "field") if plain else field_name

        lines = []
        for number, f in enumerate(self.files, start=1):
            called = f.file if show_names else file_label(number, len(self.files))
            lines.append(
                f"{called}: {f.rows} {f.unit}s read, {f.accepted} accepted, "
                f"{f.quarantined} quarantined"
            )
            lines += [
                f"  mapped   {name(field_name):<22} <- {c}" for field_name, c in f.used.items()
            ]
            if f.left_empty:
                lines.append("  left empty: " + ", ".join(name(e) for e in f.left_empty))
            if f.dropped:
                lines.append("  personal-data column(s) not carried: " + ", ".join(f.dropped))
            lines += [f"  note: {n}" for n in [*f.notes, *f.notices]]
        lines.append(
            f"total: {self.n_read} rows read, {len(self.accepted)} accepted, "
            f"{len(self.quarantine)} quarantined"
        )
        return lines


def file_label(number: int, count: int) -> str:
    """How a summary names the ``number``-th of ``count`` files when names are hidden."""
    return "the export" if count == 1 else f"file {number}"


def _file_tag(path: Path) -> str:
    return hashlib.sha256(path.name.encode("utf-8")).hexdigest()[:6]


#: Header words that say a column describes an event or a code, not a person.
_NOT_A_PERSON = {"event", "role", "shift", "location", "activist", "campaign",
                 "action", "sponsor", "timeslot", "survey", "question", "title", "eventtype"}  # fmt: skip


def _is_personal(header: str) -> bool:
    """True for a column holding a person's name, phone, e-mail or address."""
    import re

    key = privacy.normalise_name(header)
    parts = [p for p in re.split(r"[_.:]+", key) if p]
    lowered = [p.lower() for p in re.split(r"[\s_.:\-]+|(?<=[a-z])(?=[A-Z])", str(header)) if p]
    if _NOT_A_PERSON & set(lowered):
        return False
    return privacy.is_personal_column(key) or any(
        p in privacy.PERSONAL_WORDS for p in parts + lowered
    )


#: Header words of free-text columns: where names and life stories hide.
_FREE_TEXT = {"note", "notes", "comment", "comments", "remark", "remarks", "memo", "memos"}


def _is_free_text(header: str) -> bool:
    """True for a notes or comments column (never needed by the log, never carried)."""
    import re

    return bool(_FREE_TEXT & {p for p in re.split(r"[^a-z]+", str(header).lower()) if p})


#: Fields whose export columns hold ids or free words, kept as written in a quarantine
#: (e-mail addresses and phone numbers masked); every other mapped column holds a
#: status, an answer, a date or a number, where a name is the wrong thing.
_FREE_FIELDS = {"meeting_id", "organizer", "contact", "ask_type", "ask_type, ask_specific"}


def closed_columns(plan, headers: list[str]) -> dict[str, str | None]:
    """Export columns that feed a status, answer, date or number: ``{header: kind}``.

    In a quarantine, such a cell that may name someone is replaced by what it is
    (:func:`privacy.shown_value`), as messages show it; ``kind`` is ``"date"`` for date
    columns, so a Unix time there is shown.
    """
    known = set(headers)
    out: dict[str, str | None] = {}
    for field_name, used in plan.used.items():
        if field_name in _FREE_FIELDS:
            continue
        kind = "date" if field_name in ("date", m.EVENT_DATE) else None
        for header in str(used).split(", "):
            if header in known:
                out[header] = kind
    return out


def _quarantine_cells(
    batch: pd.DataFrame, keep: np.ndarray, dropped: list[str], closed: dict | None = None
) -> pd.DataFrame:
    """Quarantined rows' cells, shown as messages show values (:func:`privacy.shown_cells`).

    Date columns (``closed`` says which, as ``"date"``) keep Unix times; the column
    feeding ``meeting_id`` (``"id"``) keeps ids of digits alone. Names, e-mail addresses and phone numbers
    in any cell are replaced by what they are: the ``file`` and ``row`` columns say
    where the row is.
    """
    cells = batch.loc[keep, [c for c in batch.columns if c not in dropped]]
    for name in cells.columns:
        kind = (closed or {}).get(name)
        an_id = kind == "id"
        cells[name] = privacy.shown_cells(cells[name], None if an_id else kind, an_id=an_id)
    return cells


def import_file(source: str, path, options: m.Options, salt: str | None = None):
    """Import one file: ``(accepted, quarantine, FileReport)``."""
    if source not in SOURCES:
        raise CommonGroundError(f"unknown source {source!r}; choose from {', '.join(SOURCES)}")
    export = open_export(path)
    options = m.Options(**{**options.__dict__, "file_tag": _file_tag(export.path)})
    plan = SOURCES[source].plan(export.headers, options)
    repeated_note = _refuse_repeated_columns(export, plan)
    dropped = [h for h in export.headers if _is_personal(h) and h not in plan.used.values()]
    free_text = [
        h for h in export.headers
        if _is_free_text(h) and h not in plan.used.values() and h not in dropped
    ]  # fmt: skip
    try:
        mapped_parts, rows_parts, q_parts = _map_all(export, plan, dropped + free_text)
    except NeedsExactPathError as error:
        export = export.exact(error)
        mapped_parts, rows_parts, q_parts = _map_all(export, plan, dropped + free_text)
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
        event_date = mapped.pop(m.EVENT_DATE)
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
        raise InputFileError(export.path, "no data rows (the file has a header but no rows)")
    report = FileReport(
        str(export.path), export.unit, n_read, len(accepted), len(quarantine),
        plan.used, plan.left_empty, plan.notes, notices, dropped,
    )  # fmt: skip
    return accepted, quarantine, report


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


def _map_all(export, plan, dropped):
    mapped_parts, rows_parts, q_parts = [], [], []
    checks = [
        day_month.ColumnCheck(name, plan.used[name])
        for name in ("date", m.EVENT_DATE)
        if plan.date_order is None and plan.used.get(name) in export.headers
    ]
    seen = {} if plan.used.get("meeting_id") == m.IDS_FROM_ROWS else None
    closed = closed_columns(plan, export.headers)
    if plan.used.get("meeting_id") in export.headers:
        closed[plan.used["meeting_id"]] = "id"
    for batch, rows in export.batches:
        blank = m.empty_row_mask(batch)
        mapped, reasons = plan.map_batch(batch, rows)
        reasons = np.where(blank, "empty row", reasons).astype(object)
        totals = totals_row_mask(batch)
        reasons = np.where(totals, "a totals row, not a meeting", reasons).astype(object)
        if seen is not None:
            repeated = _repeated_rows(batch, rows, blank, seen)
            reasons = np.where(np.equal(reasons, None), repeated, reasons).astype(object)
        bad = np.not_equal(reasons, None)
        if bad.any():
            cells = _quarantine_cells(batch, bad, dropped, closed)
            # a reason quotes the export's value: never an e-mail address or phone number
            cells.insert(0, "reason", privacy.mask_text(pd.Series(reasons[bad])).to_numpy())
            cells.insert(0, "row", rows[bad])
            q_parts.append(cells.reset_index(drop=True))
            mapped, rows, batch = mapped.loc[~bad], rows[~bad], batch.loc[~bad]
        for check in checks:
            check.see(batch, rows, mapped)
        mapped_parts.append(mapped.reset_index(drop=True))
        rows_parts.append(rows)
    moved = [check.quarantined_rows() for check in checks]
    plan.notes.extend(note for check in checks if (note := check.note()))
    moved = [part for part in moved if part is not None]
    if moved:
        # one quarantine row per export row, with every reason it has
        reasons: dict[int, list[str]] = {}
        for rows, _, reason in moved:
            for row in rows:
                reasons.setdefault(int(row), []).append(reason)
        cells = pd.concat([part[1] for part in moved])
        cells.insert(0, "row", np.concatenate([part[0] for part in moved]))
        cells = cells.drop_duplicates("row")
        keep = [~np.isin(r, cells["row"].to_numpy()) for r in rows_parts]
        mapped_parts = [
            p.loc[k].reset_index(drop=True) for p, k in zip(mapped_parts, keep, strict=True)
        ]
        rows_parts = [r[k] for r, k in zip(rows_parts, keep, strict=True)]
        every = np.ones(len(cells), dtype=bool)
        shown = _quarantine_cells(cells.drop(columns="row"), every, dropped, closed)
        text = ["; ".join(reasons[int(r)]) for r in cells["row"]]
        shown.insert(0, "reason", privacy.mask_text(pd.Series(text)).to_numpy())
        shown.insert(0, "row", cells["row"].to_numpy())
        q_parts.append(shown.reset_index(drop=True))
    return mapped_parts, rows_parts, q_parts


def _repeated_rows(batch: pd.DataFrame, rows: np.ndarray, blank: np.ndarray, seen: dict):
    """A reason for each row that repeats an earlier row in every cell, else None.

    Used when the export has no id column (ids are made from row numbers): a row pasted
    twice would otherwise count as two meetings. ``seen`` maps a row's hash to the first
    row with it, across batches. The first copy is kept; later copies are quarantined,
    naming it (two different meetings are never the same in every cell, date included).
    """
    hashes = pd.util.hash_pandas_object(batch, index=False).to_numpy()
    out = np.full(len(batch), None, dtype=object)
    for i in np.flatnonzero(~np.asarray(blank, dtype=bool)):
        first = seen.setdefault(int(hashes[i]), int(rows[i]))
        if first != int(rows[i]):
            out[i] = (
                f"the same as row {first} in every cell (entered twice?); row {first} is "
                "kept, and the export has no id to tell them apart"
            )
    return out


def _empty_accepted() -> pd.DataFrame:
    return pd.DataFrame({"row": pd.Series(dtype="int64")})


def import_files(
    source: str, paths, *, options: m.Options | None = None, salt: str | None = None
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

    Returns
    -------
    ImportResult
        ``len(accepted) + len(quarantine) == n_read``, always.
    """
    options = options or m.Options()
    parts, quarantines, reports = [], [], []
    for path in paths:
        accepted, quarantine, report = import_file(source, path, options, salt)
        parts.append((report.file, accepted))
        if len(quarantine):
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
    n_read = sum(r.rows for r in reports)
    return ImportResult(source, accepted, quarantine, n_read, reports)


def write_import(result: ImportResult, output, quarantine_path=None) -> tuple[Path, Path | None]:
    """Write the accepted rows to ``output`` (.csv/.xlsx/.parquet) and the quarantine.

    The quarantine goes to ``quarantine_path``, else beside ``output`` as
    ``<name>.quarantine.csv``, and only when there is something in it.
    """
    from commonground.outcomes.export import _atomic, to_safe_csv, write_log

    output = Path(output)
    rows = result.accepted.drop(columns=["row"], errors="ignore")
    if len(rows.columns) == 0:
        rows = pd.DataFrame({name: pd.Series(dtype="str") for name in m.OUTPUT_COLUMNS})
    rows = _day_text(rows)
    if output.suffix.lower() == ".csv":
        written = _atomic(output, lambda tmp: _write_csv_fast(rows, tmp))
    else:
        written = write_log(rows, output)
    q_path = None
    if len(result.quarantine):
        q_path = Path(quarantine_path or output.with_name(output.stem + ".quarantine.csv"))
        to_safe_csv(result.quarantine, q_path)
    return written, q_path


def _day_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Date columns as ``YYYY-MM-DD`` text, formatting each distinct day once (fast)."""
    out = frame.copy(deep=False)
    for name in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[name].dtype):
            codes, uniques = pd.factorize(out[name])
            text = pd.array(pd.DatetimeIndex(uniques).strftime("%Y-%m-%d"), dtype="str")
            out[name] = pd.Series(text.take(codes, allow_fill=True), index=out.index, copy=False)
    return out


def _write_csv_fast(frame: pd.DataFrame, target: str) -> None:
    """Write a log as CSV with pyarrow: formula cells neutralised, ``true``/``false``.

    The same safety as :func:`commonground.outcomes.to_safe_csv` (a text cell starting
    with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
    apostrophe), done with pyarrow's compute functions over whole columns. Text cells
    are quoted; lines end in CR LF.
    """
    import pyarrow as pa
    import pyarrow.compute as pc
    from pyarrow import csv as pacsv

    from commonground.outcomes.export import FORMULA_START

    columns = {}
    for name in frame.columns:
        values = frame[name]
        if pd.api.types.is_bool_dtype(values.dtype):
            array = pa.array(values.astype("boolean").array, type=pa.bool_())
        elif pd.api.types.is_integer_dtype(values.dtype):
            array = pa.array(values.astype("Int64").array, type=pa.int64())
        else:
            array = pa.array(values.astype("str"), type=pa.large_string(), from_pandas=True)
            risky = pc.fill_null(pc.match_substring_regex(array, FORMULA_START), False)
            if pc.any(risky).as_py():
                quote = pa.scalar("'", type=pa.large_string())
                empty = pa.scalar("", type=pa.large_string())
                joined = pc.binary_join_element_wise(quote, array, empty)
                array = pc.if_else(risky, joined, array)
        columns[str(name)] = array
    table = pa.table(columns)
    options = pacsv.WriteOptions(eol="\r\n", quoting_style="needed")
    pacsv.write_csv(table, target, options)
