"""Date cells not in ``YYYY-MM-DD`` form: Excel date serials read as dates where the
column allows, every other cell refused with a message saying why (slashed, dotted, a
Unix time, a number outside the plausible years).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from commonground.outcomes.date_order import HINT
from commonground.outcomes.privacy import UNIX_TIME_PATTERN

#: Excel stores a date as days since 1899-12-30 (counting its 1900 leap-day bug).
EXCEL_EPOCH = np.datetime64("1899-12-30", "D")
#: Serials read as dates only when they fall in these years (a count or an id does not).
SERIAL_YEARS = (1990, 2100)
_NOT_ISO = "not a date in YYYY-MM-DD form"
_SLASHED_DATE = r"^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$"
_NOT_ISO_SLASHED = f"{_NOT_ISO} ({HINT})"
_DOTTED_DATE = r"^\d{1,2}\.\d{1,2}\.\d{2,4}$"
#: A date written with dots is day first wherever dots are used (see date_order).
_NOT_ISO_DOTTED = (
    f"{_NOT_ISO} (a date written with dots, 14.03.2026, is day first: say so with "
    "--date-order dmy, or write YYYY-MM-DD)"
)
_UNIX_TIME = (
    "a Unix time (seconds or milliseconds since 1970), not a date: its calendar day "
    "depends on the time zone, so it is not guessed; write YYYY-MM-DD (log import reads "
    "the Unix times of the tools that write them)"
)


def excel_serials(text: pd.Series, per_unique: pd.Series, bad: np.ndarray):
    """Distinct values that are Excel date serials (``45791``), read as dates.

    A CSV saved from Excel writes a date cell formatted as a number as its serial. One
    is converted when it is a plausible date (years :data:`SERIAL_YEARS`) and every
    other value in the column is a date or a number too; otherwise it stays refused,
    with a message saying why it was not read as a date.

    Returns
    -------
    tuple
        ``(per_unique, failures, changes)``: the parsed distinct values with serials
        filled in, and ``(mask over distinct values, message)`` lists.
    """
    if not bad.any():
        return per_unique, [], []
    numbers = pd.to_numeric(text.where(bad), errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    numeric = bad & np.isfinite(numbers)
    unix = numeric & text.str.match(UNIX_TIME_PATTERN).to_numpy(dtype=bool, na_value=False)
    unix_failure = [(unix, _UNIX_TIME)] if unix.any() else []
    numeric &= ~unix
    other = bad & ~numeric & ~unix
    slashed = other & text.str.match(_SLASHED_DATE).to_numpy(dtype=bool, na_value=False)
    dotted = slashed & text.str.match(_DOTTED_DATE).to_numpy(dtype=bool, na_value=False)
    slashed &= ~dotted
    not_dates = [(other & ~slashed & ~dotted, _NOT_ISO), (slashed, _NOT_ISO_SLASHED),
                 (dotted, _NOT_ISO_DOTTED), *unix_failure]  # fmt: skip
    if not numeric.any():
        return per_unique, not_dates, []
    low, high = SERIAL_YEARS
    first = (np.datetime64(f"{low}-01-01", "D") - EXCEL_EPOCH).astype(np.int64)
    last = (np.datetime64(f"{high}-12-31", "D") - EXCEL_EPOCH).astype(np.int64)
    days = np.floor(np.nan_to_num(numbers))
    plausible = numeric & (days >= first) & (days <= last)
    failures = not_dates
    if other.any():
        failures.append(
            (
                numeric,
                "a number, perhaps an Excel date serial, but this column also holds values "
                "that are neither dates nor numbers, so it is not read as one; write YYYY-MM-DD",
            )
        )
        return per_unique, failures, []
    failures.append(
        (
            numeric & ~plausible,
            f"a number, not a date: as an Excel date serial it would fall outside "
            f"{low}-{high}; write YYYY-MM-DD",
        )
    )
    if plausible.any():
        dates = EXCEL_EPOCH + days[plausible].astype(np.int64)
        filled = per_unique.to_numpy(dtype="datetime64[us]").copy()
        filled[plausible] = dates.astype("datetime64[us]")
        per_unique = pd.Series(filled, index=per_unique.index)
    return per_unique, failures, [(plausible, "Excel date serial(s) read as dates")]
