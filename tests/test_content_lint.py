"""``commonground content lint``: each kind of mistake is reported with its file and line,
and the course's own content/ is clean."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from commonground import cli, content_lint

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"


def _line(path: Path, text: str) -> int:
    """The line (from 1) where ``text`` first appears in ``path``."""
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if text in line:
            return n
    raise AssertionError(f"{text!r} not in {path}")


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture()
def bad(tmp_path) -> Path:
    """A copy of content/ with one mistake of each kind."""
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    ask = folder / "lessons" / "06_the_ask.md"
    _replace(ask, 'lesson_header("06")', 'lesson_header("06")\nask_practise()')
    _replace(
        ask,
        "from commonground.widgets import ask_practice",
        "from commonground.widgets import ask_pratice",
    )
    _replace(ask, "- specific_ask_ready\n", "- specific_ask_redy\n")
    _replace(folder / "lessons" / "05_common_ground_and_the_campaign.md", "minutes: 20\n", "")
    _replace(folder / "lessons" / "03_opening_and_your_story.md", ",goals,teaches\n", ",teaches\n")
    _replace(folder / "lessons" / "07_responding.md", 'lesson_footer("07")', 'lesson_footer("07"')
    shutil.copy(folder / "lessons" / "log_a_1on1.md", folder / "lessons" / "12_extra.md")
    _replace(
        folder / "course.yaml",
        "  - 11_trainer_analysis\n",
        "  - 11_trainer_analysis\n  - 13_missing\n",
    )
    return folder


def test_the_course_content_is_clean(capsys):
    assert content_lint.lint(CONTENT) == []
    assert cli.main(["content", "lint"]) == 0
    assert "no problems" in capsys.readouterr().out


def test_every_kind_of_mistake_is_named_with_file_and_line(bad, capsys):
    ask = bad / "lessons" / "06_the_ask.md"
    expected = [
        (ask, _line(ask, "ask_practise()"), "unknown widget ask_practise()"),
        (ask, _line(ask, "ask_practise()"), "did you mean 'ask_practice'"),
        (ask, _line(ask, "import ask_pratice"), "unknown widget 'ask_pratice'"),
        (ask, _line(ask, "ask_practice()"), "ask_practice() is not imported"),
        (ask, _line(ask, "- specific_ask_redy"), "unknown method element 'specific_ask_redy'"),
        (ask, _line(ask, "- specific_ask_redy"), "did you mean 'specific_ask_ready'"),
        (bad / "lessons" / "05_common_ground_and_the_campaign.md", 1, "missing key 'minutes'"),
        (
            bad / "lessons" / "07_responding.md",
            _line(bad / "lessons" / "07_responding.md", 'lesson_footer("07"'),
            "not valid Python",
        ),
        (bad / "lessons" / "12_extra.md", 1, "not in course.yaml"),
        (
            bad / "lessons" / "03_opening_and_your_story.md",
            _line(bad / "lessons" / "03_opening_and_your_story.md", "jupytext:"),
            "notebook_metadata_filter lacks goals",
        ),
        (
            bad / "course.yaml",
            _line(bad / "course.yaml", "- 13_missing"),
            "lessons/13_missing.md does not exist",
        ),
    ]
    assert cli.main(["content", "lint", "--content", str(bad)]) == 1
    out = capsys.readouterr().out.splitlines()
    for path, line, message in expected:
        prefix = f"{path}:{line}: "
        assert any(row.startswith(prefix) and message in row for row in out), (prefix, message, out)
    # Each problem once, and nothing else reported.
    assert len(out) == 9, "\n".join(out)


def test_a_broken_course_table_is_one_problem_with_its_line(tmp_path):
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "course.yaml").write_text("lessons:\n  - 01_a\nlessons:\n  - 02_b\n")
    problems = content_lint.lint(folder)
    assert [str(p) for p in problems] == [f"{folder / 'course.yaml'}:3: duplicate key 'lessons'"]


def test_the_questions_lint_is_called_when_it_exists(bad, monkeypatch):
    import sys
    import types

    seen = []

    def lint_questions(folder):
        seen.append(Path(folder))
        return [(folder / "06.yaml", 7, "the named answer 'e' is not among the options")]

    package = types.ModuleType("commonground.questions")
    package.__path__ = []
    module = types.ModuleType("commonground.questions.lint")
    module.lint_questions = lint_questions
    module.__spec__ = types.SimpleNamespace(name="commonground.questions.lint")
    monkeypatch.setitem(sys.modules, "commonground.questions", package)
    monkeypatch.setitem(sys.modules, "commonground.questions.lint", module)
    problems = content_lint.lint(bad)
    assert seen == [bad / "questions"]
    assert (
        content_lint.Problem(
            str(bad / "questions" / "06.yaml"), 7, "the named answer 'e' is not among the options"
        )
        in problems
    )


def test_a_course_of_ones_own_has_its_scenarios_linted(tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    (folder / "scenarios").mkdir()
    scenario = folder / "scenarios" / "our_teacher.yaml"
    text = (ROOT / "data" / "scenarios" / "retired_teacher.yaml").read_text(encoding="utf-8")
    scenario.write_text(text, encoding="utf-8")
    assert content_lint.lint(folder) == []
    _replace(scenario, "next: guarded", "next: guardd")
    problems = content_lint.lint(folder)
    line = _line(scenario, "next: guardd")
    assert problems and all(p.path == str(scenario) for p in problems)
    assert any(p.line == line and "guardd" in p.message for p in problems), problems
