"""Win-back: after a maybe or a no, how often the meeting still ended in a yes.

Split by the first answer (``maybe``, and ``no`` by its reason: ``timing``,
``activity``, ``other``, ``unknown``) and by whether an adjusted ask or an alternative
was offered. "Won back" means the final response (``final_response``, or the first
response where that is empty) is ``yes``.
"""

from __future__ import annotations

import pandas as pd

from commonground.analysis.conversion import MIN_GROUP_N, effective_final, rate_table

WINBACK_ORDER = ["maybe", "no: timing", "no: activity", "no: other", "no: unknown"]


def win_back(df: pd.DataFrame, min_n: int = MIN_GROUP_N) -> pd.DataFrame:
    """Win-back rates by first answer (and no reason) and ``alternative_offered``.

    Returns
    -------
    pandas.DataFrame
        ``group`` (e.g. ``no: timing``), ``alternative_offered`` (``true``, ``false``,
        ``unknown``), ``n``, ``converted`` (final yes), ``rate``, ``ci_low``, ``ci_high``,
        ``warning``.
    """
    not_yes = df["response"].isin(["maybe", "no"]).to_numpy(dtype=bool, na_value=False)
    needed = ["response", "no_reason", "alternative_offered", "final_response"]
    sub = df.loc[not_yes, [c for c in needed if c in df]]
    if "no_reason" in sub:
        reason = sub["no_reason"].astype("string").fillna("unknown")
    else:
        reason = pd.Series("unknown", index=sub.index, dtype="string")
    first = sub["response"].astype("string")
    group = first.where(first == "maybe", "no: " + reason)
    won = effective_final(sub) == "yes"
    offered = (
        sub["alternative_offered"]
        if "alternative_offered" in sub
        else pd.Series(pd.NA, index=sub.index, dtype="boolean")
    )
    parts = []
    for flag, label in ((True, "true"), (False, "false"), (None, "unknown")):
        mask = offered.isna() if flag is None else (offered == flag).fillna(False)
        if not mask.any():
            continue
        part = rate_table(group[mask], won[mask], min_n=min_n, order=WINBACK_ORDER)
        part.insert(1, "alternative_offered", label)
        parts.append(part)
    if not parts:
        return pd.DataFrame(
            columns=["group", "alternative_offered", "n", "converted", "rate", "ci_low"]
            + ["ci_high", "warning"]
        )
    table = pd.concat(parts, ignore_index=True)
    rank = {g: i for i, g in enumerate(WINBACK_ORDER)}
    table["_r"] = table["group"].map(lambda g: rank.get(g, len(rank)))
    return table.sort_values("_r", kind="stable").drop(columns="_r").reset_index(drop=True)
