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
    date_order: dmy       # how to read 03/04/2024: mdy (default) or dmy

A value that a field's ``values`` table does not list is quarantined, naming it
(empty cells stay empty). Fields with no ``values`` table pass through as written, and
the outcome-log rules check them.
"""

from __future__ import annotations

import numpy as np

from commonground.errors import CommonGroundError, UsageError
from commonground.outcomes.importers import mapper as m


class MappingError(CommonGroundError):
    """A mapping file that cannot be used (the message names it): exit code 2, refused."""

    exit_code = 2


NAME = "mapping"
TITLE = "Any spreadsheet, with a mapping file"

DATE_FIELDS = ("date", m.EVENT_DATE)


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
    if not isinstance(data, dict) or not isinstance(data.get("columns", {}), dict):
        raise MappingError(f"{path}: a mapping has a 'columns:' section of field: column")
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
    data["_path"] = str(path)
    return data


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
    day_first = mapping.get("date_order") == "dmy"
    notes = [f"mapped as {mapping['_path']} says"]
    if "organizer" not in found and "organizer" not in constants:
        notes += m.organizer_note(None, options)

    def map_batch(batch, rows):
        out, reasons = {}, []
        for name, column in found.items():
            values = m.text(batch, column)
            if name in tables:
                mapped, unknown = m.lookup(values, tables[name])
                reasons.append(
                    (
                        unknown,
                        m.reason_with_value(f"{name}: {{value}} is not in the mapping", values),
                    )
                )
                values = mapped
            if name in DATE_FIELDS:
                values = _day_first(values) if day_first else m.dates(values, unix=True)
            out[name] = values
        for name, value in constants.items():
            out.setdefault(name, m.constant(batch, value))
        if "meeting_id" not in out:
            out["meeting_id"] = m.generated_ids("row", rows, batch.index, options.file_tag)
        if "organizer" not in out:
            out["organizer"] = m.organizer_column(batch, None, options)
        none = np.zeros(len(batch), dtype=bool)
        return m.assemble(batch, out), m.first_reason((none, None), *reasons)

    used = {
        **{f: str(c) for f, c in found.items()},
        **{f: f"(always {v})" for f, v in constants.items()},
    }
    used.setdefault("meeting_id", m.IDS_FROM_ROWS)
    order = mapping.get("date_order")
    return m.Plan(NAME, used, m.left_empty(used, "organizer"), notes, map_batch, order)


def _day_first(values):
    swapped = values.str.replace(r"^(\d{1,2})/(\d{1,2})/", r"\2/\1/", regex=True)
    return m.dates(swapped, unix=True)
