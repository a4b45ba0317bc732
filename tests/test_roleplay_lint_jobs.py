"""``scenarios lint --jobs``: processes share the files, and nothing else changes.

The findings of several files linted by a process pool must be the very findings, in
the same order, that one process gives; the readings made in the pool reach the
readings cache; and where no pool can be had, the files are linted in this process.
"""

from __future__ import annotations

import concurrent.futures
import json
import shutil
import subprocess
import sys

from commonground.resources import scenarios_dir
from commonground.roleplay import lint_results, wording_cache
from commonground.roleplay.lint import lint_paths
from commonground.roleplay.starter import starter_text
from commonground.roleplay.wording_cache import CACHE_ENV

BASE = starter_text("fixture")


def _files(folder):
    folder.mkdir()
    texts = {
        "clean": BASE,
        "schema": BASE.replace("quality: strong", "quality: great", 1),
        "graph": BASE + "\n  - id: limbo\n    say: Hm.\n",
    }
    paths = []
    for name, text in texts.items():
        paths.append(folder / f"{name}.yaml")
        paths[-1].write_text(text, encoding="utf-8")
    for name in ("student", "pta_parent"):  # real scenarios, with warnings
        paths.append(folder / f"{name}.yaml")
        shutil.copy(scenarios_dir() / f"{name}.yaml", paths[-1])
    return paths


def test_a_pool_finds_what_one_process_finds(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, "")
    paths = _files(tmp_path / "scenarios")
    alone = lint_paths(paths, jobs=1)
    assert {i.path.rsplit("/", 1)[-1] for i in alone} >= {"schema.yaml", "graph.yaml"}
    assert any(i.level == "warning" for i in alone)
    assert lint_paths(paths, jobs=2) == alone
    assert lint_paths(paths, jobs=4) == alone


def test_readings_made_in_the_pool_are_kept(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    paths = _files(tmp_path / "scenarios")
    lint_paths(paths, jobs=2)
    readings = json.loads(wording_cache.cache_file().read_text(encoding="utf-8"))["readings"]
    assert "Thanks so much for your time." in readings or len(readings) > 100
    # and the findings were stored for every file, so a second run lints none
    stored = lint_results.load()
    assert all(lint_results.file_key(p) in stored for p in paths)


def test_no_pool_means_this_process_lints(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, "")
    paths = _files(tmp_path / "scenarios")
    alone = lint_paths(paths, jobs=1)

    class NoProcesses:
        def __init__(self, *args, **kwargs):
            raise OSError("no processes here")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", NoProcesses)
    assert lint_paths(paths, jobs=2) == alone


def test_the_command_takes_jobs(tmp_path):
    paths = _files(tmp_path / "scenarios")
    env = {"PATH": "/usr/bin:/bin", CACHE_ENV: ""}
    runs = [
        subprocess.run(
            [sys.executable, "-m", "commonground", "scenarios", "lint", *map(str, paths), *flag],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        for flag in ((), ("--jobs", "1"), ("-j", "3"))
    ]
    assert {r.returncode for r in runs} == {1}
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout
    assert "schema.yaml" in runs[0].stdout and "Traceback" not in runs[0].stderr


def test_files_that_stop_at_the_first_round(tmp_path, monkeypatch):
    """The pool's first round parses and checks the schema and the graph; files that
    fail there (a YAML error, a schema error) never reach the second round, and when one
    file or none is left the second round is this process: the findings are the same."""
    monkeypatch.setenv(CACHE_ENV, "")
    folder = tmp_path / "scenarios"
    folder.mkdir()
    texts = {
        "yaml": BASE + "\n  - id: [unclosed\n",
        "schema": BASE.replace("quality: strong", "quality: great", 1),
        "graph": BASE + "\n  - id: limbo\n    say: Hm.\n",
        "clean": BASE,
    }
    paths = []
    for name, text in texts.items():
        paths.append(folder / f"{name}.yaml")
        paths[-1].write_text(text, encoding="utf-8")
    for chosen in (paths[:2], paths[:3], paths):  # none, one, two left for round two
        alone = lint_paths(chosen, jobs=1)
        assert lint_paths(chosen, jobs=2) == alone
    found = {i.path.rsplit("/", 1)[-1] for i in alone if i.level == "error"}
    assert found == {"yaml.yaml", "schema.yaml", "graph.yaml"}


def test_the_first_round_searches_plays_until_told_to_stop(tmp_path, monkeypatch):
    """While the lead process imports, the first round searches the plays of the files
    it parsed, file by file, until the stop signal; the second round then searches only
    the rest, and a file's findings are the same whichever round searched its plays."""
    import multiprocessing
    from pathlib import Path

    from commonground.roleplay import lint, lint_pools

    monkeypatch.setenv(CACHE_ENV, "")
    paths = [Path(p) for p in _files(tmp_path / "scenarios")]
    stop = multiprocessing.Event()
    lint_pools._worker_start(None, None, stop)
    ready = {p: lint_pools._prepare_in_worker(p)[1] for p in paths}
    passed = [p for p in paths if ready[p] is not None]
    assert {p.stem for p in passed} == {"clean", "graph", "student", "pta_parent"}
    searched = lint_pools._plays_in_worker(paths)
    assert list(searched) == passed  # every file that passed, in the order given
    for path in passed:
        scenario = lint.build(*lint._parse(path, None)[:1], path)
        assert searched[path] == lint._play_checks(scenario)
        data, lines, structure = ready[path]
        with_plays = lint._check(path, data, lines, None, structure, searched[path])
        assert with_plays == lint._check(path, data, lines, None) == lint.lint_file(path)
    stop.set()
    assert lint_pools._plays_in_worker(paths) == {}  # told to stop: all left to round two
    # Play findings: trust no play can earn means no yes, and an ending no play reaches.
    distrust = tmp_path / "scenarios" / "distrust.yaml"
    distrust.write_text(BASE.replace("needed: 3}", "needed: 20}", 1), encoding="utf-8")
    stop.clear()
    lint_pools._prepare_in_worker(distrust)
    found = lint_pools._plays_in_worker([distrust])[distrust]
    assert any("no ask ever gets the answer 'yes'" in message for _, message, _ in found)
    alone = lint_paths([*paths, distrust], jobs=1)
    assert {i.message for i in alone if i.path == str(distrust)} >= {m for _, m, _ in found}
    assert lint_paths([*paths, distrust], jobs=2) == alone
