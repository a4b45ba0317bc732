"""The module map's layers hold: content, build, widgets and engine stay apart.

README's "Module map" names four layers. What this file checks, by reading every
module's imports (``ast``, nothing is run) and, once, by importing:

- the content layer (course table, questions, method, lesson data) and the build import
  no ipywidgets and no ``commonground.widgets`` when they are imported (a question's
  ``widget()`` may import its widget when called);
- the build imports no widgets at all, and widgets never import the build;
- the engine (role-play, line reader, planners, outcome data and analysis, workshop)
  imports no widgets at all.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "src" / "commonground"

CONTENT = ("course.py", "curriculum.py", "method.py", "questions", "lessons", "exercises")
BUILD = ("build",)
ENGINE = ("roleplay", "reader", "planners", "outcomes", "analysis", "workshop", "field_log")
WIDGETS = ("widgets",)
UI = ("ipywidgets", "commonground.widgets")


def _files(parts: tuple[str, ...]) -> list[Path]:
    found = []
    for part in parts:
        path = PKG / part
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    assert found and all(p.is_file() for p in found), parts
    return found


def _module(path: Path, root: Path) -> str:
    rel = path.relative_to(root.parent).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def imports(path: Path, at_import_only: bool, root: Path = PKG) -> set[str]:
    """Modules ``path`` imports (absolute names; ``from a import b`` gives a and a.b).

    With ``at_import_only``, imports inside functions (run only when called) are left out.
    """
    name = _module(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(
                child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
            )
            skip = at_import_only and in_function
            if isinstance(child, ast.Import) and not skip:
                found.update(alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and not skip:
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")[: len(package.split(".")) - child.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                found.add(base)
                found.update(f"{base}.{alias.name}" for alias in child.names)
            visit(child, inside)

    visit(ast.parse(path.read_text(encoding="utf-8")), False)
    return found


def _offending(paths, at_import_only: bool, prefixes: tuple[str, ...]) -> dict[str, list]:
    out = {}
    for path in paths:
        bad = sorted(
            m for m in imports(path, at_import_only) if m.split(".")[0] and m.startswith(prefixes)
        )
        if bad:
            out[str(path.relative_to(PKG))] = bad
    return out


def test_the_scanner_sees_top_level_lazy_and_relative_imports(tmp_path):
    pkg = tmp_path / "commonground" / "demo"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    mod = pkg / "mod.py"
    mod.write_text(
        "import ipywidgets as w\nfrom . import sibling\n"
        "def later():\n    from commonground.widgets import exercise\n"
    )
    root = tmp_path / "commonground"
    top = imports(mod, True, root)
    assert top == {"ipywidgets", "commonground.demo", "commonground.demo.sibling"}
    assert "commonground.widgets.exercise" in imports(mod, False, root)
    assert "commonground.widgets.exercise" not in top


@pytest.mark.parametrize("layer", [CONTENT, BUILD], ids=["content", "build"])
def test_content_and_build_import_no_widgets_when_imported(layer):
    assert _offending(_files(layer), True, UI) == {}


@pytest.mark.parametrize("layer", [BUILD, ENGINE], ids=["build", "engine"])
def test_build_and_engine_never_import_widgets(layer):
    assert _offending(_files(layer), False, UI) == {}


def test_widgets_never_import_the_build():
    assert _offending(_files(WIDGETS), False, ("commonground.build",)) == {}


def _fresh_python(code: str) -> subprocess.CompletedProcess:
    """Run ``code`` in a new interpreter (nothing imported yet); it must succeed."""
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )


def test_reading_questions_and_building_need_no_ipywidgets():
    """Importing the build and the questions, and reading a lesson's questions, in a
    fresh interpreter leaves ipywidgets unimported."""
    code = (
        "import sys\n"
        "import commonground.build, commonground.build.pipeline, commonground.build.solutions\n"
        "from commonground.questions import exercise_questions, self_check_questions\n"
        "import commonground.roleplay\n"
        "assert exercise_questions('06') and self_check_questions('06')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'ipywidgets'"
        " or m.startswith('commonground.widgets')))\n"
    )
    done = _fresh_python(code)
    assert done.stdout.strip() == "[]", done.stdout


def test_the_readme_module_map_names_the_layers_checked_here():
    readme = (PKG.parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Module map", 1)[1].split("\n## ", 1)[0]
    rows = {
        line.split("|")[1].strip(): line
        for line in section.splitlines()
        if line.startswith("| ") and not line.startswith("| layer")
    }
    assert set(rows) == {"content", "build", "widgets", "engine"}
    for layer, parts in (("content", CONTENT), ("build", BUILD), ("engine", ENGINE)):
        for part in parts:
            assert f".{part.removesuffix('.py')}`" in rows[layer], (layer, part)
    assert "`commonground.widgets`" in rows["widgets"]


def test_package_exports_are_imported_on_first_use():
    """``commonground.lazy.exports``: a package's names import only their submodule."""
    code = (
        "import sys\n"
        "import commonground.widgets as w, commonground.questions as q\n"
        "before = 'commonground.widgets.lesson_check' in sys.modules\n"
        "w.self_check\n"
        "after = 'commonground.widgets.lesson_check' in sys.modules\n"
        "try:\n    q.no_such_name\nexcept AttributeError as e:\n    err = str(e)\n"
        "print(before, after, 'self_check' in dir(w), 'practice_questions' in dir(q), err)\n"
    )
    done = _fresh_python(code)
    assert done.stdout.split(" ", 4) == [
        "False",
        "True",
        "True",
        "True",
        "module 'commonground.questions' has no attribute 'no_such_name'\n",
    ]
