"""Session 15: "Release name" waits for the person's lesson server to stop.

JupyterHub (6.1, ``apihandlers/users.py``) waits 10 s for a server to stop, then answers
``DELETE /users/<name>/server`` with 202 while it is still stopping, and refuses
``DELETE /users/<name>`` (400, "in the process of stopping") until it has. On a busy
computer a lesson server took longer than that to stop, the facilitator's page passed
the 400 on as 502, and the name was not released (the live hub test failed so under
load). Here a small fake hub answers as JupyterHub does, over HTTP, so the page's own
calls to the hub API are the ones tested.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from tornado import web
from tornado.httpclient import AsyncHTTPClient
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets

from commonground.hub import facilitator
from commonground.hub.returns import RETURNS_FILE


class FakeHub:
    """Who is in, and how many more times each server is seen stopping once asked to."""

    def __init__(self, stop_polls: int):
        self.users = {"bea": {"running": True, "stopping": None}}
        self.stop_polls = stop_polls
        self.calls: list[tuple[str, str]] = []

    def model(self, name: str) -> dict:
        state = self.users[name]
        if state["stopping"] is not None:
            if state["stopping"] <= 0:
                state["running"], state["stopping"] = False, None
            else:
                state["stopping"] -= 1
        pending = "stop" if state["stopping"] is not None else None
        servers = {"": {"pending": pending, "ready": False}} if state["running"] else {}
        return {"name": name, "admin": False, "pending": pending, "servers": servers}

    def app(self) -> web.Application:
        hub = self

        class Users(web.RequestHandler):
            def get(self):
                hub.calls.append(("GET", "/users"))
                self.finish(json.dumps([hub.model(n) for n in list(hub.users)]))

        class User(web.RequestHandler):
            def get(self, name):
                hub.calls.append(("GET", f"/users/{name}"))
                if name not in hub.users:
                    raise web.HTTPError(404)
                self.finish(json.dumps(hub.model(name)))

            def delete(self, name):
                hub.calls.append(("DELETE", f"/users/{name}"))
                hub.model(name)
                if hub.users[name]["stopping"] is not None:
                    raise web.HTTPError(400, f"{name}'s server is in the process of stopping")
                del hub.users[name]
                self.set_status(204)

        class Server(web.RequestHandler):
            def delete(self, name):
                hub.calls.append(("DELETE", f"/users/{name}/server"))
                state = hub.users[name]
                if state["running"] and state["stopping"] is None:
                    state["stopping"] = hub.stop_polls
                if hub.stop_polls:
                    self.set_status(202)  # still stopping after JupyterHub's 10 s
                else:
                    state["running"], state["stopping"] = False, None
                    self.set_status(204)

        return web.Application(
            [
                (r"/hub/api/users", Users),
                (r"/hub/api/users/([^/]+)/server", Server),
                (r"/hub/api/users/([^/]+)", User),
            ]
        )


def _release(monkeypatch, tmp_path: Path, hub: FakeHub, wait: float = 5.0):
    """POST ``release/bea`` to the facilitator's page, its hub API the fake one."""
    hub_dir = tmp_path / "hub"
    hub_dir.mkdir()
    monkeypatch.setenv("JUPYTERHUB_SERVICE_PREFIX", "/services/facilitator/")
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "t")
    monkeypatch.setenv("COMMONGROUND_HUB_DIR", str(hub_dir))
    monkeypatch.setattr(facilitator, "STOP_WAIT_SECONDS", wait)
    monkeypatch.setattr(facilitator, "STOP_POLL_SECONDS", 0.01)
    monkeypatch.setattr(facilitator._Base, "get_current_user", lambda self: {"name": "f"})
    monkeypatch.setattr(facilitator._Base, "check_xsrf_cookie", lambda self: None)

    async def go():
        servers = []
        ports = []
        for app in (hub.app(), facilitator.make_app()):
            sockets = bind_sockets(0, "127.0.0.1")
            server = HTTPServer(app)
            server.add_sockets(sockets)
            servers.append(server)
            ports.append(sockets[0].getsockname()[1])
        monkeypatch.setenv("JUPYTERHUB_API_URL", f"http://127.0.0.1:{ports[0]}/hub/api")
        try:
            response = await AsyncHTTPClient().fetch(
                f"http://127.0.0.1:{ports[1]}/services/facilitator/release/bea",
                method="POST",
                body="",
                raise_error=False,
                request_timeout=30,
            )
        finally:
            for server in servers:
                server.stop()
        return response.code, response.body.decode()

    code, body = asyncio.run(go())
    return code, body, hub_dir


def test_a_server_slow_to_stop_is_waited_for_then_the_name_released(monkeypatch, tmp_path):
    hub = FakeHub(stop_polls=3)
    code, body, hub_dir = _release(monkeypatch, tmp_path, hub)
    assert code == 200 and "Released <bdi>bea</bdi>" in body and "<strong>" in body
    assert "bea" not in hub.users  # deleted once its server had stopped, not before
    deletes = [c for c in hub.calls if c == ("DELETE", "/users/bea")]
    assert len(deletes) == 1 and hub.calls.index(deletes[0]) > hub.calls.index(
        ("GET", "/users/bea")
    )
    assert list(json.loads((hub_dir / RETURNS_FILE).read_text())) == ["bea"]


def test_a_server_that_stops_at_once_is_not_asked_about_again(monkeypatch, tmp_path):
    hub = FakeHub(stop_polls=0)
    code, body, hub_dir = _release(monkeypatch, tmp_path, hub)
    assert code == 200 and "Released <bdi>bea</bdi>" in body
    assert ("GET", "/users/bea") not in hub.calls and "bea" not in hub.users


def test_a_server_still_stopping_after_the_wait_releases_nothing_and_says_so(monkeypatch, tmp_path):
    hub = FakeHub(stop_polls=10**6)
    code, body, hub_dir = _release(monkeypatch, tmp_path, hub, wait=0.2)
    assert code == 503 and "still stopping" in body and "try again in a minute" in body
    assert "Nothing released" in body and "<strong>" not in body
    assert "bea" in hub.users and ("DELETE", "/users/bea") not in hub.calls
    assert not (hub_dir / RETURNS_FILE).exists()  # no code for a name still held


def test_server_stopped_reads_the_hub_s_user_model():
    assert facilitator.server_stopped(None)  # no such user any more
    assert facilitator.server_stopped({"pending": None, "servers": {}})
    assert not facilitator.server_stopped({"pending": "stop", "servers": {"": {}}})
    assert not facilitator.server_stopped({"pending": None, "servers": {"": {"ready": True}}})
    assert not facilitator.server_stopped({"pending": "stop", "servers": {}})
