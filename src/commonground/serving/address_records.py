"""Records kept per address (a browser's IP, or its /64): in memory, or in a JSON file.

:class:`AddressRecords` is the store behind the wrong-code throttle
(:class:`~commonground.serving.codes.Throttle`) and the room's limit on new names per
device (:class:`~commonground.workshop.room_claims.NameClaimLimit`). With a ``path`` the
records live in that file, read and written under a lock with wall-clock times, so a
restarted server keeps them and several processes share them; a damaged file or entry
counts as nothing. Without a path they live in memory, timed by a monotonic clock.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from pathlib import Path


class AddressRecords:
    """Per-address records; subclasses say how one is read from and written to JSON.

    Parameters
    ----------
    path
        The JSON file that keeps the records (``None``: in memory only).
    """

    def __init__(self, path: str | os.PathLike | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self._in_memory: dict[str, object] = {}
        self._lock = threading.Lock()

    def _parse_record(self, value):
        """One record as read from the file (raise ``TypeError``/``ValueError`` to drop it)."""
        return value

    def _dump_record(self, record):
        """One record as written to the file."""
        return record

    def _clock(self, now: float | None) -> float:
        if now is not None:
            return now
        return time.time() if self.path is not None else time.monotonic()

    @contextlib.contextmanager
    def _records(self, write: bool = False):
        """The records ``{address: record}``, saved back when ``write``."""
        with self._lock:
            if self.path is None:
                yield self._in_memory
                return
            from commonground import storage

            with storage.locked(self.path):
                raw = storage.read_json(self.path, default={})
                records = {}
                if isinstance(raw, dict):
                    for address, value in raw.items():
                        with contextlib.suppress(TypeError, ValueError):
                            records[str(address)] = self._parse_record(value)
                yield records
                if write:
                    storage.atomic_write_json(
                        self.path, {k: self._dump_record(v) for k, v in records.items()}
                    )
