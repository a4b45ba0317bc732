"""Building the mapped table: every output column, organizers, ids, sign-up exports."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from commonground.outcomes.importers.cells import constant, generated_ids, prefixed, text
from commonground.outcomes.importers.plan import (
    EVENT_DATE,
    IDS_FROM_ROWS,
    OUTPUT_COLUMNS,
    UNKNOWN_ORGANIZER,
    Options,
    Plan,
    left_empty,
)


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
