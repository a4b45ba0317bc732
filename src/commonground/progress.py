"""Which lessons this learner has completed, kept in a small local JSON file.

The file is ``progress.json`` in :func:`commonground.storage.data_home` (or a path you
pass), written atomically, so a crash never corrupts it.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from commonground import curriculum, storage

SCHEMA_VERSION = 1


def progress_file(path: str | Path | None = None) -> Path:
    """The progress file to use: ``path`` or the learner's default."""
    return Path(path) if path else storage.data_home() / "progress.json"


def completed(path: str | Path | None = None) -> dict[str, str]:
    """Map of completed lesson id to the UTC time it was completed (ISO 8601)."""
    data = storage.read_json(progress_file(path), default=None)
    if not isinstance(data, dict) or not isinstance(data.get("completed"), dict):
        return {}
    return {str(k): str(v) for k, v in data["completed"].items()}


def mark_complete(lesson_id: str, path: str | Path | None = None) -> dict[str, str]:
    """Record that a lesson is done (idempotent: the first completion time is kept).

    Parameters
    ----------
    lesson_id
        A lesson id or number from :data:`commonground.curriculum.LESSONS`.
    path
        Progress file; the learner's default when omitted.

    Returns
    -------
    dict
        All completions after this one.
    """
    lesson = curriculum.lesson(lesson_id)
    target = progress_file(path)
    with storage.locked(target):  # two pages finishing lessons at once both count
        done = completed(target)
        done.setdefault(lesson.id, datetime.now(timezone.utc).isoformat(timespec="seconds"))
        storage.atomic_write_json(target, {"version": SCHEMA_VERSION, "completed": done})
    return done


def reset(path: str | Path | None = None) -> None:
    """Forget all completions."""
    storage.atomic_write_json(progress_file(path), {"version": SCHEMA_VERSION, "completed": {}})


def summary(path: str | Path | None = None) -> list[dict[str, object]]:
    """One record per lesson: id, title, minutes, audience and whether it is done."""
    done = completed(path)
    return [
        {
            "id": item.id,
            "title": item.title,
            "minutes": item.minutes,
            "audience": item.audience,
            "done": item.id in done,
            "completed_at": done.get(item.id),
        }
        for item in curriculum.LESSONS
    ]
