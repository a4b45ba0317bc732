"""The linter's stored findings (``lint_results``): the same findings, or none kept.

A file unchanged since a run of the same code gives its stored findings without being
linted. These tests lint clean and broken files with and without the store and require
the very same issues (lines included); they check that the store is really used, that an
edit to the file or to the code lints it again, that a corrupt or foreign store is
ignored, that nothing is written when caching is off, and that the key covers every
file a lint opens.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from commonground.roleplay import lint, lint_results
from commonground.roleplay.lint import lint_paths
from commonground.roleplay.starter import starter_text
from commonground.roleplay.wording_cache import CACHE_ENV

BASE = starter_text("fixture")
BROKEN = {
    "clean": BASE,
    "yaml": BASE.replace("title: ", "title: : oops [", 1),
    "schema": BASE.replace("quality: strong", "quality: great", 1),
    "reference": BASE.replace("next: story", "next: nowhere", 1),
    "graph": BASE + "\n  - id: limbo\n    say: Hm.\n",
}


@pytest.fixture
def files(tmp_path):
    """One file per kind of finding, in a folder of its own."""
    folder = tmp_path / "scenarios"
    folder.mkdir()
    paths = []
    for name, text in BROKEN.items():
        assert name == "clean" or text != BASE
        paths.append(folder / f"{name}.yaml")
        paths[-1].write_text(text, encoding="utf-8")
    return paths


@pytest.fixture
def linted(monkeypatch):
    """The files ``lint_file`` really lints (not taken from the store)."""
    done = []
    real = lint.lint_file

    def counting(path, *args, **kwargs):
        done.append(Path(path).name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(lint, "lint_file", counting)
    return done


def _truth(monkeypatch, paths):
    monkeypatch.setenv(CACHE_ENV, "")
    return lint_paths(paths)


def test_stored_findings_are_the_findings(tmp_path, monkeypatch, files, linted):
    truth = _truth(monkeypatch, files)
    kinds = {Path(i.path).stem for i in truth if i.level == "error"}
    assert kinds == set(BROKEN) - {"clean"}  # every broken file has an error
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    linted.clear()
    assert lint_paths(files) == truth  # linted, and stored
    assert len(linted) == len(files)
    linted.clear()
    assert lint_paths(files) == truth  # from the store: same lines, places, messages
    assert linted == []


def test_an_edited_file_is_linted_again(tmp_path, monkeypatch, files, linted):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    lint_paths(files)
    clean = files[0]
    clean.write_text(BROKEN["schema"], encoding="utf-8")
    linted.clear()
    found = lint_paths(files)
    assert linted == [clean.name]
    assert found == _truth(monkeypatch, files)
    assert any(i.path == str(clean) and i.level == "error" for i in found)


def test_changed_code_lints_every_file_again(tmp_path, monkeypatch, files, linted):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    truth = lint_paths(files)
    monkeypatch.setattr(lint_results, "code_digest", lambda: "another version of the linter")
    linted.clear()
    assert lint_paths(files) == truth
    assert len(linted) == len(files)


def test_the_same_bytes_under_another_name_are_linted(tmp_path, monkeypatch, files, linted):
    """A finding names the file (and the scenario's id is its name)."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    lint_paths(files[:1])
    copy = files[0].with_name("copy.yaml")
    copy.write_bytes(files[0].read_bytes())
    linted.clear()
    lint_paths([copy])
    assert linted == ["copy.yaml"]


@pytest.mark.parametrize(
    "stored",
    [
        "{not json",
        json.dumps({"format": 1, "code": "x", "files": []}),
        json.dumps([1, 2]),
    ],
)
def test_a_corrupt_or_foreign_store_is_ignored(tmp_path, monkeypatch, files, stored):
    truth = _truth(monkeypatch, files)
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    folder.mkdir()
    (folder / lint_results.FILE_NAME).write_text(stored, encoding="utf-8")
    assert lint_paths(files) == truth
    assert len(lint_results.load()) == len(files)  # written again, whole


def test_a_store_with_wrong_findings_for_this_code_is_not_ours(tmp_path, monkeypatch, files):
    """Rows of the wrong shape make the whole store ignored, not half used."""
    truth = _truth(monkeypatch, files)
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    lint_paths(files)
    path = folder / lint_results.FILE_NAME
    raw = json.loads(path.read_text(encoding="utf-8"))
    for key in raw["files"]:
        raw["files"][key] = [["line 3", "", "made up", "error"]]
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert lint_results.load() == {}
    assert lint_paths(files) == truth


def test_nothing_is_written_when_caching_is_off(tmp_path, monkeypatch, files):
    monkeypatch.setenv(CACHE_ENV, "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    lint_paths(files)
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == sorted(
        f.name for f in files
    )
    assert lint_results.file_key(files[0]) is None


def test_a_cache_that_cannot_be_written_is_skipped(tmp_path, monkeypatch, files):
    truth = _truth(monkeypatch, files)
    blocker = tmp_path / "not a folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocker))
    assert lint_paths(files) == truth


def test_the_key_covers_every_file_a_lint_opens(tmp_path, files):
    """In a fresh process, linting one file opens no other scenario and no file of the
    package that the code digest leaves out."""
    import commonground

    code = (
        "import os, sys\n"
        "opened = []\n"
        "def hook(event, args):\n"
        "    if event == 'open' and isinstance(args[0], (str, bytes, os.PathLike)):\n"
        "        opened.append(os.path.realpath(os.fsdecode(args[0])))\n"
        "sys.addaudithook(hook)\n"
        "from commonground.roleplay.lint import lint_paths\n"
        f"lint_paths([{str(files[0])!r}])\n"
        "print('\\n'.join(sorted(set(opened))))\n"
    )
    env = {**os.environ, CACHE_ENV: ""}
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    opened = [Path(p) for p in run.stdout.splitlines()]
    package = Path(commonground.__file__).parent.resolve()
    covered = {p.resolve() for p in lint_results.package_files()}
    inside = [p for p in opened if p.is_relative_to(package)]
    sources = [
        p.parent.parent / (p.name.split(".")[0] + ".py") if p.suffix == ".pyc" else p
        for p in inside
    ]
    assert sources and [p for p in sources if p not in covered] == []
    libraries = {Path(p).resolve() for p in (sys.prefix, sys.base_prefix)}
    others = [
        p
        for p in opened
        if not p.is_relative_to(package)
        and not any(p.is_relative_to(lib) for lib in libraries)
        and p.exists()
    ]
    assert others == [files[0].resolve()]


def test_a_run_with_every_file_unchanged_loads_neither_reader_nor_numpy(tmp_path, files):
    """Stored findings come back without the line reader, the engine or numpy: the point
    of keeping them (a run of the author's loop takes a tenth of a second)."""
    env = {**os.environ, CACHE_ENV: str(tmp_path / "cache")}
    code = (
        "import sys\n"
        "from commonground.roleplay.lint import lint_paths\n"
        f"lint_paths([{str(files[0])!r}])\n"
        "print(sorted(m for m in ('commonground.reader', 'commonground.roleplay.engine', "
        "'numpy') if m in sys.modules))\n"
    )
    first = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert "commonground.reader" in first.stdout  # the first run did read the wordings
    again = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert again.stdout.strip() == "[]"


def test_every_library_a_fresh_lint_imports_is_in_the_key():
    """A library that can change a finding must be in the key, or a new version of it
    would bring back findings it no longer gives (pyahocorasick was once missing)."""

    code = (
        "import sys, sysconfig\n"
        "from commonground.roleplay.lint import lint_paths\n"
        "lint_paths(jobs=1)\n"
        "site = {sysconfig.get_paths()[k] for k in ('purelib', 'platlib')}\n"
        "print(sorted({module.__name__.split('.')[0] for module in list(sys.modules.values())\n"
        "    if any(str(getattr(module, '__file__', None) or '').startswith(s) for s in site)}))\n"
    )
    env = {**os.environ, CACHE_ENV: ""}
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    imported = set(ast.literal_eval(run.stdout.strip()))
    assert {"numpy", "ahocorasick"} <= imported  # the check sees libraries
    assert "scipy" not in imported  # the similarities are numpy's (roleplay/sparse_rows.py)
    # setuptools' start-up hook is no library of the linter's
    others = {"_distutils_hack", "commonground"}
    assert imported - others <= set(lint_results.LIBRARIES)
    for name, project in lint_results.LIBRARIES.items():
        version = lint_results._library_version(name, project)
        assert version and not version.startswith(("unknown", " ")), (name, version)
