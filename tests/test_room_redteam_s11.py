"""Session 11 red team: the room and the hub attacked as an attacker would.

Look-alike letters Unicode's confusables leave apart (small capitals) beside the name
they imitate; a flood of new names in a full room against participants who are reading
a lesson; signing a browser out with ``?release=1`` from another site's link or picture
in a browser that sends no origin headers; and, found at first sight this session, a
room whose claims file was lost handing a journal to the next person typing its name,
and two browsers signing in to a hub with the same new name at the same moment. The
room's pages run on a real tornado server (:mod:`room_browser`); kernels are real.
"""

from __future__ import annotations

import asyncio
import re

import pytest
from fake_handler import FakeHandler
from hub_sign_in import hub_authenticator, sign_in
from room_browser import Browser, form_token, serve

from commonground.errors import CommonGroundError
from commonground.serving import names
from commonground.workshop import room, room_capacity, room_claims

SAME = {"Sec-Fetch-Site": "same-origin"}


def _claim(room_home, name, ip, cookies=None):
    handler = FakeHandler({"learner": name}, cookies=cookies, ip=ip)
    slug, message = room.resolve_participant(handler, room_home)
    return slug, message, handler.cookies


# ---- 1. look-alike letters: small capitals, full-width, mathematical, Cyrillic ----------

LOOK_ALIKES = [
    ("Ana", "ᴀɴᴀ"),  # Latin small capitals: UTS #39 gives them no prototype
    ("Ana", "ａｎａ"),  # full-width (NFKC)
    ("Ana", "𝐚𝐧𝐚"),  # mathematical bold (NFKC)
    ("Ana", "аna"),  # a Cyrillic а among Latin letters
    ("Ana", "ꭺɴᴀ"),  # Cherokee small letter drawn as a small capital, then small capitals
    ("Kim", "ᴋɪᴍ"),
    ("Sam", "ꜱᴀᴍ"),
    ("Noah", "ɴᴏᴀʜ"),
    ("Bob", "ʙᴏʙ"),
    ("Lee", "ʟᴇᴇ"),
]


@pytest.mark.parametrize("real, trick", LOOK_ALIKES)
def test_a_look_alike_name_cannot_sit_beside_the_name_it_imitates_in_a_room(real, trick, tmp_path):
    first, _, _ = _claim(tmp_path, real, ip="10.11.0.1")
    second, message, _ = _claim(tmp_path, trick, ip="10.11.0.2")
    assert first == names.normalise_name(real) and second is None, message
    # the other way round too: the trick first, then the real name
    other = tmp_path / "other"
    assert _claim(other, trick, ip="10.11.0.3")[0] is not None or trick == "аna"
    if trick != "аna":  # a name mixing alphabets is refused on its own
        assert _claim(other, real, ip="10.11.0.4")[0] is None


@pytest.mark.parametrize("real, trick", LOOK_ALIKES)
def test_a_look_alike_name_cannot_sit_beside_the_name_it_imitates_in_a_hub(real, trick, tmp_path):
    auth = hub_authenticator(tmp_path)
    user, why = sign_in(auth, real, "10.12.0.1")
    assert user is not None, why
    refused, why = sign_in(auth, trick, "10.12.0.2", users=[user["name"]])
    assert refused is None and why, trick


def test_nobody_signs_in_to_a_hub_as_the_facilitator_in_small_capitals(tmp_path):
    refused, why = sign_in(hub_authenticator(tmp_path), "ꜰᴀᴄɪʟɪᴛᴀᴛᴏʀ", "10.12.0.9")
    assert refused is None and "looks the same" in why


def test_the_facilitator_sees_small_capital_names_marked_beside_the_plain_one(tmp_path):
    from commonground.hub.facilitator import render_rows
    from commonground.workshop.roster import roster_lines

    assert names.look_alikes(["ana", "ᴀɴᴀ", "bea"]) == {"ana": ["ᴀɴᴀ"], "ᴀɴᴀ": ["ana"], "bea": []}
    rows = render_rows([{"name": "ana"}, {"name": "ᴀɴᴀ"}], tmp_path)
    assert "looks like <bdi>ᴀɴᴀ</bdi>" in rows and "looks like <bdi>ana</bdi>" in rows
    # names kept from before the letters were read so (an older room) are marked in --who
    room_claims.Claims(tmp_path).claim("Ana")
    claims = room_claims.storage.read_json(tmp_path / room_claims.CLAIMS_FILE)
    claims["ᴀɴᴀ"] = dict(claims["ana"])
    room_claims.storage.atomic_write_json(tmp_path / room_claims.CLAIMS_FILE, claims)
    lines = roster_lines(tmp_path)
    assert any(line.strip().startswith("ᴀɴᴀ") and "looks like ana" in line for line in lines)


@pytest.mark.parametrize(
    "first, second",
    [
        ("Ana", "Anna"),
        ("Ana", "ᴀɴɴᴀ"),  # small capitals of another name
        ("Ana", "Ána"),  # an accent makes another name
        ("Kim", "Kin"),
        ("Vova", "Вова"),  # the Russian name reads "boba", not "vova"
        ("Sam", "ꜱᴀʟ"),
        ("Teo", "Téo"),
    ],
)
def test_names_that_only_share_letters_with_small_capitals_both_get_in(first, second, tmp_path):
    assert _claim(tmp_path, first, ip="10.13.0.1")[0] == names.normalise_name(first)
    slug, message, _ = _claim(tmp_path, second, ip="10.13.0.2")
    assert slug == names.normalise_name(second), message


def test_small_capitals_read_by_their_unicode_name_in_every_alphabet_that_has_them():
    assert names.small_capital_letter("ᴀ") == "a" and names.small_capital_letter("ʀ") == "r"
    assert names.small_capital_letter("ᴦ") == "γ"  # GREEK LETTER SMALL CAPITAL GAMMA
    assert names.small_capital_letter("ᴫ") == "л"  # CYRILLIC LETTER SMALL CAPITAL EL
    assert names.small_capital_letter("ɶ") == "ɶ"  # no small letter "OE": kept as it is
    assert names.small_capital_letter("a") == "a" and names.small_capital_letter("я") == "я"


# ---- 2. a flood of new names in a full room ------------------------------------------


def test_a_flood_in_a_full_room_never_pushes_out_people_who_are_in_a_lesson(tmp_path, monkeypatch):
    """Ana reads a lesson (a real kernel, widgets only: no page request for hours), Bea's
    browser comes back now and then, Dee has saved work, Cid left without saving. A
    script on many addresses claims new names every five minutes for three hours."""
    from commonground.serving.room_auth import OwnedKernelManager, note_requester
    from commonground.workshop.roster import roster_lines

    monkeypatch.setattr(room_claims, "MAX_NAMES", 12)
    real_time = room_claims.time.time
    clock: list[float] = []
    monkeypatch.setattr(room_claims.time, "time", lambda: clock[0] if clock else real_time())

    async def workshop():
        people = {
            n: _claim(tmp_path, n, ip=f"10.14.0.{i}")
            for i, n in enumerate(["Ana", "Bea", "Cid", "Dee"])
        }
        journal = room_claims.participant_home(tmp_path, "dee") / "journal.json"
        journal.parent.mkdir(parents=True, exist_ok=True)
        journal.write_text('{"entries": []}')
        manager = OwnedKernelManager(room_home=str(tmp_path))
        manager.release_check_seconds = 0.05  # the server's own look, soon
        note_requester("ana")
        kernel = await manager.start_kernel()  # Ana's lesson
        try:
            for _ in range(600):  # the look the server schedules notes Ana's open lesson
                if room_claims.Claims(tmp_path)._read()["ana"]["last"]:
                    break
                await asyncio.sleep(0.05)
            assert room_claims.Claims(tmp_path)._read()["ana"]["last"]
            clock.append(real_time())
            got_in, refused, sizes = 0, 0, []
            for step in range(36):  # three hours, every five minutes
                clock[0] += 300
                manager.note_open_lessons()  # the manager's look every few seconds
                if step % 2 == 0:  # Bea's browser asks for a page every ten minutes
                    assert (
                        room.resolve_participant(
                            FakeHandler(cookies=people["Bea"][2], ip="10.14.0.1"), tmp_path
                        )[0]
                        == "bea"
                    )
                for n in range(20):
                    slug, _, _ = _claim(tmp_path, f"bot {step} {n}", ip=f"10.{step}.{n}.9")
                    got_in, refused = got_in + bool(slug), refused + (not slug)
                sizes.append(len(room_claims.Claims(tmp_path).names()))
            return people, got_in, refused, sizes
        finally:
            clock.clear()
            await manager.shutdown_kernel(kernel, now=True)
            if manager._watch is not None:
                manager._watch.stop()

    people, got_in, refused, sizes = asyncio.run(workshop())
    claims = room_claims.Claims(tmp_path)
    for name, slug in (("Ana", "ana"), ("Bea", "bea"), ("Dee", "dee")):
        secret = people[name][2][room.COOKIE].partition(":")[2]
        assert claims.verify(slug, secret), f"{name} was pushed out by the flood"
    assert "cid" not in claims.names()  # idle half an hour with nothing saved: made way
    assert max(sizes) <= 12 and got_in and refused  # bounded; stale bots made way
    count, last = room_capacity.made_way(tmp_path)
    assert count == got_in - (12 - 4)  # every bot past the eight free places replaced one
    summary = "\n".join(roster_lines(tmp_path)[:4])
    assert f"{count} name(s) with nothing saved" in summary and "made way" in summary


def test_a_name_in_use_makes_way_only_after_half_an_hour_unused(tmp_path, monkeypatch):
    monkeypatch.setattr(room_claims, "MAX_NAMES", 2)
    start = room_claims.time.time()
    clock = [start]
    monkeypatch.setattr(room_claims.time, "time", lambda: clock[0])
    claims = room_claims.Claims(tmp_path)
    _, ana = claims.claim("Ana")
    claims.claim("Bot 1")
    clock[0] = start + room_capacity.STALE_SECONDS - 60
    assert claims.verify("ana", ana)  # Ana's page asks for something
    clock[0] = start + room_capacity.STALE_SECONDS + 1
    assert claims.claim("Bot 2")[0] == "bot-2"  # the bot unused since its claim made way
    with pytest.raises(CommonGroundError, match="its most"):
        claims.claim("Bot 3")  # Ana was in use 61 s ago, Bot 2 is new
    clock[0] = start + 2 * room_capacity.STALE_SECONDS
    assert claims.claim("Bot 3")[0] == "bot-3"  # now Ana has been away half an hour
    assert "ana" not in claims.names() and not claims.verify("ana", ana)


# ---- 3. signing out from another site in a browser that sends no origin headers -------


def test_another_site_s_link_or_picture_never_signs_a_browser_out(tmp_path):
    async def attack(base):
        ana = Browser(base)  # no Sec-Fetch-Site, Origin or Referer
        await ana.get({"learner": "Ana", "_xsrf": form_token(await ana.get())})
        mallory = Browser(base)
        stolen = form_token(await mallory.get())  # a real token, for Mallory's own cookie
        tries = [
            await ana.get({"release": "1"}),  # <img src=...?release=1>
            await ana.get({"release": "1"}, Referer="http://evil.example/page"),
            await ana.get({"release": "1"}, **{"Sec-Fetch-Site": "cross-site"}),
            await ana.get({"release": "1", "_xsrf": stolen}),
            await ana.get({"release": "1"}, **{"X-XSRFToken": stolen}),
        ]
        after = await ana.get()
        return tries, after

    tries, after = serve(tmp_path, attack)
    assert after.body == b"LESSON for ana"
    assert room_claims.Claims(tmp_path).names() == ["ana"]
    for response in tries:
        page = response.body.decode()
        assert "LESSON" not in page and "return code" not in page  # no kernel, no sign-out
        assert "Sign out of this device?" in page  # the person is asked instead
        assert response.headers["X-Frame-Options"] == "SAMEORIGIN"  # no stolen click
        assert response.headers["Cache-Control"] == "no-store"


def test_the_person_signs_out_through_the_page_s_own_form(tmp_path):
    async def sign_out(base):
        ana = Browser(base)
        await ana.get({"learner": "Ana", "_xsrf": form_token(await ana.get())})
        asked = await ana.get({"release": "1"})  # typed in the address bar, old browser
        token = form_token(asked)
        done = await ana.get({"release": "1", "_xsrf": token})
        modern = Browser(base, **{"Sec-Fetch-Site": "none"})  # typed, current browser
        await modern.get({"learner": "Bea"})
        typed = await modern.get({"release": "1"})
        return asked, done, typed, await ana.get()

    asked, done, typed, after = serve(tmp_path, sign_out)
    assert re.search(r'name="release" value="1"', asked.body.decode())
    for response in (done, typed):
        assert re.search(r"return code: [A-Z0-9]{4}-[A-Z0-9]{4}", response.body.decode())
    assert b'name="learner"' in after.body  # Ana's browser is signed out


# ---- 5. found at first sight: a lost claims file, a hub race ---------------------------


def test_a_journal_whose_claim_was_lost_is_not_handed_to_the_next_typist(tmp_path):
    slug, _, _ = _claim(tmp_path, "Ana", ip="10.15.0.1")
    journal = room_claims.participant_home(tmp_path, slug) / "journal.json"
    journal.parent.mkdir(parents=True, exist_ok=True)
    journal.write_text('{"private": true}')
    (tmp_path / room_claims.CLAIMS_FILE).write_text("{ damaged")  # a crash, a bad edit
    for typed, why in (("Ana", "kept for its owner"), ("ANA", "kept"), ("ᴀɴᴀ", "looks the same")):
        taken, message, _ = _claim(tmp_path, typed, ip="10.15.0.2")
        assert taken is None and why in message, typed
    # the facilitator can still give it back to its owner (--release NAME)
    code = room_claims.Claims(tmp_path).release("Ana")
    assert code is not None
    slug, message, _ = _claim_with_code(tmp_path, "Ana", code, ip="10.15.0.3")
    assert slug == "ana", message
    assert journal.read_text() == '{"private": true}'


def _claim_with_code(room_home, name, code, ip):
    handler = FakeHandler({"learner": name, "return": code}, ip=ip)
    slug, message = room.resolve_participant(handler, room_home)
    return slug, message, handler.cookies


def test_two_browsers_signing_in_to_a_hub_with_one_new_name_at_once_get_one_user(tmp_path):
    auth = hub_authenticator(tmp_path)
    # JupyterHub creates the user only after authenticate returns: the second sign-in
    # arrives before it exists
    first, _ = sign_in(auth, "Ana", "10.16.0.1")
    second, why = sign_in(auth, "Ana", "10.16.0.2")
    assert first == {"name": "ana", "admin": False, "groups": []}
    assert second is None and "being taken" in why
    alike, why = sign_in(auth, "ᴀɴᴀ", "10.16.0.3")
    assert alike is None and "looks the same" in why
    again, _ = sign_in(auth, "Ana", "10.16.0.1")  # the first browser's lost answer
    assert again is not None


# ---- 5. found at first sight and held: tested so they stay held ----------------------

MARKUP = ' <img src=x onerror="alert(1)"> [x](javascript:alert(2)) <script>alert(3)</script>'
LIVE_MARKUP = re.compile(r"<img src=x|<script>alert|href=[\"']?javascript", re.I)


def test_a_hostile_people_list_writes_no_formula_or_markup_into_the_pairs_plan(tmp_path):
    import csv

    from commonground import cli

    hostile = ['=HYPERLINK("http://evil.example","x")', "\t=1+1", "\r=1+2", "+1-2", "-3+4"]
    hostile += ["@SUM(A1)", " =5+6", "Bea", "<img src=x onerror=alert(1)>", "Cid"]
    people = tmp_path / "people.csv"
    with people.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["name"], *([n] for n in hostile)])
    plan, page = tmp_path / "plan.csv", tmp_path / "plan"
    argv = ["workshop", "pairs", str(people), "--rounds", "1", "--csv", str(plan)]
    assert cli.main([*argv, "--page", str(page)]) == 0
    with plan.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 1 + len(hostile)  # no name split a row
    for *_, name in rows[1:]:
        assert not re.match(r"[=+\-@\t\r]", name), name  # a spreadsheet runs none
    assert not LIVE_MARKUP.search((tmp_path / "plan.html").read_text(encoding="utf-8"))
    from commonground.commands.workshop import _csv_cell

    assert _csv_cell("\t=1+1") == "'\t=1+1" and _csv_cell("a\rb") == '"a\rb"'


def _hostile_scenario(tmp_path):
    """A trainer's scenario pack from elsewhere, with markup in every text a page shows."""
    import yaml

    from commonground import cli

    path = tmp_path / "pack"
    assert cli.main(["scenarios", "new", "evil", "-o", str(path)]) == 0
    source = path / "evil.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["title"] += MARKUP
    data["summary"] += MARKUP
    persona, campaign = data["persona"], data["campaign"]
    for key in ("name", "description"):
        persona[key] += MARKUP
    persona["public_facts"] = [fact + MARKUP for fact in persona["public_facts"]]
    for fact in persona["hidden_facts"]:
        fact["text"] += MARKUP
    for key in ("name", "what", "why"):
        campaign[key] += MARKUP
    for ask in campaign["asks"]:
        ask["text"] += MARKUP
    source.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return source


def _html_values(widget, seen=None):
    import ipywidgets

    seen = set() if seen is None else seen
    if id(widget) in seen:
        return
    seen.add(id(widget))
    if isinstance(widget, ipywidgets.HTML):
        yield widget.value
    children = list(getattr(widget, "children", ()) or ())
    children += [v for v in vars(widget).values() if isinstance(v, ipywidgets.Widget)]
    for child in children:
        yield from _html_values(child, seen)


def test_markup_in_a_scenario_pack_reaches_no_page_as_markup(tmp_path, monkeypatch):
    from commonground import cli, roleplay
    from commonground.widgets.roleplay_player import RoleplayPlayer

    monkeypatch.setenv("COMMONGROUND_HOME", str(tmp_path / "home"))
    source = _hostile_scenario(tmp_path)
    assert (
        cli.main(["workshop", "cards", "--scenario", str(source), "-o", str(tmp_path / "c")]) == 0
    )
    assert not LIVE_MARKUP.search((tmp_path / "c" / "evil.html").read_text(encoding="utf-8"))
    scenario = roleplay.load_scenario(source)
    player = RoleplayPlayer()
    player._begin(scenario, roleplay.start(scenario), [])
    pages = []
    for turn in range(40):  # a whole play: choices, and typed lines now and then
        pages += list(_html_values(player))
        if roleplay.is_finished(player.state):
            break
        if turn % 3 == 2:
            player.say("What matters to you about the crossing? Would you talk to parents with me?")
        else:
            next(b for b in player.choice_buttons if not b.disabled).click()
    pages += list(_html_values(player))
    assert roleplay.is_finished(player.state) and len(pages) > 40
    assert "onerror" in "".join(pages)  # the words are shown...
    assert not [page for page in pages if LIVE_MARKUP.search(page)]  # ...never as markup


def test_one_name_typed_in_eight_browsers_at_once_goes_to_one_and_old_codes_die(tmp_path):
    import threading

    got: list[str | None] = []

    def claim(n):
        try:
            got.append(room_claims.Claims(tmp_path).claim("Bea", "", f"10.17.0.{n}")[0])
        except CommonGroundError:
            got.append(None)

    threads = [threading.Thread(target=claim, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(got, key=str) == [None] * 7 + ["bea"]
    claims = room_claims.Claims(tmp_path)
    first, second = claims.release("Bea"), claims.release("Bea")  # the code issued again
    with pytest.raises(room_claims.WrongReturnCodeError):
        claims.claim("Bea", first)  # a replayed older code opens nothing
    assert claims.claim("Bea", second)[0] == "bea"
    with pytest.raises(room_claims.WrongReturnCodeError):
        claims.claim("Bea", second)  # and the new one works once
