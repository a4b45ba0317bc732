"""Parse each distinct value once: factorise a column into codes and its distinct values
(trimmed), then spread what was found per distinct value back to the rows.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from commonground.outcomes.trimmed_text import as_text


def distinct(raw: pd.Series, keep_uniques: bool = False):
    """Factorise ``raw``: ``(codes, trimmed distinct text)``; code -1 = missing.

    With ``keep_uniques``, the distinct values as they were are returned third.
    """
    codes, uniques = pd.factorize(raw, use_na_sentinel=True)
    uniques = pd.Series(uniques)
    if raw.dtype == object:
        uniques = uniques.map(_date_to_text)
    text = as_text(uniques)
    return (codes, text, uniques) if keep_uniques else (codes, text)


def _date_to_text(value):
    if isinstance(value, (dt.date, pd.Timestamp)):
        return value.strftime("%Y-%m-%d")
    return value


def spread(codes: np.ndarray, per_unique: np.ndarray) -> np.ndarray:
    """Spread a per-distinct-value boolean array to rows (missing rows get False)."""
    per_unique = np.append(np.asarray(per_unique, dtype=bool), False)
    return per_unique[codes]  # code -1 picks the appended False


def take(values, codes: np.ndarray, index) -> pd.Series:
    """Spread per-distinct-value ``values`` to rows by ``codes`` (code -1: missing)."""
    return pd.Series(values.take(codes, allow_fill=True), index=index, copy=False)
