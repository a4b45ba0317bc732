"""``commonground build``: content/ (text) -> notebooks/, exercises/, solutions/.

The committed notebooks are exactly what the text makes (CI runs ``build --check``
here), a drifted file is named, two builds give the same bytes, an edited copy of the
content builds into another folder, solutions get their model answers from the
questions and exercises never contain them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest
import yaml

from commonground import cli, course, curriculum
from commonground.build import pipeline, solutions, steps

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"


@pytest.fixture(scope="module")
def planned() -> dict[str, str]:
    return pipeline.plan(CONTENT)


@pytest.fixture()
def campaign(tmp_path) -> Path:
    """A campaign's own copy of content/, in a folder of its own."""
    folder = tmp_path / "campaign" / "content"
    shutil.copytree(CONTENT, folder)
    return folder


def test_check_passes_on_the_clone(capsys):
    assert cli.main(["build", "--check"]) == 0
    assert "match content/" in capsys.readouterr().out


def test_every_notebook_in_the_output_folders_comes_from_content(planned):
    for folder in pipeline.OUTPUTS:
        for path in (ROOT / folder).glob("*.ipynb"):
            assert f"{folder}/{path.name}" in planned, path
    table = course.load_course(CONTENT)
    assert {f"notebooks/{e.id}.ipynb" for e in (*table.lessons, *table.tools)} == {
        rel for rel in planned if rel.startswith("notebooks/")
    }


def test_drift_is_detected_and_named(campaign, capsys):
    out = campaign.parent
    assert cli.main(["build", "--content", str(campaign), "-o", str(out)]) == 0
    capsys.readouterr()
    assert cli.main(["build", "--check", "--content", str(campaign), "-o", str(out)]) == 0
    capsys.readouterr()
    edited = out / "notebooks" / "06_the_ask.ipynb"
    edited.write_text(edited.read_text().replace("clear and specific", "vague"))
    (out / "solutions" / "06_the_ask_exercises.ipynb").unlink()
    before = sorted(p.read_bytes() for p in out.rglob("*.ipynb"))
    assert cli.main(["build", "--check", "--content", str(campaign), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "notebooks/06_the_ask.ipynb" in err
    assert "solutions/06_the_ask_exercises.ipynb" in err
    assert "notebooks/07_responding.ipynb" not in err
    assert sorted(p.read_bytes() for p in out.rglob("*.ipynb")) == before  # wrote nothing


def test_a_notebook_whose_text_is_gone_is_stale(campaign, capsys):
    out = campaign.parent
    assert cli.main(["build", "--content", str(campaign), "-o", str(out)]) == 0
    table = campaign / "course.yaml"
    table.write_text(table.read_text().replace("  - log_a_1on1\n", ""))
    assert cli.main(["build", "--check", "--content", str(campaign), "-o", str(out)]) == 1
    assert "notebooks/log_a_1on1.ipynb" in capsys.readouterr().err
    assert cli.main(["build", "--content", str(campaign), "-o", str(out)]) == 0
    assert not (out / "notebooks" / "log_a_1on1.ipynb").exists()


def test_two_builds_are_byte_identical(planned, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    pipeline.write(first, planned)
    pipeline.write(second, pipeline.plan(CONTENT))
    files = sorted(p.relative_to(first) for p in first.rglob("*.ipynb"))
    assert len(files) == len(planned)
    for rel in files:
        assert (first / rel).read_bytes() == (second / rel).read_bytes(), rel


def test_outputs_are_valid_stripped_and_as_jupyter_writes_them(planned):
    for rel, text in planned.items():
        nb = nbformat.reads(text, as_version=4)
        nbformat.validate(nb)
        assert nbformat.writes(nb) + "\n" == text, rel  # no churn when saved in Jupyter
        assert all(
            c.outputs == [] and c.execution_count is None for c in nb.cells if c.cell_type == "code"
        )
        ids = [c.id for c in nb.cells]
        assert len(ids) == len(set(ids)), rel
        assert nb.metadata.commonground.generated_from.startswith("content/")


def test_an_edited_lesson_shows_up_in_the_build(campaign, capsys):
    lesson = campaign / "lessons" / "06_the_ask.md"
    text = lesson.read_text(encoding="utf-8")
    assert "## One clear, specific thing" in text
    lesson.write_text(text.replace("## One clear, specific thing", "## Ask for one thing"))
    out = campaign.parent / "built"
    assert cli.main(["build", "--content", str(campaign), "-o", str(out)]) == 0
    assert f"commonground app --content {campaign}" in capsys.readouterr().out
    nb = nbformat.read(out / "notebooks" / "06_the_ask.ipynb", as_version=4)
    headings = [c.source.split("\n")[0] for c in nb.cells if c.cell_type == "markdown"]
    assert "## Ask for one thing" in headings
    assert "## One clear, specific thing" not in headings
    assert nb.metadata.commonground.generated_from == "content/lessons/06_the_ask.md"


def _exercise_sets() -> list[tuple[str, str]]:
    return [(e["name"], e["questions"]) for e in course.load_course(CONTENT).exercises]


@pytest.mark.parametrize("name,questions", _exercise_sets(), ids=lambda v: str(v)[:12])
def test_solutions_are_filled_from_the_questions_and_exercises_have_none(planned, name, questions):
    import importlib

    module = importlib.import_module(f"commonground.exercises.{questions}")
    text = (CONTENT / "exercises" / f"{name}.md").read_text(encoding="utf-8")
    exercise = nbformat.reads(planned[f"exercises/{name}.ipynb"], as_version=4)
    solution = nbformat.reads(planned[f"solutions/{name}.ipynb"], as_version=4)
    ex_src = "\n".join(c.source for c in exercise.cells)
    sol_src = "\n".join(c.source for c in solution.cells)
    assert "assert_all_correct" in sol_src and "assert_all_correct" not in ex_src
    for n, q in enumerate(module.QUESTIONS, 1):
        answer = solutions.model_answer(questions, f"q{n}", name)
        written = "\n".join(solutions.answer_lines(answer, f"answer_{n}"))
        # The model answer is in the solution notebook only: not in the text, not in
        # the exercise, which has the blank instead.
        assert written in sol_src, q.id
        assert written not in text and written not in ex_src, q.id
        assert f"answer_{n} = ____  # your answer here" in ex_src
        assert f"q{n}.check(answer_{n})" in ex_src and f"q{n}.check(answer_{n})" in sol_src
        assert q.explanation not in ex_src
    # A cell keeps its id in both notebooks.
    assert {c.id for c in exercise.cells} <= {c.id for c in solution.cells} | {
        c.id for c in exercise.cells if "exercise" in c.metadata.get("tags", [])
    }


def test_solution_fill_writes_code_literals_and_keeps_analysis_code():
    assert solutions.answer_lines("b", "answer_1") == ["answer_1 = 'b'"]
    assert solutions.answer_lines('["story", "ask"]', "a") == ["a = ['story', 'ask']"]
    long = {"ask": "x" * 50, "alternatives": ["y" * 40]}
    assert solutions.answer_lines(long, "answer_5") == [
        "answer_5 = {",
        "    'ask': '" + "x" * 50 + "',",
        "    'alternatives': ['" + "y" * 40 + "'],",
        "}",
    ]
    code = "df = result.accepted\nanswer_3 = (df['response'] == 'yes').mean()"
    assert solutions.answer_lines(code, "answer_3") == code.split("\n")


def test_a_solution_cell_with_an_unchecked_blank_is_named(campaign, capsys):
    path = campaign / "exercises" / "06_the_ask_exercises.md"
    text = path.read_text(encoding="utf-8")
    blank = "answer_1 = ____  # your answer here\n"
    assert blank + "q1.check(answer_1)" in text
    path.write_text(text.replace(blank + "q1.check(answer_1)", blank + "print(answer_1)"))
    code = cli.main(["build", "--content", str(campaign), "-o", str(campaign.parent)])
    assert code != 0
    err = capsys.readouterr().err
    line = path.read_text().split("\n").index(blank.strip()) + 1
    assert f"exercises/06_the_ask_exercises.md: line {line}: answer_1 = ____" in err


def test_the_curriculum_is_read_from_the_content():
    entry = course.load_course(CONTENT).lessons[6]
    item = curriculum.lesson("06")
    assert (item.id, item.title, item.minutes) == (
        entry.id,
        entry.meta["title"],
        entry.meta["minutes"],
    )
    assert item.goals == tuple(entry.meta["goals"]) and item.goals
    assert [lesson.id for lesson in curriculum.LESSONS] == [
        e.id for e in course.load_course(CONTENT).lessons
    ]


@pytest.mark.parametrize("name,questions", _exercise_sets(), ids=lambda v: str(v)[:12])
def test_exercise_headings_match_question_titles(name, questions):
    import importlib

    text = (CONTENT / "exercises" / f"{name}.md").read_text(encoding="utf-8")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    module = importlib.import_module(f"commonground.exercises.{questions}")
    for n, q in enumerate(module.QUESTIONS, 1):
        assert any(f"{n}. {q.title}" in h for h in headings), q.id


def test_hand_written_notebooks_are_never_removed(campaign):
    out = campaign.parent
    mine = out / "exercises" / "my_own.ipynb"
    mine.parent.mkdir(parents=True)
    nbformat.write(nbformat.v4.new_notebook(), mine)
    assert cli.main(["build", "--content", str(campaign), "-o", str(out)]) == 0
    assert mine.exists()


def test_an_unreadable_text_is_named_without_a_traceback(campaign, capsys):
    lesson = campaign / "lessons" / "06_the_ask.md"
    lesson.write_text(lesson.read_text().replace("minutes: 25\n", "minutes: 25\nminutes: 30\n"))
    assert cli.main(["build", "--check", "--content", str(campaign), "-o", str(campaign)]) == 1
    err = capsys.readouterr().err
    assert "lessons/06_the_ask.md: line 5: duplicate key 'minutes'" in err
    assert "Traceback" not in err


def test_exercises_build_is_another_name_for_build(capsys):
    assert cli.main(["exercises", "build", "--check"]) == 0
    assert "match content/" in capsys.readouterr().out
    assert cli.main(["exercises", "list"]) == 0
    out = capsys.readouterr().out
    from commonground.exercises import catalog

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
            [sys.executable, "-m", "commonground", "build", "--check"],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
        )
        assert done.returncode == 0, done.stderr


def test_a_text_saved_by_jupyter_keeps_its_front_matter_and_builds_the_same(planned):
    # JupyterLab saves a text notebook through jupytext: the front matter survives (each
    # file's notebook_metadata_filter lists its keys) and the built notebook is the same.
    import jupytext

    from commonground.build import steps

    table = course.load_course(CONTENT)
    for entry in (*table.lessons, *table.tools):
        saved = jupytext.writes(jupytext.read(entry.path), fmt="md:myst")
        head, first = course.split_front_matter(saved)
        meta = yaml.safe_load(head)
        for key in set(entry.meta) - {"jupytext"}:  # jupytext adds its version there
            assert meta[key] == entry.meta[key], (entry.id, key)
        ctx = steps.Context(f"content/lessons/{entry.path.name}")
        rebuilt = pipeline.render(saved, ctx, steps.LESSON_STEPS)
        assert rebuilt == planned[f"notebooks/{entry.id}.ipynb"], entry.id


def test_every_notebook_has_a_human_title(planned):
    titles = {
        rel: nbformat.reads(text, as_version=4).metadata.get("title")
        for rel, text in planned.items()
    }
    assert (
        titles["notebooks/06_the_ask.ipynb"] == "Lesson 06: The ask: clear, specific, and fitting"
    )
    assert titles["notebooks/11_trainer_analysis.ipynb"].startswith("Lesson 11: Which asks convert")
    assert titles["notebooks/00_start_here.ipynb"] == "Start here"  # the course home
    assert titles["notebooks/log_a_1on1.ipynb"] == "Log a 1:1"  # a tool, not a lesson
    assert (
        titles["exercises/06_the_ask_exercises.ipynb"]
        == "Practice: The ask: clear, specific, and fitting"
    )
    assert (
        titles["solutions/06_the_ask_exercises.ipynb"]
        == "Solutions: The ask: clear, specific, and fitting"
    )
    assert titles["solutions/11a_trainer_logs_and_conversion_exercises.ipynb"].startswith(
        "Solutions for trainers: "
    )
    for rel, title in titles.items():
        stem = rel.rsplit("/", 1)[-1].removesuffix(".ipynb")
        assert title and stem not in title and "_" not in title, rel


def test_the_built_notebooks_on_disk_carry_the_titles():
    nb = nbformat.read(ROOT / "notebooks" / "09_role_play.ipynb", as_version=4)
    assert nb.metadata.title == "Lesson 09: Full role-play"


def test_page_title_without_a_practice_prefix():
    assert steps.page_title("Warm-ups", "12_warm_ups", "solution") == "Solutions: Warm-ups"
    assert steps.page_title("Warm-ups", "12_warm_ups", "exercise") == "Warm-ups"
    assert steps.page_title("Warm-ups", "12_warm_ups", "lesson") == "Lesson 12: Warm-ups"


def test_a_campaign_build_fills_solutions_from_its_own_questions(campaign, monkeypatch):
    """``build --content DIR`` takes model answers from DIR's questions, with no
    ``$COMMONGROUND_CONTENT`` set (the variable only points the program at run time)."""
    monkeypatch.delenv("COMMONGROUND_CONTENT", raising=False)
    shipped = "Would you canvass with me this Saturday at 10am, starting from the library?"
    ours = "Would you leaflet the Elm Street flats with me on Sunday at 2pm, from the bakery?"
    path = campaign / "questions" / "06.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(shipped) == 1
    path.write_text(text.replace(shipped, ours), encoding="utf-8")
    out = campaign.parent / "built"
    assert cli.main(["build", "--content", str(campaign), "-o", str(out)]) == 0
    solution = (out / "solutions" / "06_the_ask_exercises.ipynb").read_text(encoding="utf-8")
    assert f"answer_1 = {ours!r}" in solution
    assert shipped not in solution
    exercise = (out / "exercises" / "06_the_ask_exercises.ipynb").read_text(encoding="utf-8")
    assert ours not in exercise
    # The shipped build is untouched by having built the campaign's copy.
    assert (
        f"answer_1 = {shipped!r}" in pipeline.plan(CONTENT)["solutions/06_the_ask_exercises.ipynb"]
    )
