"""Mapping an export batch by batch: rows the mapping cannot place are quarantined.

Empty rows (those ending the export are skipped with a notice instead), totals rows, note rows (one cell filled, or two side by side), the header row repeated (exports pasted together), rows repeated in every cell (an export without ids) and dates
whose day and month order is unclear each go to the quarantine with their reason.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from commonground.outcomes import privacy
from commonground.outcomes.id_cells import text_formula_notice, unwrap_text_formulas
from commonground.outcomes.importers import day_month
from commonground.outcomes.importers import mapper as m
from commonground.outcomes.importers.columns import closed_columns, quarantine_cells
from commonground.outcomes.not_meetings import note_rows
from commonground.outcomes.parsing import totals_row_mask


def map_all(export, plan, dropped):
    """Map every batch: ``(mapped parts, row-number parts, quarantine parts)``."""
    mapped_parts, rows_parts, q_parts = [], [], []
    checks = [
        day_month.ColumnCheck(name, plan.used[name])
        for name in ("date", m.EVENT_DATE)
        if plan.date_order is None and plan.used.get(name) in export.headers
    ]
    ordered = [
        (name, plan.used[name])
        for name in ("date", m.EVENT_DATE)
        if plan.date_order is not None and plan.used.get(name) in export.headers
    ]
    seen = {} if plan.used.get("meeting_id") == m.IDS_FROM_ROWS else None
    closed = closed_columns(plan, export.headers)
    if plan.used.get("meeting_id") in export.headers:
        closed[plan.used["meeting_id"]] = "id"
    formulas: dict[str, int] | None = {} if _holds_text_formulas(export) else None
    for batch, rows in export.batches:
        if formulas is not None:  # ="00123": the text inside, as read_log reads it
            batch, counts = unwrap_text_formulas(batch)
            for name, count in counts.items():
                formulas[name] = formulas.get(name, 0) + count
        blank = m.empty_row_mask(batch)
        mapped, reasons = plan.map_batch(batch, rows)
        for name, header in ordered:
            reasons = _read_in_order(batch, mapped, reasons, name, header, plan.date_order)
        reasons = np.where(blank, "empty row", reasons).astype(object)
        totals = totals_row_mask(batch)
        reasons = np.where(totals, "a totals row, not a meeting", reasons).astype(object)
        note = note_row_mask(batch, np.not_equal(reasons, None) & ~blank & ~totals)
        reasons = np.where(note, NOTE_ROW, reasons).astype(object)
        header = repeated_header_mask(batch, plan)
        reasons = np.where(header, REPEATED_HEADER, reasons).astype(object)
        if seen is not None:
            repeated = _repeated_rows(batch, rows, blank, seen)
            reasons = np.where(np.equal(reasons, None), repeated, reasons).astype(object)
        bad = np.not_equal(reasons, None)
        if bad.any():
            cells = quarantine_cells(batch, bad, dropped, closed)
            # a reason quotes the export's value: never an e-mail address or phone number
            cells.insert(0, "reason", privacy.mask_text(pd.Series(reasons[bad])).to_numpy())
            cells.insert(0, "row", rows[bad])
            q_parts.append(cells.reset_index(drop=True))
            mapped, rows, batch = mapped.loc[~bad], rows[~bad], batch.loc[~bad]
        for check in checks:
            check.see(batch, rows, mapped)
        mapped_parts.append(mapped.reset_index(drop=True))
        rows_parts.append(rows)
    if formulas:
        plan.notes.append(text_formula_notice(formulas))
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
        shown = quarantine_cells(cells.drop(columns="row"), every, dropped, closed)
        text = ["; ".join(reasons[int(r)]) for r in cells["row"]]
        shown.insert(0, "reason", privacy.mask_text(pd.Series(text)).to_numpy())
        shown.insert(0, "row", cells["row"].to_numpy())
        q_parts.append(shown.reset_index(drop=True))
    if q_parts:
        ragged = [int(number) for number, _ in getattr(export, "ragged", [])]
        rows = np.concatenate([*rows_parts, np.array(ragged, dtype=np.int64)])
        early_q = _skip_trailing_empty(pd.concat(q_parts, ignore_index=True), rows, plan.notes)
        q_parts = [early_q] if len(early_q) else []
    return mapped_parts, rows_parts, q_parts


def _skip_trailing_empty(early_q: pd.DataFrame, rows: np.ndarray, notices: list[str]):
    """``early_q`` without the empty rows that end the export, named in a notice.

    A spreadsheet saved as CSV often ends in rows of empty cells (``,,,,``: rows that
    once held formatting); they hold no meeting and are not counted, as ``read_log``
    skips them. An empty row between meetings stays quarantined (``empty row``): a
    meeting may have been cleared by mistake.
    """
    if not len(early_q) or "reason" not in early_q.columns:
        return early_q
    empty = early_q["reason"].eq("empty row").to_numpy(dtype=bool)
    filled = np.concatenate([rows, early_q["row"].to_numpy(dtype=np.int64)[~empty]])
    last = int(filled.max()) if len(filled) else 0
    trailing = empty & (early_q["row"].to_numpy(dtype=np.int64) > last)
    if not trailing.any():
        return early_q
    from commonground.outcomes.not_meetings import row_list

    skipped = early_q["row"].to_numpy(dtype=np.int64)[trailing]
    notices.append(
        f"{len(skipped)} empty row(s) at the end of the export skipped (not counted): "
        f"rows {row_list(np.sort(skipped))}"
    )
    return early_q.loc[~trailing].reset_index(drop=True)


def _holds_text_formulas(export) -> bool:
    """Whether a text export holds ``="`` anywhere (a cell such as ``="00123"``): the
    file is memory-mapped and searched in place, so a cell guarded only after the first
    MiB (exports pasted together) is read as ``read_log`` reads it."""
    from pathlib import Path

    from commonground.outcomes.loading.sources import contains_byte

    path = getattr(export, "path", None)
    if path is None or str(path).lower().endswith((".json", ".xlsx")):
        return False
    return contains_byte(Path(path), b'="')


def _read_in_order(batch, mapped, reasons, name: str, header: str, order: str) -> np.ndarray:
    """Read the slashed dates of ``header`` in ``order`` into ``mapped[name]``; rows
    whose slashed date is no date in that order get a reason (unless they have one)."""
    dates, misfit = day_month.in_order(batch[header], order)
    given = dates.notna().to_numpy(dtype=bool)
    if given.any():
        mapped[name] = mapped[name].where(~given, dates.to_numpy())
    if misfit.any():
        why = np.full(len(batch), None, dtype=object)
        why[misfit] = day_month.misfit_reason(name, header, order, batch[header][misfit])
        reasons = np.where(np.equal(reasons, None), why, reasons).astype(object)
    return reasons


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


#: Why a row that repeats the header is quarantined.
REPEATED_HEADER = "a repeated header row, not a meeting (exports pasted together?)"


def repeated_header_mask(batch: pd.DataFrame, plan) -> np.ndarray:
    """Rows whose every cell that the import reads spells its own column's header.

    Compared as headers are (:func:`.mapper.header_key`: any case, without spaces,
    underscores, dots or hyphens). At least two columns must be read, so that one
    value equal to a header (an event type called ``Event``) is never taken for one.
    Only rows still matching, and only cells at least as long as the header, are looked
    at column after column (the longest header first): a big export costs little.
    """
    read = [c for c in dict.fromkeys(str(u) for u in plan.used.values()) if c in batch.columns]
    out = np.zeros(len(batch), dtype=bool)
    if len(read) < 2 or not len(batch):
        return out
    candidates = np.arange(len(batch))
    for name in sorted(read, key=lambda n: -len(m.header_key(n))):  # longest rules out most
        key = m.header_key(name)
        cells = batch[name].iloc[candidates].astype("str")
        lengths = cells.str.len().to_numpy(dtype=float, na_value=0)
        near = np.flatnonzero(lengths >= len(key))  # spaces and dots only make it longer
        cells = cells.iloc[near]
        keys = cells.str.replace(r"[\s_.\-]+", "", regex=True).str.lower()
        candidates = candidates[near[(keys == key).to_numpy(dtype=bool, na_value=False)]]
        if not len(candidates):
            return out
    out[candidates] = True
    return out


#: Why a note row is quarantined (one reason, not the mapping's).
NOTE_ROW = (
    "a note row, not a meeting (one cell filled, or two side by side, every other "
    "empty): delete it from the export, or fill in the row"
)


def note_row_mask(batch: pd.DataFrame, candidates: np.ndarray) -> np.ndarray:
    """Which ``candidates`` (a mask: rows already refused) are note rows.

    A note row has one filled cell, or two side by side holding words
    (:func:`commonground.outcomes.not_meetings.note_rows`). Only refused rows are
    looked at, so a big export costs little: a note typed between rows is refused by
    the mapping anyway, and is named once for what it is.
    """
    at = np.flatnonzero(candidates)
    out = np.zeros(len(batch), dtype=bool)
    if not len(at):
        return out
    texts = []
    for name in batch.columns:
        cells = batch[name].iloc[at].astype("str")
        texts.append(cells.where(cells.str.strip() != ""))
    out[at[note_rows(texts)[0]]] = True
    return out
