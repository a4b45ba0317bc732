"""Checking a table of log rows against the contract, all at once (vectorised).

:func:`validate_frame` takes rows already in memory; :func:`validate_raw` is the shared
core that :func:`commonground.outcomes.read_log` calls after loading a file.

Decisions (documented in ``docs/outcome-data.md``):

- A row with any problem goes to quarantine whole; the rest are accepted.
- Duplicate ``meeting_id``: the first row in file order keeps the id; every later row
  with the same id is quarantined, naming the first row.
- ``showed_up`` may be set only where the final answer is yes: ``final_response``
  when that cell is filled, otherwise ``response``.
- ``notes`` never reaches ``accepted`` (nor quarantine): the analysis never needs it.
"""

from __future__ import annotations

import secrets

import numpy as np
import pandas as pd

from commonground.errors import InputFileError
from commonground.outcomes import privacy
from commonground.outcomes.date_order import check_order
from commonground.outcomes.id_cells import scientific_ids
from commonground.outcomes.not_meetings import (
    MISSING,
    drop_rows_that_are_not_meetings,
    is_typed,
    note_rows_with_one_reason,
    row_list,
)
from commonground.outcomes.parsing import as_text, parse_column
from commonground.outcomes.results import MAX_VALUE_CHARS, LogResult, Problem
from commonground.outcomes.schema import COLUMNS, REQUIRED, is_spec_column

#: Contract columns that may hold a person's e-mail or phone number as a value.
_FREE_ID_COLUMNS = ("contact", "organizer")


def validate_frame(df: pd.DataFrame, source: str = "<frame>", *, pseudonymise_salt=None):
    """Validate an in-memory table of log rows.

    Parameters
    ----------
    df
        One row per meeting; columns named as in the contract (any order, any case).
        Values may be text or already typed (bool, int, datetime).
    source
        Name used in messages.
    pseudonymise_salt
        When given, every ``contact`` value is replaced by a salted pseudonym.

    Returns
    -------
    LogResult
        Row numbers follow the file convention: the first row of ``df`` is row 2
        (as if written to a CSV file under a header row).
    """
    rows = np.arange(2, len(df) + 2, dtype=np.int64)
    return validate_raw(df.reset_index(drop=True), rows, source, salt=pseudonymise_salt)


def validate_raw(
    raw: pd.DataFrame,
    rows: np.ndarray,
    source: str,
    *,
    notices: list[str] | None = None,
    salt: str | None = None,
    loader_quarantine: pd.DataFrame | None = None,
    loader_problems: list[Problem] | None = None,
    categories: bool = False,
    date_order: str | None = None,
) -> LogResult:
    """Validate ``raw`` (positional index) whose spreadsheet row numbers are ``rows``.

    ``loader_quarantine``/``loader_problems`` carry rows the loader could not split
    into cells (they count as read and as quarantined). With ``categories``, the
    accepted category columns are pandas categoricals; otherwise ``str``. ``date_order``
    (``dmy``/``mdy``) reads slashed dates in ``date`` in that order.
    """
    notices = list(notices or [])
    try:
        date_order = check_order(date_order)
    except ValueError as exc:
        raise InputFileError(source, str(exc)) from None
    raw = _normalise_headers(raw, source)
    reserved = [name for name in ("row", "reason") if name in raw.columns]
    if reserved:  # these names are ours: the result's own row numbers and reasons
        raw = raw.drop(columns=reserved)
        notices.append(f"input column(s) {', '.join(reserved)} ignored: the result sets its own")
    missing = [name for name in REQUIRED if name not in raw.columns]
    if missing:
        sheet = [n for n in notices if n.startswith("read the first sheet")]
        where = f" ({sheet[0]}; none of its sheets has them all)" if sheet else ""
        chosen = [n for n in notices if n.endswith("(--sheet)")]
        where = f" ({chosen[0].removesuffix(' (--sheet)')}, as --sheet says)" if chosen else where
        if 2 * len(missing) > len(REQUIRED):  # a file in its own columns, not a log's
            where += (
                "; a file in its own columns (an export, a form, a sheet in another "
                "language) is read with a mapping: draft one with `commonground log import "
                "--suggest FILE`"
            )
        raise InputFileError(source, f"missing required column(s): {', '.join(missing)}{where}")
    raw, rows = drop_rows_that_are_not_meetings(raw, rows, notices)
    pre_q = _private_loader_quarantine(loader_quarantine)
    if len(raw) == 0 and len(pre_q) == 0:
        raise NoRowsError(source, "no data rows (the file has a header but no meetings)")
    raw = _protect_privacy(raw, notices, salt)
    raw, label_failures = _personal_labels(raw)
    typed, failures = _parse_all(raw, notices, rows, date_order)
    failures += label_failures
    failures += _rule_failures(typed, rows)
    failures = note_rows_with_one_reason(raw, failures)
    _set_category_dtype(typed, categories)
    return _assemble(
        raw, typed, rows, failures, pre_q, list(loader_problems or []), notices, source
    )


class NoRowsError(InputFileError):
    """A log with the header but no meetings (``--sheet all`` skips such a sheet: next
    month's template)."""


def _empty_quarantine() -> pd.DataFrame:
    return pd.DataFrame({"row": pd.Series(dtype="Int64"), "reason": pd.Series(dtype="str")})


def _private_loader_quarantine(pre_q: pd.DataFrame | None) -> pd.DataFrame:
    """Rows the loader could not split: same header names and privacy as the rest."""
    if pre_q is None or len(pre_q) == 0:
        return _empty_quarantine()
    cells = [c for c in pre_q.columns if c not in ("row", "reason")]
    names = {c: privacy.normalise_name(c) or f"unnamed_{i}" for i, c in enumerate(cells, 1)}
    out = pre_q.rename(columns=names)
    out = out.loc[:, ~out.columns.duplicated()]
    out = out.drop(columns=[n for n in out.columns if privacy.dropped_on_read(n)])
    cells = mask_quarantine(out.drop(columns=["row", "reason"]))
    return pd.concat([out[["row", "reason"]], cells], axis=1)


def _normalise_headers(raw: pd.DataFrame, source: str) -> pd.DataFrame:
    """Normalise header names; name blank ones ``unnamed_N`` and drop them when empty.

    Spreadsheet exports often end each line with empty cells under an empty header
    (``a,b,c,,``); such columns carry nothing and are dropped silently.
    """
    names = [privacy.normalise_name(c) for c in raw.columns]
    names = [name or f"unnamed_{i}" for i, name in enumerate(names, start=1)]
    blank_header = [str(c).strip() == "" or str(c).startswith("Unnamed") for c in raw.columns]
    keep = [
        i
        for i, blank in enumerate(blank_header)
        if not blank or as_text(raw.iloc[:, i]).notna().any()
    ]
    if len(keep) < len(names):
        raw = raw.iloc[:, keep]
        names = [names[i] for i in keep]
    seen: dict[str, int] = {}
    for position, name in zip([i + 1 for i in keep], names, strict=True):
        if name in seen:
            raise InputFileError(
                source, f"column '{name}' appears twice (columns {seen[name]} and {position})"
            )
        seen[name] = position
    out = raw.copy(deep=False)
    out.columns = names
    return out


def _protect_privacy(raw: pd.DataFrame, notices: list[str], salt: str | None) -> pd.DataFrame:
    """Drop personal-data columns and notes; mask or pseudonymise personal values."""
    personal = [c for c in raw.columns if not is_spec_column(c) and privacy.is_personal_column(c)]
    if personal:
        notices.append(privacy.personal_notice(personal))
    drop = personal + (["notes"] if "notes" in raw.columns else [])
    if "notes" in raw.columns:
        notices.append(privacy.NOTES_NOTICE)
    raw = raw.drop(columns=drop)
    extras = [c for c in raw.columns if not is_spec_column(c)]
    if extras:
        from commonground.terminal_text import printable  # a header is printed as typed

        shown = ", ".join(printable(c) for c in extras)
        notices.append(f"extra column(s) kept but ignored by the analysis: {shown}")
    for name in extras:
        hits = privacy.looks_personal(raw[name])
        if hits.any():
            raw[name] = raw[name].astype("str").where(~hits, privacy.mask_text(raw[name]))
            notices.append(
                f"{int(hits.sum())} e-mail address(es) or phone number(s) masked in '{name}'"
            )
    run_salt = salt if salt is not None else secrets.token_hex(16)
    for name in _FREE_ID_COLUMNS:
        text = as_text(raw[name])
        if name == "contact" and salt is not None:
            # an id Excel wrote as 1.00501E+11 is refused by the parser, by its value:
            # pseudonymised, it would pass as a contact of its own
            lost = pd.Series(scientific_ids(text), index=text.index)
            raw[name] = privacy.pseudonymise(text, run_salt).where(~lost, text)
            notices.append("contact ids pseudonymised with the given salt")
            continue
        hits = privacy.looks_personal(text).to_numpy(dtype=bool)
        if hits.any():
            text = text.astype("str")  # pseudonyms are new values, not categories
            raw[name] = text.where(~hits, privacy.pseudonymise(text, run_salt))
            how = "the given salt" if salt is not None else "a one-off random salt"
            notices.append(
                f"{int(hits.sum())} {name} value(s) looked like an e-mail address or phone "
                f"number and were pseudonymised with {how}"
            )
    return raw


#: Open-vocabulary labels that the analysis prints as they are (group names).
_LABEL_COLUMNS = ("ask_type",)
PERSONAL_LABEL = (
    "holds an e-mail address or phone number (hidden here); it is printed in reports, so "
    "it must be a short label such as canvass"
)


def _personal_labels(raw: pd.DataFrame):
    """Mask e-mail addresses and phone numbers in label columns and fail those rows.

    ``ask_type`` is an open vocabulary and every value becomes a group name in the
    analysis and the report, so personal data there would be printed. The value is
    masked (so neither messages nor the quarantine show it) and the row quarantined.
    """
    failures = []
    for name in _LABEL_COLUMNS:
        if name not in raw.columns:
            continue
        values = as_text(raw[name])
        # an importer may have normalised "617 555 0199" to "617_555_0199" already
        spaced = values.astype("str").str.replace("_", " ", regex=False)
        hits = privacy.looks_personal(spaced).to_numpy(dtype=bool)
        if hits.any():
            text = spaced.where(~hits, privacy.mask_text(spaced))
            raw = raw.assign(**{name: text.where(hits, values.astype("str"))})
            failures.append((np.flatnonzero(hits), name, PERSONAL_LABEL))
    return raw, failures


def _parse_all(raw: pd.DataFrame, notices: list[str], rows: np.ndarray, date_order=None):
    """Parse every contract column; absent optional ones become all-missing."""
    typed: dict[str, pd.Series] = {}
    failures: list[tuple[np.ndarray, str, str]] = []
    absent = []
    for col in COLUMNS:
        if col.name == "notes":
            continue
        if col.name not in raw.columns:
            absent.append(col.name)
            empty = pd.Series([None] * len(raw), dtype="str")
            typed[col.name] = parse_column(empty, col).values
            continue
        parsed = parse_column(raw[col.name], col, date_order)
        typed[col.name] = parsed.values
        failures += [(np.flatnonzero(m), col.name, text) for m, text in parsed.failures]
        for mask, text in parsed.changes:
            if mask.any():
                notices.append(f"{col.name}: {text}: rows {row_list(rows[mask])}")
        if col.required:
            failures.append((np.flatnonzero(parsed.blank), col.name, MISSING))
    if absent:
        notices.append("optional column(s) absent, treated as unknown: " + ", ".join(absent))
    return typed, failures


def _set_category_dtype(typed: dict[str, pd.Series], categories: bool) -> None:
    """Category columns as categoricals (``categories``); otherwise no categoricals at all.

    Without ``categories`` every text and category column is ``str``, as documented,
    even when the file stored it as a categorical (Parquet can).
    """
    for col in COLUMNS:
        if col.name not in typed:
            continue
        values = typed[col.name]
        is_categorical = isinstance(values.dtype, pd.CategoricalDtype)
        if categories and col.kind == "category" and not is_categorical:
            typed[col.name] = values.astype("category")
        elif not categories and is_categorical:
            typed[col.name] = values.astype("str")


#: Added to a duplicate id's problem when the row is the first one again, value for value:
#: renumbering it (what "duplicate id" suggests) would count one meeting twice.
SAME_ROW = "; the same meeting in every column (entered or pasted twice?): delete this row"


def _same_in_every_column(typed: dict[str, pd.Series], later, first) -> np.ndarray:
    """Which ``later`` rows hold the same value as their ``first`` row in every column."""
    later, first = np.asarray(later), np.asarray(first)
    same = np.ones(len(later), dtype=bool)
    for values in typed.values():
        a = values.iloc[later].reset_index(drop=True)
        b = values.iloc[first].reset_index(drop=True)
        both_empty = (a.isna() & b.isna()).to_numpy(dtype=bool)
        equal = (a.astype("str") == b.astype("str")).fillna(False).to_numpy(dtype=bool)
        same &= both_empty | equal
        if not same.any():
            break
    return same


def _rule_failures(typed: dict[str, pd.Series], rows: np.ndarray):
    """The cross-column rules: unique ids, no_reason only on a no, showed_up on a yes."""
    failures = []
    dup = _later_duplicates(typed["meeting_id"])
    if dup is not None:
        positions, first_positions = dup
        same = _same_in_every_column(typed, positions, first_positions)
        messages = np.array(
            [
                f"duplicate meeting_id; first used in row {int(rows[p])}"
                + (SAME_ROW if alike else "")
                for p, alike in zip(first_positions, same, strict=True)
            ],
            dtype=object,
        )
        failures.append((positions, "meeting_id", messages))
    reason_set = typed["no_reason"].notna().to_numpy(dtype=bool)
    not_no = (typed["response"] != "no").fillna(False).to_numpy(dtype=bool)
    failures.append((reason_set & not_no, "no_reason", "set, but response is not no"))
    final, first = typed["final_response"], typed["response"]
    showed_set = typed["showed_up"].notna().to_numpy(dtype=bool)
    # the final answer, or the first where no final one was written (either may be
    # categorical, so no fillna across them)
    not_yes = np.where(
        final.isna().to_numpy(dtype=bool),
        (first != "yes").to_numpy(dtype=bool, na_value=True),
        (final != "yes").to_numpy(dtype=bool, na_value=True),
    )
    failures.append((showed_set & not_yes, "showed_up", "set, but the final answer is not yes"))
    asks = typed["ask_type"].astype("str").str.contains(",", regex=False)
    failures.append(
        (np.flatnonzero(asks.fillna(False).to_numpy(dtype=bool)), "ask_type", SEVERAL_ASKS)
    )
    return failures


#: An ask type with a comma is a list of asks (a multiple-select column, "Canvass, Phone
#: bank"): counting it as a kind of ask of its own would be wrong, and which is the one
#: answered would be a guess.
SEVERAL_ASKS = (
    "several asks in one cell (a multiple-select column?): a row is one meeting with one "
    "ask; keep the one that was answered (log import --from mapping names them with "
    "lists: [ask_type])"
)


def _later_duplicates(ids: pd.Series):
    """Return ``(positions, first positions)`` of repeated ids, or None when all differ.

    Ids already in strictly increasing order are unique: one pass over neighbours
    says so. Otherwise the ids are sorted once (a stable sort, so within a run of equal
    ids the first in file order comes first); equal neighbours are the duplicates. No
    hash table of a million strings is built.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    arrow = pa.array(ids.astype("str"))
    known = len(arrow) - arrow.null_count
    if known < 2:
        return None
    given = arrow.drop_null() if arrow.null_count else arrow
    if pc.all(pc.less(given[:-1], given[1:])).as_py():
        return None  # ids in strictly increasing order (the usual export) cannot repeat
    order = pc.sort_indices(arrow)[:known]  # nulls sort last
    ordered = arrow.take(order)
    same = pc.equal(ordered[1:], ordered[:-1]).to_numpy(zero_copy_only=False)
    if not same.any():
        return None
    order = order.to_numpy().astype(np.int64)
    repeat = np.concatenate([[False], same])
    group_start = np.maximum.accumulate(np.where(repeat, 0, np.arange(known)))
    return order[repeat], order[group_start][repeat]


def _display(value, kind: str | None = None) -> str | None:
    """A cell as shown in a message: canonical for typed cells, cut, and replaced by what
    it is when it could identify someone (:func:`privacy.shown_value`)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if isinstance(value, pd.Timestamp) and value == value.normalize():
        return value.strftime("%Y-%m-%d")
    text = str(value)
    if not text.strip():
        return None
    shown = privacy.shown_value(text[:MAX_VALUE_CHARS], kind)
    if len(text) > MAX_VALUE_CHARS:
        shown += f"... ({len(text)} characters)"
    return shown


def mask_quarantine(cells: pd.DataFrame) -> pd.DataFrame:
    """Names, e-mail addresses and phone numbers in quarantined cells become a marker.

    The quarantine is for finding and fixing rows: each keeps its row number and its
    reason, and every cell is shown as a message shows a value
    (:func:`privacy.shown_cells`): ids (``C-12``, ``org-07``), numbers, dates and the
    log's words as written; a name typed under ``organizer``, ``contact``,
    ``response`` or a free column, an e-mail address or a phone number, replaced by
    what it is. Unix times in ``date`` are kept; so is a ``meeting_id`` of digits alone.
    """
    kinds = {c.name: c.kind for c in COLUMNS}
    if not len(cells):
        return cells
    for name in cells.columns:
        column = cells[name]
        if is_typed(column):
            continue  # read as booleans, numbers or dates: no name can hide there
        kind = "date" if kinds.get(name) == "date" else None
        cells[name] = privacy.shown_cells(as_text(column), kind, an_id=name == "meeting_id")
    return cells


def _assemble(raw, typed, rows, failures, pre_q, problems, notices, source) -> LogResult:
    order = {c.name: i for i, c in enumerate(COLUMNS)}
    records = []  # (position, column order, column, message)
    for where, name, message in failures:
        positions = np.flatnonzero(where) if where.dtype == bool else where
        if len(positions) == 0:
            continue
        texts = message if isinstance(message, np.ndarray) else [message] * len(positions)
        at = order.get(name, len(order))  # a note row may be in an extra column
        records += [(p, at, name, t) for p, t in zip(positions, texts, strict=True)]
    records.sort(key=lambda r: (r[0], r[1]))
    kinds = {c.name: c.kind for c in COLUMNS}
    for position, _, name, message in records:
        value = _display(raw[name].iloc[position], kinds.get(name))
        problems.append(Problem(int(rows[position]), name, value, message))
    problems.sort(key=lambda p: p.row if p.row is not None else 0)
    bad = np.zeros(len(raw), dtype=bool)
    bad[np.asarray([r[0] for r in records], dtype=np.int64)] = True
    reasons = pd.DataFrame(
        {"pos": [r[0] for r in records], "text": [f"{r[2]}: {r[3]}" for r in records]}
    )
    reason_by_pos = reasons.groupby("pos", sort=True)["text"].agg("; ".join)

    def good(values: pd.Series) -> pd.Series:  # no copy when every row is good
        return (
            values.reset_index(drop=True) if not bad.any() else values[~bad].reset_index(drop=True)
        )

    data = {"row": pd.Series(rows[~bad], dtype="int64", copy=False)}
    data.update({name: good(values) for name, values in typed.items()})
    extras = [name for name in raw.columns if not is_spec_column(name)]
    data.update({name: good(as_text(raw[name])) for name in extras})
    accepted = pd.DataFrame(data, copy=False)

    quarantine = mask_quarantine(raw.loc[bad].copy())
    quarantine.insert(0, "reason", reason_by_pos.reindex(np.flatnonzero(bad)).to_numpy())
    quarantine.insert(0, "row", pd.array(rows[bad], dtype="Int64"))
    quarantine = pd.concat([pre_q, quarantine], ignore_index=True) if len(pre_q) else quarantine
    quarantine = quarantine.sort_values("row", kind="stable").reset_index(drop=True)
    n_read = len(raw) + len(pre_q)
    return LogResult(accepted, quarantine, problems, notices, n_read, source)
