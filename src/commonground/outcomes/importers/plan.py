"""What an importer decides from an export's header: its :class:`Plan`, the trainer's
:class:`Options`, and the outcome-log columns every importer writes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

#: What a plan's ``used`` says when an export has no id column.
IDS_FROM_ROWS = "(made from the row number)"
#: Outcome-log text columns an importer writes (the contract's, plus ``event_date``).
EVENT_DATE = "event_date"

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
    date_order
        ``"dmy"`` or ``"mdy"`` (``--date-order``): how the export writes slashed dates;
        over a mapping file's ``date_order``.
    sheet
        A workbook's sheet to read (``--sheet``: a number from 1, or a title).
    file_tag
        A short tag of the file being read, for ids made from row numbers.
    """

    organizer: str | None = None
    ask_type: str | None = None
    ask_column: str | None = None
    ask_specific: str | None = None
    mapping: dict | None = None
    date_order: str | None = None
    sheet: str | None = None
    file_tag: str = ""


def left_empty(used: Mapping[str, str], *also_filled: str) -> list[str]:
    """Output columns neither in ``used`` (keys may list several, comma-separated) nor given."""
    filled = {name.strip() for key in used for name in key.split(",")} | set(also_filled)
    return [c for c in OUTPUT_COLUMNS if c not in filled]
