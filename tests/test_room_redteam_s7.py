"""Session 7 red team: the room and the hub, attacked as a participant would.

What a participant can throw at the room: markup in names and typed lines (it must stay
text on every page and in every export), other people's names and folders, page reloads
and name after name from a script (each starts a kernel), a huge entry, two pages saving
at once, the sign-in page's ``next=`` and its XSRF check, framing the pages. And the hub
benchmark's lost kernel: single-user servers must not race each other for TCP ports.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlparse

import psutil
import pytest
import requests
from fake_handler import FakeHandler
from probe_notebooks import one_cell_notebook
from processes import kernels, stop, wait_until_serving
from widget_tree import WIDGET_MODULES, built_widgets, widget_tree

from commonground import journal, progress, storage
from commonground.commands import app
from commonground.errors import CommonGroundError
from commonground.workshop import room, room_claims

CODE = "K7PM3Q"
MARKUP = '<img src=x onerror="alert(1)">[click](javascript:alert(2))<script>alert(3)</script>'
#: The payloads above as live markup (what must never reach a page unescaped).
LIVE_MARKUP = ("<img src=x", "<script>alert(", 'href="javascript', "href='javascript", "<b on")


# ---- a live room --------------------------------------------------------------------


def _probe_notebooks(folder: Path) -> Path:
    return one_cell_notebook(folder, "import os\nprint('HOME=' + os.environ['COMMONGROUND_HOME'])")


def _live_kernels(proc: subprocess.Popen) -> int:
    return len(kernels(psutil.Process(proc.pid).children(recursive=True)))


def _signed_in(base: str) -> requests.Session:
    session = requests.Session()
    session.headers["Sec-Fetch-Site"] = "same-origin"  # as the room's own form sends it
    assert session.get(f"{base}/?token={CODE}", timeout=60).status_code == 200
    return session


def _offsite(location: str) -> bool:
    """Whether a redirect target leaves the room's own site."""
    target = urlparse(location.replace("\\", "/"))
    return bool(target.scheme or target.netloc) or location.replace("\\", "/").startswith("//")


@pytest.mark.slow
def test_room_bounds_kernels_keeps_sign_in_on_site_and_names_apart(tmp_path):
    notebooks = _probe_notebooks(tmp_path / "notebooks")
    home = tmp_path / "home"
    port = app.free_port()
    base = f"http://127.0.0.1:{port}"
    page = f"{base}/voila/render/probe.ipynb"
    participants = home / "room" / "participants"
    argv = [sys.executable, "-m", "commonground", "app", "--room", "--no-browser"]
    argv += ["--port", str(port), "--home", str(home), "--code", CODE]
    argv += ["--notebooks", str(notebooks)]
    env = {
        **os.environ,
        "COMMONGROUND_ROOM_KERNELS_PER_PERSON": "2",
        "COMMONGROUND_ROOM_MAX_KERNELS": "6",
    }
    with (tmp_path / "room.log").open("ab") as log:
        proc = subprocess.Popen(
            argv, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, env=env
        )
    try:
        wait_until_serving(base + "/", proc, seconds=90)

        # The sign-in page cannot be framed, needs its XSRF pair, and never sends the
        # browser off the room's site whatever `next=` says.
        login = requests.Session().get(f"{base}/login", timeout=30)
        assert "frame-ancestors 'self'" in login.headers.get("Content-Security-Policy", "")
        bare = requests.post(f"{base}/login", data={"password": CODE}, timeout=30)
        assert bare.status_code == 403
        for target in (
            "//evil.example/",
            "https://evil.example/",
            "/\\evil.example",
            "///x.example",
        ):
            person = requests.Session()
            person.get(f"{base}/login", timeout=30)
            signed = person.post(
                f"{base}/login",
                params={"next": target},
                data={"password": CODE, "_xsrf": person.cookies.get("_xsrf")},
                allow_redirects=False,
                timeout=30,
            )
            assert signed.status_code == 302, target
            # the sign-in cookie stays home when another site makes the browser post
            sign_in = [
                c for c in signed.raw.headers.getlist("Set-Cookie") if c.startswith("username-")
            ]
            assert sign_in and all("samesite=lax" in c.lower() for c in sign_in), sign_in
            assert not _offsite(signed.headers["Location"]), (target, signed.headers["Location"])

        # Names: markup stays text; traversal and look-alike spellings land inside the room.
        ana = _signed_in(base)
        shown = ana.get(page, params={"learner": "Ana"}, timeout=120).text
        assert f"HOME={participants / 'ana'}" in shown
        ana.get(page, timeout=120)  # her browser comes back with the name (its kernel's socket)
        taken = _signed_in(base).get(page, params={"learner": "ＡＮＡ"}, timeout=120).text
        assert "already taken" in taken and f"HOME={participants / 'ana'}" not in taken
        for typed in (
            MARKUP,
            "<b onmouseover=alert(1)>Bo</b>",
            "../../" + "x" * 30,
            "..",
            "/etc/passwd",
        ):
            text = _signed_in(base).get(page, params={"learner": typed}, timeout=120).text
            assert not any(bad in text for bad in LIVE_MARKUP), typed
        folders = sorted(p.name for p in participants.iterdir())
        assert folders == sorted(["ana", "b-onmouseover-alert-1-bo-b", "x" * 30, "etc-passwd"])
        assert not (home / ("x" * 30)).exists()

        # One person reloading again and again keeps at most 2 kernels (the oldest makes way).
        before = _live_kernels(proc)
        for _ in range(4):
            again = ana.get(page, timeout=120)
            assert f"HOME={participants / 'ana'}" in again.text
        assert _live_kernels(proc) <= before + 1

        # The room holds 6 kernels at most: a newcomer is told the room is full, no kernel.
        fill = 0
        while _live_kernels(proc) < 6:
            fill += 1
            filler = _signed_in(base).get(page, params={"learner": f"filler {fill}"}, timeout=120)
            assert "HOME=" in filler.text
        late = _signed_in(base).get(page, params={"learner": "Late Comer"}, timeout=120)
        assert late.status_code == 503 and "room is full" in late.text
        assert _live_kernels(proc) == 6
        # ... while someone already in, at their own limit, still gets a fresh page.
        assert f"HOME={participants / 'ana'}" in ana.get(page, timeout=120).text
        assert _live_kernels(proc) == 6

        # Wrong codes are slowed down whatever address a header claims for each try.
        guesser = requests.Session()
        for n in range(6):
            guess = {"token": f"WRONG{n}"}
            headers = {"X-Real-Ip": f"10.9.{n}.1", "X-Forwarded-For": f"10.8.{n}.1"}
            guesser.get(base + "/", params=guess, headers=headers, timeout=30)
        held = guesser.get(
            base + "/", params={"token": CODE}, headers={"X-Real-Ip": "10.7.7.7"}, timeout=30
        )
        assert "/login" in held.url  # even the right code waits its turn now
    finally:
        stop(proc)


def test_a_bad_kernel_limit_names_the_variable(monkeypatch):
    from commonground.serving.room_auth import OwnedKernelManager

    monkeypatch.setenv("COMMONGROUND_ROOM_KERNELS_PER_PERSON", "lots")
    with pytest.raises(CommonGroundError, match="COMMONGROUND_ROOM_KERNELS_PER_PERSON=lots"):
        OwnedKernelManager().kernels_per_person  # noqa: B018
    monkeypatch.setenv("COMMONGROUND_ROOM_KERNELS_PER_PERSON", "4")
    assert OwnedKernelManager().kernels_per_person == 4


# ---- names claimed from one device --------------------------------------------------


def test_hub_throttles_the_address_its_proxy_saw():
    from types import SimpleNamespace

    from commonground.hub.auth import client_address

    request = SimpleNamespace(
        remote_ip="10.9.9.9",  # what tornado took from a browser's X-Real-Ip
        headers={"X-Real-Ip": "10.9.9.9", "X-Forwarded-For": "10.0.0.1, 192.168.1.23"},
    )
    assert client_address(request) == "192.168.1.23"
    assert client_address(SimpleNamespace(remote_ip="127.0.0.1", headers={})) == "127.0.0.1"


@pytest.mark.parametrize("typed", ["Аna", "Οscar", "Ana Ольга", "pаypal"])
def test_a_name_mixing_lookalike_alphabets_is_refused(typed, tmp_path):
    # Cyrillic А in "Аna" would otherwise sit in the facilitator's list beside "Ana".
    room_claims.Claims(tmp_path).claim("Ana")
    with pytest.raises(CommonGroundError, match="type it in one alphabet"):
        room_claims.Claims(tmp_path).claim(typed)
    assert room_claims.Claims(tmp_path).names() == ["ana"]


@pytest.mark.parametrize("typed", ["Анна", "Ελένη", "Đorđe Łukasz", "王小明", "محمد", "Ana 2"])
def test_names_in_one_alphabet_are_welcome(typed, tmp_path):
    assert room_claims.Claims(tmp_path).claim(typed)[0]


def test_one_device_cannot_claim_name_after_name(tmp_path):
    claimed = []
    for n in range(room_claims.NAMES_PER_DEVICE + 2):
        slug, message = room.resolve_participant(
            FakeHandler({"learner": f"bot {n}"}, ip="192.168.1.23"), tmp_path
        )
        claimed.append(slug)
    assert claimed[: room_claims.NAMES_PER_DEVICE] == [
        f"bot-{n}" for n in range(room_claims.NAMES_PER_DEVICE)
    ]
    assert claimed[room_claims.NAMES_PER_DEVICE :] == [None, None]
    assert "many names" in message
    assert room_claims.Claims(tmp_path).names() == sorted(claimed[: room_claims.NAMES_PER_DEVICE])
    # Another device, and the facilitator's own computer, are not held back.
    assert (
        room.resolve_participant(FakeHandler({"learner": "Ana"}, ip="192.168.1.24"), tmp_path)[0]
        == "ana"
    )
    for n in range(room_claims.NAMES_PER_DEVICE + 2):
        assert room.resolve_participant(
            FakeHandler({"learner": f"demo {n}"}, ip="127.0.0.1"), tmp_path
        )[0]


def test_the_name_limit_forgets_after_its_window():
    limit = room_claims.NameClaimLimit(limit=2, window=600)
    for _ in range(2):
        limit.claimed("10.0.0.5", now=1000.0)
    assert not limit.allowed("10.0.0.5", now=1599.0)
    assert limit.allowed("10.0.0.5", now=1601.0)
    assert limit.allowed("::1", now=1000.0) and limit.allowed("10.0.0.6", now=1000.0)


# ---- what a participant saves -------------------------------------------------------


def test_exported_journal_shows_markup_as_typed(tmp_path):
    import mistune

    j = journal.Journal(path=tmp_path / "journal.json")
    j.save("reflection", {"note": MARKUP, "change": "line one\n# not a heading\n| a | b |"})
    j.save("story", {"items": [MARKUP, "![pixel](http://tracker.example/p.png)"]})
    text = j.export_markdown()
    rendered = mistune.html(text)
    for tag in ("<img", "<script", "<a ", "<h1>not", "<table"):
        assert tag not in rendered.replace("<h1>My Common Ground journal", ""), tag
    visible = rendered.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
    assert MARKUP in visible and "# not a heading" in visible
    assert "I said get_to_know" in journal.render_markdown(
        [{"kind": "note", "data": {"note": "I said get_to_know"}, "saved_at": ""}]
    )


def test_journal_refuses_a_huge_entry_and_a_full_journal(tmp_path, monkeypatch):
    j = journal.Journal(path=tmp_path / "journal.json")
    with pytest.raises(CommonGroundError, match="too long to save"):
        j.save("reflection", {"note": "x" * (journal.MAX_ENTRY_BYTES + 1)})
    assert not j.path.exists()
    j.save("reflection", {"note": "fine"})
    monkeypatch.setattr(journal, "MAX_JOURNAL_BYTES", j.path.stat().st_size + 10)
    with pytest.raises(CommonGroundError, match="journal is full"):
        j.save("reflection", {"note": "one more, longer than ten bytes"})
    assert [e["data"]["note"] for e in j.entries()] == ["fine"]


def test_lessons_completed_in_two_pages_at_once_both_count(tmp_path):
    path = tmp_path / "progress.json"
    progress.mark_complete("01", path)
    finished = threading.Event()

    def second_page():
        progress.mark_complete("02", path)
        finished.set()

    with storage.locked(path):  # the first page is half-way through writing
        worker = threading.Thread(target=second_page)
        worker.start()
        assert not finished.wait(0.5)  # the second page waits its turn
        data = json.loads(path.read_text())
        data["completed"]["03_opening_and_your_story"] = "2026-12-06T12:00:00+00:00"
        storage.atomic_write_json(path, data)
    worker.join(30)
    assert finished.is_set()
    assert len(progress.completed(path)) == 3


# ---- the hub: no server or kernel races another for a TCP port ----------------------


def test_hub_servers_get_distinct_ports_below_the_ephemeral_range():
    import socket

    from commonground.hub.spawner import RoomSpawner, ephemeral_ports

    low, high = 29000, 29007
    squatter = socket.socket()
    squatter.bind(("127.0.0.1", low))  # something else listens on one of them
    squatter.listen()
    spawners = [RoomSpawner(port_low=low, port_high=high) for _ in range(7)]
    try:
        ports = [spawner.pick_port() for spawner in spawners]
        assert len(set(ports)) == 7 and low not in ports
        assert all(low < port <= high for port in ports)
        with pytest.raises(RuntimeError, match="no free port"):
            RoomSpawner(port_low=low, port_high=high).pick_port()
        spawners[0]._release_port()
        assert RoomSpawner(port_low=low, port_high=high).pick_port() == ports[0]
    finally:
        squatter.close()
        RoomSpawner._ports_in_use.clear()
    default = RoomSpawner()
    assert default.port_high < ephemeral_ports()[0] and default.port_low >= 1024


def _listening_tcp_ports(process) -> set[int]:
    return {
        c.laddr.port for c in process.net_connections(kind="tcp") if c.status == psutil.CONN_LISTEN
    }


@pytest.mark.slow
def test_hub_people_signing_in_at_once_share_no_ports(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    import hub_client

    from commonground.cli import main
    from commonground.hub.config import find_proxy
    from commonground.hub.launch import free_loopback_port
    from commonground.hub.spawner import ephemeral_ports

    if find_proxy() is None:
        pytest.fail("configurable-http-proxy is missing: run `npm ci`")
    notebooks = one_cell_notebook(
        tmp_path / "notebooks", "print('started')", name="00_start_here.ipynb"
    )
    hub_dir, port, code = tmp_path / "hub", free_loopback_port(), "HUBK7PM3"
    argv = ["hub", "--config-only", str(hub_dir), "--port", str(port), "--code", code]
    assert main([*argv, "--notebooks", str(notebooks)]) == 0
    hub = hub_client.RunningHub(hub_dir, port)
    people = ("Ana", "Bo", "Cy", "Di")
    try:
        hub.wait_ready()
        with ThreadPoolExecutor(len(people)) as pool:
            pages = list(pool.map(lambda n: hub_client.sign_in(hub.base, n, code)[1], people))
        assert all("started" in page.text for page in pages)
        processes = hub.descendants()
        started = "commonground.hub.lean_start singleuser"  # the config's Spawner.cmd
        servers = [p for p in processes if started in " ".join(p.cmdline())]
        running = kernels(processes)
        assert len(servers) == len(people) and len(running) == len(people)
        server_ports = [_listening_tcp_ports(s) for s in servers]
        assert all(len(found) == 1 for found in server_ports)
        flat = [next(iter(found)) for found in server_ports]
        assert len(set(flat)) == len(people) and max(flat) < ephemeral_ports()[0]
        # A guesser cannot dodge the wrong-code wait by naming a new address in a header.
        guesser = requests.Session()
        refusals = []
        for n in range(6):
            guesser.headers.update({"X-Real-Ip": f"10.9.{n}.1", "X-Forwarded-For": f"10.8.{n}.1"})
            token = hub_client.xsrf(guesser, hub.base)
            refusals.append(
                guesser.post(
                    f"{hub.base}/hub/login",
                    data={"_xsrf": token, "username": "Guess", "password": f"WRONG{n}XX"},
                    timeout=60,
                ).text
            )
        assert "Wait" in refusals[4] and "Too many wrong codes" in refusals[5]
        for kernel in running:  # kernels talk over local sockets: no port picked, then lost
            argv = kernel.cmdline()
            connection = json.loads(Path(argv[argv.index("-f") + 1]).read_text())
            assert connection["transport"] == "ipc"
            sockets = {c.laddr for c in kernel.net_connections(kind="unix")}
            assert {f"{connection['ip']}-{connection['shell_port']}"} <= sockets
    finally:
        hub.stop()


def test_a_pasted_page_is_not_read_as_one_turn(tmp_path, monkeypatch):
    from commonground import roleplay
    from commonground.widgets import roleplay_player

    monkeypatch.setenv("COMMONGROUND_HOME", str(tmp_path))
    player = roleplay_player.RoleplayPlayer()
    player.start("retired_teacher")
    turns = len(player.state.transcript)
    read = []
    real = roleplay.free_text
    monkeypatch.setattr(roleplay, "free_text", lambda *a, **k: read.append(1) or real(*a, **k))
    player.say("What brought you to the campaign? " * 2000)
    assert "at most 1,500" in player.status.value and not read
    assert len(player.state.transcript) == turns
    player.say("What brought you to the campaign?")
    assert read and len(player.state.transcript) > turns


# ---- every widget shows typed markup as text ----------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("module", WIDGET_MODULES)
def test_markup_typed_into_any_widget_is_shown_as_text(module, tmp_path, monkeypatch):

    import ipywidgets as w

    monkeypatch.setenv("COMMONGROUND_HOME", str(tmp_path))
    built = 0
    for name, widget in built_widgets(module):
        built += 1
        for _ in range(2):  # type, press every button, then again over what appeared
            for part in list(widget_tree(widget)):
                if isinstance(part, (w.Text, w.Textarea, w.Combobox)) and not part.disabled:
                    part.value = MARKUP + " Would you come on Thursday at 7pm?"
            for part in list(widget_tree(widget)):
                if isinstance(part, w.Button) and not part.disabled:
                    part.click()
            for part in widget_tree(widget):
                shown = []
                if isinstance(part, (w.HTML, w.HTMLMath)):
                    shown.append(part.value)
                if getattr(part, "description_allow_html", False):
                    shown.append(part.description)
                for html in shown:
                    assert not any(bad in html for bad in LIVE_MARKUP), (name, html[:300])
    if module in WITH_FACTORIES:
        assert built, f"no widget factory without arguments in {module}"


#: Modules whose widgets can be built with no arguments (the others need data or a file).
WITH_FACTORIES = {"ask_builder", "pairing", "prep", "reflection", "roleplay_player", "start"}


# ---- in a real browser: the room's own pages ----------------------------------------

CHROMIUM = os.environ.get("COMMONGROUND_CHROMIUM", "/usr/bin/chromium")
SCRIPTED = '<img src=x onerror="window.__attacked = 1">'


@pytest.mark.slow
@pytest.mark.browser
def test_markup_in_a_name_and_a_typed_line_stays_text_in_the_browser(tmp_path):
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: the browser tests need Debian's chromium")
    port = app.free_port()
    base = f"http://127.0.0.1:{port}"
    argv = [sys.executable, "-m", "commonground", "app", "--room", "--no-browser"]
    argv += ["--port", str(port), "--home", str(tmp_path / "home"), "--code", CODE]
    with (tmp_path / "room.log").open("ab") as log:
        proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    dialogs = []
    try:
        wait_until_serving(base + "/", proc, seconds=90)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
            )
            page = browser.new_page()
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

            # Another site cannot frame the room (clickjacking): the frame stays empty.
            page.set_content(f'<iframe src="{base}/login" width="600" height="400"></iframe>')
            page.wait_for_timeout(1500)
            framed = page.frames[1]
            assert "password" not in framed.content()

            page.goto(f"{base}/login?next=//evil.example/")
            page.fill("input[type=password], input[name=password]", CODE.lower())
            with page.expect_navigation(timeout=60_000):
                page.keyboard.press("Enter")
            page.wait_for_load_state("networkidle", timeout=60_000)
            assert page.url.startswith(base + "/"), page.url

            lesson = f"{base}/voila/render/00_start_here.ipynb"
            page.goto(lesson)
            page.fill("#learner", SCRIPTED + "Zed")
            page.click("button[type=submit]")
            box = page.get_by_role("textbox", name="Your name")
            box.wait_for(timeout=120_000)
            box.fill(SCRIPTED + "[site](javascript:alert(2))")
            page.get_by_role("button", name="Say hello").click()
            hello = page.get_by_text("Hello, <img src=x", exact=False)
            hello.wait_for(timeout=60_000)
            assert "[site](javascript:alert(2))" in hello.inner_text()
            assert page.evaluate("window.__attacked") is None
            assert page.locator("img[src=x]").count() == 0
            browser.close()
    finally:
        stop(proc)
    assert dialogs == []
    folders = [p.name for p in (tmp_path / "home" / "room" / "participants").iterdir()]
    assert folders == ["img-src-x-onerror-window-attacked-1-zed"]
