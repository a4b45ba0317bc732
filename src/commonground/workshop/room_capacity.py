"""How many names a workshop room holds, what makes way when it is full, and telling the
facilitator.

A script on many addresses (each held to
:data:`~commonground.workshop.room_claims.NAMES_PER_DEVICE` new names in a few minutes,
which a whole workshop behind one shared address still fits in) could fill a room with
names. So:

* a room holds at most :func:`max_names` names (``$COMMONGROUND_ROOM_MAX_NAMES``, else
  :data:`~commonground.workshop.room_claims.MAX_NAMES`);
* when it is full, a name with nothing saved under it that was claimed more than
  :data:`STALE_SECONDS` ago makes way for the new one (:func:`make_way`): names whose
  cookie never came back first, then the oldest. Nothing is lost (nothing was saved),
  and whoever held it types it again; a script's names never block the room for long;
* the facilitator is told on the server's terminal (:func:`tell`, once a minute at most
  for each thing): the room nearly full or full, names making way, one address adding
  many names; and ``commonground app --room --who`` says how many names have nothing
  saved and how to free them (:func:`crowding_lines`).
"""

from __future__ import annotations

import contextlib
import sys
import time
from pathlib import Path

MAX_NAMES_ENV = "COMMONGROUND_ROOM_MAX_NAMES"
#: Seconds after its claim before a name with nothing saved may make way in a full room.
STALE_SECONDS = 600
#: Share of the room's names from which the facilitator is told it is filling up.
NEARLY_FULL = 0.8
#: New names from one address in the window from which the facilitator is told.
BUSY_ADDRESS = 20
#: Seconds between two lines about the same thing on the facilitator's terminal.
TELL_EVERY = 60
FREE_COMMAND = "commonground app --room --forget-unused"
_told: dict[tuple[str, str], float] = {}


def max_names() -> int:
    """Names one room holds at most: ``$COMMONGROUND_ROOM_MAX_NAMES``, else ``MAX_NAMES``."""
    from commonground.serving.voila_config import whole_number_setting
    from commonground.workshop import room_claims

    return whole_number_setting(MAX_NAMES_ENV, room_claims.MAX_NAMES, "names")


def tell(room_home: str | Path, kind: str, message: str) -> bool:
    """Print ``message`` for the facilitator (stderr), unless told about ``kind`` lately."""
    key, now = (str(room_home), kind), time.monotonic()
    if now - _told.get(key, -TELL_EVERY) < TELL_EVERY:
        return False
    _told[key] = now
    print(f"[room] {message}", file=sys.stderr, flush=True)
    return True


def _empty(folder: Path) -> bool:
    return not folder.is_dir() or not any(p.is_file() for p in folder.rglob("*"))


def make_way(claims: dict[str, dict], room_home: str | Path, now: float) -> str | None:
    """Drop from ``claims`` one stale name with nothing saved (see above); return it.

    Its empty folder goes too. ``None`` when every name has something saved or is recent.
    """
    from commonground.workshop.room_claims import participant_home

    stale = [
        slug
        for slug, record in claims.items()
        if now - record["at"] >= STALE_SECONDS and _empty(participant_home(room_home, slug))
    ]
    if not stale:
        return None
    slug = min(stale, key=lambda s: (claims[s]["seen"], claims[s]["at"]))
    folder = participant_home(room_home, slug)
    if folder.is_dir():
        for empty in [*sorted(folder.rglob("*"), reverse=True), folder]:
            with contextlib.suppress(OSError):
                empty.rmdir()
    del claims[slug]
    return slug


def after_claim(room_home: str | Path, names: int, address_names: int, hub: bool = False) -> None:
    """Tell the facilitator when the room (or ``hub``) fills up, or one address adds many."""
    most = max_names()
    free = "delete unused users on the hub's admin page" if hub else f"`{FREE_COMMAND}`"
    if names >= NEARLY_FULL * most:
        tell(
            room_home,
            "filling",
            f"{names} names of the {'hub' if hub else 'room'}'s {most} are taken. If a "
            f"script is filling it, {free} frees names with nothing saved (or set "
            f"${MAX_NAMES_ENV} higher and restart).",
        )
    if address_names >= BUSY_ADDRESS:
        tell(
            room_home,
            "busy-address",
            f"one address has added {address_names} names in the last few minutes: a "
            f"shared network (fine), or a script; {free} frees names with nothing saved.",
        )


def crowding_lines(room_home: str | Path, slugs: list[str]) -> list[str]:
    """What ``--who`` says about the room's names: how many have nothing saved, and the cap."""
    from commonground.workshop.room_claims import participant_home

    empty = sum(_empty(participant_home(room_home, slug)) for slug in slugs)
    most = max_names()
    line = f"{empty} of {len(slugs)} names have nothing saved; the room holds {most} names."
    if empty and (len(slugs) >= NEARLY_FULL * most or empty >= BUSY_ADDRESS):
        line += f" A script's names? `{FREE_COMMAND}` frees those with nothing saved."
    return [line]
