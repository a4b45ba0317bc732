"""Which export columns a quarantine may show, and how: personal, free text, closed.

A column naming a person is never carried; a notes or comments column neither; a column
feeding a status, answer, date or number shows a name-like cell as what it is.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from commonground.outcomes import privacy
from commonground.outcomes.importers import mapper as m

#: Header words that say a column describes an event, a result or a code, not a person:
#: VAN's ``Result Short Name``, ``Status Name`` and ``Contact Type Name`` name a value.
#: (Not ``code``: ``Zip Code`` and ``Postal Code`` are an address.)
_NOT_A_PERSON = {"event", "role", "shift", "location", "activist", "campaign",
                 "action", "sponsor", "timeslot", "survey", "question", "title", "eventtype",
                 "result", "status", "type"}  # fmt: skip


def is_personal(header: str) -> bool:
    """True for a column holding a person's name, phone, e-mail or address."""
    import re

    key = privacy.normalise_name(header)
    parts = [p for p in re.split(r"[_.:]+", key) if p]
    lowered = [p.lower() for p in re.split(r"[\s_.:\-]+|(?<=[a-z])(?=[A-Z])", str(header)) if p]
    if _NOT_A_PERSON & set(lowered):
        return False
    return privacy.is_personal_column(key) or any(
        p in privacy.PERSONAL_WORDS for p in parts + lowered
    )


#: Header words of free-text columns: where names and life stories hide.
_FREE_TEXT = {"note", "notes", "comment", "comments", "remark", "remarks", "memo", "memos"}


def is_free_text(header: str) -> bool:
    """True for a notes or comments column (never needed by the log, never carried)."""
    import re

    return bool(_FREE_TEXT & {p for p in re.split(r"[^a-z]+", str(header).lower()) if p})


#: Fields whose export columns hold ids or free words, kept as written in a quarantine
#: (e-mail addresses and phone numbers masked); every other mapped column holds a
#: status, an answer, a date or a number, where a name is the wrong thing.
_FREE_FIELDS = {"meeting_id", "organizer", "contact", "ask_type", "ask_type, ask_specific"}


def closed_columns(plan, headers: list[str]) -> dict[str, str | None]:
    """Export columns that feed a status, answer, date or number: ``{header: kind}``.

    In a quarantine, such a cell that may name someone is replaced by what it is
    (:func:`privacy.shown_value`), as messages show it; ``kind`` is ``"date"`` for date
    columns, so a Unix time there is shown.
    """
    known = set(headers)
    out: dict[str, str | None] = {}
    for field_name, used in plan.used.items():
        if field_name in _FREE_FIELDS:
            continue
        kind = "date" if field_name in ("date", m.EVENT_DATE) else None
        for header in str(used).split(", "):
            if header in known:
                out[header] = kind
    return out


def quarantine_cells(
    batch: pd.DataFrame, keep: np.ndarray, dropped: list[str], closed: dict | None = None
) -> pd.DataFrame:
    """Quarantined rows' cells, shown as messages show values (:func:`privacy.shown_cells`).

    Date columns (``closed`` says which, as ``"date"``) keep Unix times; the column
    feeding ``meeting_id`` (``"id"``) keeps ids of digits alone. Names, e-mail addresses and phone numbers
    in any cell are replaced by what they are: the ``file`` and ``row`` columns say
    where the row is.
    """
    cells = batch.loc[keep, [c for c in batch.columns if c not in dropped]]
    for name in cells.columns:
        kind = (closed or {}).get(name)
        an_id = kind == "id"
        cells[name] = privacy.shown_cells(cells[name], None if an_id else kind, an_id=an_id)
    return cells
