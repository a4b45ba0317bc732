"""What a parser returns for one column: :class:`Parsed` (see :mod:`.parsing`)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd


@dataclass
class Parsed:
    """Typed values of one column, which cells were empty, and what failed.

    ``failures`` is a list of ``(mask, message)``: a boolean numpy mask over the rows
    and the message for every row the mask marks. ``blank`` marks empty cells.
    ``changes`` lists, the same way, cells that were read in a way worth a notice
    (Excel date serials turned into dates).
    """

    values: pd.Series
    blank: np.ndarray
    failures: list[tuple[np.ndarray, str]] = field(default_factory=list)
    changes: list[tuple[np.ndarray, str]] = field(default_factory=list)
