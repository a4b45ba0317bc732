"""The exact CSV path: every record keeps its row number; ragged rows are quarantined."""

from __future__ import annotations

import csv
import io

import numpy as np
import pandas as pd

from commonground.errors import InputFileError
from commonground.outcomes.loading.sources import RawTable
from commonground.outcomes.results import Problem


def python_csv(path, text, header, sep, notices, above: int = 0) -> RawTable:
    """Slow, exact path: every record keeps its own row number, ragged ones quarantined."""
    width = len(header)
    good, good_rows, ragged = [], [], []
    try:
        for number, record in enumerate(
            csv.reader(io.StringIO(text, newline=""), delimiter=sep), start=1
        ):
            if number <= 1 + above:
                continue
            if len(record) == width:
                good.append(record)
                good_rows.append(number)
            elif record and any(cell.strip() for cell in record):
                ragged.append((number, record))
            elif not record:
                good.append([""] * width)  # a blank line: skipped later with a notice
                good_rows.append(number)
            else:
                good.append((record + [""] * width)[:width])
                good_rows.append(number)
    except csv.Error as exc:
        raise InputFileError(path, f"could not be read as CSV: {exc}") from None
    columns = [f"\x00{i}" for i in range(width)]
    frame = pd.DataFrame(good, columns=columns, dtype="str") if good else None
    if frame is None:
        frame = pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
    frame = frame.where(frame != "")
    frame.columns = header
    problems, q_rows = [], []
    for number, record in ragged:
        message = f"has {len(record)} cells but the header has {width}"
        problems.append(Problem(number, None, None, message))
        cells = (record + [""] * width)[:width]
        q_rows.append({"row": number, "reason": message, **dict(zip(header, cells, strict=True))})
    quarantine = pd.DataFrame(q_rows) if q_rows else None
    if quarantine is not None:
        quarantine["row"] = quarantine["row"].astype("Int64")
    return RawTable(frame, np.asarray(good_rows, dtype=np.int64), notices, quarantine, problems)
