"""Follow-up and show-up: did the people who said yes turn up, by kind of follow-up?

Only final yeses whose ``showed_up`` is known count (the contract's third funnel step).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from commonground.analysis.conversion import MIN_GROUP_N, final_yes, rate_table, to_flags

FOLLOW_UP_ORDER = ["none", "confirmation", "thanks", "both", "unknown"]
#: Days-to-follow-up bins: (label, lowest day, highest day).
DAY_BINS: tuple[tuple[str, float, float], ...] = (
    ("same day", 0, 0),
    ("1 day", 1, 1),
    ("2-3 days", 2, 3),
    ("4-7 days", 4, 7),
    ("8+ days", 8, np.inf),
)


def _known_yeses(df: pd.DataFrame) -> pd.DataFrame:
    if "showed_up" not in df:
        return pd.DataFrame({"follow_up": [], "follow_up_days": [], "showed_up": []})
    mask = final_yes(df) & df["showed_up"].notna().to_numpy()
    needed = ["follow_up", "follow_up_days", "showed_up"]
    return df.loc[mask, [c for c in needed if c in df]]


def show_up_by_follow_up(df: pd.DataFrame, min_n: int = MIN_GROUP_N) -> pd.DataFrame:
    """Show-up rate by ``follow_up`` kind (``none``, ``confirmation``, ``thanks``, ``both``)."""
    sub = _known_yeses(df)
    kind = sub["follow_up"] if "follow_up" in sub else pd.Series(pd.NA, index=sub.index)
    return rate_table(kind, to_flags(sub["showed_up"]), min_n=min_n, order=FOLLOW_UP_ORDER)


def show_up_by_days(df: pd.DataFrame, min_n: int = MIN_GROUP_N) -> pd.DataFrame:
    """Show-up rate by days from meeting to first follow-up, in bins.

    Meetings with no follow-up day recorded form the group ``no follow-up / unknown``.
    """
    sub = _known_yeses(df)
    if "follow_up_days" in sub:
        days = sub["follow_up_days"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    else:
        days = np.full(len(sub), np.nan)
    labels = [b[0] for b in DAY_BINS] + ["no follow-up / unknown"]
    codes = np.select(
        [(days >= low) & (days <= high) for _, low, high in DAY_BINS],
        list(range(len(DAY_BINS))),
        default=len(DAY_BINS),
    )
    groups = pd.Series(pd.Categorical.from_codes(codes, categories=labels), index=sub.index)
    return rate_table(groups, to_flags(sub["showed_up"]), min_n=min_n, order=labels)
