"""The outcome log the trainer exercises work on, read once per file version.

Every expected answer is computed at check time from this same file with the package's
own analysis (:mod:`commonground.outcomes`, :mod:`commonground.analysis`), so the
answers follow the data and are never written down anywhere.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

#: The sample log the notebooks use, relative to the course folder.
DEFAULT_LOG = "data/sample_season_log.csv"
_STATE: dict[str, Path | None] = {"path": None}


def use_log(path: str | Path) -> Path:
    """Point the checks at ``path``.

    A relative path is looked for from the current folder, then each folder above it
    (a notebook in ``exercises/`` finds ``data/...`` beside that folder), then in the
    package's own content (see :func:`commonground.resources.find_file`).

    Returns
    -------
    Path
        The resolved path. A missing file raises
        :class:`~commonground.errors.InputFileError` naming it.
    """
    from commonground.errors import InputFileError
    from commonground.resources import find_file

    found = find_file(path)
    if found is None:
        raise InputFileError(path, "no such outcome log")
    _STATE["path"] = found.resolve()
    return _STATE["path"]


def log_path() -> Path:
    """The log in use (the shipped sample unless :func:`use_log` chose another)."""
    return _STATE["path"] or use_log(DEFAULT_LOG)


@lru_cache(maxsize=4)
def _read(path: Path, mtime_ns: int, size: int):
    from commonground.outcomes import read_log

    return read_log(path)


def log_result():
    """The :class:`~commonground.outcomes.LogResult` of the log in use (cached per version)."""
    path = log_path()
    stat = path.stat()
    return _read(path, stat.st_mtime_ns, stat.st_size)


def accepted():
    """The accepted rows of the log in use."""
    return log_result().accepted


def rate_of(table, group: str, column: str = "rate") -> float:
    """One value of a rate table (``group`` row, ``column``), or a clear error."""
    rows = table[table["group"] == group]
    if rows.empty:
        raise LookupError(f"the log has no group {group!r}; groups: {list(table['group'])}")
    return float(rows[column].iloc[0])


@lru_cache(maxsize=4)
def _adjusted(path: Path, mtime_ns: int, size: int):
    from commonground.analysis.adjusted import adjusted_odds_ratios

    return adjusted_odds_ratios(_read(path, mtime_ns, size).accepted)


def adjusted_table():
    """The adjusted odds-ratio table of the log in use (the fit is cached per version)."""
    path = log_path()
    stat = path.stat()
    return _adjusted(path, stat.st_mtime_ns, stat.st_size).table
