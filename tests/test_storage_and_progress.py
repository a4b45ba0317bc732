"""Atomic writes, corrupt-file handling and lesson progress."""

import json
import os

import pytest

from commonground import curriculum, progress, storage


def test_data_home_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(storage.HOME_ENV, str(tmp_path / "home"))
    assert storage.data_home() == tmp_path / "home"
    assert (tmp_path / "home").is_dir()


def test_atomic_write_replaces_whole_file(tmp_path):
    target = tmp_path / "a" / "f.json"
    storage.atomic_write_json(target, {"x": 1})
    storage.atomic_write_json(target, {"x": 2})
    assert json.loads(target.read_text()) == {"x": 2}
    assert [p.name for p in target.parent.iterdir()] == ["f.json"], "no temp files left"


def test_crash_during_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "f.json"
    storage.atomic_write_json(target, {"kept": True})

    def broken_replace(src, dst):
        raise OSError("disk pulled out")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        storage.atomic_write_json(target, {"kept": False})
    monkeypatch.undo()
    assert json.loads(target.read_text()) == {"kept": True}
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


def test_corrupt_file_is_moved_aside_not_lost(tmp_path):
    target = tmp_path / "progress.json"
    target.write_text("{ not json")
    assert storage.read_json(target, default={}) == {}
    aside = tmp_path / "progress.json.corrupt-1"
    assert aside.read_text() == "{ not json"


def test_mark_complete_is_idempotent_and_persisted(tmp_path):
    path = tmp_path / "progress.json"
    first = progress.mark_complete("06", path)
    again = progress.mark_complete("06_the_ask", path)
    assert first == again
    assert list(progress.completed(path)) == ["06_the_ask"]
    rows = {r["id"]: r["done"] for r in progress.summary(path)}
    assert rows["06_the_ask"] is True
    assert rows["01_what_and_why"] is False
    progress.reset(path)
    assert progress.completed(path) == {}


def test_unknown_lesson_is_refused(tmp_path):
    with pytest.raises(KeyError):
        progress.mark_complete("99_nothing", tmp_path / "p.json")


def test_default_progress_file_is_in_data_home(monkeypatch, tmp_path):
    monkeypatch.setenv(storage.HOME_ENV, str(tmp_path))
    progress.mark_complete("01")
    assert (tmp_path / "progress.json").exists()


def test_paths_name_existing_lessons():
    for path in curriculum.PATHS:
        lessons = curriculum.path_lessons(path)
        assert lessons, path
    with pytest.raises(KeyError):
        curriculum.path_lessons("astronaut")
