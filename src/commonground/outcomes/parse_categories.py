"""Category columns: trimmed, lower-cased, quotation marks dropped, inner spaces and
hyphens as ``_``; a closed set's values checked. A categorical stays categorical.
"""

from __future__ import annotations

import pandas as pd

from commonground.outcomes.distinct_values import distinct, spread, take
from commonground.outcomes.parsed import Parsed
from commonground.outcomes.schema import Column
from commonground.outcomes.trimmed_text import as_text, recode


def parse_category(raw: pd.Series, col: Column) -> Parsed:
    """Categories: trimmed, lower-cased, inner spaces/hyphens as ``_``; closed sets checked.

    A categorical column stays categorical (normalising its categories only).
    """
    if isinstance(raw.dtype, pd.CategoricalDtype):
        return _parse_categorical(raw, col)
    codes, text, uniques = distinct(raw, keep_uniques=True)
    norm = _normalise_category(text)
    if raw.dtype == "str" and norm.equals(uniques.astype("str")):
        values = raw  # already normalised: share the column, no copy
    else:
        values = take(pd.array(norm, dtype="str"), codes, raw.index)
    blank = ~spread(codes, norm.notna().to_numpy(dtype=bool))
    failures = []
    if col.values is not None:
        bad = (norm.notna() & ~norm.isin(col.values)).to_numpy(dtype=bool)
        failures.append((spread(codes, bad), f"not one of: {', '.join(col.values)}"))
    return Parsed(values, blank, failures)


#: Quotation marks around a whole value: straight, typographic (Excel's and Word's
#: autocorrect writes “phone bank”) or guillemets. They are not part of the value.
_QUOTES = "[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb]"
QUOTED_VALUE = f"^{_QUOTES}+\\s*(.+?)\\s*{_QUOTES}+$"


def _normalise_category(text: pd.Series) -> pd.Series:
    """Lower-case, quotation marks around the value dropped, spaces and hyphens as ``_``."""
    unquoted = text.str.replace(QUOTED_VALUE, r"\1", regex=True)
    return unquoted.str.lower().str.replace(r"[\s\-]+", "_", regex=True)


def _parse_categorical(raw: pd.Series, col: Column) -> Parsed:
    text = as_text(raw)  # trimmed categories, still a categorical
    norm = _normalise_category(pd.Series(text.cat.categories, dtype="str"))
    per_category, uniques = pd.factorize(norm, use_na_sentinel=True)
    values = recode(text, per_category, uniques)
    codes = values.cat.codes.to_numpy()
    blank = codes < 0
    failures = []
    if col.values is not None:
        bad = ~pd.Index(uniques).isin(col.values)
        failures.append((spread(codes, bad), f"not one of: {', '.join(col.values)}"))
    return Parsed(values, blank, failures)
