"""Start JupyterHub, a person's server or the facilitator's page with a lean jsonschema.

JupyterHub and Jupyter Server import jsonschema (through jupyter_events and nbformat),
which builds ``rfc3987_syntax``'s IRI grammar at import when it is installed: about 0.75 s
of CPU on a quiet machine, 2 s or more on a busy one, for the hub and for every person's
server as it starts, and for the facilitator's page (see :mod:`commonground.schema_import`).
The hub is started, and its config starts the others, through here::

    python -m commonground.hub.lean_start hub -f jupyterhub_config.py
    python -m commonground.hub.lean_start singleuser [JupyterHub's arguments]
    python -m commonground.hub.lean_start facilitator

jsonschema is imported without its format checkers (no schema these load checks an IRI),
then the rest of the command line goes to that program's ``main`` as is.

A program started in the background by a shell (``commonground hub &``, a test runner's
job) inherits SIGINT ignored, and so did every server and service the hub started; but
JupyterHub stops them with SIGINT first, so each waited 10 s before SIGTERM, and a hub
took 40 s or more to stop. So SIGINT is heeded again here (:func:`heed_interrupts`).
"""

from __future__ import annotations

import importlib
import signal
import sys

from commonground.schema_import import import_jsonschema

#: What each first argument starts: the module whose ``main`` the console script runs.
MAINS = {
    "hub": "jupyterhub.app",
    "singleuser": "jupyterhub.singleuser",
    "facilitator": "commonground.hub.facilitator",
}


def heed_interrupts() -> None:
    """Let SIGINT stop this program if it was started with SIGINT ignored; the programs it
    starts then get SIGINT's default (an ignored signal is inherited, a handled one not)."""
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def run(argv: list[str] | None = None):
    """Start ``argv[0]`` (a key of :data:`MAINS`) with the rest of ``argv``."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv or argv[0] not in MAINS:
        raise SystemExit(f"usage: python -m commonground.hub.lean_start {'|'.join(MAINS)} ...")
    heed_interrupts()
    import_jsonschema()
    main = importlib.import_module(MAINS[argv[0]]).main
    sys.argv = [MAINS[argv[0]], *argv[1:]]
    return main()


if __name__ == "__main__":
    sys.exit(run())
