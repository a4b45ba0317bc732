"""The repository stands alone: nothing points outside it, and its package data is whole."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from commonground import resources

ROOT = Path(__file__).resolve().parents[1]
#: Paths that exist only on the machines the project was built on.
OUTSIDE = re.compile(r"\.\./shared\b|/work/|\bshared/(seed|spec)/")
PACKAGE = ROOT / "src" / "commonground"


def _tracked_text_files() -> list[Path]:
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
        ).stdout.decode()
        names = [n for n in listed.split("\0") if n]
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: the tracked files cannot be listed")
    out = []
    for name in names:
        path = ROOT / name
        if path.is_file() and not path.is_symlink() and path != Path(__file__).resolve():
            try:
                path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue  # images, spreadsheets
            out.append(path)
    return out


def test_no_file_points_outside_the_repository():
    files = _tracked_text_files()
    assert len(files) > 100
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in files
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if OUTSIDE.search(line)
    ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize(("name", "folder"), resources.CONTENT_LINKS.items())
def test_package_content_is_the_clone_folder(name, folder):
    # One copy: src/commonground/content/<name> is a link to the top-level folder.
    link = PACKAGE / "content" / name
    assert link.is_symlink(), f"{link} must be a link to ../../../{folder}"
    assert link.resolve() == (ROOT / folder).resolve()


def test_resources_point_into_this_clone():
    if resources.checkout_root() != ROOT:
        pytest.skip("commonground is not installed from this clone (pip install -e .)")
    assert resources.course_dir() == ROOT / "content"
    assert resources.data_dir() == ROOT / "data"
    assert resources.scenarios_dir() == ROOT / "data" / "scenarios"
    assert resources.notebooks_dir() == ROOT / "notebooks"
    assert resources.report_notebook().is_file()
    assert resources.sample_log().is_file() and resources.sample_log().parent == ROOT / "data"


def test_every_package_data_pattern_matches_files():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = text.split("[tool.setuptools.package-data]", 1)[1].split("\n[", 1)[0]
    patterns = re.findall(r'"([^"]+)"', block)
    assert "content/notebooks/*.ipynb" in patterns
    empty = [p for p in patterns if not [f for f in PACKAGE.glob(p) if f.is_file()]]
    assert not empty, f"package-data patterns that match nothing: {empty}"
