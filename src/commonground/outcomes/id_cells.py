"""Id cells a spreadsheet has spoilt: Excel's scientific notation (``1.00501E+11``).

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
