"""A course of one's own, end to end: edit a copy of content/, build it, run and serve it.

A trainer copies ``content/``, changes a lesson paragraph, a self-check question (its
prompt and an option) and an exercise's model answer, runs ``commonground build
--content COPY -o OUT``, and sees every change where a learner would: in the lesson
notebook, in the solution notebook, in the self-check widget when the lesson runs with
the environment ``commonground app --content`` gives its kernels, and on the lesson page
that ``commonground app --content COPY`` serves.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from processes import stop, wait_until_serving

from commonground import cli
from commonground.build import own_course
from commonground.commands import app

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"

PARAGRAPH = (
    "gives them nothing to say yes to. Compare:",
    "gives them nothing to hold on to. Compare:",
)
PARAGRAPH_NEW = "gives them nothing to hold on to"
PROMPT = (
    "prompt: Which ask is clear and specific?",
    "prompt: Which ask could a tenant say yes to?",
)
OPTION = (
    "Would you like to get more involved with the campaign in the coming weeks?",
    "Would you like to do more for the tenants' union over the coming weeks?",
)
SOLUTION = (
    "Would you canvass with me this Saturday at 10am, starting from the library?",
    "Would you leaflet the Elm Street flats with me on Sunday at 2pm, from the bakery?",
)


def _replace_once(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, (path, old)
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def edited(tmp_path_factory) -> Path:
    """A campaign's copy of content/ with one paragraph, one self-check, one answer changed."""
    copy = tmp_path_factory.mktemp("campaign") / "content"
    shutil.copytree(CONTENT, copy)
    _replace_once(copy / "lessons" / "06_the_ask.md", *PARAGRAPH)
    _replace_once(copy / "questions" / "06.yaml", *PROMPT)
    _replace_once(copy / "questions" / "06.yaml", *OPTION)
    _replace_once(copy / "questions" / "06.yaml", *SOLUTION)
    return copy


@pytest.fixture(scope="module")
def built(edited) -> Path:
    out = edited.parent / "built"
    assert cli.main(["build", "--content", str(edited), "-o", str(out)]) == 0
    return out


def test_the_built_notebooks_have_the_new_words_and_model_answer(built):
    lesson = (built / "notebooks" / "06_the_ask.ipynb").read_text(encoding="utf-8")
    assert PARAGRAPH_NEW in lesson and PARAGRAPH[0] not in lesson
    solution = (built / "solutions" / "06_the_ask_exercises.ipynb").read_text(encoding="utf-8")
    assert repr(SOLUTION[1]) in solution and SOLUTION[0] not in solution


def _widget_texts(nb) -> str:
    """Every string in the notebook's saved widget state (what the widgets showed)."""
    state = nb.metadata["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    return json.dumps(state)


@pytest.mark.slow
def test_the_lesson_runs_with_the_edited_question_in_its_self_check(edited, built, tmp_path):
    nb = nbformat.read(built / "notebooks" / "06_the_ask.ipynb", as_version=4)
    env = {
        **os.environ,
        **own_course.environment(edited, built),  # what `app --content` gives the kernels
        "COMMONGROUND_HOME": str(tmp_path / "home"),
    }
    client = NotebookClient(
        nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute(env=env)
    shown = _widget_texts(nb)
    assert PROMPT[1].removeprefix("prompt: ") in shown
    assert OPTION[1] in shown
    assert PROMPT[0].removeprefix("prompt: ") not in shown
    assert OPTION[0] not in shown
    # The widget is the self-check's: its heading and button are there too.
    assert "Check yourself" in shown and "Check my answers" in shown


def _get(url: str, timeout: float) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.status, response.read().decode("utf-8", "replace")


@pytest.mark.slow
def test_app_content_serves_the_edited_copy(edited, tmp_path):
    port = app.free_port()
    log = (tmp_path / "app.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "commonground", "app", "--content", str(edited)]
        + ["--no-browser", "--port", str(port), "--home", str(tmp_path / "home")],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "TMPDIR": str(tmp_path)},
    )
    try:
        wait_until_serving(app.app_url(port), proc, seconds=50)
        status, page = _get(f"{app.app_url(port)}voila/render/06_the_ask.ipynb", timeout=60)
        assert status == 200
        assert PARAGRAPH_NEW in page and PARAGRAPH[0] not in page
        assert "Traceback" not in page
    finally:
        stop(proc, seconds=15)
        log.close()
