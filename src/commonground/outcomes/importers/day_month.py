"""Slashed dates in exports: day/month or month/day, never silently guessed.

The tools these imports read are US tools and write ``M/D/YYYY``; a CSV saved by a
spreadsheet set to a European locale writes ``D/M/YYYY``. Per date column of an export
(whole file, across batches):

- ``13/04/2025`` (first number over 12) can only be day-first: it is read so;
- ``04/13/2025`` (second number over 12) can only be month-first: read so (the mapper
  already does);
- ``03/04/2025`` (both 12 or less, different) is *ambiguous*. When the column also holds
  a day-first date (``13/04/2025``, or ``13.04.2025``), the export is not month-first throughout, so every ambiguous date
  in it is quarantined, naming a day-first row as the evidence. Otherwise it is read
  month-first, the sources' own order, with a note saying so (our assumption).

A mapping file's ``date_order`` (``dmy`` or ``mdy``) or ``log import --date-order`` says
the order outright: then this check does not run, every slashed date is read in that
order (:func:`in_order`), and one that is no date in it (``3/14/2026`` under ``dmy``: the
file mixes orders) is quarantined, never read the other way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from commonground.outcomes.importers.reasons import quoted

_SLASHED = r"^\s*(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:$|[T ,])"
#: A dotted date whose first number can only be a day (``14.03.2026``).
_DOTTED = r"^\s*(?:1[3-9]|2\d|3[01])\.\d{1,2}\.\d{4}(?:$|[T ,])"
#: Kinds of slashed date, per cell.
OTHER, DAY_FIRST, MONTH_FIRST, AMBIGUOUS = 0, 1, 2, 3


def kinds(values: pd.Series) -> tuple[np.ndarray, pd.Series]:
    """Per cell: its kind (:data:`OTHER` ... :data:`AMBIGUOUS`) and its day-first ISO date.

    The ISO text is set only for :data:`DAY_FIRST` cells that are real dates. A column
    with no slashed date (Unix times, ISO dates) costs one vectorised match.
    """
    if not _has_slash(values):
        return np.zeros(len(values), dtype=np.int8), pd.Series(None, index=values.index)
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    parts = pd.Series(uniques, dtype="str").str.extract(_SLASHED)
    first = pd.to_numeric(parts[0], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    second = pd.to_numeric(parts[1], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    slashed = ~np.isnan(first)
    kind = np.full(len(uniques), OTHER, dtype=np.int8)
    kind[slashed & (first > 12) & (second <= 12)] = DAY_FIRST
    kind[slashed & (first <= 12) & (second > 12)] = MONTH_FIRST
    kind[slashed & (first <= 12) & (second <= 12) & (first != second)] = AMBIGUOUS
    iso = [
        _iso(int(d), int(mo), parts.at[i, 2]) if k == DAY_FIRST else None
        for i, (k, d, mo) in enumerate(
            zip(kind, np.nan_to_num(first), np.nan_to_num(second), strict=True)
        )
    ]
    per_cell = np.append(kind, OTHER)[codes]
    iso_cells = pd.Series(np.array([*iso, None], dtype=object)[codes], index=values.index)
    return per_cell, iso_cells


def _has_slash(values: pd.Series, byte: str = "/") -> bool:
    """True when some cell may hold ``byte`` (one scan of the text's bytes)."""
    import pyarrow as pa

    array = pa.array(values, from_pandas=True)
    chunks = array.chunks if isinstance(array, pa.ChunkedArray) else [array]
    for chunk in chunks:
        if chunk.null_count == len(chunk):
            continue
        if not pa.types.is_string(chunk.type) and not pa.types.is_large_string(chunk.type):
            return True  # not plain text: let the full check decide
        data = chunk.buffers()[2]
        if data is not None and (np.frombuffer(data, dtype=np.uint8) == ord(byte)).any():
            return True
    return False


def _matches(values: pd.Series, pattern: str) -> np.ndarray:
    """Per cell: it matches ``pattern`` (pyarrow's regex engine, one pass, no Python loop)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    hits = pc.match_substring_regex(pa.array(values, from_pandas=True), pattern)
    return pc.fill_null(hits, False).to_numpy(zero_copy_only=False)


def _iso(day: int, month: int, year: str) -> str | None:
    number = int(year) + (2000 if len(year) == 2 else 0)
    try:
        return dt.date(number, month, day).isoformat()
    except ValueError:
        return None


@dataclass
class ColumnCheck:
    """What one date field's column held, batch after batch."""

    field: str
    header: str
    evidence: tuple[int, str] | None = None  # the first day-first (row, value)
    ambiguous_rows: list[np.ndarray] = field(default_factory=list)
    ambiguous_cells: list[pd.DataFrame] = field(default_factory=list)
    example: str | None = None

    def see(self, batch: pd.DataFrame, rows: np.ndarray, mapped: pd.DataFrame) -> None:
        """Read one batch's kept rows: day-first dates are filled in, ambiguous ones noted.

        ``batch``, ``rows`` and ``mapped`` are the rows the mapper kept, aligned.
        """
        raw = batch[self.header].astype("str")
        kind, iso = kinds(raw)
        if self.evidence is None and _has_slash(raw, "."):
            # a dotted date that can only be day-first (14.03.2026) is evidence as a
            # slashed one is; 02.02.2025 beside 2/1/2025 is not (spellings may mix)
            dotted = _matches(raw, _DOTTED)
            if dotted.any():
                at = int(np.flatnonzero(dotted)[0])
                self.evidence = (int(rows[at]), str(raw.iloc[at]))
        day_first = (kind == DAY_FIRST) & iso.notna().to_numpy()
        if day_first.any():
            if self.evidence is None:
                at = int(np.flatnonzero(day_first)[0])
                self.evidence = (int(rows[at]), str(raw.iloc[at]))
            column = np.array(mapped[self.field].astype(object), dtype=object)
            column[day_first] = iso.to_numpy()[day_first]
            mapped[self.field] = pd.Series(column, index=mapped.index, dtype="str")
        ambiguous = kind == AMBIGUOUS
        if ambiguous.any():
            self.ambiguous_rows.append(rows[ambiguous])
            self.ambiguous_cells.append(batch.loc[ambiguous])
            if self.example is None:
                self.example = str(raw[ambiguous].iloc[0])

    def quarantined_rows(self) -> tuple[np.ndarray, pd.DataFrame, str] | None:
        """``(rows, their cells, reason)`` to quarantine, or None when none must be."""
        if self.evidence is None or not self.ambiguous_rows:
            return None
        row, value = self.evidence
        reason = (
            f"{self.field} ({self.header}): ambiguous day/month date; this column also has "
            f"day-first dates (row {row}: {quoted(value, 'date')}), so it is not guessed; if "
            "every date in the export is day-first, import it again with --date-order dmy "
            "(or date_order: dmy in a mapping file), or write it as YYYY-MM-DD"
        )
        return np.concatenate(self.ambiguous_rows), pd.concat(self.ambiguous_cells), reason

    def note(self) -> str | None:
        """The assumption made, when ambiguous dates were read month-first."""
        if self.evidence is not None or not self.ambiguous_rows:
            return None
        count = sum(len(r) for r in self.ambiguous_rows)
        return (
            f"{count} date(s) in {self.header} ({self.field}) such as {quoted(self.example, 'date')} could be "
            "day/month or month/day and were read month/day/year, as these tools write "
            "them (our assumption; a day-first export: import it again with --date-order dmy)"
        )


def in_order(cells: pd.Series, order: str) -> tuple[pd.Series, np.ndarray]:
    """Slashed dates of ``cells`` as ``YYYY-MM-DD`` read in ``order`` (``dmy``/``mdy``).

    Returns the dates (missing where a cell is not a slashed date) and a mask of
    slashed cells that are no date in that order. Once per distinct value.
    """
    from commonground.outcomes.date_order import read_in_order

    codes, uniques = pd.factorize(cells.astype("str"), use_na_sentinel=True)
    text = pd.Series(uniques, dtype="str")
    read, ok, misfit = read_in_order(text, order)
    dates = pd.array(read.where(pd.Series(ok)), dtype="str")
    out = pd.Series(dates.take(codes, allow_fill=True), index=cells.index, copy=False)
    return out, np.append(misfit, False)[codes]


def misfit_reason(field_name: str, header: str, order: str, values: pd.Series) -> np.ndarray:
    """Per row (of ``values``): why its slashed date was not read in ``order``."""
    from commonground.outcomes.date_order import DOTS, ORDERS

    other = "mdy" if order == "dmy" else "dmy"
    dots = DOTS if order == "mdy" else ""
    return np.array(
        [
            f"{field_name} ({header}): {quoted(v, 'date')} is not a date read {ORDERS[order]}, "
            f"as the date order ({order}) says; the export mixes orders, so it is not "
            f"guessed{dots} (write it as YYYY-MM-DD, or is the export {other}?)"
            for v in values.astype("str")
        ],
        dtype=object,
    )
