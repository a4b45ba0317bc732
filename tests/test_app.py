"""``commonground app``: the command line it builds, its errors, and a real serve."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from processes import stop, wait_until_serving

from commonground import storage
from commonground.cli import main
from commonground.commands import app

ROOT = Path(__file__).resolve().parents[1]


def test_build_voila_command_is_loopback_and_hides_code(tmp_path):
    cmd = app.build_voila_command(tmp_path, 8123)
    assert cmd[:4] == [sys.executable, "-m", "commonground.serving.voila_main", str(tmp_path)]
    assert "--template=commonground" in cmd  # the course's own template
    assert "--port=8123" in cmd and "--Voila.ip=127.0.0.1" in cmd
    assert "--no-browser" in cmd and "--strip_sources=True" in cmd
    with_browser = app.build_voila_command(tmp_path, 1, open_browser=True, extra_args=["--x"])
    assert "--no-browser" not in with_browser and with_browser[-1] == "--x"


def test_app_env_points_kernels_at_the_learner_home(tmp_path, monkeypatch):
    monkeypatch.setenv(storage.HOME_ENV, str(tmp_path / "usual"))
    assert app.app_env()[storage.HOME_ENV] == str((tmp_path / "usual").resolve())
    chosen = app.app_env(tmp_path / "room")
    assert chosen[storage.HOME_ENV] == str((tmp_path / "room").resolve())
    assert (tmp_path / "room").is_dir()


def test_free_port_is_free():
    port = app.free_port()
    assert app.port_is_free(port)
    assert app.app_url(port) == f"http://127.0.0.1:{port}/"


def test_bad_options_give_one_line_errors(tmp_path, capsys):
    assert main(["app", "--notebooks", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "no lesson notebooks" in err and err.count("\n") == 1
    assert main(["app", "--port", "70000"]) == 1
    assert "1 to 65535" in capsys.readouterr().err


def _get(url: str, timeout: float = 30) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.status, response.read().decode("utf-8", "replace")


@pytest.mark.slow
def test_app_serves_lessons_with_code_hidden(tmp_path):
    port = app.free_port()
    home = tmp_path / "home"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "commonground",
            "app",
            "--no-browser",
            "--port",
            str(port),
            "--home",
            str(home),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        first = proc.stdout.readline()
        home_page = f"http://127.0.0.1:{port}/voila/render/00_start_here.ipynb"
        assert first.strip() == f"Common Ground lessons: {home_page}"
        wait_until_serving(app.app_url(port), proc, seconds=60)
        status, tree = _get(app.app_url(port), timeout=5)
        assert status == 200
        assert "/voila/render/02_set_up_and_prepare.ipynb" in tree
        status, page = _get(
            f"{app.app_url(port)}voila/render/02_set_up_and_prepare.ipynb", timeout=60
        )
        assert status == 200
        assert "application/vnd.jupyter.widget-view+json" in page  # live widgets
        assert "Setting it up" in page  # the lesson's narrative
        assert "prep_planner()" not in page  # code hidden
        assert "Traceback" not in page
        # Our template: the course header and stylesheet, nothing fetched from a CDN.
        assert "cg-site-header" in page and "commonground/static/commonground.css" in page
        assert "cdn.jsdelivr" not in page and "https://" not in tree
        status, css = _get(
            f"{app.app_url(port)}voila/templates/commonground/static/commonground.css"
        )
        assert status == 200 and "/* == shell == */" in css
        assert home.is_dir()
    finally:
        stop(proc, seconds=15)
        proc.stdout.close()
        proc.stderr.close()
