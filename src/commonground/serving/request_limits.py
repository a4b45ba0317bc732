"""Limits on what one HTTP request to a room may hold the server with: its size, its pace.

Voila starts its server with tornado's defaults (``Application.listen`` with no options):
a request body of up to 100 MB is read into memory before any handler looks at it, and a
connection that sends its headers a byte at a time is kept for an hour. A script on the
room's network could hold the facilitator's laptop with a few dozen of either. No page of
a room sends more than a few kilobytes over HTTP (the name form and the code are query
arguments or a short form; widgets talk over the kernel's websocket), so the room's server
takes bodies of at most :data:`MAX_BODY_BYTES` (a larger one is refused before it is
read) and drops a connection idle for :data:`IDLE_SECONDS` or a body that takes longer
than :data:`BODY_SECONDS` to arrive (tornado's ``HTTPServer`` options).
"""

from __future__ import annotations

#: Largest request body the room's server reads (a name form or a sign-in is < 4 KB).
MAX_BODY_BYTES = 1 * 2**20
#: Seconds a connection may send nothing (between requests, or within its headers).
IDLE_SECONDS = 120
#: Seconds a request body may take to arrive.
BODY_SECONDS = 60


def server_options() -> dict[str, float]:
    """The ``HTTPServer`` options above."""
    return {
        "max_body_size": MAX_BODY_BYTES,
        "max_buffer_size": MAX_BODY_BYTES * 2,
        "idle_connection_timeout": IDLE_SECONDS,
        "body_timeout": BODY_SECONDS,
    }


def limit_requests(app_class=None) -> None:
    """Make ``app_class.listen`` (tornado's ``Application``) start its server with
    :func:`server_options` unless given others. Called from the room's Voila config, in
    the server's own process, before Voila listens; calling it twice changes nothing."""
    if app_class is None:
        from tornado import web

        app_class = web.Application
    if getattr(app_class.listen, "_commonground_limited", False):
        return
    original = app_class.listen

    def listen(self, port, address=None, **kwargs):
        return original(self, port, address, **{**server_options(), **kwargs})

    listen._commonground_limited = True
    app_class.listen = listen
