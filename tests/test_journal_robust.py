"""Journals that cannot be read: moved aside with a notice, even with many readers at once."""

from __future__ import annotations

import json
import os
import time
from concurrent.futures import ProcessPoolExecutor

import pytest

from commonground import journal, storage


def _bad_utf8(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b'{"version": 1, "entries": [{"kind": "story", "data": "caf\xe9"}]}')


def test_bad_encoding_is_moved_aside_with_a_notice(tmp_path):
    path = tmp_path / "journal.json"
    _bad_utf8(path)
    book = journal.Journal(path=path)
    with pytest.warns(journal.JournalNotice, match="could not be read"):
        assert book.entries() == []
    aside = tmp_path / "journal.json.corrupt-1"
    assert aside.read_bytes().endswith(b'"caf\xe9"}]}')  # kept byte for byte
    assert not path.exists()
    book.save("story", {"text": "fresh"})
    assert journal.Journal(path=path).latest("story")["data"] == {"text": "fresh"}


def test_a_folder_in_the_journals_place_is_moved_aside(tmp_path):
    path = tmp_path / "journal.json"
    path.mkdir()
    with pytest.warns(journal.JournalNotice):
        assert journal.Journal(path=path).entries() == []
    assert (tmp_path / "journal.json.corrupt-1").is_dir()


def test_a_second_move_never_overwrites_the_first(tmp_path):
    path = tmp_path / "journal.json"
    _bad_utf8(path)
    assert storage.move_aside(path).name == "journal.json.corrupt-1"
    path.write_text("not json")
    assert storage.move_aside(path).name == "journal.json.corrupt-2"
    assert storage.move_aside(path) is None  # already gone: no error
    assert (tmp_path / "journal.json.corrupt-1").read_bytes().startswith(b'{"version"')


def _read_entries(path: str) -> str:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return f"ok {len(journal.Journal(path=path).entries())}"
        except Exception as exc:  # the test counts these
            return f"crash {type(exc).__name__}: {exc}"


@pytest.mark.parametrize("damage", ["encoding", "json", "shape"])
def test_many_readers_of_one_damaged_journal_never_crash(tmp_path, damage):
    path = tmp_path / "journal.json"
    results = []
    with ProcessPoolExecutor(max_workers=4) as pool:
        for _ in range(5):
            if damage == "encoding":
                _bad_utf8(path)
            elif damage == "json":
                path.write_text('{"version": 1, "entries": [')
            else:
                path.write_text(json.dumps({"version": 1, "entries": "not a list"}))
            results += list(pool.map(_read_entries, [str(path)] * 8))
    assert [r for r in results if not r.startswith("ok")] == []
    asides = sorted(p.name for p in tmp_path.glob("journal.json.corrupt-*"))
    assert len(asides) == 5  # each damaged file kept once, none overwritten


def test_stale_temporary_files_are_cleaned_but_a_fresh_one_is_left(tmp_path):
    path = tmp_path / "journal.json"
    stale = tmp_path / ".journal.json.abc123.tmp"
    stale.write_bytes(b"x" * 100_000)
    old = time.time() - 3600
    os.utime(stale, (old, old))
    fresh = tmp_path / ".journal.json.def456.tmp"  # another process writing right now
    fresh.write_bytes(b"y")
    journal.Journal(path=path).save("story", {"text": "A"})
    assert not stale.exists() and fresh.exists()
    assert journal.Journal(path=path).latest("story")["data"] == {"text": "A"}
