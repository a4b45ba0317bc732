"""Date columns: ``YYYY-MM-DD`` (``datetime64[us]``), not in the future; slashed dates in
a given order, month names and Excel serials read too, each with a notice.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from commonground.outcomes import month_names
from commonground.outcomes.date_order import (
    ORDERS,
    TIME_DROPPED,
    drop_time,
    misfit_message,
    read_in_order,
)
from commonground.outcomes.distinct_values import distinct, spread, take
from commonground.outcomes.excel_serials import excel_serials
from commonground.outcomes.parsed import Parsed
from commonground.outcomes.schema import Column


def parse_date(
    raw: pd.Series, col: Column, today: dt.date | None = None, date_order: str | None = None
) -> Parsed:
    """Dates in ``YYYY-MM-DD`` form (``datetime64[us]``), not in the future.

    With ``date_order`` (``dmy``/``mdy``), slashed dates are read in that order too
    (see :mod:`commonground.outcomes.date_order`).
    """
    if pd.api.types.is_datetime64_any_dtype(raw.dtype):
        values = raw.dt.tz_localize(None) if raw.dt.tz is not None else raw
        values = values.astype("datetime64[us]")
        if _has_time_of_day(values):  # CSV dates arrive at midnight: nothing to cut
            values = values.dt.normalize()
        blank = values.isna().to_numpy(dtype=bool)
        failures = []
    else:
        codes, text = distinct(raw)
        text, timed = drop_time(text)
        ordered, misfit = np.zeros(len(text), dtype=bool), np.zeros(len(text), dtype=bool)
        if date_order is not None:
            text, ordered, misfit = read_in_order(text, date_order)
        text, named, named_failures = month_names.rewrite(text)  # 12 mars 2026
        per_unique = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
        per_unique = per_unique.astype("datetime64[us]")
        refused = np.logical_or.reduce([misfit, *(m for m, _ in named_failures)])
        bad = (text.notna() & per_unique.isna()).to_numpy(dtype=bool) & ~refused
        per_unique, unique_failures, unique_changes = excel_serials(text, per_unique, bad)
        unique_failures += named_failures
        if named.any():
            unique_changes.append((named, month_names.READ_NOTICE))
        if misfit.any():
            unique_failures.append((misfit, misfit_message(date_order)))
        if timed.any():
            unique_changes.append((timed & ~bad & ~misfit, TIME_DROPPED))
        if ordered.any():
            unique_changes.append(
                (ordered, f"slashed date(s) read {ORDERS[date_order]} (--date-order {date_order})")
            )
        values = take(per_unique.array, codes, raw.index)
        blank = ~spread(codes, text.notna().to_numpy(dtype=bool))
        failures = [(spread(codes, mask), message) for mask, message in unique_failures]
        changes = [(spread(codes, mask), message) for mask, message in unique_changes]
    today = today or dt.date.today()
    future = (values > pd.Timestamp(today)).to_numpy(dtype=bool)
    failures.append((future, f"in the future (today is {today.isoformat()})"))
    parsed = Parsed(values.where(~future), blank, failures)
    if not pd.api.types.is_datetime64_any_dtype(raw.dtype):
        parsed.changes = changes
    return parsed


def _has_time_of_day(values: pd.Series) -> bool:
    """True when some timestamp is not at midnight (one pass over the integers)."""
    stamps = values.to_numpy(dtype="datetime64[us]")
    micros = stamps[~np.isnat(stamps)].view(np.int64)
    return bool((micros % 86_400_000_000).any())  # floor modulo: right before 1970 too
