"""The linter's findings for each file, kept between runs (as ``eslint --cache`` does).

A scenario file's findings depend only on that file and on the code that lints it: the
linter opens no other scenario, and no file of the user's (a test watches every file a
lint opens). So an unchanged file linted by the same code gives its stored findings
without being parsed, validated or heard. The key of a file (:func:`file_key`) is a hash
of:

* the file's bytes and its path as given (a finding names the file, and the scenario's
  id is the file's name);
* :func:`code_digest`: every ``*.py``, ``*.yaml``, ``*.json`` and ``*.txt`` file of the
  installed ``commonground`` package, except its course content (``content/``, where
  the shipped scenarios and notebooks live: each scenario is keyed by its own bytes);
  the Python version; and the versions of the libraries whose behaviour reaches a
  finding (numpy, pyahocorasick, PyYAML with or without libyaml, jsonschema,
  fastjsonschema; a test checks that a lint imports no other).

The findings live in ``lint-results.json`` in the same folder as the readings
(:func:`.wording_cache.cache_dir`; ``COMMONGROUND_CACHE_DIR`` empty keeps nothing), are
written atomically, and a missing, corrupt or foreign file is ignored: linting then gives
the same findings, only slower. A folder that cannot be written is skipped quietly.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import sys
from functools import lru_cache
from pathlib import Path

from commonground.roleplay import wording_cache

FILE_NAME = "lint-results.json"
#: Files whose findings are kept at most (this run's first).
MAX_FILES = 2_000
#: Libraries whose code can change a finding, by their import name and project name.
LIBRARIES = {
    "numpy": "numpy",
    "ahocorasick": "pyahocorasick",
    "yaml": "PyYAML",
    "jsonschema": "jsonschema",
    "fastjsonschema": "fastjsonschema",
}
_FORMAT = 1
_SUFFIXES = (".py", ".yaml", ".json", ".txt")


def package_files() -> list[Path]:
    """The package's source and data files that the digest covers, in a fixed order."""
    import commonground

    root = Path(commonground.__file__).parent
    found = []
    for folder, subfolders, names in os.walk(root):  # symbolic links are not followed
        here = Path(folder)
        subfolders[:] = sorted(
            s for s in subfolders if s != "__pycache__" and not (here == root and s == "content")
        )
        found += [here / n for n in sorted(names) if n.endswith(_SUFFIXES)]
    return found


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A hash of the code and data that lint a file, of Python and of the libraries."""
    import commonground

    root = Path(commonground.__file__).parent
    digest = hashlib.sha256(f"{_FORMAT} {sys.version} {sys.implementation.name}".encode())
    for name, project in LIBRARIES.items():
        digest.update(f"\0{project} {_library_version(name, project)}".encode())
    for path in package_files():
        data = path.read_bytes()
        digest.update(f"\0{path.relative_to(root).as_posix()} {len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def _library_version(name: str, project: str) -> str:
    """The installed version of a library, found without importing it ("" if absent).

    PyYAML's version also says whether it was built with libyaml (its fast parser).
    """
    spec = importlib.util.find_spec(name)
    if spec is None:
        return ""
    if spec.submodule_search_locations:
        folder = Path(next(iter(spec.submodule_search_locations)))
    elif spec.origin and spec.has_location:  # one module (pyahocorasick's extension)
        folder = Path(spec.origin)
    else:
        return ""
    wanted = re.sub(r"[-_.]+", "_", project).lower()
    version = ""
    try:
        for entry in os.listdir(folder.parent):
            found = re.fullmatch(r"(.+?)-([^-]+)\.dist-info", entry)
            if found and re.sub(r"[-_.]+", "_", found.group(1)).lower() == wanted:
                version = found.group(2)
                break
        else:  # not a wheel install: ask the metadata (slower)
            from importlib.metadata import version as metadata_version

            version = metadata_version(project)
        extensions = (
            sorted(p for p in os.listdir(folder) if p.endswith((".so", ".pyd")))
            if folder.is_dir()
            else [folder.name]
        )
    except Exception:  # noqa: BLE001 - an unknown version only means no reuse
        return f"unknown {folder}"
    return f"{version} {' '.join(extensions)} {folder}"


def file_key(path: Path) -> str | None:
    """The key of ``path``'s findings, or ``None`` (no cache, or the file unreadable)."""
    if wording_cache.cache_dir() is None:
        return None
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None  # the linter says what is wrong with it
    digest = hashlib.sha256(f"{code_digest()}\0{path}\0".encode())
    digest.update(data)
    return digest.hexdigest()


def results_file() -> Path | None:
    """Where the findings are kept (``None``: no cache)."""
    folder = wording_cache.cache_dir()
    return None if folder is None else folder / FILE_NAME


def load() -> dict[str, list[tuple[int, str, str, str]]]:
    """Key -> findings as ``(line, where, message, level)``, from the file (or empty)."""
    path = results_file()
    if path is None:
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw["format"] != _FORMAT or raw["code"] != code_digest():
            return {}
        return {str(key): [_finding(*row) for row in rows] for key, rows in raw["files"].items()}
    except (OSError, ValueError, KeyError, TypeError):
        return {}  # absent, half-written or not ours: lint again


def _finding(line, where, message, level) -> tuple[int, str, str, str]:
    if not isinstance(line, int) or not all(isinstance(t, str) for t in (where, message, level)):
        raise TypeError("not a finding")
    return line, where, message, level


def save(found: dict[str, list], known: dict[str, list]) -> None:
    """Write this run's findings and as many ``known`` ones as fit, atomically."""
    path = results_file()
    if path is None:
        return
    files = dict(found)
    for key, rows in known.items():
        if len(files) >= MAX_FILES:
            break
        files.setdefault(key, rows)
    payload = {"format": _FORMAT, "code": code_digest(), "files": files}
    wording_cache.write_atomically(path, payload)
