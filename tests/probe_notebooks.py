"""A folder with one one-cell notebook, for tests that serve pages (room, hub)."""

from __future__ import annotations

from pathlib import Path

import nbformat


def one_cell_notebook(folder: Path, source: str, name: str = "probe.ipynb") -> Path:
    """Make ``folder`` holding the notebook ``name`` whose only cell runs ``source``."""
    folder.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.cells = [nbformat.v4.new_code_cell(source)]
    nbformat.write(nb, folder / name)
    return folder
