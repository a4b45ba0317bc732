"""A real JupyterHub from ``commonground hub --config-only``, on a free loopback port.

Two people (an Arabic and a Chinese name) sign in with the code, each reaches the start
page in their own server and folder, a wrong code is refused, neither can reach the
other's server or kernel, the facilitator's page lists both, a restart of the hub
keeps both signed in, and a restart with a new code signs them out until they type it. Required under CI; elsewhere skipped only when the proxy
(configurable-http-proxy, from ``npm ci``) is missing.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import quote

import hub_client
import pytest
import requests
from probe_notebooks import one_cell_notebook

from commonground.cli import main
from commonground.hub.config import ADMIN_FILE, find_proxy
from commonground.hub.launch import free_loopback_port

pytestmark = pytest.mark.slow

CODE = "HUBK7PM3"
NEW_CODE = "HUBW9XR4"
PEOPLE = ("محمد", "王小明")

if find_proxy() is None:
    if os.environ.get("CI") == "true":
        raise RuntimeError("configurable-http-proxy is missing: `npm ci` must install it under CI")
    pytest.skip("configurable-http-proxy not installed (run `npm ci`)", allow_module_level=True)


PICTURE = b"\x89PNG a lesson picture"


def _start_page_notebooks(folder: Path) -> Path:
    """A quick start page (saves a journal entry and shows where it went), and a picture."""
    made = one_cell_notebook(
        folder,
        "from commonground import journal\n"
        "entry = journal.save('story', {'text': 'mine'})\n"
        "print('JOURNAL=' + str(journal.Journal().path))",
        name="00_start_here.ipynb",
    )
    (made / "pic.png").write_bytes(PICTURE)
    return made


def _journal(page: requests.Response) -> str:
    found = re.search(r"JOURNAL=([^<\s]+)", page.content.decode("utf-8"))
    assert found, "the start page did not run"
    return found.group(1)


def test_two_people_a_wrong_code_and_a_restart(tmp_path):
    notebooks = _start_page_notebooks(tmp_path / "notebooks")
    hub_dir = tmp_path / "hub"
    port = free_loopback_port()
    argv = ["hub", "--config-only", str(hub_dir), "--port", str(port)]
    assert main([*argv, "--code", CODE.lower(), "--notebooks", str(notebooks)]) == 0
    config = (hub_dir / "jupyterhub_config.py").read_text()
    assert CODE not in config and "127.0.0.1" in config  # secret in a file; loopback
    hub = hub_client.RunningHub(hub_dir, port)
    try:
        hub.wait_ready()
        base = hub.base
        for process in [*hub.descendants()]:
            assert CODE not in " ".join(process.cmdline()).upper()
        wrong = hub_client.post_login(requests.Session(), base, "Eve", "WRONGKEY")
        assert wrong.status_code == 403 and "not right" in wrong.text
        blank = hub_client.post_login(requests.Session(), base, "   ", CODE)
        assert blank.status_code == 403 and "type your name" in blank.text

        sessions, journals, kernels = {}, {}, {}
        for name in PEOPLE:
            session, page, _ = hub_client.sign_in(base, name, CODE.lower())
            sessions[name], journals[name] = session, _journal(page)
            kernels[name] = re.search(r'"kernelId":\s*"([0-9a-f-]{36})"', page.text).group(1)
        a, b = PEOPLE
        assert journals[a] != journals[b]
        for name in PEOPLE:
            path = Path(journals[name])
            assert path.is_file() and path.is_relative_to(hub_dir / "people" / name)
        taken = hub_client.post_login(requests.Session(), base, a, CODE)
        assert taken.status_code == 403 and "already taken" in taken.text

        # B cannot reach A's server, nor A's kernel, nor write the lessons in B's own.
        a_url = quote(a, safe="")
        as_b = sessions[b]
        for path in (
            "voila/render/00_start_here.ipynb",
            f"api/kernels/{kernels[a]}",
            "api/contents",
        ):
            response = as_b.get(f"{base}/user/{a_url}/{path}", timeout=30)
            assert response.status_code in (403, 404) or "/hub/login" in response.url
            assert "JOURNAL=" not in response.text and kernels[a] not in response.text
        b_url = quote(b, safe="")
        edit = as_b.put(
            f"{base}/user/{b_url}/api/contents/00_start_here.ipynb",
            json={"type": "file", "format": "text", "content": "x"},
            headers={"X-XSRFToken": as_b.cookies.get("_xsrf", path="/user/" + b_url + "/") or ""},
            timeout=30,
        )
        assert edit.status_code == 403
        assert (notebooks / "00_start_here.ipynb").read_text().startswith("{")
        # The lessons' pictures: for people signed in to that server, nobody else.
        picture = f"{base}/user/{a_url}/voila/files/pic.png"
        assert sessions[a].get(picture, timeout=30).content == PICTURE
        for outsider in (requests.Session(), as_b):
            response = outsider.get(picture, timeout=30, allow_redirects=False)
            assert response.status_code in (302, 403) and PICTURE not in response.content

        # The facilitator's page lists both people.
        facilitator = requests.Session()
        password = (hub_dir / ADMIN_FILE).read_text().strip()
        assert hub_client.post_login(facilitator, base, "facilitator", password).status_code == 302
        listing = facilitator.get(f"{base}/services/facilitator/", timeout=60)
        assert listing.status_code == 200 and all(name in listing.text for name in PEOPLE)
        assert a not in as_b.get(f"{base}/services/facilitator/", timeout=60).text

        # A restart keeps both signed in (same cookie secret and database).
        hub.stop()
        hub = hub_client.RunningHub(hub_dir, port, log_name="hub-again.log")
        hub.wait_ready()
        for name in PEOPLE:
            page = hub_client.start_page(sessions[name], base)
            assert _journal(page) == journals[name]

        # The facilitator releases B's name: B can sign in again from a new device with
        # the return code shown, and nobody else who types B's name gets B's journal.
        listing = facilitator.get(f"{base}/services/facilitator/", timeout=60)
        token = re.search(r'name="_xsrf" value="([^"]+)"', listing.text).group(1)
        released = facilitator.post(
            f"{base}/services/facilitator/release/{b_url}", data={"_xsrf": token}, timeout=120
        )
        assert released.status_code == 200 and "return code" in released.text
        code = re.search(r"<strong>([A-Z0-9-]+)</strong>", released.text).group(1)
        listing = facilitator.get(f"{base}/services/facilitator/", timeout=60)
        assert f"Release the name {b}" not in listing.text
        stranger = hub_client.post_login(requests.Session(), base, b, CODE)
        assert stranger.status_code == 403 and "kept for its owner" in stranger.text
        again, page, _ = hub_client.sign_in(base, b, code.lower())
        assert _journal(page) == journals[b]
        reused = hub_client.post_login(requests.Session(), base, b, code)
        assert reused.status_code == 403  # the code worked once

        # A new code (the old one leaked): whoever signed in under the old one signs in
        # again; A's own browser takes A's name back with it, the old code opens nothing.
        hub.stop()
        assert main([*argv, "--code", NEW_CODE.lower(), "--notebooks", str(notebooks)]) == 0
        hub = hub_client.RunningHub(hub_dir, port, log_name="hub-new-code.log")
        hub.wait_ready()
        assert hub_client.signed_in_as(sessions[a], base) is None
        leaked = hub_client.post_login(requests.Session(), base, "Eve", CODE)
        assert leaked.status_code == 403 and "not right" in leaked.text
        assert hub_client.post_login(sessions[a], base, a, NEW_CODE).status_code == 302
        assert _journal(hub_client.start_page(sessions[a], base)) == journals[a]
    finally:
        hub.stop()
