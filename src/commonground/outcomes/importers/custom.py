"""Any spreadsheet, through a mapping file (``--from mapping --mapping map.yaml``).

The mapping file says which column is which outcome-log field, how values map, and
values for every row; ``commonground log import --suggest FILE`` drafts one::

    columns:              # outcome-log field: the column in your file
      meeting_id: Ref
      date: When we met
      response: Answer
      showed_up: Turned up?
    values:               # field: {your value: the log's value}
      response: {"Y": yes, "N": no, "Thinking": maybe}
      showed_up: {"Came": true, "Didn't come": false}
    constants:            # field: the same value in every row
      ask_specific: true
    checkboxes: [prepared]  # Airtable checkboxes: ticked = true, an empty cell = false
    lists: [ask_type]     # multiple-select / linked-record cells: "Canvass, Phone bank"
    date_order: dmy       # how to read 03/04/2024: mdy (default) or dmy

A value that a field's ``values`` table does not list is quarantined, naming it
(empty cells stay empty). Fields with no ``values`` table pass through as written, and
the outcome-log rules check them; in a yes/no field, Airtable's ``checked`` is true.
``checkboxes`` and ``lists`` are read as :mod:`.airtable` says.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from commonground.errors import CommonGroundError, UsageError
from commonground.outcomes.importers import airtable
from commonground.outcomes.importers import mapper as m


class MappingError(CommonGroundError):
    """A mapping file that cannot be used (the message names it): exit code 2, refused."""

    exit_code = 2


NAME = "mapping"
TITLE = "Any spreadsheet, with a mapping file"

DATE_FIELDS = ("date", m.EVENT_DATE)
#: Why a value the mapping maps to ``"?"`` (a draft's guess left unmade) is quarantined.
UNSURE = (
    '{name}: {{value}} is mapped to "?" (the draft could not guess it): write in the '
    "mapping what it means"
)


def load_mapping(path) -> dict:
    """Read and check a mapping file; errors name the file and the entry."""
    from pathlib import Path

    import yaml

    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise MappingError(f"{path}: mapping file not found") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise MappingError(f"{path}: not a readable YAML mapping ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("columns") or {}, dict):
        raise MappingError(f"{path}: a mapping has a 'columns:' section of field: column")
    if not data.get("columns"):
        raise MappingError(
            f"{path}: 'columns:' names no column: under it write each outcome-log field and "
            "the column of your file that holds it (field: column), at least date, contact "
            "and response"
        )
    for section in ("columns", "values", "constants"):
        for name in data.get(section) or {}:
            if name not in m.OUTPUT_COLUMNS:
                raise MappingError(
                    f"{path}: {section}: '{name}' is not an outcome-log field "
                    f"(fields: {', '.join(m.OUTPUT_COLUMNS)})"
                )
    for name, table in (data.get("values") or {}).items():
        if not isinstance(table, dict):
            raise MappingError(f"{path}: values: '{name}' must map your values to ours")
    if data.get("date_order", "mdy") not in ("mdy", "dmy"):
        raise MappingError(f"{path}: date_order is mdy or dmy")
    for section in ("checkboxes", "lists"):
        names = data.get(section) or []
        if isinstance(names, str):
            names = [names]
        if not isinstance(names, list) or any(n not in m.OUTPUT_COLUMNS for n in names):
            raise MappingError(
                f"{path}: {section}: a list of outcome-log fields, such as [showed_up] "
                f"(fields: {', '.join(m.OUTPUT_COLUMNS)})"
            )
        data[section] = names
    for name in data["checkboxes"]:
        if _kind(name) != "boolean":
            raise MappingError(f"{path}: checkboxes: '{name}' is not a yes/no field")
        if name in (data.get("values") or {}):
            raise MappingError(
                f"{path}: '{name}' is under checkboxes and has a values table: a checkbox "
                "is read as ticked or not; keep one of the two"
            )
    data["_path"] = str(path)
    return data


def _kind(name: str) -> str:
    from commonground.outcomes.schema import column, is_spec_column

    return column(name).kind if is_spec_column(name) else "text"


def _yaml_value(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _table(field_name: str, table: dict) -> dict[str, str | None]:
    """A values table as text. YAML reads bare yes/no as booleans: for an answer field
    they mean yes/no, elsewhere true/false; a boolean key matches both spellings."""
    answer = field_name in ("response", "final_response")
    out: dict[str, str | None] = {}
    for key, value in table.items():
        if isinstance(value, bool):
            value = ("yes" if value else "no") if answer else ("true" if value else "false")
        keys = [str(key)]
        if isinstance(key, bool):
            keys = ["yes", "true", "y"] if key else ["no", "false", "n"]
        for k in keys:
            out[k] = _yaml_value(value)
    return out


def plan(headers: list[str], options: m.Options) -> m.Plan:
    """How this file maps, as its mapping file says."""
    mapping = options.mapping
    if mapping is None:
        raise UsageError("--from mapping needs --mapping MAP.yaml (draft one with --suggest)")
    columns = {f: str(c) for f, c in (mapping.get("columns") or {}).items() if c is not None}
    missing = [c for c in columns.values() if m.find_column(headers, [c]) is None]
    if missing:
        raise MappingError(
            f"{mapping['_path']}: column(s) not in the file: {', '.join(missing)} "
            f"(the file has: {', '.join(map(str, headers))})"
        )
    found = {f: m.find_column(headers, [c]) for f, c in columns.items()}
    constants = {f: _yaml_value(v) for f, v in (mapping.get("constants") or {}).items()}
    tables = {f: _table(f, t) for f, t in (mapping.get("values") or {}).items()}
    boxes = [f for f in mapping.get("checkboxes") or [] if f in found]
    lists = [f for f in mapping.get("lists") or [] if f in found]
    notes = [f"mapped as {mapping['_path']} says"]
    if "organizer" not in found and "organizer" not in constants:
        notes += m.organizer_note(None, options)
    notes += _airtable_notes(found, boxes, lists)
    told: set[str] = set()
    # organizers are few, so every one is remembered; contacts are many: declared only
    linked = {f: airtable.LinkedRecords() for f in ("organizer",) if f in found and f not in lists}
    linked_notes: list[str] = []

    def map_batch(batch, rows):
        out, reasons = {}, []
        for name, column in found.items():
            values = m.text(batch, column)
            if name in lists:
                values = _one_option(values, name, column, reasons)
            elif name in linked:
                several = linked[name].see(values)
                why = np.full(len(values), None, dtype=object)
                for i in np.flatnonzero(several):
                    why[i] = airtable.several_reason(name, column, str(values.iloc[i]))
                reasons.append((several, why))
            if name in boxes:
                values, odd = airtable.checkbox(values)
                reasons.append((odd, _per_row(odd, values, name, column, m.text(batch, column))))
                if name == "showed_up":
                    empty = m.text(batch, column).isna()
                    values = values.where(~empty, "")  # set after the answers are known
            elif name in tables:
                mapped, unknown = m.lookup(values, tables[name])
                reasons.append(
                    (
                        unknown,
                        m.reason_with_value(f"{name}: {{value}} is not in the mapping", values),
                    )
                )
                unsure = mapped.eq("?").fillna(False).to_numpy(dtype=bool)
                reasons.append((unsure, m.reason_with_value(UNSURE.format(name=name), values)))
                values = mapped
            elif _kind(name) == "boolean":
                values = _airtable_words(values, name, column, notes, told)
            if name in DATE_FIELDS:  # slashed dates: in the date order (see batches)
                values = m.dates(values, unix=True)
            out[name] = values
        for name, value in constants.items():
            out.setdefault(name, m.constant(batch, value))
        if "showed_up" in boxes:
            out["showed_up"] = _unticked_showed_up(out)
        if "meeting_id" not in out:
            out["meeting_id"] = m.generated_ids("row", rows, batch.index, options.file_tag)
        if "organizer" not in out:
            out["organizer"] = m.organizer_column(batch, None, options)
        for note in linked_notes:  # counts so far: replaced after every batch
            notes.remove(note)
        linked_notes[:] = [n for f, d in linked.items() for n in d.notes(f, found[f])]
        notes.extend(linked_notes)
        none = np.zeros(len(batch), dtype=bool)
        return m.assemble(batch, out), m.first_reason((none, None), *reasons)

    used = {
        **{f: str(c) for f, c in found.items()},
        **{f: f"(always {v})" for f, v in constants.items()},
    }
    used.setdefault("meeting_id", m.IDS_FROM_ROWS)
    order = mapping.get("date_order")
    return m.Plan(NAME, used, m.left_empty(used, "organizer"), notes, map_batch, order)


def _airtable_notes(found: dict, boxes: list[str], lists: list[str]) -> list[str]:
    notes = []
    if boxes:
        named = ", ".join(f"{found[f]} ({f})" for f in boxes)
        notes.append(
            f"checkbox column(s) {named}: ticked is true and an empty cell is not ticked, "
            "so false (showed_up stays empty where the final answer is not yes)"
        )
    if lists:
        named = ", ".join(f"{found[f]} ({f})" for f in lists)
        notes.append(
            f"list column(s) {named}: a cell with one option is that value; a cell with "
            "several is quarantined, naming them"
        )
    return notes


def _one_option(values, name: str, column: str, reasons: list):
    """A list column's cells: one option each, or a reason naming the several."""
    single, counts = airtable.options_cells(values)
    several = counts.to_numpy() > 1
    why = np.full(len(values), None, dtype=object)
    for i in np.flatnonzero(several):
        why[i] = airtable.several_reason(name, column, str(values.iloc[i]))
    reasons.append((several, why))
    if _kind(name) == "category":  # "Door knock, weekend": one option, one category
        single = single.str.replace(",", " ", regex=False)
    return single


def _per_row(mask, values, name: str, column: str, raw) -> np.ndarray:
    why = np.full(len(values), None, dtype=object)
    for i in np.flatnonzero(mask):
        why[i] = airtable.checkbox_reason(name, column, str(raw.iloc[i]))
    return why


def _airtable_words(values, name: str, column: str, notes: list[str], told: set[str]):
    """Airtable's ``checked``/``unchecked`` in a yes/no column with no values table: true
    and false. An empty cell stays unknown unless the column is under ``checkboxes``."""
    key = values.str.lower()
    hits = key.isin(airtable.AIRTABLE_WORDS).to_numpy(dtype=bool)
    if not hits.any():
        return values
    if name not in told:
        told.add(name)
        notes.append(
            f"{column} ({name}) holds Airtable's 'checked': read as true; its empty cells "
            f"stay unknown: if it is a checkbox, list {name} under checkboxes: in the "
            "mapping, so an empty cell reads as not ticked (false)"
        )
    words = np.where(key.to_numpy(dtype=object, na_value="") == "checked", "true", "false")
    return values.where(~hits, pd.Series(words, index=values.index, dtype="str"))


def _unticked_showed_up(out: dict) -> pd.Series:
    """``showed_up`` from a checkbox: an empty cell is false where the final answer is
    yes, and stays empty elsewhere (nothing was committed to, so nothing to show up for)."""
    showed = out["showed_up"]
    answer = out.get("final_response")
    first = out.get("response")
    final = answer if answer is not None else first
    if answer is not None and first is not None:
        final = answer.where(answer.notna(), first)
    yes = (
        final.astype("str").str.strip().str.lower().eq("yes").fillna(False).to_numpy(dtype=bool)
        if final is not None
        else np.zeros(len(showed), dtype=bool)
    )
    empty = showed.eq("").fillna(False).to_numpy(dtype=bool)
    return showed.where(
        ~empty, pd.Series(np.where(yes, "false", None), index=showed.index, dtype="str")
    )
