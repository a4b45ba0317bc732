"""Where learner data lives on disk, and how it is written so it is never lost.

Everything a learner writes (progress, plans, stories, reflections) goes through
:func:`atomic_write_text`: the new content is written to a temporary file in the
same folder, flushed to disk, then renamed over the old file in one step. A crash
mid-write leaves either the old file or the new one, never a torn mix.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

HOME_ENV = "COMMONGROUND_HOME"


def data_home() -> Path:
    """Return the folder for this learner's local files.

    ``$COMMONGROUND_HOME`` wins; otherwise ``~/.commonground``. The folder is created
    when missing.
    """
    root = os.environ.get(HOME_ENV)
    path = Path(root).expanduser() if root else Path.home() / ".commonground"
    path.mkdir(parents=True, exist_ok=True)
    return path


def atomic_write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` atomically (temp file, fsync, rename).

    Parameters
    ----------
    path
        Destination file; its folder is created if needed.
    text
        The full new content.
    encoding
        Text encoding, UTF-8 by default.

    Returns
    -------
    Path
        The destination path.
    """
    dest = Path(path)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return dest


def atomic_write_json(path: str | os.PathLike, data: object) -> Path:
    """Write ``data`` as pretty, key-sorted JSON, atomically."""
    text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return atomic_write_text(path, text)


def read_json(path: str | os.PathLike, default: object = None) -> object:
    """Read JSON from ``path``; return ``default`` when the file does not exist.

    A file that exists but is not valid JSON is not silently replaced: it is moved
    aside to ``<name>.corrupt-<n>`` so nothing the learner wrote is thrown away, and
    ``default`` is returned.
    """
    src = Path(path)
    try:
        text = src.read_text(encoding="utf-8")
    except FileNotFoundError:
        return default
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        n = 1
        while (aside := src.with_name(f"{src.name}.corrupt-{n}")).exists():
            n += 1
        os.replace(src, aside)
        return default


@contextlib.contextmanager
def locked(path: str | os.PathLike) -> Iterator[None]:
    """Hold an exclusive advisory lock for ``path`` (a ``<name>.lock`` file beside it).

    Wrap a read-modify-write of a learner file in it, so two processes saving at the same
    moment (JupyterLab and app mode, say) take turns instead of one losing the other's
    entry. Where ``fcntl`` is missing (Windows) it only creates the lock file.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.with_name(f".{target.name}.lock"), "a+b") as handle:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            yield
            return
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
