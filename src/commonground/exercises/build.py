"""Build ``exercises/`` and ``solutions/`` from the one master of each notebook.

Where things are
    The repository root is the nearest folder, from the current directory upwards, that
    holds both ``masters/`` and ``pyproject.toml`` (or the one given with ``--root``);
    failing that, the clone this package is installed from (editable; see
    :func:`commonground.resources.checkout_root`). A wheel install has no masters: building
    is a job for a clone. Each
    ``masters/<name>.ipynb`` becomes ``exercises/<name>.ipynb`` and
    ``solutions/<name>.ipynb``.

Markers in a master
    In a code cell, the lines between ``# BEGIN SOLUTION`` and ``# END SOLUTION`` are the
    answer. The solution notebook keeps them (without the marker lines); the exercise
    notebook replaces them with one ``name = ____  # your answer here`` line per variable
    the block assigns (or ``# your code here`` when it assigns none), at the same indent.
    A cell tagged ``solution`` appears only in the solution notebook; one tagged
    ``exercise`` only in the exercise notebook.

Output
    Outputs stripped, execution counts null, cell ids kept from the master, only a
    minimal fixed metadata, written byte for byte as ``nbformat`` writes (plain ``json``
    here, so ``--check`` starts fast; the tests validate every output with nbformat):
    the same masters always give the same bytes.
    ``commonground exercises build --check`` compares instead of writing.
"""

from __future__ import annotations

import ast
import json
import textwrap
from pathlib import Path

from commonground.errors import CommonGroundError, InputFileError

MASTERS = "masters"
#: output folder -> which variant of the master it receives.
VARIANTS = {"exercises": "exercise", "solutions": "solution"}
BEGIN = "# BEGIN SOLUTION"
END = "# END SOLUTION"
ANSWER = "____  # your answer here"
#: Cell tags that select a variant; they are removed from the output.
VARIANT_TAGS = {"solution", "exercise"}
_KERNELSPEC = {"display_name": "Python 3", "language": "python", "name": "python3"}


def find_root(start: str | Path | None = None) -> Path:
    """The repository root: the nearest folder upwards with ``masters/`` and ``pyproject.toml``.

    Raises
    ------
    CommonGroundError
        When no such folder is found from ``start`` (default: the current directory) nor
        from the clone this package is installed from.
    """
    from commonground.resources import checkout_root

    here = Path(start or Path.cwd()).resolve()
    candidates = [here, *here.parents]
    if checkout_root() is not None:
        candidates.append(checkout_root())
    for folder in candidates:
        if (folder / MASTERS).is_dir() and (folder / "pyproject.toml").is_file():
            return folder
    raise CommonGroundError(
        f"cannot find the repository root (a folder with {MASTERS}/ and pyproject.toml) from "
        f"{here}; run from inside the repository or pass --root"
    )


def _assigned_names(block: list[str], where: str) -> list[str]:
    try:
        tree = ast.parse(textwrap.dedent("\n".join(block)))
    except SyntaxError as exc:
        raise CommonGroundError(
            f"{where}: the solution block is not valid Python ({exc.msg})"
        ) from None
    names: list[str] = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, (ast.AnnAssign, ast.AugAssign)):
            targets = [node.target]
        for target in targets:
            for leaf in ast.walk(target):
                if isinstance(leaf, ast.Name) and leaf.id not in names:
                    names.append(leaf.id)
    return names


def transform_source(source: str, variant: str, where: str = "cell") -> str:
    """Apply the solution markers of one code cell for ``variant`` (exercise or solution)."""
    out: list[str] = []
    block: list[str] | None = None
    indent = ""
    for line in source.split("\n"):
        marker = line.strip()
        if marker == BEGIN:
            if block is not None:
                raise CommonGroundError(f"{where}: {BEGIN} inside another solution block")
            block, indent = [], line[: len(line) - len(line.lstrip())]
        elif marker == END:
            if block is None:
                raise CommonGroundError(f"{where}: {END} without {BEGIN}")
            if variant == "solution":
                out.extend(block)
            else:
                names = _assigned_names(block, where)
                out.extend(f"{indent}{n} = {ANSWER}" for n in names)
                if not names:
                    out.append(f"{indent}# your code here")
            block = None
        elif block is not None:
            block.append(line)
        else:
            out.append(line)
    if block is not None:
        raise CommonGroundError(f"{where}: {BEGIN} without {END}")
    return "\n".join(out)


def _cell(cell_type: str, source: str, cell_id: str, tags: list[str] | None = None) -> dict:
    """A stripped cell, as nbformat v4.5 writes it."""
    cell = {"cell_type": cell_type, "id": cell_id, "metadata": {}, "source": source}
    if tags:
        cell["metadata"]["tags"] = tags
    if cell_type == "code":
        cell.update(execution_count=None, outputs=[])
    return cell


def _banner(master_rel: str, variant: str) -> dict:
    what = "Exercises" if variant == "exercise" else "Solutions"
    text = (
        f"*{what}: generated from `{master_rel}` by `commonground exercises build`. "
        "Instructors: edit the master, then rebuild; do not edit this file by hand.*"
    )
    return _cell("markdown", text, "generated-note")


def _read_master(master: Path) -> dict:
    """The master as plain JSON (nbformat itself is only needed to validate, in tests)."""
    try:
        nb = json.loads(master.read_text(encoding="utf-8"))
        if nb.get("nbformat") != 4 or not isinstance(nb.get("cells"), list):
            raise ValueError("not an nbformat 4 notebook")
    except (OSError, ValueError) as exc:
        raise InputFileError(master, f"not a readable notebook ({exc})") from exc
    return nb


def _text(source) -> str:
    return "".join(source) if isinstance(source, list) else str(source)


def notebook_text(nb: dict) -> str:
    """Serialise a notebook exactly as ``nbformat.writes`` does (sources split in lines)."""
    for cell in nb["cells"]:
        cell["source"] = cell["source"].splitlines(True)
    text = json.dumps(nb, indent=1, sort_keys=True, separators=(",", ": "), ensure_ascii=False)
    return text + "\n"


def render(master: Path, variant: str, root: Path, nb: dict | None = None) -> str:
    """The exercise or solution notebook for one master, as the exact text to write.

    ``nb`` is the master already read (so a build reads each master once).
    """
    if variant not in VARIANTS.values():
        raise ValueError(f"variant must be one of {sorted(VARIANTS.values())}")
    rel = master.relative_to(root).as_posix()
    nb = _read_master(master) if nb is None else nb
    cells = [_banner(rel, variant)]
    seen = {"generated-note"}
    drop = "exercise" if variant == "solution" else "solution"
    for index, cell in enumerate(nb["cells"]):
        tags = list(cell.get("metadata", {}).get("tags", []))
        if drop in tags:
            continue
        cell_id = cell.get("id") or f"cell-{index}"
        if cell_id in seen:
            raise InputFileError(master, f"cell {index}: duplicate cell id {cell_id!r}")
        seen.add(cell_id)
        kind = cell.get("cell_type")
        if kind not in ("code", "markdown", "raw"):
            raise InputFileError(master, f"cell {index}: unknown cell type {kind!r}")
        source = _text(cell.get("source", ""))
        if kind == "code":
            source = transform_source(source, variant, f"{rel}, cell {index} ({cell_id})")
        cells.append(_cell(kind, source, cell_id, [t for t in tags if t not in VARIANT_TAGS]))
    out = {
        "cells": cells,
        "metadata": {
            "commonground": {"generated_from": rel, "variant": variant},
            "kernelspec": dict(_KERNELSPEC),
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return notebook_text(out)


def masters(root: Path) -> list[Path]:
    """The master notebooks, sorted by name."""
    return sorted((root / MASTERS).glob("*.ipynb"))


def plan(root: Path) -> dict[Path, str]:
    """Every file the masters produce: output path -> its exact text."""
    found = masters(root)
    if not found:
        raise CommonGroundError(f"no master notebooks in {root / MASTERS}")
    out = {}
    for master in found:
        nb = _read_master(master)
        for folder, variant in VARIANTS.items():
            out[root / folder / master.name] = render(master, variant, root, nb)
    return out


def _generated(path: Path) -> bool:
    try:
        meta = json.loads(path.read_text(encoding="utf-8")).get("metadata", {})
    except (OSError, ValueError):
        return False
    return "generated_from" in meta.get("commonground", {})


def stale(root: Path, planned: dict[Path, str]) -> list[Path]:
    """Generated notebooks in the output folders whose master no longer exists."""
    return [
        path
        for folder in VARIANTS
        for path in sorted((root / folder).glob("*.ipynb"))
        if path not in planned and _generated(path)
    ]


def differences(root: Path) -> list[str]:
    """Output files (relative paths) that differ from what the masters produce."""
    planned = plan(root)
    out = []
    for path, text in planned.items():
        try:
            current = path.read_bytes()
        except FileNotFoundError:
            current = None
        if current != text.encode("utf-8"):
            out.append(path.relative_to(root).as_posix())
    out += [p.relative_to(root).as_posix() for p in stale(root, planned)]
    return out


def build(root: Path) -> list[str]:
    """Write every output that changed and remove stale generated ones.

    Returns
    -------
    list of str
        The relative paths written or removed.
    """
    from commonground import storage

    planned = plan(root)
    changed = []
    for path, text in planned.items():
        if not path.exists() or path.read_bytes() != text.encode("utf-8"):
            storage.atomic_write_text(path, text)
            changed.append(path.relative_to(root).as_posix())
    for path in stale(root, planned):
        path.unlink()
        changed.append(path.relative_to(root).as_posix())
    return changed
