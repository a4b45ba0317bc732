"""Errors a user can act on.

The CLI prints a :class:`CommonGroundError` as one line on stderr and exits non-zero;
anything else is a bug and gets a traceback only with ``--debug``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

#: Exit codes of the commands that read a trainer's log (``log validate``, ``log import``,
#: ``analyze``, ``report``); shown under each one's ``--help``.
EXIT_CODES_HELP = (
    "exit codes: 0 done, every row used; 1 done, but some rows were left out "
    "(quarantined: each is named){analyzed}; 2 refused: a file cannot be read, lacks a "
    "required column or has no data rows, an output would overwrite an input, or an "
    "option is wrong (nothing written, one line on stderr naming the file)"
)


class CommonGroundError(Exception):
    """A problem caused by input the user can fix (a file, a value, an option)."""

    exit_code = 1


class UsageError(CommonGroundError):
    """Options that do not go together (as argparse's own errors, exit code 2)."""

    exit_code = 2


class InputFileError(CommonGroundError):
    """A file could not be read or failed validation; the message names the file."""

    def __init__(self, path, message: str):
        self.path = str(path)
        super().__init__(f"{self.path}: {message}")


@contextmanager
def refusing_input() -> Iterator[None]:
    """Give an :class:`InputFileError` raised inside exit code 2 ("refused").

    Commands that read a trainer's log share one meaning of their exit codes
    (:data:`EXIT_CODES_HELP`): 2 when a file is refused, 1 when rows were left out.
    """
    try:
        yield
    except InputFileError as exc:
        exc.exit_code = 2
        raise
