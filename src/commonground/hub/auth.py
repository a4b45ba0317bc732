"""Sign-in for a room: a name and the room's access code.

Built on JupyterHub's :class:`~jupyterhub.authenticators.shared.SharedPasswordAuthenticator`
(JupyterHub >= 5.3). What it adds for a room of volunteers:

* the code is read in any case, and dashes or spaces typed in it are ignored;
* names in any script are welcome, normalised by :func:`commonground.serving.names.normalise_name`;
* a name is claimed by the first browser that signs in with it: another browser typing the
  same name (or one that looks the same: :func:`commonground.serving.names.looks_like`,
  the facilitator's name included) is told it is taken, and a browser already signed in cannot take a second name;
* a name released by the facilitator keeps its folder and journal for its owner: nobody
  else may take it, and its owner signs in with the one-time return code the facilitator
  was shown (:mod:`commonground.hub.returns`) in place of the room's code;
* wrong codes from one address are slowed down (:class:`commonground.serving.codes.Throttle`,
  kept in ``<hub>/wrong-codes.json`` so a restart does not reset it), the address being
  the one the hub's proxy saw (:func:`client_address`), never one the browser claims in
  a header;
* new names are bounded as in a room (:mod:`commonground.workshop.room_capacity`): one
  address (a device, or a workshop behind one shared address) may add
  :data:`~commonground.workshop.room_claims.NAMES_PER_DEVICE` names in a few minutes
  (kept in ``<hub>/name-claims.json``), the hub holds at most
  :func:`~commonground.workshop.room_capacity.max_names` names, and the facilitator is
  told in the hub's log when it fills up or one address adds many; a full hub makes way
  for a new name as a full room does (:mod:`commonground.hub.places`): a script's idle
  names, never a name with saved work or a server running;
* a new name is held for the browser signing in with it for :data:`CLAIMING_SECONDS`:
  JupyterHub creates the user only after :meth:`authenticate` has returned, so without
  this a second browser sending the same new name a moment later would also be let in,
  as the same user, with the first one's server and journal. The browser is known by
  a signed cookie the login page gives it (:data:`BROWSER_COOKIE`), not by its address:
  two people behind one shared address (a workshop's Wi-Fi) typing the same new name
  at once are two browsers, and only the first gets the name. Only the browser holding
  it may try again meanwhile (its answer may have been lost); one without the cookie
  never shares a held name. Checking and holding happen under one lock, so sign-ins
  racing in threads or between awaits cannot both pass;
* a new access code signs out everyone who signed in under the old one (a leaked code
  stays useless): :mod:`commonground.hub.signed_in`, through JupyterHub's
  :meth:`refresh_user`; each browser then takes its own name back with the new code;
* the person is told what went wrong (blank name, taken name, wrong code, wait).
"""

from __future__ import annotations

import threading
import time
import uuid
from pathlib import Path

from jupyterhub.authenticators.shared import SharedPasswordAuthenticator
from jupyterhub.handlers.login import LoginHandler
from traitlets import Unicode

from commonground.errors import CommonGroundError
from commonground.hub import signed_in
from commonground.serving.codes import Throttle, client_key, codes_match
from commonground.serving.names import looks_like, normalise_name

WRONG_CODES_FILE = "wrong-codes.json"

_REFUSAL = "_commonground_refusal"
#: Seconds a new name is held for the browser that signed in with it, while JupyterHub
#: creates its user (every other browser is refused the name meanwhile).
CLAIMING_SECONDS = 60
#: The signed cookie that tells one browser from another on the login page.
BROWSER_COOKIE = "commonground-browser"
#: Why a new name was refused when the hub is full (a name may make way first).
FULL_MESSAGE = "This room already has as many names as it can hold; ask the facilitator."
_FULL = "full"


def browser_id(handler) -> str:
    """The id the login page gave this browser (its signed cookie), or ``""``."""
    get = getattr(handler, "get_secure_cookie", None)
    try:
        value = get(BROWSER_COOKIE) if get is not None else None
    except (TypeError, ValueError):
        return ""
    return value.decode("ascii", "replace") if value else ""


def give_browser_id(handler) -> str:
    """This browser's id (:func:`browser_id`), given to it in a signed cookie if it has none."""
    found = browser_id(handler)
    if not found:
        found = uuid.uuid4().hex
        handler.set_secure_cookie(
            BROWSER_COOKIE, found, expires_days=30, httponly=True, samesite="Lax"
        )
    return found


def client_address(request) -> str:
    """The address a sign-in came from, as the hub's proxy saw it.

    JupyterHub reads forwarding headers (tornado's ``xheaders``), so its ``remote_ip`` is
    whatever an ``X-Real-Ip`` header sent by the browser says: a guesser could name a new
    address on every try and never be slowed down. configurable-http-proxy appends the
    address it saw to ``X-Forwarded-For``; the last entry is that one. An IPv6 address
    counts as its /64 network (:func:`~commonground.serving.codes.client_key`).
    """
    forwarded = request.headers.get("X-Forwarded-For", "")
    last = forwarded.split(",")[-1].strip()
    return client_key(last or request.remote_ip or "?")


class RoomLoginHandler(LoginHandler):
    """JupyterHub's login page, showing why a sign-in was refused."""

    async def prepare(self):
        result = super().prepare()
        if result is not None:
            await result
        give_browser_id(self)  # tells this browser from others behind its address

    def _render(self, login_error=None, username=None, **kwargs):
        reason = getattr(self, _REFUSAL, None)
        return super()._render(login_error=reason or login_error, username=username, **kwargs)


class RoomCodeAuthenticator(SharedPasswordAuthenticator):
    """Shared access code plus one name per person (see the module docstring)."""

    hub_dir = Unicode(
        "", config=True, help="The hub's folder: people's folders, return codes, wrong tries."
    )

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        path = Path(self.hub_dir) / WRONG_CODES_FILE if self.hub_dir else None
        self.throttle = Throttle(path=path)
        # new name -> (address, browser, when), checked and set under the lock
        self._claiming: dict[str, tuple[str, str, float]] = {}
        self._claim_lock = threading.Lock()

    def _held_elsewhere(self, name: str, holder: tuple[str, str]) -> bool:
        """Whether another browser signed in with the new ``name`` just now (see
        :data:`CLAIMING_SECONDS`); its user may not exist yet. ``holder`` is
        ``(address, browser id)``; a browser without an id is never the holder."""
        now = time.monotonic()
        for other, (*_, when) in list(self._claiming.items()):
            if now - when >= CLAIMING_SECONDS:
                del self._claiming[other]
        held = self._claiming.get(name)
        return held is not None and not (holder[1] and held[:2] == holder)

    def _kept_names(self, handler) -> set[str]:
        """Names in use or kept for their owner: the hub's users and people's folders."""
        from jupyterhub import orm

        from commonground.hub.config import PEOPLE_DIR

        found = {user.name for user in handler.db.query(orm.User)}
        people = Path(self.hub_dir) / PEOPLE_DIR if self.hub_dir else None
        if people is not None and people.is_dir():
            found.update(p.name for p in people.iterdir() if p.is_dir())
        return found - set(self.admin_users)

    def get_handlers(self, app):
        return [("/login", RoomLoginHandler)]

    def normalize_username(self, username):
        try:
            name = normalise_name(username)
        except CommonGroundError:
            return ""  # refused by validate_username
        return self.username_map.get(name, name)

    def _refuse(self, handler, message: str):
        setattr(handler, _REFUSAL, message)
        return None

    async def authenticate(self, handler, data):
        """Check the code and the name; return the canonical name or ``None``."""
        client = client_address(handler.request)
        wait = self.throttle.wait_left(client)
        if wait:
            return self._refuse(
                handler, f"Too many wrong codes from this device: try again in {int(wait) + 1} s."
            )
        try:
            name = normalise_name(data.get("username", ""))
        except CommonGroundError as exc:
            return self._refuse(handler, str(exc))
        password = data.get("password", "")
        if name in self.admin_users:
            return await super().authenticate(handler, {"username": name, "password": password})
        current = handler.current_user
        if current is not None and current.name != name:
            return self._refuse(
                handler,
                f"This browser is already signed in as {current.name!r}. Sign out first, "
                "or ask the facilitator to release that name.",
            )
        returning = False
        if not (self.user_password and codes_match(password, self.user_password)):
            from commonground.hub.returns import ReturnCodes

            returning = bool(self.hub_dir) and ReturnCodes(self.hub_dir).use(name, password)
            if not returning:
                wait = self.throttle.failed(client)
                message = "That access code is not right; check it with the facilitator."
                if wait:
                    message += f" Wait {int(wait) + 1} s before the next try."
                return self._refuse(handler, message)
        self.throttle.succeeded(client)
        browser = browser_id(handler)
        exists = current is None and handler.find_user(name) is not None
        # signed out by a new code: its own browser takes it back with the new code
        coming_back = exists and not returning and self._may_come_back(name, browser)
        if exists and not coming_back:
            return self._refuse(
                handler,
                f"The name {name!r} is already taken in this room: add an initial, or ask "
                "the facilitator to release it if it is yours.",
            )
        if current is None and not returning and not coming_back:
            holder = (client, browser)
            for first_try in (True, False):
                with self._claim_lock:  # checked and held in one step: no two at once
                    refusal = self._new_name_check(handler, name, holder)
                    if not refusal:
                        self._claiming[name] = (*holder, time.monotonic())
                        break
                if refusal != _FULL:
                    return self._refuse(handler, refusal)
                from commonground.hub.places import make_way

                if not (
                    first_try
                    and await make_way(handler, self, self._kept_names(handler), self.hub_dir)
                ):
                    return self._refuse(handler, FULL_MESSAGE)
        if self.hub_dir and self.user_password:
            signed_in.note(self.hub_dir, name, self.user_password, browser)
        return {"name": name, "admin": False, "groups": []}

    def _may_come_back(self, name: str, browser: str) -> bool:
        return bool(self.hub_dir and self.user_password) and signed_in.may_come_back(
            self.hub_dir, name, self.user_password, browser
        )

    async def refresh_user(self, user, handler=None):
        """Keep a person signed in only under the code they signed in with (see
        :mod:`commonground.hub.signed_in`): after a new code, JupyterHub asks them to
        sign in again."""
        if user.name in self.admin_users or not (self.hub_dir and self.user_password):
            return True
        return not signed_in.under_another_code(self.hub_dir, user.name, self.user_password)

    def _new_name_check(self, handler, name: str, holder: tuple[str, str]) -> str:
        """Why the new ``name`` may not be taken by ``holder`` now ("" when it may)."""
        kept = self._kept_names(handler)
        if name in kept:
            return (
                f"The name {name!r} was used here before and its journal is kept for "
                "its owner. If it is yours, ask the facilitator for a return code and "
                "type it in place of the room's code; otherwise add an initial."
            )
        if self._held_elsewhere(name, holder):
            return (
                f"The name {name!r} is being taken by another browser just now: add "
                "an initial, or ask the facilitator."
            )
        pending = {
            other
            for other, (*by, _) in self._claiming.items()
            if not (holder[1] and tuple(by) == holder)
        }
        # the facilitator's name too: nobody signs in as "faci1itator"
        if looks_like(name, kept | (pending - {name}) | set(self.admin_users)):
            return (
                f"The name {name!r} looks the same as a name already taken in this "
                "room: add an initial, or type it in another way."
            )
        return self._new_name_refusal(holder[0], kept, name)

    def _new_name_refusal(self, client: str, kept: set[str], name: str) -> str:
        """Why a new name may not be added now ("" when it may), counting it when it may."""
        from commonground.workshop import room_capacity as capacity
        from commonground.workshop.room_claims import NAME_CLAIMS_FILE, NameClaimLimit

        if not self.hub_dir:
            return ""
        hub = Path(self.hub_dir)
        limit = NameClaimLimit(path=hub / NAME_CLAIMS_FILE)
        if not limit.allowed(client):
            return (
                "This device (or its network) has started many names in the last few "
                "minutes; wait a few minutes, or ask the facilitator."
            )
        if len(kept) >= capacity.max_names():
            return _FULL  # a name may make way (hub.places), then this is asked again
        capacity.after_claim(hub, len(kept) + 1, limit.claimed(client), hub=True)
        from commonground.hub.places import note_site

        note_site(hub, name, client)
        return ""
