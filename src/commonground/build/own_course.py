"""A course of one's own: build a campaign's copy of ``content/`` and say how to serve it.

A campaign copies ``content/`` (the whole folder), edits the words and examples, and may
add its own role-play scenarios in ``<content>/scenarios/``. :func:`prepare` builds that
folder into notebooks and returns the environment that makes the program read the same
copy at run time: ``$COMMONGROUND_CONTENT`` (titles, goals, the paths),
``$COMMONGROUND_SCENARIOS`` (when the copy has scenarios) and ``$COMMONGROUND_NOTEBOOKS``.
``commonground app --content DIR`` uses it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from commonground.errors import CommonGroundError

SCENARIOS = "scenarios"


def environment(content: Path, out: Path) -> dict[str, str]:
    """The variables that point the program (and its kernels) at this course."""
    from commonground import resources

    env = {
        resources.CONTENT_ENV: str(Path(content).resolve()),
        resources.NOTEBOOKS_ENV: str((Path(out) / "notebooks").resolve()),
    }
    scenarios = Path(content) / SCENARIOS
    if scenarios.is_dir():
        env[resources.SCENARIOS_ENV] = str(scenarios.resolve())
    return env


def prepare(content: str | Path, out: str | Path | None = None) -> tuple[Path, dict[str, str]]:
    """Build ``content`` into ``out`` (default: a new temporary folder).

    Returns
    -------
    (Path, dict)
        The built ``notebooks/`` folder, and the environment variables to serve it with.

    Raises
    ------
    CommonGroundError
        When ``content`` is not a content folder, or a file in it is wrong (file, line).
    """
    from commonground import build

    content = Path(content).expanduser()
    if not (content / "course.yaml").is_file():
        raise CommonGroundError(
            f"{content}: not a content folder (no course.yaml); copy the course's content/ "
            "folder and edit the copy"
        )
    out = Path(out) if out else Path(tempfile.mkdtemp(prefix="commonground-course-"))
    build.build(content, out)
    return out / "notebooks", environment(content, out)
