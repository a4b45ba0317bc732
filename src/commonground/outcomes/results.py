"""What reading or validating a log hands back: accepted rows, quarantine, problems."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

#: Longest value shown in a :class:`Problem`; longer ones are cut with a marker.
MAX_VALUE_CHARS = 80


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one cell or one row.

    Attributes
    ----------
    row
        Spreadsheet row number (header = row 1, first data row = 2); ``None`` for a
        problem with the whole file.
    column
        The column concerned, or ``None``.
    value
        The offending value as text (cut to :data:`MAX_VALUE_CHARS`, personal data
        masked), or ``None`` when empty.
    message
        What is wrong, in plain words.
    where
        The file and sheet the row is on (``the log sheet 2 'March'``) when several
        sheets are read as one log (``--sheet all``): their rows are numbered per sheet.
        ``None`` for a log read from one table.
    """

    row: int | None
    column: str | None
    value: str | None
    message: str
    where: str | None = None

    def __str__(self) -> str:
        where = f"row {self.row}" if self.row is not None else "file"
        if self.where:
            where = f"{self.where} {where}" if self.row is not None else self.where
        if self.column:
            where += f", {self.column}"
        shown = "" if self.value is None else f" (value {self.value!r})"
        return f"{where}: {self.message}{shown}"


@dataclass
class LogResult:
    """The outcome of reading and validating one outcome log.

    Attributes
    ----------
    accepted
        Valid rows, normalised: ``row`` (int), then every contract column except
        ``notes`` (typed: ``boolean``, ``Int64``, ``datetime64``, ``str``), then any
        extra columns (text, ignored by the analysis).
    quarantine
        Rows that broke a rule: ``row``, ``reason``, then their cells as read.
    problems
        Every problem found, ordered by row then column.
    notices
        Things done to the data that are not errors (extra columns ignored, personal
        data dropped, encoding fallback, ...).
    n_read
        Data rows read (blank rows are skipped with a notice and not counted).
    source
        The file (or ``"<frame>"``) the rows came from.
    sheets
        When several sheets were read as one log (``--sheet all``): one line per sheet
        read (its rows read and quarantined), per sheet skipped, and for the rows whose
        ``meeting_id`` an earlier sheet already holds. Empty for one table.
    """

    accepted: pd.DataFrame
    quarantine: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    n_read: int = 0
    source: str = "<frame>"
    sheets: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every row read was accepted."""
        return len(self.quarantine) == 0

    def summary(self, name: str | None = None) -> str:
        """One line: rows read, accepted and quarantined.

        ``name`` is what the line calls the log (default: :attr:`source`); ``log
        validate`` says "the log" unless names are shown, as a file may be named after
        the person who keeps it.
        """
        return (
            f"{name or self.source}: {self.n_read} rows read, {len(self.accepted)} accepted, "
            f"{len(self.quarantine)} quarantined"
        )
