"""The linter's on-disk cache of readings: same verdicts with it, without it, or broken.

The cache (:mod:`commonground.roleplay.wording_cache`) only saves the reader's time:
these tests lint with no cache, an empty cache folder, a filled one, a corrupt file and
another reader's file, and require the very same issues every time; they check that a
filled cache is really used, that an edited wording is read again, and that a cached
reading is the reading.
"""

import json
import os
import shutil
import subprocess
import sys

import pytest

from commonground import reader
from commonground.roleplay import lint_results, similarity, wording_cache
from commonground.roleplay.lint import lint_paths
from commonground.roleplay.loader import resolve
from commonground.roleplay.wording_cache import CACHE_ENV


@pytest.fixture(autouse=True)
def no_stored_findings(monkeypatch):
    """Lint every file: a file's stored findings (``lint_results``) would skip the
    readings these tests are about."""
    monkeypatch.setattr(lint_results, "file_key", lambda path: None)


@pytest.fixture
def fresh_memory():
    """Forget the indexes (and the readings they hold) built earlier in this process."""

    def forget():
        similarity._INDEXES.clear()
        similarity._BY_CONTENT.clear()

    forget()
    yield forget
    forget()


@pytest.fixture
def counted_reads(monkeypatch):
    """Count the reader's calls made by the hearing and the linter."""
    calls = []
    real = reader.read_line

    def counting(text, *args, **kwargs):
        calls.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(reader, "read_line", counting)
    return calls


def _scenario_copy(tmp_path, name="pta_parent"):
    target = tmp_path / "scenarios" / f"{name}.yaml"
    target.parent.mkdir()
    shutil.copy(resolve(name), target)
    return target


def _lint(path):
    return [str(issue).replace(str(path), "FILE") for issue in lint_paths([path])]


def test_same_issues_with_and_without_the_cache(tmp_path, monkeypatch, fresh_memory):
    path = _scenario_copy(tmp_path)
    monkeypatch.setenv(CACHE_ENV, "")
    without = _lint(path)
    assert not list(tmp_path.rglob("readings-*.json"))  # switched off: nothing written

    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    fresh_memory()
    assert _lint(path) == without  # cache absent: filled on the way
    (written,) = folder.glob("readings-*.json")
    fresh_memory()
    assert _lint(path) == without  # cache present

    written.write_text("{not json", encoding="utf-8")
    fresh_memory()
    assert _lint(path) == without  # corrupt: ignored, and written again
    assert json.loads(written.read_text(encoding="utf-8"))["readings"]


def test_a_filled_cache_is_used_and_an_edited_wording_is_read_again(
    tmp_path, monkeypatch, fresh_memory, counted_reads
):
    path = _scenario_copy(tmp_path)
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    first = _lint(path)
    assert len(counted_reads) > 100  # every wording read once
    counted_reads.clear()
    fresh_memory()
    assert _lint(path) == first
    assert counted_reads == []  # all from the cache

    text = path.read_text(encoding="utf-8")
    old = "what years are your children in at riverside now"
    assert old in text
    edited = "which years are your children in at riverside now"
    path.write_text(text.replace(old, edited, 1), encoding="utf-8")
    fresh_memory()
    _lint(path)
    assert counted_reads and all(edited in line for line in counted_reads)


def test_another_readers_cache_is_ignored_and_removed(tmp_path, monkeypatch, fresh_memory):
    path = _scenario_copy(tmp_path)
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, "")
    truth = _lint(path)
    monkeypatch.setenv(CACHE_ENV, str(folder))
    folder.mkdir()
    # A cache made by another version of the reader that read everything as a story.
    wordings = list(wording_cache._wordings(_scenario(path)))
    stale = folder / "readings-0000000000000000dead.json"
    stale.write_text(
        json.dumps(
            {
                "readings": {w: {"kind": "story", "signals": []} for w in wordings},
                "activities": {w: "" for w in wordings},
            }
        ),
        encoding="utf-8",
    )
    fresh_memory()
    assert _lint(path) == truth
    assert not stale.exists()
    assert wording_cache.cache_file().exists()


def test_cached_readings_are_the_readings(tmp_path, monkeypatch, fresh_memory):
    path = _scenario_copy(tmp_path, "night_shift_nurse")
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    lint_paths([path])
    stored = wording_cache.load()
    readings = {w: r for (what, w), r in stored.items() if what == "reading"}
    activities = {w: a for (what, w), a in stored.items() if what == "activity"}
    assert len(readings) > 100 and activities
    for wording, reading in readings.items():
        assert reading == reader.read_line(wording, advise=False)
    for wording, activity in activities.items():
        assert activity == reader.ask_phrases(wording).get("activity", "")


def test_the_version_names_the_reader_and_python():
    version = wording_cache.reader_version()
    assert version == wording_cache.reader_version() and len(version) == 20
    assert wording_cache.cache_file().name == f"readings-{version}.json"


def _scenario(path):
    from commonground.roleplay import load_scenario

    return load_scenario(str(path))


def test_a_schema_error_is_found_whatever_the_cache_remembers(tmp_path, monkeypatch, fresh_memory):
    path = _scenario_copy(tmp_path)
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    assert not [i for i in lint_paths([path]) if i.level == "error"]
    assert any(what == "clean" for what, _ in wording_cache.load())  # remembered clean
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("needed: 4}", "needed: four}", 1), encoding="utf-8")
    fresh_memory()
    errors = [str(i) for i in lint_paths([path]) if i.level == "error"]
    monkeypatch.setenv(CACHE_ENV, "")
    fresh_memory()
    assert errors and errors == [str(i) for i in lint_paths([path]) if i.level == "error"]


def test_a_file_known_clean_is_not_validated_again(tmp_path):
    path = _scenario_copy(tmp_path)
    code = (
        "import sys\n"
        "from commonground.roleplay.lint import lint_paths\n"
        f"issues = lint_paths([{str(path)!r}])\n"
        "print(sum(i.level == 'error' for i in issues), 'fastjsonschema' in sys.modules)\n"
    )
    env = {**os.environ, CACHE_ENV: str(tmp_path / "cache")}
    runs = []
    for _ in range(2):
        run = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        )
        runs.append(run.stdout.split())
        (tmp_path / "cache" / lint_results.FILE_NAME).unlink()  # lint the file again
    assert runs == [["0", "True"], ["0", "False"]]


def test_a_remembered_file_is_the_parsed_file(tmp_path, monkeypatch, fresh_memory):
    from commonground.roleplay.yamlfile import parse_file

    path = _scenario_copy(tmp_path, "student")
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    lint_paths([path])
    (remembered,) = [v for (what, _), v in wording_cache.load().items() if what == "clean"]
    data, lines = parse_file(path)
    assert remembered == (data, lines)
    assert wording_cache._typed(remembered[0]) == wording_cache._typed(data)


def test_only_data_that_survives_json_is_remembered():
    import datetime

    assert wording_cache.keeps_exactly({"a": [1, 2.5, True, None, "x"], "b": {"c": ""}})
    assert not wording_cache.keeps_exactly({"when": datetime.date(2026, 3, 1)})
    assert not wording_cache.keeps_exactly({1: "a number as a key"})
    assert not wording_cache.keeps_exactly({True: "a yes key"})
    assert not wording_cache.keeps_exactly({"a": (1, 2)})  # a tuple would come back a list


def test_parsed_files_are_kept_up_to_a_limit_this_runs_first(tmp_path, monkeypatch):
    """Each edit of a file remembers its whole data once more; old ones give way."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    known = {("clean", f"old{i}"): ({"n": i}, {(): 1}) for i in range(100)}
    wording_cache.save({("clean", "new"): ({"n": -1}, {("n",): 1})}, known)
    kept = {d: v for (what, d), v in wording_cache.load().items() if what == "clean"}
    assert len(kept) == wording_cache.MAX_FILES
    assert kept["new"] == ({"n": -1}, {("n",): 1}) and "old0" in kept


def test_entries_written_in_a_pool_process_are_saved_as_the_same_cache(tmp_path, monkeypatch):
    """A pool process sends what it found already written as JSON (``encoded``): the
    saved cache loads back the same, mixed with entries the lead process writes, and
    tricky text (quotes, backslashes, non-ASCII, a line break) survives."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    lines = ['Would you "canvass" with me on Saturday at 10?', "C'est ça \\ là —\nok", "Hi!"]
    found = {("reading", t): reader.read_line(t, advise=False) for t in lines}
    found[("activity", lines[0])] = 'canvass "with me"'
    found[("clean", "digest")] = ({"nodes": [{"id": "é"}]}, {("nodes", 0): 3, (): 1})
    known = {("reading", "Old line?"): reader.read_line("Old line?")}
    wording_cache.save(found, known)
    plain = wording_cache.load()
    assert plain == {**found, **known}
    half = dict(list(found.items())[:2])
    wording_cache.save(
        {**wording_cache.encoded(half), **{k: found[k] for k in found if k not in half}}, known
    )
    assert wording_cache.load() == plain
    assert all(isinstance(v, str) for v in wording_cache.encoded(found).values())
