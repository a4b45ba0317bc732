"""Combining outcome logs (volunteers' own logs, or several imported files) into one.

Nothing is dropped without a word: a ``meeting_id`` seen before keeps its first row; a
later row with the same id goes to the quarantine with a reason naming both files and
rows, saying whether it is the same meeting written twice or a conflicting one (and
which fields differ). The id is shown as a message shows a value (a name typed as an id
is hidden), and the later row's cells as the rest of the quarantine shows them.

The same rule holds within one log (``read_log`` keeps an id's first row) and across the
sheets of a workbook read as one log (``log validate``/``analyze``/``report --sheet
all``, see :mod:`commonground.outcomes.sheet_log`), which read them through
:func:`merge_logs`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from commonground.outcomes.results import Problem
from commonground.outcomes.schema import COLUMN_NAMES


@dataclass
class MergeResult:
    """The combined rows, the quarantine (``file``, ``row``, ``reason``, cells) and notes.

    ``problems`` holds every quarantined row's problems, each with ``where`` naming its
    file (and sheet); ``skipped`` the sheets ``--sheet all`` left out (also in
    ``notices``).
    """

    accepted: pd.DataFrame
    quarantine: pd.DataFrame
    n_read: int
    notices: list[str] = field(default_factory=list)
    per_file: list[dict] = field(default_factory=list)
    problems: list = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every row read is in ``accepted``."""
        return len(self.quarantine) == 0


def _cells(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows as comparable text (booleans true/false, dates YYYY-MM-DD, missing = '')."""
    from commonground.outcomes.export import _canonical

    shown = [c for c in frame.columns if c in COLUMN_NAMES and c != "meeting_id"]
    return _canonical(frame[shown]).astype("str").fillna("")


def combine(parts: list[tuple[str, pd.DataFrame]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Combine ``(file label, accepted rows)`` parts; later duplicate ids are quarantined.

    Each part's rows carry their ``row`` number. Returns ``(accepted, quarantine)``;
    ``accepted`` keeps ``row`` and gains nothing else, ``quarantine`` has ``file``,
    ``row``, ``reason`` then the cells.
    """
    if len(parts) == 1:  # one log: its own duplicates were already quarantined
        return parts[0][1], _empty_quarantine()
    labelled = []
    for label, frame in parts:
        copy = frame.copy(deep=False)
        copy["_file"] = label
        labelled.append(copy)
    every = pd.concat(labelled, ignore_index=True) if labelled else pd.DataFrame()
    if len(every) == 0:
        return every.drop(columns=["_file"], errors="ignore"), _empty_quarantine()
    ids = every["meeting_id"].astype("str")
    later = ids.duplicated(keep="first").to_numpy(dtype=bool)
    if not later.any():
        return every.drop(columns="_file"), _empty_quarantine()
    first_pos = pd.Series(np.arange(len(every)), index=ids).groupby(level=0).first()
    text = _cells(every)
    from commonground.outcomes import privacy
    from commonground.outcomes.export import _canonical
    from commonground.outcomes.validation import mask_quarantine

    shown_ids = privacy.shown_cells(ids[later], an_id=True)  # a name typed as an id: hidden
    reasons = []
    for pos, shown in zip(np.flatnonzero(later), shown_ids, strict=True):
        first = int(first_pos[ids.iloc[pos]])
        where = f"{every['_file'].iloc[first]} row {int(every['row'].iloc[first])}"
        differ = [c for c in text.columns if text[c].iloc[pos] != text[c].iloc[first]]
        if differ:
            reasons.append(
                f"meeting_id {shown!r} conflicts with {where} (differs in: "
                f"{', '.join(differ)}); that row was kept"
            )
        else:
            reasons.append(f"meeting_id {shown!r} is the same meeting as {where}, kept there")
    # as the rest of the quarantine shows cells: true/false and YYYY-MM-DD, not typed;
    # names, phones and e-mail addresses replaced by what they are
    quarantine = mask_quarantine(_canonical(every.loc[later].drop(columns=["_file", "row"])))
    quarantine.insert(0, "reason", reasons)
    quarantine.insert(0, "row", every.loc[later, "row"].to_numpy())
    quarantine.insert(0, "file", every.loc[later, "_file"].to_numpy())
    accepted = every.loc[~later].drop(columns="_file").reset_index(drop=True)
    return accepted, quarantine.reset_index(drop=True)


def _empty_quarantine() -> pd.DataFrame:
    return pd.DataFrame(
        {"file": pd.Series(dtype="str"), "row": pd.Series(dtype="Int64"),
         "reason": pd.Series(dtype="str")}
    )  # fmt: skip


def file_labels(paths: list, show_names: bool) -> list[str]:
    """What summaries call each of ``paths``: its path, or "file 1", "file 2", ...

    A file may be named after the person who keeps it, so names are shown only when
    asked for (``--show-names``); otherwise files are numbered in the order given.
    """
    if show_names:
        return [str(path) for path in paths]
    return ["the log"] if len(paths) == 1 else [f"file {n}" for n in range(1, len(paths) + 1)]


def merge_logs(
    paths: list[str],
    labels: list[str] | None = None,
    *,
    sheet: str | int | None = None,
    sheets: list[str] | None = None,
    date_order: str | None = None,
    show_names: bool = False,
    **reading,
) -> MergeResult:
    """Read every log (rules checked as by ``read_log``) and combine them.

    Parameters
    ----------
    paths
        The logs, in order (a ``meeting_id`` seen before keeps its first row).
    labels
        What notices, per-file counts, the quarantine's ``file`` column and its reasons
        call each file (default: their paths; see :func:`file_labels`).
    sheet, date_order
        How to read every file, as for ``read_log`` (``--sheet``, ``--date-order``): a
        sheet chosen for a file that is not a workbook is refused, as in ``read_log``.
    sheets
        Several sheets of each workbook (numbers from 1 or titles), or ``["all"]``:
        each sheet is read by its own header and merged as a file of its own, labelled
        with its file and sheet (see :mod:`commonground.outcomes.sheets`).
    show_names
        Sheet titles are shown in labels even when they may name someone.
    **reading
        Passed to ``read_log`` for every file and sheet (``pseudonymise_salt``,
        ``categories``).

    Returns
    -------
    MergeResult
        Rows a log's own rules reject are quarantined too, under their file and row.
    """
    from commonground.errors import InputFileError
    from commonground.outcomes import sheets as sheet_parts
    from commonground.outcomes.reading import read_log
    from commonground.outcomes.validation import NoRowsError

    labels = labels or [str(path) for path in paths]
    if sheet is not None:
        sheets = [*(sheets or []), sheet]
    to_read, notices = sheet_parts.parts(list(paths), labels, sheets, show_names)
    every_sheet = sheet_parts.several(sheets) and sheet_parts.ALL in map(_word, sheets)
    skipped = list(notices)
    parts, quarantines, per_file, problems, n_read = [], [], [], [], 0
    for part in to_read:
        try:
            result = read_log(part.path, sheet=part.sheet, date_order=date_order, **reading)
        except NoRowsError as exc:
            if not (every_sheet and part.words) or (part is to_read[-1] and not parts):
                raise sheet_parts.refused_sheet(part, exc) from None
            skipped.append(f"{part.label} has the log's header but no meetings: not read")
            notices.append(skipped[-1])  # next month's template: nothing to lose
            continue
        except InputFileError as exc:
            raise sheet_parts.refused_sheet(part, exc) from None
        n_read += result.n_read
        problems += [replace(p, where=part.label) for p in result.problems]
        parts.append((part.label, result.accepted))
        notices += [f"{part.label}: {n}" for n in result.notices if _worth_saying(n, part)]
        per_file.append(
            {"file": part.label, "rows": result.n_read, "quarantined": len(result.quarantine)}
        )
        if len(result.quarantine):
            q = result.quarantine.copy()
            q.insert(0, "file", part.label)
            quarantines.append(q)
    accepted, duplicates = combine(parts)
    problems += [
        Problem(int(row), None, None, reason, where=label)
        for label, row, reason in duplicates[["file", "row", "reason"]].itertuples(index=False)
    ]
    quarantine = pd.concat([*quarantines, duplicates], ignore_index=True)
    if len(quarantine) == 0:
        quarantine = _empty_quarantine()
    return MergeResult(accepted, quarantine, n_read, notices, per_file, problems, skipped)


def _word(sheet) -> str:
    return str(sheet).strip().lower()


def _worth_saying(notice: str, part) -> bool:
    """A reading notice worth repeating: not the notes dropped, nor which sheet was read
    when the part's label already names it."""
    if notice.startswith("notes column"):
        return False
    return not (part.words and notice.startswith("read sheet "))
