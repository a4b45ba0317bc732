"""Boolean columns: true/false, yes/no, y/n, 1/0 in any case; empty is unknown."""

from __future__ import annotations

import numpy as np
import pandas as pd

from commonground.outcomes.distinct_values import distinct, spread, take
from commonground.outcomes.parsed import Parsed
from commonground.outcomes.schema import FALSE_WORDS, TRUE_WORDS, Column

BOOLEAN_HELP = "not a boolean (use true/false, yes/no, y/n or 1/0)"


def parse_boolean(raw: pd.Series, col: Column) -> Parsed:
    """Booleans: true/false, yes/no, y/n, 1/0 in any case; empty = unknown, never false."""
    if pd.api.types.is_bool_dtype(raw.dtype):
        values = raw if str(raw.dtype) == "boolean" else raw.astype("boolean")
        return Parsed(values, values.isna().to_numpy(dtype=bool))
    if pd.api.types.is_numeric_dtype(raw.dtype):
        numbers = raw.astype("Float64")
        bad = (numbers.notna() & ~numbers.isin([0, 1])).to_numpy(dtype=bool)
        values = numbers.where(~bad).astype("boolean")
        return Parsed(values, numbers.isna().to_numpy(dtype=bool), [(bad, BOOLEAN_HELP)])
    codes, text = distinct(raw)
    lower = text.str.lower()
    is_true = lower.isin(TRUE_WORDS).to_numpy(dtype=bool)
    is_false = lower.isin(FALSE_WORDS).to_numpy(dtype=bool)
    given = lower.notna().to_numpy(dtype=bool)
    per_unique = pd.array(np.where(is_true, True, False), dtype="boolean")
    per_unique[~(is_true | is_false)] = pd.NA
    values = take(per_unique, codes, raw.index)
    bad = spread(codes, given & ~(is_true | is_false))
    return Parsed(values, ~spread(codes, given), [(bad, BOOLEAN_HELP)])
