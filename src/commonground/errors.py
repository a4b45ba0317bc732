"""Errors a user can act on.

The CLI prints a :class:`CommonGroundError` as one line on stderr and exits non-zero;
anything else is a bug and gets a traceback only with ``--debug``.
"""

from __future__ import annotations


class CommonGroundError(Exception):
    """A problem caused by input the user can fix (a file, a value, an option)."""

    exit_code = 1


class InputFileError(CommonGroundError):
    """A file could not be read or failed validation; the message names the file."""

    def __init__(self, path, message: str):
        self.path = str(path)
        super().__init__(f"{self.path}: {message}")
