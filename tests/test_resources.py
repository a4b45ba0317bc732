"""commonground.resources decides where things are; lessons copy gives a learner's copy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from commonground import resources
from commonground.errors import CommonGroundError
from commonground.learner_copy import copy_course, course_files


def test_everything_is_found_inside_the_package():
    package = Path(resources.__file__).resolve().parent
    assert (package / "content").is_dir()
    assert len(list(resources.scenarios_dir().glob("*.yaml"))) >= 9
    assert resources.sample_log().name == "sample_season_log.csv"
    assert resources.sample_log("sample_workshop_log.csv").is_file()
    assert resources.report_notebook().is_file()
    assert (resources.notebooks_dir() / "00_start_here.ipynb").is_file()
    assert any(resources.exercises_dir().glob("*_exercises.ipynb"))
    assert any(resources.solutions_dir().glob("*_exercises.ipynb"))


def test_environment_variables_point_elsewhere(monkeypatch, tmp_path):
    monkeypatch.setenv(resources.SCENARIOS_ENV, str(tmp_path / "mine"))
    monkeypatch.setenv(resources.NOTEBOOKS_ENV, str(tmp_path / "nb"))
    assert resources.scenarios_dir() == tmp_path / "mine"
    assert resources.new_scenarios_dir() == tmp_path / "mine"
    assert resources.report_notebook() == tmp_path / "nb" / resources.REPORT_NOTEBOOK


def test_new_scenarios_go_to_the_clone_or_else_here(monkeypatch, tmp_path):
    monkeypatch.delenv(resources.SCENARIOS_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(resources, "checkout_root", lambda: None)  # as after a wheel install
    assert resources.new_scenarios_dir() == tmp_path
    monkeypatch.setattr(resources, "checkout_root", lambda: tmp_path / "clone")
    assert resources.new_scenarios_dir() == resources.scenarios_dir()


def test_find_file_looks_here_then_above_then_in_the_package(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert resources.find_file("data/sample_season_log.csv") == resources.sample_log()
    assert resources.find_file("data/no_such_log.csv") is None
    assert resources.find_file(tmp_path / "absent.csv") is None
    (tmp_path / "data").mkdir()
    mine = tmp_path / "data" / "sample_season_log.csv"
    mine.write_text("mine")
    (tmp_path / "exercises").mkdir()
    monkeypatch.chdir(tmp_path / "exercises")
    assert resources.find_file("data/sample_season_log.csv") == mine
    assert resources.find_file(mine) == mine


def test_the_module_is_light():
    code = "import sys, commonground.resources; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr


def test_lessons_copy_keeps_what_the_learner_has(tmp_path):
    first = copy_course(tmp_path / "course")
    expected = sorted(relative for relative, _ in course_files())
    assert sorted(first.copied) == expected and not first.kept
    assert "notebooks/00_start_here.ipynb" in expected
    assert "data/scenarios/retired_teacher.yaml" in expected
    lesson = tmp_path / "course" / "notebooks" / "01_what_and_why.ipynb"
    lesson.write_text("my answers")
    second = copy_course(tmp_path / "course")
    assert second.copied == [] and sorted(second.kept) == expected
    assert lesson.read_text() == "my answers"
    third = copy_course(tmp_path / "course", overwrite=True)
    assert sorted(third.copied) == expected
    assert lesson.read_bytes() == (resources.notebooks_dir() / lesson.name).read_bytes()
    assert not list((tmp_path / "course").rglob(".*.partial"))


def test_lessons_copy_refuses_a_file_as_the_folder(tmp_path):
    target = tmp_path / "not_a_folder"
    target.write_text("x")
    with pytest.raises(CommonGroundError, match="not a folder"):
        copy_course(target)


def test_lessons_copy_command(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "commonground", "lessons", "copy", str(tmp_path / "c")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "file(s) copied" in done.stdout and "jupyter lab" in done.stdout
    blocked = tmp_path / "file"
    blocked.write_text("x")
    done = subprocess.run(
        [sys.executable, "-m", "commonground", "lessons", "copy", str(blocked)],
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0
    assert done.stderr.strip().count("\n") == 0 and "not a folder" in done.stderr
