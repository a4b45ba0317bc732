"""The shared part of every importer, in one namespace (``from ... import mapper as m``).

An importer (one module per source) builds a :class:`Plan` from the export's header: which
export column feeds which outcome-log field, and a function that maps one batch of rows
(a DataFrame of text cells) to outcome-log columns plus, for each row, the reason it
cannot be mapped (``None`` when it can). The work lives in small modules, one job each:

- :mod:`.headers`: finding columns (:func:`header_key`, :func:`find_column`);
- :mod:`.plan`: :class:`Plan`, :class:`Options`, the output columns;
- :mod:`.cells`: cells as text, looked up once per distinct value;
- :mod:`.reasons`: per-row reasons and what a status means (:class:`Outcome`);
- :mod:`.date_cells`: dates in the usual spellings and Unix time;
- :mod:`.rows`: the mapped table, organizers, ids, sign-up exports.
"""

from __future__ import annotations

from commonground.outcomes.importers.cells import (
    category,
    constant,
    empty_row_mask,
    generated_ids,
    lookup,
    per_distinct,
    prefixed,
    text,
    value_key,
)
from commonground.outcomes.importers.date_cells import dates, unix_dates
from commonground.outcomes.importers.headers import find_column, header_key
from commonground.outcomes.importers.plan import (
    EVENT_DATE,
    IDS_FROM_ROWS,
    OUTPUT_COLUMNS,
    UNKNOWN_ORGANIZER,
    Options,
    Plan,
    left_empty,
)
from commonground.outcomes.importers.reasons import (
    Outcome,
    first_reason,
    quoted,
    reason_with_value,
    statuses,
)
from commonground.outcomes.importers.rows import (
    SPECIFIC_BY_SIGNUP,
    assemble,
    meeting_ids,
    organizer_column,
    organizer_note,
    signup_plan,
    signup_rows,
)

__all__ = [
    "EVENT_DATE", "IDS_FROM_ROWS", "OUTPUT_COLUMNS", "SPECIFIC_BY_SIGNUP", "UNKNOWN_ORGANIZER",
    "Options", "Outcome", "Plan", "assemble", "category", "constant", "dates",
    "empty_row_mask", "find_column", "first_reason", "generated_ids", "header_key",
    "left_empty", "lookup", "meeting_ids", "organizer_column", "organizer_note",
    "per_distinct", "prefixed", "quoted", "reason_with_value", "signup_plan", "signup_rows",
    "statuses", "text", "unix_dates", "value_key",
]  # fmt: skip
