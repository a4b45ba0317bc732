"""What a report may show of a log's people: organizer pseudonyms and masked ask types.

A report is often shown to a room. Two columns are printed in it as groups:

- ``organizer`` ("who held it, a name or an id"): every value is shown as a pseudonym,
  ``organizer 1`` ... ``organizer n``, numbered in the order the organizers first appear
  in the log (not alphabetically: an alphabetical order would let a room that knows the
  team's names work out who is who). Ids are pseudonymised too, so one report never
  mixes the two and an id such as ``maria-1`` cannot carry a name through.
- ``ask_type`` (an open vocabulary, often typed by hand: "call Maria"): each word that
  is not a word of asks (:data:`commonground.analysis.ask_words.ASK_WORDS`) or a number
  is shown as ``[hidden]``, so ``call_maria`` is shown as "Call [hidden]". Ask types that
  become the same are analysed as one kind of ask.

``show_names=True`` (the CLI's ``--show-names``) is the trainer's explicit choice to print
the values as written: organizers as ``organizer 1 (Maria Lopez)``, so the same report
with and without names is a key from pseudonym to person, and ask types unmasked.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from commonground.analysis.ask_words import ASK_WORDS

#: What a masked word of an ask type becomes.
HIDDEN = "[hidden]"
#: The group of meetings whose organizer was not recorded (never pseudonymised).
MISSING_ORGANIZER = "unknown"
_NUMBER = re.compile(r"^\d+$")


def is_not_recorded(value: object) -> bool:
    """True for an organizer written ``unknown`` (``Unknown``, `` UNKNOWN ``): the log's
    way of saying nobody recorded who held the meeting (imports write it)."""
    return str(value).strip().lower() == MISSING_ORGANIZER


def organizer_labels(values, show_names: bool = False) -> dict[str, str]:
    """Map each organizer value to what a report shows, in order of first appearance.

    Parameters
    ----------
    values
        The organizer column (any order; missing values are skipped), or its distinct
        values already in order of first appearance.
    show_names
        Add the value after its pseudonym: ``organizer 1 (Maria Lopez)``.

    Returns
    -------
    dict
        ``value -> label``; ``unknown`` in any case and spacing (how imports and
        hand-kept logs say "not recorded": ``organizer`` is required) maps to the
        group :data:`MISSING_ORGANIZER`, as an empty cell does.
    """
    if isinstance(values, pd.Series) and isinstance(values.dtype, pd.CategoricalDtype):
        codes = pd.unique(values.cat.codes.to_numpy())  # integer codes, in row order
        distinct = [str(values.cat.categories[c]) for c in codes if c >= 0]
    else:
        distinct = [str(v) for v in pd.unique(pd.Series(values).dropna())]
    mapping: dict[str, str] = {}
    number = 0
    for value in distinct:
        if value in mapping:
            continue
        if is_not_recorded(value):
            mapping[value] = MISSING_ORGANIZER
            continue
        number += 1
        mapping[value] = f"organizer {number} ({value})" if show_names else f"organizer {number}"
    return mapping


def mask_ask_type(value: str) -> str:
    """An ask type with every word that is not a word of asks (or a number) hidden.

    Examples
    --------
    >>> mask_ask_type("call_maria"), mask_ask_type("phone_bank"), mask_ask_type("=1+1")
    ('call_[hidden]', 'phone_bank', '[hidden]')
    """
    words = []
    for word in str(value).split("_"):
        if not word:
            continue
        shown = word if word in ASK_WORDS or _NUMBER.match(word) else HIDDEN
        if shown == HIDDEN and words and words[-1] == HIDDEN:
            continue
        words.append(shown)
    return "_".join(words) or HIDDEN


def mask_ask_types(column: pd.Series) -> tuple[pd.Series, list[str]]:
    """The ``ask_type`` column with :func:`mask_ask_type` applied once per distinct value.

    Returns
    -------
    tuple
        ``(column, masked)``: the new column (a categorical stays a categorical, with
        the categories that became equal merged) and the distinct values that changed.
    """
    categorical = isinstance(column.dtype, pd.CategoricalDtype)
    if categorical:  # a category of quarantined rows only is not an ask type of the report
        column = column.cat.remove_unused_categories()
    distinct = column.cat.categories if categorical else pd.unique(column.dropna())
    mapping = {v: mask_ask_type(v) for v in distinct}
    masked = sorted(str(v) for v, shown in mapping.items() if shown != v)
    if not masked:
        return column, []
    if categorical:
        new = sorted(set(mapping.values()))
        position = {v: i for i, v in enumerate(new)}
        code_of = np.array([position[mapping[v]] for v in distinct] + [-1], dtype=np.int64)
        codes = code_of[column.cat.codes.to_numpy()]  # -1 (missing) indexes the last item
        values = pd.Categorical.from_codes(codes, categories=new)
        return pd.Series(values, index=column.index, name=column.name), masked
    return column.map(mapping), masked


def report_view(log: pd.DataFrame, show_names: bool = False) -> tuple[pd.DataFrame, list[str]]:
    """The accepted rows as a report may show them (ask types masked), with notes.

    Organizers are pseudonymised where they are shown (the coaching table, see
    :func:`organizer_labels`), so the rows keep them as they are.

    Returns
    -------
    tuple
        ``(rows, notes)``: a shallow copy with ``ask_type`` masked unless
        ``show_names``, and what was done, in words (never the masked values).
    """
    notes = []
    if not show_names:
        notes.append(
            "organizers are shown as pseudonyms (organizer 1, 2, ... in the order they first "
            "appear in the log); --show-names prints who they are"
        )
    if show_names or "ask_type" not in log:
        return log, notes
    column, masked = mask_ask_types(log["ask_type"])
    if not masked:
        return log, notes
    out = log.copy(deep=False)
    out["ask_type"] = column
    notes.append(
        f"{len(masked)} ask type(s) held words that are not words of asks (a name, perhaps): "
        f"those words are shown as {HIDDEN}; --show-names prints them"
    )
    return out, notes
