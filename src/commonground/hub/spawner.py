"""Each person's server: their own home folder, ``COMMONGROUND_HOME`` inside it, own port."""

from __future__ import annotations

import hashlib
import os
import random
import socket
import tempfile
from pathlib import Path

from jupyterhub.spawner import SimpleLocalProcessSpawner
from traitlets import Integer, Unicode, default

from commonground import storage
from commonground.serving.voila_main import with_template_path

#: The folder inside a person's home that holds their journal and progress.
DATA_FOLDER = "commonground"
#: How many ports below the system's ephemeral range single-user servers may use.
PORT_SPAN = 8192


def ephemeral_ports() -> tuple[int, int]:
    """The range the system hands out for ``bind(port 0)`` and outgoing connections."""
    try:
        low, high = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()
        return int(low), int(high)
    except (OSError, ValueError):
        return 32768, 60999  # Linux's default; macOS uses 49152-65535


def port_is_free(ip: str, port: int) -> bool:
    """Whether a server could listen on ``ip:port`` right now."""
    with socket.socket(socket.AF_INET6 if ":" in ip else socket.AF_INET) as sock:
        try:
            sock.bind((ip, port))
        except OSError:
            return False
    return True


class RoomSpawner(SimpleLocalProcessSpawner):
    """JupyterHub's simple local spawner with Common Ground's folders and ports.

    Every server runs as the hub's own system user (like the simple spawner it extends);
    people are kept apart by the hub (each may only reach their own server) and by the
    single-user settings in :mod:`commonground.hub.singleuser` (no code, no edits). For
    separation at the operating-system level, use JupyterHub's ``LocalProcessSpawner``
    with one system user per person, or Kubernetes (see docs/hosting.md).

    **Ports.** JupyterHub's own choice for a server's port (``Spawner.port = 0``) asks the
    system for a free ephemeral port and lets it go again; the server binds it seconds
    later, and meanwhile any outgoing connection (the proxy's, the hub's) or another
    server may take it, so that person's server cannot start. Here each server gets a
    port from ``port_low``-``port_high``, below the ephemeral range so nothing is handed
    it in between, and never one this hub has given to another running server.
    """

    singleuser_config_dir = Unicode(
        "", config=True, help="JUPYTER_CONFIG_DIR for every single-user server."
    )
    port_low = Integer(config=True, help="Lowest port for a single-user server.")
    port_high = Integer(config=True, help="Highest port for a single-user server.")

    #: port -> the spawner using it, for every server this hub process has started.
    _ports_in_use: dict[int, int] = {}

    @default("port_low")
    def _port_low_default(self):
        return max(1024, ephemeral_ports()[0] - PORT_SPAN)

    @default("port_high")
    def _port_high_default(self):
        return max(1024, ephemeral_ports()[0] - 1)

    def pick_port(self) -> int:
        """A port in the range that no server of this hub holds and nothing listens on."""
        ip = self.ip or "127.0.0.1"
        taken = RoomSpawner._ports_in_use
        candidates = list(range(self.port_low, self.port_high + 1))
        random.shuffle(candidates)
        for port in candidates:
            if taken.get(port, id(self)) == id(self) and port_is_free(ip, port):
                taken[port] = id(self)
                return port
        raise RuntimeError(f"no free port for a server in {self.port_low}-{self.port_high}")

    def _release_port(self) -> None:
        """Give back the port this spawner holds (its server has stopped)."""
        taken = RoomSpawner._ports_in_use
        for port in [p for p, holder in taken.items() if holder == id(self)]:
            del taken[port]

    async def start(self):
        self._release_port()
        self.port = self.pick_port()
        try:
            return await super().start()
        except BaseException:
            self._release_port()
            raise

    async def stop(self, now=False):
        try:
            return await super().stop(now=now)
        finally:
            self._release_port()

    def get_env(self):
        env = super().get_env()
        home = Path(self.home_dir)
        env[storage.HOME_ENV] = str(home / DATA_FOLDER)
        # Kernels use local sockets (see singleuser.py), whose paths must stay short.
        digest = hashlib.sha1(str(home).encode("utf-8")).hexdigest()[:12]
        env["JUPYTER_RUNTIME_DIR"] = os.path.join(tempfile.gettempdir(), f"cg-{digest}")
        # The course's Voila template ships in the package: put it on Jupyter's data path.
        env["JUPYTER_PATH"] = with_template_path(env)["JUPYTER_PATH"]
        if self.singleuser_config_dir:
            env["JUPYTER_CONFIG_DIR"] = self.singleuser_config_dir
        return env
