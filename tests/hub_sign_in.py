"""Sign-ins through the hub's authenticator, without a hub: shared by the red-team tests."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

PASSWORD = "HUBK7PM3"


def hub_authenticator(hub_dir):
    """The hub's authenticator keeping its names in ``hub_dir``."""
    from commonground.hub.auth import RoomCodeAuthenticator

    return RoomCodeAuthenticator(
        hub_dir=str(hub_dir), user_password=PASSWORD, admin_users={"facilitator"}
    )


def sign_in(auth, name: str, ip: str, users=(), browser: str | None = None):
    """One sign-in from ``ip``; ``users`` exist in the hub's database.

    ``browser`` is the id in the browser's cookie from the login page (by default one
    browser per address; ``""``: a browser without the cookie).

    Returns ``(user or None, the refusal shown)``.
    """
    from commonground.hub.auth import _REFUSAL

    browser = f"browser-at-{ip}" if browser is None else browser
    handler = SimpleNamespace(
        request=SimpleNamespace(remote_ip=ip, headers={"X-Forwarded-For": ip}),
        current_user=None,
        db=SimpleNamespace(query=lambda _table: [SimpleNamespace(name=n) for n in users]),
        find_user=lambda n: object() if n in users else None,
        get_secure_cookie=lambda _name: browser.encode() or None,
    )
    data = {"username": name, "password": PASSWORD}
    return asyncio.run(auth.authenticate(handler, data)), getattr(handler, _REFUSAL, "")
