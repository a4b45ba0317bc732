"""Outcome logs: read, validate, protect privacy, export safely, generate samples.

The public API (other modules and notebooks call these names):

- :data:`COLUMNS` - the contract's columns in order (:class:`Column`).
- :func:`read_log` - read and validate a .csv, .xlsx or .parquet log.
- :func:`validate_frame` - validate rows already in a DataFrame.
- :class:`LogResult`, :class:`Problem` - what both return.
- :func:`generate`, :data:`TRUTH` - synthetic logs and the model behind them.
- :func:`to_safe_csv`, :func:`to_safe_html`, :func:`write_log` - exports.

Row numbers everywhere are spreadsheet rows: header = row 1, first data row = row 2.
"""

from __future__ import annotations

from commonground.outcomes.export import to_safe_csv, to_safe_html, write_log
from commonground.outcomes.generate import TRUTH, generate
from commonground.outcomes.reading import read_log
from commonground.outcomes.results import LogResult, Problem
from commonground.outcomes.schema import COLUMN_NAMES, COLUMNS, REQUIRED, Column
from commonground.outcomes.validation import validate_frame

__all__ = [
    "COLUMNS",
    "COLUMN_NAMES",
    "REQUIRED",
    "TRUTH",
    "Column",
    "LogResult",
    "Problem",
    "generate",
    "read_log",
    "to_safe_csv",
    "to_safe_html",
    "validate_frame",
    "write_log",
]
