"""Session 12: the facilitator's "Release name" issues a return code only for a
participant who holds the name.

Before, ``POST release/<name>`` deleted whatever the hub had under the name (nothing,
for a name that is not a user: the hub answers 404 and that was let pass) and issued a
return code anyway, so a typo or a crafted link gave the facilitator a code to hand out
for a name nobody held (and whoever had it could then sign in under it).
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from commonground.hub import facilitator
from commonground.hub.returns import RETURNS_FILE

USERS = [
    {"name": "ana", "servers": {"": {}}},
    {"name": "bea"},
    {"name": "facilitator", "admin": True},
]


def _hub(tmp_path: Path) -> Path:
    hub = tmp_path / "hub"
    (hub / "people" / "cai" / "commonground").mkdir(parents=True)  # deleted: kept
    return hub


@pytest.mark.parametrize(
    ("name", "status", "words"),
    [("anna", 404, "'anna' is not a name in this room: nothing was released and no return "
      "code was given"),
     ("Ana", 404, "is not a name in this room"),  # near miss: another name, not a case of it
     ("", 404, "is not a name in this room"),
     ("cai", 409, "'cai' is not signed in, so there is nothing to release: its journal is kept"),
     ("facilitator", 409, "the facilitator's own name, not a participant's")],
)  # fmt: skip
def test_a_name_that_is_no_participant_is_refused_saying_why(tmp_path, name, status, words):
    got_status, message = facilitator.release_refusal(name, USERS, _hub(tmp_path))
    assert got_status == status and words in message


@pytest.mark.parametrize("name", ["ana", "bea"])  # in a lesson, or signed in with none open
def test_a_participant_s_name_is_released(tmp_path, name):
    assert facilitator.release_refusal(name, USERS, _hub(tmp_path)) is None


def _post(monkeypatch, tmp_path, path: str):
    """POST ``path`` to the facilitator's app, the hub's API faked: (status, body, calls)."""
    from tornado.httpclient import AsyncHTTPClient
    from tornado.httpserver import HTTPServer
    from tornado.netutil import bind_sockets

    hub = _hub(tmp_path)
    calls = []

    async def hub_call(self, method, api_path):
        calls.append((method, api_path))
        return (200, USERS) if method == "GET" else (204, None)

    monkeypatch.setenv("JUPYTERHUB_SERVICE_PREFIX", "/services/facilitator/")
    monkeypatch.setenv("COMMONGROUND_HUB_DIR", str(hub))
    monkeypatch.setattr(facilitator._Base, "hub_call", hub_call)
    monkeypatch.setattr(facilitator._Base, "get_current_user", lambda self: {"name": "f"})
    monkeypatch.setattr(facilitator._Base, "check_xsrf_cookie", lambda self: None)

    async def go():
        sockets = bind_sockets(0, "127.0.0.1")
        server = HTTPServer(facilitator.make_app())
        server.add_sockets(sockets)
        port = sockets[0].getsockname()[1]
        try:
            response = await AsyncHTTPClient().fetch(
                f"http://127.0.0.1:{port}/services/facilitator/{path}",
                method="POST", body="", raise_error=False,
            )  # fmt: skip
        finally:
            server.stop()
        return response.code, response.body.decode()

    code, body = asyncio.run(go())
    return code, body, calls, hub


def test_releasing_an_unknown_name_deletes_nothing_and_issues_no_code(monkeypatch, tmp_path):
    code, body, calls, hub = _post(monkeypatch, tmp_path, "release/anna")
    assert code == 404 and "&#x27;anna&#x27; is not a name in this room" in body
    assert "Back to who is in the room" in body and "<strong>" not in body
    assert [m for m, _ in calls] == ["GET"]  # no DELETE sent to the hub
    assert not (hub / RETURNS_FILE).exists()


def test_releasing_a_participant_still_gives_the_code(monkeypatch, tmp_path):
    code, body, calls, hub = _post(monkeypatch, tmp_path, "release/bea")
    assert code == 200 and "Released <bdi>bea</bdi>" in body and "<strong>" in body
    assert ("DELETE", "/users/bea") in calls
    assert list(json.loads((hub / RETURNS_FILE).read_text())) == ["bea"]


def test_a_refused_return_code_says_why_on_the_page(monkeypatch, tmp_path):
    code, body, calls, hub = _post(monkeypatch, tmp_path, "return-code/ana")
    assert code == 409 and "still signed in: release the name instead" in body
    assert "No return code given" in body and not (hub / RETURNS_FILE).exists()
