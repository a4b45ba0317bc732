"""Workshop room: access code required, each participant's folder kept apart.

The live test starts a real Voila on 127.0.0.1 only, and stops it.
"""

from __future__ import annotations

import os
import subprocess
import unicodedata
from pathlib import Path

import nbformat
import pytest
from fake_handler import FakeHandler

from commonground.errors import CommonGroundError
from commonground.serving import voila_config
from commonground.workshop import room, room_claims


def _lesson():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("print('lesson')")]
    return nb


def test_access_code_is_short_and_unambiguous():
    codes = {room.access_code() for _ in range(50)}
    assert len(codes) > 45
    for code in codes:
        assert len(code) == room.CODE_LENGTH and set(code) <= set(room.CODE_ALPHABET)
    assert not set("0O1IL5S") & set(room.CODE_ALPHABET)
    assert room.check_code(" ab-c234 ") == "ABC234"  # any case, dashes ignored
    for weak in ("a1", "1234", "abcd", "HALL42x0"):  # too short, or 0/O 1/I/L 5/S
        with pytest.raises(CommonGroundError, match="access code"):
            room.check_code(weak)


def test_names_are_claimed_once_and_secrets_verified(tmp_path):
    claims = room_claims.Claims(tmp_path)
    slug, secret = claims.claim("Ana P.")
    assert slug == "ana-p" and claims.verify("ana-p", secret)
    assert not claims.verify("ana-p", "guess") and not claims.verify("bob", secret)
    with pytest.raises(CommonGroundError, match="already taken"):
        claims.claim("ana p")
    assert secret not in (tmp_path / room_claims.CLAIMS_FILE).read_text()  # only its hash is kept
    code = claims.release("ANA P.")
    assert code and not claims.verify("ana-p", secret)
    with pytest.raises(CommonGroundError, match="already taken"):
        claims.claim("ana p")  # released, but still hers: nobody else gets her journal
    assert code not in (tmp_path / room_claims.CLAIMS_FILE).read_text()
    slug, again = claims.claim("ana p", room_claims.return_code_text(code).lower())
    assert slug == "ana-p" and claims.verify("ana-p", again)
    with pytest.raises(room_claims.WrongReturnCodeError):
        claims.claim("ana p", code)  # a return code works once
    assert claims.release("nobody") is None


@pytest.mark.parametrize(
    "typed, slug",
    [
        ("محمد علي", "محمد-علي"),
        ("王小明", "王小明"),
        ("Иван Петров", "иван-петров"),
        ("ＡＮＡ", "ana"),  # full-width
        ("Jose\u0301", "jos\u00e9"),  # combining accent: the same as the composed é
    ],
)
def test_names_in_any_script_are_claimed(tmp_path, typed, slug):
    claims = room_claims.Claims(tmp_path)
    assert claims.claim(typed)[0] == slug
    with pytest.raises(CommonGroundError, match="already taken"):
        claims.claim(unicodedata.normalize("NFKC", typed).upper())


def test_jose_and_josè_are_two_people(tmp_path):
    claims = room_claims.Claims(tmp_path)
    assert claims.claim("José")[0] != claims.claim("Josè")[0]


def _form(hook, handler):
    """The name form the hook answers with (a plain page: no notebook, no kernel)."""
    from tornado.web import Finish

    with pytest.raises(Finish) as finished:
        hook(handler, _lesson(), ".")
    return finished.value.args[0]


def test_hook_asks_for_a_name_then_points_the_kernel_at_their_folder(tmp_path):
    hook = room.make_prelaunch_hook(tmp_path)
    stranger = FakeHandler()
    form = _form(hook, stranger)
    assert 'name="learner"' in form and 'role="alert"' not in form
    blank = _form(hook, FakeHandler(args={"learner": "   "}))
    assert "type your name" in blank and 'role="alert"' in blank
    ana = FakeHandler(args={"learner": "Ana"})
    served = hook(ana, _lesson(), ".")
    home = tmp_path / "participants" / "ana"
    assert served.cells[0].source == room.home_cell_source(home) and home.is_dir()
    assert served.cells[1].source == "print('lesson')"
    again = hook(FakeHandler(cookies=ana.cookies), served, ".")  # cookie, no argument
    assert [c.source for c in again.cells].count(room.home_cell_source(home)) == 1
    second = hook(FakeHandler(args={"learner": "Zed"}, cookies=ana.cookies), _lesson(), ".")
    assert second.cells[0].source == room.home_cell_source(home)  # one name per browser
    assert not (tmp_path / "participants" / "zed").exists()
    thief = FakeHandler(args={"learner": "ana"})
    assert "already taken" in _form(hook, thief) and not thief.cookies
    forged = FakeHandler(cookies={room.COOKIE: "ana:not-the-secret"})
    assert 'name="learner"' in _form(hook, forged)
    leaving = FakeHandler(args={"release": "1"}, cookies=dict(ana.cookies))
    page = _form(hook, leaving)
    assert "signed out" in page and room.COOKIE not in leaving.cookies
    assert "already taken" in _form(hook, FakeHandler(args={"learner": "ana"}))
    code = page.split("return code: ")[1][:9]
    back = hook(FakeHandler(args={"learner": "ana", "return": code}), _lesson(), ".")
    assert back.cells[0].source == room.home_cell_source(home)  # her own journal again


def test_name_form_escapes_what_was_typed(tmp_path):
    hook = room.make_prelaunch_hook(tmp_path)
    hook(FakeHandler(args={"learner": "script alert 1 script x"}), _lesson(), ".")
    page = _form(hook, FakeHandler(args={"learner": "<script>alert(1)</script>x"}))
    assert "<script>alert" not in page and "&lt;script&gt;" in page


def test_home_cell_sets_the_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMONGROUND_HOME", str(tmp_path / "facilitator"))
    exec(room.home_cell_source(tmp_path / "p" / "ana"), {})  # noqa: S102 - our own code
    from commonground import storage

    assert storage.data_home() == tmp_path / "p" / "ana"


def test_room_setup_binds_loopback_unless_lan(tmp_path, monkeypatch):
    setup = room.room_setup(tmp_path, 8000, code="abcd23")
    assert setup.host == "127.0.0.1" and setup.code == "ABCD23"
    assert not any("ABCD23" in a for a in setup.extra_args)  # never on a command line
    config_dir = Path(setup.extra_args[0].split("=", 1)[1])
    config = (config_dir / "voila.py").read_text()
    assert "make_prelaunch_hook" in config and "ABCD23" not in config
    code_file = setup.room_home / room.CODE_FILE
    assert code_file.read_text() == "ABCD23" and code_file.stat().st_mode & 0o077 == 0
    secret = (setup.room_home / room.SECRET_FILE).read_bytes()
    room.room_setup(tmp_path, 8000, code="abcd23")
    assert (setup.room_home / room.SECRET_FILE).read_bytes() == secret  # kept across starts
    monkeypatch.setattr(room, "lan_addresses", lambda: ["192.0.2.7"])
    wide = room.room_setup(tmp_path, 8000, lan=True)
    assert wide.host == "0.0.0.0" and "http://192.0.2.7:8000/" in " ".join(wide.lines)


def test_who_is_in_lists_names_and_lessons_done(tmp_path, capsys):
    from commonground import curriculum, progress
    from commonground.cli import main

    assert main(["app", "--room", "--who", "--home", str(tmp_path)]) == 0
    assert "Nobody" in capsys.readouterr().out
    claims = room_claims.Claims(tmp_path / "room")
    claims.claim("Ana")
    claims.claim("王小明")
    lesson = curriculum.LESSONS[1].id
    progress.mark_complete(
        lesson, room_claims.participant_home(tmp_path / "room", "ana") / "progress.json"
    )
    assert main(["app", "--room", "--who", "--home", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "2 in the room" in out and "王小明" in out
    ana = next(line for line in out.splitlines() if line.strip().startswith("ana"))
    assert ana.split()[1] == "1" and lesson in ana


def test_release_from_the_command_line(tmp_path, capsys):
    from commonground.cli import main

    claims = room_claims.Claims(tmp_path / "room")
    _, secret = claims.claim("Ana")
    assert main(["app", "--room", "--release", "ANA", "--home", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Released" in out and not claims.verify("ana", secret)
    code = out.split("return code: ")[1][:9]
    assert claims.claim("Ana", code)[0] == "ana"


def test_lan_and_code_need_room(capsys):
    from commonground.cli import main

    assert main(["app", "--lan"]) == 1
    assert "--room" in capsys.readouterr().err


# The live room (a real Voila on loopback) is tried in tests/test_room_security.py.


@pytest.mark.parametrize("lan, host", [(False, "127.0.0.1"), (True, "0.0.0.0")])
def test_app_room_passes_code_and_binds_wide_only_when_asked(
    tmp_path, monkeypatch, capsys, lan, host
):
    from commonground.cli import main

    seen = {}

    def fake_run(cmd, env, check):
        seen["cmd"], seen["env"] = cmd, env
        return subprocess.CompletedProcess(cmd, 0)

    def fake_exec(path, cmd, env):
        seen["cmd"], seen["env"] = cmd, env

    monkeypatch.setattr(subprocess, "run", fake_run)
    monkeypatch.setattr(os, "execvpe", fake_exec)  # a room becomes Voila
    monkeypatch.setattr(room, "lan_addresses", lambda: [])  # tests touch nothing but loopback
    argv = ["app", "--room", "--code", "hab42k", "--no-browser", "--home", str(tmp_path)]
    assert main([*argv, *(["--lan"] if lan else [])]) == 0
    assert not any("HAB42K" in a for a in seen["cmd"])  # the code is read from a file
    assert f"--Voila.ip={host}" in seen["cmd"]
    assert "--VoilaConfiguration.allow_template_override=NO" in seen["cmd"]
    out = capsys.readouterr().out
    assert "H   A   B   4   2   K" in out  # printed large
    assert (tmp_path / "room" / "voila-config" / "voila.py").is_file()
    monkeypatch.setattr(subprocess, "run", fake_run)
    assert main(["app", "--no-browser", "--home", str(tmp_path)]) == 0
    assert not any(a.startswith("--token") for a in seen["cmd"])
    assert "--Voila.ip=127.0.0.1" in seen["cmd"]
    for setting in ("allow_template_override=NO", "allow_theme_override=NO"):
        assert f"--VoilaConfiguration.{setting}" in seen["cmd"]  # plain app too
    idle = voila_config.DEFAULT_KERNEL_IDLE_SECONDS  # no page connected: culled after that
    assert f"--MappingKernelManager.cull_idle_timeout={idle}" in seen["cmd"]
