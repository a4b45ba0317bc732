"""Session 8 red team: the room attacked where session 7 left gaps.

A released name's journal handed to the next person typing that name (room and hub);
names in look-alike letters of another alphabet, or padded with invisible characters;
course files served without the room's code; the wrong-code wait forgotten on a restart;
long pasted text in the lesson widgets; one IPv6 device posing as many; a flood of
names; another site's link picking a name; a room folder inside the served lessons; two
tabs saving at once; tabs left open after signing out or after the facilitator's
release. All in-process (no server started; the hub's pictures are in test_hub_live).
"""

from __future__ import annotations

import asyncio
import inspect
from pathlib import Path

import pytest
from fake_handler import FakeHandler
from widget_tree import WIDGET_MODULES, built_widgets, widget_tree

from commonground.errors import CommonGroundError
from commonground.serving import codes, names
from commonground.workshop import room, room_claims

CODE = "K7PM3Q"


def _sign_in(room_home, name, ip="192.168.1.20", **args):
    handler = FakeHandler({"learner": name, **args}, ip=ip)
    return room.resolve_participant(handler, room_home), handler


# ---- a name's journal stays with its owner ------------------------------------------


def test_a_released_name_is_not_handed_to_the_next_typist(tmp_path):
    (slug, _), ana = _sign_in(tmp_path, "Ana")
    journal = room_claims.participant_home(tmp_path, slug) / "journal.json"
    journal.parent.mkdir(parents=True)
    journal.write_text('{"version": 1, "entries": ["her plan"]}')
    # She signs out on a shared laptop; the facilitator also releases her (new device).
    leaving = FakeHandler({"release": "1"}, cookies=dict(ana.cookies), ip="192.168.1.20")
    shown = room.resolve_participant(leaving, tmp_path)[1]
    assert "return code" in shown and room.COOKIE not in leaving.cookies
    # The next person to type "Ana" (from any device) does not get her journal ...
    for typed in ("Ana", "ANA", "аna", "Ana\u034f"):
        (who, message), stranger = _sign_in(tmp_path, typed, ip="192.168.1.30")
        assert who is None and room.COOKIE not in stranger.cookies, typed
    # ... and the old browser's cookie no longer opens it.
    assert room.participant_from_cookie(FakeHandler(cookies=ana.cookies), tmp_path) is None
    # Bea comes back, on a new device, with the code the facilitator printed for her.
    facilitator_home = tmp_path / "facilitator"
    fac_room = facilitator_home / "room"
    (slug, _), first = _sign_in(fac_room, "Bea")
    assert "not taken" in room.release_name(facilitator_home, "Nobody")
    line = room.release_name(facilitator_home, "bea")
    code = line.split("return code: ")[1][:9]
    (back, _), phone = _sign_in(fac_room, "bea", ip="192.168.1.99", **{"return": code.lower()})
    assert back == "bea" and room.participant_from_cookie(phone, fac_room) == "bea"
    assert room.participant_from_cookie(FakeHandler(cookies=first.cookies), fac_room) is None
    # The code worked once.
    (again, message), _ = _sign_in(fac_room, "bea", ip="192.168.1.98", **{"return": code})
    assert again is None and "not the one" in message


def test_wrong_return_codes_are_slowed_down_even_after_a_restart(tmp_path):
    room_claims.Claims(tmp_path).claim("Ana")
    room_claims.Claims(tmp_path).release("Ana")
    messages = []
    for n in range(7):
        (who, message), _ = _sign_in(tmp_path, "Ana", **{"return": f"WRONG{n:03d}"})
        assert who is None
        messages.append(message)
    assert "not the one" in messages[0] and "Too many wrong return codes" in messages[-1]
    # A new server process reads the same file: the guesser still waits.
    assert codes.Throttle(path=tmp_path / room.WRONG_RETURNS_FILE).wait_left("192.168.1.20")


# ---- names that look the same -------------------------------------------------------


@pytest.mark.parametrize(
    "first, second",
    [
        ("coco", "сосо"),  # all Cyrillic
        ("Papa", "Рара"),  # all Cyrillic, capitals
        ("Popo", "\u03a1\u03bf\u03c1\u03bf"),  # all Greek
        ("Anna", "Anna\u034f"),  # combining grapheme joiner: drawn as nothing
        ("Anna", "Anna\ufe0f"),  # variation selector
        ("Anna", "Anna\u3164"),  # Hangul filler: a "letter" drawn as nothing
    ],
)
def test_a_name_that_looks_like_a_taken_one_is_refused(first, second, tmp_path):
    claims = room_claims.Claims(tmp_path)
    claims.claim(first)
    with pytest.raises(CommonGroundError, match="taken"):
        claims.claim(second)
    assert claims.names() == [names.normalise_name(first)]


@pytest.mark.parametrize("typed", ["An\u200bna", "\u202eanna", "Anna\u2066x", "Ann\u00ada"])
def test_invisible_format_characters_never_hide_inside_a_name(typed):
    import unicodedata

    slug = names.normalise_name(typed)  # a zero-width space, an RTL override, a soft hyphen
    assert all(ch == "-" or unicodedata.category(ch)[0] in "LN" for ch in slug), slug


def test_distinct_names_in_other_alphabets_stay_welcome(tmp_path):
    claims = room_claims.Claims(tmp_path)
    for typed in ("Anna", "Анна", "Ελένη", "José", "Jose", "王小明", "Ivan", "Иван"):
        claims.claim(typed)
    assert len(claims.names()) == 8


# ---- the room's code guards every request -------------------------------------------


def _serve_file(handler_class, folder: Path, query: str = "") -> int:
    """Status of GET /voila/files/pic.png through ``handler_class`` (in this process)."""
    from jupyter_server.auth.identity import PasswordIdentityProvider
    from tornado import httpclient, web
    from tornado.testing import bind_unused_port

    from commonground.serving.room_auth import RoomIdentityProvider

    async def run() -> int:
        provider = RoomIdentityProvider(token=CODE, room_home=str(folder))
        assert isinstance(provider, PasswordIdentityProvider)
        app = web.Application(
            [(r"/voila/files/(.*)", handler_class, {"allowlist": [r".*\.png"], "path": folder})],
            identity_provider=provider,
            cookie_secret="x" * 32,
        )
        sock, port = bind_unused_port()
        from tornado.httpserver import HTTPServer

        server = HTTPServer(app)
        server.add_sockets([sock])
        try:
            response = await httpclient.AsyncHTTPClient().fetch(
                f"http://127.0.0.1:{port}/voila/files/pic.png{query}", raise_error=False
            )
            return response.code
        finally:
            server.stop()

    return asyncio.run(run())


def test_course_files_need_the_room_code(tmp_path):
    import voila.app

    (tmp_path / "pic.png").write_bytes(b"\x89PNG picture")
    config_dir = room.write_voila_config(tmp_path, CODE)
    original = voila.app.AllowListFileHandler
    try:
        # The room's own Voila config is what puts the guard in place.
        from traitlets.config import Config

        source = (config_dir / "voila.py").read_text()
        exec(compile(source, "voila.py", "exec"), {"c": Config()})  # noqa: S102 - ours
        guarded = voila.app.AllowListFileHandler
        assert _serve_file(guarded, tmp_path) == 403
        assert _serve_file(guarded, tmp_path, "?token=WRONG1") == 403
        assert _serve_file(guarded, tmp_path, f"?token={CODE.lower()}") == 200
    finally:
        voila.app.AllowListFileHandler = original


# ---- the wrong-code wait survives a restart -----------------------------------------


def test_wrong_access_codes_are_remembered_across_a_restart(tmp_path):
    from types import SimpleNamespace

    from commonground.serving.room_auth import RoomIdentityProvider

    def guess(provider, typed):
        request = SimpleNamespace(remote_ip="192.168.1.23")
        return provider._check(SimpleNamespace(request=request), typed)

    before = RoomIdentityProvider(token=CODE, room_home=str(tmp_path))
    for n in range(6):
        assert not guess(before, f"WRONG{n}")
    after = RoomIdentityProvider(token=CODE, room_home=str(tmp_path))  # a new process
    assert not guess(after, CODE)  # even the right code waits its turn
    other = SimpleNamespace(request=SimpleNamespace(remote_ip="192.168.1.24"))
    assert after._check(other, CODE)


def test_the_throttle_file_stays_bounded_and_survives_damage(tmp_path):
    path = tmp_path / "wrong.json"
    path.write_text("not json")
    throttle = codes.Throttle(path=path)
    throttle.MAX_CLIENTS = 50
    for n in range(80):
        throttle.failed(f"10.0.{n}.1", now=1000.0)
    import json

    kept = json.loads(path.read_text())
    assert len(kept) <= 50 and "10.0.79.1" in kept
    assert inspect.signature(codes.Throttle).parameters["path"].default is None


# ---- the hub: a released name keeps its journal for its owner -----------------------


class _HubHandler:
    """Just enough of JupyterHub's login handler for the authenticator."""

    def __init__(self, users=(), ip="192.168.1.40", current=None):
        from types import SimpleNamespace

        self.request = SimpleNamespace(remote_ip=ip, headers={"X-Forwarded-For": ip})
        self.current_user = current
        self._users = list(users)
        self.db = SimpleNamespace(query=lambda _table: [SimpleNamespace(name=n) for n in users])

    def find_user(self, name):
        return object() if name in self._users else None


def test_hub_gives_a_released_name_back_only_with_its_return_code(tmp_path):
    from commonground.hub.auth import _REFUSAL, RoomCodeAuthenticator
    from commonground.hub.returns import ReturnCodes

    hub_code = "HUBK7PM3"
    (tmp_path / "people" / "bea" / "commonground").mkdir(parents=True)  # Bea was here

    def sign_in(name, code, users=("ana",), ip="192.168.1.40"):
        auth = RoomCodeAuthenticator(
            hub_dir=str(tmp_path), user_password=hub_code, admin_users={"facilitator"}
        )
        handler = _HubHandler(users, ip=ip)
        result = asyncio.run(auth.authenticate(handler, {"username": name, "password": code}))
        return result, getattr(handler, _REFUSAL, "")

    assert sign_in("Cy", hub_code)[0]["name"] == "cy"
    taken, why = sign_in("Bea", hub_code)  # released by the facilitator: her folder stays
    assert taken is None and "kept for its owner" in why
    looks, why = sign_in("сосо", hub_code, users=("ana", "coco"))
    assert looks is None and "looks the same" in why
    code = ReturnCodes(tmp_path).issue("bea")
    assert sign_in("Bea", code.lower())[0]["name"] == "bea"
    again, why = sign_in("Bea", code, ip="192.168.1.41")
    assert again is None and "not right" in why  # used up
    for n in range(6):
        sign_in("Eve", f"WRONG{n}XX", ip="192.168.1.42")
    held, why = sign_in("Eve", hub_code, ip="192.168.1.42")  # a restarted hub remembers
    assert held is None and "Too many wrong codes" in why


# ---- long text in every lesson widget -----------------------------------------------

PASTED = "I joined because the rent went up and my neighbour asked me to come. " * 1500


@pytest.mark.parametrize("module", WIDGET_MODULES)
def test_a_pasted_page_is_cut_in_every_box_a_learner_types_into(module, tmp_path, monkeypatch):

    import ipywidgets as w

    from commonground.widgets import _text

    monkeypatch.setenv("COMMONGROUND_HOME", str(tmp_path))
    for name, widget in built_widgets(module):
        for _ in range(2):  # type, press every button, then again over what appeared
            boxes = [
                part
                for part in widget_tree(widget)
                if isinstance(part, (w.Text, w.Textarea, w.Combobox)) and not part.disabled
            ]
            for box in boxes:
                box.value = PASTED  # what a paste (or a script) sends from the page
                assert len(box.value) <= _text.MAX_TEXT_CHARS * 3, (name, box.description)
                assert box.tooltip == _text.cut_message(box.limit), (name, box.description)
            for part in list(widget_tree(widget)):
                if isinstance(part, w.Button) and not part.disabled:
                    part.click()


# ---- floods, other sites, folders ---------------------------------------------------


def test_one_ipv6_device_cannot_dodge_the_name_limit_with_new_addresses(tmp_path):
    claimed = []
    for n in range(room_claims.NAMES_PER_DEVICE + 3):
        address = f"2001:db8:1:2::{n + 1:x}"  # one /64: one device's privacy addresses
        (slug, _), _ = _sign_in(tmp_path, f"bot {n}", ip=address)
        claimed.append(slug)
    assert claimed[room_claims.NAMES_PER_DEVICE :] == [None] * 3
    assert _sign_in(tmp_path, "Ana", ip="2001:db8:1:3::1")[0][0] == "ana"  # another network
    assert codes.client_key("::ffff:192.168.1.5") == "192.168.1.5"
    assert codes.client_key("::1") == "::1" and codes.client_key("?") == "?"


def test_the_room_holds_a_bounded_number_of_names(tmp_path, monkeypatch):
    monkeypatch.setattr(room_claims, "MAX_NAMES", 3)
    for n in range(3):
        room_claims.Claims(tmp_path).claim(f"person {n}")
    with pytest.raises(CommonGroundError, match="ask the facilitator"):
        room_claims.Claims(tmp_path).claim("one too many")
    code = room_claims.Claims(tmp_path).release("person 1")
    assert room_claims.Claims(tmp_path).claim("person 1", code)[0] == "person-1"  # owners come back


def test_another_site_cannot_sign_a_visitor_in_under_its_chosen_name(tmp_path):
    from types import SimpleNamespace

    lured = FakeHandler({"learner": "Mallory"})
    lured.request = SimpleNamespace(
        remote_ip="192.168.1.50", headers={"Sec-Fetch-Site": "cross-site"}
    )
    slug, message = room.resolve_participant(lured, tmp_path)
    assert (
        slug is None
        and room.COOKIE not in lured.cookies
        and room_claims.Claims(tmp_path).names() == []
    )
    typed = FakeHandler({"learner": "Ana"})
    typed.request = SimpleNamespace(
        remote_ip="192.168.1.50", headers={"Sec-Fetch-Site": "same-origin"}
    )
    assert room.resolve_participant(typed, tmp_path)[0] == "ana"


def test_a_room_folder_inside_the_served_lessons_is_refused(tmp_path, capsys, monkeypatch):
    import os
    import subprocess

    from commonground.cli import main

    served = []  # a room that would start is not started here
    monkeypatch.setattr(os, "execvpe", lambda *a: served.append(a))
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: served.append(a))

    from probe_notebooks import one_cell_notebook

    lessons = one_cell_notebook(tmp_path / "lessons", "print('lesson')")
    argv = ["app", "--room", "--no-browser", "--notebooks", str(lessons)]
    assert main([*argv, "--home", str(lessons / "data")]) == 1
    assert "served to everyone" in capsys.readouterr().err
    assert not (lessons / "data" / "room").exists() and not served


def test_two_tabs_of_one_person_saving_at_once_keep_every_entry(tmp_path):
    import threading

    from commonground import journal

    path = tmp_path / "journal.json"

    def tab(label):
        for n in range(25):
            journal.Journal(path=path).save("reflection", {"note": f"{label} {n}"})

    tabs = [threading.Thread(target=tab, args=(label,)) for label in ("left", "right")]
    for t in tabs:
        t.start()
    for t in tabs:
        t.join(60)
    entries = journal.Journal(path=path).entries()
    assert len(entries) == 50 and len({e["id"] for e in entries}) == 50


def test_the_page_with_a_return_code_is_never_kept_by_the_browser(tmp_path):
    from tornado.web import Finish

    hook = room.make_prelaunch_hook(tmp_path)
    (_, _), ana = _sign_in(tmp_path, "Ana")
    leaving = FakeHandler({"release": "1"}, cookies=dict(ana.cookies), ip="192.168.1.20")
    with pytest.raises(Finish) as page:
        hook(leaving, None, ".")
    assert "return code" in page.value.args[0]
    # on a shared laptop, the next person pressing Back must not see the code
    assert leaving.headers["Cache-Control"] == "no-store"


def _cross_site(args, cookies=None, path="/voila/render/03.ipynb"):
    from types import SimpleNamespace

    handler = FakeHandler(args, cookies=cookies)
    query = {key: [str(value).encode()] for key, value in args.items()}
    handler.request = SimpleNamespace(
        remote_ip="192.168.1.60",
        headers={"Sec-Fetch-Site": "cross-site"},
        path=path,
        query_arguments=query,
    )
    return handler


def test_a_link_from_another_site_reloads_from_the_room_without_its_name(tmp_path):
    from tornado.web import Finish

    hook = room.make_prelaunch_hook(tmp_path)
    lured = _cross_site({"learner": "Mallory", "return": "ABCD-EFGH", "x": "1"})
    with pytest.raises(Finish) as page:
        hook(lured, None, ".")
    shown = page.value.args[0]
    assert "url=/voila/render/03.ipynb?x=1'" in shown and "Mallory" not in shown
    assert room_claims.Claims(tmp_path).names() == [] and room.COOKIE not in lured.cookies
    for path in ("//evil.example/x", "/\\evil.example/x", "/%09/evil.example/x"):
        with pytest.raises(Finish) as page:
            hook(_cross_site({}, path=path), None, ".")
        target = page.value.args[0].split("url=")[1].split("'")[0]
        assert target.startswith("/") and target[1] not in "/\\\t", (path, target)


class _Kernels:
    def __init__(self):
        self.stopped = []

    def shut_down_person(self, slug):
        self.stopped.append(slug)

    def room_full(self, slug):
        return False


def test_signing_out_stops_the_tabs_still_open_on_a_shared_computer(tmp_path):
    from tornado.web import Finish

    hook = room.make_prelaunch_hook(tmp_path)
    (_, _), ana = _sign_in(tmp_path, "Ana")
    leaving = FakeHandler({"release": "1"}, cookies=dict(ana.cookies), ip="192.168.1.20")
    leaving.kernel_manager = _Kernels()
    with pytest.raises(Finish):
        hook(leaving, None, ".")
    assert leaving.kernel_manager.stopped == ["ana"]


def test_the_kernel_manager_shuts_down_only_that_persons_kernels(monkeypatch):
    from commonground.serving.room_auth import OwnedKernelManager

    manager = OwnedKernelManager()
    manager.owners = {"k1": "ana", "k2": "bo", "k3": "ana"}
    monkeypatch.setattr(
        OwnedKernelManager, "held_by", lambda self, s: [k for k, o in self.owners.items() if o == s]
    )
    stopped = []

    async def fake_shutdown(self, kernel_id):
        stopped.append(kernel_id)

    monkeypatch.setattr(OwnedKernelManager, "_shutdown_oldest", fake_shutdown)

    async def sign_out():
        held = manager.shut_down_person("ana")
        await asyncio.sleep(0)
        return held

    assert asyncio.run(sign_out()) == ["k1", "k3"] and stopped == ["k1", "k3"]


def test_a_name_released_from_the_command_line_stops_its_old_devices_kernels(tmp_path, monkeypatch):
    from commonground.serving.room_auth import OwnedKernelManager

    claims = room_claims.Claims(tmp_path)
    claims.claim("Ana")
    claims.claim("Bo")
    manager = OwnedKernelManager(room_home=str(tmp_path))
    manager.owners = {"k1": "ana", "k2": "bo"}
    manager.devices = {"k1": claims.device("ana"), "k2": claims.device("bo")}
    stopped = []

    async def fake_shutdown(self, kernel_id):
        stopped.append(kernel_id)

    monkeypatch.setattr(OwnedKernelManager, "_shutdown_oldest", fake_shutdown)

    async def look():
        found = manager.stop_released()
        await asyncio.sleep(0)
        return found

    assert asyncio.run(look()) == [] and stopped == []
    room_claims.Claims(tmp_path).release("Ana")  # the facilitator, in another process
    assert asyncio.run(look()) == ["k1"] and stopped == ["k1"]
    assert asyncio.run(look()) == []  # once


def test_the_new_names_limit_survives_a_restart(tmp_path):
    """The per-device count of new names is kept in the room's folder: a restarted room
    (a new process, so a new limit object) still holds a device that used its names."""
    for n in range(room_claims.NAMES_PER_DEVICE):
        assert _sign_in(tmp_path, f"bot {n}", ip="192.168.1.77")[0][0] == f"bot-{n}"
    assert (tmp_path / room_claims.NAME_CLAIMS_FILE).is_file()
    restarted = room_claims.NameClaimLimit(path=tmp_path / room_claims.NAME_CLAIMS_FILE)
    assert not restarted.allowed("192.168.1.77")
    assert _sign_in(tmp_path, "one more", ip="192.168.1.77")[0][0] is None
    assert restarted.allowed("192.168.1.78")


def test_a_damaged_names_file_counts_as_empty_and_old_claims_expire(tmp_path):
    path = tmp_path / room_claims.NAME_CLAIMS_FILE
    path.write_text("{not json")
    limit = room_claims.NameClaimLimit(limit=2, window=600, path=path)
    assert limit.allowed("10.0.0.5", now=1000.0)
    limit.claimed("10.0.0.5", now=1000.0)
    limit.claimed("10.0.0.5", now=1001.0)
    assert not limit.allowed("10.0.0.5", now=1500.0)
    assert limit.allowed("10.0.0.5", now=1602.0)
    path.write_text('{"10.0.0.9": "not a list", "10.0.0.5": [1000.0, "x"]}')
    assert limit.allowed("10.0.0.9", now=1000.0) and limit.allowed("10.0.0.5", now=1000.0)
