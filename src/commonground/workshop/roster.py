"""Who is in a workshop room and how far each has got (for the facilitator only)."""

from __future__ import annotations

from pathlib import Path

from commonground import curriculum, progress
from commonground.workshop.room_claims import Claims, participant_home


def roster(room_home: str | Path) -> list[dict]:
    """One record per claimed name: ``name``, ``lessons_done``, ``last_lesson``."""
    rows = []
    for slug in Claims(room_home).names():
        done = progress.completed(participant_home(room_home, slug) / "progress.json")
        last = max(done, key=done.get) if done else None
        rows.append({"name": slug, "lessons_done": len(done), "last_lesson": last})
    return rows


def roster_lines(room_home: str | Path) -> list[str]:
    """The roster as lines for the facilitator's terminal."""
    rows = roster(room_home)
    if not rows:
        return ["Nobody has typed a name in this room yet."]
    total = len(curriculum.LESSONS)
    width = max(len(r["name"]) for r in rows)
    lines = [f"{len(rows)} in the room (lessons completed of {total}):"]
    for r in rows:
        last = f"  last completed: {r['last_lesson']}" if r["last_lesson"] else ""
        lines.append(f"  {r['name']:<{width}}  {r['lessons_done']:>2}{last}")
    return lines
