"""Find, list and load scenario files.

A scenario is YAML read safely (see :mod:`.yamlfile`), checked against the JSON Schema
and for ids that point nowhere (see :mod:`.checks`), then built into frozen objects
(see :mod:`.build`). Every problem names the file, the line and what is wrong, raised
as :class:`~commonground.errors.InputFileError`.

Where the scenario files are is decided by :func:`commonground.resources.scenarios_dir`
(the package's ``content/data/scenarios/``, which is the clone's ``data/scenarios/``);
``$COMMONGROUND_SCENARIOS`` points elsewhere.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from commonground.errors import InputFileError
from commonground.resources import SCENARIOS_ENV, scenarios_dir
from commonground.roleplay.build import build
from commonground.roleplay.checks import reference_problems, schema_problems
from commonground.roleplay.model import Scenario
from commonground.roleplay.yamlfile import parse_file

__all__ = [
    "SCENARIOS_ENV",
    "ScenarioInfo",
    "list_scenarios",
    "load_scenario",
    "resolve",
    "scenario_paths",
    "scenarios_dir",
]


@dataclass(frozen=True)
class ScenarioInfo:
    """A scenario as listed: its name (the file stem) and a few headline fields."""

    name: str
    path: Path
    title: str = ""
    purpose: str = ""
    setting: str = ""
    description: str = ""
    error: str = ""


def scenario_paths() -> list[Path]:
    """All ``*.yaml`` files in :func:`scenarios_dir`, sorted by name."""
    folder = scenarios_dir()
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def list_scenarios() -> list[ScenarioInfo]:
    """List the available scenarios; a broken file is listed with its ``error``."""
    found = []
    for path in scenario_paths():
        try:
            item = load_scenario(path)
        except InputFileError as exc:
            found.append(ScenarioInfo(path.stem, path, error=str(exc)))
            continue
        found.append(
            ScenarioInfo(
                path.stem,
                path,
                item.title,
                item.meeting.purpose,
                item.meeting.setting,
                item.persona.description,
            )
        )
    return found


def resolve(path_or_name: str | os.PathLike) -> Path:
    """Turn a scenario name (file stem) or a path into an existing file path."""
    text = str(path_or_name)
    candidate = Path(text).expanduser()
    if candidate.suffix in (".yaml", ".yml") or os.sep in text or "/" in text:
        if not candidate.is_file():
            raise InputFileError(candidate, "no such scenario file")
        return candidate
    path = scenarios_dir() / f"{text}.yaml"
    if not path.is_file():
        raise InputFileError(path, _not_found(text))
    return path


def _not_found(name: str) -> str:
    """Why ``name`` is not a scenario, and what to type instead."""
    import difflib

    names = [p.stem for p in scenario_paths()]
    message = f"no scenario named {name!r}"
    close = difflib.get_close_matches(name, names, n=1)
    if close:
        message += f"; did you mean {close[0]!r}?"
    here = [Path(f"{name}{suffix}") for suffix in (".yaml", ".yml")]
    found = next((p for p in here if p.is_file()), None)
    if found is not None:
        message += f"; a file of your own here is played by its path: ./{found}"
    else:
        message += f"; for a file of your own, give its path (e.g. path/to/{name}.yaml)"
    return message + f"; known: {', '.join(names) or 'none'}"


def load_scenario(path_or_name: str | os.PathLike) -> Scenario:
    """Load and check a scenario by name (``"retired_teacher"``) or path.

    Raises
    ------
    InputFileError
        Naming the file, the line and what is wrong, for YAML syntax, schema and
        reference errors.
    """
    path = resolve(path_or_name)
    stat = path.stat()
    return _load_cached(str(path.resolve()), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _load_cached(path: str, _mtime: int, _size: int) -> Scenario:
    data, lines = parse_file(path)
    problems = schema_problems(data, lines) or reference_problems(data, lines)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise InputFileError(path, f"{problems[0]}{more}")
    return build(data, Path(path))
