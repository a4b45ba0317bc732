"""``commonground report``: the trainer notebook run on a log and exported as HTML.

The notebook is the lesson ``11_trainer_analysis.ipynb``, found by
:func:`commonground.resources.report_notebook` (package data; in a clone, the top-level
``notebooks/`` folder; ``$COMMONGROUND_NOTEBOOKS`` points elsewhere). One copy of the
notebook, so what the trainer opens in Jupyter and what the report runs never drift apart.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from commonground import resources
from commonground.errors import CommonGroundError, InputFileError

NOTEBOOK_NAME = resources.REPORT_NOTEBOOK
#: Cells tagged so are the lesson's own words (its length, how to change a cell...):
#: the report is about the trainer's log and leaves them out.
LESSON_ONLY_TAG = "lesson-only"
NOTEBOOKS_ENV = resources.NOTEBOOKS_ENV


def notebook_path() -> Path:
    """Locate the trainer notebook, or raise a clear error."""
    path = resources.report_notebook()
    if not path.is_file():
        raise CommonGroundError(
            f"trainer notebook not found at {path}; reinstall commonground, or set "
            f"{NOTEBOOKS_ENV} to the folder that holds {NOTEBOOK_NAME}"
        )
    return path


def resolve_log_path(log_path) -> Path:
    """Resolve the notebook's ``log_path`` (see :func:`commonground.resources.find_file`).

    A path found nowhere comes back resolved from the current folder, so the error that
    follows names the file the user meant.
    """
    found = resources.find_file(log_path)
    return found if found is not None else Path(log_path).expanduser().resolve()


def build_report(
    log_path,
    output,
    progress: bool = True,
    show_names: bool = False,
    sheet: str | list[str] | None = None,
    date_order: str | None = None,
) -> tuple[Path, int]:
    """Run the trainer notebook on ``log_path`` and write code-free HTML to ``output``.

    ``sheet`` and ``date_order`` say how to read the log, as for
    :func:`commonground.outcomes.sheet_log.read_sheets` (``sheet``: one sheet, a list
    of them or ``["all"]``, read as one log); the notebook reads it the same way.

    Organizers are pseudonyms and names in ask types hidden unless ``show_names``
    (see :mod:`commonground.analysis.shown`).

    The log is read once first, so a bad file fails fast with a one-line
    :class:`~commonground.errors.InputFileError` before any kernel starts.

    Returns
    -------
    tuple
        ``(path, left_out)``: the HTML file written and the number of rows quarantined
        (not analysed; the report lists them).
    """
    from commonground.schema_import import import_jsonschema

    import_jsonschema()  # before nbformat and papermill import it (see schema_import)
    import nbformat
    import papermill

    from commonground.analysis.report_tables import report_name
    from commonground.outcomes.sheet_log import read_sheets
    from commonground.storage import atomic_write_text

    source = Path(log_path).expanduser().resolve()
    if not source.is_file():
        raise InputFileError(source, "no such file")
    checked = read_sheets(source, sheet, show_names=show_names, date_order=date_order)
    left_out = len(checked.quarantine)
    if len(checked.accepted) == 0:  # nothing to analyse: refuse before any kernel starts
        raise InputFileError(
            source,
            f"no row can be analysed: all {checked.n_read} row(s) were quarantined "
            "(commonground log validate names each); no report written",
        )
    notebook = notebook_path()
    with tempfile.TemporaryDirectory(prefix="commonground-report-") as work:
        executed = Path(work) / NOTEBOOK_NAME
        try:
            papermill.execute_notebook(
                str(notebook),
                str(executed),
                parameters={
                    "log_path": str(source),
                    "mark_complete": False,
                    "show_names": show_names,
                    "sheet": sheet,
                    "date_order": date_order,
                },
                progress_bar=progress,
                cwd=work,
                kernel_name="python3",
            )
        except papermill.PapermillExecutionError as exc:
            raise CommonGroundError(
                f"the trainer notebook failed on {source}: {exc.ename}: {exc.evalue}"
            ) from exc
        nb = nbformat.read(executed, as_version=4)
    html = _export_html(nb, f"Which asks convert: {report_name(source, show_names)}")
    path = atomic_write_text(Path(output), html)
    _readable_like_a_new_file(path)
    return path, left_out


def _export_html(nb, page_title: str) -> str:
    """The executed notebook as HTML: no code, no prompts, no lesson-only cells."""
    from nbconvert import HTMLExporter

    nb.metadata["title"] = page_title  # the browser tab's name, not the notebook's file
    nb.cells = [c for c in nb.cells if LESSON_ONLY_TAG not in c.metadata.get("tags", [])]
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True)
    exporter.exclude_output_prompt = True
    html, _ = exporter.from_notebook_node(nb)
    return html


def _readable_like_a_new_file(path: Path) -> None:
    """Give the report the permissions any new file would get (the temp file had 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    path.chmod(0o666 & ~umask)
