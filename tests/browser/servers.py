"""Start and stop JupyterLab and Voila on free loopback ports for the browser tests.

Each server gets a throw-away Jupyter config/runtime folder and learner home, so the tests
never read a developer's own settings nor write into their home.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    """A running server process and the URL it answers on."""

    process: subprocess.Popen
    base_url: str
    token: str
    home: Path
    log: Path

    def url(self, path: str) -> str:
        sep = "&" if "?" in path else "?"
        return (
            f"{self.base_url}{path}{sep}token={self.token}" if self.token else self.base_url + path
        )

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)


def empty_home(server: Server) -> None:
    """Delete everything the learner saved in ``server``'s home; the folder stays."""
    server.home.mkdir(parents=True, exist_ok=True)
    for path in server.home.iterdir():
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


def test_env(tmp: Path) -> dict[str, str]:
    """Environment for a server: isolated Jupyter dirs and learner home."""
    for name in ("config", "runtime", "data", "home"):
        (tmp / name).mkdir(parents=True, exist_ok=True)
    return dict(
        os.environ,
        JUPYTER_CONFIG_DIR=str(tmp / "config"),
        JUPYTER_RUNTIME_DIR=str(tmp / "runtime"),
        COMMONGROUND_HOME=str(tmp / "home"),
        MPLBACKEND="Agg",
        PATH=f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
    )


def start(command: list[str], tmp: Path, port: int, token: str, ready_path: str) -> Server:
    """Start ``command`` and wait until ``ready_path`` answers (90 s at most)."""
    tmp.mkdir(parents=True, exist_ok=True)
    log = tmp / "server.log"
    handle = log.open("wb")
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=test_env(tmp),
        stdout=handle,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    server = Server(process, f"http://127.0.0.1:{port}", token, tmp / "home", log)
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(server.url(ready_path), timeout=5) as response:
                if response.status == 200:
                    return server
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            server.stop()
            raise RuntimeError(f"server did not start: {log.read_text(errors='replace')[-3000:]}")
        time.sleep(0.3)


def start_lab(tmp: Path) -> Server:
    """JupyterLab rooted at the repository, as `make lab` runs it."""
    port, token = free_port(), "browser-test-token"
    # Test-only page config: no news/update announcements over the notebook.
    labconfig = tmp / "config" / "labconfig"
    labconfig.mkdir(parents=True, exist_ok=True)
    (labconfig / "page_config.json").write_text(
        '{"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": true}}'
    )
    # Test-only user settings: render every notebook cell (no windowing), so outputs far
    # down the page exist in the DOM; workspaces kept apart from the developer's.
    settings = tmp / "lab-user-settings" / "@jupyterlab" / "notebook-extension"
    settings.mkdir(parents=True, exist_ok=True)
    (settings / "tracker.jupyterlab-settings").write_text('{"windowingMode": "none"}')
    command = [
        str(VENV_BIN / "jupyter"),
        "lab",
        f"--LabApp.user_settings_dir={tmp / 'lab-user-settings'}",
        f"--LabApp.workspaces_dir={tmp / 'lab-workspaces'}",
        # Checkpoints in the temp folder, never .ipynb_checkpoints/ inside the repository.
        f"--FileCheckpoints.checkpoint_dir={tmp / 'checkpoints'}",
        "--no-browser",
        "--allow-root",
        f"--port={port}",
        "--ServerApp.port_retries=0",
        "--ServerApp.ip=127.0.0.1",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={ROOT}",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    return start(command, tmp, port, token, "/api/status")


def start_voila(tmp: Path, notebooks: Path | None = None) -> Server:
    """Voila app mode over ``notebooks/``, built by the same functions `commonground app` uses."""
    from commonground.commands.app import build_voila_command
    from commonground.serving.voila_config import voila_app_args

    port = free_port()
    command = build_voila_command(
        notebooks or ROOT / "notebooks",
        port,
        python=sys.executable,
        extra_args=[*voila_app_args(), "--Voila.root_dir=" + str(notebooks or ROOT / "notebooks")],
    )
    return start(command, tmp, port, "", "/")
