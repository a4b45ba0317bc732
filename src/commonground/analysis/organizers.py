"""Organizer coaching table: each organizer's conversion, shrunk toward the team's.

A raw rate from 6 asks says little; empirical-Bayes shrinkage pulls small-sample rates
toward the team rate by how much organizers really differ. The spread between
organizers is fitted as a beta distribution by the method of moments (beta-binomial);
each organizer's shrunk rate is the mean of their posterior, with a 95% interval.

Privacy: the ``organizer`` column may hold names, and a report is shown to a room.
Every organizer, name or id, is shown as a pseudonym (``organizer 1`` ... in the order
they first appear in the log, see :func:`commonground.analysis.shown.organizer_labels`);
``show_names=True`` adds who each one is.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from commonground.analysis import stats_helper
from commonground.analysis.conversion import (
    MIN_GROUP_N,
    count_by_code,
    group_codes,
    with_missing_last,
)
from commonground.analysis.shown import MISSING_ORGANIZER, is_not_recorded, organizer_labels

#: Organizer values people type for "not recorded" besides ``unknown``: read as text, as
#: the contract reads ``N/A``, so they get a pseudonym, with a note.
_PLACEHOLDERS = frozenset({"n/a", "na", "none", "null", "?", "-", "tbd", "nobody", "not recorded"})

SKIPPABLE: tuple[str, ...] = (
    "prepared",
    "story_shared",
    "common_ground",
    "ask_specific",
    "ask_fit",
)

COLUMNS = [
    "organizer",
    "n",
    "converted",
    "raw_rate",
    "shrunk_rate",
    "shrunk_low",
    "shrunk_high",
    "most_skipped",
    "warning",
]


def beta_prior(n: np.ndarray, k: np.ndarray) -> tuple[float, float]:
    """Fit a beta prior to per-group counts by the method of moments.

    Uses the intra-class correlation ``rho = 1 / (a + b + 1)`` matched to the weighted
    between-group spread. Returns ``(a, b)``; ``(inf, inf)``-like pooling is signalled
    by ``a + b == inf`` when groups differ no more than chance would make them.
    """
    n = np.asarray(n, dtype=float)
    k = np.asarray(k, dtype=float)
    total = n.sum()
    mu = k.sum() / total
    groups = len(n)
    if groups < 2 or mu in (0.0, 1.0):
        return np.inf, np.inf
    spread = float(np.sum(n * (k / n - mu) ** 2))
    denominator = total - groups - np.sum(n**2) / total + 1
    if denominator <= 0:
        return np.inf, np.inf
    rho = (spread / (mu * (1 - mu)) - (groups - 1)) / denominator
    if rho <= 0:
        return np.inf, np.inf
    rho = min(rho, 0.999)
    strength = 1 / rho - 1
    return mu * strength, (1 - mu) * strength


def coaching_table(
    df: pd.DataFrame, min_n: int = MIN_GROUP_N, show_names: bool = False
) -> tuple[pd.DataFrame, list]:
    """Each organizer's ask -> yes, raw and shrunk, and the practices they skip most.

    Organizers are shown as pseudonyms (``organizer 1`` ...); ``show_names`` adds the
    value as written (``organizer 1 (Maria Lopez)``), for the trainer's own copy.

    Returns
    -------
    tuple
        ``(table, notes)``: the table (columns :data:`COLUMNS` plus ``skip_<practice>``
        shares) sorted by shrunk rate, and plain-language notes about it.
    """
    notes: list[str] = []
    if "organizer" not in df or df.empty:
        return pd.DataFrame(columns=COLUMNS), notes
    practices = [p for p in SKIPPABLE if p in df]
    table = _counts_by_organizer(df, practices)

    n, k = table["n"].to_numpy(float), table["converted"].to_numpy(float)
    a, b = beta_prior(n, k)
    table["raw_rate"] = k / n
    if np.isinf(a):
        pooled = k.sum() / n.sum()
        table["shrunk_rate"] = pooled
        table["shrunk_low"] = table["shrunk_high"] = np.nan
        notes.append(
            "organizers differ no more than chance would make them: every shrunk rate is "
            f"the team rate ({pooled:.0%})"
        )
    else:
        table["shrunk_rate"] = (k + a) / (n + a + b)
        low, high = stats_helper.call(beta_bounds, k + a, n - k + b)
        table["shrunk_low"], table["shrunk_high"] = low, high
        notes.append(
            f"shrinkage prior: team rate {a / (a + b):.0%}, worth {a + b:.0f} meetings of "
            "evidence; organizers with fewer meetings are pulled further toward it"
        )
    table["most_skipped"] = [_most_skipped(row, practices) for _, row in table.iterrows()]
    table["warning"] = pd.Series(
        [f"only {int(v)} meetings: rate is mostly the team's" if v < min_n else None
         for v in table["n"]],
        index=table.index,
        dtype=object,
    )  # fmt: skip
    mapping = organizer_labels(df["organizer"], show_names=show_names)
    table["organizer"] = table["organizer"].map(lambda v: mapping.get(v, v))
    placeholders = sorted(v for v in mapping if v.strip().lower() in _PLACEHOLDERS)
    if placeholders:
        said = ", ".join(f"'{v}' ({mapping[v]})" for v in placeholders)
        notes.append(
            f"organizer written as {said} is shown as a pseudonym, as every name is; "
            f"write {MISSING_ORGANIZER} when nobody recorded who held the meeting, and "
            f"those meetings are counted as the {MISSING_ORGANIZER} group"
        )
    # ties in the shrunk rate keep the pseudonyms' order, never the names' order
    table["_order"] = [_number_of(label) for label in table["organizer"]]
    table = table.sort_values(["shrunk_rate", "_order"], ascending=[False, True], kind="stable")
    extra = [f"skip_{p}" for p in practices]
    return table[COLUMNS + extra].reset_index(drop=True), notes


def _number_of(label: str) -> int:
    """``organizer 12`` -> 12; the missing group last."""
    parts = str(label).split()
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 2**31


def _counts_by_organizer(df: pd.DataFrame, practices: list[str]) -> pd.DataFrame:
    """Meetings, yeses and the share of each practice skipped, per organizer (sorted).

    Missing organizers form the group ``unknown``. Counting runs on integer codes
    (``np.bincount``), not on a million organizer strings.
    """
    codes, uniques = group_codes(df["organizer"])
    labels = [MISSING_ORGANIZER if is_not_recorded(v) else str(v) for v in uniques]
    labels.append(MISSING_ORGANIZER)
    codes = with_missing_last(codes, len(uniques))
    # equal labels ("unknown", "Unknown" and a missing organizer) are one group
    names = sorted(set(labels))
    small = np.int16 if len(names) < 2**15 else np.int64
    position = {name: i for i, name in enumerate(names)}
    group_of = np.array([position[label] for label in labels], dtype=small)
    rows = group_of[codes]
    size = len(names)
    yes = (df["response"] == "yes").to_numpy(dtype=bool, na_value=False)
    counts = count_by_code(rows, yes, size)
    columns = {"organizer": names, "n": counts.sum(axis=1), "converted": counts[:, 1]}
    for p in practices:
        done = df[p] if str(df[p].dtype) == "boolean" else df[p].astype("boolean")
        # state per row: 0 = done, 1 = skipped, 2 = not recorded
        state = np.where(done.isna().to_numpy(dtype=bool), 2, 0).astype(np.int8)
        state[(~done).to_numpy(dtype=bool, na_value=False)] = 1
        by_state = count_by_code(rows, state, size, n_states=3)
        with np.errstate(invalid="ignore", divide="ignore"):
            columns[f"skip_{p}"] = by_state[:, 1] / (by_state[:, 0] + by_state[:, 1])
    table = pd.DataFrame(columns)
    return table[table["n"] > 0].reset_index(drop=True)


def beta_bounds(a: np.ndarray, b: np.ndarray, alpha: float = 0.05):
    """The central ``1 - alpha`` interval of Beta(a, b), per group (scipy)."""
    from scipy.stats import beta as beta_dist

    return beta_dist.ppf(alpha / 2, a, b), beta_dist.ppf(1 - alpha / 2, a, b)


def _most_skipped(row: pd.Series, practices: list[str], top: int = 2) -> str:
    shares = [(row[f"skip_{p}"], p) for p in practices if pd.notna(row[f"skip_{p}"])]
    shares = sorted((s for s in shares if s[0] > 0), reverse=True)[:top]
    return ", ".join(f"{p} ({s:.0%} skipped)" for s, p in shares)
