"""Vectorised parsers: one raw column in, typed values plus the cells that failed out.

Every parser accepts text (as read from CSV) or already-typed values (Excel, Parquet,
an in-memory frame) and never loops over rows in Python for text input.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from commonground.outcomes.schema import FALSE_WORDS, TRUE_WORDS, Column

# Integers beyond this cannot be stored as Int64 without overflow.
_INT_LIMIT = 2.0**62


@dataclass
class Parsed:
    """Typed values of one column and the failures found while parsing it.

    ``failures`` is a list of ``(mask, message)``: a boolean numpy mask over the rows
    and the message for every row the mask marks.
    """

    values: pd.Series
    failures: list[tuple[np.ndarray, str]] = field(default_factory=list)


def as_text(raw: pd.Series) -> pd.Series:
    """Return ``raw`` as trimmed text (``str`` dtype); empty cells become missing."""
    if not pd.api.types.is_string_dtype(raw.dtype) or raw.dtype == object:
        raw = raw.astype("str")
    text = raw.str.strip()
    return text.where(text != "")


def parse_text(raw: pd.Series, col: Column) -> Parsed:
    """Text columns: trimmed, empty = missing."""
    return Parsed(as_text(raw))


def parse_category(raw: pd.Series, col: Column) -> Parsed:
    """Categories: trimmed, lower-cased, inner spaces/hyphens as ``_``; closed sets checked."""
    text = as_text(raw).str.lower().str.replace(r"[\s\-]+", "_", regex=True)
    failures = []
    if col.values is not None:
        bad = (text.notna() & ~text.isin(col.values)).to_numpy(dtype=bool)
        failures.append((bad, f"not one of: {', '.join(col.values)}"))
    return Parsed(text, failures)


def parse_boolean(raw: pd.Series, col: Column) -> Parsed:
    """Booleans: true/false, yes/no, y/n, 1/0 in any case; empty = unknown, never false."""
    if pd.api.types.is_bool_dtype(raw.dtype):
        return Parsed(raw.astype("boolean"))
    if pd.api.types.is_numeric_dtype(raw.dtype):
        numbers = raw.astype("Float64")
        bad = (numbers.notna() & ~numbers.isin([0, 1])).to_numpy(dtype=bool)
        values = numbers.where(~bad).astype("boolean")
        return Parsed(values, [(bad, "not a boolean (use true/false, yes/no, y/n or 1/0)")])
    text = as_text(raw).str.lower()
    is_true = text.isin(TRUE_WORDS).to_numpy(dtype=bool)
    is_false = text.isin(FALSE_WORDS).to_numpy(dtype=bool)
    bad = text.notna().to_numpy(dtype=bool) & ~(is_true | is_false)
    values = pd.array(np.full(len(text), pd.NA), dtype="boolean")
    values[is_true] = True
    values[is_false] = False
    series = pd.Series(values, index=raw.index)
    return Parsed(series, [(bad, "not a boolean (use true/false, yes/no, y/n or 1/0)")])


def parse_integer(raw: pd.Series, col: Column) -> Parsed:
    """Whole numbers (``Int64``), checked against the column's range."""
    if pd.api.types.is_numeric_dtype(raw.dtype) and not pd.api.types.is_bool_dtype(raw.dtype):
        numbers = raw.astype("Float64")
        given = numbers.notna().to_numpy(dtype=bool)
    else:
        text = as_text(raw)
        numbers = pd.to_numeric(text, errors="coerce").astype("Float64")
        given = text.notna().to_numpy(dtype=bool)
    as_float = numbers.to_numpy(dtype=float, na_value=np.nan)
    with np.errstate(invalid="ignore"):
        whole = np.isfinite(as_float) & (np.abs(as_float) < _INT_LIMIT)
        whole &= np.floor(np.where(whole, as_float, 0)) == np.where(whole, as_float, 0)
    not_whole = given & ~whole
    low = -np.inf if col.minimum is None else col.minimum
    high = np.inf if col.maximum is None else col.maximum
    with np.errstate(invalid="ignore"):
        out_of_range = whole & ((as_float < low) | (as_float > high))
    if col.maximum is None:
        range_text = f"below {col.minimum}"
    else:
        range_text = f"outside {col.minimum}-{col.maximum}"
    ok = whole & ~out_of_range
    values = pd.array(np.where(ok, as_float, 0).astype(np.int64), dtype="Int64")
    values[~ok] = pd.NA
    failures = [(not_whole, "not a whole number"), (out_of_range, range_text)]
    return Parsed(pd.Series(values, index=raw.index), failures)


def _date_objects_to_text(raw: pd.Series) -> pd.Series:
    """Turn Python date/datetime objects in an object column into ISO text."""

    def convert(value):
        if isinstance(value, (dt.date, pd.Timestamp)):
            return value.strftime("%Y-%m-%d")
        return value

    return raw.map(convert)


def parse_date(raw: pd.Series, col: Column, today: dt.date | None = None) -> Parsed:
    """Dates in ``YYYY-MM-DD`` form (``datetime64``), not in the future."""
    if pd.api.types.is_datetime64_any_dtype(raw.dtype):
        values = raw.dt.tz_localize(None) if raw.dt.tz is not None else raw
        values = values.dt.normalize()
        failures = []
    else:
        if raw.dtype == object:
            raw = _date_objects_to_text(raw)
        text = as_text(raw)
        values = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
        bad = (text.notna() & values.isna()).to_numpy(dtype=bool)
        failures = [(bad, "not a date in YYYY-MM-DD form")]
    today = today or dt.date.today()
    future = (values > pd.Timestamp(today)).to_numpy(dtype=bool)
    failures.append((future, f"in the future (today is {today.isoformat()})"))
    return Parsed(values.where(~future).astype("datetime64[us]"), failures)


PARSERS = {
    "text": parse_text,
    "category": parse_category,
    "boolean": parse_boolean,
    "integer": parse_integer,
    "date": parse_date,
}


def parse_column(raw: pd.Series, col: Column) -> Parsed:
    """Parse ``raw`` with the parser for ``col.kind``."""
    return PARSERS[col.kind](raw, col)
