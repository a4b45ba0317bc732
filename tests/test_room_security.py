"""The Voila room and plain ``app``, tried as an attacker in the room would (loopback only).

One room server is started with ``commonground app --room`` exactly as a facilitator
would, serving a small probe lesson (a widget and the kernel's folder), then restarted
once. A second check runs plain ``commonground app``.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
import requests
from probe_notebooks import one_cell_notebook
from processes import kernels, stop, wait_until_serving

from commonground.commands import app

pytestmark = pytest.mark.slow

CODE = "K7PM3Q"
NEW_CODE = "W9XR4T"
THEME = 'dark"><script>alert("theme")</script>'
TEMPLATE = 'nonexistent"><img src=x onerror=alert(1)>'


def _probe_notebooks(folder: Path) -> Path:
    return one_cell_notebook(
        folder,
        "import os, ipywidgets\nprint('HOME=' + os.environ['COMMONGROUND_HOME'])\n"
        "ipywidgets.IntSlider(description='probe')",
    )


def _start(argv: list[str], log: Path) -> subprocess.Popen:
    handle = log.open("ab")
    return subprocess.Popen(
        [sys.executable, "-m", "commonground", *argv],
        stdout=handle,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _browser() -> requests.Session:
    """A session whose requests say they come from the room's own page, as a browser's do."""
    session = requests.Session()
    session.headers["Sec-Fetch-Site"] = "same-origin"
    return session


def _get(session, url, seconds: float = 60, **kwargs):
    """GET that must finish within ``seconds`` (Voila keeps failed pages open)."""
    deadline = time.monotonic() + seconds
    response = session.get(url, stream=True, timeout=30, **kwargs)
    body = b""
    for chunk in response.iter_content(8192):
        body += chunk
        assert time.monotonic() < deadline, f"{url} still streaming after {seconds} s"
    response._content = body
    response.encoding = "utf-8"  # Voila's pages are UTF-8 (its header does not say so)
    return response


def _kernels(proc: subprocess.Popen) -> int:
    children = psutil.Process(proc.pid).children(recursive=True)
    return len(kernels(children))


def _kernel_id(page: str) -> str:
    found = re.search(r'"kernelId":\s*"([0-9a-f-]{36})"', page)
    assert found, "no kernel id in the page"
    return found.group(1)


def _cookie_header(session: requests.Session) -> str:
    return "; ".join(f"{c.name}={c.value}" for c in session.cookies)


def _ws_opens(base: str, kernel_id: str, session: requests.Session, origin: str = "") -> bool:
    """Whether a websocket to ``kernel_id`` opens with this browser's cookies (sent by a
    page of ``origin``, when given)."""
    from tornado.httpclient import HTTPClientError, HTTPRequest
    from tornado.websocket import websocket_connect

    url = base.replace("http", "ws") + f"/api/kernels/{kernel_id}/channels?session_id=probe"
    headers = {"Cookie": _cookie_header(session), **({"Origin": origin} if origin else {})}
    request = HTTPRequest(url, headers=headers, connect_timeout=20)

    async def connect():
        try:
            conn = await websocket_connect(request)
        except (HTTPClientError, OSError):
            return False
        conn.close()
        return True

    return asyncio.run(connect())


def _no_reflection(session, page_url: str) -> None:
    for key, payload in (("theme", THEME), ("template", TEMPLATE)):
        response = _get(session, page_url, seconds=60, params={key: payload})
        assert response.status_code in (200, 302, 400, 403, 404)
        assert "<script>alert(" not in response.text and "onerror=alert" not in response.text


def test_room_keeps_the_code_the_kernels_and_the_names_safe(tmp_path):
    notebooks = _probe_notebooks(tmp_path / "notebooks")
    home, log = tmp_path / "home", tmp_path / "room.log"
    port = app.free_port()
    argv = ["app", "--room", "--no-browser", "--port", str(port), "--home", str(home)]
    argv += ["--code", CODE.lower(), "--notebooks", str(notebooks)]
    base = f"http://127.0.0.1:{port}"
    page = f"{base}/voila/render/probe.ipynb"
    participants = home / "room" / "participants"
    proc = _start(argv, log)
    try:
        wait_until_serving(base + "/", proc, seconds=90)
        server = psutil.Process(proc.pid)
        assert "voila" in " ".join(server.cmdline())  # `commonground app --room` became Voila
        for process in [server, *server.children(recursive=True)]:
            assert CODE not in " ".join(process.cmdline()).upper()  # not visible in `ps`

        # No code: nothing but the login page, and no kernel.
        anon = requests.Session()
        for url in (base + "/", page, page + "?token=WRONG9"):
            refused = _get(anon, url, allow_redirects=False)
            assert refused.status_code == 302 and "/login" in refused.headers["Location"]
        # The code works in any case; without a name there is a form and still no kernel.
        ana = _browser()
        assert _get(ana, f"{base}/?token={CODE.lower()}").status_code == 200
        for _ in range(5):
            assert 'name="learner"' in _get(ana, page).text
        assert _get(ana, page + "?learner=+").text.count("type your name") == 1
        assert _kernels(proc) == 0

        ana_page = _get(ana, page + "?learner=Ana").text
        assert f"HOME={participants / 'ana'}" in ana_page
        ana_kernel = _kernel_id(ana_page)
        assert _kernels(proc) == 1

        # Another participant cannot reach Ana's kernel: not its model, socket or shutdown.
        bob = _browser()
        assert _get(bob, f"{page}?token={CODE}&learner=Bob").status_code == 200
        assert bob.get(f"{base}/api/kernels/{ana_kernel}", timeout=30).status_code == 404
        assert not _ws_opens(base, ana_kernel, bob)
        bob.cookies.set("_xsrf", "bobs-own-token")  # a valid double-submit xsrf pair
        xsrf = {"X-XSRFToken": "bobs-own-token"}
        shut = bob.post(f"{base}/voila/api/shutdown/{ana_kernel}", headers=xsrf, timeout=30)
        assert shut.status_code == 404
        assert ana.get(f"{base}/api/kernels/{ana_kernel}", timeout=30).status_code == 200
        assert _ws_opens(base, ana_kernel, ana)  # the owner still can
        # ... but not from another site's page, with her own cookies (cross-site websocket)
        assert not _ws_opens(base, ana_kernel, ana, origin="http://evil.example")
        # Nobody reads Ana's journal through the lessons' pictures: dot segments, encoded
        (participants / "ana" / "journal.json").write_text('{"secret": "ana-private"}')
        for path in (
            "%2e%2e/home/room/participants/ana/journal.json",
            "..%2fhome%2froom%2fparticipants%2fana%2fjournal.json",
            "..%5chome%5croom%5cparticipants%5cana%5cjournal.json",
            "%2e%2e%2f%2e%2e%2fhome/room/access-code",
        ):
            stolen = bob.get(f"{base}/voila/files/{path}", timeout=30, allow_redirects=False)
            assert stolen.status_code in (403, 404) and b"ana-private" not in stolen.content
        taken = _get(bob, page + "?learner=ANA").text  # Bob's browser already has a name
        assert str(participants / "ana") not in taken

        # Names in any script.
        for name in ("محمد", "王小明"):
            person = _browser()
            shown = _get(person, f"{page}?token={CODE}&learner={name}").text
            assert f"HOME={participants / name}" in shown, re.findall(
                r"HOME=[^<]*|already taken[^<]*|Error[^<]*", shown
            )
        # A browser that sends no Sec-Fetch-Site, Origin or Referer: the name form's own
        # XSRF token (tornado's) claims a name; the same request without it claims none.
        bare = requests.Session()
        assert _get(bare, f"{base}/?token={CODE}").status_code == 200
        form = _get(bare, page).text
        token = re.search(r'name="_xsrf" value="([^"]+)"', form).group(1)
        lured = _get(bare, page + "?learner=Cleo").text
        assert "HOME=" not in lured and not (participants / "cleo").exists()
        claimed = _get(bare, page, params={"learner": "Cleo", "_xsrf": token}).text
        assert f"HOME={participants / 'cleo'}" in claimed
        # Another site's link or picture does not sign that browser out: it is asked
        asked = _get(bare, page + "?release=1")
        assert "Sign out of this device?" in asked.text and "return code" not in asked.text
        assert asked.headers["X-Frame-Options"] == "SAMEORIGIN"
        assert f"HOME={participants / 'cleo'}" in _get(bare, page).text
        # The sign-in page's next= never leads to another site
        for target in (
            "//evil.example/",
            "/\\evil.example",
            "https:evil.example",
            "\t//evil.example",
        ):
            signing = requests.Session()
            _get(signing, f"{base}/login")
            sent = signing.post(
                f"{base}/login",
                params={"next": target},
                data={"password": CODE, "_xsrf": signing.cookies.get("_xsrf")},
                allow_redirects=False,
                timeout=30,
            )
            where = sent.headers.get("Location", "")
            assert sent.status_code == 302 and re.match(r"^/(?![/\\])", where), (target, where)
        # A huge body is refused before it is read (request_limits), and the room serves on.
        try:
            huge = requests.post(f"{base}/login", data=b"x" * (4 * 2**20), timeout=30)
            assert huge.status_code == 400, huge.status_code
        except requests.ConnectionError:
            pass  # tornado may close the connection instead of answering
        assert _get(bare, page).status_code == 200
        # Address-bar overrides: no markup reflected, nothing left hanging.
        _no_reflection(ana, page)

        # Wrong codes are slowed down: after 5, even the right code waits.
        guesser = requests.Session()
        for guess in ("AAAAAA", "BBBBBB", "CCCCCC", "DDDDDD", "EEEEEE"):
            guesser.get(f"{base}/?token={guess}", timeout=30, allow_redirects=False)
        held = guesser.get(f"{base}/?token={CODE}", timeout=30, allow_redirects=False)
        assert held.status_code == 302 and "/login" in held.headers["Location"]
        time.sleep(2.5)
        assert guesser.get(f"{base}/?token={CODE}", timeout=30).status_code == 200

        # A restart keeps everyone signed in, with their own folder.
        stop(proc)
        proc = _start(argv, log)
        wait_until_serving(base + "/", proc, seconds=90)
        again = _get(ana, page).text
        assert (
            f"HOME={participants / 'ana'}" in again
            and "learner" not in again.split("HOME=")[0][-200:]
        )

        # A new code (the old one leaked): whoever came in with the old one is out until
        # they type the new one; Ana then finds her own name and folder, no return code.
        stop(proc)
        proc = _start([*argv[:-4], "--code", NEW_CODE, *argv[-2:]], log)
        wait_until_serving(base + "/", proc, seconds=90)
        out = ana.get(page, timeout=60, allow_redirects=False)
        assert out.status_code == 302 and "/login" in out.headers["Location"]
        leaked = requests.Session().get(f"{page}?token={CODE}", timeout=60, allow_redirects=False)
        assert leaked.status_code == 302 and "/login" in leaked.headers["Location"]
        back = _get(ana, f"{page}?token={NEW_CODE}").text
        assert f"HOME={participants / 'ana'}" in back
    finally:
        stop(proc)
    logged = log.read_text(encoding="utf-8", errors="replace")
    assert ana_kernel not in logged  # kernel ids stay out of the terminal
    assert CODE not in logged.upper()  # only the spaced-out banner shows it
    assert NEW_CODE not in logged.upper()
    for guess in ("AAAAAA", "WRONG9"):
        assert guess not in logged


def test_plain_app_reflects_no_markup_and_never_hangs(tmp_path):
    notebooks = _probe_notebooks(tmp_path / "notebooks")
    port = app.free_port()
    argv = ["app", "--no-browser", "--port", str(port), "--home", str(tmp_path / "home")]
    proc = _start([*argv, "--notebooks", str(notebooks)], tmp_path / "app.log")
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(base + "/", proc, seconds=90)
        before = _kernels(proc)
        _no_reflection(requests.Session(), f"{base}/voila/render/probe.ipynb")
        assert _kernels(proc) <= before + 2  # one per page load, none leaked by a hang
    finally:
        stop(proc)
