"""Each person's server: their own home folder, ``COMMONGROUND_HOME`` inside it."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from jupyterhub.spawner import SimpleLocalProcessSpawner
from traitlets import Unicode

from commonground import storage
from commonground.serving.voila_main import with_template_path

#: The folder inside a person's home that holds their journal and progress.
DATA_FOLDER = "commonground"


class RoomSpawner(SimpleLocalProcessSpawner):
    """JupyterHub's simple local spawner with Common Ground's folders.

    Every server runs as the hub's own system user (like the simple spawner it extends);
    people are kept apart by the hub (each may only reach their own server) and by the
    single-user settings in :mod:`commonground.hub.singleuser` (no code, no edits). For
    separation at the operating-system level, use JupyterHub's ``LocalProcessSpawner``
    with one system user per person, or Kubernetes (see docs/hosting.md).
    """

    singleuser_config_dir = Unicode(
        "", config=True, help="JUPYTER_CONFIG_DIR for every single-user server."
    )

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
