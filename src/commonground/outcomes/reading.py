"""Reading an outcome log file: load, validate, keep personal data out."""

from __future__ import annotations

from pathlib import Path

from commonground.outcomes.loading import InMemoryFile, load_table
from commonground.outcomes.results import LogResult
from commonground.outcomes.validation import validate_raw


def read_log(
    path: str | Path | InMemoryFile,
    *,
    pseudonymise_salt: str | None = None,
    categories: bool = False,
    sheet: str | int | None = None,
    date_order: str | None = None,
) -> LogResult:
    """Read and validate an outcome log (.csv, .xlsx or .parquet).

    Parameters
    ----------
    path
        The log file. CSV may be UTF-8 (with or without BOM) or Windows-1252. An
        :class:`~commonground.outcomes.loading.InMemoryFile` is read from memory.
    pseudonymise_salt
        When given, every ``contact`` value is replaced by a salted pseudonym, stable
        across files read with the same salt. Values that look like an e-mail address
        or a phone number are pseudonymised in any case.
    categories
        Return the category columns (``response``, ``ask_type``, ...) as pandas
        categoricals instead of ``str``: the same values, far faster to group and
        compare on big logs (what ``commonground analyze`` uses).
    sheet
        For a workbook: the sheet to read, by number (from 1) or title. By default the
        first sheet, or the first that holds the log's required columns when the first
        does not (both said in a notice).
    date_order
        ``"dmy"`` or ``"mdy"``: how slashed dates (``03/04/2026``) in ``date`` are
        written. By default they are refused: which comes first is never guessed.

    Returns
    -------
    LogResult
        ``accepted`` + ``quarantine`` always hold exactly ``n_read`` rows. Row numbers
        are spreadsheet rows: header = row 1, first data row = row 2.

    Raises
    ------
    commonground.errors.InputFileError
        Missing file, unsupported type, unreadable content, a missing required column,
        or no data rows.
    """
    table = load_table(path, categories=categories, sheet=sheet)
    return validate_raw(
        table.frame,
        table.rows,
        str(path),
        notices=table.notices,
        salt=pseudonymise_salt,
        loader_quarantine=table.quarantine,
        loader_problems=table.problems,
        categories=categories,
        date_order=date_order,
    )


def read_log_bytes(data: bytes, name: str, **options) -> LogResult:
    """Read and validate a log given as its bytes (an upload): nothing is written to disk.

    Parameters
    ----------
    data
        The file's content.
    name
        Its file name: the type comes from its ending and every message names it.
    **options
        As for :func:`read_log`.

    Returns
    -------
    LogResult
        Exactly what :func:`read_log` returns for the same file on disk.
    """
    return read_log(InMemoryFile(name, bytes(data)), **options)
