"""A spreadsheet's summary rows ("TOTAL", "Grand total:", "Sum"): not meetings."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from commonground.outcomes.trimmed_text import as_text

# A spreadsheet's summary row: its first filled cell says "Total", "Grand total",
# "Subtotal", "Sum", "Count" or "Average" (ours, session 8). It is not a meeting.
_TOTALS_LABEL = re.compile(
    r"^(?:grand\s+|sub-?\s*)?totals?(?:\s*:.*|\s+[a-z].*)?$|^(?:sum|count|average|mean|overall)\s*:?$"
    # the same in the languages --suggest reads (a team's own sheet): ours
    r"|^(?:summe|gesamt(?:summe)?|insgesamt|suma|somme|soma|totaal|promedio|moyenne)\s*:?$",
    re.IGNORECASE,
)


def totals_row_mask(frame: pd.DataFrame) -> np.ndarray:
    """Rows whose first filled cell names a total ("TOTAL", "Grand total:", "Sum")."""
    undecided = np.ones(len(frame), dtype=bool)
    totals = np.zeros(len(frame), dtype=bool)
    for name in frame.columns:
        if not undecided.any():
            break
        text = as_text(frame[name])
        filled = text.notna().to_numpy(dtype=bool) & undecided
        if filled.any():
            at = np.flatnonzero(filled)
            labels = text.iloc[at].astype(str)
            totals[at] = labels.str.contains(_TOTALS_LABEL).to_numpy(dtype=bool)
            undecided &= ~filled
    return totals
