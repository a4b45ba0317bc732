"""Session 15 red team: the room and the hub attacked as a script would.

First the three gaps left open: a full hub had no make-way (a script holding many idle
names filled it for good); a script held places in a room from many IPv4 addresses (one
to three names each) or with a lesson open for each name; changing the access code left
everyone who came in with the old (leaked) one inside, in the room and the hub. Then
attacks no earlier round tried: names dressed with bidi controls and zero-width joiners
as another participant (room and hub), names that point at another's folder, a
participant asking for another's journal, replayed, forged, swapped and truncated name
cookies, another room's sign-in cookie, a restart in the middle of a save or a claim,
a flood of joins from one address, wrong codes from fresh IPv6 addresses, very long
access codes chosen or typed (room and hub), sign-ins refused at a full hub that must
free nobody, and a script taking the name of someone it pushed out of a full room.

Against 8e25f68 (this session's start) 11 of 46 cases fail: the gaps (7), the long
codes (3) and the name taken after it made way (1); the other fresh attacks were already
held. The live room and hub tests
(tests/test_room_security.py, tests/test_hub_live.py) restart with a new code too.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest
from fake_handler import FakeHandler
from hub_sign_in import PASSWORD, hub_authenticator

from commonground.errors import CommonGroundError
from commonground.serving.names import normalise_name
from commonground.workshop import room, room_capacity, room_claims


def _claim(room_home, name, ip, browser=None, **args):
    handler = FakeHandler({"learner": name, **args}, ip=ip)
    if browser:
        handler.cookies["_xsrf"] = browser
    slug, message = room.resolve_participant(handler, room_home)
    return slug, message, handler.cookies


def _secret(cookies) -> str:
    return cookies[room.COOKIE].partition(":")[2]


# ---- gap 1: a full hub makes way for a participant ----------------------------------


class FakeHub:
    """JupyterHub's users as the authenticator sees them: ``orm.User`` rows (created,
    last activity, servers) and the wrapper whose spawners are deleted with it."""

    def __init__(self):
        self.rows: dict[str, SimpleNamespace] = {}

    def add(self, name, created_ago=3600.0, active_ago=60.0, running=False):
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        spawner = SimpleNamespace(
            server_id=1 if running else None,
            last_activity=now - timedelta(seconds=active_ago) if running else None,
        )
        self.rows[name] = SimpleNamespace(
            name=name,
            created=now - timedelta(seconds=created_ago),
            last_activity=now - timedelta(seconds=active_ago),
            _orm_spawners=[spawner],
            running=running,
        )

    def handler(self, ip, browser):
        hub = self

        async def delete_spawners():
            return None

        def find_user(name):
            row = hub.rows.get(name)
            if row is None:
                return None
            return SimpleNamespace(
                name=name,
                running=row.running,
                spawner=SimpleNamespace(pending=None),
                delete_spawners=delete_spawners,
            )

        return SimpleNamespace(
            request=SimpleNamespace(remote_ip=ip, headers={"X-Forwarded-For": ip}),
            current_user=None,
            db=SimpleNamespace(query=lambda _table: list(hub.rows.values())),
            find_user=find_user,
            users=SimpleNamespace(delete=lambda user: hub.rows.pop(user.name)),
            get_secure_cookie=lambda _name: browser.encode(),
        )

    def sign_in(self, auth, name, ip):
        from commonground.hub.auth import _REFUSAL

        handler = self.handler(ip, f"browser-{name}")
        user = asyncio.run(auth.authenticate(handler, {"username": name, "password": PASSWORD}))
        if user is not None:  # JupyterHub creates the user after authenticate returns
            self.add(user["name"], created_ago=0.0, active_ago=0.0)
        return user, getattr(handler, _REFUSAL, "")


def _script_fills_the_hub(tmp_path, monkeypatch, hub, most=20, addresses=7):
    monkeypatch.setattr(room_claims, "MAX_NAMES", most)
    auth = hub_authenticator(tmp_path)
    for n in range(most):
        user, why = hub.sign_in(auth, f"bot {n}", f"10.41.0.{n % addresses + 1}")
        assert user is not None, why
    for row in hub.rows.values():  # an hour later; its cookies came back a minute ago
        row.created -= timedelta(seconds=3600)
    return auth


def test_a_script_filling_the_hub_with_idle_names_makes_way_for_a_participant(
    tmp_path, monkeypatch, capsys
):
    """Twenty names from seven addresses (at most three each), no server, nothing
    saved, their cookies back now and then: the next participant still gets in."""
    hub = FakeHub()
    auth = _script_fills_the_hub(tmp_path, monkeypatch, hub)
    user, why = hub.sign_in(auth, "Rosa", "10.42.0.7")
    assert user == {"name": "rosa", "admin": False, "groups": []}, why
    assert len(hub.rows) == 20 and "rosa" in hub.rows
    told = capsys.readouterr().err
    assert "hub is full" in told and "made way" in told and "admin page" in told


def test_a_stale_hub_name_goes_first_and_its_empty_home_with_it(tmp_path, monkeypatch):
    hub = FakeHub()
    auth = _script_fills_the_hub(tmp_path, monkeypatch, hub)
    hub.rows["bot-5"].last_activity -= timedelta(seconds=7200)  # unused for two hours
    home = tmp_path / "people" / "bot-5"
    (home / ".jupyter").mkdir(parents=True)
    (home / ".jupyter" / "x.json").write_text("{}")  # the server's own, not saved work
    assert hub.sign_in(auth, "Rosa", "10.42.0.7")[0] is not None
    assert "bot-5" not in hub.rows and not home.exists()


def test_a_full_hub_of_people_working_or_with_saved_work_makes_no_way(tmp_path, monkeypatch):
    """Near misses: servers running, saved work, a hub where idle names are few: the
    newcomer is refused, told to ask the facilitator, and nobody is deleted."""
    hub = FakeHub()
    auth = _script_fills_the_hub(tmp_path, monkeypatch, hub)
    for n, row in enumerate(hub.rows.values()):
        if n < 10:
            row._orm_spawners[0].server_id, row.running = 1, True  # a lesson open
        elif n < 16:
            saved = tmp_path / "people" / row.name / "commonground" / "journal.json"
            saved.parent.mkdir(parents=True)
            saved.write_text('{"entries": []}')
    # four left idle, from four addresses: a fifth of the hub, not more than a quarter
    before = list(hub.rows)
    user, why = hub.sign_in(auth, "Rosa", "10.42.0.7")
    assert user is None and "ask the facilitator" in why
    assert list(hub.rows) == before
    assert all((tmp_path / "people" / n / "commonground").exists() for n in before[10:16])


def test_a_refused_sign_in_at_a_full_hub_frees_nobody(tmp_path, monkeypatch):
    """The make-way is asked only for a name that would otherwise get in: a taken name,
    a look-alike, or a device over its share of new names pushes nobody out."""
    hub = FakeHub()
    auth = _script_fills_the_hub(tmp_path, monkeypatch, hub)
    before = list(hub.rows)
    for name, ip in (("bot 3", "10.42.0.8"), ("b0t 3", "10.42.0.8"), ("\u0299ot 4", "10.42.0.9")):
        user, why = hub.sign_in(auth, name, ip)
        assert user is None and ("taken" in why or "looks the same" in why), (name, why)
    limit = room_claims.NameClaimLimit(path=tmp_path / room_claims.NAME_CLAIMS_FILE)
    while limit.allowed("10.41.0.1"):  # the script's own address, at its share
        limit.claimed("10.41.0.1")
    user, why = hub.sign_in(auth, "Rosa", "10.41.0.1")
    assert user is None and "many names" in why
    assert list(hub.rows) == before


# ---- gap 2: places held from many IPv4 addresses, or with a lesson open for each ----


def test_a_script_on_many_ipv4_addresses_cannot_lock_the_room(tmp_path, monkeypatch, capsys):
    """A script on ten addresses of a campus network, three names each (never more than
    the per-address rule lets pass), keeps its cookies coming back: newcomers get in, and
    people in lessons, with saved work, or alone at their address stay."""
    monkeypatch.setattr(room_claims, "MAX_NAMES", 40)
    clock = [time.time()]
    monkeypatch.setattr(room_claims.time, "time", lambda: clock[0])
    claims = room_claims.Claims(tmp_path)
    people = {name: _claim(tmp_path, name, f"10.43.1.{n}")[2] for n, name in enumerate("ABCDE")}
    saved = room_claims.participant_home(tmp_path, "e") / "journal.json"
    saved.parent.mkdir(parents=True)
    saved.write_text("{}")
    script = {}
    for n in range(35):
        slug, message, cookies = _claim(tmp_path, f"bot {n}", f"10.44.{n // 3}.{n % 3 + 1}")
        assert slug, message
        script[slug] = cookies
    assert len(claims.names()) == 40
    for step in range(6):
        clock[0] += 300
        for slug, cookies in script.items():
            claims.verify(slug, _secret(cookies))
        claims.note_in_use(["a", "b", "c"])  # three with lessons open
        assert claims.verify("d", _secret(people["D"]))  # alone, cookie back, no lesson
        slug, message, cookies = _claim(tmp_path, f"Rosa {step}", f"10.45.{step}.1")
        assert slug == normalise_name(f"Rosa {step}"), message
        claims.note_in_use([slug])
        people[f"Rosa {step}"] = cookies
    for name, cookies in people.items():
        assert claims.verify(normalise_name(name), _secret(cookies)), name
    assert "from many addresses" in capsys.readouterr().err


def test_a_few_idle_names_in_a_full_room_of_people_are_kept(tmp_path, monkeypatch):
    """Near miss: in a full room, idle names under a quarter of it, one per address,
    are real people reading: the newcomer is refused, nobody pushed out."""
    monkeypatch.setattr(room_claims, "MAX_NAMES", 12)
    clock = [time.time()]
    monkeypatch.setattr(room_claims.time, "time", lambda: clock[0])
    claims = room_claims.Claims(tmp_path)
    cookies = {f"p{n}": _claim(tmp_path, f"P{n}", f"10.46.0.{n}")[2] for n in range(12)}
    clock[0] += 900
    claims.note_in_use([f"p{n}" for n in range(9)])
    for n in range(9, 12):
        assert claims.verify(f"p{n}", _secret(cookies[f"p{n}"]))
    slug, message, _ = _claim(tmp_path, "Newcomer", "10.47.0.1")
    assert slug is None and "ask the facilitator" in message
    assert sorted(claims.names()) == sorted(cookies)


class _Kernel:
    def __init__(self, idle_seconds):
        self.last_activity = datetime.now(timezone.utc) - timedelta(seconds=idle_seconds)


def _kernel_room(tmp_path, idle: dict[str, float], most: int):
    from commonground.serving.room_auth import OwnedKernelManager

    manager = OwnedKernelManager(room_home=str(tmp_path), max_kernels=most, min_free_mb=0)
    for n, (owner, seconds) in enumerate(idle.items()):
        kernel_id = f"00000000-0000-0000-0000-{n:012d}"
        manager._kernels[kernel_id] = _Kernel(seconds)
        manager.owners[kernel_id] = owner
    shut = []

    async def shutdown(kernel_id):
        shut.append(kernel_id)
        manager._kernels.pop(kernel_id, None)
        manager.owners.pop(kernel_id, None)

    manager._shutdown_oldest = shutdown
    return manager, shut


def test_lessons_left_untouched_hold_no_place_and_make_way_for_a_new_lesson(tmp_path, capsys):
    """A script opens a lesson for each of its names and leaves them: the room's kernels
    are full. The lessons untouched for an hour keep no name in use, and the
    longest untouched makes way for the next person's lesson."""
    for n in range(4):
        room_claims.Claims(tmp_path).claim(f"bot {n}")
    room_claims.Claims(tmp_path).claim("Ana")
    idle = {"bot-0": 5000.0, "bot-1": 6000.0, "bot-2": 4500.0, "bot-3": 3700.0, "ana": 30.0}
    manager, shut = _kernel_room(tmp_path, idle, most=5)

    async def arrive():
        full = manager.room_full("rosa")
        await asyncio.sleep(0)
        return full

    assert asyncio.run(arrive()) is False and shut == ["00000000-0000-0000-0000-000000000001"]
    noted = manager.note_open_lessons()
    assert noted == ["ana"]  # the untouched lessons keep nothing in use
    assert "untouched for 60 minutes made way" in capsys.readouterr().err


def test_a_room_of_lessons_in_use_stays_full(tmp_path):
    """Near miss: every lesson touched in the last hour: nobody's lesson stops."""
    idle = {"ana": 60.0, "bo": 3500.0, "cy": 5.0}  # bo: a facilitator's long talk
    manager, shut = _kernel_room(tmp_path, idle, most=3)

    async def arrive():
        return manager.room_full("rosa")

    assert asyncio.run(arrive()) is True and shut == []


def test_a_name_pushed_out_of_a_full_room_is_not_taken_by_the_script(tmp_path, monkeypatch):
    """Ana reads without a lesson and goes to lunch (nothing saved); a script keeping its
    names in use fills the room, and her name makes way. The script then types "Ana"
    (names are said aloud in a workshop) to appear as her in the facilitator's lists:
    refused, as is a look-alike; Ana's own browser takes her name back."""
    monkeypatch.setattr(room_claims, "MAX_NAMES", 4)
    clock = [time.time()]
    monkeypatch.setattr(room_claims.time, "time", lambda: clock[0])
    claims = room_claims.Claims(tmp_path)
    ana = _claim(tmp_path, "Ana", "10.57.0.1", browser="ana-laptop")[2]
    assert claims.verify("ana", _secret(ana))
    bots = {}
    for n in range(3):
        slug, _, cookies = _claim(tmp_path, f"bot {n}", f"10.58.0.{n + 1}", browser=f"b{n}")
        bots[slug] = cookies
    clock[0] += 1900  # Ana away 32 minutes; the script's names in use
    for slug, cookies in bots.items():
        assert claims.verify(slug, _secret(cookies))
    assert _claim(tmp_path, "bot 3", "10.58.0.4", browser="b3")[0] == "bot-3"
    assert "ana" not in claims.names()  # stale, nothing saved: made way
    monkeypatch.setattr(room_claims, "MAX_NAMES", 5)  # a place free again
    for typed in ("Ana", "ᴀɴᴀ", "ANA"):
        slug, message, _ = _claim(tmp_path, typed, "10.58.0.5", browser="script")
        assert slug is None and ("kept for the device" in message or "looks" in message)
    slug, message, _ = _claim(tmp_path, "Ana", "10.57.0.9", browser="ana-laptop")
    assert slug == "ana", message  # her own browser, on another network now
    # near miss: a name that made way a workshop day ago is free for anyone
    clock[0] += room_capacity.KEEP_NAME_SECONDS + 1
    assert room_capacity.kept_names(tmp_path, clock[0]) == {}


# ---- gap 3: a new access code signs out those who came in with the old --------------


def _serve_provider(room_home, code, scenario):
    """A tornado server signing browsers in with the room's identity provider."""
    from tornado import web

    from commonground.serving.room_auth import RoomIdentityProvider

    # one cookie name across restarts (Voila's names it after the room's host and port)
    provider = RoomIdentityProvider(token=code, room_home=str(room_home), cookie_name="room")

    class Base(web.RequestHandler):
        base_url = "/"
        log = logging.getLogger("test-room")

    class Login(Base):
        def get(self):
            if not provider._check(self, self.get_argument("code", "")):
                raise web.HTTPError(403)
            provider.set_login_cookie(self, provider.generate_anonymous_user(self))

    class Page(Base):
        def get(self):
            if provider.get_user_cookie(self) is None:
                raise web.HTTPError(403)
            self.write(room.participant_from_cookie(self, room_home) or "no name")

    from room_browser import serve_app

    secret = (Path(room_home) / room.SECRET_FILE).read_bytes()
    return serve_app(
        lambda: web.Application([("/login", Login), ("/page", Page)], cookie_secret=secret),
        scenario,
    )


async def _fetch(url, cookies=""):
    from tornado import httpclient

    headers = {"Cookie": cookies} if cookies else {}
    return await httpclient.AsyncHTTPClient().fetch(url, headers=headers, raise_error=False)


def test_a_new_access_code_signs_out_who_came_in_with_the_old_one(tmp_path):
    """Ana and an intruder with the leaked code are in. The facilitator restarts with a
    new code: neither is in until they type it; Ana then finds her own name (and so her
    saved work) without a return code; the intruder gets nothing with the old code."""
    setup = room.room_setup(tmp_path, 8000, code="K7PM3Q")
    home = setup.room_home
    slug, secret = room_claims.Claims(home).claim("Ana")
    name_cookie = {}

    async def come_in(base):
        from tornado import web

        name_cookie["value"] = web.create_signed_value(
            _secret_of(home), room.COOKIE, f"{slug}:{secret}"
        ).decode()
        login = await _fetch(base + "/login?code=k7pm3q")
        cookie = login.headers["Set-Cookie"].split(";")[0]
        page = await _fetch(base + "/page", f"{cookie}; {room.COOKIE}={name_cookie['value']}")
        return cookie, page

    cookie, page = _serve_provider(home, "K7PM3Q", come_in)
    assert page.code == 200 and page.body == b"ana"
    changed = room.room_setup(tmp_path, 8000, code="W9XR4T")
    assert any("has changed" in line for line in changed.lines)

    async def after(base):
        old = await _fetch(base + "/page", f"{cookie}; {room.COOKIE}={name_cookie['value']}")
        leaked = await _fetch(base + "/login?code=K7PM3Q")
        login = await _fetch(base + "/login?code=W9XR4T")
        fresh = login.headers["Set-Cookie"].split(";")[0]
        back = await _fetch(base + "/page", f"{fresh}; {room.COOKIE}={name_cookie['value']}")
        return old, leaked, back

    old, leaked, back = _serve_provider(home, "W9XR4T", after)
    assert old.code == 403 and leaked.code == 403
    assert back.code == 200 and back.body == b"ana"  # her name, her folder, her journal


def _secret_of(home) -> bytes:
    return (Path(home) / room.SECRET_FILE).read_bytes()


def test_a_restart_keeps_the_code_and_everyone_in(tmp_path):
    """Near miss: a restart without --code keeps the room's code, so nobody is signed
    out; --new-code gives a fresh one."""
    first = room.room_setup(tmp_path, 8000)

    async def come_in(base):
        login = await _fetch(base + f"/login?code={first.code}")
        return login.headers["Set-Cookie"].split(";")[0]

    cookie = _serve_provider(first.room_home, first.code, come_in)
    again = room.room_setup(tmp_path, 8000)
    assert again.code == first.code and any("Same access code" in x for x in again.lines)

    async def later(base):
        return await _fetch(base + "/page", cookie)

    assert _serve_provider(first.room_home, again.code, later).code == 200
    fresh = room.room_setup(tmp_path, 8000, new_code=True)
    assert fresh.code != first.code and any("has changed" in x for x in fresh.lines)


def test_a_sign_in_cookie_of_another_room_opens_nothing(tmp_path):
    """Two rooms on one computer (two facilitators): a browser signed in to one is not
    signed in to the other, even when both chose the same code and port."""
    one = room.room_setup(tmp_path / "one", 8000, code="K7PM3Q")

    async def come_in(base):
        login = await _fetch(base + "/login?code=K7PM3Q")
        return login.headers["Set-Cookie"].split(";")[0]

    cookie = _serve_provider(one.room_home, "K7PM3Q", come_in)
    two = room.room_setup(tmp_path / "two", 8000, code="K7PM3Q")

    async def other(base):
        return await _fetch(base + "/page", cookie)

    assert _serve_provider(two.room_home, "K7PM3Q", other).code == 403


# ---- names dressed as another participant --------------------------------------------

DRESSED = {
    "zero-width joiner at the end": "Ana\u200d",
    "zero-width space first": "\u200bAna",
    "right-to-left override, reversed": "\u202eanA",
    "isolate around it": "\u2066Ana\u2069",
    "right-to-left mark": "Ana\u200f",
    "combining grapheme joiner": "Ana\u034f",
    "variation selector": "Ana\ufe0f",
    "mongolian vowel separator": "ana\u180e",
    "word joiner inside": "A\u2060na",
    "zero-width joiner inside": "A\u200dna",
    "soft hyphen inside": "A\u00adna",
}


@pytest.mark.parametrize("typed", list(DRESSED.values()), ids=list(DRESSED))
def test_a_name_dressed_with_invisible_or_bidi_characters_is_never_a_second_ana(typed, tmp_path):
    """Either it is Ana's name (taken) or a name that shows differently (``a-na``): never
    a second name shown as "Ana", and never one carrying an invisible character."""
    import unicodedata

    assert _claim(tmp_path, "Ana", "10.48.0.1")[0] == "ana"
    slug, message, _ = _claim(tmp_path, typed, "10.48.0.2")
    if slug is None:
        assert "taken" in message or "looks the same" in message
    else:
        assert slug != "ana" and slug.replace("-", "") == "ana"  # shows its hyphen
    for name in room_claims.Claims(tmp_path).names():
        assert all(unicodedata.category(ch) not in ("Cf", "Mn", "Zs") for ch in name), name


@pytest.mark.parametrize(
    "typed", ["Ana\u200d", "\u202eanA", "facilitator\u200b", "Facilitat\u200dor"]
)
def test_the_hub_refuses_dressed_copies_of_taken_names(typed, tmp_path):
    from hub_sign_in import sign_in

    auth = hub_authenticator(tmp_path)
    user, why = sign_in(auth, typed, "10.49.0.1", users=("ana",))
    if user is not None:
        assert user["name"] not in ("ana", "facilitator") and "-" in user["name"]
    elif normalise_name(typed) != "facilitator":  # the facilitator's: their password, refused
        assert "taken" in why or "looks the same" in why


# ---- names that point at another's folder --------------------------------------------


@pytest.mark.parametrize(
    "typed", ["ana/..", "../ana", "./ana", "ana/../bo", "participants", "..\\ana", "CON", "ana."]
)
def test_a_name_never_opens_another_s_folder(typed, tmp_path):
    """A participant typing a path, to read or write another's journal: their folder is
    their own, inside the room's participants folder, and never Ana's."""
    assert _claim(tmp_path, "Ana", "10.50.0.1")[0] == "ana"
    people = (tmp_path / "participants").resolve()
    slug, _, _ = _claim(tmp_path, typed, "10.50.0.2")
    if slug is not None:
        home = room_claims.participant_home(tmp_path, slug).resolve()
        assert home.parent == people and home.name != "ana"


def test_a_participant_asking_for_another_s_journal_gets_their_own(tmp_path, monkeypatch):
    """Bo, signed in, asks for a lesson with Ana's name in the address (and a return code
    guess): the lesson still opens in Bo's folder, and exporting there writes Bo's
    journal, never Ana's."""
    from room_browser import Browser, form_token, serve

    from commonground import journal, storage

    async def scenario(base):
        ana, bo = Browser(base), Browser(base)
        await ana.get({"learner": "Ana", "_xsrf": form_token(await ana.get())})
        await bo.get({"learner": "Bo", "_xsrf": form_token(await bo.get())})
        asks = [{"learner": "Ana"}, {"learner": "Ana", "return": "K7PM3QXA"}]
        return [(await bo.get(query)).body for query in asks]

    for body in serve(tmp_path, scenario):
        assert body == b"LESSON for bo"
    ana_home = room_claims.participant_home(tmp_path, "ana")
    journal.Journal(path=ana_home / "journal.json").save("reflection", {"note": "Ana's"})
    monkeypatch.setenv(storage.HOME_ENV, str(room_claims.participant_home(tmp_path, "bo")))
    exported = journal.open_journal().export_markdown(storage.data_home() / "my-journal.md")
    assert "Ana's" not in exported and not (ana_home / "my-journal.md").exists()


# ---- cookies replayed, forged, swapped ----------------------------------------------


def test_replayed_forged_and_swapped_name_cookies_open_nothing(tmp_path):
    from room_browser import SECRET, Browser, form_token, serve
    from tornado import web

    async def scenario(base):
        ana, bo, eve = Browser(base), Browser(base), Browser(base)
        await ana.get({"learner": "Ana", "_xsrf": form_token(await ana.get())})
        await bo.get({"learner": "Bo", "_xsrf": form_token(await bo.get())})
        ana_cookie, bo_cookie = ana.jar[room.COOKIE], bo.jar[room.COOKIE]
        bo_secret = web.decode_signed_value(SECRET, room.COOKIE, bo_cookie.strip('"')).decode()
        swapped = web.create_signed_value(
            SECRET, room.COOKIE, "ana:" + bo_secret.partition(":")[2]
        ).decode()  # Bo's secret under Ana's name: signed, so only the room could make it
        other_room = web.create_signed_value(b"another-room" * 3, room.COOKIE, "ana:x")
        answers = {}
        for what, value in {
            "unsigned": "ana:whatever",
            "swapped": swapped,
            "another room's": other_room.decode(),
            "truncated": ana_cookie[: len(ana_cookie) // 2],
        }.items():
            eve.jar = {room.COOKIE: value}
            answers[what] = (await eve.get()).body
        await ana.get({"release": "1"}, **{"Sec-Fetch-Site": "same-origin"})  # signs out
        eve.jar = {room.COOKIE: ana_cookie}  # replayed after she signed out
        answers["replayed after sign-out"] = (await eve.get()).body
        return answers

    for what, body in serve(tmp_path, scenario).items():
        assert b"LESSON" not in body, what


# ---- a restart in the middle of a save -----------------------------------------------


def test_a_restart_in_the_middle_of_a_save_loses_nothing_saved(tmp_path, monkeypatch):
    """The room stops while Ana's journal is being written (the rename never happens):
    her saved journal is whole, and her name still opens it after the restart."""
    import os

    from commonground import journal

    slug, secret = room_claims.Claims(tmp_path).claim("Ana")
    path = room_claims.participant_home(tmp_path, slug) / "journal.json"
    j = journal.Journal(path=path)
    j.save("reflection", {"note": "first"})
    before = path.read_text(encoding="utf-8")

    def stopped(*_args):
        raise KeyboardInterrupt  # the room's process ends here

    monkeypatch.setattr(os, "replace", stopped)
    with pytest.raises(KeyboardInterrupt):
        journal.Journal(path=path).save("reflection", {"note": "second, never saved"})
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8") == before
    assert json.loads(before)  # whole JSON, never half-written
    assert room_claims.Claims(tmp_path).verify(slug, secret)
    killed = path.parent / ".journal.json.k1ll.tmp"  # a power cut mid-write leaves this
    killed.write_text('{"entries": [{"half', encoding="utf-8")
    os.utime(killed, (time.time() - 3600, time.time() - 3600))
    assert "first" in json.dumps(journal.Journal(path=path).entries())
    journal.Journal(path=path).save("reflection", {"note": "third"})  # tidies up
    assert "third" in path.read_text(encoding="utf-8")
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_restart_in_the_middle_of_a_claim_leaves_the_room_s_names_whole(tmp_path, monkeypatch):
    import os

    assert _claim(tmp_path, "Ana", "10.51.0.1")[0] == "ana"

    def stopped(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", stopped)
    with pytest.raises(KeyboardInterrupt):
        _claim(tmp_path, "Bo", "10.51.0.2")
    monkeypatch.undo()
    assert room_claims.Claims(tmp_path).names() == ["ana"]
    assert _claim(tmp_path, "Bo", "10.51.0.2")[0] == "bo"  # its retry after the restart


# ---- floods of joins ----------------------------------------------------------------


def test_a_flood_of_joins_from_one_address_is_held_and_told(tmp_path, capsys):
    got = [_claim(tmp_path, f"bot {n}", "10.52.0.1")[0] for n in range(300)]
    assert sum(slug is not None for slug in got) == room_claims.NAMES_PER_DEVICE
    assert "one address has added" in capsys.readouterr().err
    assert _claim(tmp_path, "Ana", "10.52.0.2")[0] == "ana"  # another device: fine


def test_a_flood_of_wrong_codes_over_one_ipv6_network_is_slowed_as_one(tmp_path):
    from commonground.serving.codes import client_key
    from commonground.serving.room_auth import RoomIdentityProvider

    provider = RoomIdentityProvider(token="K7PM3Q", room_home=str(tmp_path))
    for n in range(12):  # a new privacy address for every guess
        handler = SimpleNamespace(request=SimpleNamespace(remote_ip=f"2001:db8:5:7::{n + 1:x}"))
        assert not provider._check(handler, "WRONG1")
    handler = SimpleNamespace(request=SimpleNamespace(remote_ip="2001:db8:5:7::99"))
    assert not provider._check(handler, "K7PM3Q")  # still waiting: the right code waits too
    assert provider.throttle.wait_left(client_key("2001:db8:5:7::99")) > 0


# ---- very long access codes ---------------------------------------------------------


def test_a_very_long_access_code_is_refused_with_a_message(tmp_path):
    for code in ("K" * 10_000, "K7PM3Q" * 20):
        with pytest.raises(CommonGroundError, match="at most"):
            room.check_code(code)
    with pytest.raises(CommonGroundError, match="at most"):
        room.room_setup(tmp_path, 8000, code="K" * 5000)
    assert not (tmp_path / "room" / room.CODE_FILE).exists()
    assert room.check_code("k7pm-3qxa-w9") == "K7PM3QXAW9"  # near miss: a long-ish code


def test_a_huge_typed_code_is_checked_quickly_and_counted_wrong(tmp_path):
    from commonground.serving.room_auth import RoomIdentityProvider

    provider = RoomIdentityProvider(token="K7PM3Q", room_home=str(tmp_path))

    def tries(typed, net):
        started = time.perf_counter()
        for n in range(50):  # from fifty addresses: no wait slows them down first
            handler = SimpleNamespace(request=SimpleNamespace(remote_ip=f"10.{net}.0.{n + 1}"))
            assert not provider._check(handler, typed)
        return time.perf_counter() - started

    short = tries("W9XR4T", 60)  # fifty short wrong codes: the same files written
    assert tries("K7PM3Q" + " -" * 450_000, 53) < 3 * short + 0.5  # padded: wrong, unread


def test_a_flood_of_huge_codes_at_the_hub_holds_its_thread_for_nothing(tmp_path):
    """Twenty sign-ins from twenty addresses, each with a two-megabyte code: each was
    cleaned twice (as the room's code, then as a return code) on the hub's one thread."""
    from hub_sign_in import sign_in

    auth = hub_authenticator(tmp_path)

    def tries(typed, net):
        started = time.perf_counter()
        for n in range(20):
            user, why = _sign_in_with(auth, "Ana", f"10.{net}.0.{n + 1}", typed)
            assert user is None and "not right" in why
        return time.perf_counter() - started

    short = tries("W9XR4TQA", 61)  # twenty short wrong codes: the same files written
    assert tries("K7-" * 700_000, 54) < 3 * short + 0.5
    assert sign_in(auth, "Ana", "10.54.1.1")[0] is not None  # near miss: the right code


def _sign_in_with(auth, name, ip, password, users=(), browser="one-browser"):
    from commonground.hub.auth import _REFUSAL

    handler = SimpleNamespace(
        request=SimpleNamespace(remote_ip=ip, headers={"X-Forwarded-For": ip}),
        current_user=None,
        db=SimpleNamespace(query=lambda _table: [SimpleNamespace(name=n) for n in users]),
        find_user=lambda n: object() if n in users else None,
        get_secure_cookie=lambda _name: browser.encode(),
    )
    user = asyncio.run(auth.authenticate(handler, {"username": name, "password": password}))
    return user, getattr(handler, _REFUSAL, "")


def _still_in(auth, name) -> bool:
    return bool(asyncio.run(auth.refresh_user(SimpleNamespace(name=name))))


def test_a_new_hub_code_signs_out_who_came_in_with_the_old_one(tmp_path):
    """Ana (her phone) and an intruder with the leaked code (as Eve) are signed in. The
    facilitator restarts the hub with a new code: JupyterHub must ask both to sign in
    again; Ana's phone takes her name back with the new code, the intruder's old code
    opens nothing, and another browser typing "Ana" is still told it is taken."""
    from commonground.hub.auth import RoomCodeAuthenticator

    old = hub_authenticator(tmp_path)
    assert _sign_in_with(old, "Ana", "10.55.0.1", PASSWORD, browser="phone")[0]
    assert _sign_in_with(old, "Eve", "10.55.0.2", PASSWORD, ("ana",), "eve-laptop")[0]
    assert _still_in(old, "ana") and _still_in(old, "eve")
    new = RoomCodeAuthenticator(
        hub_dir=str(tmp_path), user_password="W9XR4TQA", admin_users={"facilitator"}
    )  # the restart with --code W9XR4TQA
    assert not _still_in(new, "ana") and not _still_in(new, "eve")
    assert _still_in(new, "facilitator")
    users = ("ana", "eve")
    eve, why = _sign_in_with(new, "Eve", "10.55.0.2", PASSWORD, users, "eve-laptop")
    assert eve is None and "not right" in why
    thief, why = _sign_in_with(new, "Ana", "10.55.0.3", "W9XR4TQA", users, "thief")
    assert thief is None and "already taken" in why
    back, why = _sign_in_with(new, "Ana", "10.55.0.1", "w9xr-4tqa", users, "phone")
    assert back == {"name": "ana", "admin": False, "groups": []}, why
    assert _still_in(new, "ana") and not _still_in(new, "eve")
    again, why = _sign_in_with(new, "Ana", "10.55.0.4", "W9XR4TQA", users, "phone")
    assert again is None and "already taken" in why  # back once: no second way in


def test_a_hub_restart_with_the_same_code_signs_nobody_out(tmp_path):
    old = hub_authenticator(tmp_path)
    assert _sign_in_with(old, "Ana", "10.56.0.1", PASSWORD, browser="phone")[0]
    again = hub_authenticator(tmp_path)
    assert _still_in(again, "ana") and _still_in(again, "bo")  # bo: signed in before notes
    taken, why = _sign_in_with(again, "Ana", "10.56.0.1", PASSWORD, ("ana",), "phone")
    assert taken is None and "already taken" in why  # nothing to come back from
