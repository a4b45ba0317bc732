"""Slashed dates (``03/04/2026``) read in the order the trainer says (``--date-order``).

The contract's dates are ``YYYY-MM-DD``. A spreadsheet saved in a European locale
writes ``DD/MM/YYYY``, a US one ``MM/DD/YYYY``, and ``03/04/2026`` reads both ways, so
which comes first is never guessed. Given the order (``dmy`` or ``mdy``, as a mapping
file's ``date_order``), every slashed date in the column is read that way; one that is
not a date in that order (``3/14/2026`` under ``dmy``) is refused by row, so a file
that mixes orders is never read silently wrong. A date written with dots is day first
(:func:`read_in_order`), and a time of day after a date is cut (:func:`drop_time`).
"""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd

#: What each order is called in messages.
ORDERS = {"dmy": "day/month/year", "mdy": "month/day/year"}
#: A slashed (or dotted, dashed) date with a two- or four-digit year, nothing else.
SLASHED = r"^\s*(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})\s*$"
#: Said where a slashed date is refused because no order was given.
HINT = (
    "which of day and month comes first is never guessed: write YYYY-MM-DD, or say "
    "how the file writes dates with --date-order dmy (day first) or mdy (month first)"
)


def check_order(order: str | None) -> str | None:
    """``order`` lower-cased, or ValueError naming the choices."""
    if order is None:
        return None
    order = str(order).strip().lower()
    if order not in ORDERS:
        raise ValueError(f"date order {order!r}: use dmy (day first) or mdy (month first)")
    return order


def read_in_order(text: pd.Series, order: str) -> tuple[pd.Series, np.ndarray, np.ndarray]:
    """Distinct values ``text``: slashed dates rewritten as ``YYYY-MM-DD`` in ``order``.

    A date written with dots (``06.03.2026``) is day first wherever dots are used: it is
    read so under ``dmy`` and refused (a misfit) under ``mdy``, never read month first.
    A time of day after the date (a Google Forms timestamp, ``07/03/2026 14:22:05``) is
    dropped (see :func:`drop_time`), so the order says how to read it too.

    Returns
    -------
    tuple
        ``(text with dates rewritten, read: mask of rewritten values, misfit: mask of
        slashed values that are no date in that order)``.
    """
    parts = drop_time(text)[0].astype("str").str.extract(SLASHED)  # 07/03/2026 14:22:05 too
    slashed = parts[0].notna().to_numpy(dtype=bool)
    out = text.astype(object).to_numpy(copy=True)
    read = np.zeros(len(text), dtype=bool)
    for i in np.flatnonzero(slashed):
        if order == "mdy" and parts.iat[i, 1] == ".":
            continue  # 06.03.2026 is written day first wherever dots are used: refused
        first, second, year = int(parts.iat[i, 0]), int(parts.iat[i, 2]), parts.iat[i, 3]
        day, month = (first, second) if order == "dmy" else (second, first)
        number = int(year) + (2000 if len(year) == 2 else 0)
        try:
            out[i] = dt.date(number, month, day).isoformat()
            read[i] = True
        except ValueError:
            pass
    return pd.Series(out, index=text.index, dtype="str"), read, slashed & ~read


def misfit_message(order: str) -> str:
    """Why a slashed date that does not fit ``order`` is refused."""
    other = "mdy" if order == "dmy" else "dmy"
    return (
        f"not a date read {ORDERS[order]}, as --date-order {order} says (a file that mixes "
        f"orders is not guessed at{DOTS if order == 'mdy' else ''}: write it as YYYY-MM-DD, "
        f"or is the file {other}?)"
    )


#: Said where a dotted date meets month-first: it is never read that way.
DOTS = "; a date written with dots (14.03.2026) is day first"


#: A date (``2026-03-02``, or slashed) then a time of day, as a CSV saved from a
#: spreadsheet or pandas writes a date-time cell (``2026-03-02 00:00:00``) and Google
#: Forms writes its timestamps (``07/03/2026 14:22:05``); an offset or a zone (``Z``,
#: ``-04:00``, ``EDT``, ``GMT+1``, ``America/New_York``) may follow.
_TIMED = re.compile(
    r"^\s*(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}([/.\-])\d{1,2}\2\d{2,4})"
    r"[ T,]\s*(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:\s?[AaPp]\.?[Mm]\.?)?"
    r"(?:\s?(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Za-z]+/[A-Za-z_]+))?"
    r"\s*$"
)
#: The notice for dates whose time of day was dropped.
TIME_DROPPED = "time of day dropped, the calendar day as written kept"


def drop_time(text: pd.Series) -> tuple[pd.Series, np.ndarray]:
    """Distinct date values without a time of day after them, and a mask of those cut.

    The calendar day is kept as written (a time zone after the time is not applied),
    as ``log import`` reads the tools' timestamps. Only a whole date then a whole time
    is cut: ``2026-03-02 lunch`` stays as it is and is refused.
    """
    found = text.astype("str").str.extract(_TIMED)["date"]
    timed = found.notna().to_numpy(dtype=bool)
    if not timed.any():
        return text, timed
    return text.where(~timed, found).astype("str"), timed
