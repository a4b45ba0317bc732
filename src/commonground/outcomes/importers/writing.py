"""Writing an import's log (CSV fast, through pyarrow) and its quarantine."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from commonground.outcomes.importers import mapper as m
from commonground.outcomes.importers.report import ImportResult


def write_import(result: ImportResult, output, quarantine_path=None) -> tuple[Path, Path | None]:
    """Write the accepted rows to ``output`` (.csv/.xlsx/.parquet) and the quarantine.

    The quarantine goes to ``quarantine_path``, else beside ``output`` as
    ``<name>.quarantine.csv``, and only when there is something in it.
    """
    from commonground.outcomes.export import _atomic, to_safe_csv, write_log

    output = Path(output)
    rows = result.accepted.drop(columns=["row"], errors="ignore")
    if len(rows.columns) == 0:
        rows = pd.DataFrame({name: pd.Series(dtype="str") for name in m.OUTPUT_COLUMNS})
    rows = day_text(rows)
    if output.suffix.lower() == ".csv":
        written = _atomic(output, lambda tmp: _write_csv_fast(rows, tmp))
    else:
        written = write_log(rows, output)
    q_path = None
    if len(result.quarantine):
        q_path = Path(quarantine_path or output.with_name(output.stem + ".quarantine.csv"))
        to_safe_csv(result.quarantine, q_path)
    return written, q_path


def day_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Date columns as ``YYYY-MM-DD`` text, formatting each distinct day once (fast)."""
    out = frame.copy(deep=False)
    for name in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[name].dtype):
            codes, uniques = pd.factorize(out[name])
            text = pd.array(pd.DatetimeIndex(uniques).strftime("%Y-%m-%d"), dtype="str")
            out[name] = pd.Series(text.take(codes, allow_fill=True), index=out.index, copy=False)
    return out


def _write_csv_fast(frame: pd.DataFrame, target: str) -> None:
    """Write a log as CSV with pyarrow: formula cells neutralised, ``true``/``false``.

    The same safety as :func:`commonground.outcomes.to_safe_csv` (a text cell a
    spreadsheet could run, :mod:`commonground.formula_cells`, gets a leading
    apostrophe), done with pyarrow's compute functions over whole columns. Text cells
    are quoted; lines end in CR LF.
    """
    import pyarrow as pa
    import pyarrow.compute as pc
    from pyarrow import csv as pacsv

    from commonground.formula_cells import FORMULA_START, neutralise

    columns = {}
    for name in frame.columns:
        values = frame[name]
        if pd.api.types.is_bool_dtype(values.dtype):
            array = pa.array(values.astype("boolean").array, type=pa.bool_())
        elif pd.api.types.is_integer_dtype(values.dtype):
            array = pa.array(values.astype("Int64").array, type=pa.int64())
        else:
            array = pa.array(values.astype("str"), type=pa.large_string(), from_pandas=True)
            risky = pc.fill_null(pc.match_substring_regex(array, FORMULA_START), False)
            if pc.any(risky).as_py():
                quote = pa.scalar("'", type=pa.large_string())
                empty = pa.scalar("", type=pa.large_string())
                joined = pc.binary_join_element_wise(quote, array, empty)
                array = pc.if_else(risky, joined, array)
        columns[neutralise(str(name))] = array  # the header row: cells too
    table = pa.table(columns)
    options = pacsv.WriteOptions(eol="\r\n", quoting_style="needed")
    pacsv.write_csv(table, target, options)
