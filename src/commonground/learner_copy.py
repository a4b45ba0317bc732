"""A learner's own copy of the course notebooks, to open and edit in JupyterLab.

The copy has the same layout as a clone: ``notebooks/``, ``exercises/``, ``solutions/``
and ``data/`` (scenarios and the synthetic sample logs), so the notebooks find
``data/...`` beside them. Files the learner already has are kept unless ``overwrite``
is set: their edits and answers are never lost to a second copy.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from commonground import resources
from commonground.errors import CommonGroundError

#: What a learner's copy holds: folder name -> (the packaged folder, which files).
#: The same as the package data in pyproject.toml.
FOLDERS = {
    "notebooks": (resources.notebooks_dir, "*.ipynb"),
    "exercises": (resources.exercises_dir, "*.ipynb"),
    "solutions": (resources.solutions_dir, "*.ipynb"),
    "data": (resources.data_dir, "**/*"),
}


@dataclass
class CopyResult:
    """What :func:`copy_course` did, as paths relative to the destination."""

    destination: Path
    copied: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def course_files() -> list[tuple[str, Path]]:
    """Every file of a learner's copy: (relative destination path, packaged source)."""
    out = []
    for name, (folder_of, pattern) in FOLDERS.items():
        folder = folder_of()
        if not folder.is_dir():
            raise CommonGroundError(f"{folder}: the course files are missing; reinstall")
        for path in sorted(folder.glob(pattern)):
            parts = path.relative_to(folder).parts
            if path.is_file() and not any(p.startswith(".") or p == "__pycache__" for p in parts):
                out.append(((Path(name) / Path(*parts)).as_posix(), path))
    return out


def copy_course(destination: str | os.PathLike, overwrite: bool = False) -> CopyResult:
    """Copy the notebooks, exercises, solutions and sample data into ``destination``.

    Parameters
    ----------
    destination
        Folder to create or fill.
    overwrite
        Replace files that already exist there (by default they are kept as they are).

    Returns
    -------
    CopyResult
        The files copied and the files kept.
    """
    dest = Path(destination).expanduser()
    if dest.exists() and not dest.is_dir():
        raise CommonGroundError(f"{dest}: exists and is not a folder")
    result = CopyResult(dest.resolve())
    for relative, source in course_files():
        target = dest / relative
        if target.exists() and not overwrite:
            result.kept.append(relative)
            continue
        try:
            _copy_atomically(source, target)
        except OSError as exc:
            raise CommonGroundError(f"{target}: cannot write ({exc.strerror or exc})") from None
        result.copied.append(relative)
    return result


def _copy_atomically(source: Path, target: Path) -> None:
    """Copy to a temporary name beside ``target``, then rename: never a half-written file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    try:
        shutil.copyfile(source, partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
