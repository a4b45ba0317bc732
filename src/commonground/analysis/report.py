"""``commonground report``: the trainer notebook run on a log and exported as HTML.

Where the notebook lives: the repository's ``notebooks/11_trainer_analysis.ipynb``,
found relative to this package (``src/commonground/../../notebooks``), which is where it
is in a clone with the editable install the project uses (``pip install -e .``). The
environment variable ``COMMONGROUND_NOTEBOOKS`` points elsewhere when needed. One copy
of the notebook, so what the trainer opens in Jupyter and what the report runs never
drift apart.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from commonground.errors import CommonGroundError, InputFileError

NOTEBOOK_NAME = "11_trainer_analysis.ipynb"
NOTEBOOKS_ENV = "COMMONGROUND_NOTEBOOKS"


def repo_root() -> Path:
    """The folder that holds ``src/`` (the repository, for the editable install)."""
    return Path(__file__).resolve().parents[3]


def notebook_path() -> Path:
    """Locate the trainer notebook, or raise a clear error."""
    folder = os.environ.get(NOTEBOOKS_ENV)
    path = Path(folder) / NOTEBOOK_NAME if folder else repo_root() / "notebooks" / NOTEBOOK_NAME
    if not path.is_file():
        raise CommonGroundError(
            f"trainer notebook not found at {path}; install from the repository "
            f"(pip install -e .) or set {NOTEBOOKS_ENV}"
        )
    return path


def sample_log_path() -> Path:
    """The shipped synthetic sample log."""
    return repo_root() / "data" / "sample_season_log.csv"


def resolve_log_path(log_path) -> Path:
    """Resolve the notebook's ``log_path``: absolute as given, else cwd, else the repo."""
    path = Path(log_path).expanduser()
    if path.is_absolute() or path.exists():
        return path.resolve()
    return (repo_root() / path).resolve()


def build_report(log_path, output, progress: bool = True) -> Path:
    """Run the trainer notebook on ``log_path`` and write code-free HTML to ``output``.

    The log is read once first, so a bad file fails fast with a one-line
    :class:`~commonground.errors.InputFileError` before any kernel starts.

    Returns
    -------
    Path
        The HTML file written.
    """
    import nbformat
    import papermill
    from nbconvert import HTMLExporter

    from commonground.outcomes import read_log
    from commonground.storage import atomic_write_text

    source = Path(log_path).expanduser().resolve()
    if not source.is_file():
        raise InputFileError(source, "no such file")
    read_log(source)
    notebook = notebook_path()
    with tempfile.TemporaryDirectory(prefix="commonground-report-") as work:
        executed = Path(work) / NOTEBOOK_NAME
        try:
            papermill.execute_notebook(
                str(notebook),
                str(executed),
                parameters={"log_path": str(source), "mark_complete": False},
                progress_bar=progress,
                cwd=work,
                kernel_name="python3",
            )
        except papermill.PapermillExecutionError as exc:
            raise CommonGroundError(
                f"the trainer notebook failed on {source}: {exc.ename}: {exc.evalue}"
            ) from exc
        nb = nbformat.read(executed, as_version=4)
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True)
    exporter.exclude_output_prompt = True
    html, _ = exporter.from_notebook_node(nb)
    path = atomic_write_text(Path(output), html)
    _readable_like_a_new_file(path)
    return path


def _readable_like_a_new_file(path: Path) -> None:
    """Give the report the permissions any new file would get (the temp file had 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    path.chmod(0o666 & ~umask)
