"""Stopping ``commonground app`` stops Voila and every kernel it started (real processes).

The app is started as a learner would (``commonground app --no-browser``), a lesson is
opened so a kernel starts, then only the ``app`` process itself is signalled, as Ctrl+C
(SIGINT), a service manager (SIGTERM) or a closed terminal (SIGHUP) would. Every process
it had started must be gone and the port free again.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import psutil
import pytest
import requests
from processes import kernels

from commonground.commands import app

pytestmark = pytest.mark.slow

LESSON = "voila/render/02_set_up_and_prepare.ipynb"


def _start(port: int, tmp_path) -> subprocess.Popen:
    log = (tmp_path / "app.log").open("ab")
    return subprocess.Popen(
        [sys.executable, "-m", "commonground", "app", "--no-browser", "--port", str(port)]
        + ["--home", str(tmp_path / "home")],
        cwd=tmp_path,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # the signal below reaches this process only, not a group
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _wait_up(base: str, proc: subprocess.Popen, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while True:
        assert proc.poll() is None, "the app stopped on its own"
        try:
            requests.get(base, timeout=5)
            return
        except requests.ConnectionError:
            assert time.monotonic() < deadline, "the app did not start"
            time.sleep(0.3)


def _gone(processes: list[psutil.Process], seconds: float) -> list[psutil.Process]:
    """The processes still running after ``seconds`` (waiting no longer than needed)."""
    _, alive = psutil.wait_procs(processes, timeout=seconds)
    return [p for p in alive if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_stopping_the_app_process_stops_voila_and_itskernels(tmp_path, sig):
    assert (app.default_notebooks_dir() / LESSON.rsplit("/", 1)[1]).is_file()
    port = app.free_port()
    base = app.app_url(port)
    proc = _start(port, tmp_path)
    started: list[psutil.Process] = []
    try:
        _wait_up(base, proc)
        page = requests.get(base + LESSON, timeout=120)
        assert page.status_code == 200 and "kernelId" in page.text
        server = psutil.Process(proc.pid)
        started = [server, *server.children(recursive=True)]
        assert kernels(started), "opening a lesson started no kernel"

        os.kill(proc.pid, sig)  # this process only: its children are not signalled

        left = _gone(started, seconds=30)
        assert not left, f"still running after {sig.name}: {[p.cmdline() for p in left]}"
        assert app.port_is_free(port)
        proc.wait(timeout=10)
    finally:
        for process in started:  # kernels run in sessions of their own: one by one
            if process.is_running():
                process.kill()
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)


def test_kernels_of_pages_nobody_has_open_are_culled(tmp_path, monkeypatch):
    """Pages fetched and left (no browser keeps them open) lose their kernels."""
    monkeypatch.setenv("COMMONGROUND_KERNEL_IDLE_SECONDS", "3")  # default: minutes
    monkeypatch.setenv("COMMONGROUND_CULL_INTERVAL_SECONDS", "1")
    port = app.free_port()
    base = app.app_url(port)
    proc = _start(port, tmp_path)
    server = None
    try:
        _wait_up(base, proc)
        server = psutil.Process(proc.pid)
        started = {}
        for lesson in ("01_what_and_why", "02_set_up_and_prepare"):
            page = requests.get(f"{base}voila/render/{lesson}.ipynb", timeout=120)
            assert page.status_code == 200 and "kernelId" in page.text
            # Recorded after each page: on a slow machine the first may already be culled.
            started.update((k.pid, k) for k in kernels(server.children(recursive=True)))
        assert len(started) == 2  # one per page, each left running by Voila
        left = _gone(list(started.values()), seconds=60)
        assert not left, "kernels of pages nobody has open were not culled"
        assert proc.poll() is None  # the app itself serves on
    finally:
        if server is not None:
            for process in server.children(recursive=True):
                process.kill()
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
