"""The facilitator's page: who is in the room and how far each person has got.

A JupyterHub service (``/services/facilitator/``), started and stopped by the hub. Only
the ``facilitator`` user may open it. It lists each person's name, whether their server
is running, when they were last active and the lessons they have completed (read from
``people/<name>/commonground/progress.json``); a button releases a name so that person
can sign in again from another device: the page then shows a one-time return code
(:mod:`commonground.hub.returns`) to give them, which they type in place of the room's
code. Their journal stays in their folder, and nobody else can take the name. Only a
participant who holds the name is released (:func:`release_refusal`): a name that is not
a user, the facilitator's own, or one kept for its owner is refused on a page saying why,
with nothing deleted and no code issued. A release first stops the person's lesson
server and waits until it has stopped (JupyterHub answers before then when stopping takes
over 10 s, and refuses to delete a user whose server is stopping); a server still
stopping after :data:`STOP_WAIT_SECONDS` is said so on the page, with nothing released.

A name deleted some other way (JupyterHub's own admin page, ``/hub/admin``, deletes the
user but issues no return code) is listed under "Names kept for their owner": its folder
and journal stay, nobody else can take the name (:mod:`commonground.hub.auth` refuses
it), and a button there gives a return code for it, so its owner is never locked out of
their journal. Names are shown in ``<bdi>``, so a right-to-left name keeps its own order,
and a name that looks like another (``kirn`` beside ``kim``: real names differ so, see
:func:`commonground.serving.names.looks_like`) says so (our advice).

Run by the hub as ``python -m commonground.hub.lean_start facilitator`` (jsonschema without
its IRI grammar, see :mod:`commonground.hub.lean_start`).
"""

from __future__ import annotations

import asyncio
import html
import json
import os
from pathlib import Path
from urllib.parse import quote

from jupyterhub.services.auth import HubOAuthCallbackHandler, HubOAuthenticated
from jupyterhub.utils import url_path_join
from tornado import httpclient, ioloop, web

from commonground import curriculum, progress
from commonground.errors import CommonGroundError
from commonground.hub.config import PEOPLE_DIR
from commonground.hub.spawner import DATA_FOLDER
from commonground.journal_text import when_text

#: How long "Release name" waits for the person's lesson server to stop, and how often it
#: asks the hub (a server stops in seconds; a busy computer can take a minute).
STOP_WAIT_SECONDS = 90
STOP_POLL_SECONDS = 0.5


def lessons_done(hub_dir: Path, name: str) -> int:
    """How many lessons ``name`` has completed (0 when nothing is recorded yet)."""
    path = Path(hub_dir) / PEOPLE_DIR / name / DATA_FOLDER / "progress.json"
    return len(progress.completed(path)) if path.exists() else 0


def render_rows(users: list[dict], hub_dir: Path) -> str:
    """The table body: one row per participant (the facilitator is left out)."""
    from commonground.serving.names import look_alikes

    total = len(curriculum.LESSONS)
    rows = []
    alikes = look_alikes([u.get("name", "") for u in users if not u.get("admin")])
    for user in sorted(users, key=lambda u: u.get("name", "")):
        name = user.get("name", "")
        if user.get("admin"):
            continue
        running = bool((user.get("servers") or {}).get(""))
        rows.append(
            "<tr><td><bdi>{n}</bdi>{k}</td><td>{r}</td><td>{a}</td><td>{d} of {t}</td><td>"
            '<form method="post" action="release/{q}">{x}'
            '<button type="submit" aria-label="Release the name {n}">Release name</button>'
            "</form></td></tr>".format(
                n=html.escape(name),
                k="".join(
                    f" (looks like <bdi>{html.escape(other)}</bdi>)"
                    for other in alikes.get(name, [])
                ),
                r="in a lesson" if running else "signed in, no lesson open",
                a=html.escape(
                    when_text(user["last_activity"]) if user.get("last_activity") else ""
                ),
                d=lessons_done(hub_dir, name),
                t=total,
                q=quote(name, safe=""),
                x="{xsrf}",
            )
        )
    return "\n".join(rows)


def kept_names(hub_dir: Path, user_names: set[str]) -> list[str]:
    """Names with a folder (a journal) in the hub and no user: deleted, kept for their owner."""
    people = Path(hub_dir) / PEOPLE_DIR
    if not people.is_dir():
        return []
    return sorted(p.name for p in people.iterdir() if p.is_dir() and p.name not in user_names)


def render_kept(users: list[dict], hub_dir: Path) -> str:
    """Rows for the names kept for their owner, each with a button giving a return code."""
    rows = []
    for name in kept_names(hub_dir, {u.get("name", "") for u in users}):
        rows.append(
            "<tr><td><bdi>{n}</bdi></td><td>{d} of {t}</td><td>"
            '<form method="post" action="return-code/{q}">{{xsrf}}'
            '<button type="submit" aria-label="Give a return code for {n}">'
            "Give a return code</button></form></td></tr>".format(
                n=html.escape(name),
                d=lessons_done(hub_dir, name),
                t=len(curriculum.LESSONS),
                q=quote(name, safe=""),
            )
        )
    return "\n".join(rows)


def return_code_for(hub_dir: Path, name: str, user_names: set[str]) -> str:
    """A fresh return code for a kept ``name`` (see :func:`kept_names`).

    Raises
    ------
    CommonGroundError
        When ``name`` is still a user (release it instead) or has no folder here.
    """
    from commonground.hub.returns import ReturnCodes

    if name in user_names:
        raise CommonGroundError(f"{name!r} is still signed in: release the name instead")
    if name not in kept_names(hub_dir, user_names):
        raise CommonGroundError(f"no journal is kept under {name!r} in this hub")
    return ReturnCodes(Path(hub_dir)).issue(name)


def release_refusal(name: str, users: list[dict], hub_dir: Path) -> tuple[int, str] | None:
    """Why ``name`` is not released, with the HTTP status to answer; None to release it.

    A return code is issued only for a participant who holds the name: a name that is
    not a user (a typo in a copied link, a name never taken) would otherwise get a code
    opening it to whoever has the code, and the facilitator would hand it out believing
    it gave a journal back. The facilitator's own name is never released here, and a
    name kept for its owner (a journal, no user) is pointed to its own button.
    """
    user = next((u for u in users if u.get("name", "") == name), None)
    if user is not None and user.get("admin"):
        return 409, f"{name!r} is the facilitator's own name, not a participant's: not released"
    if user is not None:
        return None
    if name in kept_names(hub_dir, {u.get("name", "") for u in users}):
        return 409, (
            f"{name!r} is not signed in, so there is nothing to release: its journal is "
            "kept, and a return code for it is given under 'Names kept for their owner'"
        )
    return 404, (
        f"{name!r} is not a name in this room: nothing was released and no return code "
        "was given (check the name in the list of who is in the room)"
    )


def server_stopped(user: dict | None) -> bool:
    """Whether a user's lesson server (the default one) has stopped, from the hub's
    ``GET /users/<name>``: no server listed and nothing pending (``None``: no user)."""
    if user is None:
        return True
    return not user.get("pending") and "" not in (user.get("servers") or {})


class _Base(HubOAuthenticated, web.RequestHandler):
    async def hub_call(self, method: str, path: str) -> tuple[int, object]:
        """The hub API's status and JSON answer (``None`` for an empty body); a status of
        400 or more, other than 404, is answered to the facilitator as 502."""
        url = url_path_join(os.environ["JUPYTERHUB_API_URL"], path)
        request = httpclient.HTTPRequest(
            url,
            method=method,
            headers={"Authorization": f"token {os.environ['JUPYTERHUB_API_TOKEN']}"},
            allow_nonstandard_methods=True,
        )
        response = await httpclient.AsyncHTTPClient().fetch(request, raise_error=False)
        if response.code >= 400 and response.code != 404:
            raise web.HTTPError(502, f"hub answered {response.code} to {method} {path}")
        return response.code, json.loads(response.body) if response.body else None

    async def hub_api(self, method: str, path: str) -> object:
        """The hub API's JSON answer (see :meth:`hub_call`)."""
        return (await self.hub_call(method, path))[1]

    async def stop_server(self, escaped: str, limit: float) -> bool:
        """Stop ``escaped``'s lesson server; whether it has stopped within ``limit`` s.

        JupyterHub waits 10 s for a server to stop, then answers 202 while it is still
        stopping, and refuses to delete a user whose server is stopping (400): on a busy
        computer a release then failed (502). So, after a 202, ask until it has stopped.
        """
        status, _ = await self.hub_call("DELETE", f"/users/{escaped}/server")
        deadline = ioloop.IOLoop.current().time() + limit
        while status == 202:
            code, user = await self.hub_call("GET", f"/users/{escaped}")
            if server_stopped(None if code == 404 else user):
                return True
            if ioloop.IOLoop.current().time() > deadline:
                return False
            await asyncio.sleep(STOP_POLL_SECONDS)
        return True


class PeoplePage(_Base):
    @web.authenticated
    async def get(self):
        users = await self.hub_api("GET", "/users?include_stopped_servers=1") or []
        hub_dir = Path(os.environ["COMMONGROUND_HUB_DIR"])
        xsrf = self.xsrf_form_html()
        rows = render_rows(users, hub_dir).replace("{xsrf}", xsrf)
        kept = render_kept(users, hub_dir).replace("{xsrf}", xsrf)
        count = sum(1 for u in users if not u.get("admin"))
        self.set_header("Cache-Control", "no-store")
        self.finish(
            "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            "<meta http-equiv='refresh' content='30'><title>Who is in the room</title></head>"
            f"<body><h1>Who is in the room ({count})</h1>"
            "<table><caption>Participants, their lessons completed and last activity "
            "(refreshes every 30 s)</caption><thead><tr><th scope='col'>Name</th>"
            "<th scope='col'>Status</th><th scope='col'>Last active</th>"
            "<th scope='col'>Lessons completed</th><th scope='col'>Release</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>"
            "<h2>Names kept for their owner</h2><table><caption>Signed out or deleted: "
            "their journal stays, nobody else can take the name; give its owner a return "
            "code to come back</caption><thead><tr><th scope='col'>Name</th>"
            "<th scope='col'>Lessons completed</th><th scope='col'>Return code</th></tr>"
            f"</thead><tbody>{kept}</tbody></table></body></html>"
        )


class ReleaseName(_Base):
    @web.authenticated
    async def post(self, name: str):
        from commonground.hub.returns import ReturnCodes

        users = await self.hub_api("GET", "/users?include_stopped_servers=1") or []
        hub_dir = Path(os.environ["COMMONGROUND_HUB_DIR"])
        self.set_header("Cache-Control", "no-store")
        refusal = release_refusal(name, users, hub_dir)
        if refusal is not None:  # nothing deleted, no code issued
            self.set_status(refusal[0])
            self.finish(refused_page(refusal[1], os.environ["JUPYTERHUB_SERVICE_PREFIX"]))
            return
        escaped = quote(name, safe="")
        if not await self.stop_server(escaped, STOP_WAIT_SECONDS):  # nothing deleted
            self.set_status(503)
            self.finish(refused_page(still_stopping(name), os.environ["JUPYTERHUB_SERVICE_PREFIX"]))
            return
        await self.hub_api("DELETE", f"/users/{escaped}")
        code = ReturnCodes(hub_dir).issue(name)
        self.finish(released_page(name, code, os.environ["JUPYTERHUB_SERVICE_PREFIX"]))


class GiveReturnCode(_Base):
    """A return code for a name kept for its owner (deleted on JupyterHub's admin page)."""

    @web.authenticated
    async def post(self, name: str):
        users = await self.hub_api("GET", "/users?include_stopped_servers=1") or []
        hub_dir = Path(os.environ["COMMONGROUND_HUB_DIR"])
        try:
            code = return_code_for(hub_dir, name, {u.get("name", "") for u in users})
        except CommonGroundError as exc:  # said on the page, not only in the log
            self.set_status(409)
            self.set_header("Cache-Control", "no-store")
            back = os.environ["JUPYTERHUB_SERVICE_PREFIX"]
            self.finish(refused_page(str(exc), back, "No return code given"))
            return
        self.set_header("Cache-Control", "no-store")
        self.finish(released_page(name, code, os.environ["JUPYTERHUB_SERVICE_PREFIX"]))


def refused_page(message: str, back: str, heading: str = "Nothing released") -> str:
    """The page when a name is not released or given a code: why, and the way back."""
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{heading}</title></head><body><h1>{heading}</h1>"
        f"<p role='alert'>{html.escape(message)}</p>"
        f"<p><a href='{html.escape(back, quote=True)}'>Back to who is in the room</a></p>"
        "</body></html>"
    )


def still_stopping(name: str) -> str:
    """Why a release stopped short: the name's lesson server has not stopped yet."""
    return (
        f"{name!r}'s lesson is still stopping on this computer, so the name is not released "
        "yet and no return code was given: try again in a minute"
    )


def released_page(name: str, code: str, back: str) -> str:
    """The page after a release: the return code to give the name's owner (shown once)."""
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Name released</title></head><body>"
        f"<h1>Released <bdi>{html.escape(name)}</bdi></h1>"
        "<p>Their journal stays kept under the name, and nobody else can take it. Give "
        f"them this return code: <strong>{html.escape(code)}</strong>. They sign in with "
        "their name and this code in place of the room's code (it works once).</p>"
        f"<p><a href='{html.escape(back, quote=True)}'>Back to who is in the room</a></p>"
        "</body></html>"
    )


def make_app() -> web.Application:
    prefix = os.environ["JUPYTERHUB_SERVICE_PREFIX"]
    return web.Application(
        [
            (prefix, PeoplePage),
            (url_path_join(prefix, "release/([^/]+)"), ReleaseName),
            (url_path_join(prefix, "return-code/([^/]+)"), GiveReturnCode),
            (url_path_join(prefix, "oauth_callback"), HubOAuthCallbackHandler),
        ],
        cookie_secret=os.urandom(32),
        xsrf_cookies=True,
    )


def main() -> None:
    from urllib.parse import urlparse

    url = urlparse(os.environ["JUPYTERHUB_SERVICE_URL"])
    make_app().listen(url.port, url.hostname)
    ioloop.IOLoop.current().start()


if __name__ == "__main__":
    main()
