"""Start a hub from its folder, and what to tell the facilitator."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from commonground.errors import CommonGroundError
from commonground.hub.config import ADMIN_FILE, CONFIG_FILE, FACILITATOR, HubSettings, find_proxy
from commonground.serving.codes import big_code


def free_loopback_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def settings_for(
    hub_dir: Path, notebooks: Path, port: int, lan: bool = False, python: str = sys.executable
) -> HubSettings:
    """Settings with free internal ports and the proxy found (error when it is missing)."""
    proxy = find_proxy()
    if proxy is None:
        raise CommonGroundError(
            "configurable-http-proxy not found: run `npm ci` in the repository "
            "(or `npm install -g configurable-http-proxy`)"
        )
    return HubSettings(
        hub_dir=Path(hub_dir),
        notebooks=Path(notebooks),
        port=port,
        lan=lan,
        python=python,
        proxy=proxy,
        internal_ports=(free_loopback_port(), free_loopback_port()),
        facilitator_port=free_loopback_port(),
    )


def jupyterhub_command(hub_dir: Path, python: str = sys.executable) -> list[str]:
    """The command that starts JupyterHub with the hub folder's config (no secret in it)."""
    start = "commonground.hub.lean_start"  # jupyterhub, without the IRI grammar
    return [python, "-m", start, "hub", "-f", str(Path(hub_dir) / CONFIG_FILE)]


def start_hub(hub_dir: Path, python: str = sys.executable, **popen) -> subprocess.Popen:
    """Start JupyterHub in ``hub_dir`` (its working folder) and return the process."""
    env = {**os.environ, **popen.pop("env", {})}
    return subprocess.Popen(jupyterhub_command(hub_dir, python), cwd=hub_dir, env=env, **popen)


def facilitator_lines(s: HubSettings, code: str, addresses: list[str]) -> list[str]:
    """What the facilitator's terminal shows when the hub starts."""
    base = f"http://127.0.0.1:{s.port}/"
    lines = ["Common Ground room (JupyterHub)", "", "Access code (read it out; any case works):"]
    lines += big_code(code)
    lines.append("")
    if s.lan:
        for address in addresses or ["<this computer's address>"]:
            lines.append(f"Participants open: http://{address}:{s.port}/")
    else:
        lines.append(f"Participants open: {base}  (this computer only; add --lan for the network)")
    lines += [
        f"Who is in, and how far each has got: {base}services/facilitator/",
        f"  sign in there as {FACILITATOR!r} with the password in {Path(s.hub_dir) / ADMIN_FILE}",
        f"Each person's journal is kept in {Path(s.hub_dir) / 'people'}/<name>/commonground",
        "Press Ctrl+C to stop; starting again keeps everyone signed in.",
    ]
    return lines
