"""Several sheets of one workbook read as one log (``--sheet all``, or ``--sheet`` given
more than once, in ``log validate``, ``analyze`` and ``report``).

A trainer with a sheet per month expects the months checked and analysed together. The
sheets are read as ``log merge`` reads them, by its code
(:func:`commonground.outcomes.merge.merge_logs` over :mod:`commonground.outcomes.sheets`):
each by its own header; under ``all`` a sheet holding none of the log's required columns
(a "Read me", an empty sheet) is skipped with a line saying so, and one holding some of
them but not all is refused naming the file, the sheet and the columns it lacks. Their
rows form one log:

- every problem names the file and the sheet (``the log sheet 3 'April' row 5``; the
  title only when it cannot name someone, unless names are shown), as rows are numbered
  per sheet;
- a ``meeting_id`` found on two sheets keeps its first row (in the order the sheets are
  read: the workbook's, or the order ``--sheet`` names them) and the later row is
  quarantined naming the row kept, saying whether it is the same meeting written twice
  or a conflicting one: the rule within one sheet, and ``log merge``'s;
- rows read = accepted + quarantined, and :attr:`LogResult.sheets` says, per sheet,
  how many rows were read and quarantined.

One sheet (``--sheet 2``, or none) is read exactly as :func:`read_log` reads it.
"""

from __future__ import annotations

from commonground.outcomes.results import LogResult


def read_sheets(path, sheets=None, *, show_names: bool = False, **reading) -> LogResult:
    """Read ``path``'s sheets named by ``sheets`` as one log.

    Parameters
    ----------
    path
        The log file.
    sheets
        ``--sheet`` as given: None, one sheet (a number from 1 or a title), a list of
        them, or ``["all"]``. A file that is not a workbook is read whole under ``all``.
    show_names
        Name the file (not "the log") and show sheet titles that may name someone.
    **reading
        As for :func:`commonground.outcomes.read_log` (``pseudonymise_salt``,
        ``categories``, ``date_order``).

    Returns
    -------
    LogResult
        For several sheets, the quarantine starts with a ``file`` column naming the
        file and sheet (as ``log merge``'s does) and each problem's ``where`` says it.

    Raises
    ------
    commonground.errors.InputFileError
        As ``read_log``; and as ``log merge --sheet`` refuses (a sheet of another layout,
        a sheet the workbook lacks, ``all`` beside sheet names).
    """
    from commonground.outcomes import sheets as sheet_parts
    from commonground.outcomes.merge import file_labels, merge_logs
    from commonground.outcomes.reading import read_log

    asked = [sheets] if isinstance(sheets, (str, int)) else list(sheets or [])
    if not sheet_parts.several(asked):
        return read_log(path, sheet=asked[0] if asked else None, **reading)
    every = len(asked) == 1 and str(asked[0]).strip().lower() == sheet_parts.ALL
    if every and not sheet_parts.is_workbook(path):
        return read_log(path, **reading)  # one table: nothing to choose
    label = file_labels([path], show_names)[0]
    merged = merge_logs([path], [label], sheets=asked, show_names=show_names, **reading)
    lines = [
        f"{part['file']}: {part['rows']} rows read, {part['quarantined']} quarantined"
        for part in merged.per_file
    ]
    lines += merged.skipped
    twice = len(merged.quarantine) - sum(part["quarantined"] for part in merged.per_file)
    if twice:
        lines.append(
            f"{twice} row(s) hold a meeting_id an earlier sheet holds: quarantined, the "
            "earlier row kept (as within one sheet, and as log merge does)"
        )
    notices = [n for n in merged.notices if n not in merged.skipped]
    return LogResult(
        merged.accepted,
        merged.quarantine,
        merged.problems,
        notices,
        merged.n_read,
        str(path),
        lines,
    )
