"""``commonground app``: the lessons as an app (Voila: code hidden), on this computer only.

Serves the ``notebooks/`` folder with Voila on 127.0.0.1 and a free port, and prints the
URL. The start page lists the lessons; each opens with its code hidden and its widgets
live. Learner files (journal, progress) go to ``--home``, else ``$COMMONGROUND_HOME``,
else ``~/.commonground``; the kernels inherit that choice.

To extend (e.g. a workshop ``--room`` mode), build on :func:`build_voila_command` and
:func:`app_env` rather than on the argument parsing.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Sequence
from pathlib import Path

from commonground.errors import CommonGroundError
from commonground.serving import voila_config

DEFAULT_HOST = "127.0.0.1"
#: Voila with our template on its search path (see :mod:`commonground.serving.voila_main`).
VOILA_MODULE = "commonground.serving.voila_main"
#: The Voila template every lesson page is rendered with (course header, stylesheet).
TEMPLATE = voila_config.TEMPLATE
#: The course home: the rendered start lesson, with a card per lesson.
HOME_PAGE = "voila/render/00_start_here.ipynb"


def default_notebooks_dir() -> Path:
    """The lesson notebooks the package carries (see :mod:`commonground.resources`)."""
    from commonground.resources import notebooks_dir

    return notebooks_dir()


def free_port(host: str = DEFAULT_HOST) -> int:
    """A TCP port that is free on ``host`` right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def port_is_free(port: int, host: str = DEFAULT_HOST) -> bool:
    """Whether ``port`` can be bound on ``host``."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # As servers bind: connections of a just-stopped server (TIME_WAIT) don't count.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def app_url(port: int, host: str = DEFAULT_HOST) -> str:
    """The app's address (its page sends the browser on to the course home)."""
    return f"http://{host}:{port}/"


def home_url(port: int, host: str = DEFAULT_HOST) -> str:
    """The course home learners open: a card per lesson, and where to resume."""
    return app_url(port, host) + HOME_PAGE


def build_voila_command(
    notebooks: str | os.PathLike,
    port: int,
    *,
    host: str = DEFAULT_HOST,
    open_browser: bool = False,
    extra_args: Sequence[str] = (),
    python: str = sys.executable,
) -> list[str]:
    """The command line that serves ``notebooks`` with Voila.

    Parameters
    ----------
    notebooks
        Folder (a lesson list page) or a single ``.ipynb``.
    port
        TCP port to listen on.
    host
        Interface; loopback by default so only this computer can connect.
    open_browser
        Let Voila open the learner's browser.
    extra_args
        More Voila options (e.g. a token for a workshop room).
    python
        The interpreter that has Voila and commonground installed.

    Returns
    -------
    list of str
        Ready for :func:`subprocess.run`.
    """
    cmd = [
        python,
        "-m",
        VOILA_MODULE,
        str(notebooks),
        f"--port={int(port)}",
        f"--Voila.ip={host}",
        "--Voila.port_retries=0",
        "--classic-tree",  # the tree page of our template: it sends you to the course home
        f"--template={TEMPLATE}",
        "--show_tracebacks=False",
        "--strip_sources=True",
    ]
    if not open_browser:
        cmd.append("--no-browser")
    return [*cmd, *extra_args]


def app_env(home: str | os.PathLike | None = None) -> dict:
    """Environment for the Voila server and its kernels, with ``COMMONGROUND_HOME`` set.

    ``home`` wins; otherwise the learner's usual data folder
    (:func:`commonground.storage.data_home`) is resolved now and passed on, so every
    kernel writes journals and progress to the same place.
    """
    from commonground import storage

    path = Path(home).expanduser().resolve() if home else storage.data_home().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return {**os.environ, storage.HOME_ENV: str(path)}


def register(subparsers) -> None:
    """Add the ``app`` subcommand."""
    parser = subparsers.add_parser(
        "app", help="open the volunteer lessons as an app (Voila, code hidden)"
    )
    parser.add_argument("--port", type=int, default=0, help="port to use (default: a free one)")
    parser.add_argument(
        "--no-browser", action="store_true", help="only print the address; open no browser"
    )
    parser.add_argument(
        "--home", help="folder for journals and progress (default: ~/.commonground)"
    )
    parser.add_argument("--notebooks", help="folder of lesson notebooks to serve")
    parser.add_argument(
        "--content",
        metavar="DIR",
        help="a course of your own: build this copy of content/ and serve it",
    )
    room = parser.add_argument_group("workshop room (see commonground.workshop.room)")
    room.add_argument(
        "--room", action="store_true", help="serve a room: access code, one journal per name"
    )
    room.add_argument("--lan", action="store_true", help="with --room: open to the local network")
    room.add_argument(
        "--code", help="with --room: the access code to use (default: the room's saved one)"
    )
    room.add_argument(
        "--new-code",
        action="store_true",
        help="with --room: a fresh random code (signs out everyone who came in with the old)",
    )
    room.add_argument(
        "--release", metavar="NAME", help="with --room: free a participant's name, then exit"
    )
    room.add_argument(
        "--who", action="store_true", help="with --room: list who is in and their progress"
    )
    room.add_argument(
        "--forget-unused",
        action="store_true",
        help="with --room: free every name with nothing saved (a room filled by a script)",
    )
    parser.set_defaults(func=_run)


def _run(args) -> int:
    notebooks = Path(args.notebooks) if args.notebooks else default_notebooks_dir()
    course_env = {}
    if getattr(args, "content", None):  # a course of one's own (commonground.build.own_course)
        from commonground.build.own_course import prepare

        notebooks, course_env = prepare(args.content)
        print(f"Built {args.content} into {notebooks.parent}", flush=True)
    if not notebooks.is_dir() or not any(notebooks.glob("*.ipynb")):
        raise CommonGroundError(f"{notebooks}: no lesson notebooks (.ipynb) found there")
    if args.port and not 0 < args.port < 65536:
        raise CommonGroundError(f"--port {args.port}: choose a number from 1 to 65535")
    port = args.port or free_port()
    if not port_is_free(port):
        raise CommonGroundError(f"port {port} is in use; choose another or leave out --port")
    env = {**app_env(args.home), **course_env}
    host, extra, room_lines = DEFAULT_HOST, [], []
    if args.room and args.release:
        from commonground.workshop.room import release_name

        print(release_name(env["COMMONGROUND_HOME"], args.release))
        return 0
    if args.room and args.forget_unused:
        from commonground.workshop.room import forget_unused_names

        print(forget_unused_names(env["COMMONGROUND_HOME"]))
        return 0
    if args.room and args.who:
        from commonground.workshop.roster import roster_lines

        print("\n".join(roster_lines(Path(env["COMMONGROUND_HOME"]) / "room")))
        return 0
    if args.room:
        from commonground.workshop.room import check_room_outside, room_setup

        check_room_outside(Path(env["COMMONGROUND_HOME"]) / "room", notebooks)
        setup = room_setup(
            env["COMMONGROUND_HOME"], port, code=args.code, lan=args.lan, new_code=args.new_code
        )
        host, extra, room_lines = setup.host, setup.extra_args, setup.lines
    elif args.lan or args.code or args.new_code:
        raise CommonGroundError("--lan, --code and --new-code only work together with --room")
    from commonground.serving.voila_config import voila_app_args

    cmd = build_voila_command(
        notebooks,
        port,
        host=host,
        open_browser=not args.no_browser,
        extra_args=[*voila_app_args(), *extra],  # overrides off, idle kernels culled
    )
    start_page = home_url(port) if (notebooks / "00_start_here.ipynb").is_file() else app_url(port)
    print(f"Common Ground lessons: {start_page}", flush=True)
    for line in room_lines:
        print(line, flush=True)
    print(f"Your journal and progress are kept in {env['COMMONGROUND_HOME']}", flush=True)
    print("Press Ctrl+C to stop.", flush=True)
    return serve_until_stopped(cmd, env)


def serve_until_stopped(cmd: Sequence[str], env: dict) -> int:
    """Run Voila until it is stopped; stopping it stops every kernel it started.

    On POSIX this process *becomes* Voila (``exec``), so Ctrl+C (SIGINT) and SIGTERM
    sent to the ``commonground app`` process reach Voila itself, which then shuts its
    kernels down (Voila's own shutdown). If Voila is killed outright (SIGHUP, SIGKILL),
    its kernels notice their parent is gone and exit (ipykernel's parent poller). In a
    room, ``exec`` also takes the code typed after ``--code`` off the process list.
    On Windows, where ``exec`` starts a detached process, Voila runs as a child and
    Ctrl+C reaches both through the console.

    Returns
    -------
    int
        Exit status (only on Windows; on POSIX the call does not return).
    """
    import subprocess

    if os.name == "posix":
        sys.stdout.flush()
        sys.stderr.flush()
        os.execvpe(cmd[0], list(cmd), env)
    try:
        result = subprocess.run(list(cmd), env=env, check=False)
    except KeyboardInterrupt:
        return 0
    except FileNotFoundError as exc:
        raise CommonGroundError(f"cannot start Voila: {exc}") from None
    if result.returncode not in (0, -2, 130):
        raise CommonGroundError(f"Voila stopped with exit code {result.returncode}")
    return 0
