"""What ``log import`` reports: per file and in total, every row read accounted for."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

#: How many unread columns a report names before "and N more" (JSON exports have many).
NOT_READ_SHOWN = 12


@dataclass
class FileReport:
    """What happened to one file."""

    file: str
    unit: str
    rows: int
    accepted: int
    quarantined: int
    used: dict[str, str]
    left_empty: list[str]
    notes: list[str]
    notices: list[str]
    dropped: list[str]
    not_read: list[str] = field(default_factory=list)


@dataclass
class ImportResult:
    """Every row read, either in ``accepted`` (typed, like ``read_log``) or ``quarantine``."""

    source: str
    accepted: pd.DataFrame
    quarantine: pd.DataFrame
    n_read: int
    files: list[FileReport] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every row read was accepted."""
        return len(self.quarantine) == 0

    def report(self, plain: bool = False, show_names: bool = True) -> list[str]:
        """The printed report: per file, what was mapped, left empty, assumed, quarantined.

        Parameters
        ----------
        plain
            Name the log's columns in words ("showed up", through
            :func:`commonground.labels.label`) instead of as spelled in the file
            (``showed_up``), for a page a trainer reads rather than a terminal.
        show_names
            Name each file by its path; otherwise "the export" (one file) or "file 1",
            "file 2", ... in the order given (``log import`` without ``--show-names``:
            a file may be named after the person who keeps it).
        """
        from commonground.labels import label

        def name(field_name: str) -> str:
            return label(field_name, "field") if plain else field_name

        lines = []
        for number, f in enumerate(self.files, start=1):
            called = f.file if show_names else file_label(number, len(self.files))
            lines.append(
                f"{called}: {f.rows} {f.unit}s read, {f.accepted} accepted, "
                f"{f.quarantined} quarantined"
            )
            lines += [
                f"  mapped   {name(field_name):<22} <- {c}" for field_name, c in f.used.items()
            ]
            if f.left_empty:
                lines.append("  left empty: " + ", ".join(name(e) for e in f.left_empty))
            if f.dropped:
                lines.append("  personal-data column(s) not carried: " + ", ".join(f.dropped))
            if f.not_read:
                shown = ", ".join(map(str, f.not_read[:NOT_READ_SHOWN]))
                more = len(f.not_read) - NOT_READ_SHOWN
                lines.append(
                    "  column(s) this import does not read: "
                    + shown
                    + (f" and {more} more" if more > 0 else "")
                )
            lines += [f"  note: {n}" for n in [*f.notes, *f.notices]]
        lines.append(
            f"total: {self.n_read} rows read, {len(self.accepted)} accepted, "
            f"{len(self.quarantine)} quarantined"
        )
        # a header cell may hold a line break (Excel's wrapped text): one line each
        return [re.sub(r"[ \t]*[\r\n]+[ \t]*", " ", line) for line in lines]


def file_label(number: int, count: int) -> str:
    """How a summary names the ``number``-th of ``count`` files when names are hidden."""
    return "the export" if count == 1 else f"file {number}"
