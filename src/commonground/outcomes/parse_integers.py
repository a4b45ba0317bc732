"""Whole-number columns (``Int64``), checked against the column's range; a decimal comma
with zeros (``30,0``) is a whole number.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from commonground.outcomes.distinct_values import distinct, spread, take
from commonground.outcomes.parsed import Parsed
from commonground.outcomes.schema import Column

# Integers beyond this cannot be stored as Int64 without overflow.
_INT_LIMIT = 2.0**62

#: A whole number written with a decimal comma and one or two zeros: ``30,0``, ``30,00``.
_DECIMAL_COMMA = r"^\s*([+-]?\d+),0{1,2}\s*$"


def parse_integer(raw: pd.Series, col: Column) -> Parsed:
    """Whole numbers (``Int64``), checked against the column's range."""
    low = -np.inf if col.minimum is None else col.minimum
    high = np.inf if col.maximum is None else col.maximum
    range_text = f"below {low}" if col.maximum is None else f"outside {low}-{high}"
    if pd.api.types.is_integer_dtype(raw.dtype):  # already whole numbers: only the range
        ints = raw if str(raw.dtype) == "Int64" else raw.astype("Int64")
        data = ints.to_numpy(dtype=np.int64, na_value=0)
        blank = ints.isna().to_numpy(dtype=bool)
        out_of_range = ~blank & ((data < low) | (data > high))
        if out_of_range.any():
            ints = ints.mask(out_of_range)
        return Parsed(ints, blank, [(out_of_range, range_text)])
    if pd.api.types.is_numeric_dtype(raw.dtype) and not pd.api.types.is_bool_dtype(raw.dtype):
        codes = np.arange(len(raw))
        numbers = raw.astype("Float64")
        given = numbers.notna().to_numpy(dtype=bool)
    else:
        codes, text = distinct(raw)
        # "30,0": a decimal comma (Excel in many European locales); "1,000" is not one
        point = text.str.replace(_DECIMAL_COMMA, r"\1", regex=True)
        numbers = pd.to_numeric(point, errors="coerce").astype("Float64")
        given = text.notna().to_numpy(dtype=bool)
    as_float = numbers.to_numpy(dtype=float, na_value=np.nan)
    finite = np.isfinite(as_float) & (np.abs(np.nan_to_num(as_float)) < _INT_LIMIT)
    safe = np.where(finite, as_float, 0.0)
    whole = finite & (np.floor(safe) == safe)
    huge = ~np.isnan(as_float) & ~finite  # e.g. 1e30: a number, but far out of range
    out_of_range = whole & ((safe < low) | (safe > high))
    ok = whole & ~out_of_range & ~huge
    per_unique = pd.array(np.where(ok, safe, 0).astype(np.int64), dtype="Int64")
    per_unique[~ok] = pd.NA
    failures = [
        (spread(codes, given & ~whole & ~huge), "not a whole number"),
        (spread(codes, out_of_range), range_text),
        (spread(codes, huge), "far too large to be a count of anything"),
    ]
    values = take(per_unique, codes, raw.index)
    return Parsed(values, ~spread(codes, given), failures)
