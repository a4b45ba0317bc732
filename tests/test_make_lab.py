"""`make lab` starts JupyterLab on the start notebook.

The server runs headless on a free loopback port with a test token; the test fetches the
notebook's URL and the notebook itself through the contents API, then stops the server.
"""

import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from processes import stop

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "commonground-test-token"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"Authorization": f"token {TOKEN}"})
    with urllib.request.urlopen(request, timeout=5) as response:
        return response.status, response.read()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.mark.slow
def test_make_lab_serves_the_start_notebook(tmp_path):
    port = _free_port()
    args = (
        f"--no-browser --port={port} --ServerApp.port_retries=0 --ServerApp.ip=127.0.0.1 "
        f"--IdentityProvider.token={TOKEN}"
    )
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"))
    server = subprocess.Popen(
        ["make", "--no-print-directory", "lab", f"LAB_ARGS={args}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                status, _ = _get(f"{base}/api/status")
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                if server.poll() is not None or time.monotonic() > deadline:
                    output = server.stdout.read().decode(errors="replace")
                    pytest.fail(f"JupyterLab did not start:\n{output[-3000:]}")
                time.sleep(0.5)
        # The browser opens the server's root, which must land on the start notebook.
        opener = urllib.request.build_opener(_NoRedirect)
        request = urllib.request.Request(f"{base}/", headers={"Authorization": f"token {TOKEN}"})
        try:
            opener.open(request, timeout=5)
            pytest.fail("the root URL did not redirect")
        except urllib.error.HTTPError as redirect:
            assert redirect.code == 302
            location = redirect.headers["Location"].rstrip("?")
            assert location.endswith("/lab/tree/notebooks/00_start_here.ipynb")
        status, page = _get(f"{base}/lab/tree/notebooks/00_start_here.ipynb")
        assert status == 200
        assert b"JupyterLab" in page or b"jupyter-config-data" in page
        status, body = _get(f"{base}/api/contents/notebooks/00_start_here.ipynb")
        model = json.loads(body)
        assert model["type"] == "notebook"
        assert "Welcome to Common Ground" in model["content"]["cells"][0]["source"]
    finally:
        stop(server)
