"""The ``commonground`` command: one entry point for every job run from a shell.

Subcommands live in :mod:`commonground.commands`, one module per group; each module
defines ``register(subparsers)`` and sets ``func`` on its parsers. A module there is
picked up automatically, so adding a command never edits this file.

Errors: a :class:`~commonground.errors.CommonGroundError` prints one line on stderr and
exits with its code; any other exception prints one line too, and the traceback only
with ``--debug``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys

from commonground import __version__
from commonground.errors import CommonGroundError

PROG = "commonground"


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Build the argument parser with every subcommand module registered.

    ``only``: register just the command module of that name (see :func:`_parser_for`).
    """
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Common Ground: practise and teach one-on-one organizing meetings, "
            "and analyse which asks convert."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show the full traceback when something fails"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    from commonground import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_") or only not in (None, info.name):
            continue
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(subparsers)
    return parser


def _parser_for(argv: list[str] | None) -> argparse.ArgumentParser:
    """The parser for ``argv``: when its command is the name of a command module (the
    module ``scenarios`` makes ``scenarios``), a parser with that module alone.

    A command's own options are parsed the same either way, and importing and building
    every other command took 0.05-0.1 s of every start (``tests/test_cli.py`` compares
    each command's parser both ways). Anything else (no command, ``--help``, a command
    some other module adds) gets every module.
    """
    from commonground import commands

    words = sys.argv[1:] if argv is None else argv
    word = next((w for w in words if not w.startswith("-")), None)
    names = {m.name for m in pkgutil.iter_modules(commands.__path__)}
    if word is None or word.startswith("_") or word not in names:
        return build_parser()
    return build_parser(only=word)


def _fail(message: str, code: int) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return code


#: Set by :func:`main` when the command asked to skip interpreter teardown on exit.
_exit_directly = False


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return the exit code (0 on success)."""
    global _exit_directly
    parser = _parser_for(argv)
    args = parser.parse_args(argv)
    _exit_directly = bool(getattr(args, "exit_directly", False))
    if not getattr(args, "func", None):
        parser.print_help()
        return 0 if args.command is None else 2
    try:
        result = args.func(args)
    except CommonGroundError as exc:
        if args.debug:
            raise
        return _fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:
        return _output_closed()
    except Exception as exc:  # a bug, not the user's fault: one line unless --debug
        if args.debug:
            raise
        return _fail(f"unexpected {type(exc).__name__}: {exc} (run with --debug for details)", 1)
    return int(result or 0)


def _output_closed() -> int:
    """The reader of stdout went away (``| head``): say so once, on stderr, and stop.

    The command stopped where it was printing: files it writes after its summary
    (``log import``'s log) may not be written, so this is exit code 1, not 0.
    """
    try:  # later writes (the interpreter's final flush) go nowhere instead of failing
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real stdout (a test's capture)
        pass
    return _fail(
        "the output was closed before the command finished (piped into head?): it stopped "
        "there, and files it writes afterwards may be missing; run it again without the pipe",
        1,
    )


def run() -> None:
    """Console-script entry point.

    A command that set ``exit_directly`` ends with ``os._exit`` once its output is
    flushed, instead of tearing every object down one by one. Each writes its files
    (atomically) before it returns. ``analyze`` leaves half a gigabyte of tables behind
    on a big log (the teardown took longer than some of its analysis steps);
    ``scenarios lint`` spent 50-70 ms of a one-second first run on it; and every
    command that reads an outcome log with pyarrow (``report`` and ``log``'s actions)
    could be aborted at exit by pyarrow's thread pool ("terminate called without an
    active exception", apache/arrow#34314), as ``report`` once was in our suite.
    """
    code = main()
    if _exit_directly:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except OSError:  # the reader went away (``| head``): nothing left to say
            code = code or 1
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
