"""Vectorised parsers: one raw column in, typed values plus the cells that failed out.

Every parser accepts text (as read from CSV) or already-typed values (Excel, Parquet,
an in-memory frame). Text columns with few distinct values (categories, booleans,
numbers, dates) are *factorised* first: each distinct spelling is parsed once and the
result is spread back to every row with ``take``. No parser loops over rows in Python.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from commonground.outcomes import month_names
from commonground.outcomes.date_order import (
    HINT,
    ORDERS,
    TIME_DROPPED,
    drop_time,
    misfit_message,
    read_in_order,
)
from commonground.outcomes.id_cells import IDS, SCIENTIFIC, scientific_ids
from commonground.outcomes.privacy import UNIX_TIME_PATTERN
from commonground.outcomes.schema import FALSE_WORDS, TRUE_WORDS, Column

# Integers beyond this cannot be stored as Int64 without overflow.
_INT_LIMIT = 2.0**62
BOOLEAN_HELP = "not a boolean (use true/false, yes/no, y/n or 1/0)"


@dataclass
class Parsed:
    """Typed values of one column, which cells were empty, and what failed.

    ``failures`` is a list of ``(mask, message)``: a boolean numpy mask over the rows
    and the message for every row the mask marks. ``blank`` marks empty cells.
    ``changes`` lists, the same way, cells that were read in a way worth a notice
    (Excel date serials turned into dates).
    """

    values: pd.Series
    blank: np.ndarray
    failures: list[tuple[np.ndarray, str]] = field(default_factory=list)
    changes: list[tuple[np.ndarray, str]] = field(default_factory=list)


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
    return _recode(raw, new_codes, uniques)


def _recode(raw: pd.Series, per_category: np.ndarray, categories) -> pd.Series:
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


def _distinct(raw: pd.Series, keep_uniques: bool = False):
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


def _spread(codes: np.ndarray, per_unique: np.ndarray) -> np.ndarray:
    """Spread a per-distinct-value boolean array to rows (missing rows get False)."""
    per_unique = np.append(np.asarray(per_unique, dtype=bool), False)
    return per_unique[codes]  # code -1 picks the appended False


def _take(values, codes: np.ndarray, index) -> pd.Series:
    return pd.Series(values.take(codes, allow_fill=True), index=index, copy=False)


def parse_text(raw: pd.Series, col: Column) -> Parsed:
    """Text columns: trimmed, empty = missing."""
    text = as_text(raw)
    return Parsed(text, text.isna().to_numpy(dtype=bool))


def parse_category(raw: pd.Series, col: Column) -> Parsed:
    """Categories: trimmed, lower-cased, inner spaces/hyphens as ``_``; closed sets checked.

    A categorical column stays categorical (normalising its categories only).
    """
    if isinstance(raw.dtype, pd.CategoricalDtype):
        return _parse_categorical(raw, col)
    codes, text, uniques = _distinct(raw, keep_uniques=True)
    norm = _normalise_category(text)
    if raw.dtype == "str" and norm.equals(uniques.astype("str")):
        values = raw  # already normalised: share the column, no copy
    else:
        values = _take(pd.array(norm, dtype="str"), codes, raw.index)
    blank = ~_spread(codes, norm.notna().to_numpy(dtype=bool))
    failures = []
    if col.values is not None:
        bad = (norm.notna() & ~norm.isin(col.values)).to_numpy(dtype=bool)
        failures.append((_spread(codes, bad), f"not one of: {', '.join(col.values)}"))
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
    values = _recode(text, per_category, uniques)
    codes = values.cat.codes.to_numpy()
    blank = codes < 0
    failures = []
    if col.values is not None:
        bad = ~pd.Index(uniques).isin(col.values)
        failures.append((_spread(codes, bad), f"not one of: {', '.join(col.values)}"))
    return Parsed(values, blank, failures)


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
    codes, text = _distinct(raw)
    lower = text.str.lower()
    is_true = lower.isin(TRUE_WORDS).to_numpy(dtype=bool)
    is_false = lower.isin(FALSE_WORDS).to_numpy(dtype=bool)
    given = lower.notna().to_numpy(dtype=bool)
    per_unique = pd.array(np.where(is_true, True, False), dtype="boolean")
    per_unique[~(is_true | is_false)] = pd.NA
    values = _take(per_unique, codes, raw.index)
    bad = _spread(codes, given & ~(is_true | is_false))
    return Parsed(values, ~_spread(codes, given), [(bad, BOOLEAN_HELP)])


#: A whole number written with a decimal comma and one or two zeros: ``30,0``, ``30,00``.
_DECIMAL_COMMA = r"^\s*([+-]?\d+),0{1,2}\s*$"


def parse_integer(raw: pd.Series, col: Column) -> Parsed:
    """Whole numbers (``Int64``), checked against the column's range."""
    low = -np.inf if col.minimum is None else col.minimum
    high = np.inf if col.maximum is None else col.maximum
    range_text = f"below {low}" if col.maximum is None else f"outside {low}-{high}"
    if pd.api.types.is_integer_dtype(raw.dtype):  # already whole numbers: only the range
        ints = raw if str(raw.dtype) == "Int64" else raw.astype("Int64")
        data = ints.to_numpy(dtype=np.int64, na_value=0)
        blank = ints.isna().to_numpy(dtype=bool)
        out_of_range = ~blank & ((data < low) | (data > high))
        if out_of_range.any():
            ints = ints.mask(out_of_range)
        return Parsed(ints, blank, [(out_of_range, range_text)])
    if pd.api.types.is_numeric_dtype(raw.dtype) and not pd.api.types.is_bool_dtype(raw.dtype):
        codes = np.arange(len(raw))
        numbers = raw.astype("Float64")
        given = numbers.notna().to_numpy(dtype=bool)
    else:
        codes, text = _distinct(raw)
        # "30,0": a decimal comma (Excel in many European locales); "1,000" is not one
        point = text.str.replace(_DECIMAL_COMMA, r"\1", regex=True)
        numbers = pd.to_numeric(point, errors="coerce").astype("Float64")
        given = text.notna().to_numpy(dtype=bool)
    as_float = numbers.to_numpy(dtype=float, na_value=np.nan)
    finite = np.isfinite(as_float) & (np.abs(np.nan_to_num(as_float)) < _INT_LIMIT)
    safe = np.where(finite, as_float, 0.0)
    whole = finite & (np.floor(safe) == safe)
    huge = ~np.isnan(as_float) & ~finite  # e.g. 1e30: a number, but far out of range
    out_of_range = whole & ((safe < low) | (safe > high))
    ok = whole & ~out_of_range & ~huge
    per_unique = pd.array(np.where(ok, safe, 0).astype(np.int64), dtype="Int64")
    per_unique[~ok] = pd.NA
    failures = [
        (_spread(codes, given & ~whole & ~huge), "not a whole number"),
        (_spread(codes, out_of_range), range_text),
        (_spread(codes, huge), "far too large to be a count of anything"),
    ]
    values = _take(per_unique, codes, raw.index)
    return Parsed(values, ~_spread(codes, given), failures)


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
        codes, text = _distinct(raw)
        text, timed = drop_time(text)
        ordered, misfit = np.zeros(len(text), dtype=bool), np.zeros(len(text), dtype=bool)
        if date_order is not None:
            text, ordered, misfit = read_in_order(text, date_order)
        text, named, named_failures = month_names.rewrite(text)  # 12 mars 2026
        per_unique = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
        per_unique = per_unique.astype("datetime64[us]")
        refused = np.logical_or.reduce([misfit, *(m for m, _ in named_failures)])
        bad = (text.notna() & per_unique.isna()).to_numpy(dtype=bool) & ~refused
        per_unique, unique_failures, unique_changes = _excel_serials(text, per_unique, bad)
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
        values = _take(per_unique.array, codes, raw.index)
        blank = ~_spread(codes, text.notna().to_numpy(dtype=bool))
        failures = [(_spread(codes, mask), message) for mask, message in unique_failures]
        changes = [(_spread(codes, mask), message) for mask, message in unique_changes]
    today = today or dt.date.today()
    future = (values > pd.Timestamp(today)).to_numpy(dtype=bool)
    failures.append((future, f"in the future (today is {today.isoformat()})"))
    parsed = Parsed(values.where(~future), blank, failures)
    if not pd.api.types.is_datetime64_any_dtype(raw.dtype):
        parsed.changes = changes
    return parsed


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


def _excel_serials(text: pd.Series, per_unique: pd.Series, bad: np.ndarray):
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


def _has_time_of_day(values: pd.Series) -> bool:
    """True when some timestamp is not at midnight (one pass over the integers)."""
    stamps = values.to_numpy(dtype="datetime64[us]")
    micros = stamps[~np.isnat(stamps)].view(np.int64)
    return bool((micros % 86_400_000_000).any())  # floor modulo: right before 1970 too


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
        return _spread(values.cat.codes.to_numpy(), lengths > MAX_TEXT)
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


# A spreadsheet's summary row: its first filled cell says "Total", "Grand total",
# "Subtotal", "Sum", "Count" or "Average" (ours, session 8). It is not a meeting.
_TOTALS_LABEL = re.compile(
    r"^(?:grand\s+|sub-?\s*)?totals?(?:\s*:.*|\s+[a-z].*)?$|^(?:sum|count|average|mean|overall)\s*:?$"
    # the same in the languages --suggest reads (a team's own sheet): ours
    r"|^(?:summe|gesamt(?:summe)?|insgesamt|suma|somme|soma|totaal|promedio|moyenne)\s*:?$",
    re.IGNORECASE,
)


def totals_row_mask(frame: pd.DataFrame) -> np.ndarray:
    """Rows whose first filled cell names a total ("TOTAL", "Grand total:", "Sum")."""
    undecided = np.ones(len(frame), dtype=bool)
    totals = np.zeros(len(frame), dtype=bool)
    for name in frame.columns:
        if not undecided.any():
            break
        text = as_text(frame[name])
        filled = text.notna().to_numpy(dtype=bool) & undecided
        if filled.any():
            at = np.flatnonzero(filled)
            labels = text.iloc[at].astype(str)
            totals[at] = labels.str.contains(_TOTALS_LABEL).to_numpy(dtype=bool)
            undecided &= ~filled
    return totals
