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
one organizer, and which option is the one would be a guess. An organizer column not
listed is read the same way where that is safe (:class:`LinkedRecords`):
``org-1, org-2`` beside rows of ``org-1`` and of ``org-2`` alone; ``Lopez, Maria``
stays whole.
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


class LinkedRecords:
    """Finds linked-record lists in an undeclared organizer column.

    A cell holding a comma is a list of linked records when **each of its parts is, in
    this column, a whole cell of its own** (``org-1, org-2`` where ``org-1`` and
    ``org-2`` each hold other meetings): the column names records, and this cell names
    several. That is the safe case (ours): ``Lopez, Maria`` (a surname, then a first
    name) is kept as one value, since neither ``Lopez`` nor ``Maria`` is a cell of its
    own; so is a list some of whose records hold no meeting alone, and the trainer is
    told how to say it is a list (``lists:``). The cells seen so far are remembered
    across batches: a part met only in a later batch leaves the cell whole.
    """

    def __init__(self) -> None:
        self.singles: set[str] = set()
        self.found = 0
        self.kept = 0

    def see(self, values: pd.Series) -> np.ndarray:
        """A mask of the cells of ``values`` (one batch of the column) that are lists."""
        uniques = pd.Series(values.dropna().astype("str").unique(), dtype="str")
        comma = uniques.str.contains(",", regex=False).to_numpy(dtype=bool)
        plain = uniques[~comma]  # one option each; only cells with a comma are split
        quoted = plain.str.contains('"', regex=False).to_numpy(dtype=bool)
        self.singles.update(plain[~quoted].str.strip())
        parts = {u: split_options(u) for u in (*plain[quoted], *uniques[comma])}
        self.singles.update(p[0] for p in parts.values() if len(p) == 1)
        lists = {u for u, p in parts.items() if len(p) > 1 and set(p) <= self.singles}
        kept = {u for u, p in parts.items() if len(p) > 1 and u not in lists}
        is_list = values.isin(lists).to_numpy(dtype=bool) if lists else np.zeros(len(values), bool)
        self.found += int(is_list.sum())
        self.kept += int(values.isin(kept).sum()) if kept else 0
        return is_list

    def notes(self, name: str, header: str) -> list[str]:
        """What was decided for the column, in plain words (no value is named)."""
        out = []
        if self.found:
            out.append(
                f"{header} ({name}) lists linked records: {self.found} cell(s) name several, "
                f"each of them {_a(name)} of its own in other rows (as 'org-1, org-2'); such a "
                f"row is quarantined naming them (our reading; add lists: [{name}] to the "
                "mapping to say so)"
            )
        if self.kept:
            out.append(
                f"{header} ({name}): {self.kept} cell(s) hold a comma and were kept whole (as "
                f"'Lastname, Firstname'): their parts are not {_a(name)} of their own in other "
                f"rows; if {header} lists linked records, add lists: [{name}] to the mapping"
            )
        return out


def _a(name: str) -> str:
    return f"an {name}" if name[0] in "aeiou" else f"a {name}"
