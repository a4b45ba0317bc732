"""Write a hub's folder: ``jupyterhub_config.py``, the single-user config, the codes.

Layout of a hub folder (default ``<COMMONGROUND_HOME>/hub``)::

    jupyterhub_config.py        what `jupyterhub -f` reads (no secret in it)
    access-code                 the room's code (mode 600; read by the config)
    facilitator-password        the facilitator's sign-in (mode 600)
    jupyterhub_cookie_secret    made by JupyterHub once: a restart keeps people signed in
    jupyterhub.sqlite           who has signed in
    singleuser/                 each person's server config (lessons only)
    people/<name>/commonground  each person's journal and progress
    return-codes.json           hashes of the codes that give a released name back
    wrong-codes.json            wrong access codes per address (kept across restarts)
"""

from __future__ import annotations

import os
import secrets
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from commonground.errors import CommonGroundError
from commonground.hub import singleuser
from commonground.serving.codes import check_code, new_code
from commonground.serving.voila_config import DEFAULT_IDLE_MINUTES

CODE_FILE = "access-code"
ADMIN_FILE = "facilitator-password"
CONFIG_FILE = "jupyterhub_config.py"
SINGLEUSER_DIR = "singleuser"
PEOPLE_DIR = "people"
FACILITATOR = "facilitator"
#: JupyterHub's shared-password authenticator wants at least 8 characters.
HUB_CODE_LENGTH = 8
START_PAGE = "00_start_here.ipynb"
#: Single-user servers running at once (``JupyterHub.active_server_limit``): a workshop
#: of about 60 fits; past it JupyterHub asks the next person to try again (429), so a
#: script's names cannot start servers until the computer gives way.
ACTIVE_SERVER_LIMIT = 100


def find_proxy() -> str | None:
    """The ``configurable-http-proxy`` command: on PATH, else npm's ``node_modules``."""
    found = shutil.which("configurable-http-proxy")
    if found:
        return found
    here = Path(__file__).resolve()
    for root in (*here.parents[1:4], Path.cwd()):
        candidate = root / "node_modules" / ".bin" / "configurable-http-proxy"
        if candidate.exists():
            return str(candidate)
    return None


@dataclass
class HubSettings:
    """Everything the written config depends on."""

    hub_dir: Path
    notebooks: Path
    port: int = 8000
    lan: bool = False
    idle_minutes: int = DEFAULT_IDLE_MINUTES
    python: str = sys.executable
    proxy: str | None = None
    internal_ports: tuple[int, int] = (0, 0)  # hub API, proxy API (0: JupyterHub's default)
    facilitator_port: int = 10101

    @property
    def ip(self) -> str:
        return "0.0.0.0" if self.lan else "127.0.0.1"


def _write_secret(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text + "\n")
    os.chmod(path, 0o600)


def ensure_code(hub_dir: Path, code: str | None = None) -> str:
    """The hub's access code: ``code`` when given (checked), else the saved one, else new."""
    path = Path(hub_dir) / CODE_FILE
    if code:
        chosen = check_code(code, min_length=HUB_CODE_LENGTH)
    elif path.exists():
        chosen = check_code(path.read_text(encoding="utf-8"), min_length=HUB_CODE_LENGTH)
    else:
        chosen = new_code(HUB_CODE_LENGTH)
    _write_secret(path, chosen)
    return chosen


def ensure_admin_password(hub_dir: Path) -> str:
    """The facilitator's password (made once, 32 characters, kept in the hub folder)."""
    path = Path(hub_dir) / ADMIN_FILE
    if path.exists() and len(path.read_text(encoding="utf-8").strip()) >= 32:
        return path.read_text(encoding="utf-8").strip()
    password = secrets.token_urlsafe(24)
    _write_secret(path, password)
    return password


def config_source(s: HubSettings) -> str:
    """The text of ``jupyterhub_config.py`` for ``s`` (secrets are read from files)."""
    hub = Path(s.hub_dir).resolve()
    culler = [s.python, "-m", "jupyterhub_idle_culler", f"--timeout={s.idle_minutes * 60}"]
    facilitator = [s.python, "-m", "commonground.hub.lean_start", "facilitator"]
    hub_port, proxy_port = s.internal_ports
    lines = [
        "# Written by `commonground hub`. Start with: jupyterhub -f jupyterhub_config.py",
        "# The access code and the facilitator's password are read from files beside this",
        "# one, so they never appear in a process's arguments or in this file.",
        "from pathlib import Path",
        "",
        f"HUB = Path({str(hub)!r})",
        "c = get_config()  # noqa: F821",
        f"c.JupyterHub.ip = {s.ip!r}",
        f"c.JupyterHub.port = {int(s.port)}",
        "c.JupyterHub.hub_ip = '127.0.0.1'",
    ]
    if hub_port:
        lines.append(f"c.JupyterHub.hub_port = {int(hub_port)}")
    if proxy_port:
        lines.append(f"c.ConfigurableHTTPProxy.api_url = 'http://127.0.0.1:{int(proxy_port)}'")
    if s.proxy:
        lines.append(f"c.ConfigurableHTTPProxy.command = [{s.proxy!r}]")
    lines += [
        "# A restart keeps everyone signed in: same cookie secret, same database.",
        "c.JupyterHub.cookie_secret_file = str(HUB / 'jupyterhub_cookie_secret')",
        "c.JupyterHub.db_url = 'sqlite:///' + str(HUB / 'jupyterhub.sqlite')",
        "c.JupyterHub.pid_file = str(HUB / 'jupyterhub.pid')",
        "c.ConfigurableHTTPProxy.pid_file = str(HUB / 'jupyterhub-proxy.pid')",
        f"c.JupyterHub.template_paths = [{str(Path(__file__).resolve().parent / 'templates')!r}]",
        "",
        "# Sign-in: a name and the room's code (any case).",
        "c.JupyterHub.authenticator_class = 'commonground.hub.auth.RoomCodeAuthenticator'",
        "c.RoomCodeAuthenticator.allow_all = True",
        "c.RoomCodeAuthenticator.hub_dir = str(HUB)  # people's folders, return codes",
        f"c.RoomCodeAuthenticator.user_password = (HUB / {CODE_FILE!r})"
        ".read_text(encoding='utf-8').strip()",
        f"c.RoomCodeAuthenticator.admin_users = {{{FACILITATOR!r}}}",
        f"c.RoomCodeAuthenticator.admin_password = (HUB / {ADMIN_FILE!r})"
        ".read_text(encoding='utf-8').strip()",
        "",
        "# Each person: their own server, home folder and COMMONGROUND_HOME inside it.",
        "c.JupyterHub.spawner_class = 'commonground.hub.spawner.RoomSpawner'",
        f"c.RoomSpawner.home_dir_template = str(HUB / {PEOPLE_DIR!r}) + '/{{username}}'",
        f"c.RoomSpawner.singleuser_config_dir = str(HUB / {SINGLEUSER_DIR!r})",
        # jupyterhub-singleuser, started without jsonschema's IRI grammar (see lean_start)
        f"c.Spawner.cmd = {[s.python, '-m', 'commonground.hub.lean_start', 'singleuser']!r}",
        f"c.Spawner.notebook_dir = {str(Path(s.notebooks).resolve())!r}",
        f"c.Spawner.default_url = '/voila/render/{START_PAGE}'",
        "c.Spawner.start_timeout = 120",
        "c.Spawner.http_timeout = 120",
        "c.JupyterHub.shutdown_on_logout = True",
        "# servers running at once: a workshop fits; a script's names wait (429, try again)",
        f"c.JupyterHub.active_server_limit = {ACTIVE_SERVER_LIMIT}",
        "",
        "# Idle servers are stopped; the facilitator's page shows who is in.",
        "c.JupyterHub.services = [",
        f"    {{'name': 'idle-culler', 'command': {culler!r}}},",
        f"    {{'name': 'facilitator', 'url': 'http://127.0.0.1:{int(s.facilitator_port)}',",
        f"     'command': {facilitator!r}, 'oauth_no_confirm': True,",
        "     'environment': {'COMMONGROUND_HUB_DIR': str(HUB)}},",
        "]",
        "c.JupyterHub.load_roles = [",
        "    {'name': 'idle-culler', 'services': ['idle-culler'],",
        "     'scopes': ['list:users', 'read:users:activity', 'read:servers', 'delete:servers']},",
        "    {'name': 'facilitator-page', 'services': ['facilitator'],",
        "     'scopes': ['list:users', 'read:users', 'read:servers', 'delete:servers',",
        "                'admin:users']},",
        f"    {{'name': 'facilitator-access', 'users': [{FACILITATOR!r}],",
        "     'scopes': ['access:services!service=facilitator']},",
        "]",
    ]
    return "\n".join(lines) + "\n"


def write_hub(s: HubSettings, code: str | None = None) -> tuple[Path, str]:
    """Write the hub folder for ``s``; return the config path and the access code."""
    hub = Path(s.hub_dir)
    if not Path(s.notebooks).is_dir():
        raise CommonGroundError(f"{s.notebooks}: no lesson notebooks folder there")
    hub.mkdir(parents=True, exist_ok=True)
    (hub / PEOPLE_DIR).mkdir(exist_ok=True)
    chosen = ensure_code(hub, code)
    ensure_admin_password(hub)
    single = hub / SINGLEUSER_DIR
    single.mkdir(exist_ok=True)
    (single / "jupyter_server_config.py").write_text(
        singleuser.config_source(s.idle_minutes), encoding="utf-8"
    )
    config = hub / CONFIG_FILE
    config.write_text(config_source(s), encoding="utf-8")
    return config, chosen
