"""Session 13 red team: the room and the hub attacked with cases no earlier round tried.

First the three gaps known open: a script keeping its names "in use" (its browsers back
with their cookies now and then, never a lesson) so a full room never makes way; two
people behind one shared address taking one new hub name at once; full-width and other
look-alike formula starters (``＝`` U+FF1D) in CSV exports. Then new attacks: two
browsers behind one address and a restart between a claim and its cookie in the room,
terminal control sequences in observer sheets printed on the facilitator's terminal, a
heading or list typed into a journal note, markup and ``javascript:`` links in names and
notes on the facilitator's pages, crafted names on the facilitator page's routes, a
kernel id from before a restart, floods of huge names, and formulas hidden behind blanks
or invisible characters.
"""

from __future__ import annotations

import asyncio
import html
import re
import sys
import threading
import unicodedata

import pytest
from fake_handler import FakeHandler
from hub_sign_in import hub_authenticator, sign_in
from room_browser import Browser, form_token, serve

from commonground.errors import CommonGroundError
from commonground.serving.names import normalise_name
from commonground.workshop import room, room_capacity, room_claims


def live_markup(page: str) -> list[str]:
    """The tags in ``page`` a browser would act on: scripts, pictures, frames, handlers
    (``on...=``) and ``javascript:`` addresses (escaped text is text, not a tag)."""
    from html.parser import HTMLParser

    found = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag in ("script", "img", "svg", "iframe", "object", "embed"):
                found.append(tag)
            for name, value in attrs:
                value = re.sub(r"[\x00-\x20]", "", value or "").lower()
                if name.startswith("on") or value.startswith(("javascript:", "data:")):
                    found.append(f"{tag} {name}={value}")

    Tags().feed(page)
    return found


#: Formula starters a spreadsheet runs, as typed by someone who knows the guard: full-width,
#: small, superscript, the minus sign, and a starter behind blanks or invisible characters.
DISGUISED_FORMULAS = [
    '＝HYPERLINK("http://evil.example","x")',  # full-width equals U+FF1D
    "＋1+1",  # U+FF0B
    "－2+3",  # U+FF0D
    "＠SUM(A1)",  # U+FF20
    "﹦4+5",  # small equals U+FE66
    "⁼6+7",  # superscript equals
    "−8+9",  # minus sign U+2212
    "\u200b=1+2",  # zero-width space first
    "\u00a0=3+4",  # no-break space first
    "\u3000＝5+6",  # ideographic space, then full-width
    "\ufeff@SUM(A2)",  # byte-order mark first
    "\n=7+8",  # a line break first
]
#: Near misses: nothing a spreadsheet runs, and nothing gets an apostrophe.
PLAIN_CELLS = ["José", "ＪＯＳＥ", "a=b", "1-2", "Ana - the organizer", "e-mail", "x＝y"]


def _claim(room_home, name, ip, browser=None, **args):
    handler = FakeHandler({"learner": name, **args}, ip=ip)
    if browser:
        handler.cookies["_xsrf"] = browser  # the name form's cookie, kept by the browser
    slug, message = room.resolve_participant(handler, room_home)
    return slug, message, handler.cookies


def _secret(cookies) -> str:
    return cookies[room.COOKIE].partition(":")[2]


# ---- gap 1: a script keeping its names "in use" fills the room -----------------------


def test_a_script_keeping_its_names_in_use_never_keeps_real_people_out(
    tmp_path, monkeypatch, capsys
):
    """A script on three addresses fills a room of 30 and sends every name's cookie back
    every five minutes (no lesson, nothing saved). Real people keep coming for an hour;
    Bea (her cookie back now and then, alone at her address), five people behind the
    workshop's one address with lessons open, and Dee (saved work) are never pushed out."""
    monkeypatch.setattr(room_claims, "MAX_NAMES", 30)
    real_time = room_claims.time.time
    clock = [real_time()]
    monkeypatch.setattr(room_claims.time, "time", lambda: clock[0])
    claims = room_claims.Claims(tmp_path)
    people = {"Bea": _claim(tmp_path, "Bea", "10.30.0.50")[2]}
    nat = [f"Ana {n}" for n in range(5)]
    for name in nat:
        people[name] = _claim(tmp_path, name, "203.0.113.9", browser=f"x-{name}")[2]
    people["Dee"] = _claim(tmp_path, "Dee", "10.30.0.60")[2]
    saved = room_claims.participant_home(tmp_path, "dee") / "journal.json"
    saved.parent.mkdir(parents=True)
    saved.write_text('{"entries": []}')
    script: dict[str, dict] = {}
    n = 0
    while True:  # the script fills every place left
        slug, _, cookies = _claim(tmp_path, f"bot {n}", f"10.31.0.{n % 3 + 1}")
        if slug is None:
            break
        script[slug], n = cookies, n + 1
    assert len(claims.names()) == 30 and len(script) == 23
    arrived = []
    for step in range(12):  # an hour, every five minutes
        clock[0] += 300
        for slug, cookies in list(script.items()):  # the script keeps its names in use
            claims.verify(slug, _secret(cookies))
        if step % 2 == 0:
            assert claims.verify("bea", _secret(people["Bea"]))
        in_lessons = [normalise_name(name) for name in nat + arrived]
        claims.note_in_use(in_lessons)  # the kernel manager's look: lessons open
        newcomer = f"Rosa {step}"
        slug, message, cookies = _claim(tmp_path, newcomer, f"10.32.{step}.7")
        assert slug == normalise_name(newcomer), message  # never kept out
        claims.note_in_use([slug])  # the same request opens their lesson
        people[newcomer] = cookies
        arrived.append(newcomer)
        for k in range(3):  # the script refills what it lost
            got, _, cookies = _claim(tmp_path, f"bot {step} {k}", f"10.31.0.{k + 1}")
            if got:
                script[got] = cookies
        assert len(claims.names()) <= 30
    for name, cookies in people.items():
        slug = normalise_name(name)
        assert claims.verify(slug, _secret(cookies)), f"{name} was pushed out by the script"
    told = capsys.readouterr().err
    assert "no lesson open" in told and "forget-unused" in told


def test_a_script_spreading_its_names_over_its_home_s_ipv6_networks_still_makes_way(
    tmp_path, monkeypatch
):
    """One home is given a /56 (256 networks of /64): a script there claims each name from
    another /64 and keeps them all in use; a newcomer still gets in."""
    monkeypatch.setattr(room_claims, "MAX_NAMES", 20)
    clock = [room_claims.time.time()]
    monkeypatch.setattr(room_claims.time, "time", lambda: clock[0])
    claims = room_claims.Claims(tmp_path)
    script = {}
    for n in range(20):
        slug, _, cookies = _claim(tmp_path, f"bot {n}", f"2001:db8:0:{n:x}00::1")
        script[slug] = cookies
    assert len(claims.names()) == 20
    clock[0] += room_capacity.PLACE_SECONDS
    for slug, cookies in script.items():
        assert claims.verify(slug, _secret(cookies))
    slug, message, _ = _claim(tmp_path, "Rosa", "2001:db8:ffff::7")
    assert slug == "rosa", message
    # near miss: one /48 is one site, two /48s are two
    assert room_capacity.site("2001:db8:0:100::1") == room_capacity.site("2001:db8:0:ff00::9")
    assert room_capacity.site("2001:db8:1::1") != room_capacity.site("2001:db8:2::1")
    assert room_capacity.site("::ffff:10.0.0.7") == "10.0.0.7"


def test_people_in_lessons_behind_one_address_are_never_pushed_out(tmp_path, monkeypatch):
    """Near miss: a full room of real people (ten behind one address with lessons open,
    three at another with only their cookies back) refuses a newcomer: nobody has a
    place to give, and the newcomer is told to ask the facilitator."""
    monkeypatch.setattr(room_claims, "MAX_NAMES", 13)
    clock = [room_claims.time.time()]
    monkeypatch.setattr(room_claims.time, "time", lambda: clock[0])
    claims = room_claims.Claims(tmp_path)
    cookies = {}
    for n in range(10):
        cookies[f"p{n}"] = _claim(tmp_path, f"P{n}", "203.0.113.9", browser=f"b{n}")[2]
    for n in range(3):
        cookies[f"q{n}"] = _claim(tmp_path, f"Q{n}", "10.33.0.5", browser=f"c{n}")[2]
    for _ in range(12):  # an hour
        clock[0] += 300
        claims.note_in_use([f"p{n}" for n in range(10)])
        for n in range(3):
            assert claims.verify(f"q{n}", _secret(cookies[f"q{n}"]))
        slug, message, _ = _claim(tmp_path, "Newcomer", "10.34.0.1")
        assert slug is None and "ask the facilitator" in message
    assert all(claims.verify(slug, _secret(c)) for slug, c in cookies.items())


def test_a_place_holder_is_told_apart_only_after_a_grace_and_only_when_many():
    """The rule itself, on its edges: a name claimed under five minutes ago, a lesson
    open in the last half hour, saved work, or one of at most three such names from its
    address never counts as holding a place."""
    now = 10_000.0
    base = {"seen": True, "last": now - 10, "lesson": 0.0, "net": "n1", "at": now - 600}
    claims = {f"s{i}": dict(base) for i in range(4)}
    assert room_capacity.place_holders(claims, "/nonexistent-room", now) != []
    fewer = {k: v for k, v in claims.items() if k != "s3"}
    assert room_capacity.place_holders(fewer, "/nonexistent-room", now) == []
    recent = {**fewer, "s3": {**base, "at": now - 100}}
    assert room_capacity.place_holders(recent, "/nonexistent-room", now) == []
    lesson = {**fewer, "s3": {**base, "lesson": now - 600}}
    assert room_capacity.place_holders(lesson, "/nonexistent-room", now) == []
    spread = {**fewer, "s3": {**base, "net": "n2"}}
    assert room_capacity.place_holders(spread, "/nonexistent-room", now) == []


# ---- gap 2: two people behind one address take one new hub name at once --------------


def test_two_people_behind_one_address_typing_one_new_hub_name_get_one_user(tmp_path):
    auth = hub_authenticator(tmp_path)
    first, _ = sign_in(auth, "Ana", "203.0.113.9", browser="phone")
    second, why = sign_in(auth, "Ana", "203.0.113.9", browser="laptop")
    assert first == {"name": "ana", "admin": False, "groups": []}
    assert second is None and "being taken" in why
    blind, why = sign_in(auth, "Ana", "203.0.113.9", browser="")  # no cookie: not the holder
    assert blind is None and "being taken" in why
    alike, why = sign_in(auth, "ᴀɴᴀ", "203.0.113.9", browser="laptop")
    assert alike is None and "looks the same" in why
    again, _ = sign_in(auth, "Ana", "203.0.113.9", browser="phone")  # its answer was lost
    assert again is not None
    other, _ = sign_in(auth, "Bo", "203.0.113.9", browser="laptop")  # another name: fine
    assert other is not None


@pytest.mark.parametrize("shared", [True, False], ids=["one address", "many addresses"])
def test_browsers_claiming_one_hub_name_at_once_get_one_user(shared, tmp_path):
    auth = hub_authenticator(tmp_path)
    start = threading.Barrier(8)
    got: list[object] = []

    def attempt(n):
        ip = "203.0.113.9" if shared else f"10.35.0.{n + 1}"
        start.wait()
        got.append(sign_in(auth, "Bea", ip, browser=f"browser-{n}")[0])

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(user is not None for user in got) == 1


def test_the_login_page_gives_each_browser_its_own_id(tmp_path):
    from tornado import httpclient, httpserver, testing, web

    from commonground.hub.auth import BROWSER_COOKIE, give_browser_id

    class Login(web.RequestHandler):
        def get(self):
            self.write(give_browser_id(self))

    async def main():
        app = web.Application([("/login", Login)], cookie_secret=b"s13" * 11)
        sock, port = testing.bind_unused_port()
        server = httpserver.HTTPServer(app)
        server.add_sockets([sock])
        client = httpclient.AsyncHTTPClient()
        url = f"http://127.0.0.1:{port}/login"
        try:
            first = await client.fetch(url)
            cookie = first.headers["Set-Cookie"].split(";")[0]
            again = await client.fetch(url, headers={"Cookie": cookie})
            other = await client.fetch(url)
            forged = await client.fetch(url, headers={"Cookie": f"{BROWSER_COOKIE}=phone"})
            return first, cookie, again, other, forged
        finally:
            server.stop()

    first, cookie, again, other, forged = asyncio.run(main())
    assert cookie.startswith(BROWSER_COOKIE) and "httponly" in first.headers["Set-Cookie"].lower()
    assert again.body == first.body and "Set-Cookie" not in again.headers  # kept
    assert other.body != first.body  # another browser, another id
    assert forged.body not in (b"phone", first.body)  # an unsigned value is not taken


# ---- the room: two browsers behind one address, and a restart between claim and cookie --


def test_a_second_browser_behind_one_address_cannot_take_a_name_just_claimed(tmp_path):
    """Two people on the workshop's Wi-Fi (one address) type "Ana" moments apart; then
    the room restarts before the first answer arrived (its cookie lost). The second
    browser never gets the name, the first one's retry does, after the restart too."""

    async def first_visit(base):
        ana, bo = Browser(base), Browser(base)
        ana_token, bo_token = form_token(await ana.get()), form_token(await bo.get())
        claimed = await ana.get({"learner": "Ana", "_xsrf": ana_token})
        taken = await bo.get({"learner": "Ana", "_xsrf": bo_token})
        return ana, bo, ana_token, bo_token, claimed, taken

    ana, bo, ana_token, bo_token, claimed, taken = serve(tmp_path, first_visit)
    assert claimed.body == b"LESSON for ana"
    assert b"LESSON" not in taken.body and b"already taken" in taken.body
    lost = ana.jar.pop(room.COOKIE)  # the answer that carried the cookie never arrived

    async def after_restart(base):
        for browser in (ana, bo):
            browser.base = base
        taken_again = await bo.get({"learner": "Ana", "_xsrf": bo_token})
        retried = await ana.get({"learner": "Ana", "_xsrf": ana_token})
        return taken_again, retried

    taken_again, retried = serve(tmp_path, after_restart)  # a new server: a restart
    assert b"LESSON" not in taken_again.body
    assert retried.body == b"LESSON for ana"
    secret = lost.strip('"').partition(":")[2]
    assert not room_claims.Claims(tmp_path).verify("ana", secret)  # the lost cookie: nothing


def test_a_claim_without_the_form_s_cookie_keeps_the_address_rule(tmp_path):
    """Near miss: claims noted with no browser cookie (older records, a typed address)
    still let the same address claim again after a lost answer, and no other."""
    assert _claim(tmp_path, "Cy", "10.36.0.1")[0] == "cy"
    assert _claim(tmp_path, "Cy", "10.36.0.1")[0] == "cy"
    assert _claim(tmp_path, "Cy", "10.36.0.2")[0] is None
    assert _claim(tmp_path, "Di", "10.36.0.3", browser="one")[0] == "di"
    assert _claim(tmp_path, "Di", "10.36.0.3")[0] is None  # the claim's browser had one


# ---- gap 3: full-width and other disguised formula starters in exports ---------------


def test_every_nfkc_look_alike_of_a_formula_starter_is_known():
    from commonground.formula_cells import FORMULA_CHARS, LOOKALIKE_STARTERS

    found = set()
    for point in range(sys.maxunicode + 1):
        char = chr(point)
        form = unicodedata.normalize("NFKC", char)
        if char not in FORMULA_CHARS and form and form[0] in FORMULA_CHARS + "\u2212":
            found.add(char)
    assert found == set(LOOKALIKE_STARTERS)


def test_disguised_formulas_in_the_pairs_plan_csv_are_neutralised(tmp_path):
    import csv

    from commonground import cli

    names = [*DISGUISED_FORMULAS, *PLAIN_CELLS]
    people = tmp_path / "people.csv"
    with people.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["name"], *([n] for n in names)])
    plan = tmp_path / "plan.csv"
    argv = ["workshop", "pairs", str(people), "--rounds", "1", "--csv", str(plan)]
    assert cli.main(argv) == 0
    with plan.open(newline="", encoding="utf-8") as handle:
        written = [row[-1] for row in list(csv.reader(handle))[1:]]
    assert len(written) == len(names)
    cleaned = {" ".join(n.split()) for n in names}  # the people list strips blanks
    for cell in written:
        typed = cell[1:] if cell.startswith("'") else cell
        assert typed in cleaned, cell
        assert cell.startswith("'") == (typed not in PLAIN_CELLS), cell


def test_disguised_formulas_in_every_log_export_are_neutralised(tmp_path):
    import pandas as pd

    from commonground.analysis.report_tables import _cell
    from commonground.outcomes import to_safe_csv, to_safe_html
    from commonground.outcomes.importers.writing import _write_csv_fast

    frame = pd.DataFrame({"notes": DISGUISED_FORMULAS + PLAIN_CELLS})
    expected = ["'" + t for t in DISGUISED_FORMULAS] + PLAIN_CELLS
    slow, fast = tmp_path / "slow.csv", tmp_path / "fast.csv"
    to_safe_csv(frame, slow)
    _write_csv_fast(frame, str(fast))
    for path in (slow, fast):
        cells = pd.read_csv(path, dtype=str, keep_default_na=False)["notes"].tolist()
        assert cells == expected, path.name
    page = html.unescape(to_safe_html(frame))
    for text in DISGUISED_FORMULAS:
        assert "'" + text.replace("\n", "\\n") in page, repr(text)  # pandas shows \n so
    assert [_cell(t) for t in DISGUISED_FORMULAS + PLAIN_CELLS] == expected
    assert _cell("-") == "-" and _cell("－") == "－"  # a lone dash is a placeholder, no formula


# ---- terminal control sequences typed into observer sheets ---------------------------


def _sheet(folder, sheet_id, ask_type):
    from commonground.workshop import observer

    sheet = observer.ObserverSheet.start(sheet_id, now=0.0, date="2026-12-07")
    sheet.tick("factual_questions", now=10.0)
    sheet.record_ask(ask_type, specific=True, fit=True, response="yes", now=500.0)
    sheet.finish(now=900.0)
    observer.save_sheet(sheet, folder)


ESCAPES = {
    "retitle and clear": "\x1b]0;owned\x07\x1b[2J\x1b[H",
    "hidden link": "\x1b]8;;https://evil.example/\x07click here\x1b]8;;\x07",
    "right-to-left override": "canvass\u202e ,seY",
    "c1 control": "\x9b31mred",
}


@pytest.mark.parametrize("typed", list(ESCAPES.values()), ids=list(ESCAPES))
def test_an_observer_s_ask_type_cannot_drive_the_facilitator_s_terminal(typed, tmp_path):
    from commonground.terminal_text import unsafe
    from commonground.workshop import debrief

    _sheet(tmp_path, "one", "canvass")
    _sheet(tmp_path, "two", typed)
    text = debrief.debrief_folder(tmp_path).text()
    assert not [ch for ch in text if unsafe(ch) and ch != "\n"] and "Canvass" in text


def test_a_sheet_s_file_name_cannot_drive_the_facilitator_s_terminal(tmp_path):
    from commonground import cli
    from commonground.terminal_text import unsafe

    _sheet(tmp_path, "one", "canvass")
    (tmp_path / "x\x1b]0;owned\x07\u202e.json").write_text("[]", encoding="utf-8")
    (tmp_path / "y.json").write_text("{broken", encoding="utf-8")
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(["workshop", "debrief", str(tmp_path)]) == 0
    printed = out.getvalue()
    assert "Not used: x\\x1b]0;owned\\x07\\u202e.json" in printed
    assert not [ch for ch in printed if unsafe(ch) and ch != "\n"]


# ---- markup typed into notes, names and the facilitator's pages ----------------------


def test_a_heading_or_list_typed_into_a_journal_note_exports_as_typed(tmp_path):
    from markdown_it import MarkdownIt

    from commonground import journal

    typed = "Intro\nTitle\n===\nSub\n---\n- a list\n1. first\n2) second\n+ plus"
    items = ["- nested", "1. nested", "=== x"]

    def rendered(note, story):
        j = journal.Journal(path=tmp_path / f"{len(note)}.json")
        j.save("reflection", {"note": note})
        j.save("story", {"items": story})
        page = MarkdownIt("commonmark").render(j.export_markdown())
        return page, re.findall(r"<h[1-6]>|<hr|<ol|<ul|<li", page)

    page, blocks = rendered(typed, items)
    plain = rendered(
        "\n".join(w.strip("-=+12.) ") or "x" for w in typed.split("\n")), ["a", "b", "c"]
    )
    assert blocks == plain[1], page  # no heading, rule or list more than plain words make
    for line in typed.splitlines() + items:
        assert line in page  # every line shows as typed
    # near miss: an ordinary line keeps its words, a dash inside a line stays plain
    assert journal.md_text("work - life") == "work - life"


def test_markup_and_javascript_links_in_an_observer_s_notes_stay_text():
    from commonground.widgets.observer import _row_html

    row = {
        "notes": '<a href="javascript:alert(1)">x</a> <img src=x onerror=alert(2)>',
        "ask_type": "javascript:alert(3)",
        "organizer": "<svg onload=alert(4)>",
    }
    page = _row_html(row)
    assert not live_markup(page) and "<a " not in page
    assert "javascript:alert(3)" in page  # shown as the words typed


def test_a_full_width_formula_in_an_observer_s_sheet_row_is_neutralised():
    from commonground.widgets.observer import _row_html

    page = html.unescape(_row_html({"contact": '＝HYPERLINK("http://evil.example")'}))
    assert "'＝HYPERLINK" in page


def test_hostile_names_on_the_facilitator_s_page_stay_text(tmp_path):
    from commonground.hub.facilitator import released_page, render_kept, render_rows

    hostile = ['"><img src=x onerror=alert(1)>', "javascript:alert(2)", "<svg onload=alert(3)>"]
    (tmp_path / "people" / "<svg onload=alert(5)>").mkdir(parents=True)
    rows = render_rows([{"name": n, "admin": False} for n in hostile], tmp_path)
    kept = render_kept([], tmp_path)
    page = rows + kept + released_page(hostile[0], "K7PM-3QXA", "/services/facilitator/")
    assert not live_markup(page)
    actions = re.findall(r'action="([^"]*)"', rows + kept)
    assert len(actions) == 4 and all(a.startswith(("release/", "return-code/")) for a in actions)
    assert not [a for a in actions if "/" in a.partition("/")[2] or ":" in a]


@pytest.mark.parametrize(
    "crafted", ["../people", "..", "../../etc", "ana/../../x", "..／..／ana", "%2e%2e%2fana", ""]
)
def test_crafted_names_on_the_facilitator_s_routes_reach_no_other_folder(crafted, tmp_path):
    from commonground.hub.facilitator import return_code_for

    (tmp_path / "hub" / "people" / "ana").mkdir(parents=True)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    with pytest.raises(CommonGroundError):
        return_code_for(tmp_path / "hub", crafted, set())
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


@pytest.mark.parametrize(
    "path",
    ["/;url=javascript:alert(1)", "/%0d%0aRefresh:0;url=javascript:alert(2)", "//evil.example/x",
     "/\\evil.example", "/\tjavascript:alert(3)", "/%2F%2Fevil.example"],
)  # fmt: skip
def test_a_reload_from_another_site_never_leads_off_the_room(path):
    from types import SimpleNamespace

    from commonground.workshop.room_pages import reload_page, without_name

    request = SimpleNamespace(path=path, query_arguments={"next": [b"javascript:alert(4)"]})
    page = reload_page(without_name(request))
    target = re.search(r"url=([^']*)'", page).group(1)
    assert target.startswith("/") and not target.startswith("//")
    assert not re.match(r"/*\s*javascript:", target, re.I) and "\n" not in target


# ---- a restart mid-session: a kernel id from before opens nothing -------------------


def test_a_kernel_id_from_before_a_restart_opens_nothing():
    from tornado import web

    from commonground.serving.room_auth import OwnedKernelManager, note_requester

    manager = OwnedKernelManager()  # the restarted room: it knows no kernel yet

    async def ask(kernel_id):
        note_requester("ana")
        with pytest.raises(web.HTTPError) as refused:
            manager.get_kernel(kernel_id)
        return refused.value.status_code, manager.list_kernels()

    status, listed = asyncio.run(ask("0b4e58a4-3c5e-4f53-9b8a-8e8c3a9f0d11"))
    assert status == 404 and listed == []


# ---- floods: huge names and return codes --------------------------------------------


def test_a_flood_of_huge_names_is_refused_quickly_and_writes_nothing(tmp_path):
    import time

    huge = ["A" * 200_000, "é" * 100_000, "\u0301" * 100_000, "ａ" * 100_000, "-" * 100_000]
    started = time.perf_counter()
    for n in range(200):
        slug, message, cookies = _claim(
            tmp_path, huge[n % len(huge)], f"10.37.{n}.1", **{"return": "K" * 100_000}
        )
        assert slug is None and len(message) < 400 and room.COOKIE not in cookies
    assert time.perf_counter() - started < 5  # the server's one thread is never held
    assert room_claims.Claims(tmp_path).names() == []
    assert not (tmp_path / "participants").exists()


def test_a_flood_of_huge_names_at_the_hub_holds_nothing(tmp_path):
    import time

    auth = hub_authenticator(tmp_path)
    started = time.perf_counter()
    for n in range(100):
        user, why = sign_in(auth, "B" * 100_000, f"10.38.{n}.1")
        assert user is None and len(why) < 400
    assert time.perf_counter() - started < 5  # the hub's one thread is never held
    assert auth._claiming == {} and not (tmp_path / room_claims.NAME_CLAIMS_FILE).exists()


# ---- a hostile log's own column names, merged or quarantined by the facilitator ------


def test_a_hostile_log_s_column_names_write_no_formula_and_drive_no_terminal(tmp_path, capsys):
    import csv

    from commonground import cli
    from commonground.terminal_text import unsafe

    plain = tmp_path / "team.csv"
    assert cli.main(["log", "generate", "--rows", "4", "--seed", "1", "-o", str(plain)]) == 0
    rows = list(csv.reader(plain.open(encoding="utf-8", newline="")))
    extra = ['=HYPERLINK("http://evil.example","x")', "＝1+1", "\x1b]0;owned\x07note"]
    body = [[*row, "a", "b", "c"] for row in rows[1:]]
    body[0][1] = "not-a-date"  # one row for the quarantine file
    hostile = tmp_path / "hostile.csv"
    with hostile.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([rows[0] + extra, *body])
    capsys.readouterr()
    quarantine, merged = tmp_path / "q.csv", tmp_path / "merged.csv"
    cli.main(["log", "validate", str(hostile), "--quarantine", str(quarantine)])
    cli.main(["log", "merge", str(hostile), str(plain), "-o", str(merged)])
    told = capsys.readouterr()
    assert not [ch for ch in told.out + told.err if unsafe(ch) and ch != "\n"]
    assert "\\x1b]0;owned\\x07note" in told.out + told.err  # shown as codes
    for path in (quarantine, merged):
        header = next(csv.reader(path.open(encoding="utf-8", newline="")))
        assert [h for h in header if h.lower().startswith(("'=hyperlink", "'＝"))], header
        assert not [h for h in header if re.match(r"[=+\-@＝＋－＠]", h)], header
