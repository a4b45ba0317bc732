"""The Voila room's guards: the access code, and each kernel kept to its owner.

``commonground app --room`` serves one Voila to a room. Two pieces plug into it
(named in the room's Voila config, see :func:`commonground.workshop.room.write_voila_config`):

:class:`RoomIdentityProvider`
    Voila's password/token check, with the code read in any case, wrong codes slowed
    down per address (:class:`~commonground.serving.codes.Throttle`), and the participant
    whose browser this is (the room's signed name cookie) noted for the request.
:class:`OwnedKernelManager`
    Records which participant each kernel was started for and refuses every other
    request for it: a participant who learns another's kernel id cannot connect to it,
    read it or shut it down. Requests are matched to participants through
    :data:`REQUESTER`, a context variable set by the identity provider (and by the room's
    prelaunch hook when a name is first claimed) inside that request's own task.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import re
import uuid

from jupyter_server.auth.identity import PasswordIdentityProvider
from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager
from tornado import web
from traitlets import Unicode

from commonground.serving.codes import Throttle, codes_match

#: (task, participant slug or "") for the request being handled in that task.
REQUESTER: contextvars.ContextVar[tuple[object, str] | None] = contextvars.ContextVar(
    "commonground_room_requester", default=None
)

_THROTTLE = Throttle()
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
        return handler.request.remote_ip or "?"

    def _check(self, handler, typed: str) -> bool:
        client = self._client(handler)
        if _THROTTLE.wait_left(client):
            return False
        if self.token and codes_match(typed, self.token):
            _THROTTLE.succeeded(client)
            return True
        _THROTTLE.failed(client)
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


class OwnedKernelManager(AsyncMappingKernelManager):
    """Kernels that answer only to the participant they were started for."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.owners: dict[str, str] = {}

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
            kwargs["kernel_id"] = kwargs.get("kernel_id") or str(uuid.uuid4())
            self.owners[kwargs["kernel_id"]] = asking
        try:
            return await super().start_kernel(*args, **kwargs)
        except BaseException:
            self.owners.pop(kwargs.get("kernel_id"), None)
            raise

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
