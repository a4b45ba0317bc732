"""What each person's server may do: show the lessons, run their widgets, nothing more.

The single-user server is a Jupyter server with Voila's extension. These settings take
away what a participant does not need and could misuse: JupyterLab, terminals, editing
or deleting the lesson files, running code in a kernel (only widget messages pass, as in
Voila's own app), the theme/template overrides in the address, and the lessons' pictures
(``/voila/files/``) for anyone not signed in to this server.
"""

from __future__ import annotations

from jupyter_server.services.contents.largefilemanager import AsyncLargeFileManager
from tornado import web

from commonground.serving.voila_config import (
    KERNEL_MESSAGE_TYPES,
    culling_settings,
    voila_settings,
)


class ReadOnlyContentsManager(AsyncLargeFileManager):
    """Lists and reads the lessons; refuses to save, rename or delete anything."""

    async def save(self, model, path=""):
        raise web.HTTPError(403, "the lessons are read-only here")

    async def delete_file(self, path):
        raise web.HTTPError(403, "the lessons are read-only here")

    async def rename_file(self, old_path, new_path):
        raise web.HTTPError(403, "the lessons are read-only here")


#: Server extensions switched off in a participant's server.
DISABLED_EXTENSIONS = (
    "jupyterlab",
    "notebook",
    "notebook_shim",
    "jupyter_lsp",
    "jupyter_server_terminals",
    "nbclassic",
)


def config_source(idle_minutes: int) -> str:
    """The text of the single-user ``jupyter_server_config.py``."""
    extensions = {name: False for name in DISABLED_EXTENSIONS}
    extensions["voila"] = True
    lines = [
        "# Written by `commonground hub`: each participant's server shows the lessons only.",
        f"c.ServerApp.jpserver_extensions = {extensions!r}",
        "c.ServerApp.terminals_enabled = False",
        # The hub may run as root (a container, CI); each server then runs as root too.
        "import os",
        "c.ServerApp.allow_root = os.geteuid() == 0",
        "c.ServerApp.contents_manager_class = "
        "'commonground.hub.singleuser.ReadOnlyContentsManager'",
        f"c.MappingKernelManager.allowed_message_types = {list(KERNEL_MESSAGE_TYPES)!r}",
        # Kernels talk over local sockets, not TCP ports: many servers starting kernels at
        # once on one machine otherwise race for the same free ports.
        "c.KernelManager.transport = 'ipc'",
        # Kernel ids and request lines stay out of the log at the default level.
        "c.Application.log_level = 'WARN'",
        # The lessons' pictures only for people signed in to this server.
        "from commonground.serving.room_auth import guard_voila_files",
        "guard_voila_files()",
    ]
    for key, value in {**culling_settings(idle_minutes), **voila_settings()}.items():
        lines.append(f"c.{key} = {value!r}")
    return "\n".join(lines) + "\n"
