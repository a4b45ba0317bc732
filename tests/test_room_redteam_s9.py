"""Session 9 red team: the room and the hub attacked where session 8 left gaps.

Names that look alike only as letter pairs ("rn" for "m", "cl" for "d", "vv" for "w") or
digits ("0" for "o"), or that pile accents into a smear; browsers that send no
``Sec-Fetch-Site`` (older Safari) lured into a claim by another site; text cut at the
cap said only in a tooltip; a hub name deleted from JupyterHub's admin page with no way
back to its journal; a claim whose answer never reached the browser (a restart, a lost
connection); names Windows cannot use as a folder; right-to-left names in the
facilitator's list; and the checks that held (markup in names, a cookie carrying
another's name, very long names, path tricks in file URLs). All in-process.
"""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
from fake_handler import FakeHandler
from widget_tree import WIDGET_MODULES, built_widgets, widget_tree

from commonground.errors import CommonGroundError
from commonground.serving import names
from commonground.workshop import room, room_claims

ROOM_HOST = "192.168.1.5:8866"


def _request(ip="192.168.1.20", **headers):
    return SimpleNamespace(remote_ip=ip, headers=headers, host=ROOM_HOST, protocol="http")


def _claim(room_home, name, ip="192.168.1.20", cookies=None, **headers):
    handler = FakeHandler({"learner": name}, cookies=cookies)
    handler.request = _request(ip, **headers)
    return room.resolve_participant(handler, room_home), handler


SAME = {"Referer": f"http://{ROOM_HOST}/voila/render/00_start_here.ipynb"}


# ---- names that look alike as letter pairs or digits --------------------------------


@pytest.mark.parametrize(
    "first, second",
    [
        ("Emma", "Ernrna"),  # rn for m, twice (one pair alone: real names, see s10)
        ("Dad", "Clacl"),  # cl for d, twice
        ("Bom", "B0rn"),  # a pair and a digit
        ("Will", "Vvill"),  # vv for w
        ("Bob", "B0b"),  # zero for o
        ("Lily", "Li1y"),  # one for l
    ],
)
def test_a_name_that_looks_like_a_taken_one_as_letter_pairs_is_refused(first, second, tmp_path):
    claims = room_claims.Claims(tmp_path)
    claims.claim(first)
    with pytest.raises(CommonGroundError, match="looks the same"):
        claims.claim(second)
    # either way round
    other = room_claims.Claims(tmp_path / "other")
    other.claim(second)
    with pytest.raises(CommonGroundError, match="looks the same"):
        other.claim(first)


def test_names_that_only_share_letters_stay_apart(tmp_path):
    claims = room_claims.Claims(tmp_path)
    for typed in ("Kim", "Kin", "Dan", "Clara", "Wil", "Vivian", "Bo", "Bob", "Cleo", "Rn Li"):
        claims.claim(typed)
    assert len(claims.names()) == 10


def test_hub_refuses_a_name_dressed_as_the_facilitator_or_a_taken_one(tmp_path):
    from commonground.hub.auth import _REFUSAL, RoomCodeAuthenticator

    class Handler:
        def __init__(self):
            self.request = SimpleNamespace(remote_ip="192.168.1.40", headers={})
            self.current_user = None
            self.db = SimpleNamespace(
                query=lambda _t: [SimpleNamespace(name="kim"), SimpleNamespace(name="emma")]
            )

        def find_user(self, name):
            return object() if name in ("kim", "emma") else None

    auth = RoomCodeAuthenticator(
        hub_dir=str(tmp_path), user_password="HUBK7PM3", admin_users={"facilitator"}
    )
    for typed in ("Ernrna", "faci1itator", "Faci1itat0r"):
        handler = Handler()
        data = {"username": typed, "password": "HUBK7PM3"}
        assert asyncio.run(auth.authenticate(handler, data)) is None, typed
        assert "looks the same" in getattr(handler, _REFUSAL, ""), typed


@pytest.mark.parametrize(
    "typed",
    ["Ana" + "\u0301" * 6, "Ana\u0301\u0301", "Ana\u0300\u0301\u0302\u0303\u0304\u0306"],
)
def test_accents_piled_on_one_letter_are_refused(typed):
    with pytest.raises(CommonGroundError, match="accent"):
        names.normalise_name(typed)


def test_real_accented_names_in_many_scripts_stay_welcome():
    for typed in ("José", "Nguyễn Thị Ánh", "Zoë", "สมชาย", "राजेश", "Đặng", "Chloé"):
        assert names.normalise_name(typed)


# ---- another site, in a browser that sends no Sec-Fetch-Site ------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Referer": "http://evil.example/page"},
        {"Referer": "http://192.168.1.5:9999/other-service"},  # same host, other port
        {"Origin": "null"},  # a sandboxed frame or a data: page
        {},  # neither: nothing says the room's own page asked
    ],
)
def test_an_older_browser_lured_by_another_site_claims_nothing(headers, tmp_path):
    (slug, message), handler = _claim(tmp_path, "Mallory", **headers)
    assert slug is None and room.COOKIE not in handler.cookies
    assert room_claims.Claims(tmp_path).names() == []
    assert "type your name" in message.lower()


@pytest.mark.parametrize(
    "headers",
    [SAME, {"Origin": f"http://{ROOM_HOST}"}, {"Sec-Fetch-Site": "same-origin"}],
)
def test_the_room_s_own_name_form_still_claims(headers, tmp_path):
    assert _claim(tmp_path, "Ana", **headers)[0][0] == "ana"


def test_another_site_cannot_sign_an_older_browser_out(tmp_path):
    (_, _), ana = _claim(tmp_path, "Ana", **SAME)
    lured = FakeHandler({"release": "1"}, cookies=dict(ana.cookies))
    lured.request = _request(Referer="http://evil.example/")
    assert room.resolve_participant(lured, tmp_path)[0] == "ana"
    assert room.participant_from_cookie(FakeHandler(cookies=ana.cookies), tmp_path) == "ana"


def test_a_link_from_another_site_in_an_older_browser_reloads_from_the_room(tmp_path):
    from tornado.web import Finish

    hook = room.make_prelaunch_hook(tmp_path)
    lured = FakeHandler({"learner": "Mallory"})
    lured.request = _request(Referer="http://evil.example/")
    lured.request.path = "/voila/render/03.ipynb"
    lured.request.query_arguments = {"learner": [b"Mallory"]}
    with pytest.raises(Finish) as page:
        hook(lured, None, ".")
    shown = page.value.args[0]
    assert "url=/voila/render/03.ipynb'" in shown and "Mallory" not in shown


def test_the_name_form_asks_the_browser_to_say_where_it_came_from(tmp_path):
    from tornado.web import Finish

    hook = room.make_prelaunch_hook(tmp_path)
    visitor = FakeHandler()
    visitor.request = _request()
    with pytest.raises(Finish):
        hook(visitor, None, ".")
    assert visitor.headers["Referrer-Policy"] == "same-origin"


# ---- text cut at the cap is shown, not hidden in a tooltip --------------------------

PASTED = "I joined because the rent went up. " * 400 + "THE END OF MY STORY"


@pytest.mark.parametrize("module", WIDGET_MODULES)
def test_a_cut_text_is_said_in_the_box_s_visible_label(module, tmp_path, monkeypatch):

    import ipywidgets as w

    monkeypatch.setenv("COMMONGROUND_HOME", str(tmp_path))
    for name, widget in built_widgets(module):
        for part in widget_tree(widget):
            if not isinstance(part, (w.Text, w.Textarea, w.Combobox)) or part.disabled:
                continue
            label = part.description
            part.value = PASTED
            shown = part.description  # the box's label: on screen, and its accessible name
            assert label in shown and f"{len(PASTED) - part.limit:,}" in shown, (name, shown)
            assert part.style.description_width == "initial", name  # never clipped
            assert part.value == PASTED[: part.limit]
            part.value = "short"  # the learner rewrote it: the label is theirs again
            assert part.description == label, name


# ---- the hub: a name deleted from JupyterHub's admin page ---------------------------


def test_a_name_deleted_on_the_hub_admin_page_can_still_be_given_a_return_code(
    tmp_path, monkeypatch
):
    from commonground.hub import facilitator
    from commonground.hub.returns import ReturnCodes

    (tmp_path / "people" / "bea" / "commonground").mkdir(parents=True)  # Bea's journal
    (tmp_path / "people" / "ana" / "commonground").mkdir(parents=True)
    users = [{"name": "ana"}, {"name": "facilitator", "admin": True}]  # Bea deleted
    rows = facilitator.render_kept(users, tmp_path)
    assert 'action="return-code/bea"' in rows and "return-code/ana" not in rows
    code = facilitator.return_code_for(tmp_path, "bea", {u["name"] for u in users})
    assert ReturnCodes(tmp_path).use("bea", code)
    for taken in ("ana", "nobody", "../ana"):  # a live user, no folder, a path trick
        with pytest.raises(CommonGroundError):
            facilitator.return_code_for(tmp_path, taken, {u["name"] for u in users})
    monkeypatch.setenv("JUPYTERHUB_SERVICE_PREFIX", "/services/facilitator/")
    paths = [rule.matcher.regex.pattern for rule in facilitator.make_app().wildcard_router.rules]
    assert any("return-code" in p for p in paths)


# ---- a claim whose answer never reached the browser ---------------------------------


def test_a_claim_lost_on_its_way_to_the_browser_can_be_made_again(tmp_path):
    (slug, _), first = _claim(tmp_path, "Ana", **SAME)  # the room restarts: no cookie
    assert slug == "ana"
    (again, _), retry = _claim(tmp_path, "Ana", **SAME)  # same device, nothing written yet
    assert again == "ana" and room.COOKIE in retry.cookies
    # the lost answer's cookie (if it ever arrives) no longer opens the name
    assert room.participant_from_cookie(FakeHandler(cookies=first.cookies), tmp_path) is None
    (other, _), _ = _claim(tmp_path, "Ana", ip="192.168.1.21", **SAME)
    assert other is None  # another device never takes it
    journal = room_claims.participant_home(tmp_path, "ana") / "journal.json"
    journal.parent.mkdir(parents=True)
    journal.write_text("{}")
    (late, _), _ = _claim(tmp_path, "Ana", **SAME)
    assert late is None  # once something is written, only the return code gives it back


def test_a_claim_whose_cookie_came_back_is_never_claimed_again(tmp_path):
    (_, _), ana = _claim(tmp_path, "Ana", **SAME)
    assert room.participant_from_cookie(FakeHandler(cookies=ana.cookies), tmp_path) == "ana"
    (again, message), _ = _claim(tmp_path, "Ana", **SAME)  # same computer, another person
    assert again is None and "taken" in message
    assert room.participant_from_cookie(FakeHandler(cookies=ana.cookies), tmp_path) == "ana"


# ---- names Windows cannot use as folders --------------------------------------------


@pytest.mark.parametrize("typed", ["CON", "nul", "Com1", "lpt9", "aux", "PRN"])
def test_a_windows_device_name_gets_a_folder_windows_can_make(typed, tmp_path):
    slug = names.normalise_name(typed)
    folder = room_claims.participant_home(tmp_path, slug).name
    stem = folder.split(".")[0].upper()
    assert stem not in {"CON", "NUL", "AUX", "PRN"} and not (
        stem[:3] in {"COM", "LPT"} and stem[3:].isdigit()
    ), folder
    assert room_claims.participant_home(tmp_path, "ana").name == "ana"  # others unchanged


# ---- the facilitator's lists ----------------------------------------------------------


def test_a_right_to_left_name_keeps_its_own_direction_in_the_facilitator_list(tmp_path):
    from commonground.hub.facilitator import render_rows

    rows = render_rows([{"name": "שרה-2"}, {"name": "ana"}], tmp_path)
    assert "<bdi>שרה-2</bdi>" in rows


def test_markup_and_bidi_controls_never_reach_a_list(tmp_path):
    from commonground.hub.facilitator import render_rows

    for typed in ("<img src=x onerror=alert(1)>", "\u202eana", "ana\u2066<b>", "&lt;b&gt;"):
        slug = names.normalise_name(typed)
        rows = render_rows([{"name": slug}], tmp_path)
        assert "<img" not in rows and "<b>" not in rows and "\u202e" not in rows, rows


def test_a_cookie_carrying_another_persons_name_opens_nothing(tmp_path):
    (_, _), ana = _claim(tmp_path, "Ana", **SAME)
    _claim(tmp_path, "Bea", ip="192.168.1.21", **SAME)
    secret = ana.cookies[room.COOKIE].partition(":")[2]
    for forged in (f"bea:{secret}", f"../bea:{secret}", "bea:", f"ana:{secret}x"):
        handler = FakeHandler(cookies={room.COOKIE: forged})
        assert room.participant_from_cookie(handler, tmp_path) is None, forged


def test_a_very_long_name_is_refused_with_a_reason(tmp_path):
    for typed in ("A" * 100_000, "Ana " * 5000, "\ufdfa" * 5):  # the last grows in NFKC
        (slug, message), handler = _claim(tmp_path, typed, **SAME)
        assert slug is None and "shorter" in message and room.COOKIE not in handler.cookies
    for typed in ("%" * 100_000, "Anna Аnna " * 5000):  # no letters; mixed alphabets
        (slug, message), _ = _claim(tmp_path, typed, **SAME)
        assert slug is None and len(message) < 400, len(message)  # never echoed whole
    assert not (tmp_path / "participants").exists()


def test_path_tricks_in_file_urls_reach_nothing_outside_the_lessons(tmp_path):
    from tornado import httpclient, web
    from tornado.httpserver import HTTPServer
    from tornado.testing import bind_unused_port
    from voila.static_file_handler import AllowListFileHandler

    lessons = tmp_path / "lessons"
    lessons.mkdir()
    (lessons / "pic.png").write_bytes(b"png")
    (tmp_path / "secret.png").write_bytes(b"someone's")

    async def status(path: str) -> int:
        app = web.Application(
            [
                (
                    r"/voila/files/(.*)",
                    AllowListFileHandler,
                    {"allowlist": [r".*\.png"], "path": str(lessons)},
                )
            ]
        )
        sock, port = bind_unused_port()
        server = HTTPServer(app)
        server.add_sockets([sock])
        try:
            response = await httpclient.AsyncHTTPClient().fetch(
                f"http://127.0.0.1:{port}/voila/files/{path}", raise_error=False
            )
            return response.code
        finally:
            server.stop()

    assert asyncio.run(status("pic.png")) == 200
    for trick in ("..%2fsecret.png", "%2e%2e/secret.png", "%2E%2E%2Fsecret.png", "/../secret.png"):
        assert asyncio.run(status(trick)) in (400, 403, 404), trick


def test_the_cut_notice_stays_while_the_learner_edits_the_cut_text():
    from commonground.widgets import _text

    box = _text.Textarea(description="Your story", tooltip="A minute or two")
    box.value = PASTED
    assert box.was_cut and "THE END" not in box.value
    box.value = box.value[:-300] + " and so I came."  # trimming what was kept
    assert "Cut: the last 10,019 characters, from “…ecause the rent" in box.description
    box.value = ""  # cleared for a new story
    assert box.description == "Your story" and box.tooltip == "A minute or two"
    assert not box.was_cut


def test_a_cut_box_leaves_the_style_it_shares_with_other_boxes_alone():
    import ipywidgets as w

    from commonground.widgets import _text

    shared = type(w.Text().style)(description_width="120px")
    cut, other = (_text.Text(description="Name", style=shared) for _ in range(2))
    cut.value = "x" * (_text.MAX_LINE_CHARS + 5)
    assert cut.style.description_width == "initial" and "Cut:" in cut.description
    assert other.style.description_width == "120px" and shared.description_width == "120px"
    cut.value = "Ana"
    assert cut.style is shared and cut.description == "Name"


def test_a_room_filled_by_a_script_from_many_addresses_can_be_cleared(tmp_path, monkeypatch):
    from commonground.cli import main

    monkeypatch.setattr(room_claims, "MAX_NAMES", 30)
    room_home = tmp_path / "room"
    (_, _), ana = _claim(room_home, "Ana", ip="10.0.0.200", **SAME)
    journal = room_claims.participant_home(room_home, "ana") / "journal.json"
    journal.parent.mkdir(parents=True)
    journal.write_text("{}")
    for n in range(40):  # eight addresses, five names each: the room's cap holds
        _claim(room_home, f"bot {n}", ip=f"10.0.1.{n // 5 + 1}", **SAME)
    (bea, message), _ = _claim(room_home, "Bea", ip="10.0.0.201", **SAME)
    assert bea is None and "forget-unused" in message  # the room is full
    notebooks = tmp_path / "lessons"
    notebooks.mkdir()
    (notebooks / "a.ipynb").write_text("{}")
    argv = ["app", "--room", "--forget-unused", "--home", str(tmp_path)]
    assert main([*argv, "--notebooks", str(notebooks)]) == 0
    assert room_claims.Claims(room_home).names() == ["ana"]  # her journal kept her name
    assert room.participant_from_cookie(FakeHandler(cookies=ana.cookies), room_home) == "ana"
    assert _claim(room_home, "Bea", ip="10.0.0.201", **SAME)[0][0] == "bea"
