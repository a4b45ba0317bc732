"""``commonground journal``: list and export, and a newer journal refused in one line."""

from __future__ import annotations

import json

import pytest

from commonground import journal, storage
from commonground.cli import main


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv(storage.HOME_ENV, str(tmp_path / "home"))
    return tmp_path / "home"


def test_lists_kinds_without_contents_and_exports(tmp_path, capsys):
    journal.save("prep_plan", {"contact": "Rosa Diaz, 4B"}, lesson="02")
    journal.save("story", {"story": "bus cuts"}, lesson="03")
    assert main(["journal"]) == 0
    out = capsys.readouterr().out
    assert "Prep plans" in out and "Setting it up and preparing" in out
    assert "prep_plan" not in out and "+00:00" not in out
    assert "Rosa" not in out  # contents (and names in them) are never printed
    assert "2 entries in" in out
    assert main(["journal", "--kind", "story"]) == 0
    assert "1 entry in" in capsys.readouterr().out
    target = tmp_path / "out.md"
    assert main(["journal", "--export", str(target)]) == 0
    assert "bus cuts" in target.read_text()


def test_newer_journal_is_one_line_error(home, capsys):
    home.mkdir(parents=True)
    (home / "journal.json").write_text(json.dumps({"version": 5, "entries": []}))
    assert main(["journal"]) == 1
    err = capsys.readouterr().err
    assert "newer Common Ground" in err and err.count("\n") == 1


def test_damaged_journal_is_reported(home, capsys):
    home.mkdir(parents=True)
    (home / "journal.json").write_text("{oops")
    assert main(["journal"]) == 0
    out = capsys.readouterr().out
    assert "note: " in out and "moved aside" in out and "0 entries" in out
