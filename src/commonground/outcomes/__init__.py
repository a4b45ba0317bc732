"""Outcome logs: read, validate, protect privacy, export safely, generate samples.

The public API (other modules and notebooks call these names):

- :data:`COLUMNS` - the contract's columns in order (:class:`Column`).
- :func:`read_log` - read and validate a .csv, .xlsx or .parquet log.
- :func:`read_log_bytes` - the same for a file's bytes (an upload), kept in memory.
- :func:`validate_frame` - validate rows already in a DataFrame.
- :class:`LogResult`, :class:`Problem` - what both return.
- :func:`generate`, :data:`TRUTH` - synthetic logs and the model behind them.
- :func:`to_safe_csv`, :func:`to_safe_html`, :func:`write_log` - exports.

Row numbers everywhere are spreadsheet rows: header = row 1, first data row = row 2.
"""

from __future__ import annotations

import importlib

# Where each public name lives. They are loaded on first use (PEP 562), so importing a
# light submodule such as ``outcomes.schema`` (the CLI does, to build its options) does
# not load pandas and pyarrow.
_WHERE = {
    "to_safe_csv": "export",
    "to_safe_html": "export",
    "write_log": "export",
    "TRUTH": "generate",
    "generate": "generate",
    "read_log": "reading",
    "read_log_bytes": "reading",
    "LogResult": "results",
    "Problem": "results",
    "COLUMN_NAMES": "schema",
    "COLUMNS": "schema",
    "REQUIRED": "schema",
    "Column": "schema",
    "validate_frame": "validation",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    where = _WHERE[name]
    module = importlib.import_module(f"{__name__}.{where}")
    # Importing a submodule binds its name here ("generate" the module); bind every
    # public name it holds instead ("generate" the function).
    for public, home in _WHERE.items():
        if home == where:
            globals()[public] = getattr(module, public)
    return globals()[name]


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))
