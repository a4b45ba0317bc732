"""Under which access code each person signed in to a hub, so a new code signs out the old.

JupyterHub keeps a person signed in by its own cookie, whatever the room's code is now:
a code that leaked stayed useful to whoever had signed in with it. So the hub notes,
for each name, a hash of the code it signed in under and a hash of the browser it signed
in from (the login page's :data:`~commonground.hub.auth.BROWSER_COOKIE`), in
``<hub>/signed-in.json``. When the facilitator restarts the hub with a new code
(``commonground hub --code NEW``), :meth:`~commonground.hub.auth.RoomCodeAuthenticator.refresh_user`
finds the old code's hash and JupyterHub asks the person to sign in again (its servers
were stopped with the old hub). The same browser may then take its own name back with
the new code (no return code needed; its folder and journal are where they were); any
other browser still needs a return code, as before, and the old code opens nothing.

A name signed in before this file existed has no note and is left signed in.
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

from commonground import storage
from commonground.serving.codes import canonical_code

SIGNED_IN_FILE = "signed-in.json"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def code_tag(code: str) -> str:
    """A hash of the hub's code, as noted for a sign-in (the file sits beside the code)."""
    return _digest("hub-access-code:" + canonical_code(code))


def _read(hub_dir: str | Path) -> dict[str, dict]:
    data = storage.read_json(Path(hub_dir) / SIGNED_IN_FILE, default={})
    if not isinstance(data, dict):
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, dict)}


def note(hub_dir: str | Path, name: str, code: str, browser: str) -> None:
    """Note that ``name`` signed in under ``code`` from ``browser`` (its id, or "")."""
    path = Path(hub_dir) / SIGNED_IN_FILE
    with storage.locked(path):
        data = _read(hub_dir)
        data[name] = {"code": code_tag(code), "browser": _digest(browser) if browser else ""}
        storage.atomic_write_json(path, data)


def under_another_code(hub_dir: str | Path, name: str, code: str) -> bool:
    """Whether ``name`` signed in under a code other than ``code`` (no note: ``False``)."""
    record = _read(hub_dir).get(name)
    noted = str(record.get("code") or "") if record else ""
    return bool(noted) and not hmac.compare_digest(noted, code_tag(code))


def may_come_back(hub_dir: str | Path, name: str, code: str, browser: str) -> bool:
    """Whether ``browser`` may take ``name`` back with the room's ``code``: it is the
    browser that signed in with the name, and the name was signed out by a new code."""
    record = _read(hub_dir).get(name) or {}
    noted = str(record.get("browser") or "")
    return (
        bool(browser and noted)
        and hmac.compare_digest(noted, _digest(browser))
        and under_another_code(hub_dir, name, code)
    )
