"""One source: masters/ -> exercises/ + solutions/, deterministic, checked like nbdev's CI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commonground import cli
from commonground.errors import CommonGroundError
from commonground.exercises import build, catalog

ROOT = Path(__file__).resolve().parents[1]


def test_check_passes_on_main(capsys):
    # The committed exercises/ and solutions/ are exactly what the masters produce.
    assert cli.main(["exercises", "build", "--check", "--root", str(ROOT)]) == 0
    assert "match" in capsys.readouterr().out


def test_every_catalog_notebook_has_a_master_and_both_outputs():
    names = {p.stem for p in build.masters(ROOT)}
    assert names == set(catalog.NOTEBOOKS)
    for name in names:
        assert (ROOT / "exercises" / f"{name}.ipynb").is_file()
        assert (ROOT / "solutions" / f"{name}.ipynb").is_file()


@pytest.mark.parametrize("master", build.masters(ROOT), ids=lambda p: p.stem)
def test_outputs_are_valid_notebooks_written_as_nbformat_writes_them(master):
    for variant in ("exercise", "solution"):
        text = build.render(master, variant, ROOT)
        nb = nbformat.reads(text, as_version=4)
        nbformat.validate(nb)
        assert nbformat.writes(nb) + "\n" == text  # Jupyter's own bytes: no churn on save


def test_render_is_byte_deterministic():
    master = build.masters(ROOT)[0]
    first = build.render(master, "exercise", ROOT)
    assert first == build.render(master, "exercise", ROOT)
    nb = nbformat.reads(first, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["commonground"]["generated_from"] == f"masters/{master.name}"


@pytest.mark.parametrize("master", build.masters(ROOT), ids=lambda p: p.stem)
def test_exercise_has_no_answers_and_solution_has_them(master):
    exercise = nbformat.reads(build.render(master, "exercise", ROOT), as_version=4)
    solution = nbformat.reads(build.render(master, "solution", ROOT), as_version=4)
    ex_src = "\n".join(c.source for c in exercise.cells)
    sol_src = "\n".join(c.source for c in solution.cells)
    assert "BEGIN SOLUTION" not in ex_src + sol_src
    assert "assert_all_correct" not in ex_src  # solution-only cell removed
    assert "assert_all_correct" in sol_src
    module = catalog.NOTEBOOKS[master.stem]
    for n, q in enumerate(catalog.questions_of(module), 1):
        assert f"answer_{n} = ____  # your answer here" in ex_src
        assert f"q{n}.check(answer_{n})" in ex_src and f"q{n}.check(answer_{n})" in sol_src
        # Checks, hints and model answers stay in the package.
        for hint in q.hints:
            assert hint not in ex_src
        assert q.explanation not in ex_src
    # Same cell ids in both, stable across builds.
    assert [c.id for c in exercise.cells] == [c.id for c in solution.cells][: len(exercise.cells)]


@pytest.mark.parametrize("master", build.masters(ROOT), ids=lambda p: p.stem)
def test_master_headings_match_question_titles(master):
    nb = nbformat.read(master, as_version=4)
    headings = [c.source for c in nb.cells if c.cell_type == "markdown" and "## " in c.source]
    module = catalog.NOTEBOOKS[master.stem]
    for n, q in enumerate(catalog.questions_of(module), 1):
        assert any(f"{n}. {q.title}" in h for h in headings), q.id


def test_transform_replaces_each_assigned_name_at_its_indent():
    source = (
        "for x in range(2):\n"
        "    # BEGIN SOLUTION\n"
        "    a, b = 1, 2\n"
        "    c: int = 3\n"
        "    # END SOLUTION\n"
        "print(a)"
    )
    ex = build.transform_source(source, "exercise")
    assert ex.splitlines()[1:4] == [
        "    a = ____  # your answer here",
        "    b = ____  # your answer here",
        "    c = ____  # your answer here",
    ]
    sol = build.transform_source(source, "solution")
    assert "BEGIN" not in sol and "    a, b = 1, 2" in sol
    code_only = build.transform_source("# BEGIN SOLUTION\nprint(1)\n# END SOLUTION", "exercise")
    assert code_only == "# your code here"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("# BEGIN SOLUTION\nx = 1", "without # END"),
        ("x = 1\n# END SOLUTION", "without # BEGIN"),
        ("# BEGIN SOLUTION\n# BEGIN SOLUTION\n# END SOLUTION", "inside another"),
        ("# BEGIN SOLUTION\nx = (\n# END SOLUTION", "not valid Python"),
    ],
)
def test_bad_markers_are_named(source, message):
    with pytest.raises(CommonGroundError, match=message):
        build.transform_source(source, "exercise", where="masters/x.ipynb, cell 3")


def _tmp_repo(tmp_path: Path) -> Path:
    (tmp_path / "pyproject.toml").write_text("[project]\nname='x'\n")
    shutil.copytree(ROOT / "masters", tmp_path / "masters")
    for folder in ("exercises", "solutions"):
        (tmp_path / folder).mkdir()
    return tmp_path


def test_build_then_check_then_drift_is_named(tmp_path, capsys):
    root = _tmp_repo(tmp_path)
    assert cli.main(["exercises", "build", "--root", str(root)]) == 0
    assert cli.main(["exercises", "build", "--check", "--root", str(root)]) == 0
    # A second build changes nothing.
    assert build.build(root) == []
    # Hand-edit one output and add a stale generated one: --check names both, exits 1.
    target = root / "exercises" / "06_the_ask_exercises.ipynb"
    nb = json.loads(target.read_text())
    nb["cells"][2]["source"] = ["answer_1 = 'hand edited'\n"]
    target.write_text(json.dumps(nb))
    shutil.copy(root / "solutions" / "06_the_ask_exercises.ipynb", root / "solutions" / "old.ipynb")
    capsys.readouterr()
    assert cli.main(["exercises", "build", "--check", "--root", str(root)]) == 1
    err = capsys.readouterr().err
    assert "exercises/06_the_ask_exercises.ipynb" in err and "solutions/old.ipynb" in err
    assert "Traceback" not in err
    # Building again repairs the drift and removes the stale file.
    changed = build.build(root)
    assert sorted(changed) == ["exercises/06_the_ask_exercises.ipynb", "solutions/old.ipynb"]
    assert build.differences(root) == []


def test_hand_written_files_are_never_removed(tmp_path):
    root = _tmp_repo(tmp_path)
    mine = root / "exercises" / "my_own.ipynb"
    nb = nbformat.v4.new_notebook()
    nbformat.write(nb, mine)
    build.build(root)
    assert mine.exists()


def test_root_is_found_from_a_subfolder(tmp_path, monkeypatch):
    root = _tmp_repo(tmp_path)
    (root / "exercises" / "deep").mkdir()
    monkeypatch.chdir(root / "exercises" / "deep")
    assert build.find_root() == root.resolve()


def test_unreadable_master_is_named(tmp_path, capsys):
    root = _tmp_repo(tmp_path)
    (root / "masters" / "broken.ipynb").write_text("{not json")
    assert cli.main(["exercises", "build", "--root", str(root)]) == 1
    err = capsys.readouterr().err
    assert "broken.ipynb" in err and "Traceback" not in err


def test_masters_are_stripped_and_not_collected():
    for master in build.masters(ROOT):
        nb = json.loads(master.read_text())
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                assert cell["outputs"] == [] and cell["execution_count"] is None
    conftest = (ROOT / "masters" / "conftest.py").read_text()
    assert "collect_ignore_glob" in conftest and "*.ipynb" in conftest


def test_list_names_every_notebook_and_question(capsys):
    assert cli.main(["exercises", "list"]) == 0
    out = capsys.readouterr().out
    for name, module in catalog.NOTEBOOKS.items():
        assert name in out
        for q in catalog.questions_of(module):
            assert q.id in out and q.title in out


def test_check_is_stable_across_interpreter_hash_seeds():
    import os
    import subprocess
    import sys

    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-m", "commonground", "exercises", "build", "--check"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr


_plain_line = st.text(alphabet="abcxyz =+()'\"0123456789#", max_size=20).filter(
    lambda s: s.strip() not in (build.BEGIN, build.END)
)


@settings(max_examples=60, deadline=None)
@given(
    before=st.lists(_plain_line, max_size=4),
    names=st.lists(st.sampled_from(["a", "b", "answer_1", "df"]), min_size=0, max_size=3),
    after=st.lists(_plain_line, max_size=4),
)
def test_markers_property(before, names, after):
    block = [f"{n} = {i}" for i, n in enumerate(names)] or ["print('work')"]
    source = "\n".join([*before, build.BEGIN, *block, build.END, *after])
    solution = build.transform_source(source, "solution")
    exercise = build.transform_source(source, "exercise")
    # The solution is the source without its two marker lines.
    assert solution.split("\n") == [*before, *block, *after]
    # The exercise keeps everything outside the block and none of the block's lines.
    lines = exercise.split("\n")
    assert lines[: len(before)] == before and lines[len(lines) - len(after) :] == after
    middle = lines[len(before) : len(lines) - len(after)]
    unique = list(dict.fromkeys(names))
    expected = [f"{n} = ____  # your answer here" for n in unique] or ["# your code here"]
    assert middle == expected
