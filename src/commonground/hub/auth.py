"""Sign-in for a room: a name and the room's access code.

Built on JupyterHub's :class:`~jupyterhub.authenticators.shared.SharedPasswordAuthenticator`
(JupyterHub >= 5.3). What it adds for a room of volunteers:

* the code is read in any case, and dashes or spaces typed in it are ignored;
* names in any script are welcome, normalised by :func:`commonground.serving.names.normalise_name`;
* a name is claimed by the first browser that signs in with it: another browser typing the
  same name is told it is taken (the facilitator can release it), and a browser already
  signed in cannot take a second name;
* wrong codes from one address are slowed down (:class:`commonground.serving.codes.Throttle`),
  the address being the one the hub's proxy saw (:func:`client_address`), never one the
  browser claims in a header;
* the person is told what went wrong (blank name, taken name, wrong code, wait).
"""

from __future__ import annotations

from jupyterhub.authenticators.shared import SharedPasswordAuthenticator
from jupyterhub.handlers.login import LoginHandler

from commonground.errors import CommonGroundError
from commonground.serving.codes import Throttle, codes_match
from commonground.serving.names import normalise_name

_REFUSAL = "_commonground_refusal"


def client_address(request) -> str:
    """The address a sign-in came from, as the hub's proxy saw it.

    JupyterHub reads forwarding headers (tornado's ``xheaders``), so its ``remote_ip`` is
    whatever an ``X-Real-Ip`` header sent by the browser says: a guesser could name a new
    address on every try and never be slowed down. configurable-http-proxy appends the
    address it saw to ``X-Forwarded-For``; the last entry is that one.
    """
    forwarded = request.headers.get("X-Forwarded-For", "")
    last = forwarded.split(",")[-1].strip()
    return last or request.remote_ip or "?"


class RoomLoginHandler(LoginHandler):
    """JupyterHub's login page, showing why a sign-in was refused."""

    def _render(self, login_error=None, username=None, **kwargs):
        reason = getattr(self, _REFUSAL, None)
        return super()._render(login_error=reason or login_error, username=username, **kwargs)


class RoomCodeAuthenticator(SharedPasswordAuthenticator):
    """Shared access code plus one name per person (see the module docstring)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.throttle = Throttle()

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
        if not (self.user_password and codes_match(password, self.user_password)):
            wait = self.throttle.failed(client)
            message = "That access code is not right; check it with the facilitator."
            if wait:
                message += f" Wait {int(wait) + 1} s before the next try."
            return self._refuse(handler, message)
        self.throttle.succeeded(client)
        current = handler.current_user
        if current is not None and current.name != name:
            return self._refuse(
                handler,
                f"This browser is already signed in as {current.name!r}. Sign out first, "
                "or ask the facilitator to release that name.",
            )
        if current is None and handler.find_user(name) is not None:
            return self._refuse(
                handler,
                f"The name {name!r} is already taken in this room: add an initial, or ask "
                "the facilitator to release it if it is yours.",
            )
        return {"name": name, "admin": False, "groups": []}
