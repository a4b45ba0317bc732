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


def atomic_write_text(
    path: str | os.PathLike, text: str, encoding: str = "utf-8", mode: int | None = None
) -> Path:
    """Write ``text`` to ``path`` atomically (temp file, fsync, rename).

    Parameters
    ----------
    path
        Destination file; its folder is created if needed.
    text
        The full new content.
    encoding
        Text encoding, UTF-8 by default.
    mode
        Permissions for a file others should read (e.g. ``0o644``), less the umask as for
        any new file; by default the file stays private to its owner (``0o600``).

    Returns
    -------
    Path
        The destination path.
    """
    dest = Path(path)
    dest.parent.mkdir(parents=True, exist_ok=True)
    clean_stale_temps(dest)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode & ~_umask())
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return dest


def _umask() -> int:
    """The process umask (read by setting it, then putting it back)."""
    current = os.umask(0o022)
    os.umask(current)
    return current


def atomic_write_json(path: str | os.PathLike, data: object) -> Path:
    """Write ``data`` as pretty, key-sorted JSON, atomically."""
    text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return atomic_write_text(path, text)


def move_aside(path: str | os.PathLike) -> Path | None:
    """Rename an unreadable file to ``<name>.corrupt-<n>`` (never overwriting one).

    Returns the new path, or ``None`` when the file was already gone (another reader moved
    it first): several processes may find the same damaged file at once.
    """
    src = Path(path)
    n = 1
    while True:
        aside = src.with_name(f"{src.name}.corrupt-{n}")
        try:
            os.link(src, aside)  # fails if ``aside`` exists: no reader overwrites another's
        except FileExistsError:
            try:
                if os.path.samefile(src, aside):  # another reader is moving this very file
                    return None
            except FileNotFoundError:  # ... and has finished: it is gone from here
                return None
            n += 1
            continue
        except FileNotFoundError:
            return None
        except OSError:  # no hard links here (some network or Windows file systems)
            if aside.exists():
                n += 1
                continue
            try:
                os.replace(src, aside)
            except FileNotFoundError:
                return None
            return aside
        with contextlib.suppress(FileNotFoundError):
            os.unlink(src)
        return aside


def read_json(path: str | os.PathLike, default: object = None) -> object:
    """Read JSON from ``path``; return ``default`` when the file does not exist.

    A file that exists but cannot be read as UTF-8 JSON is not silently replaced: it is
    moved aside to ``<name>.corrupt-<n>`` (:func:`move_aside`) so nothing the learner wrote
    is thrown away, and ``default`` is returned.
    """
    return read_json_noting(path, default)[0]


def read_json_noting(path: str | os.PathLike, default: object = None) -> tuple[object, bool]:
    """Like :func:`read_json`, also telling whether an unreadable file was found.

    Returns
    -------
    (data, unreadable)
        ``unreadable`` is True when the file existed but was not UTF-8 JSON (it has been
        moved aside, by this call or by another reader at the same moment).
    """
    src = Path(path)
    try:
        data = src.read_bytes()
    except FileNotFoundError:
        return default, False
    except IsADirectoryError:
        move_aside(src)
        return default, True
    try:
        return json.loads(data.decode("utf-8")), False
    except (UnicodeDecodeError, json.JSONDecodeError):
        move_aside(src)
        return default, True


def clean_stale_temps(path: str | os.PathLike, older_than: float = 600.0) -> int:
    """Remove temporary files left beside ``path`` by a write that was killed.

    Only ``.<name>.*.tmp`` files older than ``older_than`` seconds are removed, so a
    write in progress in another process is never touched. Returns how many went.
    """
    import time

    dest = Path(path)
    removed = 0
    cutoff = time.time() - older_than
    for tmp in dest.parent.glob(f".{dest.name}.*.tmp"):
        try:
            if tmp.stat().st_mtime < cutoff:
                tmp.unlink()
                removed += 1
        except FileNotFoundError:
            continue
    return removed


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
