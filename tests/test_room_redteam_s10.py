"""Session 10 red team: the room attacked as an attacker would, through a real tornado server.

A lesson handler on a real tornado server runs the room's prelaunch hook (as Voila's
page handler does), so cookies, signed cookies and tornado's XSRF token are the real
ones; a browser is a cookie jar plus the headers it chooses to send. Attacks: another
site's link or form in a browser that says nothing of where a request came from (no
``Sec-Fetch-Site``, ``Origin`` or ``Referer``), a token taken from the attacker's own
browser, a sign-out forced from another site, a room filled with names from many
addresses, a workshop behind one shared address, real names refused as look-alikes
while look-alike tricks must still be caught, right-to-left names in ``--who``, markup in
names and links, path tricks, cookie swaps, replay after a restart, huge names and
many small requests.
"""

from __future__ import annotations

import asyncio

import pytest
from fake_handler import FakeHandler
from hub_sign_in import hub_authenticator, sign_in
from room_browser import Browser, form_token, serve
from tornado import httpclient, web

from commonground.errors import CommonGroundError
from commonground.serving import names
from commonground.workshop import room, room_claims


def _claimed(room_home) -> list[str]:
    return room_claims.Claims(room_home).names()


# ---- 1. another site, in a browser that gives no origin information ------------------


def test_another_site_s_link_claims_no_name_in_a_browser_that_says_nothing(tmp_path):
    async def attack(base):
        victim = Browser(base)  # no Sec-Fetch-Site, no Origin, no Referer
        return await victim.get({"learner": "Mallory"})

    response = serve(tmp_path, attack)
    assert b"LESSON" not in response.body and _claimed(tmp_path) == []


def test_the_room_s_own_form_works_in_a_browser_that_says_nothing(tmp_path):
    async def visit(base):
        ana = Browser(base)
        form = await ana.get()
        token = form_token(form)
        assert token and "_xsrf" in ana.jar  # tornado's own token, in the form and a cookie
        return await ana.get({"learner": "Ana", "_xsrf": token})

    response = serve(tmp_path, visit)
    assert response.body == b"LESSON for ana" and _claimed(tmp_path) == ["ana"]
    # the lesson's address holds the token: no other site is told it in a Referer
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_the_token_also_travels_as_a_header_from_the_room_s_own_script(tmp_path):
    async def visit(base):
        ana = Browser(base)
        token = form_token(await ana.get())
        return await ana.get({"learner": "Ana"}, **{"X-XSRFToken": token})

    assert serve(tmp_path, visit).body == b"LESSON for ana"


def test_a_token_from_the_attacker_s_own_browser_claims_nothing_for_the_victim(tmp_path):
    async def attack(base):
        mallory = Browser(base)
        token = form_token(await mallory.get())  # a real token, for Mallory's cookie
        victim = Browser(base)
        await victim.get()  # the victim has the room open: their own _xsrf cookie
        return await victim.get({"learner": "Mallory", "_xsrf": token})

    response = serve(tmp_path, attack)
    assert b"LESSON" not in response.body and _claimed(tmp_path) == []


def test_another_site_cannot_sign_a_browser_that_says_nothing_out(tmp_path):
    async def attack(base):
        ana = Browser(base)
        token = form_token(await ana.get())
        await ana.get({"learner": "Ana", "_xsrf": token})
        forced = await ana.get({"release": "1"})  # another site's link or image
        after = await ana.get()
        return forced, after, ana

    forced, after, ana = serve(tmp_path, attack)
    assert after.body == b"LESSON for ana" and b"return code" not in forced.body

    async def own_sign_out(base):
        browser = Browser(base)
        browser.jar = dict(ana.jar)
        # the room's own page script reads its _xsrf cookie and sends it back
        return await browser.get({"release": "1"}, **{"X-XSRFToken": browser.jar["_xsrf"]})

    signed_out = serve(tmp_path, own_sign_out)
    assert b"return code" in signed_out.body


# ---- 2. a room filled with names ---------------------------------------------------


SAME = {"Sec-Fetch-Site": "same-origin"}


def _claim(room_home, name, ip, **headers):
    handler = FakeHandler({"learner": name}, ip=ip)
    handler.request.headers = headers or dict(SAME)
    return room.resolve_participant(handler, room_home)


def test_a_workshop_of_sixty_behind_one_shared_address_all_get_in(tmp_path):
    got = [_claim(tmp_path, f"Person {n}", ip="203.0.113.7")[0] for n in range(60)]
    assert got == [f"person-{n}" for n in range(60)]


def test_a_flood_from_a_hundred_addresses_is_bounded_and_the_facilitator_is_told(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.setattr(room_claims, "MAX_NAMES", 80)
    for n in range(100):
        for k in range(2):
            _claim(tmp_path, f"bot {n} {k}", ip=f"10.9.{n}.1")
    taken = len(_claimed(tmp_path))
    assert taken <= room_claims.MAX_NAMES
    told = capsys.readouterr()
    terminal = (told.out + told.err).lower()
    assert "names" in terminal and "forget-unused" in terminal  # told, and how to act
    from commonground.workshop.roster import roster_lines

    summary = "\n".join(roster_lines(tmp_path)[:3]).lower()
    assert "nothing saved" in summary and "forget-unused" in summary


def test_a_full_room_still_lets_a_real_participant_in(tmp_path, monkeypatch):
    monkeypatch.setattr(room_claims, "MAX_NAMES", 20)
    for n in range(40):
        _claim(tmp_path, f"bot {n}", ip=f"10.8.{n}.1")
    later = room_claims.time.time() + 3600  # an hour later, the flood's names are stale
    monkeypatch.setattr(room_claims.time, "time", lambda: later)
    slug, message = _claim(tmp_path, "Bea", ip="10.7.0.1")
    assert slug == "bea", message


def test_a_full_room_makes_way_only_with_stale_names_that_have_nothing_saved(
    tmp_path, monkeypatch, capsys
):
    monkeypatch.setattr(room_claims, "MAX_NAMES", 3)
    start = room_claims.time.time()
    clock = [start]
    monkeypatch.setattr(room_claims.time, "time", lambda: clock[0])
    claims = room_claims.Claims(tmp_path)
    _, ana_secret = claims.claim("Ana")
    journal = room_claims.participant_home(tmp_path, "ana") / "journal.json"
    journal.parent.mkdir(parents=True)
    journal.write_text("{}")
    _, bea_secret = claims.claim("Bea")
    from commonground.workshop.room_capacity import STALE_SECONDS

    clock[0] = start + STALE_SECONDS + 100  # Ana and Bea claimed, unused since
    claims.claim("Cid")
    assert claims.claim("Dan")[0] == "dan"  # Bea, stale with nothing saved, made way
    assert claims.names() == ["ana", "cid", "dan"]
    assert claims.verify("ana", ana_secret) and not claims.verify("bea", bea_secret)
    with pytest.raises(CommonGroundError, match="forget-unused"):
        claims.claim("Eve")  # Ana has a journal, Cid and Dan are recent: refused
    told = capsys.readouterr().err
    assert "make way" in told and "full" in told and "forget-unused" in told


def test_the_facilitator_is_told_once_a_minute_not_once_a_request(tmp_path, capsys):
    from commonground.workshop import room_capacity

    for _ in range(50):
        room_capacity.after_claim(tmp_path, 1, room_capacity.BUSY_ADDRESS + 5)
    assert capsys.readouterr().err.count("one address has added") == 1


# ---- 3. real names refused as look-alikes, while tricks stay caught -------------------


@pytest.mark.parametrize(
    "first, second",
    [("Clara", "Dara"), ("Claire", "Daire"), ("Arnie", "Amie"), ("Fern", "Fem"), ("Lorna", "Loma")],
)
def test_real_distinct_names_both_get_in(first, second, tmp_path):
    claims = room_claims.Claims(tmp_path)
    claims.claim(first)
    assert claims.claim(second)[0] == names.normalise_name(second)


@pytest.mark.parametrize(
    "first, trick",
    [
        ("coco", "сосо"),  # Cyrillic letters only
        ("Bob", "B0b"),  # a digit for a letter
        ("Ana", "Ana\u200b"),  # an invisible character
        ("Aydin", "Aydın"),  # dotless i
        ("Pam", "Раm"),  # mixed alphabets
        ("Will", "Vvill"),  # a pair no real name has
        ("Ana", "Ꭺna"),  # Cherokee capital A (its prototype is a capital: read in lower case)
        ("Paul", "Pauǀ"),  # a click letter drawn as l
    ],
)
def test_look_alike_tricks_are_still_caught(first, trick, tmp_path):
    claims = room_claims.Claims(tmp_path)
    claims.claim(first)
    with pytest.raises(CommonGroundError):
        claims.claim(trick)


# ---- 4. right-to-left names in --who -----------------------------------------------


def test_who_isolates_a_right_to_left_name_so_the_columns_keep_their_order(tmp_path):
    from commonground.workshop.roster import roster_lines

    room_claims.Claims(tmp_path).claim("שרה 2")
    room_claims.Claims(tmp_path).claim("Ana")
    lines = roster_lines(tmp_path)
    row = next(line for line in lines if "שרה" in line)
    assert "\u2068שרה-2\u2069" in row  # first strong isolate ... pop directional isolate
    other = next(line for line in lines if "ana" in line)
    from commonground.workshop.roster import cells

    assert row.endswith(" 0") and other.endswith(" 0") and cells(row) == cells(other)


def test_who_marks_names_that_look_alike_while_both_are_let_in(tmp_path):
    from commonground.workshop.roster import roster_lines

    for typed in ("Kim", "Kirn", "Ana"):
        room_claims.Claims(tmp_path).claim(typed)
    lines = roster_lines(tmp_path)
    assert any(line.strip().startswith("kirn") and "looks like kim" in line for line in lines)
    assert not any(line.strip().startswith("ana") and "looks like" in line for line in lines)


def test_the_hub_facilitator_page_marks_names_that_look_alike(tmp_path):
    from commonground.hub.facilitator import render_rows

    rows = render_rows([{"name": "kim"}, {"name": "kirn"}, {"name": "ana"}], tmp_path)
    kirn = next(row for row in rows.splitlines() if row.startswith("<tr><td><bdi>kirn<"))
    ana = next(row for row in rows.splitlines() if row.startswith("<tr><td><bdi>ana<"))
    assert "looks like <bdi>kim</bdi>" in kirn and "looks like" not in ana


# ---- the checks that held (a second look) -------------------------------------------


def test_markup_in_a_name_and_in_a_link_comes_back_inert(tmp_path):
    async def attack(base):
        browser = Browser(base, **SAME)
        taken = await browser.get({"learner": "<script>alert(1)</script>" * 3})
        other = Browser(base, **{"Sec-Fetch-Site": "cross-site"})
        link = await other.get({"x": "'><script>alert(2)</script>", "learner": "x"})
        return taken, link

    taken, link = serve(tmp_path, attack)
    for response in (taken, link):
        assert b"<script>" not in response.body
    assert b"url=/voila/render/a.ipynb?x=" in link.body and b"learner" not in link.body


def test_path_tricks_in_a_name_stay_inside_the_room(tmp_path):
    for typed in ("../../etc/passwd", "..", "/root", "C:\\Windows", "a/../../b"):
        try:
            slug, _ = room_claims.Claims(tmp_path).claim(typed)
        except CommonGroundError:
            continue
        home = room_claims.participant_home(tmp_path, slug).resolve()
        assert (tmp_path / "participants").resolve() in home.parents, typed


def test_a_cookie_swapped_between_browsers_or_names_opens_nothing(tmp_path):
    async def attack(base):
        ana, bea = Browser(base, **SAME), Browser(base, **SAME)
        await ana.get({"learner": "Ana"})
        await bea.get({"learner": "Bea"})
        ana_cookie = ana.jar[room.COOKIE]
        forged = Browser(base, **SAME)
        forged.jar[room.COOKIE] = ana_cookie.replace("YW5h", "YmVh")  # "ana" -> "bea"
        return await forged.get()

    assert b"LESSON" not in serve(tmp_path, attack).body


def test_a_cookie_replayed_after_a_release_and_a_restart_opens_nothing(tmp_path):
    async def first(base):
        ana = Browser(base, **SAME)
        await ana.get({"learner": "Ana"})
        return dict(ana.jar)

    jar = serve(tmp_path, first)
    code = room_claims.Claims(tmp_path).release("Ana")  # the facilitator's --release

    async def after_restart(base):
        old = Browser(base, **SAME)
        old.jar = dict(jar)
        replay = await old.get()
        back = Browser(base, **SAME)
        returned = await back.get({"learner": "Ana", "return": code})
        again = Browser(base, **SAME)
        reused = await again.get({"learner": "Ana", "return": code})  # works once
        return replay, returned, reused

    replay, returned, reused = serve(tmp_path, after_restart)
    assert b"LESSON" not in replay.body
    assert returned.body == b"LESSON for ana" and b"LESSON" not in reused.body


def test_a_huge_name_is_refused_quickly_without_being_echoed(tmp_path):
    slug, message = _claim(tmp_path, "Ana" * 50_000, ip="10.1.1.1")
    assert slug is None and len(message) < 400 and _claimed(tmp_path) == []


def test_many_small_wrong_return_codes_are_slowed_down_across_a_restart(tmp_path):
    room_claims.Claims(tmp_path).claim("Ana")
    room_claims.Claims(tmp_path).release("Ana")
    messages = [_claim(tmp_path, "Ana", ip="10.2.2.2") for _ in range(1)]
    for n in range(8):
        handler = FakeHandler({"learner": "Ana", "return": f"WRONG{n:03d}"}, ip="10.2.2.2")
        messages.append(room.resolve_participant(handler, tmp_path))
    assert "wait" in messages[-1][1].lower() and all(slug is None for slug, _ in messages)
    handler = FakeHandler({"learner": "Ana", "return": "WRONG999"}, ip="10.2.2.2")
    assert "wait" in room.resolve_participant(handler, tmp_path)[1].lower()  # restart kept


def test_another_person_s_saved_work_stays_theirs(tmp_path):
    assert _claim(tmp_path, "Ana", ip="10.3.3.3")[0] == "ana"
    journal = room_claims.participant_home(tmp_path, "ana") / "journal.json"
    journal.parent.mkdir(parents=True, exist_ok=True)
    journal.write_text('{"private": true}')
    for typed in ("Ana", "ANA", "ａｎａ", "Ana\u200d", "Аna"):
        assert _claim(tmp_path, typed, ip="10.3.3.4")[0] is None, typed
    room_claims.Claims(tmp_path).forget_unused()
    assert "ana" in _claimed(tmp_path)


# ---- the hub: names from many addresses, servers running at once ---------------------


def _hub_sign_in(hub_dir, name, ip, users=()):
    """A sign-in through a fresh authenticator over ``hub_dir``."""
    return sign_in(hub_authenticator(hub_dir), name, ip, users)


def test_a_hub_takes_a_workshop_behind_one_address_and_bounds_a_flood(
    tmp_path, monkeypatch, capsys
):
    users = [f"person-{n}" for n in range(60)]
    for n, name in enumerate(users):  # sixty people behind one shared address
        assert _hub_sign_in(tmp_path, name, "203.0.113.7", users[:n])[0], name
    monkeypatch.setattr(room_claims, "MAX_NAMES", 70)
    held = 0
    for n in range(100):  # a script on a hundred addresses, once the room is nearly full
        user, why = _hub_sign_in(tmp_path, f"bot {n}", f"10.9.{n}.1", users)
        if user is None:
            assert "as many names as it can hold" in why
            held += 1
        else:
            users.append(user["name"])
    assert len(users) == 70 and held == 90
    told = capsys.readouterr().err
    assert "hub is full" in told and "MAX_NAMES" in told  # the facilitator is told


def test_a_hub_holds_one_address_to_its_share_of_new_names(tmp_path):
    users = []
    for n in range(room_claims.NAMES_PER_DEVICE):
        user, _ = _hub_sign_in(tmp_path, f"bot {n}", "10.5.5.5", users)
        users.append(user["name"])
    refused, why = _hub_sign_in(tmp_path, "one more", "10.5.5.5", users)
    assert refused is None and "many names" in why
    assert _hub_sign_in(tmp_path, "Ana", "10.5.5.6", users)[0]["name"] == "ana"


def test_a_hub_runs_a_bounded_number_of_servers_at_once(tmp_path):
    from commonground.hub import config

    settings = config.HubSettings(hub_dir=tmp_path, notebooks=tmp_path)
    source = config.config_source(settings)
    limit = [line for line in source.splitlines() if "active_server_limit" in line]
    assert limit == [f"c.JupyterHub.active_server_limit = {config.ACTIVE_SERVER_LIMIT}"]
    assert config.ACTIVE_SERVER_LIMIT >= 60  # a workshop of sixty all run at once


# ---- huge bodies and slow connections ----------------------------------------------


def test_a_huge_body_is_refused_before_it_is_read_and_a_slow_one_is_dropped():
    from commonground.serving import request_limits

    read = []

    class Sink(web.RequestHandler):
        def post(self):
            read.append(len(self.request.body))
            self.write("read")

    class RoomApp(web.Application):  # the room's server, limited as its config does
        pass

    request_limits.limit_requests(RoomApp)
    request_limits.limit_requests(RoomApp)  # twice: the same

    async def attack():
        server = RoomApp([(r"/login", Sink)]).listen(0, "127.0.0.1")
        port = next(iter(server._sockets.values())).getsockname()[1]
        client = httpclient.AsyncHTTPClient()
        url = f"http://127.0.0.1:{port}/login"
        try:
            small = await client.fetch(url, method="POST", body="password=K7PM3Q")
            huge = await client.fetch(
                url, method="POST", body=b"x" * (4 * 2**20), raise_error=False
            )
            return small, huge, server
        finally:
            server.stop()

    small, huge, server = asyncio.run(attack())
    assert small.body == b"read" and huge.code != 200 and read == [len("password=K7PM3Q")]
    options = server.conn_params
    assert options.max_body_size == request_limits.MAX_BODY_BYTES
    # a connection sending its request a byte at a time is dropped after minutes, not an hour
    assert options.header_timeout == request_limits.IDLE_SECONDS <= 300
    assert options.body_timeout == request_limits.BODY_SECONDS <= 300


def test_the_room_config_limits_its_server(tmp_path):
    folder = room.write_voila_config(tmp_path, "K7PM3Q")
    source = (folder / "voila.py").read_text()
    assert "limit_requests()" in source
