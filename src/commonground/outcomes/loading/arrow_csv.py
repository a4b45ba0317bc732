"""The fast CSV path: pyarrow, multi-threaded, typed columns where every cell fits.

Notes and personal-data columns are never loaded. A row with the wrong number of
cells raises :class:`RaggedRowsError`, and the exact path
(:mod:`~commonground.outcomes.loading.python_csv`) takes over.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from commonground.outcomes import privacy
from commonground.outcomes.loading.sources import InMemoryFile, arrow_read_options, contains_byte
from commonground.outcomes.loading.text import lines_before_data
from commonground.outcomes.schema import column, is_spec_column

#: Text columns with few distinct values, read dictionary-encoded like categories.
FEW_VALUES = ("organizer",)


class RaggedRowsError(Exception):
    """pyarrow met a row with the wrong number of cells."""


class _ConversionError(Exception):
    """A cell did not fit the type pyarrow was asked to read its column as."""


def pyarrow_csv(
    path: Path, header: list[str], encoding: str, sep: str, categories: bool, above: int = 0
):
    """Read with pyarrow: first typed (fast, lean), then as text if a cell does not fit.

    The typed try reads boolean, integer and date columns straight into their types
    when every cell is spelled in one of the usual ways; a single odd cell (``maybe``
    in a boolean column, ``30.0`` in an integer one) sends the whole file down the
    all-text path, where validation reports each odd cell by row.
    """
    try:
        return _pyarrow_read(
            path, header, encoding, sep, typed=True, categories=categories, above=above
        )
    except _ConversionError:
        return _pyarrow_read(
            path, header, encoding, sep, typed=False, categories=categories, above=above
        )


_ARROW_KINDS = {"boolean": "bool_", "integer": "int64", "date": "date32"}
_TRUE = ["true", "True", "TRUE", "yes", "Yes", "YES", "y", "Y", "1"]
_FALSE = ["false", "False", "FALSE", "no", "No", "NO", "n", "N", "0"]


def _arrow_type(name: str, typed: bool, categories: bool):
    import pyarrow as pa

    kind = column(name).kind if is_spec_column(name) else None
    if typed and kind in _ARROW_KINDS:
        return getattr(pa, _ARROW_KINDS[kind])()
    if categories and (kind == "category" or name in FEW_VALUES):
        return pa.dictionary(pa.int32(), pa.string())  # becomes a pandas categorical
    return pa.large_string()  # what pandas' ``str`` dtype holds: no copy on hand-over


def _to_pandas(chunked) -> pd.Series:
    """One arrow column as the pandas type validation expects, copying as little as we can."""
    import pyarrow as pa
    import pyarrow.compute as pc

    kind = chunked.type
    if pa.types.is_dictionary(kind):
        return chunked.to_pandas()  # a categorical; chunk dictionaries are unified
    if pa.types.is_large_string(kind):
        return pd.Series(pd.array(chunked, dtype="str"), copy=False)
    if pa.types.is_date32(kind):
        return chunked.cast(pa.timestamp("us")).to_pandas()
    if chunked.null_count == 0:  # nothing to fill: one pass, one copy
        mask = np.zeros(len(chunked), dtype=bool)
        values = chunked.to_numpy()
    else:
        mask = pc.is_null(chunked).to_numpy(zero_copy_only=False)
        values = pc.fill_null(chunked, False if pa.types.is_boolean(kind) else 0)
        values = values.to_numpy(zero_copy_only=False)
    # copy=False: the arrays are new and ours; pandas would otherwise copy them again
    if pa.types.is_boolean(kind):
        return pd.Series(pd.arrays.BooleanArray(values, mask), copy=False)
    integers = pd.arrays.IntegerArray(values.astype(np.int64, copy=False), mask)
    return pd.Series(integers, copy=False)


def _pyarrow_read(
    path, header, encoding, sep, *, typed: bool, categories: bool, above: int = 0
) -> pd.DataFrame:
    import pyarrow as pa
    from pyarrow import csv as pacsv

    names = [f"\x00{i}" for i in range(len(header))]  # placeholders: header may repeat
    normalised = [privacy.normalise_name(h) for h in header]
    # notes and personal-data columns are dropped anyway: never load them (saves memory)
    skipped = [i for i, name in enumerate(normalised) if privacy.dropped_on_read(name)]
    if len(set(normalised)) < len(normalised):
        # validation refuses repeated names: keep every column for it, as plain text
        skipped, typed, categories = [], False, False
    # Allowing line breaks inside cells halves pyarrow's speed; a file without a single
    # double quote cannot have any, so only quoted files pay for it.
    quoted = contains_byte(path, b'"')

    def on_invalid(row) -> str:
        return "error"  # pyarrow raises ArrowInvalid; the exact path takes over

    try:
        table = pacsv.read_csv(
            pa.BufferReader(path.data) if isinstance(path, InMemoryFile) else path,
            read_options=arrow_read_options(
                names, lines_before_data(path, encoding, sep, above), encoding
            ),
            parse_options=pacsv.ParseOptions(
                delimiter=sep,
                newlines_in_values=quoted,
                ignore_empty_lines=False,
                invalid_row_handler=on_invalid,
            ),
            convert_options=pacsv.ConvertOptions(
                column_types={
                    n: _arrow_type(normalised[i], typed, categories) for i, n in enumerate(names)
                },
                # an empty list would mean every column: a file of personal columns only
                # keeps its first, to count the rows, and drops it below
                include_columns=[n for i, n in enumerate(names) if i not in skipped] or names[:1],
                null_values=[""],  # only an empty cell is missing: "NA" is a value
                strings_can_be_null=True,
                quoted_strings_can_be_null=True,
                true_values=_TRUE,
                false_values=_FALSE,
            ),
        )
    except pa.ArrowInvalid as exc:
        message = str(exc)
        if "UTF8" in message or "UTF-8" in message:
            raise UnicodeDecodeError("utf-8", b"", 0, 1, message) from None
        if typed and "conversion error" in message:
            raise _ConversionError(message) from None
        raise RaggedRowsError() from None
    kept = [i for i in range(len(header)) if i not in skipped]
    rows = table.num_rows
    columns = dict(zip(kept, table.columns if kept else [], strict=True))
    del table
    data = {i: _to_pandas(columns.pop(i)) for i in kept}
    frame = pd.DataFrame(data, copy=False) if kept else pd.DataFrame(index=range(rows))
    frame.columns = [header[i] for i in kept]
    notices = frame.attrs.setdefault("notices", [])
    personal = [normalised[i] for i in skipped if normalised[i] != "notes"]
    if personal:
        notices.append(privacy.personal_notice(personal))
    if "notes" in (normalised[i] for i in skipped):
        notices.append(privacy.NOTES_NOTICE)
    return frame
