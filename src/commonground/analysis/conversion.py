"""Conversion rates with 95% Wilson intervals: the funnel, and ask -> yes by group.

Every table is a DataFrame with one row per group and the columns ``group``, ``n``,
``converted``, ``rate``, ``ci_low``, ``ci_high`` and ``warning`` (text, or ``None``).
Missing group values are kept as the group ``"unknown"``, never dropped silently.

"Final response" follows the outcome-log contract: where ``final_response`` is empty
the first ``response`` stands (no adjusted ask was recorded, so the answer did not change).
"""

from __future__ import annotations

from statistics import NormalDist

import numpy as np
import pandas as pd

#: Groups smaller than this get a "too small" warning.
MIN_GROUP_N = 30

#: The practices whose conversion is compared, in teaching order.
PRACTICES: tuple[str, ...] = (
    "prepared",
    "story_shared",
    "common_ground",
    "ask_specific",
    "ask_fit",
    "setting",
    "purpose",
)

FUNNEL_STEPS: tuple[tuple[str, str], ...] = (
    ("ask_yes", "ask -> yes"),
    ("ask_yes_after_adjusting", "ask -> yes after adjusting"),
    ("yes_showed_up", "yes -> showed up"),
)

RATE_COLUMNS = ["group", "n", "converted", "rate", "ci_low", "ci_high", "warning"]


def wilson_interval(converted, n, alpha: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval for ``converted`` successes out of ``n`` (vectorised).

    Groups with ``n == 0`` get NaN bounds.

    This is the closed form statsmodels uses in
    ``proportion_confint(..., method="wilson")``, bounds clipped to [0, 1]. It is
    evaluated here with numpy, so that a rate table needs no scipy import (half a
    second, longer than counting a million meetings); ``tests/test_analysis_conversion.py``
    checks it against statsmodels over thousands of counts.

    Parameters
    ----------
    converted, n
        Counts (scalars or array-likes of the same length).
    alpha
        1 - confidence level (0.05 gives a 95% interval).

    Returns
    -------
    tuple of numpy.ndarray
        Lower and upper bounds.
    """
    k = np.atleast_1d(np.asarray(converted, dtype=float))
    nobs = np.atleast_1d(np.asarray(n, dtype=float))
    low = np.full(nobs.shape, np.nan)
    high = np.full(nobs.shape, np.nan)
    ok = nobs > 0
    if ok.any():
        k, nobs = k[ok], nobs[ok]
        crit = NormalDist().inv_cdf(1 - alpha / 2)
        crit2 = crit**2
        share = k / nobs
        denominator = 1 + crit2 / nobs
        centre = (share + crit2 / (2 * nobs)) / denominator
        half = crit * np.sqrt(share * (1 - share) / nobs + crit2 / (4 * nobs**2)) / denominator
        low[ok] = np.clip(centre - half, 0, 1)
        high[ok] = np.clip(centre + half, 0, 1)
    return low, high


def group_label(value) -> str:
    """Render a group value for a table: booleans as ``true``/``false``, NA as ``unknown``."""
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return "unknown"
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    return str(value)


def final_yes(df: pd.DataFrame) -> np.ndarray:
    """Per row: did the meeting end in a yes? (``final_response``, else ``response``)."""
    first_yes = to_flags(df["response"] == "yes")
    if "final_response" not in df:
        return first_yes
    final = df["final_response"]
    return to_flags(final == "yes") | (final.isna().to_numpy() & first_yes)


def rate_table(
    groups: pd.Series, success: pd.Series, min_n: int = MIN_GROUP_N, order=None
) -> pd.DataFrame:
    """Count successes per group and add rates, Wilson intervals and warnings.

    Parameters
    ----------
    groups
        Group value per row (NA becomes ``"unknown"``).
    success
        Boolean per row (NA counts as not converted; filter rows beforehand when
        unknowns should be left out).
    min_n
        Groups with fewer rows get a warning.
    order
        Optional list of group labels giving the row order; other groups follow by
        size, then by first appearance.
    """
    hits = to_flags(success)
    codes, uniques = group_codes(groups)
    # missing values get the last code: one more group, labelled "unknown"
    codes = with_missing_last(codes, len(uniques))
    size = len(uniques) + 1
    counts = count_by_code(codes, hits, size)
    n, converted = counts.sum(axis=1), counts[:, 1]
    present = np.flatnonzero(n)
    if len(np.unique(n[present])) < len(present):  # equal sizes: first appearance decides
        present = present[np.argsort(_first_rows(codes, present), kind="stable")]
    labels = [group_label(v) for v in uniques] + ["unknown"]
    totals: dict[str, list[int]] = {}  # two raw keys can share a label (None and NaN)
    for code in present:
        total = totals.setdefault(labels[code], [0, 0])
        total[0] += int(n[code])
        total[1] += int(converted[code])
    table = pd.DataFrame(
        {
            "group": list(totals),
            "n": [t[0] for t in totals.values()],
            "converted": [t[1] for t in totals.values()],
        }
    )
    return _finish(table, min_n, order)


def group_codes(values) -> tuple[np.ndarray, pd.Index]:
    """Integer codes per row (-1 = missing) and the values they stand for.

    Categoricals and nullable booleans already hold codes, so no million cells are
    hashed; other columns go through ``pd.factorize``. The values may include some
    that never occur (a categorical's unused categories): count before use.
    """
    dtype = getattr(values, "dtype", None)
    if isinstance(dtype, pd.CategoricalDtype):  # int8 codes for up to 127 categories
        return values.cat.codes.to_numpy(), pd.Index(dtype.categories)
    if str(dtype) == "boolean":
        codes = values.to_numpy(dtype=np.int8, na_value=-1)
        return codes, pd.Index([False, True])
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    return np.asarray(codes, dtype=np.int64), pd.Index(uniques)


def with_missing_last(codes: np.ndarray, missing: int) -> np.ndarray:
    """A copy of ``codes`` with -1 (missing) replaced by ``missing``, in a small int type.

    Small codes keep a million-row copy at 1 MB instead of 8 (fresh memory is slow to
    touch the first time).
    """
    dtype = np.result_type(codes.dtype, np.min_scalar_type(missing))
    out = codes.astype(dtype)
    out[out < 0] = missing
    return out


def count_by_code(codes: np.ndarray, states: np.ndarray, size: int, n_states: int = 2):
    """Rows per (code, state), for codes ``0 .. size - 1`` and states ``0 .. n_states - 1``.

    Each row gets the key ``n_states * code + state``, so one ``np.bincount`` pass
    counts every combination; the result has one row per code, one column per state.
    """
    wide = size * n_states >= 2**15
    key = codes.astype(np.int64 if wide else np.int16)
    key *= n_states
    key += states
    return np.bincount(key, minlength=size * n_states).reshape(size, n_states)


def _first_rows(codes: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Row of the first appearance of each code in ``wanted`` (all of them occur)."""
    if len(wanted) <= 32:  # a few groups: one vectorised scan each
        return np.array([int(np.argmax(codes == code)) for code in wanted], dtype=np.int64)
    values, first = np.unique(codes, return_index=True)
    return first[np.searchsorted(values, wanted)]


def to_flags(values: pd.Series) -> np.ndarray:
    """A boolean-like Series as a plain numpy bool array, NA as False."""
    if isinstance(values, np.ndarray):
        return values.astype(bool)
    return values.to_numpy(dtype=bool, na_value=False)


def _finish(table: pd.DataFrame, min_n: int, order) -> pd.DataFrame:
    """Add rates, intervals and warnings; order the rows (one small DataFrame at the end)."""
    groups = [str(g) for g in table["group"]]
    n = table["n"].to_numpy(dtype=np.int64)
    converted = table["converted"].to_numpy(dtype=np.int64)
    with np.errstate(invalid="ignore", divide="ignore"):
        rate = np.where(n > 0, converted / np.maximum(n, 1), np.nan)
    low, high = wilson_interval(converted, n)
    warnings = [
        f"only {k} meeting{'' if k == 1 else 's'}: too few to rely on" if k < min_n else None
        for k in n.tolist()
    ]
    rank = {g: i for i, g in enumerate(order or [])}
    rows = sorted(range(len(groups)), key=lambda i: (rank.get(groups[i], len(rank)), -n[i]))
    return pd.DataFrame(
        {
            "group": [groups[i] for i in rows],
            "n": n[rows],
            "converted": converted[rows],
            "rate": rate[rows],
            "ci_low": low[rows],
            "ci_high": high[rows],
            # object dtype keeps None as None (a text column would turn it into NaN)
            "warning": pd.Series([warnings[i] for i in rows], dtype=object),
        }
    )[RATE_COLUMNS]


def flag_overlaps(table: pd.DataFrame) -> pd.DataFrame:
    """Warn where 95% intervals overlap so the groups cannot be told apart.

    Two groups: each gets a warning when their intervals overlap. More groups: the
    group with the highest rate gets a warning naming the groups it cannot be told apart
    from. The ``unknown`` group is left out of the comparison.
    """
    table = table.copy()
    known = table[(table["group"] != "unknown") & (table["n"] > 0)]
    if len(known) < 2:
        return table
    best = known["rate"].idxmax()
    others = known.drop(index=best)
    overlapping = others[
        (others["ci_low"] <= known.at[best, "ci_high"])
        & (others["ci_high"] >= known.at[best, "ci_low"])
    ]
    if overlapping.empty:
        return table
    names = ", ".join(overlapping["group"].astype(str))
    text = f"95% interval overlaps with {names}: cannot be told apart from this log"
    targets = [best] + (list(overlapping.index) if len(known) == 2 else [])
    for idx in targets:
        if len(known) == 2:
            other = names if idx == best else str(known.at[best, "group"])
            text_i = f"95% interval overlaps with {other}: cannot be told apart from this log"
        else:
            text_i = text
        old = table.at[idx, "warning"]
        table.at[idx, "warning"] = f"{old}; {text_i}" if old else text_i
    return table


def conversion_by(df: pd.DataFrame, column: str, min_n: int = MIN_GROUP_N) -> pd.DataFrame:
    """Ask -> yes (first response) by the values of ``column``, with overlap warnings."""
    if column not in df:
        return pd.DataFrame(columns=RATE_COLUMNS)
    order = ["true", "false"] if _is_boolean(df[column]) else None
    table = rate_table(df[column], df["response"] == "yes", min_n=min_n, order=order)
    return flag_overlaps(table)


def conversion_by_practice(
    df: pd.DataFrame, practices=PRACTICES, min_n: int = MIN_GROUP_N
) -> pd.DataFrame:
    """Ask -> yes for each practice in turn; one row per (practice, group)."""
    parts = []
    for practice in practices:
        if practice in df:
            part = conversion_by(df, practice, min_n=min_n)
            part.insert(0, "practice", practice)
            parts.append(part)
    if not parts:
        return pd.DataFrame(columns=["practice", *RATE_COLUMNS])
    return pd.concat(parts, ignore_index=True)


def funnel(df: pd.DataFrame, by: str | None = None, min_n: int = MIN_GROUP_N) -> pd.DataFrame:
    """The contract's three conversion steps, overall or by a group column.

    Returns one row per step (and group): ``step``, ``label``, then the rate columns.
    Overall, ``group`` is ``"all"``.
    """
    first = to_flags(df["response"] == "yes")
    final = final_yes(df)
    if "showed_up" in df:
        shown = to_flags(df["showed_up"])
        known_show = final & df["showed_up"].notna().to_numpy()
    else:
        shown = known_show = np.zeros(len(df), dtype=bool)
    everyone = np.ones(len(df), dtype=bool)
    steps = [(everyone, first), (everyone, final), (known_show, shown)]
    parts = []
    for (step, label), (rows, hit) in zip(FUNNEL_STEPS, steps, strict=True):
        if by:
            part = rate_table(df[by][rows], hit[rows], min_n=min_n)
        else:  # one group: just count, no need to factorize a column of "all"
            counts = pd.DataFrame({"group": ["all"], "n": [int(rows.sum())]})
            counts["converted"] = int(hit[rows].sum())
            part = _finish(counts, min_n, None)
        part.insert(0, "label", label)
        part.insert(0, "step", step)
        parts.append(part)
    return pd.concat(parts, ignore_index=True)


def _is_boolean(series: pd.Series) -> bool:
    return pd.api.types.is_bool_dtype(series.dtype) or str(series.dtype) == "boolean"
