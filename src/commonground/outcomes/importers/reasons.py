"""Why a row cannot be mapped: per-row reasons, statuses and what they mean for the log."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from commonground.outcomes import privacy
from commonground.outcomes.importers.cells import value_key


def first_reason(*pairs: tuple[np.ndarray, object]) -> np.ndarray:
    """Combine ``(mask, reason)`` pairs into one reason per row (the first that applies).

    A reason may be a string, an object array of per-row strings, or a
    :class:`reason_with_value`.
    """
    length = len(pairs[0][0])
    out = np.full(length, None, dtype=object)
    for mask, reason in pairs:
        take = np.asarray(mask, dtype=bool) & np.equal(out, None)
        if take.any():
            out[take] = reason if isinstance(reason, str) else reason[take]
    return out


def quoted(value: object, kind: str | None = None) -> str:
    """A value quoted for a reason (``'Tentative'``), or what it is when it could
    identify someone (``[a phone number]``, see :func:`privacy.shown_value`)."""
    text = str(value)
    shown = privacy.shown_value(text, kind)
    return repr(text) if shown == text else shown


class reason_with_value:  # noqa: N801 - used like a function
    """Per-row reasons ``template.format(value=...)``, formatted only for rows that need one.

    ``{value}`` in the template is the cell :func:`quoted`. :func:`first_reason` indexes
    it with a boolean mask; only those rows are formatted, once per distinct value.
    """

    def __init__(self, template: str, values: pd.Series):
        self.template = template
        self.values = values

    def __getitem__(self, mask: np.ndarray) -> np.ndarray:
        chosen = self.values[np.asarray(mask, dtype=bool)].fillna("")
        texts = {v: self.template.format(value=quoted(v)) for v in pd.unique(chosen)}
        return np.array([texts[v] for v in chosen], dtype=object)


@dataclass(frozen=True)
class Outcome:
    """What one status value means for the log (``None`` = leave the cell empty)."""

    response: str
    final_response: str | None = None
    showed_up: str | None = None


def statuses(
    values: pd.Series, table: Mapping[str, Outcome | str], what: str
) -> tuple[dict[str, pd.Series], np.ndarray]:
    """Map a status column through ``table``: an :class:`Outcome`, or a quarantine reason.

    Returns ``response``, ``final_response`` and ``showed_up`` columns and one reason per
    row (``None`` when mapped). An empty cell or a status the table does not know is a
    reason too, naming the value.
    """
    keys = {value_key(k): v for k, v in table.items()}
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    found = [keys.get(value_key(u)) for u in uniques]
    known = ", ".join(str(k) for k, v in table.items() if isinstance(v, Outcome))

    def reason(u, hit):
        if hit is None:
            return (
                f"{what} {quoted(u)} is not one this import knows (known: {known}); correct "
                f"the cell, or say what it means in a mapping of your own: draft one with "
                f"`log import --suggest FILE`, then `--from mapping --mapping MAP.yaml`"
            )
        return None if isinstance(hit, Outcome) else f"{what} {quoted(u)}: {hit}"

    per_unique = {
        "response": [h.response if isinstance(h, Outcome) else None for h in found],
        "final_response": [h.final_response if isinstance(h, Outcome) else None for h in found],
        "showed_up": [h.showed_up if isinstance(h, Outcome) else None for h in found],
    }
    out = {
        name: pd.Series(
            pd.array(vals, dtype="str").take(codes, allow_fill=True), index=values.index
        )
        for name, vals in per_unique.items()
    }
    reasons = np.array(
        [reason(u, h) for u, h in zip(uniques, found, strict=True)] + [f"{what} is empty"]
    )
    return out, reasons.astype(object)[codes]
