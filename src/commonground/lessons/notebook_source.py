"""Shared helpers for the scripts in ``tools/`` that write lesson notebooks from text.

Every lesson notebook is generated: its cells are written as Python strings in a
``tools/build_*.py`` script, and these helpers turn them into a notebook with no outputs,
the ``python3`` kernel and stable cell ids, so running a script again changes nothing
unless its text changed (tests compare the committed files with :func:`render`).
"""

from __future__ import annotations

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

METADATA = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}


def md(text: str) -> nbformat.NotebookNode:
    """A Markdown cell (surrounding blank lines removed)."""
    return new_markdown_cell(text.strip("\n"))


def code(text: str) -> nbformat.NotebookNode:
    """A code cell with no outputs (surrounding blank lines removed)."""
    return new_code_cell(text.strip("\n"))


def notebook(cells: list, id_prefix: str) -> nbformat.NotebookNode:
    """A notebook of ``cells`` with ids ``<id_prefix>-00``, ``-01``, ... and no outputs."""
    nb = new_notebook(cells=[nbformat.from_dict(c) for c in cells])
    nb.metadata = {key: dict(value) for key, value in METADATA.items()}
    for n, cell in enumerate(nb.cells):
        cell["id"] = f"{id_prefix}-{n:02d}"
    return nb


def render(nb: nbformat.NotebookNode) -> str:
    """The notebook file's exact text (what the builder scripts write)."""
    return nbformat.writes(nb) + "\n"


def write_lessons(lessons: dict[str, list], notebooks_dir) -> list:
    """Write each ``lesson_id -> cells`` to ``<notebooks_dir>/<lesson_id>.ipynb``.

    Cell ids take the lesson number (``"04-00"``, ...). Returns the paths written.
    """
    from pathlib import Path

    written = []
    for lesson_id, cells in lessons.items():
        path = Path(notebooks_dir) / f"{lesson_id}.ipynb"
        path.write_text(render(notebook(cells, lesson_id[:2])), encoding="utf-8")
        written.append(path)
    return written
