"""Cells of an export batch as text columns: trimmed, looked up, normalised, made up.

Everything works on whole columns, once per distinct value where it can, so a
million-row export maps in a few passes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np
import pandas as pd

from commonground.outcomes.importers.headers import header_key
from commonground.outcomes.parsing import QUOTED_VALUE


def text(batch: pd.DataFrame, column: str | None) -> pd.Series:
    """The column as trimmed text (missing where empty); all-missing when ``column`` is None."""
    if column is None:
        return pd.Series(pd.NA, index=batch.index, dtype="str")
    values = batch[column]
    if values.dtype != "str":
        values = values.map(_first_of_list, na_action="ignore").astype("str")
    values = values.str.strip()
    return values.where(values != "")


def _first_of_list(value):
    """A JSON list cell (``email_addresses``, ``identifiers``) gives its first item."""
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
        if isinstance(value, dict):  # Mobilize: [{"address": ..., "primary": true}]
            value = value.get("address") or value.get("number") or next(iter(value.values()), None)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def per_distinct(values: pd.Series, function: Callable[[pd.Series], pd.Series]) -> pd.Series:
    """Apply ``function`` to the distinct values of ``values`` only, then spread back."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    mapped = function(pd.Series(uniques, dtype="str")).reset_index(drop=True)
    looked_up = pd.array(mapped, dtype=mapped.dtype).take(codes, allow_fill=True)
    return pd.Series(looked_up, index=values.index, copy=False)


def lookup(values: pd.Series, table: Mapping[str, str | None]) -> tuple[pd.Series, np.ndarray]:
    """Map each value through ``table`` (keys compared with :func:`value_key`).

    Returns the mapped values (``str``; missing where the cell was empty or the table
    maps to ``None``) and a mask of non-empty cells the table does not know.
    """
    keys = {value_key(k): v for k, v in table.items()}
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    known = np.array([value_key(u) in keys for u in uniques], dtype=bool)
    mapped = pd.array([keys.get(value_key(u)) for u in uniques], dtype="str")
    out = pd.Series(mapped.take(codes, allow_fill=True), index=values.index, copy=False)
    unknown = np.append(~known, False)[codes]
    return out, unknown


def value_key(value: object) -> str:
    """A value as compared with a mapping's keys: trimmed, lower-case, one space."""
    return " ".join(str(value).split()).lower()


def category(values: pd.Series, aliases: Mapping[str, str] | None = None) -> pd.Series:
    """Normalise free category text (``Phone Bank`` -> ``phone_bank``), with aliases.

    A tool's single-valued field names one category even when it holds a comma
    (``Phone Bank, Spanish`` -> ``phone_bank_spanish``).
    """
    aliases = {header_key(k): v for k, v in (aliases or {}).items()}

    def norm(uniques: pd.Series) -> pd.Series:
        out = uniques.str.strip().str.replace(QUOTED_VALUE, r"\1", regex=True)
        # a tool's one category may hold a comma ("Phone Bank, Spanish"): one name, and
        # the log reads a comma in an ask type as a list of asks
        out = out.str.lower().str.replace(r"[\s\-/,]+", "_", regex=True)
        return pd.Series(
            [aliases.get(header_key(u), o) for u, o in zip(uniques, out, strict=True)], dtype="str"
        )

    return per_distinct(values, norm)


def constant(batch: pd.DataFrame, value: str | None) -> pd.Series:
    """The same text in every row (missing when ``value`` is None)."""
    return pd.Series(value, index=batch.index, dtype="str")


def generated_ids(prefix: str, rows: np.ndarray, index, tag: str = "") -> pd.Series:
    """Ids for exports without one: ``<prefix>-<tag>-r<row>``.

    ``row`` is the export's row number and ``tag`` names the file (see
    :attr:`Options.file_tag`), so two files never make the same id.
    """
    start = f"{prefix}-{tag}-r" if tag else f"{prefix}-r"
    return pd.Series([f"{start}{r}" for r in rows], index=index, dtype="str")


def prefixed(prefix: str, values: pd.Series) -> pd.Series:
    """``<prefix>-<value>`` where the value is given, missing elsewhere."""
    return (prefix + "-" + values).astype("str")


def empty_row_mask(batch: pd.DataFrame) -> np.ndarray:
    """Rows where every cell is empty."""
    if batch.shape[1] == 0:
        return np.ones(len(batch), dtype=bool)
    blank = np.ones(len(batch), dtype=bool)
    for name in batch.columns:
        cells = batch[name]
        if cells.dtype == "str":
            blank &= (cells.isna() | (cells.str.strip() == "")).to_numpy(dtype=bool)
        else:
            blank &= cells.isna().to_numpy(dtype=bool)
        if not blank.any():
            break
    return blank
