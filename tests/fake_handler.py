"""Just enough of a tornado request handler for the room's name claim and cookies."""

from __future__ import annotations

from types import SimpleNamespace


class FakeHandler:
    """Signed cookies, query arguments, and a request sent from the room's own page
    (``Sec-Fetch-Site: same-origin``) with, when ``ip`` is given, its address."""

    def __init__(self, args=None, cookies=None, ip: str | None = None):
        self.args = args or {}
        self.cookies = dict(cookies or {})
        self.headers: dict[str, str] = {}  # response headers set
        self.request = SimpleNamespace(headers={"Sec-Fetch-Site": "same-origin"})
        if ip is not None:
            self.request.remote_ip = ip

    def get_signed_cookie(self, name):
        value = self.cookies.get(name)
        return value.encode() if value is not None else None

    def get_cookie(self, name, default=None):
        return self.cookies.get(name, default)

    def set_signed_cookie(self, name, value, **kwargs):
        self.cookies[name] = value

    def clear_cookie(self, name, **kwargs):
        self.cookies.pop(name, None)

    def set_header(self, name, value):
        self.headers[name] = value

    def get_argument(self, name, default=None):
        return self.args.get(name, default)
