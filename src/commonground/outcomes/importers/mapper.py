"""The shared part of every importer: find columns, map values, parse dates, in batches.

An importer (one module per source) builds a :class:`Plan` from the export's header: which
export column feeds which outcome-log field, and a function that maps one batch of rows
(a DataFrame of text cells) to outcome-log columns plus, for each row, the reason it
cannot be mapped (``None`` when it can). Everything here works on whole columns, once
per distinct value where it can, so a million-row export maps in a few passes.

Header matching ignores case, spaces, underscores, dots and hyphens: ``Event Type``,
``event_type``, ``event.event_type`` and ``eventType`` all have the key ``eventtype``
(the dotted name keeps its prefix: ``event.event_type`` is ``eventeventtype``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from commonground.outcomes import privacy

#: What a plan's ``used`` says when an export has no id column.
IDS_FROM_ROWS = "(made from the row number)"
#: Outcome-log text columns an importer writes (the contract's, plus ``event_date``).
EVENT_DATE = "event_date"


def header_key(name: object) -> str:
    """A header as compared: lower-case, without spaces, underscores, dots or hyphens.

    Examples
    --------
    >>> header_key("Event Type"), header_key("status_name"), header_key("status.name")
    ('eventtype', 'statusname', 'statusname')
    """
    return re.sub(r"[\s_.\-]+", "", str(name).replace("\ufeff", "")).lower()


def find_column(headers: Iterable[str], candidates: Iterable[str]) -> str | None:
    """The first header matching one of ``candidates`` (in the candidates' order)."""
    by_key: dict[str, str] = {}
    for name in headers:
        by_key.setdefault(header_key(name), name)
    for wanted in candidates:
        if header_key(wanted) in by_key:
            return by_key[header_key(wanted)]
    return None


@dataclass
class Plan:
    """How one export maps to the outcome log.

    Attributes
    ----------
    source
        The source's name (``mobilize``, ...).
    used
        Outcome-log field -> the export column (or a description) it comes from.
    left_empty
        Outcome-log fields the export cannot fill.
    notes
        What the importer assumed or could not do, in plain words (ours, labelled so).
    map_batch
        ``map_batch(batch, rows) -> (mapped, reasons)``: ``batch`` is a DataFrame of
        text cells (empty cells are missing), ``rows`` its row numbers; ``mapped`` holds
        outcome-log columns as text, ``reasons`` an object array (``None`` = mapped).
    date_order
        ``"dmy"`` or ``"mdy"`` when the user said how slashed dates are written (a
        mapping file); ``None``: see :mod:`commonground.outcomes.importers.day_month`.
    """

    source: str
    used: dict[str, str]
    left_empty: list[str]
    notes: list[str]
    map_batch: Callable[[pd.DataFrame, np.ndarray], tuple[pd.DataFrame, np.ndarray]]
    date_order: str | None = None

    def __post_init__(self):
        # "(none)": the export has no such column, so the field stays empty
        for name in [k for k, v in self.used.items() if v == "(none)"]:
            del self.used[name]
            self.left_empty += [
                f.strip() for f in name.split(",") if f.strip() not in self.left_empty
            ]
        from commonground.outcomes.schema import REQUIRED

        missing = [name for name in self.left_empty if name in REQUIRED]
        if missing:
            self.notes.append(
                f"required field(s) with no column in this export: {', '.join(missing)}; "
                "every row will be quarantined (use --from mapping to say where they are)"
            )
        order = {name: i for i, name in enumerate(OUTPUT_COLUMNS)}
        self.left_empty.sort(key=lambda name: order.get(name, len(order)))


# --- cells ---------------------------------------------------------------------------


def text(batch: pd.DataFrame, column: str | None) -> pd.Series:
    """The column as trimmed text (missing where empty); all-missing when ``column`` is None."""
    if column is None:
        return pd.Series(pd.NA, index=batch.index, dtype="str")
    values = batch[column]
    if values.dtype != "str":
        values = values.map(_first_of_list, na_action="ignore").astype("str")
    values = values.str.strip()
    return values.where(values != "")


def _first_of_list(value):
    """A JSON list cell (``email_addresses``, ``identifiers``) gives its first item."""
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
        if isinstance(value, dict):  # Mobilize: [{"address": ..., "primary": true}]
            value = value.get("address") or value.get("number") or next(iter(value.values()), None)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def per_distinct(values: pd.Series, function: Callable[[pd.Series], pd.Series]) -> pd.Series:
    """Apply ``function`` to the distinct values of ``values`` only, then spread back."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    mapped = function(pd.Series(uniques, dtype="str")).reset_index(drop=True)
    looked_up = pd.array(mapped, dtype=mapped.dtype).take(codes, allow_fill=True)
    return pd.Series(looked_up, index=values.index, copy=False)


def lookup(values: pd.Series, table: Mapping[str, str | None]) -> tuple[pd.Series, np.ndarray]:
    """Map each value through ``table`` (keys compared with :func:`value_key`).

    Returns the mapped values (``str``; missing where the cell was empty or the table
    maps to ``None``) and a mask of non-empty cells the table does not know.
    """
    keys = {value_key(k): v for k, v in table.items()}
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    known = np.array([value_key(u) in keys for u in uniques], dtype=bool)
    mapped = pd.array([keys.get(value_key(u)) for u in uniques], dtype="str")
    out = pd.Series(mapped.take(codes, allow_fill=True), index=values.index, copy=False)
    unknown = np.append(~known, False)[codes]
    return out, unknown


def value_key(value: object) -> str:
    """A value as compared with a mapping's keys: trimmed, lower-case, one space."""
    return " ".join(str(value).split()).lower()


def category(values: pd.Series, aliases: Mapping[str, str] | None = None) -> pd.Series:
    """Normalise free category text (``Phone Bank`` -> ``phone_bank``), with aliases."""
    aliases = {header_key(k): v for k, v in (aliases or {}).items()}

    def norm(uniques: pd.Series) -> pd.Series:
        out = uniques.str.strip().str.lower().str.replace(r"[\s\-/]+", "_", regex=True)
        return pd.Series(
            [aliases.get(header_key(u), o) for u, o in zip(uniques, out, strict=True)], dtype="str"
        )

    return per_distinct(values, norm)


def constant(batch: pd.DataFrame, value: str | None) -> pd.Series:
    """The same text in every row (missing when ``value`` is None)."""
    return pd.Series(value, index=batch.index, dtype="str")


def generated_ids(prefix: str, rows: np.ndarray, index, tag: str = "") -> pd.Series:
    """Ids for exports without one: ``<prefix>-<tag>-r<row>``.

    ``row`` is the export's row number and ``tag`` names the file (see
    :attr:`Options.file_tag`), so two files never make the same id.
    """
    start = f"{prefix}-{tag}-r" if tag else f"{prefix}-r"
    return pd.Series([f"{start}{r}" for r in rows], index=index, dtype="str")


def prefixed(prefix: str, values: pd.Series) -> pd.Series:
    """``<prefix>-<value>`` where the value is given, missing elsewhere."""
    return (prefix + "-" + values).astype("str")


def first_reason(*pairs: tuple[np.ndarray, object]) -> np.ndarray:
    """Combine ``(mask, reason)`` pairs into one reason per row (the first that applies).

    A reason may be a string, an object array of per-row strings, or a
    :class:`reason_with_value`.
    """
    length = len(pairs[0][0])
    out = np.full(length, None, dtype=object)
    for mask, reason in pairs:
        take = np.asarray(mask, dtype=bool) & np.equal(out, None)
        if take.any():
            out[take] = reason if isinstance(reason, str) else reason[take]
    return out


def quoted(value: object, kind: str | None = None) -> str:
    """A value quoted for a reason (``'Tentative'``), or what it is when it could
    identify someone (``[a phone number]``, see :func:`privacy.shown_value`)."""
    text = str(value)
    shown = privacy.shown_value(text, kind)
    return repr(text) if shown == text else shown


class reason_with_value:  # noqa: N801 - used like a function
    """Per-row reasons ``template.format(value=...)``, formatted only for rows that need one.

    ``{value}`` in the template is the cell :func:`quoted`. :func:`first_reason` indexes
    it with a boolean mask; only those rows are formatted, once per distinct value.
    """

    def __init__(self, template: str, values: pd.Series):
        self.template = template
        self.values = values

    def __getitem__(self, mask: np.ndarray) -> np.ndarray:
        chosen = self.values[np.asarray(mask, dtype=bool)].fillna("")
        texts = {v: self.template.format(value=quoted(v)) for v in pd.unique(chosen)}
        return np.array([texts[v] for v in chosen], dtype=object)


# --- dates ---------------------------------------------------------------------------

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])")
_SLASHED_YMD = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})(?:$|[T ,])")
_US = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:$|[T ,])")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:$|[T ,])")
_DIGITS = re.compile(r"^-?\d{9,14}(?:\.\d+)?$")


def _one_date(value: str, unix: bool) -> str:
    """One date cell as ``YYYY-MM-DD``; unreadable text is returned as it was.

    Dates with a time and an offset keep the calendar day as written (the day the event
    was where it happened). ``M/D/YYYY`` is read the US way (the sources are US tools);
    ``D.M.YYYY`` the European way. With ``unix``, 9-14 digit numbers are Unix seconds
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


# --- the reading loop ----------------------------------------------------------------


def empty_row_mask(batch: pd.DataFrame) -> np.ndarray:
    """Rows where every cell is empty."""
    if batch.shape[1] == 0:
        return np.ones(len(batch), dtype=bool)
    blank = np.ones(len(batch), dtype=bool)
    for name in batch.columns:
        cells = batch[name]
        if cells.dtype == "str":
            blank &= (cells.isna() | (cells.str.strip() == "")).to_numpy(dtype=bool)
        else:
            blank &= cells.isna().to_numpy(dtype=bool)
        if not blank.any():
            break
    return blank


# --- building the mapped table -------------------------------------------------------

#: The columns an importer writes, in order: the contract's (no notes), then event_date.
OUTPUT_COLUMNS = (
    "meeting_id", "date", "organizer", "contact", "purpose", "setting", "duration_min",
    "prepared", "story_shared", "open_questions", "common_ground", "ask_type",
    "ask_specific", "ask_fit", "response", "no_reason", "alternative_offered",
    "final_response", "follow_up", "follow_up_days", "showed_up", EVENT_DATE,
)  # fmt: skip

#: Said when an organizer column is missing; ``--organizer`` sets the value.
UNKNOWN_ORGANIZER = "unknown"


@dataclass
class Options:
    """Choices the trainer makes on the command line.

    Attributes
    ----------
    organizer
        Organizer for every row when the export names none (default ``unknown``).
    ask_type
        Ask type for sources that do not say (e.g. the VAN bulk sheet).
    ask_column
        The column holding the answer to the ask (VAN bulk sheet).
    ask_specific
        ``"true"``/``"false"`` for every row where the export cannot say (VAN bulk).
    mapping
        The parsed ``--mapping`` file (``--from mapping``).
    file_tag
        A short tag of the file being read, for ids made from row numbers.
    """

    organizer: str | None = None
    ask_type: str | None = None
    ask_column: str | None = None
    ask_specific: str | None = None
    mapping: dict | None = None
    file_tag: str = ""


def assemble(batch: pd.DataFrame, columns: Mapping[str, pd.Series]) -> pd.DataFrame:
    """The mapped table: every output column, missing where the source says nothing."""
    empty = None
    data = {}
    for name in OUTPUT_COLUMNS:
        if name in columns:
            data[name] = columns[name].astype("str")
        else:
            if empty is None:
                empty = constant(batch, None)
            data[name] = empty
    return pd.DataFrame(data, index=batch.index, copy=False)


def organizer_column(batch, column: str | None, options: Options) -> pd.Series:
    """The organizer column, or the ``--organizer`` value (``unknown``) where none is given."""
    fallback = options.organizer or UNKNOWN_ORGANIZER
    if column is None:
        return constant(batch, fallback)
    return text(batch, column).fillna(fallback)


def organizer_note(column: str | None, options: Options) -> list[str]:
    """What the report says about the organizer."""
    if column is not None:
        return []
    value = options.organizer or UNKNOWN_ORGANIZER
    return [f"the export names no organizer: every row gets '{value}' (set it with --organizer)"]


#: Said for sources whose ask is a signup for a scheduled event.
SPECIFIC_BY_SIGNUP = (
    "every ask counts as specific: a signup is for one event with a day, time and "
    "place (our assumption, not the export's)"
)


@dataclass(frozen=True)
class Outcome:
    """What one status value means for the log (``None`` = leave the cell empty)."""

    response: str
    final_response: str | None = None
    showed_up: str | None = None


def statuses(
    values: pd.Series, table: Mapping[str, Outcome | str], what: str
) -> tuple[dict[str, pd.Series], np.ndarray]:
    """Map a status column through ``table``: an :class:`Outcome`, or a quarantine reason.

    Returns ``response``, ``final_response`` and ``showed_up`` columns and one reason per
    row (``None`` when mapped). An empty cell or a status the table does not know is a
    reason too, naming the value.
    """
    keys = {value_key(k): v for k, v in table.items()}
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    found = [keys.get(value_key(u)) for u in uniques]
    known = ", ".join(str(k) for k, v in table.items() if isinstance(v, Outcome))

    def reason(u, hit):
        if hit is None:
            return (
                f"{what} {quoted(u)} is not one this import knows (known: {known}); correct "
                f"the cell, or say what it means in a mapping of your own: draft one with "
                f"`log import --suggest FILE`, then `--from mapping --mapping MAP.yaml`"
            )
        return None if isinstance(hit, Outcome) else f"{what} {quoted(u)}: {hit}"

    per_unique = {
        "response": [h.response if isinstance(h, Outcome) else None for h in found],
        "final_response": [h.final_response if isinstance(h, Outcome) else None for h in found],
        "showed_up": [h.showed_up if isinstance(h, Outcome) else None for h in found],
    }
    out = {
        name: pd.Series(
            pd.array(vals, dtype="str").take(codes, allow_fill=True), index=values.index
        )
        for name, vals in per_unique.items()
    }
    reasons = np.array(
        [reason(u, h) for u, h in zip(uniques, found, strict=True)] + [f"{what} is empty"]
    )
    return out, reasons.astype(object)[codes]


def left_empty(used: Mapping[str, str], *also_filled: str) -> list[str]:
    """Output columns neither in ``used`` (keys may list several, comma-separated) nor given."""
    filled = {name.strip() for key in used for name in key.split(",")} | set(also_filled)
    return [c for c in OUTPUT_COLUMNS if c not in filled]


def meeting_ids(batch, rows, found, source: str, options) -> pd.Series:
    """The export's own id (prefixed with the source), or ids made from the row numbers."""
    if found["meeting_id"] is not None:
        return prefixed(source, text(batch, found["meeting_id"]))
    return generated_ids(source, rows, batch.index, options.file_tag)


def signup_rows(batch, found, options, *, ids, date, ask_type, outcome, event_date=None):
    """The mapped table of a sign-up style export (one ask, one answer per row), where
    every ask is taken as specific: it names one event and its date."""
    columns = {
        "meeting_id": ids,
        "date": date,
        "organizer": organizer_column(batch, found["organizer"], options),
        "contact": text(batch, found["contact"]),
        "ask_type": ask_type,
        "ask_specific": constant(batch, "true"),
        **outcome,
    }
    if event_date is not None:
        columns[EVENT_DATE] = event_date
    return assemble(batch, columns)


def signup_plan(source: str, found, used: dict, notes, map_batch) -> Plan:
    """The plan of a sign-up style export: ``used`` plus the id, date and contact columns
    every such export has, and the organizer column when there is one."""
    used = {
        "meeting_id": found["meeting_id"] or IDS_FROM_ROWS,
        "date": found["date"] or found.get("event_date") or "(none)",
        "contact": found["contact"] or "(none)",
        **used,
    }
    if found["organizer"]:
        used["organizer"] = found["organizer"]
    return Plan(source, used, left_empty(used, "ask_specific", "organizer"), notes, map_batch)
