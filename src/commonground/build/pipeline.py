"""What the build makes from a content folder, and writing or checking it.

:func:`plan` maps every output file (relative to the output folder) to its exact text:
``notebooks/<id>.ipynb`` for each lesson and tool notebook in ``course.yaml``, and
``exercises/<name>.ipynb`` plus ``solutions/<name>.ipynb`` for each exercise notebook.
:func:`differences` compares a plan with what is on disk; :func:`write` writes what
changed and removes generated notebooks whose text is gone.
"""

from __future__ import annotations

import json
from pathlib import Path

from commonground import course
from commonground.build import steps
from commonground.errors import InputFileError

#: Output folders the build owns.
OUTPUTS = ("notebooks", "exercises", "solutions")


def render(text: str, ctx: steps.Context, pipeline) -> str:
    """Run the steps of ``pipeline`` over one text notebook; return the notebook's text."""
    nb = steps.read(text, ctx)
    for step in pipeline:
        nb = step(nb, ctx)
    return steps.write(nb, ctx)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputFileError(path, f"cannot read: {exc}") from None


def plan(content: Path, only: set[str] | None = None) -> dict[str, str]:
    """Every file the content folder produces: relative output path -> exact text.

    ``only`` limits the plan to the text notebooks of these names (file stems).
    """
    content = Path(content).resolve()
    table = course.load_course(content)
    label = content.name
    out: dict[str, str] = {}
    for entry in (*table.lessons, *table.tools):
        if only is not None and entry.id not in only:
            continue
        rel = f"{course.LESSONS_DIR}/{entry.path.name}"
        ctx = steps.Context(f"{label}/{rel}")
        out[f"notebooks/{entry.id}.ipynb"] = render(_read(entry.path), ctx, steps.LESSON_STEPS)
    for item in table.exercises:
        name = item["name"]
        if only is not None and name not in only:
            continue
        path = content / course.EXERCISES_DIR / f"{name}.md"
        if not path.is_file():
            raise InputFileError(table.table, f"exercise {name!r}: no file exercises/{name}.md")
        text = _read(path)
        lines = tuple(start for start, _source in course.code_cells(text))
        for folder, variant in (("exercises", "exercise"), ("solutions", "solution")):
            ctx = steps.Context(
                f"{label}/exercises/{name}.md",
                variant,
                str(item.get("questions", "")),
                lines,
                str(content),
            )
            out[f"{folder}/{name}.ipynb"] = render(text, ctx, steps.EXERCISE_STEPS)
    return out


def _generated(path: Path) -> bool:
    try:
        meta = json.loads(path.read_text(encoding="utf-8")).get("metadata", {})
    except (OSError, ValueError):
        return False
    return "generated_from" in meta.get("commonground", {})


def stale(out_dir: Path, planned: dict[str, str]) -> list[str]:
    """Generated notebooks in the output folders that the content no longer makes."""
    found = []
    for folder in OUTPUTS:
        for path in sorted((Path(out_dir) / folder).glob("*.ipynb")):
            rel = f"{folder}/{path.name}"
            if rel not in planned and _generated(path):
                found.append(rel)
    return found


def differences(out_dir: Path, planned: dict[str, str]) -> list[str]:
    """Output files (relative paths) that differ from the plan, or should be removed."""
    out = []
    for rel, text in planned.items():
        try:
            current = (Path(out_dir) / rel).read_bytes()
        except FileNotFoundError:
            current = None
        if current != text.encode("utf-8"):
            out.append(rel)
    return out + stale(out_dir, planned)


def write(out_dir: Path, planned: dict[str, str]) -> list[str]:
    """Write every output that changed, remove stale ones; return the paths touched."""
    from commonground import storage

    out_dir = Path(out_dir)
    changed = []
    for rel, text in planned.items():
        path = out_dir / rel
        if not path.exists() or path.read_bytes() != text.encode("utf-8"):
            path.parent.mkdir(parents=True, exist_ok=True)
            storage.atomic_write_text(path, text)
            changed.append(rel)
    for rel in stale(out_dir, planned):
        (out_dir / rel).unlink()
        changed.append(rel)
    return changed
