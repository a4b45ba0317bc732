"""The Voila room's guards: the access code, and each kernel kept to its owner.

``commonground app --room`` serves one Voila to a room. Two pieces plug into it
(named in the room's Voila config, see :func:`commonground.workshop.room.write_voila_config`):

:class:`RoomIdentityProvider`
    Voila's password/token check, with the code read in any case, wrong codes slowed
    down per address (:class:`~commonground.serving.codes.Throttle`, kept in the room's
    ``wrong-codes.json`` so a restart does not reset it), and the participant
    whose browser this is (the room's signed name cookie) noted for the request. Its
    sign-in cookie is good only under the code it was given with: when the facilitator
    changes the code (a leaked one), every browser that came in with the old code types
    the new one; their names stay theirs (the name cookie), and so does their saved work.
:class:`OwnedKernelManager`
    Records which participant each kernel was started for and refuses every other
    request for it: a participant who learns another's kernel id cannot connect to it,
    read it or shut it down. Requests are matched to participants through
    :data:`REQUESTER`, a context variable set by the identity provider (and by the room's
    prelaunch hook when a name is first claimed) inside that request's own task.
    It also bounds what one participant, or the room, can start: each person keeps at
    most :data:`DEFAULT_KERNELS_PER_PERSON` kernels (a new page shuts their oldest one
    down), and :meth:`OwnedKernelManager.room_full` tells the prelaunch hook when the
    room has :data:`DEFAULT_MAX_KERNELS` kernels or the computer is short of memory, so
    a reload loop or a script cannot start kernels until the machine gives way. A
    lesson left untouched for :data:`IDLE_LESSON_SECONDS` makes way then, and no longer
    keeps its name's place in a full room (a script opening a lesson for each of its
    names holds nothing with them).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import hashlib
import hmac
import inspect
import json
import logging
import re
import uuid
from pathlib import Path

from jupyter_server.auth.identity import PasswordIdentityProvider
from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager
from tornado import web
from traitlets import Integer, Unicode, default

from commonground.serving.codes import Throttle, canonical_code, client_key, codes_match
from commonground.serving.voila_config import whole_number_setting

#: (task, participant slug or "") for the request being handled in that task.
REQUESTER: contextvars.ContextVar[tuple[object, str] | None] = contextvars.ContextVar(
    "commonground_room_requester", default=None
)

_THROTTLE = Throttle()
#: The key under which a sign-in cookie carries :meth:`RoomIdentityProvider.code_tag`.
CODE_TAG = "commonground_code"
#: Kernels one participant may hold (pages open at once); ``$COMMONGROUND_ROOM_KERNELS_PER_PERSON``.
DEFAULT_KERNELS_PER_PERSON = 3
#: Kernels the whole room may hold; ``$COMMONGROUND_ROOM_MAX_KERNELS``.
DEFAULT_MAX_KERNELS = 150
#: Megabytes of memory that must stay available for a new kernel; ``$COMMONGROUND_ROOM_MIN_FREE_MB``.
DEFAULT_MIN_FREE_MB = 400
#: Seconds a lesson may go untouched (no message between its page and its kernel) and
#: still count as in use: then it holds no name's place, and makes way in a full room.
#: An hour: a facilitator may talk for a while with every lesson open and untouched.
IDLE_LESSON_SECONDS = 3600
PER_PERSON_ENV = "COMMONGROUND_ROOM_KERNELS_PER_PERSON"
MAX_KERNELS_ENV = "COMMONGROUND_ROOM_MAX_KERNELS"
MIN_FREE_ENV = "COMMONGROUND_ROOM_MIN_FREE_MB"
_KERNEL_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class _NoIds(logging.Filter):
    """Blank kernel ids out of log lines, and drop jupyter_server's error-page noise."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if message.startswith("Uncaught exception in write_error"):
            return False  # Voila has no static_path for jupyter_server's error page
        record.msg, record.args = _KERNEL_ID.sub("<kernel>", message), ()
        record.exc_info = record.exc_text = None
        return True


def quiet_logs() -> None:
    """Keep request lines and kernel ids out of the facilitator's terminal.

    Only errors are logged, and any kernel id in them is blanked: a participant looking
    at the screen (or a projected terminal) learns nothing to aim at.
    """
    for name in ("tornado.access", "tornado.general", "tornado.application", "Voila"):
        logger = logging.getLogger(name)
        logger.setLevel(logging.ERROR)
        logger.addFilter(_NoIds())


def note_requester(slug: str) -> None:
    """Record who is asking, for the request running in the current task."""
    try:
        task = asyncio.current_task()
    except RuntimeError:  # no event loop: nothing to guard
        return
    REQUESTER.set((task, slug or ""))


def current_requester() -> str | None:
    """The participant of the request in this task, or ``None`` outside a request."""
    value = REQUESTER.get()
    if value is None:
        return None
    try:
        task = asyncio.current_task()
    except RuntimeError:
        return None
    return value[1] if value[0] is task else None


class RoomIdentityProvider(PasswordIdentityProvider):
    """Voila's sign-in with the room's code: any case, throttled, participant noted."""

    room_home = Unicode("", config=True, help="The room's folder (for the name claims).")

    def _client(self, handler) -> str:
        return client_key(handler.request.remote_ip or "?")

    def code_tag(self) -> str:
        """What a sign-in cookie carries of the code it was given under: a keyed hash of
        the room's code (the room's cookie secret is the key, so a cookie never lets
        anyone work the code out). A cookie given under another code opens nothing."""
        key = b"commonground-room"
        if self.room_home:
            from commonground.workshop.room import SECRET_FILE

            with contextlib.suppress(OSError):
                key = (Path(self.room_home) / SECRET_FILE).read_bytes() or key
        code = canonical_code(self.token or "").encode("utf-8")
        return hmac.new(key, b"access-code:" + code, hashlib.sha256).hexdigest()[:32]

    def user_to_cookie(self, user) -> str:
        data = json.loads(super().user_to_cookie(user))
        data[CODE_TAG] = self.code_tag()
        return json.dumps(data)

    def user_from_cookie(self, cookie_value: str):
        data = json.loads(cookie_value)
        tag = data.get(CODE_TAG) if isinstance(data, dict) else None
        if not (isinstance(tag, str) and hmac.compare_digest(tag, self.code_tag())):
            return None  # signed in under an earlier code: type the room's code now
        return super().user_from_cookie(cookie_value)

    @property
    def throttle(self) -> Throttle:
        """Wrong codes per address: in ``<room>/wrong-codes.json``, so a restart keeps them."""
        if not self.room_home:
            return _THROTTLE
        if getattr(self, "_throttle", None) is None:
            from commonground.workshop.room import WRONG_CODES_FILE

            self._throttle = Throttle(path=Path(self.room_home) / WRONG_CODES_FILE)
        return self._throttle

    def _check(self, handler, typed: str) -> bool:
        client = self._client(handler)
        throttle = self.throttle
        if throttle.wait_left(client):
            return False
        if self.token and codes_match(typed, self.token):
            throttle.succeeded(client)
            return True
        throttle.failed(client)
        return False

    async def get_user_token(self, handler):
        typed = self.get_token(handler)
        if not typed or not self._check(handler, typed):
            return None
        user = self.get_user_cookie(handler)
        if asyncio.iscoroutine(user):
            user = await user
        return user or self.generate_anonymous_user(handler)

    def process_login_form(self, handler):
        typed = handler.get_argument("password", default="")
        return self.generate_anonymous_user(handler) if self._check(handler, typed) else None

    async def _get_user(self, handler):
        user = await super()._get_user(handler)
        slug = ""
        if user is not None and self.room_home:
            from commonground.workshop.room import participant_from_cookie

            slug = participant_from_cookie(handler, self.room_home) or ""
        note_requester(slug)
        return user


def available_mb() -> float | None:
    """Memory this computer still has for new processes, in MB (``None``: unknown)."""
    try:
        import psutil
    except ImportError:
        return None
    return psutil.virtual_memory().available / 2**20


class OwnedKernelManager(AsyncMappingKernelManager):
    """Kernels that answer only to the participant they were started for, within limits."""

    kernels_per_person = Integer(
        config=True, help="Kernels one participant may hold; a new one shuts the oldest down."
    )
    max_kernels = Integer(config=True, help="Kernels the whole room may hold.")
    min_free_mb = Integer(
        config=True, help="No new kernel when less memory than this (MB) is available."
    )
    room_home = Unicode(
        "", config=True, help="The room's folder: kernels of a released name are stopped."
    )
    #: Seconds between two looks for kernels whose name was released.
    release_check_seconds = 10

    @default("kernels_per_person")
    def _per_person_default(self):
        return whole_number_setting(PER_PERSON_ENV, DEFAULT_KERNELS_PER_PERSON, "kernels")

    @default("max_kernels")
    def _max_kernels_default(self):
        return whole_number_setting(MAX_KERNELS_ENV, DEFAULT_MAX_KERNELS, "kernels")

    @default("min_free_mb")
    def _min_free_default(self):
        return whole_number_setting(MIN_FREE_ENV, DEFAULT_MIN_FREE_MB, "megabytes")

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.owners: dict[str, str] = {}  # in start order: the oldest of a person first
        self.devices: dict[str, str] = {}  # kernel -> the name's device when it started
        self._watch = None
        self.made_way = 0  # lessons untouched for long that made way in a full room

    def held_by(self, slug: str) -> list[str]:
        """The ids of ``slug``'s kernels, oldest first."""
        return [kid for kid, owner in self.owners.items() if owner == slug and kid in self]

    def room_full(self, slug: str) -> bool:
        """Whether a new kernel for ``slug`` must wait: the room at its limits.

        A participant at their own limit is never refused (their oldest kernel makes way).
        At the room's limits, a lesson left untouched for :data:`IDLE_LESSON_SECONDS`
        (:meth:`idle_lessons`) makes way, the longest untouched first, and the
        facilitator is told: a script opening a lesson for each of its names cannot keep
        the room's kernels (or its memory) from the people arriving.
        """
        if len(self.held_by(slug)) >= self.kernels_per_person:
            return False
        free = available_mb()
        full = len(self.list_kernel_ids()) >= self.max_kernels or (
            free is not None and free < self.min_free_mb
        )
        if not full:
            return False
        idle = self.idle_lessons()
        if not idle:
            return True
        self.owners.pop(idle[0], None)  # no longer counted as this person's lesson
        self.devices.pop(idle[0], None)
        asyncio.ensure_future(self._shutdown_oldest(idle[0]))
        self.made_way += 1
        if self.room_home:
            from commonground.workshop.room_capacity import tell

            tell(
                self.room_home,
                "lesson-made-way",
                f"the room's lessons are full: a lesson untouched for "
                f"{IDLE_LESSON_SECONDS // 60} minutes made way for a new one "
                f"({self.made_way} so far; its owner reloads the page to go on, and loses "
                "nothing saved). Many? A script may be opening lessons.",
            )
        return False

    def idle_lessons(self, now=None) -> list[str]:
        """Running kernels untouched (no message either way) for :data:`IDLE_LESSON_SECONDS`,
        the longest untouched first."""
        from jupyter_server._tz import utcnow

        now = now or utcnow()
        found = []
        for kernel_id in self.list_kernel_ids():
            last = getattr(self._kernels.get(kernel_id), "last_activity", None)
            if last is not None and (now - last).total_seconds() >= IDLE_LESSON_SECONDS:
                found.append((last, kernel_id))
        return [kernel_id for _, kernel_id in sorted(found)]

    def _guard(self, kernel_id: str) -> None:
        asking = current_requester()
        if asking is None:  # the server itself (culling, shutdown): always allowed
            return
        owner = self.owners.get(kernel_id)
        if not asking or owner != asking:
            raise web.HTTPError(404, "no such kernel")

    async def start_kernel(self, *args, **kwargs):
        asking = current_requester()
        if asking:  # owner known before the kernel exists: starting it looks it up
            held = self.held_by(asking)
            for old in held[: max(0, len(held) - self.kernels_per_person + 1)]:
                await self._shutdown_oldest(old)  # one page too many: the oldest makes way
            kwargs["kernel_id"] = kwargs.get("kernel_id") or str(uuid.uuid4())
            self.owners[kwargs["kernel_id"]] = asking
            if self.room_home:
                from commonground.workshop.room_claims import Claims

                self.devices[kwargs["kernel_id"]] = Claims(self.room_home).device(asking)
                self._watch_releases()
        try:
            return await super().start_kernel(*args, **kwargs)
        except BaseException:
            self.owners.pop(kwargs.get("kernel_id"), None)
            raise

    def _watch_releases(self) -> None:
        """Every :attr:`release_check_seconds` (started once): stop the kernels of released
        names, and note the names with a lesson open as in use."""
        if self._watch is None:
            from tornado.ioloop import PeriodicCallback

            self._watch = PeriodicCallback(self._look, self.release_check_seconds * 1000)
            self._watch.start()

    def _look(self) -> None:
        self.stop_released()
        self.note_open_lessons()

    def note_open_lessons(self) -> list[str]:
        """Note in the room's claims that the owners of running kernels are in use.

        A name with a lesson open never makes way in a full room (see
        :mod:`commonground.workshop.room_capacity`), even while its page talks to its
        kernel only over the websocket. Returns the names noted now (each at most once a
        minute).
        """
        from commonground.workshop.room_claims import Claims

        idle = set(self.idle_lessons())  # open, untouched for long: a place held, not used
        running = set(self.list_kernel_ids()) - idle
        owners = {slug for kernel_id, slug in self.owners.items() if kernel_id in running}
        return Claims(self.room_home).note_in_use(owners) if self.room_home else []

    def stop_released(self) -> list[str]:
        """Shut down kernels whose name has since been released or moved to another device.

        The facilitator's ``--release NAME`` runs in another process: this is how the
        old device's open tabs stop. Returns the ids being shut down.
        """
        from commonground.workshop.room_claims import Claims

        claims = Claims(self.room_home)
        stale = [
            kernel_id
            for kernel_id, slug in list(self.owners.items())
            if self.devices.get(kernel_id) and claims.device(slug) != self.devices[kernel_id]
        ]
        for kernel_id in stale:
            self.devices.pop(kernel_id, None)
            asyncio.ensure_future(self._shutdown_oldest(kernel_id))
        return stale

    def shut_down_person(self, slug: str) -> list[str]:
        """Shut down every kernel of ``slug`` (they signed out); return their ids.

        A tab still open on a shared computer then stops answering: the next person at
        it cannot read or add to the journal of the one who left. Called from a request,
        so the shutdowns are scheduled on its event loop.
        """
        held = self.held_by(slug)
        for kernel_id in held:
            asyncio.ensure_future(self._shutdown_oldest(kernel_id))
        return held

    async def _shutdown_oldest(self, kernel_id: str) -> None:
        """Shut down one of the asker's own kernels to make way for their new page."""
        with contextlib.suppress(KeyError, web.HTTPError):  # gone already (culled, closed)
            await super().shutdown_kernel(kernel_id)
        self.owners.pop(kernel_id, None)
        self.devices.pop(kernel_id, None)

    def get_kernel(self, kernel_id):
        self._guard(kernel_id)
        return super().get_kernel(kernel_id)

    def kernel_model(self, kernel_id):
        self._guard(kernel_id)
        return super().kernel_model(kernel_id)

    async def shutdown_kernel(self, kernel_id, *args, **kwargs):
        self._guard(kernel_id)
        result = await super().shutdown_kernel(kernel_id, *args, **kwargs)
        self.owners.pop(kernel_id, None)
        return result

    async def restart_kernel(self, kernel_id, *args, **kwargs):
        self._guard(kernel_id)
        return await super().restart_kernel(kernel_id, *args, **kwargs)

    async def interrupt_kernel(self, kernel_id):
        self._guard(kernel_id)
        return await super().interrupt_kernel(kernel_id)

    def list_kernels(self):
        asking = current_requester()
        kernels = super().list_kernels()
        if asking is None:
            return kernels
        return [k for k in kernels if self.owners.get(k["id"]) == asking and asking]


def signed_in_files_handler():
    """Voila's ``/voila/files/`` handler, answering only a browser that is signed in.

    Voila serves the allowlisted files (images) of the notebooks folder to anyone who
    asks, code or not; in a room they are the room's like every page.
    """
    from voila.static_file_handler import AllowListFileHandler

    class SignedInFileHandler(AllowListFileHandler):
        log = logging.getLogger("Voila")  # the identity provider logs through its handler

        @property
        def base_url(self) -> str:  # where its sign-in cookie applies
            return self.settings.get("base_url", "/")

        async def prepare(self):
            provider = self.settings.get("identity_provider")
            user = provider.get_user(self) if provider is not None else None
            if inspect.isawaitable(user):
                user = await user
            if user is None:
                raise web.HTTPError(403, "sign in with the room's code first")
            return super().prepare()

    return SignedInFileHandler


def guard_voila_files() -> None:
    """Make Voila serve ``/voila/files/`` only to signed-in browsers.

    Called from the room's Voila config and from a hub's single-user server config, before
    Voila (its app, or its server extension) builds its handlers.
    """
    import voila.app
    import voila.server_extension

    guarded = signed_in_files_handler()
    voila.app.AllowListFileHandler = guarded
    voila.server_extension.AllowListFileHandler = guarded
