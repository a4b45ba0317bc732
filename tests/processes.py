"""Starting and stopping the servers that tests run (Voila, JupyterLab, the app).

Each server is started in a process group of its own (``start_new_session=True``), so
stopping it stops the kernels it started too.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
import urllib.error
import urllib.request


def wait_until_serving(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    """Return once ``url`` answers over HTTP (any status); fail if ``proc`` stops first
    or ``seconds`` pass."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except urllib.error.HTTPError:
            return
        except (urllib.error.URLError, ConnectionError, OSError):
            if proc.poll() is not None:
                raise AssertionError(f"the server stopped (exit code {proc.returncode})") from None
            if time.monotonic() > deadline:
                raise AssertionError(f"{url} did not answer within {seconds:g} s") from None
            time.sleep(0.3)


def stop(proc: subprocess.Popen, seconds: float = 20) -> None:
    """Stop a server and its process group: SIGTERM, then SIGKILL after ``seconds``."""
    if proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def kernels(processes) -> list:
    """The live Jupyter kernels among ``processes`` (``psutil.Process`` objects).

    A kernel that has just been shut down may linger as a zombie until its server reaps
    it, or be gone already: neither is running, so neither counts.
    """
    import psutil

    found = []
    for process in processes:
        try:
            if process.status() != psutil.STATUS_ZOMBIE and "ipykernel" in " ".join(
                process.cmdline()
            ):
                found.append(process)
        except psutil.NoSuchProcess:  # gone, or a zombie (ZombieProcess is a subclass)
            continue
    return found
