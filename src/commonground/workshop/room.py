"""Serving a workshop room: app mode for participants' own devices, behind an access code.

``commonground app --room`` runs Voila with:

* a short **access code** as Voila's token (read from ``<room>/access-code``, never on
  the command line): every page, kernel and static request without it is sent to the
  login page, where the code is typed once in any case (a cookie then keeps the browser
  in; wrong codes are slowed down, see :mod:`commonground.serving.room_auth`);
* a **cookie secret** kept in ``<room>/cookie-secret``, so a restart keeps everyone in;
* a **prelaunch hook** (:func:`make_prelaunch_hook`) that asks each participant for
  their name the first time, claims that name for their browser (a signed cookie holds
  a per-name secret; the room keeps only its hash), and starts every lesson with
  ``COMMONGROUND_HOME`` pointing at ``<room>/participants/<name slug>``: journals,
  plans and reflections of different participants never share a folder. A second
  browser cannot take a name already claimed (nor one that looks the same); a name is
  never handed to someone else with its journal: ``?release=1`` signs one's browser out
  of it and shows a one-time return code, and the facilitator can issue one for any
  name (``commonground app --room --release NAME``) for its owner's new device. A name
  is claimed or released only from the room's own page
  (:func:`commonground.serving.origin.may_change_who`: its headers, or else tornado's
  XSRF token, which the name form carries), never by another site's link or form. Until a
  name is given no kernel is started: the form is a plain page. One address (a device,
  or a whole workshop behind one shared address) may start at most
  :data:`~.room_claims.NAMES_PER_DEVICE` new names in
  :data:`~.room_claims.NAMES_WINDOW_SECONDS`, counted in ``<room>/name-claims.json`` (the
  facilitator's own computer, loopback, is not limited); the room holds a bounded number
  of names, stale ones with nothing saved making way in a full room, and the facilitator
  is told on the terminal (:mod:`~.room_capacity`); and no kernel starts when
  the room is full (:meth:`~commonground.serving.room_auth.OwnedKernelManager.room_full`):
  the page says so instead.
* **kernels kept to their owner** (:class:`commonground.serving.room_auth.OwnedKernelManager`),
  idle kernels culled, and the address-bar theme/template overrides off
  (:mod:`commonground.serving.voila_config`).

The server binds to loopback unless the facilitator asks for the local network
(``--lan``). Nothing here imports tornado or Voila until the hook runs in the server.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from commonground import storage
from commonground.errors import CommonGroundError
from commonground.serving import codes
from commonground.serving.codes import CODE_ALPHABET  # noqa: F401 - part of this API
from commonground.serving.origin import from_another_site, may_change_who
from commonground.workshop.room_claims import (
    Claims,
    WrongReturnCodeError,
    name_claims,
    participant_home,
    return_code_text,
)
from commonground.workshop.room_pages import (
    name_form_page,
    reload_page,
    room_full_page,
    sign_out_page,
    without_name,
)

CODE_LENGTH = 6
COOKIE = "commonground_room_participant"
CONFIG_DIR = "voila-config"
CODE_FILE = "access-code"
SECRET_FILE = "cookie-secret"
#: Marks the cell the hook adds, so it is never added twice.
CELL_TAG = "commonground-room-home"
#: Wrong access codes and wrong return codes per address, kept across restarts.
WRONG_CODES_FILE = "wrong-codes.json"
WRONG_RETURNS_FILE = "wrong-return-codes.json"


def access_code(length: int = CODE_LENGTH) -> str:
    """A fresh random access code to read out to the room (e.g. ``K7PM3Q``)."""
    return codes.new_code(length)


def check_code(code: str) -> str:
    """Upper-case a facilitator-chosen code and refuse a weak one (< 6, ambiguous letters)."""
    return codes.check_code(code, min_length=CODE_LENGTH)


def home_cell_source(home: Path) -> str:
    """Code that points this kernel's Common Ground folder at ``home``."""
    return f"import os as _os\n_os.environ[{storage.HOME_ENV!r}] = {str(home)!r}\ndel _os"


def _with_home_cell(notebook, home: Path):
    import nbformat

    cells = [c for c in notebook.cells if CELL_TAG not in c.get("metadata", {}).get("tags", [])]
    first = nbformat.v4.new_code_cell(home_cell_source(home))
    first.metadata["tags"] = [CELL_TAG]
    notebook.cells = [first, *cells]
    return notebook


def participant_from_cookie(handler, room_home: str | Path) -> str | None:
    """The participant this browser's signed name cookie proves, or ``None``."""
    raw = handler.get_signed_cookie(COOKIE)
    if not raw:
        return None
    slug, _, secret = raw.decode("utf-8", "replace").partition(":")
    return slug if Claims(room_home).verify(slug, secret) else None


def browser_of(handler) -> str:
    """The cookie this browser already holds from the room's own pages, or ``""``.

    Tornado's ``_xsrf`` cookie, set by the name form (:func:`xsrf_field`) and kept by
    the browser across restarts of the room: it tells two browsers behind one address
    apart (see :meth:`Claims.claim`). It proves nothing by itself and is never trusted
    to sign anyone in.
    """
    get = getattr(handler, "get_cookie", None)
    settings = getattr(handler, "settings", None)
    name = settings.get("xsrf_cookie_name", "_xsrf") if isinstance(settings, dict) else "_xsrf"
    try:
        value = get(name) if get is not None else None
    except (TypeError, ValueError):
        return ""
    return str(value or "")


def _wrong_returns(room_home: str | Path) -> codes.Throttle:
    """The throttle for wrong return codes in this room (kept in a file: restarts keep it)."""
    return codes.Throttle(path=Path(room_home) / WRONG_RETURNS_FILE)


def resolve_participant(handler, room_home: str | Path) -> tuple[str | None, str]:
    """Who is asking: ``(slug, "")`` or ``(None, message for the name form)``.

    ``handler`` is the tornado request handler (anything with ``get_signed_cookie``,
    ``set_signed_cookie``, ``clear_cookie`` and ``get_argument``). A browser that holds
    a name keeps it (a second name is ignored) until it asks ``?release=1``, which signs
    it out of the name and shows the owner a return code (see :class:`Claims`).
    """
    claims = Claims(room_home)
    slug = participant_from_cookie(handler, room_home)
    request = getattr(handler, "request", None)
    own_page = may_change_who(handler)  # never signed in or out from another site's page
    if slug and handler.get_argument("release", "") and own_page:
        code = claims.release(slug)
        handler.clear_cookie(COOKIE)
        return None, (
            f"You have signed out of the name {slug!r} on this device; your journal stays "
            "kept under it for you alone. To come back to it, here or on another device, "
            f"type the name with this return code: {return_code_text(code)} (write it "
            "down; it works once)."
        )
    if slug:
        return slug, ""
    typed = handler.get_argument("learner", None)
    if typed is None:
        return None, ""
    returning = handler.get_argument("return", "") or ""
    if not own_page:
        return None, "Type your name here to start."  # never claimed from another site's page
    address = codes.client_key(getattr(request, "remote_ip", None) or "?")
    limit = name_claims(room_home)
    if not limit.allowed(address):
        return None, (
            "This device (or its network) has started many names in the last few minutes; "
            "wait a few minutes, or ask the facilitator."
        )
    wrong = _wrong_returns(room_home)
    if returning.strip():
        wait = wrong.wait_left(address)
        if wait:
            return None, f"Too many wrong return codes from this device: wait {int(wait) + 1} s."
    try:
        ip = getattr(request, "remote_ip", "") or ""
        slug, secret = claims.claim(typed, returning, ip, browser_of(handler))
    except WrongReturnCodeError as exc:
        wait = wrong.failed(address)
        return None, str(exc) + (f" (wait {int(wait) + 1} s before the next try)" if wait else "")
    except CommonGroundError as exc:
        return None, str(exc)
    if returning.strip():
        wrong.succeeded(address)
    from commonground.workshop.room_capacity import after_claim

    after_claim(room_home, len(claims.names()), limit.claimed(address))
    handler.set_signed_cookie(COOKIE, f"{slug}:{secret}", httponly=True, samesite="Strict")
    return slug, ""


def xsrf_field(handler) -> str:
    """The name form's hidden ``_xsrf`` field (tornado's token; sets its cookie), or ""."""
    try:
        return handler.xsrf_form_html()
    except (AttributeError, TypeError, KeyError):  # not a tornado handler (tests, tools)
        return ""


def make_prelaunch_hook(room_home: str | Path):
    """The Voila ``prelaunch_hook`` for a room (see the module docstring)."""
    room = Path(room_home)

    def hook(handler, notebook, cwd):
        from tornado.web import Finish

        from commonground.serving.room_auth import note_requester

        kernels = getattr(handler, "kernel_manager", None)
        request = getattr(handler, "request", None)
        if from_another_site(request) and participant_from_cookie(handler, room) is None:
            # A link in a web chat or mail: the name cookie (SameSite=Strict) was not
            # sent. The page reloads itself from the room's own site, where it is.
            handler.set_header("Content-Type", "text/html; charset=utf-8")
            raise Finish(reload_page(without_name(request)))
        holder = participant_from_cookie(handler, room)
        if holder and handler.get_argument("release", "") and not may_change_who(handler):
            # nothing says the room's own page asked: its form asks again, with the token
            _plain_page(handler)
            raise Finish(sign_out_page(holder, xsrf_field(handler)))
        slug, message = resolve_participant(handler, room)
        if slug is None:  # the name form, with no kernel started for it
            if holder and hasattr(kernels, "shut_down_person"):
                kernels.shut_down_person(holder)  # signed out: their open tabs stop too
            _plain_page(handler)
            raise Finish(name_form_page(message, xsrf_field(handler)))
        if hasattr(kernels, "room_full") and kernels.room_full(slug):
            handler.set_status(503)
            handler.set_header("Content-Type", "text/html; charset=utf-8")
            raise Finish(room_full_page())
        # the address may still carry the name form's token: never sent to another site
        handler.set_header("Referrer-Policy", "same-origin")
        note_requester(slug)  # the kernel about to start is this participant's
        home = participant_home(room, slug)
        home.mkdir(parents=True, exist_ok=True)
        return _with_home_cell(notebook, home)

    return hook


def _plain_page(handler) -> None:
    """Headers of the room's own forms (the name form, signing out)."""
    handler.set_header("Content-Type", "text/html; charset=utf-8")
    # never kept: on a shared laptop, Back must not show the last return code
    handler.set_header("Cache-Control", "no-store")
    # older browsers (no Sec-Fetch-Site) then say the form is the room's own
    handler.set_header("Referrer-Policy", "same-origin")
    # never inside another site's frame, where a click could be stolen (older browsers
    # too: jupyter_server's frame-ancestors policy is newer than this header)
    handler.set_header("X-Frame-Options", "SAMEORIGIN")


def write_voila_config(room_home: str | Path, code: str) -> Path:
    """Write the room's Voila config into ``<room>/voila-config``; return the folder.

    The code goes to ``<room>/access-code`` and a cookie secret (made once) to
    ``<room>/cookie-secret``, both readable by the facilitator only; the config reads
    them, so neither is on a command line.
    """
    room = Path(room_home).resolve()
    _write_private(room / CODE_FILE, code.encode("utf-8"))
    if not (room / SECRET_FILE).exists():
        _write_private(room / SECRET_FILE, secrets.token_bytes(32))
    folder = room / CONFIG_DIR
    source = (
        "# Written by `commonground app --room`: each participant's lessons use their own\n"
        "# Common Ground folder under the room; secrets are read from files beside it.\n"
        "from pathlib import Path\n\n"
        "from commonground.workshop.room import make_prelaunch_hook\n\n"
        f"ROOM = Path({str(room)!r})\n"
        "c.VoilaConfiguration.prelaunch_hook = make_prelaunch_hook(ROOM)\n"
        f"c.Voila.token = (ROOM / {CODE_FILE!r}).read_text(encoding='utf-8').strip()\n"
        f"c.Voila.cookie_secret = (ROOM / {SECRET_FILE!r}).read_bytes()\n"
        "c.Voila.identity_provider_class = "
        "'commonground.serving.room_auth.RoomIdentityProvider'\n"
        "c.RoomIdentityProvider.room_home = str(ROOM)\n"
        "# the sign-in cookie is not sent with other sites' requests (links still work)\n"
        "c.RoomIdentityProvider.cookie_options = {'samesite': 'Lax'}\n"
        "from commonground.serving.room_auth import guard_voila_files, quiet_logs\n\n"
        "quiet_logs()  # no request lines or kernel ids in the terminal\n"
        "from commonground.serving.request_limits import limit_requests\n\n"
        "limit_requests()  # no 100 MB bodies, no connection held open for an hour\n"
        "guard_voila_files()  # images under /voila/files/ only for signed-in browsers\n"
        "c.VoilaConfiguration.multi_kernel_manager_class = "
        "'commonground.serving.room_auth.OwnedKernelManager'\n"
        "# a name released from the command line stops the kernels of its old device\n"
        "c.OwnedKernelManager.room_home = str(ROOM)\n"
    )
    storage.atomic_write_text(folder / "voila.py", source)
    return folder


def _write_private(path: Path, data: bytes) -> None:
    import os

    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.chmod(path, 0o600)


def voila_room_args(config_dir: str | Path) -> list[str]:
    """Extra Voila options for a room: only the config folder (no secret in arguments)."""
    return [f"--Voila.config_file_paths={config_dir}"]


@dataclass(frozen=True)
class RoomSetup:
    """What ``commonground app --room`` needs: where to bind, Voila options, what to say."""

    code: str
    host: str
    room_home: Path
    extra_args: list[str]
    lines: list[str]


def room_setup(
    home: str | Path,
    port: int,
    code: str | None = None,
    lan: bool = False,
    new_code: bool = False,
) -> RoomSetup:
    """Prepare a room under ``<home>/room``: code, hook config, bind address, messages.

    Parameters
    ----------
    home
        The facilitator's Common Ground folder; participants' folders go in ``room/``.
    port
        The port the server will listen on (for the printed addresses).
    code
        An access code to use instead of the room's saved one (or a random one).
    lan
        Listen on every interface (0.0.0.0) so devices on the local network can connect;
        otherwise only this computer can (127.0.0.1).
    new_code
        A fresh random code even when the room has one saved.

    Without ``code`` or ``new_code`` the room keeps its saved code, so a restart keeps
    everyone in. A changed code (a leaked one) signs out every browser that came in with
    the old one (:meth:`~commonground.serving.room_auth.RoomIdentityProvider.code_tag`):
    they type the new code, and find their name and saved work as they left them.
    """
    room_home = Path(home) / "room"
    room_home.mkdir(parents=True, exist_ok=True)
    saved = _saved_code(room_home)
    chosen = check_code(code) if code else (saved if saved and not new_code else access_code())
    config_dir = write_voila_config(room_home, chosen)
    host = "0.0.0.0" if lan else "127.0.0.1"
    lines = [
        "Room access code (read it out; any case works; nobody gets in without it):",
        *codes.big_code(chosen),
    ]
    if lan:
        addresses = lan_addresses() or ["<this computer's address>"]
        lines += [f"Participants open: http://{a}:{port}/" for a in addresses]
    else:
        lines.append("Only this computer can connect; add --lan to open the room to the network.")
    lines.append(f"Each participant's journal is kept apart under {room_home / 'participants'}")
    lines.append(
        "A participant on a new device: `commonground app --room --release NAME` prints "
        "a return code for them."
    )
    lines.append("Who is in and how far each has got: `commonground app --room --who`.")
    if saved and saved != chosen:
        lines.append(
            "The access code has changed: everyone who came in with the old one types "
            "this one (names and saved work stay theirs)."
        )
    elif saved:
        lines.append(
            "Same access code as before (everyone stays in); --new-code gives a fresh "
            "one and signs out everyone who came in with this one."
        )
    return RoomSetup(chosen, host, room_home, voila_room_args(config_dir), lines)


def _saved_code(room_home: Path) -> str:
    """The room's saved access code, or "" (none, or not a valid code)."""
    try:
        return check_code((room_home / CODE_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, CommonGroundError):
        return ""


def check_room_outside(room_home: str | Path, notebooks: str | Path) -> None:
    """Refuse a room folder inside the lessons folder Voila serves.

    Voila serves the lessons folder's pictures (``/voila/files/``) and lists its folders:
    participants' folders in it would be listed, and any picture a lesson saved there
    could be opened by everyone in the room.

    Raises
    ------
    CommonGroundError
        Naming both folders.
    """
    served = Path(notebooks).resolve()
    served = served.parent if served.is_file() else served
    inside = Path(room_home).resolve()
    if inside == served or served in inside.parents:
        raise CommonGroundError(
            f"the room's folder {inside} is inside the lessons folder {served}, which is "
            "served to everyone: choose a --home outside it"
        )


def release_name(home: str | Path, name: str) -> str:
    """Sign ``name`` out of its device in the room under ``home``; say what to hand its owner.

    The name stays taken and its journal stays in its folder: the printed return code,
    typed with the name on any device, gives it back (once). Nobody else can take it.
    """
    code = Claims(Path(home) / "room").release(name)
    if code is None:
        return f"{name!r} was not taken in this room; nothing to release."
    return (
        f"Released {name!r} from the device it was on. Give its owner this return code: "
        f"{return_code_text(code)}. They type their name and the code (on any device) to "
        "reach their journal; it works once. Nobody else can take the name."
    )


def forget_unused_names(home: str | Path) -> str:
    """Free the names under which nothing is saved in the room under ``home``; say which.

    For a room whose names were filled by a script (see :meth:`Claims.forget_unused`).
    """
    freed = Claims(Path(home) / "room").forget_unused()
    if not freed:
        return "Every name in this room has something saved; nothing forgotten."
    return (
        f"Forgot {len(freed)} name(s) with nothing saved: anyone who held one types it "
        "again. Names with a journal stay taken."
    )


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
