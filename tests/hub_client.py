"""A participant's browser, played with ``requests``: sign in to a hub, reach a page.

Shared by tests/test_hub_live.py and benchmarks/bench_hub.py.
"""

from __future__ import annotations

import contextlib
import re
import time

import requests

START_PAGE = "voila/render/00_start_here.ipynb"


def read_page(session: requests.Session, url: str, limit: float = 120) -> requests.Response:
    """GET with a wall-clock limit (Voila streams heartbeats while a page renders)."""
    deadline = time.monotonic() + limit
    response = session.get(url, stream=True, timeout=(10, limit))
    body = b""
    for chunk in response.iter_content(16384):
        body += chunk
        if time.monotonic() > deadline:
            response.close()
            raise TimeoutError(f"{url}: still loading after {limit} s")
    response._content = body
    return response


def xsrf(session: requests.Session, base: str) -> str:
    """Open the login page; return the form's xsrf token."""
    page = session.get(f"{base}/hub/login", timeout=30)
    found = re.search(r'name="_xsrf" value="([^"]+)"', page.text)
    return found.group(1) if found else ""


def post_login(session: requests.Session, base: str, name: str, code: str) -> requests.Response:
    """Submit the sign-in form (name and code); the response after redirects."""
    token = xsrf(session, base)
    return session.post(
        f"{base}/hub/login",
        data={"_xsrf": token, "username": name, "password": code},
        timeout=60,
        allow_redirects=False,
    )


def signed_in_as(session: requests.Session, base: str) -> str | None:
    """The name the hub knows this session by (``None`` when signed out)."""
    response = session.get(f"{base}/hub/home", timeout=30, allow_redirects=False)
    if response.status_code != 200:
        return None
    found = re.search(r'data-user="([^"]*)"', response.text) or re.search(
        r"/user/([^/\"']+)/", response.text
    )
    return found.group(1) if found else ""


def wait_for_server(session: requests.Session, base: str, user_url: str, limit: float = 120):
    """Ask for the person's server until the hub has started it."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        response = session.get(f"{base}/hub/api/users/{user_url}", timeout=30)
        if response.status_code == 200:
            server = (response.json().get("servers") or {}).get("")
            if server and server.get("ready"):
                return
        session.get(f"{base}/hub/spawn/{user_url}", timeout=60)
        time.sleep(0.5)
    raise TimeoutError(f"the server for {user_url} did not start in {limit} s")


def hub_name(session: requests.Session, base: str) -> str:
    """The URL-escaped name the hub gave this signed-in session (from ``/hub/spawn``)."""
    response = session.get(f"{base}/hub/spawn", timeout=60, allow_redirects=False)
    found = re.search(r"/(?:user|spawn-pending)/([^/?]+)", response.headers.get("Location", ""))
    if not found:
        raise RuntimeError(f"not signed in ({response.status_code})")
    return found.group(1)


def start_page(session: requests.Session, base: str, limit: float = 120) -> requests.Response:
    """Follow a signed-in person to their start page (spawning their server if needed)."""
    user_url = hub_name(session, base)
    deadline = time.monotonic() + limit
    while True:
        page = read_page(session, f"{base}/user/{user_url}/{START_PAGE}", limit)
        if page.status_code == 200 and "jp-OutputArea" in page.text:
            return page
        if time.monotonic() > deadline:
            raise TimeoutError(f"{user_url}: no start page after {limit} s ({page.status_code})")
        time.sleep(0.5)


def sign_in(base: str, name: str, code: str, limit: float = 120):
    """A new browser: sign in, reach the start page. Returns (session, page, seconds)."""
    session = requests.Session()
    began = time.perf_counter()
    response = post_login(session, base, name, code)
    if response.status_code != 302:
        raise RuntimeError(f"{name}: sign-in refused ({response.status_code})")
    page = start_page(session, base, limit)
    return session, page, time.perf_counter() - began


class RunningHub:
    """A JupyterHub started from a hub folder, in its own process group."""

    def __init__(self, hub_dir, port: int, log_name: str = "hub.log"):
        import subprocess
        import sys

        from commonground.hub.launch import jupyterhub_command

        self.hub_dir = hub_dir
        self.base = f"http://127.0.0.1:{port}"
        self.log = hub_dir / log_name
        self._log_handle = self.log.open("ab")
        self.process = subprocess.Popen(
            jupyterhub_command(hub_dir, sys.executable),
            cwd=hub_dir,
            stdout=self._log_handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_ready(self, limit: float = 90) -> None:
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"JupyterHub exited: {self.log.read_text()[-3000:]}")
            try:
                if requests.get(f"{self.base}/hub/api", timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.3)
        raise TimeoutError(f"JupyterHub not up after {limit} s: {self.log.read_text()[-3000:]}")

    def descendants(self) -> list:
        import psutil

        try:
            return psutil.Process(self.process.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            return []

    def stop(self, limit: float = 40) -> None:
        """SIGTERM (the hub stops the servers and proxy it started), then make sure.

        A hub slow to shut down (a busy computer) is killed with its servers still in its
        database; a killed server lingers as a zombie until the system reaps it, and a
        hub started meanwhile takes it for running (``kill(pid, 0)`` succeeds) and waits
        for it for ``Spawner.http_timeout`` (120 s). So wait until they are gone.
        """
        import os
        import signal

        import psutil

        children = self.descendants()
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=limit)
            except Exception:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        for child in children:
            with contextlib.suppress(psutil.NoSuchProcess):
                child.kill()
        psutil.wait_procs(children, timeout=limit)  # gone, not only dead
        self._log_handle.close()
