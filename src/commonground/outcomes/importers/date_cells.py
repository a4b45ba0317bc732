"""Date cells as ``YYYY-MM-DD``: the usual spellings, Unix seconds and milliseconds."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from commonground.outcomes.importers.cells import per_distinct
from commonground.outcomes.month_names import read_named_month

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])")
_SLASHED_YMD = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})(?:$|[T ,])")
_US = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:$|[T ,])")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:$|[T ,])")
_DIGITS = re.compile(r"^-?\d{9,14}(?:\.\d+)?$")
# A month by name: "Mar 5, 2026", "Thursday, March 5, 2026 6:00 PM PDT" (US web exports),
# "5 Mar 2026", "05-Mar-2026" (Excel's d-mmm-yyyy); a weekday before it is allowed.
_WEEKDAY = r"(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_NAMED_MDY = re.compile(
    _WEEKDAY + r"([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:$|[\s,T])"
)
_NAMED_DMY = re.compile(
    _WEEKDAY + r"(\d{1,2})(?:st|nd|rd|th)?[\s\-]([A-Za-z]{3,9})\.?[\s\-,]+(\d{4}|\d{2})(?:$|[\s,T])"
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}  # fmt: skip


def _named_month(value: str) -> tuple[int, int, int] | None:
    """``(year, month, day)`` of a date whose month is written as a word, else None."""
    match = _NAMED_MDY.match(value)
    if match:
        month, day, year = match.groups()
    else:
        match = _NAMED_DMY.match(value)
        if not match:
            return None
        day, month, year = match.groups()
    number = _MONTHS.get(month.lower())
    if number is None:
        return None
    return int(year) + (2000 if len(year) == 2 else 0), number, int(day)


def _one_date(value: str, unix: bool) -> str:
    """One date cell as ``YYYY-MM-DD``; unreadable text is returned as it was.

    Dates with a time and an offset keep the calendar day as written (the day the event
    was where it happened). ``M/D/YYYY`` is read the US way (the sources are US tools);
    ``D.M.YYYY`` the European way; a month written as a word (``Mar 5, 2026``,
    ``5 March 2026``, ``05-Mar-2026``) either way round. With ``unix``, 9-14 digit numbers are Unix seconds
    (or milliseconds when 13 digits or more).
    """
    import datetime as dt

    value = value.strip()
    for pattern, order in ((_ISO, "ymd"), (_SLASHED_YMD, "ymd"), (_US, "mdy"), (_DOTTED, "dmy")):
        match = pattern.match(value)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
            year = parts["y"] + (2000 if parts["y"] < 100 else 0)
            try:
                return dt.date(year, parts["m"], parts["d"]).isoformat()
            except ValueError:
                return value
    iso, why = read_named_month(value)  # any of seven languages: 12 mars 2026
    if iso is not None or why is not None:
        return iso or value  # refused: the date rule says why, naming the month word
    named = _named_month(value)
    if named is not None:
        try:
            return dt.date(*named).isoformat()
        except ValueError:
            return value
    if unix and _DIGITS.match(value):
        number = float(value)
        seconds = number / 1000 if len(value.split(".")[0].lstrip("-")) >= 13 else number
        try:
            return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return value
    return value


def dates(values: pd.Series, *, unix: bool = False) -> pd.Series:
    """Parse a column of dates written in any usual way, once per distinct value."""
    return per_distinct(values, lambda u: pd.Series([_one_date(v, unix) for v in u], dtype="str"))


def unix_dates(values: pd.Series) -> pd.Series:
    """Unix seconds or milliseconds (or any usual date text) as ``YYYY-MM-DD``.

    A column of plain numbers is converted with pyarrow and numpy in one pass; any other
    column goes through :func:`dates`, once per distinct value.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    given = values.notna()
    if not given.any():
        return values.astype("str")
    try:
        numbers = pc.cast(pa.array(values, type=pa.large_string()), pa.float64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return dates(values, unix=True)
    seconds = numbers.to_numpy(zero_copy_only=False)
    seconds = np.where(np.abs(seconds) >= 1e11, seconds / 1000.0, seconds)
    day = np.floor(seconds / 86400)
    ok = np.isfinite(day) & (np.abs(day) < 1e6)
    stamps = pd.Series(np.where(ok, day, 0).astype("int64").astype("datetime64[D]"))
    out = _day_text(stamps.set_axis(values.index))
    return out.where(pd.Series(ok, index=values.index), values).astype("str")


def _day_text(stamps: pd.Series) -> pd.Series:
    """Days as text, formatting each distinct day once."""
    codes, uniques = pd.factorize(stamps)
    text = pd.array(pd.DatetimeIndex(uniques).strftime("%Y-%m-%d"), dtype="str")
    return pd.Series(text.take(codes, allow_fill=True), index=stamps.index, copy=False)
