"""Where a log's bytes come from (a path or an upload), and what a load hands back."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from commonground.outcomes.results import Problem

SUPPORTED = (".csv", ".tsv", ".txt", ".xlsx", ".parquet")
#: Delimited text under another name: a TSV download, Excel's "Text (Tab delimited)" and
#: "Unicode Text" save as ``.txt``. Read as a CSV is (the separator is sniffed).
TEXT_SUFFIXES = (".tsv", ".txt")
#: Text columns with few distinct values, read dictionary-encoded like categories.
HEAD_BYTES = 1 << 20


@dataclass(frozen=True)
class InMemoryFile:
    """A file given as its name and bytes (an upload): read in memory, never saved.

    Messages name it by ``name``, as they name a file on disk by its path.
    """

    name: str
    data: bytes

    def __str__(self) -> str:
        return self.name


@dataclass
class RawTable:
    """Cells as read, their row numbers, and what the loader had to say."""

    frame: pd.DataFrame
    rows: np.ndarray
    notices: list[str] = field(default_factory=list)
    quarantine: pd.DataFrame | None = None
    problems: list[Problem] = field(default_factory=list)


def binary(source: Path | InMemoryFile):
    """What readers that take a path or a binary file can open."""
    return io.BytesIO(source.data) if isinstance(source, InMemoryFile) else source


def head_bytes(source: Path | InMemoryFile) -> bytes:
    if isinstance(source, InMemoryFile):
        return source.data[:HEAD_BYTES]
    with open(source, "rb") as handle:
        return handle.read(HEAD_BYTES)


def all_bytes(source: Path | InMemoryFile) -> bytes:
    return source.data if isinstance(source, InMemoryFile) else source.read_bytes()


def contains_byte(path: Path | InMemoryFile, needle: bytes) -> bool:
    """Return True when the file contains ``needle``.

    The file is memory-mapped and searched in place (no copy into Python bytes).
    """
    import mmap

    if isinstance(path, InMemoryFile):
        return needle in path.data
    with open(path, "rb") as handle:
        try:
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
                return mapped.find(needle) >= 0
        except (ValueError, OSError):  # an empty file or one that cannot be mapped
            while block := handle.read(1 << 24):
                if needle in block:
                    return True
            return False


# pyarrow parses blocks in parallel; 8 MiB blocks (instead of 1) cut the per-block work
# on big files while still giving every core a block (measured on a 170 MB log).
BLOCK_BYTES = 8 << 20


def arrow_read_options(names: list[str], skip_lines: int, encoding: str):
    """pyarrow's ``ReadOptions`` for a text log: our column names, the header (and the
    rows before it, such as a title) skipped, big blocks. ``skip_lines`` counts lines,
    as pyarrow skips them (see :func:`.text.lines_before_data`)."""
    from pyarrow import csv as pacsv

    return pacsv.ReadOptions(
        column_names=names, skip_rows=skip_lines, encoding=encoding, block_size=BLOCK_BYTES
    )
