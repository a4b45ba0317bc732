"""Rows of a log that are not meetings: empty rows, totals rows, a repeated header, notes.

Empty rows, totals rows and repeated headers are left out before validation, named in a
notice (``rows 6, 9``) and not counted as a row read; a note row (one cell filled) is
quarantined with one reason that names it (see docs/outcome-data.md); a note typed over
two cells side by side is one too (:func:`note_rows`).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from commonground.outcomes import privacy
from commonground.outcomes.parsing import as_text, totals_row_mask
from commonground.outcomes.schema import REQUIRED

#: The problem of a required cell left empty (:mod:`commonground.outcomes.validation`).
MISSING = "required value is missing"


def drop_rows_that_are_not_meetings(raw: pd.DataFrame, rows: np.ndarray, notices: list[str]):
    """``(raw, rows)`` without empty rows, totals rows and repeated header rows."""
    raw, rows = _drop_blank_rows(raw, rows, notices)
    raw, rows = _drop_totals_rows(raw, rows, notices)
    return _drop_repeated_headers(raw, rows, notices)


def _drop_blank_rows(raw, rows, notices):
    blank = as_text_frame_blank(raw)
    if blank.any():
        skipped = rows[blank]
        notices.append(f"{int(blank.sum())} empty row(s) skipped: rows {row_list(skipped)}")
        raw = raw.loc[~blank].reset_index(drop=True)
        rows = rows[~blank]
    return raw, rows


def _drop_repeated_headers(raw, rows, notices):
    """Leave out a header row repeated among the data (two exports pasted together).

    A row is a repeated header when each required column's cell is that column's own
    name (``Meeting ID`` under ``meeting_id``); it is named in a notice, not counted. A
    column read as booleans, numbers or dates holds no header: nothing to look for.
    Only cells of about the name's length are looked at, so a big log costs little.
    """
    columns = [raw[name] for name in REQUIRED]
    if any(is_typed(column) for column in columns):
        return raw, rows
    repeated = np.ones(len(raw), dtype=bool)
    for name, column in sorted(zip(REQUIRED, columns, strict=True), key=_cheapest):
        at = np.flatnonzero(repeated)
        if isinstance(column.dtype, pd.CategoricalDtype):
            per_category = np.append(_spells(column.cat.categories.astype("str"), name), False)
            repeated[at] = per_category[column.cat.codes.to_numpy()[at]]
        else:
            repeated[at] = _spells(column.iloc[at], name)
        if not repeated.any():
            return raw, rows
    notices.append(
        f"{int(repeated.sum())} repeated header row(s) skipped (files pasted together?): "
        f"rows {row_list(rows[repeated])}"
    )
    return raw.loc[~repeated].reset_index(drop=True), rows[~repeated]


def _spells(cells, name: str) -> np.ndarray:
    """Which ``cells`` spell the column name ``name`` (any case, spaces or hyphens)."""
    cells = pd.Series(cells)
    if not pd.api.types.is_string_dtype(cells.dtype) or cells.dtype == object:
        cells = cells.astype("str")  # a frame's mixed objects (validate_frame)
    lengths = cells.str.len().to_numpy(dtype=float, na_value=0)
    near = (lengths >= len(name)) & (lengths <= len(name) + 8)  # the rest cannot
    out = np.zeros(len(cells), dtype=bool)
    spelled = cells[near].str.strip().str.lower().str.replace(r"[\s\-]+", "_", regex=True)
    out[near] = (spelled == name).to_numpy(dtype=bool, na_value=False)
    return out


def is_typed(column: pd.Series) -> bool:
    """True for a column read as booleans, numbers or dates (not text, not categories)."""
    return not isinstance(column.dtype, pd.CategoricalDtype) and (
        pd.api.types.is_bool_dtype(column.dtype)
        or pd.api.types.is_numeric_dtype(column.dtype)
        or pd.api.types.is_datetime64_any_dtype(column.dtype)
    )


def _cheapest(item) -> bool:
    """Categorical columns first: their few categories rule out most rows at once."""
    return not isinstance(item[1].dtype, pd.CategoricalDtype)


def _drop_totals_rows(raw, rows, notices):
    """Leave out a spreadsheet's summary rows ("TOTAL", "Grand total"), with a notice."""
    totals = totals_row_mask(raw)
    if totals.any():
        notices.append(
            f"{int(totals.sum())} totals row(s) skipped (a total is not a meeting): "
            f"rows {row_list(rows[totals])}"
        )
        raw = raw.loc[~totals].reset_index(drop=True)
        rows = rows[~totals]
    return raw, rows


def as_text_frame_blank(raw: pd.DataFrame) -> np.ndarray:
    """Return a mask of empty rows: every cell empty, apart from notes/personal data.

    Notes and personal-data columns are ignored because they are dropped anyway (the
    CSV reader does not even load them). Columns are checked one after another on the
    rows still blank so far, so after the first only a handful of rows are looked at.
    """
    candidates = None  # None = every row, without building (and copying) an index
    for name in [c for c in raw.columns if not privacy.dropped_on_read(c)]:
        if candidates is None:
            empty = as_text(raw[name]).isna().to_numpy(dtype=bool)
            candidates = np.flatnonzero(empty)
        elif len(candidates) == 0:
            break
        else:
            cells = raw[name].iloc[candidates]
            candidates = candidates[as_text(cells).isna().to_numpy(dtype=bool)]
    if candidates is None:
        candidates = np.arange(len(raw))
    blank = np.zeros(len(raw), dtype=bool)
    blank[candidates] = True
    return blank


def row_list(rows: np.ndarray, limit: int = 10) -> str:
    shown = ", ".join(str(r) for r in rows[:limit])
    return shown + (f" and {len(rows) - limit} more" if len(rows) > limit else "")


#: The one reason a note row is quarantined with (instead of one per empty column).
NOTE_ROW = (
    "a note row, not a meeting (one cell filled, or two side by side, every other "
    "empty): move the note to the notes column, or fill in the meeting"
)

#: A word of a note: two letters or more (``Week``, ``call``; not ``C`` of ``C-12``).
_WORD = re.compile(r"[^\W\d_]{2,}")


def note_rows(texts: list[pd.Series]) -> tuple[np.ndarray, np.ndarray]:
    """Which rows are note rows, and the column (position) of each one's first filled cell.

    ``texts`` holds one column per position, in the file's order, as text (missing
    where empty), all for the same rows. A note row has one filled cell ("Week 2 - call
    back on Monday"), or two side by side whose words (two letters or more) number
    three at least: a note typed over two cells ("Week 2" | "call Maria back Monday").
    Two cells that are an id and a date, or a name and an id, are a meeting half typed,
    not a note: they are reported as missing values.
    """
    if not texts or not len(texts[0]):
        return np.zeros(0, dtype=bool), np.zeros(0, dtype=np.int64)
    filled = np.column_stack([t.notna().to_numpy(dtype=bool) for t in texts])
    count = filled.sum(axis=1)
    notes = count == 1
    for i in np.flatnonzero(count == 2):
        first, second = np.flatnonzero(filled[i])
        if second == first + 1:
            words = _WORD.findall(f"{texts[first].iloc[i]} {texts[second].iloc[i]}")
            notes[i] = len(words) >= 3
    return notes, filled.argmax(axis=1)


def note_rows_with_one_reason(raw: pd.DataFrame, failures: list) -> list:
    """``failures`` with each note row's problems replaced by one: :data:`NOTE_ROW`.

    A note row (:func:`note_rows`: one cell filled, or two side by side holding words;
    notes and personal-data columns are gone by now) misses every required value but
    perhaps two. It stays in the quarantine (it may be a meeting half typed: nothing is
    dropped), named once, on the column that holds its first words. Only rows missing
    that many required values are looked at, so a big log costs little.
    """
    missing = [w for w, _, text in failures if isinstance(text, str) and text == MISSING]
    if not missing or not len(raw):
        return failures
    counts = np.zeros(len(raw), dtype=np.int64)
    for where in missing:
        counts[np.flatnonzero(where) if where.dtype == bool else where] += 1
    candidates = np.flatnonzero(counts >= len(REQUIRED) - 2)
    if len(candidates) == 0:
        return failures
    texts = [as_text(raw[name].iloc[candidates]) for name in raw.columns]
    is_note, column_of = note_rows(texts)
    notes = candidates[is_note]
    if len(notes) == 0:
        return failures
    kept = []
    for where, name, text in failures:
        positions = np.flatnonzero(where) if where.dtype == bool else np.asarray(where)
        keep = ~np.isin(positions, notes)
        kept.append((positions[keep], name, text[keep] if isinstance(text, np.ndarray) else text))
    column_of = column_of[is_note]
    for index, name in enumerate(raw.columns):
        at = notes[column_of == index]
        if len(at):
            kept.append((at, name, NOTE_ROW))
    return kept
