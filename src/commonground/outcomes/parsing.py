"""Vectorised parsers: one raw column in, typed values plus the cells that failed out.

Every parser accepts text (as read from CSV) or already-typed values (Excel, Parquet,
an in-memory frame). Text columns with few distinct values (categories, booleans,
numbers, dates) are *factorised* first: each distinct spelling is parsed once and the
result is spread back to every row with ``take``. No parser loops over rows in Python.

Here: :func:`parse_column` (the parser for a column's kind, then the checks every kind
shares: ids that lost digits, over-long text). The parts: the result type
(:mod:`.parsed`), trimming (:mod:`.trimmed_text`), parsing each distinct value once
(:mod:`.distinct_values`), one module per kind (:mod:`.parse_categories`,
:mod:`.parse_booleans`, :mod:`.parse_integers`, :mod:`.parse_dates` with
:mod:`.excel_serials`) and summary rows (:mod:`.totals_rows`); their names that other
modules use are importable from here too.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from commonground.outcomes.distinct_values import spread
from commonground.outcomes.excel_serials import EXCEL_EPOCH, SERIAL_YEARS
from commonground.outcomes.id_cells import IDS, SCIENTIFIC, scientific_ids
from commonground.outcomes.parse_booleans import BOOLEAN_HELP, parse_boolean
from commonground.outcomes.parse_categories import QUOTED_VALUE, parse_category
from commonground.outcomes.parse_dates import parse_date
from commonground.outcomes.parse_integers import parse_integer
from commonground.outcomes.parsed import Parsed
from commonground.outcomes.schema import Column
from commonground.outcomes.totals_rows import totals_row_mask
from commonground.outcomes.trimmed_text import as_text

# This module's names, and its parts' that other modules import from here.
__all__ = [
    "BOOLEAN_HELP",
    "EXCEL_EPOCH",
    "MAX_TEXT",
    "PARSERS",
    "QUOTED_VALUE",
    "SERIAL_YEARS",
    "Parsed",
    "as_text",
    "parse_boolean",
    "parse_category",
    "parse_column",
    "parse_date",
    "parse_integer",
    "parse_text",
    "totals_row_mask",
]


def parse_text(raw: pd.Series, col: Column) -> Parsed:
    """Text columns: trimmed, empty = missing."""
    text = as_text(raw)
    return Parsed(text, text.isna().to_numpy(dtype=bool))


PARSERS = {
    "text": parse_text,
    "category": parse_category,
    "boolean": parse_boolean,
    "integer": parse_integer,
    "date": parse_date,
}


#: Longest text or category value accepted: ids and kinds of ask are short, and a
#: million-character cell must never reach a report.
MAX_TEXT = 200


def parse_column(raw: pd.Series, col: Column, date_order: str | None = None) -> Parsed:
    """Parse ``raw`` with the parser for ``col.kind``.

    Text and open-category values longer than :data:`MAX_TEXT` fail. ``date_order``
    (``dmy``/``mdy``) is how a date column's slashed dates are written.
    """
    if col.kind == "date" and date_order is not None:
        parsed = parse_date(raw, col, date_order=date_order)
    else:
        parsed = PARSERS[col.kind](raw, col)
    if col.name in IDS:
        lost = scientific_ids(parsed.values)
        if lost.any():
            parsed.failures.append((lost, SCIENTIFIC))
            parsed.values = parsed.values.mask(pd.Series(lost, index=parsed.values.index))
    # a closed set's own check already refuses a long value
    if col.kind == "text" or (col.kind == "category" and col.values is None):
        too_long = _too_long(parsed.values)
        if too_long.any():
            message = f"longer than {MAX_TEXT} characters (an id or a category is short)"
            parsed.failures.append((too_long, message))
            parsed.values = parsed.values.mask(pd.Series(too_long, index=parsed.values.index))
    return parsed


def _too_long(values: pd.Series) -> np.ndarray:
    """Per row: the value has more than :data:`MAX_TEXT` characters.

    A character is at least one byte, so cells are first measured in bytes from the
    text's offsets (no pass over the text); only cells over the limit in bytes are
    measured in characters.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(values.dtype, pd.CategoricalDtype):
        lengths = values.cat.categories.astype("str").str.len().to_numpy()
        return spread(values.cat.codes.to_numpy(), lengths > MAX_TEXT)
    array = pa.array(values.astype("str"), from_pandas=True)
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    if pa.types.is_string(array.type) or pa.types.is_large_string(array.type):
        width = np.int64 if pa.types.is_large_string(array.type) else np.int32
        offsets = np.frombuffer(array.buffers()[1], dtype=width)
        offsets = offsets[array.offset : array.offset + len(array) + 1]
        if not (np.diff(offsets) > MAX_TEXT).any():
            return np.zeros(len(values), dtype=bool)
    lengths = pc.utf8_length(array)
    return pc.fill_null(pc.greater(lengths, MAX_TEXT), False).to_numpy(zero_copy_only=False)
