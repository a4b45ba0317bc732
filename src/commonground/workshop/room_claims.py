"""Who holds which name in a workshop room, how its owner gets it back, and how many new
names one device may start.

A name, once typed, belongs to whoever typed it for as long as the room exists
(:class:`Claims`, kept in ``<room>/participants.json``, hashes only); its journal lives
in :func:`participant_home`. Signing out, or the facilitator, gives its owner a one-time
return code (:func:`return_code_text` shows it).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import ipaddress
import secrets
import time
from pathlib import Path

from commonground import storage
from commonground.errors import CommonGroundError
from commonground.serving import codes
from commonground.serving.address_records import AddressRecords
from commonground.workshop.room_capacity import site as capacity_site

CLAIMS_FILE = "participants.json"
#: Names one room holds at most (a room serves at most 150 lessons at once), unless
#: ``$COMMONGROUND_ROOM_MAX_NAMES`` says otherwise: a script on many addresses cannot fill
#: the disk with folders or slow every request (see :mod:`.room_capacity`).
MAX_NAMES = 500
#: Characters of the one-time code that gives a name's journal back to its owner.
RETURN_CODE_LENGTH = 8


#: New names one address may claim within :data:`NAMES_WINDOW_SECONDS`. A workshop of 60
#: behind one shared (NAT) address, each with a typo or a second try, fits; a script on
#: one address is held there, and the facilitator is told (:mod:`.room_capacity`).
NAMES_PER_DEVICE = 80
NAMES_WINDOW_SECONDS = 600


class NameClaimLimit(AddressRecords):
    """How many names each address has claimed lately (thread-safe).

    With ``path`` the record is kept in that JSON file (under a lock, wall-clock times),
    so a restart of the room does not reset it, as wrong codes are kept; without, it is
    in memory only.
    """

    #: Addresses remembered at most; past it the oldest are forgotten.
    MAX_ADDRESSES = 10_000

    def __init__(
        self,
        limit: int = NAMES_PER_DEVICE,
        window: float = NAMES_WINDOW_SECONDS,
        path: str | Path | None = None,
    ):
        super().__init__(path)
        self.limit, self.window = limit, window

    def _parse_record(self, value) -> list[float]:
        return [float(t) for t in value][-self.limit :]

    def _recent(self, records: dict, address: str, now: float) -> list[float]:
        return [t for t in records.get(address, []) if 0 <= now - t < self.window]

    def allowed(self, address: str, now: float | None = None) -> bool:
        """Whether ``address`` may claim another name now (loopback always may)."""
        if _is_loopback(address):
            return True
        now = self._clock(now)
        with self._records() as records:
            return len(self._recent(records, address, now)) < self.limit

    def claimed(self, address: str, now: float | None = None) -> int:
        """Note that ``address`` has just claimed a name; return its names in the window."""
        now = self._clock(now)
        with self._records(write=True) as records:
            records[address] = [*self._recent(records, address, now), now]
            for stale in [a for a in records if not self._recent(records, a, now)]:
                del records[stale]
            if len(records) > self.MAX_ADDRESSES:  # forget the oldest addresses
                for key in list(records)[: len(records) - self.MAX_ADDRESSES]:
                    del records[key]
            return len(records.get(address, []))


def _is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


NAME_CLAIMS_FILE = "name-claims.json"


def name_claims(room_home: str | Path) -> NameClaimLimit:
    """The limit on new names per device in this room (kept in a file: restarts keep it)."""
    return NameClaimLimit(path=Path(room_home) / NAME_CLAIMS_FILE)


#: Names Windows keeps for devices: a folder cannot be called so (nor ``con.txt``).
WINDOWS_DEVICE_NAMES = frozenset(
    ["con", "prn", "aux", "nul"]
    + [f"{port}{n}" for port in ("com", "lpt") for n in (*"123456789", "¹", "²", "³")]
)


def folder_name(slug: str) -> str:
    """The folder name for ``slug``: itself, or with ``-`` added for a Windows device name.

    A room on a Windows laptop could not make ``participants/con`` (a participant typing
    "CON" would lose every save); a slug never ends in ``-``, so ``con-`` is nobody else's.
    """
    return f"{slug}-" if slug.casefold() in WINDOWS_DEVICE_NAMES else slug


def participant_home(room_home: str | Path, slug: str) -> Path:
    """The folder that holds one participant's journal and progress."""
    return Path(room_home) / "participants" / folder_name(slug)


#: Seconds after a claim in which the same device may claim the name again, as long as
#: nothing was written under it: the answer that carried the cookie may have been lost.
LOST_CLAIM_SECONDS = 600


def _nothing_written(folder: Path) -> bool:
    return not folder.is_dir() or not any(p.is_file() for p in folder.rglob("*"))


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class WrongReturnCodeError(CommonGroundError):
    """A return code was typed for a name, and it is not that name's."""


def _time(value: object) -> float:
    try:
        return float(value or 0.0)
    except (TypeError, ValueError):
        return 0.0


def _record(value: object) -> dict:
    """One claim as stored: ``{"device": hash, "return": hash, "from": hash, "net": hash,
    "browser": hash, "at": time, "seen": bool, "last": time, "lesson": time}`` (older
    files: the device hash alone). ``from`` hashes the address that claimed it, ``net``
    its site (:func:`~.room_capacity.site`: the IPv4 address, the IPv6 /48), ``browser`` the
    claiming browser's own cookie (tornado's ``_xsrf``; "" when it sent none); ``seen``
    says its cookie has come back once (so the claim arrived); ``last`` is when it was
    last in use (its cookie came back, or a lesson of it was open) and ``lesson`` when a
    lesson of it was last open, each noted at most every :data:`NOTE_USE_SECONDS`."""
    if isinstance(value, str):
        value = {"device": value}
    if not isinstance(value, dict):
        value = {}
    return {
        **{key: str(value.get(key) or "") for key in ("device", "return", "from", "net")},
        "browser": str(value.get("browser") or ""),
        "at": _time(value.get("at")),
        "seen": value.get("seen") is True,
        "last": _time(value.get("last")),
        "lesson": _time(value.get("lesson")),
    }


#: Seconds between two notes that a name is in use (its cookie back, a lesson open).
NOTE_USE_SECONDS = 60


def idle_seconds(record: dict, now: float) -> float:
    """Seconds since the claim ``record`` was made or last in use, whichever is later."""
    return now - max(record.get("at", 0.0), record.get("last", 0.0))


def return_code_text(code: str) -> str:
    """A return code as shown to a person: ``"K7PM-3QXA"`` (typed in any case, dash optional)."""
    return f"{code[:4]}-{code[4:]}"


class Claims:
    """Which names are taken in this room, and who may use each.

    A name, once typed, belongs to whoever typed it for as long as the room exists: its
    journal is never handed to the next person who types the same name. Its owner is
    recognised by the secret in their browser's signed cookie (the room keeps its hash),
    and, on a new device or after signing out, by a one-time **return code**
    (:data:`RETURN_CODE_LENGTH` characters; the room keeps its hash) that signing out
    shows them and that the facilitator can issue (``commonground app --room --release
    NAME``). Names are compared by :func:`~commonground.serving.names.looks_like`, so a
    name in look-alike letters of another alphabet is taken too.
    """

    def __init__(self, room_home: str | Path):
        self.path = Path(room_home) / CLAIMS_FILE

    def _read(self) -> dict[str, dict]:
        data = storage.read_json(self.path, default={})
        if not isinstance(data, dict):
            return {}
        return {str(slug): _record(value) for slug, value in data.items()}

    def _lost_answer(self, record: dict, slug: str, address: str, browser: str, now: float) -> bool:
        """Whether this browser (``address``, and ``browser`` when the claim noted one)
        claimed ``slug`` moments ago and never used it: the answer carrying the cookie was
        lost (a restart, a dropped connection), so it may again."""
        same_browser = not record["browser"] or (
            bool(browser) and hmac.compare_digest(record["browser"], _digest(browser))
        )
        return (
            not record["seen"]
            and bool(address and record["device"] and record["from"])
            and hmac.compare_digest(record["from"], _digest(address))
            and same_browser
            and 0 <= now - record["at"] < LOST_CLAIM_SECONDS
            and _nothing_written(participant_home(self.path.parent, slug))
        )

    def claim(
        self, name: str, return_code: str = "", address: str = "", browser: str = ""
    ) -> tuple[str, str]:
        """Claim ``name`` for this browser: a new name, or an owner's with their return code.

        ``address`` (the browser's exact address) lets the device that claimed a name
        claim it again within :data:`LOST_CLAIM_SECONDS` while nothing is written under
        it and its cookie has never come back: the answer with the cookie may never have
        arrived. Nothing is handed over (the folder is empty), and the first cookie, if it
        ever arrives, opens nothing. ``browser`` (a cookie the browser already held, see
        :func:`~commonground.workshop.room.browser_of`) narrows that to the same browser:
        two people behind one shared address typing one new name at once are two
        browsers, and the second is told the name is taken.

        Returns
        -------
        (slug, secret)
            The file-safe name and the secret to keep in the browser's signed cookie.

        Raises
        ------
        WrongReturnCodeError
            A return code was typed and it is not this name's (count it as a wrong try).
        CommonGroundError
            When the name has no letters or digits, or is already taken (or looks like
            one that is).
        """
        from commonground.journal import learner_slug
        from commonground.serving.names import echo, looks_like

        slug = learner_slug(name)
        typed_code = codes.canonical_code(return_code)
        now = time.time()
        with storage.locked(self.path):
            claims = self._read()
            if slug in claims:
                expected = claims[slug]["return"]
                if typed_code:
                    if not (expected and hmac.compare_digest(expected, _digest(typed_code))):
                        raise WrongReturnCodeError(
                            f"that return code is not the one for {echo(name.strip())!r}; check it, "
                            "or ask the facilitator for a new one"
                        )
                elif not self._lost_answer(claims[slug], slug, address, browser, now):
                    raise CommonGroundError(
                        f"the name {echo(name.strip())!r} is already taken in this room; add an "
                        "initial, or, if it is yours, type your return code with it (the "
                        "facilitator can give you one)"
                    )
            else:
                kept = self._kept_folders(claims)
                if slug in kept:  # its claim was lost (a damaged file): never handed over
                    raise CommonGroundError(
                        f"the name {echo(name.strip())!r} was used in this room before and "
                        "its journal is kept for its owner; if it is yours, ask the "
                        "facilitator for a return code, otherwise add an initial"
                    )
                from commonground.workshop.room_capacity import kept_names

                made_way = kept_names(self.path.parent, now)
                if slug in made_way and not (
                    made_way[slug]
                    and browser
                    and hmac.compare_digest(made_way[slug], _digest(browser))
                ):
                    raise CommonGroundError(
                        f"the name {echo(name.strip())!r} was in use in this room a short "
                        "while ago and is kept for the device that used it; if it is yours, "
                        "type it there, otherwise add an initial"
                    )
                made_way.pop(slug, None)  # its own browser takes it back
                if looks_like(slug, {**claims, **dict.fromkeys(kept), **made_way}):
                    raise CommonGroundError(
                        f"the name {echo(name.strip())!r} looks the same as a name already taken "
                        "in this room; add an initial, or type it in another way"
                    )
                self._make_room(claims, now)
            secret = secrets.token_urlsafe(24)
            claims[slug] = {
                "device": _digest(secret),
                "return": "",
                "from": _digest(address) if address else "",
                "net": _digest(capacity_site(address)) if address else "",
                "browser": _digest(browser) if browser else "",
                "at": now,
                "last": 0.0,
            }
            storage.atomic_write_json(self.path, claims)
        return slug, secret

    def _make_room(self, claims: dict[str, dict], now: float) -> None:
        """Make way for one more name in a full room, or refuse (see :mod:`.room_capacity`)."""
        from commonground.workshop import room_capacity as capacity

        room_home = self.path.parent
        if len(claims) < capacity.max_names():
            return
        browsers = {slug: record.get("browser", "") for slug, record in claims.items()}
        freed, why = capacity.make_way(claims, room_home, now)
        if freed is None:
            capacity.tell(
                room_home,
                "full",
                f"the room is full ({len(claims)} names, all recent, in a lesson or with "
                "something saved): "
                f"new names are refused. `{capacity.FREE_COMMAND}` frees the names with "
                f"nothing saved; ${capacity.MAX_NAMES_ENV} sets the most (then restart).",
            )
            raise CommonGroundError(
                f"this room already has {len(claims)} names, its most; ask the "
                f"facilitator (`{capacity.FREE_COMMAND}` frees the names with nothing saved)"
            )
        made = capacity.note_made_way(room_home, now, freed, browsers[freed])
        line = capacity.made_way_line(len(claims) + 1, made, why)
        capacity.tell(room_home, f"made-way-{why}", line)

    def _kept_folders(self, claims: dict) -> set[str]:
        """Names with saved work in their folder but no claim (the claims file was lost or
        damaged): kept for their owners, as claimed names are."""
        people = self.path.parent / "participants"
        if not people.is_dir():
            return set()
        claimed = {folder_name(slug) for slug in claims}
        return {
            folder.name.rstrip("-")
            for folder in people.iterdir()
            if folder.name not in claimed and not _nothing_written(folder)
        }

    def release(self, name: str) -> str | None:
        """End ``name``'s sign-in on its device; return a fresh return code for its owner.

        The name stays taken and its journal stays in its folder: only the return code
        (shown once, kept as a hash) claims it again. ``None`` when nobody has the name
        (and nothing is saved under it: a journal whose claim was lost gets a code too).
        """
        from commonground.journal import learner_slug

        slug = learner_slug(name)
        code = codes.new_code(RETURN_CODE_LENGTH)
        with storage.locked(self.path):
            claims = self._read()
            if slug not in claims and slug not in self._kept_folders(claims):
                return None
            claims[slug] = {"device": "", "return": _digest(code), "from": "", "at": 0.0}
            storage.atomic_write_json(self.path, claims)
        return code

    def forget_unused(self) -> list[str]:
        """Forget every name with nothing saved under it; return their slugs.

        For a room filled by a script typing name after name (from many addresses):
        nothing is lost, since nothing was written, and whoever held such a name types it
        again. Names with anything saved stay taken.
        """
        with storage.locked(self.path):
            claims = self._read()
            unused = []
            for slug in list(claims):
                folder = participant_home(self.path.parent, slug)
                if not _nothing_written(folder):
                    continue
                if folder.is_dir():  # only empty folders go; one written meanwhile stays
                    for empty in [*sorted(folder.rglob("*"), reverse=True), folder]:
                        with contextlib.suppress(OSError):
                            empty.rmdir()
                if _nothing_written(folder):
                    del claims[slug]
                    unused.append(slug)
            if unused:
                storage.atomic_write_json(self.path, claims)
        return sorted(unused)

    def device(self, slug: str) -> str:
        """The hash naming the browser that holds ``slug`` now ("" when none does)."""
        return self._read().get(slug, {}).get("device", "")

    def verify(self, slug: str, secret: str) -> bool:
        """True when ``secret`` is the one issued for ``slug`` (and not since released)."""
        record = self._read().get(slug)
        if not (record and record["device"]):
            return False
        if not hmac.compare_digest(record["device"], _digest(secret)):
            return False
        now = time.time()
        # the claim reached its browser (never claimed again so), and is in use now
        if not record["seen"] or not 0 <= now - record["last"] < NOTE_USE_SECONDS:
            with storage.locked(self.path):
                claims = self._read()
                if claims.get(slug, {}).get("device") == record["device"]:
                    claims[slug]["seen"] = True
                    claims[slug]["last"] = now
                    storage.atomic_write_json(self.path, claims)
        return True

    def note_in_use(self, slugs, now: float | None = None) -> list[str]:
        """Note that ``slugs`` are in use now (a lesson of theirs is open); return those
        noted. Written at most every :data:`NOTE_USE_SECONDS` for each name."""
        now = time.time() if now is None else now
        wanted = set(slugs)
        if not wanted:
            return []
        due = [
            slug
            for slug, record in self._read().items()
            if slug in wanted and not 0 <= now - record["lesson"] < NOTE_USE_SECONDS
        ]
        if not due:
            return []
        with storage.locked(self.path):
            claims = self._read()
            due = [slug for slug in due if slug in claims]
            for slug in due:
                claims[slug]["last"] = claims[slug]["lesson"] = now
            if due:
                storage.atomic_write_json(self.path, claims)
        return due

    def names(self) -> list[str]:
        """Slugs claimed so far (for the facilitator's count, never shown to participants)."""
        return sorted(self._read())
