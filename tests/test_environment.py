"""pyproject.toml and environment.yml name the same dependencies with the same ranges."""

import re
from pathlib import Path

import tomllib
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
# PyPI name -> conda-forge name, where they differ.
CONDA_NAMES = {"duckdb": "python-duckdb"}


def _pyproject() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    reqs = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        reqs.extend(extra)
    out = {}
    for line in reqs:
        req = Requirement(line)
        name = canonicalize_name(req.name)
        out[CONDA_NAMES.get(name, name)] = str(req.specifier)
    return out


def _environment() -> tuple[dict[str, str], list]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    deps, pip = {}, []
    for item in env["dependencies"]:
        if isinstance(item, dict):
            pip.extend(item.get("pip", []))
            continue
        match = re.fullmatch(r"([A-Za-z0-9_.\-]+)\s*(.*)", item.strip())
        name, spec = match.group(1), match.group(2).replace(" ", "")
        deps[canonicalize_name(name)] = str(Requirement(f"x{spec}").specifier) if spec else ""
    return deps, pip, env


def test_same_packages_and_ranges():
    conda, _, _ = _environment()
    conda.pop("pip", None)
    python_spec = conda.pop("python")
    assert python_spec == ">=3.10"
    assert conda == _pyproject()


def test_conda_forge_and_editable_package():
    _, pip, env = _environment()
    assert env["channels"] == ["conda-forge"]
    assert "-e ." in pip


def test_python_floor_matches():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["requires-python"] == ">=3.10"
