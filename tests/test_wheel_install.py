"""A plain wheel install (not editable), run from an empty folder, is a working program.

The wheel is built from a copy of the package's sources (no stale ``build/``), installed
with ``--no-deps`` into a fresh virtual environment that borrows this environment's
dependencies through a ``.pth`` line (so the test needs no download of them). Nothing of
the clone is on that environment's path: ``src/`` is not, and the commands run in an
empty folder, so everything they read has to come from the wheel.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import time
import urllib.request
from pathlib import Path

import pytest

from commonground.commands.app import free_port
from commonground.learner_copy import FOLDERS

ROOT = Path(__file__).resolve().parents[1]
BUILD_INPUTS = ("pyproject.toml", "README.md", "LICENSE", "src", "content", *FOLDERS)

pytestmark = pytest.mark.slow


def _run(args, cwd, env, timeout=300):
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )


def _build_wheel(tmp: Path) -> Path:
    source = tmp / "source"
    source.mkdir()
    junk = shutil.ignore_patterns("__pycache__", "*.egg-info", ".ipynb_checkpoints")
    for name in BUILD_INPUTS:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, symlinks=True, ignore=junk)
        else:
            shutil.copy2(path, source / name)
    done = _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", tmp / "dist", source],
        tmp,
        os.environ,
    )
    assert done.returncode == 0, done.stderr
    (wheel,) = (tmp / "dist").glob("commonground-*.whl")
    return wheel


def _venv_with_this_environment(tmp: Path) -> Path:
    """A new venv whose own site-packages comes first, then this one's (dependencies only)."""
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # A plain path line: the .pth files inside it (such as this clone's editable install,
    # which would put src/ on the path) are not processed.
    Path(purelib, "zz_borrowed_dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n"
    )
    return venv


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(venv, environment, empty working folder) with the wheel installed."""
    if not (ROOT / "src" / "commonground" / "content" / "data").is_dir():
        pytest.fail("src/commonground/content/ links are broken: clone with symlinks enabled")
    tmp = tmp_path_factory.mktemp("wheel")
    wheel = _build_wheel(tmp)
    venv = _venv_with_this_environment(tmp)
    python = venv / "bin" / "python"
    done = _run([python, "-m", "pip", "install", "--no-deps", "--no-index", "-q", wheel], tmp, None)
    assert done.returncode == 0, done.stderr
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("COMMONGROUND_") and k not in ("PYTHONPATH", "VIRTUAL_ENV")
    }
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env["COMMONGROUND_HOME"] = str(tmp / "home")
    # The borrowed dependencies' Jupyter data (Voila and nbconvert templates) is under this
    # environment's prefix, not the new venv's.
    env["JUPYTER_PATH"] = str(Path(sys.prefix) / "share" / "jupyter")
    work = tmp / "work"
    work.mkdir()
    return venv, env, work


def cli(installed, *args, timeout=300):
    venv, env, work = installed
    return _run([venv / "bin" / "commonground", *args], work, env, timeout)


def test_the_package_comes_from_the_wheel(installed):
    venv, env, work = installed
    code = "import commonground, commonground.resources as r; print(commonground.__file__)"
    code += "; print(r.data_dir()); print(r.checkout_root())"
    done = _run([venv / "bin" / "python", "-c", code], work, env)
    assert done.returncode == 0, done.stderr
    package, data, checkout = done.stdout.split()
    assert Path(package).is_relative_to(venv) and Path(data).is_relative_to(venv)
    assert checkout == "None"


def test_scenarios_list_and_play(installed):
    done = cli(installed, "scenarios", "list")
    assert done.returncode == 0, done.stderr
    shipped = sorted(p.stem for p in (ROOT / "data" / "scenarios").glob("*.yaml"))
    assert f"{len(shipped)} scenarios" in done.stdout and "BROKEN" not in done.stdout
    listed = [line.split()[0] for line in done.stdout.splitlines()[:-1]]
    assert listed == shipped
    played = cli(installed, "scenarios", "play", shipped[0], "--auto", "3", "--json")
    assert played.returncode == 0, played.stderr
    assert '"runs": 3' in played.stdout
    # A new scenario goes to the current folder, not into the installed package.
    made = cli(installed, "scenarios", "new", "food_bank_volunteer")
    assert made.returncode == 0, made.stderr
    assert (installed[2] / "food_bank_volunteer.yaml").is_file()
    linted = cli(installed, "scenarios", "lint", "food_bank_volunteer.yaml")
    assert linted.returncode == 0, linted.stdout + linted.stderr


def test_lessons_copy_gives_every_course_file(installed):
    done = cli(installed, "lessons", "copy", "course")
    assert done.returncode == 0, done.stderr
    course = installed[2] / "course"
    copied = sorted(p.relative_to(course).as_posix() for p in course.rglob("*") if p.is_file())
    # The same files a clone has: the package data globs miss nothing and add nothing.
    from commonground.learner_copy import course_files

    assert copied == sorted(relative for relative, _source in course_files())
    start = course / "notebooks" / "00_start_here.ipynb"
    assert start.read_bytes() == (ROOT / "notebooks" / "00_start_here.ipynb").read_bytes()


def _shipped_sample(installed, name: str) -> Path:
    venv, env, work = installed
    code = f"from commonground import resources; print(resources.sample_log({name!r}))"
    done = _run([venv / "bin" / "python", "-c", code], work, env)
    assert done.returncode == 0, done.stderr
    path = Path(done.stdout.strip())
    assert path.is_relative_to(venv) and path.is_file()
    return path


def test_the_stylesheet_ships_in_the_wheel(installed):
    venv, env, work = installed
    code = (
        "from commonground import resources, stylesheet; "
        "print(resources.stylesheet()); print(len(stylesheet.section('widgets')))"
    )
    done = _run([venv / "bin" / "python", "-c", code], work, env)
    assert done.returncode == 0, done.stderr
    path, size = done.stdout.split()
    assert Path(path).is_relative_to(venv) and int(size) > 1000


def test_analyze_and_report_on_the_sample_logs(installed):
    season = _shipped_sample(installed, "sample_season_log.csv")
    done = cli(installed, "analyze", season, "--json")
    assert done.returncode == 0, done.stderr
    rows = sum(1 for _ in season.open(encoding="utf-8")) - 1
    assert json.loads(done.stdout)["n_rows"] == rows
    workshop = _shipped_sample(installed, "sample_workshop_log.csv")
    report = installed[2] / "report.html"
    done = cli(installed, "report", workshop, "-o", report, "--no-progress")
    assert done.returncode == 0, done.stderr
    html = report.read_text(encoding="utf-8")
    assert html.count("data:image/png;base64,") >= 4 and "Which asks convert" in html


def test_workshop_cards_and_exercises_list(installed):
    done = cli(installed, "workshop", "cards", "--scenario", "retired_teacher", "-o", "cards")
    assert done.returncode == 0, done.stderr
    written = list((installed[2] / "cards").iterdir())
    assert any(p.suffix == ".pdf" for p in written) and any(p.suffix == ".html" for p in written)
    done = cli(installed, "exercises", "list")
    assert done.returncode == 0, done.stderr
    assert "01_what_and_why_exercises" in done.stdout


def test_the_course_as_text_ships_and_builds_elsewhere(installed):
    done = cli(installed, "content", "lint")
    assert done.returncode == 0, done.stderr
    done = cli(installed, "build")  # the installed copy is not for writing into
    assert done.returncode == 1 and "pass -o OUT" in done.stderr
    done = cli(installed, "build", "-o", "built")
    assert done.returncode == 0, done.stderr
    assert (installed[2] / "built" / "notebooks" / "06_the_ask.ipynb").is_file()


def test_app_serves_the_course_home(installed):
    venv, env, work = installed
    port = free_port()
    app = subprocess.Popen(
        [venv / "bin" / "commonground", "app", "--no-browser", "--port", str(port)],
        cwd=work,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        page = ""
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and app.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as reply:
                    page = reply.read().decode("utf-8")
                break
            except OSError:
                time.sleep(0.5)
        assert page, f"the app did not answer: {app.poll()}"
        assert "00_start_here.ipynb" in page and "09_role_play.ipynb" in page
    finally:
        app.terminate()
        try:
            app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
