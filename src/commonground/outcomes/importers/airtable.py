"""Airtable's cells: checkboxes and multiple-select / linked-record lists (``--from mapping``).

An Airtable CSV export writes a ticked checkbox as ``checked`` (older exports: ``1`` or
``true``) and an unticked one as an **empty cell**. In a column known to be a checkbox
(a mapping file's ``checkboxes:`` list; ``--suggest`` drafts it for a column holding
``checked``) an empty cell is therefore false, not unknown, with two exceptions: a
checkbox never makes a field break the log's rules by being empty, so ``showed_up``
stays empty where the final answer is not yes (nothing was committed to).

A multiple-select or linked-record column holds its options in one cell, separated by
commas, an option holding a comma in double quotes (``Canvass, "Door knock, weekend"``).
In a column the mapping lists under ``lists:``, one option is that value (its quotes
dropped); several are quarantined, naming them: a row is one meeting, with one ask and
one organizer, and which option is the one would be a guess.
"""

from __future__ import annotations

import csv

import numpy as np
import pandas as pd

from commonground.outcomes.importers.cells import per_distinct
from commonground.outcomes.importers.reasons import quoted

#: What a ticked checkbox is written as (any case); an empty cell is not ticked.
TICKED = ("checked", "true", "1", "yes", "y", "x", "✓", "✔")
#: What an unticked checkbox may be written as, when an export writes it at all.
UNTICKED = ("unchecked", "false", "0", "no", "n")
#: Airtable's own words for a checkbox (no other tool writes them).
AIRTABLE_WORDS = ("checked", "unchecked")


def checkbox(values: pd.Series) -> tuple[pd.Series, np.ndarray]:
    """A checkbox column as ``true``/``false`` (empty: false), and a mask of cells that
    are neither ticked nor unticked."""
    key = values.astype("str").str.strip().str.lower()
    ticked = key.isin(TICKED).to_numpy(dtype=bool)
    unticked = key.isin(UNTICKED).to_numpy(dtype=bool) | values.isna().to_numpy(dtype=bool)
    out = pd.Series(np.where(ticked, "true", "false"), index=values.index, dtype="str")
    return out, ~(ticked | unticked)


def checkbox_reason(field_name: str, header: str, value: str) -> str:
    """Why a checkbox cell is refused."""
    return (
        f"{field_name} ({header}): {quoted(value)} is not a checkbox value (ticked: "
        "'checked', 1 or true; not ticked: an empty cell)"
    )


def split_options(value: str) -> list[str]:
    """The options of one multiple-select or linked-record cell, in order."""
    try:
        items = next(csv.reader([value], skipinitialspace=True))
    except (csv.Error, StopIteration):
        items = value.split(",")
    return [item.strip() for item in items if item.strip()]


def options_cells(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Per cell: its one option (quotes dropped; missing when empty or several), and
    the number of options it holds. Once per distinct value."""

    def first(uniques: pd.Series) -> pd.Series:
        items = [split_options(u) for u in uniques]
        return pd.Series([i[0] if len(i) == 1 else None for i in items], dtype="str")

    def count(uniques: pd.Series) -> pd.Series:
        return pd.Series([str(len(split_options(u))) for u in uniques], dtype="str")

    counts = pd.to_numeric(per_distinct(values, count), errors="coerce").fillna(0)
    return per_distinct(values, first), counts.astype(int)


def several_reason(field_name: str, header: str, value: str) -> str:
    """Why a cell with several options is refused."""
    shown = ", ".join(quoted(item) for item in split_options(value))
    return (
        f"{field_name} ({header}): {len(split_options(value))} options in one cell ({shown}): "
        f"a row is one meeting with one {field_name}; keep the one that applies"
    )
