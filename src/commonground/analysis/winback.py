"""Win-back: after a maybe or a no, how often the meeting still ended in a yes.

Split by the first answer (``maybe``, and ``no`` by its reason: ``timing``,
``activity``, ``other``, ``unknown``) and by whether an adjusted ask or an alternative
was offered. "Won back" means the final response (``final_response``, or the first
response where that is empty) is ``yes``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from commonground.analysis.conversion import MIN_GROUP_N, final_yes, rate_table, to_flags

WINBACK_ORDER = ["maybe", "no: timing", "no: activity", "no: other", "no: unknown"]
COLUMNS = ["group", "alternative_offered", "n", "converted", "rate", "ci_low", "ci_high"]


def _first_answer_groups(df: pd.DataFrame) -> pd.Series:
    """``maybe``, ``no: <reason>`` or NA (a first yes) per row, as a categorical."""
    maybe = to_flags(df["response"] == "maybe")
    no = to_flags(df["response"] == "no")
    codes = np.full(len(df), -1, dtype=np.int8)
    codes[maybe] = 0
    labels = ["maybe"]
    if "no_reason" in df:
        reason = df["no_reason"]
        known = np.zeros(len(df), dtype=bool)
        for value in pd.unique(reason[no].dropna()):
            hit = no & to_flags(reason == value)
            known |= hit
            codes[hit] = len(labels)
            labels.append(f"no: {value}")
        unknown = no & ~known
    else:
        unknown = no
    codes[unknown] = len(labels)
    labels.append("no: unknown")
    return pd.Series(pd.Categorical.from_codes(codes, categories=labels), index=df.index)


def win_back(df: pd.DataFrame, min_n: int = MIN_GROUP_N) -> pd.DataFrame:
    """Win-back rates by first answer (and no reason) and ``alternative_offered``.

    Returns
    -------
    pandas.DataFrame
        ``group`` (e.g. ``no: timing``), ``alternative_offered`` (``true``, ``false``,
        ``unknown``), ``n``, ``converted`` (final yes), ``rate``, ``ci_low``, ``ci_high``,
        ``warning``.
    """
    group = _first_answer_groups(df)
    asked_again = group.notna().to_numpy()
    won = final_yes(df)
    if "alternative_offered" in df:
        offered = df["alternative_offered"]
        flags = {
            "true": to_flags(offered == True),  # noqa: E712 (nullable boolean)
            "false": to_flags(offered == False),  # noqa: E712
            "unknown": offered.isna().to_numpy(),
        }
    else:
        flags = {"unknown": np.ones(len(df), dtype=bool)}
    parts = []
    for label, mask in flags.items():
        rows = mask & asked_again
        if not rows.any():
            continue
        part = rate_table(group[rows], won[rows], min_n=min_n, order=WINBACK_ORDER)
        part.insert(1, "alternative_offered", label)
        parts.append(part)
    if not parts:
        return pd.DataFrame(columns=[*COLUMNS, "warning"])
    table = pd.concat(parts, ignore_index=True)
    rank = {g: i for i, g in enumerate(WINBACK_ORDER)}
    table["_r"] = table["group"].map(lambda g: rank.get(g, len(rank)))
    return table.sort_values("_r", kind="stable").drop(columns="_r").reset_index(drop=True)
