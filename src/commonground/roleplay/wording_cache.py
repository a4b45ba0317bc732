"""The reader's results for authored wordings, kept on disk between linter runs.

Linting every scenario reads every choice's text and ``examples`` (about 2,500
wordings) with the reader, which was half of a fresh ``commonground scenarios lint``.
What the reader makes of a wording depends only on the wording and the reader's code,
so the linter keeps the results in a file in the user's cache folder:

* the file's name carries a hash of the reader's source files and the Python version
  (:func:`reader_version`): a changed reader never reads an old file;
* each entry is keyed by the wording itself, so an edited wording is simply read again;
* a missing, unreadable or foreign file is ignored, and the linter gives the same
  verdicts without it (it then reads every wording itself). Set
  ``COMMONGROUND_CACHE_DIR`` to another folder, or to an empty value to keep no cache.

The same file remembers, for scenario files that parsed and passed the JSON Schema, the
parsed data and lines, by a hash of the file's bytes, the schema, our parsing and
checking code and the jsonschema, fastjsonschema and PyYAML sources (:func:`schema_digest`): an
unchanged file is neither parsed nor validated again, and jsonschema is not even
imported. Only clean results are kept (problems are always found afresh), and only
data that comes back from JSON exactly as PyYAML gave it.

Only the linter uses it; the role-play itself never writes files.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

CACHE_ENV = "COMMONGROUND_CACHE_DIR"
#: Entries kept at most (the wordings of the last run are kept first).
MAX_ENTRIES = 50_000
#: Parsed files kept at most (this run's first): each edit of a file adds one, and each
#: is the whole file's data.
MAX_FILES = 64
_FORMAT = 1


def cache_dir() -> Path | None:
    """The folder for the cache file, or ``None`` when caching is switched off."""
    override = os.environ.get(CACHE_ENV)
    if override is not None:
        return Path(override).expanduser() if override.strip() else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "commonground"


def reader_version() -> str:
    """A hash of the reader's source files, the Python version and this file's format.

    The files are found without importing the reader (about 0.1 s of compiling its
    patterns, which a first run does later, beside the first round of work).
    """
    import importlib.util

    folder = Path(importlib.util.find_spec("commonground.reader").origin).parent
    digest = hashlib.sha256(f"{_FORMAT} {sys.version_info[:2]}".encode())
    for source in sorted(folder.glob("*.py")):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:20]


def schema_digest(path: Path) -> str:
    """A hash of everything the schema check of ``path`` depends on."""
    digest = hashlib.sha256(_schema_tools())
    digest.update(Path(path).read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _schema_tools() -> bytes:
    """A hash of the schema, of the code that parses and checks a file, and of the
    libraries that do it (their sources, found without importing jsonschema)."""
    import importlib.util

    import yaml

    from commonground.roleplay import checks, yamlfile

    digest = hashlib.sha256(f"{_FORMAT} {sys.version_info[:2]} {yaml.__version__}".encode())
    digest.update(str(getattr(yaml, "__with_libyaml__", False)).encode())
    sources = [checks.SCHEMA_FILE, Path(checks.__file__), Path(yamlfile.__file__)]
    for library in ("jsonschema", "fastjsonschema"):
        spec = importlib.util.find_spec(library)
        if spec is not None and spec.origin:
            sources += sorted(Path(spec.origin).parent.glob("*.py"))
    for source in sources:
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.digest()


def keeps_exactly(data) -> bool:
    """True when ``data`` comes back from JSON as it is (no dates, no non-text keys)."""
    try:
        return _typed(json.loads(json.dumps(data))) == _typed(data)
    except (TypeError, ValueError):
        return False


def _typed(value):
    """``value`` with the type of every leaf, so that ``1``, ``1.0`` and ``True`` differ."""
    if isinstance(value, dict):
        return {(type(k).__name__, k): _typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return (type(value).__name__, value)


def cache_file() -> Path | None:
    """Where the cache of the current reader lives (``None``: no cache)."""
    folder = cache_dir()
    return None if folder is None else folder / f"readings-{reader_version()}.json"


def load() -> dict[tuple[str, str], object]:
    """``("reading" | "activity", wording)`` -> result, from the cache file (or empty).

    The reader is imported only when there is a file to read.
    """
    path = cache_file()
    if path is None:
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        from commonground.reader import Reading

        found: dict[tuple[str, str], object] = {
            ("reading", w): Reading(
                **{k: tuple(v) if isinstance(v, list) else v for k, v in f.items()}
            )
            for w, f in raw["readings"].items()
        }
        found.update((("activity", w), str(a)) for w, a in raw["activities"].items())
        found.update(
            (("clean", str(d)), (data, {tuple(p): n for p, n in lines}))
            for d, (data, lines) in raw.get("clean", {}).items()
        )
        return found
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}  # absent, half-written or not ours: read the wordings again


def prime(scenario, stored: dict) -> None:
    """Put the stored results for ``scenario``'s wordings (and their parts) where the
    hearing looks first (the scenario's index cache, keyed as
    :func:`.hearing.authored.cached_reading` keys it)."""
    from commonground.roleplay.hearing.mistake_part import parts
    from commonground.roleplay.similarity import index_for

    cache = index_for(scenario).cache
    wordings = list(_wordings(scenario))
    # and the parts of each, which the hearing reads apart (.hearing.mistake_part)
    wordings += [p for w in wordings for p in parts(w)]
    for wording in wordings:
        for key in (("reading", wording), ("activity", wording)):
            if key in stored and key not in cache:
                cache[key] = stored[key]


def harvest(scenario) -> dict[tuple[str, str], object]:
    """The readings and activity words the scenario's index cache holds now."""
    from commonground.roleplay.similarity import index_for

    cache = index_for(scenario).cache
    return {
        key: value
        for key, value in cache.items()
        if isinstance(key, tuple) and len(key) == 2 and key[0] in ("reading", "activity")
    }


def _wordings(scenario):
    for node in scenario.nodes.values():
        for choice in node.choices:
            yield choice.text
            yield from choice.examples
    for ask in scenario.campaign.asks:
        yield ask.text


class Encoded(str):
    """An entry already written as the JSON member it is saved as (``"key":value``).

    A pool process writes what it found this way (:func:`encoded`), beside the rest of
    the work, so the lead process saves by joining texts rather than writing about
    2,500 readings and each file's parsed data once every process is done.
    """

    __slots__ = ()


def encoded(found: dict) -> dict:
    """``found`` with each value replaced by its :class:`Encoded` JSON member."""
    return {key: Encoded(_member(key, value)) for key, value in found.items()}


def _member(key: tuple[str, str], value) -> str:
    what, name = key
    if what == "reading":
        value = value.as_dict()
    elif what == "clean":
        value = (value[0], [(list(p), n) for p, n in value[1].items()])
    return f"{json.dumps(name, ensure_ascii=False)}:{json.dumps(value, ensure_ascii=False)}"


def save(found: dict, known: dict) -> None:
    """Write ``found`` (this run's results) and as many ``known`` ones as fit, atomically.

    Values may be :class:`Encoded` already. A cache that cannot be written (a read-only
    home, a full disk) is skipped quietly: it only ever saves time.
    """
    path = cache_file()
    if path is None:
        return
    entries = dict(found)
    files = sum(what == "clean" for what, _ in entries)
    for key, value in known.items():
        if len(entries) >= MAX_ENTRIES:
            break
        if key[0] == "clean" and key not in entries:
            if files >= MAX_FILES:
                continue
            files += 1
        entries.setdefault(key, value)
    members: dict[str, list[str]] = {"reading": [], "activity": [], "clean": []}
    for key, value in entries.items():
        members[key[0]].append(value if isinstance(value, Encoded) else _member(key, value))
    text = (
        f'{{"reader":{json.dumps(path.stem)},'
        f'"readings":{{{",".join(members["reading"])}}},'
        f'"activities":{{{",".join(members["activity"])}}},'
        f'"clean":{{{",".join(members["clean"])}}}}}'
    )
    if write_atomically(path, text, encoded=True):
        for old in path.parent.glob("readings-*.json"):  # other readers' caches
            if old != path:
                with contextlib.suppress(OSError):
                    old.unlink(missing_ok=True)


def write_atomically(path: Path, payload, encoded: bool = False) -> bool:
    """Write ``payload`` as JSON to ``path`` so that a reader never sees half a file
    (``encoded``: ``payload`` is JSON text already).

    Returns False when it cannot be written (a read-only folder, a full disk): a cache
    only ever saves time, so that is not an error.
    """
    temp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            # One string: json.dump to a file uses the pure-Python encoder, 5x slower.
            out.write(payload if encoded else json.dumps(payload, ensure_ascii=False))
        os.replace(temp, path)
        temp = None
        return True
    except OSError:
        return False
    finally:
        if temp is not None:
            Path(temp).unlink(missing_ok=True)
