"""A full hub makes way, as a full room does: a script's idle names cannot keep people out.

A hub holds at most :func:`~commonground.workshop.room_capacity.max_names` names (its
users, and the folders kept for people whose user was deleted). A script signing in
name after name (from many addresses, each within the per-address limit) could fill it,
and then every real participant was refused. So, when a new name arrives at a full hub,
one name makes way by the room's own rules (:func:`~commonground.workshop.room_capacity.make_way`):
a name with nothing saved (nothing in ``people/<name>/commonground``) and no server
running, unused for half an hour, or else one holding a place from an address holding
more than three such names, or from a hub where such names hold more than a quarter of
the places. "In use" here is JupyterHub's own record: the user's last activity (its
cookie back at the hub) and its server's (a lesson open). The site a name was first
signed in from is noted in ``<hub>/name-sites.json`` (hashed) when the name is given.

The user is deleted as the facilitator page's "Release name" would (its server stopped
first, here never running), and its home folder goes with it: nothing in it was saved.
A name with saved work, a server running or starting, or the facilitator's, never makes
way. The facilitator is told in the hub's log (:func:`~commonground.workshop.room_capacity.tell`).
"""

from __future__ import annotations

import hashlib
import shutil
import time
from datetime import datetime, timezone
from pathlib import Path

from commonground import storage
from commonground.workshop import room_capacity as capacity

SITES_FILE = "name-sites.json"
#: Names whose site is remembered at most (a full hub's worth, and more).
MAX_SITES = 10_000


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def note_site(hub_dir: str | Path, name: str, address: str, now: float | None = None) -> None:
    """Note (hashed) the site ``address`` belongs to as where ``name`` was signed in from."""
    path = Path(hub_dir) / SITES_FILE
    with storage.locked(path):
        sites = storage.read_json(path, default={})
        sites = sites if isinstance(sites, dict) else {}
        sites.pop(name, None)
        sites[name] = {"net": _digest(capacity.site(address)), "at": now or time.time()}
        for old in list(sites)[: max(0, len(sites) - MAX_SITES)]:
            del sites[old]
        storage.atomic_write_json(path, sites)


def _seconds(when) -> float:
    """A JupyterHub time (naive UTC, or aware) as seconds since the epoch; 0 for none."""
    if not isinstance(when, datetime):
        return 0.0
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.timestamp()


def data_folder(hub_dir: str | Path, name: str) -> Path:
    """Where ``name``'s journal and progress are saved on the hub."""
    from commonground.hub.config import PEOPLE_DIR
    from commonground.hub.spawner import DATA_FOLDER

    return Path(hub_dir) / PEOPLE_DIR / name / DATA_FOLDER


def hub_claims(users, kept: set[str], hub_dir: str | Path, now: float) -> dict[str, dict]:
    """The hub's names as the room's claims (see :mod:`~commonground.workshop.room_claims`).

    ``users`` are JupyterHub's ``orm.User`` rows; ``kept`` every name in use or kept (a
    folder without a user counts as claimed long ago and never used). A user whose
    server is running or starting has a lesson open now.
    """
    path = Path(hub_dir) / SITES_FILE
    sites = storage.read_json(path, default={})
    sites = sites if isinstance(sites, dict) else {}
    claims: dict[str, dict] = {}
    for user in users:
        if user.name not in kept:
            continue
        spawners = list(getattr(user, "_orm_spawners", []) or [])
        running = any(getattr(s, "server_id", None) is not None for s in spawners)
        lesson = max([_seconds(getattr(s, "last_activity", None)) for s in spawners] or [0.0])
        site = sites.get(user.name) if isinstance(sites.get(user.name), dict) else {}
        at = _seconds(getattr(user, "created", None)) or now  # unknown: just made
        last = getattr(user, "last_activity", None)
        claims[user.name] = {
            "at": at,
            "last": _seconds(last) or at,
            "lesson": now if running else lesson,
            "seen": last is not None,
            "net": str(site.get("net") or ""),
        }
    for name in kept - set(claims):  # a folder kept for an owner whose user was deleted
        claims[name] = {"at": 0.0, "last": 0.0, "lesson": 0.0, "seen": False, "net": ""}
    return claims


async def make_way(handler, authenticator, kept: set[str], hub_dir: str | Path) -> str | None:
    """Free one place in the full hub (see the module docstring); return the name freed,
    or ``None`` (the facilitator is told the hub is full)."""
    from jupyterhub import orm
    from jupyterhub.utils import maybe_future

    now = time.time()
    users = list(handler.db.query(orm.User))
    claims = hub_claims(users, kept, hub_dir, now)
    freed, why = capacity.make_way(claims, hub_dir, now, lambda name: data_folder(hub_dir, name))
    if freed is not None:
        user = handler.find_user(freed)
        if user is not None:
            if user.running or user.spawner.pending:  # started meanwhile: keep it
                return None
            await maybe_future(authenticator.delete_user(user))
            await user.delete_spawners()
            handler.users.delete(user)
        home = data_folder(hub_dir, freed).parent
        if home.is_dir() and capacity._empty(data_folder(hub_dir, freed)):
            shutil.rmtree(home, ignore_errors=True)
        made = capacity.note_made_way(hub_dir, now)
        line = capacity.made_way_line(len(kept), made, why, hub=True)
        capacity.tell(hub_dir, f"made-way-{why}", line)
        return freed
    capacity.tell(
        hub_dir,
        "full",
        f"the hub is full ({len(kept)} names, all recent, in a lesson or with something "
        "saved): new names are refused. Delete unused users on the admin page, or set "
        f"${capacity.MAX_NAMES_ENV} higher and restart.",
    )
    return None
