"""Id cells a spreadsheet has spoilt or guarded: Excel's scientific notation
(``1.00501E+11``), and text formulas (``="00123"``).

A column of long numbers (VAN ids, Mobilize user ids, phone-length ids) in a General
cell is written to CSV with six significant digits: ``100501234567`` and
``100501987654`` both become ``1.00501E+11``. Such a cell is no id any more: read as
one, two people (or two meetings) would be counted as one. ``log validate`` and every
import refuse it by row, naming what to do.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: Columns that identify a meeting or a person: one value per meeting or per person.
IDS = ("meeting_id", "contact", "organizer")
#: Why an id Excel wrote in scientific notation is refused.
SCIENTIFIC = (
    "a number in Excel's scientific notation (1.00501E+11): the id's last digits are "
    "lost, so different people or meetings may share it; format the column as Text in "
    "the spreadsheet and export it again"
)


def scientific_ids(values: pd.Series) -> np.ndarray:
    """Cells holding a number as Excel writes a long one in a General cell (``1.0E+11``).

    Saved as CSV, a column of long ids (VAN ids, phone-length numbers) keeps only six
    significant digits: ``100501234567`` and ``100501987654`` both become
    ``1.00501E+11``. Such a cell is no id any more. Looked at only when some cell holds
    ``E+`` at all.
    """
    if isinstance(values.dtype, pd.CategoricalDtype):  # each distinct value once
        categories = pd.Series(values.cat.categories.astype("str"), dtype="str")
        return np.append(scientific_ids(categories), False)[values.cat.codes.to_numpy()]
    text = values.astype("str")
    if not text.str.contains("E+", case=False, regex=False).fillna(False).any():
        return np.zeros(len(values), dtype=bool)
    found = text.str.match(r"^\s*(?:[a-z]+-)?\d(?:[.,]\d+)?[Ee]\+\d+\s*$")  # van-5.7E+04 too
    return found.fillna(False).to_numpy(dtype=bool)


#: A cell an export wrote as an Excel text formula (``="00123"``), so that Excel keeps
#: its leading zeros: the value is the text inside.
_TEXT_FORMULA = r'^\s*="(.*)"\s*$'


def unwrap_text_formulas(frame: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, int]]:
    """``frame`` with every ``="00123"`` cell read as ``00123``, and how many cells of
    each column were (see :func:`text_formula_notice`).

    Some exports write ids this way so that Excel does not drop their leading zeros; read
    as written, ``="00123"`` would be a contact of its own, never matched with the
    ``00123`` of another file. Called when the file holds ``="`` anywhere.
    """
    counts = {}
    for name in frame.columns:
        column = frame[name]
        categorical = isinstance(column.dtype, pd.CategoricalDtype)
        if not categorical and column.dtype not in ("str", object):
            continue
        text = column.astype("str")
        # a plain substring search first (fast on arrow strings); the pattern only
        # where it may match: a file with one such cell pays little for it
        maybe = text.str.contains('="', regex=False).fillna(False).to_numpy(dtype=bool)
        if not maybe.any():
            continue
        hit = np.zeros(len(text), dtype=bool)
        hit[maybe] = text[maybe].str.match(_TEXT_FORMULA).fillna(False).to_numpy(dtype=bool)
        if not hit.any():
            continue
        unwrapped = text.copy()
        inner = text[hit].str.replace(_TEXT_FORMULA, r"\1", regex=True)
        unwrapped.iloc[np.flatnonzero(hit)] = inner.to_numpy()
        frame[name] = unwrapped.astype("category") if categorical else unwrapped
        counts[str(name)] = int(hit.sum())
    return frame, counts


def text_formula_notice(counts: dict[str, int]) -> str:
    """The notice for cells read by :func:`unwrap_text_formulas`, per column."""
    named = ", ".join(f"{name} ({count})" for name, count in counts.items())
    return (
        'cells written as Excel text formulas (="00123", so that Excel keeps leading '
        f"zeros) read as the text inside: {named}"
    )
