"""Serving a workshop room: app mode for participants' own devices, behind an access code.

``commonground app --room`` runs Voila with:

* a short **access code** as Voila's token: every page, kernel and static request
  without it is sent to the login page, where the code is typed once (a cookie then
  keeps the browser in);
* a **prelaunch hook** (:func:`make_prelaunch_hook`) that asks each participant for
  their name the first time, claims that name for their browser (a signed cookie holds
  a per-name secret; the room keeps only its hash), and starts every lesson with
  ``COMMONGROUND_HOME`` pointing at ``<room>/participants/<name slug>``: journals,
  plans and reflections of different participants never share a folder. A second
  browser cannot take a name already claimed.

The server binds to loopback unless the facilitator asks for the local network
(``--lan``). Nothing here imports tornado or Voila until the hook runs in the server.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import secrets
from dataclasses import dataclass
from pathlib import Path

from commonground import storage
from commonground.errors import CommonGroundError

#: Letters and digits that cannot be misheard or misread (no 0/O, 1/I/L, 5/S).
CODE_ALPHABET = "ABCDEFGHJKMNPQRTUVWXYZ2346789"
CODE_LENGTH = 6
COOKIE = "commonground_room_participant"
CLAIMS_FILE = "participants.json"
CONFIG_DIR = "voila-config"
#: Marks the cell the hook adds, so it is never added twice.
CELL_TAG = "commonground-room-home"


def access_code(length: int = CODE_LENGTH) -> str:
    """A fresh random access code to read out to the room (e.g. ``K7PM3Q``)."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def check_code(code: str) -> str:
    """Upper-case a facilitator-chosen code and refuse a weak one."""
    cleaned = code.strip().upper()
    if len(cleaned) < 4 or not cleaned.isalnum():
        raise CommonGroundError("the access code needs at least 4 letters or digits")
    return cleaned


def participant_home(room_home: str | Path, slug: str) -> Path:
    """The folder that holds one participant's journal and progress."""
    return Path(room_home) / "participants" / slug


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class Claims:
    """Which names are taken in this room (slug -> hash of the browser's secret)."""

    def __init__(self, room_home: str | Path):
        self.path = Path(room_home) / CLAIMS_FILE

    def _read(self) -> dict[str, str]:
        data = storage.read_json(self.path, default={})
        return data if isinstance(data, dict) else {}

    def claim(self, name: str) -> tuple[str, str]:
        """Claim ``name`` for a new browser.

        Returns
        -------
        (slug, secret)
            The file-safe name and the secret to keep in the browser's signed cookie.

        Raises
        ------
        CommonGroundError
            When the name has no letters or digits, or is already taken.
        """
        from commonground.journal import learner_slug

        slug = learner_slug(name)
        claims = self._read()
        if slug in claims:
            raise CommonGroundError(
                f"the name {name.strip()!r} is already taken in this room; add an initial"
            )
        secret = secrets.token_urlsafe(24)
        claims[slug] = _digest(secret)
        storage.atomic_write_json(self.path, claims)
        return slug, secret

    def verify(self, slug: str, secret: str) -> bool:
        """True when ``secret`` is the one issued for ``slug``."""
        expected = self._read().get(slug)
        return bool(expected) and hmac.compare_digest(expected, _digest(secret))

    def names(self) -> list[str]:
        """Slugs claimed so far (for the facilitator's count, never shown to participants)."""
        return sorted(self._read())


def home_cell_source(home: Path) -> str:
    """Code that points this kernel's Common Ground folder at ``home``."""
    return f"import os as _os\n_os.environ[{storage.HOME_ENV!r}] = {str(home)!r}\ndel _os"


def name_form_notebook(message: str = ""):
    """A one-cell notebook asking for the participant's name (a plain HTML form)."""
    import nbformat

    note = f"<p style='color:#b35900'>{html.escape(message)}</p>" if message else ""
    form = (
        "# Welcome to the workshop\n\n"
        "Type the name you will use today. Your journal, plans and reflections are kept "
        "under it, apart from everyone else's.\n\n"
        f"{note}"
        '<form method="get"><label>Your name: <input name="learner" required '
        'autocomplete="off"></label> <button type="submit">Start</button></form>'
    )
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.cells = [nbformat.v4.new_markdown_cell(form)]
    return nb


def _with_home_cell(notebook, home: Path):
    import nbformat

    cells = [c for c in notebook.cells if CELL_TAG not in c.get("metadata", {}).get("tags", [])]
    first = nbformat.v4.new_code_cell(home_cell_source(home))
    first.metadata["tags"] = [CELL_TAG]
    notebook.cells = [first, *cells]
    return notebook


def resolve_participant(handler, room_home: str | Path) -> tuple[str | None, str]:
    """Who is asking: ``(slug, "")`` or ``(None, message for the name form)``.

    ``handler`` is the tornado request handler (anything with ``get_signed_cookie``,
    ``set_signed_cookie`` and ``get_argument``).
    """
    claims = Claims(room_home)
    raw = handler.get_signed_cookie(COOKIE)
    if raw:
        slug, _, secret = raw.decode("utf-8").partition(":")
        if claims.verify(slug, secret):
            return slug, ""
    name = (handler.get_argument("learner", "") or "").strip()
    if not name:
        return None, ""
    try:
        slug, secret = claims.claim(name)
    except CommonGroundError as exc:
        return None, str(exc)
    handler.set_signed_cookie(COOKIE, f"{slug}:{secret}", httponly=True, samesite="Strict")
    return slug, ""


def make_prelaunch_hook(room_home: str | Path):
    """The Voila ``prelaunch_hook`` for a room (see the module docstring)."""
    room = Path(room_home)

    def hook(handler, notebook, cwd):
        slug, message = resolve_participant(handler, room)
        if slug is None:
            return name_form_notebook(message)
        home = participant_home(room, slug)
        home.mkdir(parents=True, exist_ok=True)
        return _with_home_cell(notebook, home)

    return hook


def write_voila_config(room_home: str | Path) -> Path:
    """Write ``voila.py`` (the hook) into ``<room>/voila-config`` and return the folder."""
    folder = Path(room_home) / CONFIG_DIR
    source = (
        "# Written by `commonground app --room`: each participant's lessons use their own\n"
        "# Common Ground folder under the room.\n"
        "from commonground.workshop.room import make_prelaunch_hook\n\n"
        f"c.VoilaConfiguration.prelaunch_hook = make_prelaunch_hook({str(room_home)!r})\n"
    )
    storage.atomic_write_text(folder / "voila.py", source)
    return folder


def voila_room_args(code: str, config_dir: str | Path) -> list[str]:
    """Extra Voila options for a room: the access code and the hook's config folder."""
    return [f"--token={code}", f"--Voila.config_file_paths={config_dir}"]


@dataclass(frozen=True)
class RoomSetup:
    """What ``commonground app --room`` needs: where to bind, Voila options, what to say."""

    code: str
    host: str
    room_home: Path
    extra_args: list[str]
    lines: list[str]


def room_setup(
    home: str | Path, port: int, code: str | None = None, lan: bool = False
) -> RoomSetup:
    """Prepare a room under ``<home>/room``: code, hook config, bind address, messages.

    Parameters
    ----------
    home
        The facilitator's Common Ground folder; participants' folders go in ``room/``.
    port
        The port the server will listen on (for the printed addresses).
    code
        An access code to use instead of a random one.
    lan
        Listen on every interface (0.0.0.0) so devices on the local network can connect;
        otherwise only this computer can (127.0.0.1).
    """
    room_home = Path(home) / "room"
    room_home.mkdir(parents=True, exist_ok=True)
    chosen = check_code(code) if code else access_code()
    config_dir = write_voila_config(room_home)
    host = "0.0.0.0" if lan else "127.0.0.1"
    lines = [f"Room access code: {chosen}  (read it out; nobody gets in without it)"]
    if lan:
        addresses = lan_addresses() or ["<this computer's address>"]
        lines += [f"Participants open: http://{a}:{port}/" for a in addresses]
    else:
        lines.append("Only this computer can connect; add --lan to open the room to the network.")
    lines.append(f"Each participant's journal is kept apart under {room_home / 'participants'}")
    return RoomSetup(chosen, host, room_home, voila_room_args(chosen, config_dir), lines)


def lan_addresses() -> list[str]:
    """This computer's addresses on the local network (best effort, may be empty)."""
    import socket

    found = set()
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.connect(("192.0.2.1", 9))  # a documentation address: nothing is sent
            found.add(sock.getsockname()[0])
    except OSError:
        pass
    return sorted(a for a in found if not a.startswith("127."))
