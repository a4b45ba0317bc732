"""Trainer exercises: answers are computed at check time from the log in use, never stored.

Each test writes its own synthetic log (``outcomes.generate``) to a temporary folder and
points the exercises at it with ``use_log``.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import nbformat
import pytest

from commonground.build import pipeline
from commonground.errors import InputFileError
from commonground.exercises import catalog, trainer_data, trainer_effects, trainer_logs
from commonground.outcomes import generate, write_log

ROOT = Path(__file__).resolve().parents[1]
TRAINER = list(trainer_logs.QUESTIONS) + list(trainer_effects.QUESTIONS)
STEMS = [s for s, m in catalog.NOTEBOOKS.items() if m.startswith("trainer")]


@pytest.fixture(scope="module")
def season_log(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("logs") / "season.csv"
    write_log(generate(900, seed=3), path)
    return path


@pytest.fixture(autouse=True)
def _restore_log():
    before = trainer_data._STATE["path"]
    yield
    trainer_data._STATE["path"] = before


def test_at_least_ten_trainer_questions_in_two_notebooks():
    assert len(STEMS) == 2 and len(TRAINER) >= 10


def _run_solution(stem: str, log: Path) -> dict:
    """Run the built solution notebook against ``log``, in-process."""
    module = catalog.NOTEBOOKS[stem]
    catalog.reset(module)
    text = pipeline.plan(ROOT / "content", {stem})[f"solutions/{stem}.ipynb"]
    nb = nbformat.reads(text, as_version=4)
    namespace: dict = {}
    with contextlib.redirect_stdout(io.StringIO()):
        for cell in nb.cells:
            if cell.cell_type == "code":
                source = cell.source.replace(trainer_data.DEFAULT_LOG, str(log))
                exec(compile(source, f"{stem}:{cell.id}", "exec"), namespace)
    return {q.id: q.last_result.status for q in catalog.questions_of(module)}


@pytest.mark.parametrize("stem", STEMS)
def test_solution_code_is_right_on_any_log(stem, season_log, tmp_path):
    # The worked solutions compute with pandas; the checks compute with the package's
    # analysis. They agree on the shipped-sample-sized log and on another draw.
    assert set(_run_solution(stem, season_log).values()) == {"correct"}
    other = tmp_path / "other.csv"
    write_log(generate(600, seed=99), other)
    assert set(_run_solution(stem, other).values()) == {"correct"}


@pytest.mark.parametrize("q", TRAINER, ids=lambda q: q.id)
def test_a_wrong_answer_fails(q, season_log):
    use = trainer_data.use_log(season_log)
    assert use == season_log.resolve()
    expected = q.expected()
    if isinstance(expected, str):
        wrong = "no" if expected == "yes" else "yes" if expected == "no" else "not_a_group"
    else:
        wrong = float(expected) + max(10 * q.tolerance, 1.0 if q.tolerance == 0 else 0.05)
    result = q.evaluate(wrong)
    assert result.status == "incorrect"
    assert str(expected) not in result.message  # the failure does not reveal the answer
    assert q.evaluate(expected).correct
    assert q.evaluate("").status == "not_attempted"


def test_expected_values_follow_the_file(tmp_path):
    path = tmp_path / "log.csv"
    write_log(generate(300, seed=1), path)
    trainer_data.use_log(path)
    first = (trainer_logs.q1.expected(), trainer_logs.q3.expected())
    write_log(generate(500, seed=2), path)  # same path, new content
    second = (trainer_logs.q1.expected(), trainer_logs.q3.expected())
    assert first[0] == 300 and second[0] == 500
    assert first[1] != second[1]


def test_quarantined_rows_are_counted(tmp_path):
    frame = generate(120, seed=5)
    frame.loc[3, "meeting_id"] = frame.loc[2, "meeting_id"]  # a duplicate id breaks a rule
    path = tmp_path / "bad.csv"
    write_log(frame, path)
    trainer_data.use_log(path)
    assert trainer_logs.q2.expected() >= 1
    assert trainer_logs.q2.evaluate(0).status == "incorrect"
    assert trainer_logs.q1.expected() == 120


def test_missing_log_is_named(tmp_path):
    with pytest.raises(InputFileError, match="nope.csv"):
        trainer_data.use_log(tmp_path / "nope.csv")


def test_a_log_that_cannot_answer_is_reported_not_raised(tmp_path):
    frame = generate(200, seed=8)
    frame["follow_up"] = "none"  # nobody got both confirmation and thanks
    path = tmp_path / "no_follow_up.csv"
    write_log(frame, path)
    trainer_data.use_log(path)
    result = trainer_effects.q3.evaluate(0.1)
    assert result.status == "incorrect"
    assert "cannot answer" in result.message and "both" in result.message


def test_relative_log_is_found_from_a_subfolder(tmp_path, monkeypatch):
    (tmp_path / "data").mkdir()
    write_log(generate(50, seed=4), tmp_path / "data" / "mine.csv")
    (tmp_path / "exercises").mkdir()
    monkeypatch.chdir(tmp_path / "exercises")
    found = trainer_data.use_log("data/mine.csv")
    assert found == (tmp_path / "data" / "mine.csv").resolve()
    assert trainer_logs.q1.expected() == 50
