"""A real tornado server running the room's prelaunch hook, and browsers to attack it with.

A lesson handler runs the room's prelaunch hook (as Voila's page handler does), so
cookies, signed cookies and tornado's XSRF token are the real ones; a browser is a cookie
jar plus the headers it chooses to send. Shared by the room's red-team tests.
"""

from __future__ import annotations

import asyncio
import re
from http.cookies import SimpleCookie
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlencode

from tornado import httpclient, httpserver, testing, web

from commonground.workshop import room

SECRET = b"s10-cookie-secret-0123456789abcdef"
PAGE = "/voila/render/a.ipynb"


class LessonHandler(web.RequestHandler):
    """Voila's page handler, reduced to what the room plugs into: the prelaunch hook."""

    def initialize(self, hook):
        self.hook = hook

    def get(self, _path):
        notebook = SimpleNamespace(cells=[])
        notebook = self.hook(self, notebook, ".")  # raises Finish for the room's own pages
        home = re.search(r"\] = '(.+)'", notebook.cells[0].source).group(1)
        self.write(f"LESSON for {Path(home).name}")  # whose folder the lesson saves in


class Browser:
    """A cookie jar, and the origin headers this browser sends (none: an older browser)."""

    def __init__(self, base: str, **headers):
        self.base, self.headers, self.jar = base, headers, {}

    async def get(self, query: dict | None = None, **extra) -> httpclient.HTTPResponse:
        url = self.base + PAGE + (f"?{urlencode(query)}" if query else "")
        headers = {**self.headers, **extra}
        if self.jar:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.jar.items())
        response = await httpclient.AsyncHTTPClient().fetch(
            url, headers=headers, raise_error=False, follow_redirects=False
        )
        for line in response.headers.get_list("Set-Cookie"):
            for key, morsel in SimpleCookie(line).items():
                if morsel["expires"] and "1970" in morsel["expires"] or not morsel.value:
                    self.jar.pop(key, None)
                else:
                    self.jar[key] = morsel.value
        return response


def form_token(response) -> str:
    found = re.search(r'name="_xsrf" value="([^"]+)"', response.body.decode())
    return found.group(1) if found else ""


def serve(room_home, scenario):
    """Run ``scenario(base_url)`` against a tornado server with the room's hook."""

    def app():
        return web.Application(
            [(r"/voila/render/(.*)", LessonHandler, {"hook": room.make_prelaunch_hook(room_home)})],
            cookie_secret=SECRET,
            room=str(room_home),
        )

    return serve_app(app, scenario)


def serve_app(make_app, scenario):
    """Run ``scenario(base_url)`` against a tornado server of ``make_app()`` (made inside
    the server's event loop) on a free local port."""

    async def main():
        sock, port = testing.bind_unused_port()
        server = httpserver.HTTPServer(make_app())
        server.add_sockets([sock])
        try:
            return await scenario(f"http://127.0.0.1:{port}")
        finally:
            server.stop()

    return asyncio.run(main())
