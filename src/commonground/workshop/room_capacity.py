"""How many names a workshop room holds, what makes way when it is full, and telling the
facilitator.

A script on many addresses (each held to
:data:`~commonground.workshop.room_claims.NAMES_PER_DEVICE` new names in a few minutes,
which a whole workshop behind one shared address still fits in) could fill a room with
names. So:

* a room holds at most :func:`max_names` names (``$COMMONGROUND_ROOM_MAX_NAMES``, else
  :data:`~commonground.workshop.room_claims.MAX_NAMES`);
* when it is full, a name with nothing saved under it and unused for
  :data:`STALE_SECONDS` makes way for the new one (:func:`make_way`): unused means
  neither claimed, nor its browser back with its cookie, nor a lesson of it open in that
  time (:func:`~commonground.workshop.room_claims.idle_seconds`; the room's kernel
  manager notes open lessons every minute). Names whose cookie never came back go
  first, then the longest unused. Nothing is lost (nothing was saved), and whoever held
  it types it again; a script's names never block the room for long, and a flood of new
  names cannot push out someone who is reading a lesson;
* a script can keep its names "in use" without a lesson: its browsers come back with
  their cookies now and then. So when no name is stale, a name **holding a place**
  makes way (:func:`place_holders`): nothing saved, claimed :data:`PLACE_SECONDS` ago
  or more, no lesson of it open for :data:`STALE_SECONDS`, from an address that holds
  more than :data:`PLACES_PER_ADDRESS` such names; the address holding the most goes
  first, its least recently used name first. An IPv6 address counts as its /48 here
  (:func:`site`): a home or office is given a /56 or a /48, so a script there could
  otherwise spread its names over 256 or 65,536 "addresses". A person who typed their
  name has a lesson open within seconds (the same request starts it), a lesson open
  keeps its name however long its page talks only over the websocket, and one or two
  people reading the lessons list from one address are never pushed out this way:
  only a device holding name after name for nothing is;
* a script on many addresses (a campus network, many IPv4 addresses, each holding one to
  three names) gets past that rule, so the room's names holding a place are bounded too,
  whatever their addresses: when they are more than :data:`HOLDING_SHARE` of the room
  (and more than one address may hold), the longest unused of them makes way, the most
  crowded site first (our advice: a room of real people seldom has a quarter of its
  names sitting half an hour without a lesson and with nothing saved; one pushed out
  loses nothing, types their name again, and has it back: a name that made way is kept
  for :data:`KEEP_NAME_SECONDS` for the browser that held it, see :func:`kept_names`);
* the facilitator is told on the server's terminal (:func:`tell`, once a minute at most
  for each thing): the room nearly full or full, names making way (with how many so
  far), one address adding many names; and ``commonground app --room --who`` says how
  many names have nothing saved, how many made way and when, and how to free them
  (:func:`crowding_lines`).
"""

from __future__ import annotations

import contextlib
import sys
import time
from pathlib import Path

from commonground.serving.codes import client_key

MAX_NAMES_ENV = "COMMONGROUND_ROOM_MAX_NAMES"
#: Seconds a name with nothing saved must be unused before it may make way in a full room.
STALE_SECONDS = 1800
#: Seconds after its claim before a name with no lesson open may count as holding a place.
PLACE_SECONDS = 300
#: Names with nothing saved and no lesson open one address may hold in a full room.
PLACES_PER_ADDRESS = 3
#: Share of a full room that names holding a place may hold, from any addresses.
HOLDING_SHARE = 0.25
#: How many names made way, and when the last did (``{"count": n, "last": time}``).
MADE_WAY_FILE = "made-way.json"
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


#: The IPv6 prefix a site (a home, an office, a venue) is given: one "address" here.
SITE_PREFIX = 48


def site(address: str) -> str:
    """Whom :func:`place_holders` counts a claim against: the IPv4 address (an IPv4
    inside IPv6 too), the IPv6 /48 network, or the text itself when it is no address."""
    return client_key(address, SITE_PREFIX)


def _nothing_saved(room_home: str | Path, folder=None):
    """``slug -> bool``: nothing saved in ``folder(slug)`` (default: the room's folder)."""
    if folder is None:
        from commonground.workshop.room_claims import participant_home

        return lambda slug: _empty(participant_home(room_home, slug))
    return lambda slug: _empty(folder(slug))


def place_holders(
    claims: dict[str, dict], room_home: str | Path, now: float, folder=None
) -> list[str]:
    """The names holding a place that may make way (see above), the first to go first:
    those of the busiest address when it holds more than :data:`PLACES_PER_ADDRESS`,
    else all of them when they hold more than :data:`HOLDING_SHARE` of the room and
    more than :data:`PLACES_PER_ADDRESS` (the most crowded site first, then the least
    recently used); ``[]`` otherwise.
    ``folder(slug)`` is where a name's work is saved (default: the room's folder)."""
    return _holders(claims, room_home, now, folder)[0]


def _holders(claims, room_home, now, folder) -> tuple[list[str], str]:
    """:func:`place_holders`, and by which rule (``"holding"``: one address; ``"spread"``)."""
    empty = _nothing_saved(room_home, folder)
    by_address: dict[str, list[str]] = {}
    for slug, record in claims.items():
        if (
            now - record["at"] >= PLACE_SECONDS
            and not 0 <= now - record.get("lesson", 0.0) < STALE_SECONDS
            and empty(slug)
        ):
            by_address.setdefault(record.get("net") or "", []).append(slug)

    def unused_first(slugs):
        return sorted(
            slugs, key=lambda s: (claims[s]["seen"], max(claims[s]["at"], claims[s]["last"]))
        )

    busiest = max((v for k, v in by_address.items() if k), key=len, default=[])
    if len(busiest) > PLACES_PER_ADDRESS:
        return unused_first(busiest), "holding"
    holding = [slug for slugs in by_address.values() for slug in slugs]
    if len(holding) <= max(PLACES_PER_ADDRESS, HOLDING_SHARE * max(max_names(), len(claims))):
        return [], ""
    crowd = {slug: len(v) if k else 1 for k, v in by_address.items() for slug in v}
    return sorted(unused_first(holding), key=lambda s: -crowd[s]), "spread"


def make_way(
    claims: dict[str, dict], room_home: str | Path, now: float, folder=None
) -> tuple[str | None, str]:
    """Drop from ``claims`` one name with nothing saved that is stale, or else one holding a
    place (see above); return it and why (``"stale"``, ``"holding"``, ``"spread"``).

    Its empty folder goes too. ``(None, "")`` when every name has something saved, is
    recent, or is one of few held from its address and the room's names holding a place
    are few. ``folder(slug)`` is where a name's work is saved (default: the room's).
    """
    from commonground.workshop.room_claims import idle_seconds, participant_home

    empty = _nothing_saved(room_home, folder)
    stale = [
        slug
        for slug, record in claims.items()
        if idle_seconds(record, now) >= STALE_SECONDS and empty(slug)
    ]
    if stale:
        why = "stale"
        slug = min(stale, key=lambda s: (claims[s]["seen"], -idle_seconds(claims[s], now)))
    else:
        holders, why = _holders(claims, room_home, now, folder)
        if not holders:
            return None, ""
        slug = holders[0]
    target = folder(slug) if folder is not None else participant_home(room_home, slug)
    if target.is_dir():
        for empty_dir in [*sorted(target.rglob("*"), reverse=True), target]:
            with contextlib.suppress(OSError):
                empty_dir.rmdir()
    del claims[slug]
    return slug, why


def made_way_line(names: int, made: int, why: str, hub: bool = False) -> str:
    """What the facilitator is told when a name made way (``why`` from :func:`make_way`),
    in a room or a ``hub``."""
    if why == "holding":
        reason = (
            f"a name with nothing saved and no lesson open, from an address holding more "
            f"than {PLACES_PER_ADDRESS} such names, made way for a new one"
        )
    elif why == "spread":
        reason = (
            "names with nothing saved and no lesson open hold more than "
            f"{HOLDING_SHARE:.0%} of it, from many addresses: the longest unused made way "
            "for a new one"
        )
    else:
        reason = (
            f"names with nothing saved and unused for {STALE_SECONDS // 60} minutes make "
            "way for new ones"
        )
    free = "Deleting unused users on the admin page" if hub else f"`{FREE_COMMAND}`"
    return (
        f"the {'hub' if hub else 'room'} is full ({names} names): {reason} ({made} so far; "
        f"a script filling it?). {free} frees every name with nothing saved."
    )


def note_made_way(room_home: str | Path, now: float, slug: str = "", browser: str = "") -> int:
    """Count one more name made way in :data:`MADE_WAY_FILE`; return the count so far.

    ``slug`` (the name that made way) is kept for :data:`KEEP_NAME_SECONDS` for the
    browser that held it (``browser``: the hash its claim noted, "" when none): see
    :func:`kept_name`.
    """
    from commonground import storage

    path = Path(room_home) / MADE_WAY_FILE
    with storage.locked(path):
        record = storage.read_json(path, default={})
        record = record if isinstance(record, dict) else {}
        count = record.get("count", 0)
        count = (count if isinstance(count, int) else 0) + 1
        kept = _kept(record, now)
        if slug:
            kept.pop(slug, None)
            kept[slug] = {"browser": browser, "at": now}
            for old in list(kept)[: max(0, len(kept) - MAX_KEPT_NAMES)]:
                del kept[old]
        storage.atomic_write_json(path, {"count": count, "last": now, "kept": kept})
    return count


#: Seconds a name that made way stays kept for the browser that held it (a workshop day):
#: nobody else may take it meanwhile, so a script that pushed it out cannot then appear
#: under it in the facilitator's lists.
KEEP_NAME_SECONDS = 8 * 3600
#: Names kept so at most (the oldest are let go first).
MAX_KEPT_NAMES = 5000


def _kept(record: dict, now: float) -> dict[str, dict]:
    kept = record.get("kept")
    if not isinstance(kept, dict):
        return {}
    found = {}
    for slug, value in kept.items():
        at = value.get("at") if isinstance(value, dict) else None
        if isinstance(at, (int, float)) and 0 <= now - at < KEEP_NAME_SECONDS:
            found[str(slug)] = {"browser": str(value.get("browser") or ""), "at": at}
    return found


def kept_names(room_home: str | Path, now: float) -> dict[str, str]:
    """Names that made way lately, each with the hash of the browser they are kept for."""
    from commonground import storage

    record = storage.read_json(Path(room_home) / MADE_WAY_FILE, default={})
    if not isinstance(record, dict):
        return {}
    return {slug: value["browser"] for slug, value in _kept(record, now).items()}


def made_way(room_home: str | Path) -> tuple[int, float | None]:
    """How many names made way so far in this room, and when the last did (or ``None``)."""
    from commonground import storage

    record = storage.read_json(Path(room_home) / MADE_WAY_FILE, default={})
    if not isinstance(record, dict) or not isinstance(record.get("count"), int):
        return 0, None
    last = record.get("last")
    return record["count"], float(last) if isinstance(last, (int, float)) else None


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
    lines = [line]
    count, last = made_way(room_home)
    if count:
        when = time.strftime("%H:%M", time.localtime(last)) if last else "?"
        lines.append(
            f"{count} name(s) with nothing saved made way for new ones in the full room "
            f"(unused for {STALE_SECONDS // 60} minutes, or holding a place with no lesson "
            f"open; the last at {when})."
        )
    return lines
