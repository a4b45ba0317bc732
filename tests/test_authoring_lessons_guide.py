"""Follow docs/authoring-lessons.md as a trainer would: copy the course, change a lesson's
heading and title, lint, rebuild into another folder, and see the change in the built
notebook, which still runs in a real kernel and shows the new title in its header."""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

import nbformat
import pytest

from commonground import cli, resources, storage
from commonground.build import own_course

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "authoring-lessons.md"
INDEX = ROOT / "docs" / "writing" / "README.md"


def _shell() -> list[str]:
    text = GUIDE.read_text(encoding="utf-8")
    return [b for b in re.findall(r"```shell\n(.*?)```", re.sub(r"\n +", "\n", text), re.S)]


def test_the_guide_names_the_commands_it_teaches_and_the_section_links_it():
    commands = [shlex.split(b.strip()) for b in _shell()]
    assert ["cp", "-r", "content", "my-course"] in commands
    assert ["commonground", "content", "lint", "--content", "my-course"] in commands
    build = ["commonground", "build", "--content", "my-course", "-o", "my-course-built"]
    assert build in commands
    assert ["commonground", "app", "--content", "my-course"] in commands
    index = INDEX.read_text(encoding="utf-8")
    for guide in ("authoring-lessons.md", "authoring-scenarios.md", "authoring-questions.md"):
        assert f"](../{guide}" in index
    assert "writing/README.md" in GUIDE.read_text(encoding="utf-8")


@pytest.mark.slow
def test_following_the_guide_changes_the_built_lesson(tmp_path, monkeypatch, capsys):
    from nbclient import NotebookClient

    monkeypatch.chdir(tmp_path)
    commands = [shlex.split(b.strip()) for b in _shell()]
    # 1. Copy the course (the guide's `cp -r content my-course`).
    assert commands[0][:3] == ["cp", "-r", "content"]
    shutil.copytree(ROOT / "content", tmp_path / "my-course")
    # 2. The edit the guide shows: the first heading, before and after; and the title.
    before, after = [
        b.strip() for b in re.findall(r"```markdown\n *(## [^\n]*)\n", GUIDE.read_text())
    ][:2]
    lesson = tmp_path / "my-course" / "lessons" / "06_the_ask.md"
    text = lesson.read_text(encoding="utf-8")
    assert before in text
    text = text.replace(before, after).replace(
        "title: 'The ask: clear, specific, and fitting'", "title: Asking Dana to canvass"
    )
    lesson.write_text(text, encoding="utf-8")
    # 3. and 4. Lint, then build, with the guide's own command lines.
    for command in commands[1:3]:
        assert command[0] == "commonground"
        assert cli.main(command[1:]) == 0, capsys.readouterr()
    assert "no problems found" in capsys.readouterr().out
    built = tmp_path / "my-course-built" / "notebooks" / "06_the_ask.ipynb"
    nb = nbformat.read(built, as_version=4)
    headings = [c.source.split("\n")[0] for c in nb.cells if c.cell_type == "markdown"]
    assert after in headings and before not in headings
    # The course's own notebook is untouched.
    assert before in (ROOT / "notebooks" / "06_the_ask.ipynb").read_text(encoding="utf-8")
    # 5. Served as `app --content` serves it: the kernel reads the campaign's copy.
    env = own_course.environment(tmp_path / "my-course", tmp_path / "my-course-built")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv(storage.HOME_ENV, str(tmp_path / "home"))
    assert env[resources.CONTENT_ENV] == str((tmp_path / "my-course").resolve())
    NotebookClient(
        nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(built.parent)}}
    ).execute()
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors == []
    assert "Lesson 06: Asking Dana to canvass" in json.dumps(nb)


def test_app_content_builds_the_copy_and_points_the_kernels_at_it(tmp_path):
    content = tmp_path / "ours"
    shutil.copytree(ROOT / "content", content)
    (content / "scenarios").mkdir()
    notebooks, env = own_course.prepare(content, tmp_path / "out")
    assert notebooks == tmp_path / "out" / "notebooks"
    assert (notebooks / "06_the_ask.ipynb").is_file()
    assert env[resources.SCENARIOS_ENV] == str((content / "scenarios").resolve())
    assert env[resources.NOTEBOOKS_ENV] == str(notebooks.resolve())
    assert env[resources.CONTENT_ENV] == str(content.resolve())


def test_app_content_names_a_folder_that_is_not_a_course(tmp_path, capsys):
    assert cli.main(["app", "--content", str(tmp_path), "--no-browser"]) == 1
    err = capsys.readouterr().err
    assert "not a content folder" in err and "Traceback" not in err
