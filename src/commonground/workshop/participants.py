"""Who is in the room: names typed in, or read from a CSV file with a ``name`` column."""

from __future__ import annotations

import csv
from pathlib import Path

from commonground.errors import CommonGroundError, InputFileError


def clean_names(names: list[str]) -> list[str]:
    """Strip names, drop blanks, and refuse duplicates (they would be indistinguishable).

    Raises
    ------
    CommonGroundError
        Naming the duplicated entry.
    """
    cleaned = [" ".join(str(n).split()) for n in names]
    cleaned = [n for n in cleaned if n]
    seen: set[str] = set()
    for name in cleaned:
        key = name.casefold()
        if key in seen:
            raise CommonGroundError(
                f"the name {name!r} appears twice; add an initial so each person is distinct"
            )
        seen.add(key)
    return cleaned


def parse_names(text: str) -> list[str]:
    """Names typed one per line or separated by commas."""
    return clean_names(text.replace(",", "\n").splitlines())


def read_participants(path: str | Path) -> list[str]:
    """Read participants from a CSV file with a ``name`` column.

    Raises
    ------
    InputFileError
        When the file is missing or unreadable, has no ``name`` column, or holds no names.
    """
    src = Path(path)
    try:
        text = src.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputFileError(src, "file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputFileError(src, f"cannot read the file ({exc})") from None
    reader = csv.DictReader(text.splitlines())
    columns = {(c or "").strip().lower(): c for c in reader.fieldnames or []}
    if "name" not in columns:
        found = ", ".join(c for c in columns if c) or "none"
        raise InputFileError(src, f"no 'name' column (columns found: {found})")
    names = [row.get(columns["name"]) or "" for row in reader]
    try:
        cleaned = clean_names(names)
    except CommonGroundError as exc:
        raise InputFileError(src, str(exc)) from None
    if not cleaned:
        raise InputFileError(src, "the 'name' column is empty")
    return cleaned
