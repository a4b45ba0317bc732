"""A raw column as trimmed text: empty cells missing, a clean column returned as is, a
categorical trimmed in its categories (not in every cell).
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def as_text(raw: pd.Series) -> pd.Series:
    """Return ``raw`` as trimmed text (``str`` dtype); empty cells become missing.

    A column that is already clean text (the usual case) is returned as is, without
    a copy. A categorical stays a categorical, with trimmed categories.
    """
    if isinstance(raw.dtype, pd.CategoricalDtype):
        return _categorical_text(raw)
    if raw.dtype == object or not pd.api.types.is_string_dtype(raw.dtype):
        raw = raw.astype("str")
    elif _is_clean_text(raw):
        return raw
    text = raw.str.strip()
    return text.where(text != "")


def _categorical_text(raw: pd.Series) -> pd.Series:
    """:func:`as_text` for a categorical: trim the few categories, not every cell.

    Categories that trim to the same text merge; ones that trim to nothing become
    missing. The result is again a categorical (of clean text).
    """
    categories = as_text(pd.Series(raw.cat.categories.astype("str")))
    unchanged = categories.notna().all() and categories.is_unique
    if unchanged and (categories.to_numpy() == raw.cat.categories.to_numpy()).all():
        return raw
    new_codes, uniques = pd.factorize(categories, use_na_sentinel=True)
    return recode(raw, new_codes, uniques)


def recode(raw: pd.Series, per_category: np.ndarray, categories) -> pd.Series:
    """A categorical whose category ``i`` becomes ``categories[per_category[i]]`` (-1: NA)."""
    # the smallest integer type that holds every code: a million rows, little memory
    small = np.int8 if len(categories) < 127 else np.int32
    lookup = np.append(np.asarray(per_category, dtype=small), small(-1))  # NA rows stay NA
    codes = lookup[raw.cat.codes.to_numpy()]
    dtype = pd.CategoricalDtype(pd.Index(categories, dtype="str"))
    return pd.Series(pd.Categorical.from_codes(codes, dtype=dtype), index=raw.index, copy=False)


def _is_clean_text(text: pd.Series) -> bool:
    """True when no cell is empty or starts or ends with white space."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        arrow = pa.array(text)
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # pragma: no cover - non-arrow storage
        return False
    if len(arrow) == arrow.null_count:
        return True
    lengths = pc.binary_length(arrow)
    if pc.min(lengths).as_py() == 0:
        return False
    trimmed = pc.binary_length(pc.utf8_trim_whitespace(arrow))
    return not pc.any(pc.not_equal(trimmed, lengths)).as_py()
