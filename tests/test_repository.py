"""Repository conventions: layout, stripped notebooks, lint, CI entry, README."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK_DIRS = ("notebooks", "exercises", "solutions")


def _notebooks():
    for folder in NOTEBOOK_DIRS:
        found = (ROOT / folder).glob("**/*.ipynb")
        # Editor copies (.ipynb_checkpoints/) are not committed notebooks.
        yield from sorted(
            p for p in found if not any(x.startswith(".") for x in p.relative_to(ROOT).parts)
        )


def test_layout():
    for name in ("notebooks", "exercises", "solutions", "data", "tests", "benchmarks"):
        assert (ROOT / name).is_dir(), name
    for name in ("environment.yml", "pyproject.toml", "Makefile", "README.md", ".ci/run"):
        assert (ROOT / name).is_file(), name
    assert (ROOT / "src" / "commonground" / "__init__.py").is_file()


@pytest.mark.parametrize("path", list(_notebooks()), ids=lambda p: str(p.relative_to(ROOT)))
def test_notebook_committed_without_outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["nbformat"] == 4
    assert nb["metadata"].get("kernelspec", {}).get("name") == "python3", "kernel must be python3"
    for index, cell in enumerate(nb["cells"]):
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [], f"cell {index} has outputs: strip them"
            assert cell.get("execution_count") is None, f"cell {index} has an execution count"


def test_there_are_notebooks():
    assert (ROOT / "notebooks" / "00_start_here.ipynb").is_file()


def test_ruff_clean():
    ruff = Path(sys.executable).with_name("ruff")
    exe = str(ruff) if ruff.exists() else shutil.which("ruff")
    assert exe, "ruff is not installed"
    targets = [t for t in ("src", "tests", "benchmarks", "conftest.py") if (ROOT / t).exists()]
    check = subprocess.run([exe, "check", *targets], cwd=ROOT, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    fmt = subprocess.run(
        [exe, "format", "--check", *targets], cwd=ROOT, capture_output=True, text=True
    )
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


def test_ci_runs_make_test():
    text = (ROOT / ".ci" / "run").read_text()
    assert "make test" in text
    assert "chromium" in text
    # ...once, in a fresh clone in an empty temporary folder (nothing beside it).
    assert "mktemp -d" in text and "git clone" in text
    assert text.index("git clone") < text.rindex("make test")


def test_readme_opens_with_the_two_commands():
    head = (ROOT / "README.md").read_text().split("\n## ", 1)[0]
    assert "make lab" in head and "make test" in head


def test_import_is_light():
    # The package root must not pull in the heavy libraries (they are imported lazily).
    code = (
        "import sys, commonground, commonground.cli, commonground.method;"
        "heavy = {'pandas', 'matplotlib', 'ipywidgets', 'statsmodels', 'numpy', 'yaml'};"
        "print(sorted(heavy & set(sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
