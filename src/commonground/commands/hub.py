"""``commonground hub``: the lessons for a room or a programme, on JupyterHub.

Writes a hub folder (``jupyterhub_config.py``, the access code, the single-user settings;
see :mod:`commonground.hub.config`) and starts JupyterHub: each person signs in with a
name and the room's code and gets their own server and folder. ``--config-only DIR``
only writes the folder, for a facilitator who runs ``jupyterhub`` themselves.
"""

from __future__ import annotations

import os
from pathlib import Path

from commonground.errors import CommonGroundError


def add_hub_arguments(parser) -> None:
    """The options ``hub`` shares with ``app --room``."""
    parser.add_argument("--code", help="access code (8+ letters/digits; default: random)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument("--lan", action="store_true", help="open to the local network")
    parser.add_argument("--home", help="the facilitator's Common Ground folder")
    parser.add_argument("--notebooks", help="folder of lesson notebooks to serve")


def register(subparsers) -> None:
    """Add the ``hub`` subcommand."""
    parser = subparsers.add_parser(
        "hub", help="serve the lessons to a room on JupyterHub (one server per person)"
    )
    add_hub_arguments(parser)
    parser.add_argument(
        "--config-only", metavar="DIR", help="only write the hub folder DIR, start nothing"
    )
    parser.set_defaults(func=run_hub)


def run_hub(args) -> int:
    """Write the hub folder, then (unless ``--config-only``) run JupyterHub until Ctrl+C."""
    from commonground.commands.app import app_env, default_notebooks_dir, port_is_free
    from commonground.hub import launch
    from commonground.hub.config import write_hub
    from commonground.workshop.room import lan_addresses

    notebooks = Path(args.notebooks) if args.notebooks else default_notebooks_dir()
    if not notebooks.is_dir() or not any(notebooks.glob("*.ipynb")):
        raise CommonGroundError(f"{notebooks}: no lesson notebooks (.ipynb) found there")
    if not 0 < args.port < 65536:
        raise CommonGroundError(f"--port {args.port}: choose a number from 1 to 65535")
    config_only = getattr(args, "config_only", None)
    hub_dir = (
        Path(config_only) if config_only else Path(app_env(args.home)["COMMONGROUND_HOME"]) / "hub"
    ).resolve()
    settings = launch.settings_for(hub_dir, notebooks, args.port, lan=args.lan)
    config, code = write_hub(settings, code=args.code)
    if config_only:
        print(f"Wrote {config}")
        print(f"Start it with: cd {hub_dir} && jupyterhub -f {config.name}")
        print(f"The access code is in {hub_dir / 'access-code'}")
        return 0
    if not port_is_free(args.port, settings.ip):
        raise CommonGroundError(f"port {args.port} is in use; choose another with --port")
    for line in launch.facilitator_lines(settings, code, lan_addresses() if args.lan else []):
        print(line, flush=True)
    # Become JupyterHub (in its folder): a code typed after --code leaves the process list.
    os.chdir(hub_dir)
    command = launch.jupyterhub_command(hub_dir)
    os.execv(command[0], command)
    return 0  # not reached
