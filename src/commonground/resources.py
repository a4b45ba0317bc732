"""Where the files the program reads are: the one module that decides.

Everything read at run time (role-play scenarios, sample outcome logs, the lesson,
exercise, solution and trainer-report notebooks) is package data under
``commonground/content/``, found with :mod:`importlib.resources`, so a plain wheel
install works from any folder.

In a clone there is one copy of each: the top-level ``data/``, ``notebooks/``,
``exercises/`` and ``solutions/`` folders are what you edit, and
``src/commonground/content/`` holds symbolic links to them (the wheel build copies the
files behind the links). Three environment variables point elsewhere:
``$COMMONGROUND_SCENARIOS`` (a folder of scenario files), ``$COMMONGROUND_NOTEBOOKS``
(the lesson notebooks, including the trainer report's) and ``$COMMONGROUND_CONTENT`` (the
curriculum as text).
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

SCENARIOS_ENV = "COMMONGROUND_SCENARIOS"
NOTEBOOKS_ENV = "COMMONGROUND_NOTEBOOKS"
CONTENT_ENV = "COMMONGROUND_CONTENT"
#: The trainer notebook that ``commonground report`` runs.
REPORT_NOTEBOOK = "11_trainer_analysis.ipynb"
#: The sample log the trainer notebook and exercises use by default.
SAMPLE_LOG = "sample_season_log.csv"
#: Content folders: name under ``commonground/content/`` -> the clone's top-level folder.
CONTENT_LINKS = {
    "course": "content",
    "data": "data",
    "notebooks": "notebooks",
    "exercises": "exercises",
    "solutions": "solutions",
}


def content_dir() -> Path:
    """The package's ``content/`` folder (scenarios, sample logs, notebooks)."""
    # A package installed by pip (wheel or editable) lives in plain folders, so the
    # Traversable that importlib.resources returns is a real path.
    return Path(str(files("commonground") / "content"))


def _content(folder: str) -> Path:
    # Resolved, so in a clone messages name the file you edit (data/..., not src/...).
    return (content_dir() / folder).resolve()


def course_dir() -> Path:
    """The curriculum as text (lessons, questions, the course table): top-level ``content/``.

    ``$COMMONGROUND_CONTENT`` wins: a campaign's own edited copy (``app --content DIR``).
    """
    override = os.environ.get(CONTENT_ENV)
    return Path(override).expanduser().resolve() if override else _content("course")


def data_dir() -> Path:
    """The shipped data: ``scenarios/``, the sample logs and the log templates."""
    return _content("data")


def scenarios_dir() -> Path:
    """The folder of role-play scenario files (``$COMMONGROUND_SCENARIOS`` wins)."""
    override = os.environ.get(SCENARIOS_ENV)
    return Path(override).expanduser() if override else data_dir() / "scenarios"


def new_scenarios_dir() -> Path:
    """Where ``scenarios new`` writes by default.

    ``$COMMONGROUND_SCENARIOS`` when set; in a clone, its ``data/scenarios/``; after a
    wheel install, the current folder (the installed package is not for editing).
    """
    if os.environ.get(SCENARIOS_ENV) or checkout_root() is not None:
        return scenarios_dir()
    return Path.cwd()


def sample_log(name: str = SAMPLE_LOG) -> Path:
    """A shipped synthetic sample log by file name (e.g. ``"sample_workshop_log.csv"``)."""
    return data_dir() / name


def notebooks_dir() -> Path:
    """The lesson notebooks (``$COMMONGROUND_NOTEBOOKS`` wins)."""
    override = os.environ.get(NOTEBOOKS_ENV)
    return Path(override).expanduser() if override else _content("notebooks")


def report_notebook() -> Path:
    """The trainer notebook that ``commonground report`` runs."""
    return notebooks_dir() / REPORT_NOTEBOOK


def exercises_dir() -> Path:
    """The exercise notebooks (answers blanked)."""
    return _content("exercises")


def solutions_dir() -> Path:
    """The exercise notebooks with their answers."""
    return _content("solutions")


def jupyter_share_dir() -> Path:
    """The package's Jupyter data folder: ``voila/templates/commonground/`` lives in it."""
    return Path(str(files("commonground") / "share" / "jupyter"))


def stylesheet() -> Path:
    """The course's one stylesheet, ``static/commonground.css`` (linked by the template)."""
    return Path(str(files("commonground") / "static" / "commonground.css"))


def find_file(path: str | os.PathLike) -> Path | None:
    """Find a file a notebook names relative to the course, such as ``data/sample_season_log.csv``.

    An absolute path is taken as given. A relative one is looked for in the current
    folder, then each folder above it (a notebook in ``notebooks/`` finds ``data/...``
    beside that folder, in a clone or a learner's copy), then in the package's content.

    Returns
    -------
    Path or None
        The file found, resolved; None when there is no such file anywhere.
    """
    given = Path(path).expanduser()
    if given.is_absolute():
        return given if given.is_file() else None
    cwd = Path.cwd()
    for folder in (cwd, *cwd.parents, content_dir()):
        candidate = folder / given
        if candidate.is_file():
            return candidate.resolve()
    return None


def checkout_root() -> Path | None:
    """The clone this package is installed from (editable), or None for a wheel install.

    It is the folder two levels above the package (``<root>/src/commonground``) when that
    folder holds ``pyproject.toml``.
    """
    package = Path(str(files("commonground"))).resolve()
    root = package.parents[1]
    if package.parent.name == "src" and (root / "pyproject.toml").is_file():
        return root
    return None
