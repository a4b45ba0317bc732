"""Just enough of a tornado request handler for the room's name claim and cookies."""

from __future__ import annotations

from types import SimpleNamespace


class FakeHandler:
    """Signed cookies, query arguments and (when ``ip`` is given) the request's address."""

    def __init__(self, args=None, cookies=None, ip: str | None = None):
        self.args = args or {}
        self.cookies = dict(cookies or {})
        self.headers: dict[str, str] = {}  # response headers set
        if ip is not None:
            self.request = SimpleNamespace(remote_ip=ip)

    def get_signed_cookie(self, name):
        value = self.cookies.get(name)
        return value.encode() if value is not None else None

    def set_signed_cookie(self, name, value, **kwargs):
        self.cookies[name] = value

    def clear_cookie(self, name, **kwargs):
        self.cookies.pop(name, None)

    def set_header(self, name, value):
        self.headers[name] = value

    def get_argument(self, name, default=None):
        return self.args.get(name, default)
