"""Run the generated notebooks: every solution check passes, every exercise check is
"not attempted".

The tests here execute each notebook's code cells in-process (seconds for all of them).
`make test` also runs them all under nbval, in a real kernel, and then reads the
machine-readable result each check displayed there (``check results``, added after each
notebook's last cell by tests/nbval_runs.py; tests/test_plain_words.py checks every
exercise and solution notebook gets it).
"""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

import nbformat
import pytest

from commonground.exercises import catalog

ROOT = Path(__file__).resolve().parents[1]
NAMES = sorted(catalog.NOTEBOOKS)


def _run_in_process(path: Path) -> dict:
    """Execute a notebook's code cells in one namespace, from the notebook's folder."""
    module = catalog.NOTEBOOKS[path.stem]
    catalog.reset(module)
    nb = nbformat.read(path, as_version=4)
    namespace: dict = {"__name__": "__main__"}
    old = Path.cwd()
    os.chdir(path.parent)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            for cell in nb.cells:
                if cell.cell_type == "code":
                    exec(compile(cell.source, f"{path.name}:{cell.id}", "exec"), namespace)
    finally:
        os.chdir(old)
    return {q.id: q.last_result for q in catalog.questions_of(module)}


@pytest.mark.parametrize("name", NAMES)
def test_solution_notebook_passes_every_check(name):
    path = ROOT / "solutions" / f"{name}.ipynb"
    if not path.exists():
        pytest.fail(f"{path} is missing: run `commonground exercises build`")
    results = _run_in_process(path)
    assert results and all(r is not None for r in results.values()), "a question was never checked"
    assert {qid: r.status for qid, r in results.items()} == dict.fromkeys(results, "correct")


@pytest.mark.parametrize("name", NAMES)
def test_exercise_notebook_runs_with_every_check_not_attempted(name):
    path = ROOT / "exercises" / f"{name}.ipynb"
    if not path.exists():
        pytest.fail(f"{path} is missing: run `commonground exercises build`")
    results = _run_in_process(path)
    assert results and all(r is not None for r in results.values()), "a question was never checked"
    statuses = {qid: r.status for qid, r in results.items()}
    assert statuses == dict.fromkeys(results, "not_attempted")
