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
from pathlib import Path

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
    # what the pool processes sent as JSON is the cache one process would have saved
    pooled = wording_cache.load()
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache alone"))
    lint_paths(paths, jobs=1)
    assert wording_cache.load() == pooled


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


WATCH_ROUND_TWO = """
import sys
from commonground.roleplay import lint_pools
from commonground.roleplay.lint import lint_paths

check = lint_pools._check_in_worker


def watched(path):
    before = set(sys.modules)
    result = check(path)
    new = sorted(m for m in set(sys.modules) - before if m.startswith("commonground"))
    with open(sys.argv[1], "a", encoding="utf-8") as log:
        log.write(repr(new) + "\\n")
    return result


lint_pools._check_in_worker = watched
pooled = lint_paths(sys.argv[2:], jobs=2)  # first: nothing of the reader imported yet
assert pooled == lint_paths(sys.argv[2:], jobs=1)
"""


def test_the_second_round_inherits_the_compiled_reader(tmp_path):
    """The lead process imports the reader while the first round parses, so the second
    round's processes are forked with its patterns compiled: none of them imports the
    reader again (each did, 0.1 s of CPU apiece, once the reader was imported on first
    use, and the lead process then compiled it too, to unpickle the first readings)."""
    paths = _files(tmp_path / "scenarios")
    script, log = tmp_path / "watch.py", tmp_path / "round_two.log"
    script.write_text(WATCH_ROUND_TWO, encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", CACHE_ENV: ""}
    subprocess.run([sys.executable, str(script), str(log), *map(str, paths)], check=True, env=env)
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4  # clean, graph, student and pta_parent reach the second round
    assert lines == ["[]"] * 4


def test_no_second_round_process_imports_what_the_lead_did_not(tmp_path):
    """Over every shipped scenario, the second round's processes import nothing of
    commonground (the reader's suggestions and rewrites included, which a hearing once
    asked for by re-reading a listed move's text with advice): whatever they import, each
    imports again, on the way to the findings."""
    script, log = tmp_path / "watch.py", tmp_path / "round_two.log"
    script.write_text(WATCH_ROUND_TWO, encoding="utf-8")
    paths = sorted(scenarios_dir().glob("*.yaml"))
    env = {"PATH": "/usr/bin:/bin", CACHE_ENV: ""}
    subprocess.run([sys.executable, str(script), str(log), *map(str, paths)], check=True, env=env)
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(paths) >= 9
    assert lines == ["[]"] * len(paths)


def test_the_command_exits_directly_with_its_output_and_caches_complete(
    tmp_path, monkeypatch, capsys
):
    """``scenarios lint`` skips interpreter teardown (os._exit, as ``analyze``): every
    line is printed, the exit code kept, and both caches are written whole first."""
    from commonground import cli

    paths = [str(p) for p in _files(tmp_path / "scenarios")]
    monkeypatch.setenv(CACHE_ENV, "")
    assert cli.main(["scenarios", "lint", *paths]) == 1
    in_process = capsys.readouterr().out
    env = {"PATH": "/usr/bin:/bin", CACHE_ENV: str(tmp_path / "cache")}
    command = [sys.executable, "-m", "commonground", "scenarios", "lint", *paths]
    runs = [subprocess.run(command, capture_output=True, text=True, env=env) for _ in "12"]
    assert [r.returncode for r in runs] == [1, 1]
    assert runs[0].stdout == runs[1].stdout == in_process and in_process.count("\n") > 3
    monkeypatch.setenv(CACHE_ENV, env[CACHE_ENV])
    stored = lint_results.load()
    assert all(lint_results.file_key(Path(p)) in stored for p in paths)
    assert sum(what == "reading" for what, _ in wording_cache.load()) > 100
