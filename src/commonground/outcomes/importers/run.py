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

from commonground.errors import CommonGroundError
from commonground.outcomes import privacy
from commonground.outcomes.importers import SOURCES
from commonground.outcomes.importers import mapper as m
from commonground.outcomes.importers.files import NeedsExactPathError, open_export
from commonground.outcomes.merge import combine
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

    def report(self) -> list[str]:
        """The printed report: per file, what was mapped, left empty, assumed, quarantined."""
        lines = []
        for f in self.files:
            lines.append(
                f"{f.file}: {f.rows} {f.unit}s read, {f.accepted} accepted, "
                f"{f.quarantined} quarantined"
            )
            lines += [f"  mapped   {field_name:<22} <- {c}" for field_name, c in f.used.items()]
            if f.left_empty:
                lines.append("  left empty: " + ", ".join(f.left_empty))
            if f.dropped:
                lines.append("  personal-data column(s) not carried: " + ", ".join(f.dropped))
            lines += [f"  note: {n}" for n in [*f.notes, *f.notices]]
        lines.append(
            f"total: {self.n_read} rows read, {len(self.accepted)} accepted, "
            f"{len(self.quarantine)} quarantined"
        )
        return lines


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


def _quarantine_cells(batch: pd.DataFrame, keep: np.ndarray, dropped: list[str]) -> pd.DataFrame:
    cells = batch.loc[keep, [c for c in batch.columns if c not in dropped]]
    for name in cells.columns:
        cells[name] = privacy.mask_text(cells[name])
    return cells


def import_file(source: str, path, options: m.Options, salt: str | None = None):
    """Import one file: ``(accepted, quarantine, FileReport)``."""
    if source not in SOURCES:
        raise CommonGroundError(f"unknown source {source!r}; choose from {', '.join(SOURCES)}")
    export = open_export(path)
    options = m.Options(**{**options.__dict__, "file_tag": _file_tag(export.path)})
    plan = SOURCES[source].plan(export.headers, options)
    dropped = [h for h in export.headers if _is_personal(h) and h not in plan.used.values()]
    try:
        mapped_parts, rows_parts, q_parts = _map_all(export, plan, dropped)
    except NeedsExactPathError as error:
        export = export.exact(error)
        mapped_parts, rows_parts, q_parts = _map_all(export, plan, dropped)
    q_parts += [
        pd.DataFrame({"row": [number], "reason": [reason]}) for number, reason in export.ragged
    ]
    early_q = pd.concat(q_parts, ignore_index=True) if q_parts else pd.DataFrame()
    mapped = pd.concat(mapped_parts, ignore_index=True) if mapped_parts else None
    rows = np.concatenate(rows_parts) if rows_parts else np.zeros(0, dtype=np.int64)
    notices = list(export.notices)
    if mapped is not None and len(mapped):
        result = validate_raw(mapped, rows, str(export.path), salt=salt)
        accepted, late_q = result.accepted, result.quarantine
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
    report = FileReport(
        str(export.path), export.unit, n_read, len(accepted), len(quarantine),
        plan.used, plan.left_empty, plan.notes, notices, dropped,
    )  # fmt: skip
    return accepted, quarantine, report


def _map_all(export, plan, dropped):
    mapped_parts, rows_parts, q_parts = [], [], []
    for batch, rows in export.batches:
        blank = m.empty_row_mask(batch)
        mapped, reasons = plan.map_batch(batch, rows)
        reasons = np.where(blank, "empty row", reasons).astype(object)
        bad = np.not_equal(reasons, None)
        if bad.any():
            cells = _quarantine_cells(batch, bad, dropped)
            cells.insert(0, "reason", reasons[bad])
            cells.insert(0, "row", rows[bad])
            q_parts.append(cells.reset_index(drop=True))
            mapped, rows = mapped.loc[~bad], rows[~bad]
        mapped_parts.append(mapped.reset_index(drop=True))
        rows_parts.append(rows)
    return mapped_parts, rows_parts, q_parts


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
    from commonground.outcomes.export import to_safe_csv, write_log

    output = Path(output)
    rows = result.accepted.drop(columns=["row"], errors="ignore")
    if len(rows.columns) == 0:
        rows = pd.DataFrame({name: pd.Series(dtype="str") for name in m.OUTPUT_COLUMNS})
    written = write_log(_day_text(rows), output)
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
