"""Who is in a workshop room and how far each has got (for the facilitator only).

Names are printed as the room's web pages show them (``<bdi>``): a name with
right-to-left letters is wrapped in Unicode's first-strong isolate (U+2068 ... U+2069),
so the terminal does not reorder the columns after it, and columns are padded by the
width a terminal draws (wide East Asian letters take two cells, accents none). A name
that looks like another one (``kirn`` beside ``kim``, let in because real names differ
so, see :func:`commonground.serving.names.looks_like`) is marked (our advice).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from commonground import curriculum, progress
from commonground.serving.names import look_alikes
from commonground.terminal_text import printable
from commonground.workshop.room_capacity import crowding_lines
from commonground.workshop.room_claims import Claims, participant_home

#: Unicode's first-strong isolate and pop directional isolate (UAX #9).
ISOLATE, END_ISOLATE = "\u2068", "\u2069"


def roster(room_home: str | Path) -> list[dict]:
    """One record per claimed name: ``name``, ``lessons_done``, ``last_lesson``."""
    rows = []
    for slug in Claims(room_home).names():
        done = progress.completed(participant_home(room_home, slug) / "progress.json")
        last = max(done, key=done.get) if done else None
        rows.append({"name": slug, "lessons_done": len(done), "last_lesson": last})
    return rows


def right_to_left(text: str) -> bool:
    """Whether ``text`` has a right-to-left letter (Hebrew, Arabic, Thaana, Syriac...)."""
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def cells(text: str) -> int:
    """Terminal cells ``text`` takes: wide letters two, combining marks and controls none."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def shown_name(name: str, width: int) -> str:
    """``name`` isolated when right-to-left, padded to ``width`` cells."""
    text = f"{ISOLATE}{name}{END_ISOLATE}" if right_to_left(name) else name
    return text + " " * max(0, width - cells(name))


def roster_lines(room_home: str | Path) -> list[str]:
    """The roster as lines for the facilitator's terminal."""
    rows = roster(room_home)
    if not rows:
        return ["Nobody has typed a name in this room yet."]
    total = len(curriculum.LESSONS)
    slugs = [r["name"] for r in rows]
    width = max(cells(name) for name in slugs)
    lines = [f"{len(rows)} in the room (lessons completed of {total}):"]
    lines += [f"  {line}" for line in crowding_lines(room_home, slugs)]
    alikes = look_alikes(slugs)
    for r in rows:
        last = f"  last completed: {printable(r['last_lesson'])}" if r["last_lesson"] else ""
        alike = alikes[r["name"]]
        mark = f"  (looks like {', '.join(alike)})" if alike else ""
        lines.append(f"  {shown_name(r['name'], width)}  {r['lessons_done']:>2}{last}{mark}")
    return lines
