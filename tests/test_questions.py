"""Questions as data: loading, file:line errors, the lint (examples and balance), shuffling."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from commonground import curriculum
from commonground.errors import InputFileError
from commonground.questions import (
    exercise_questions,
    lint_questions,
    load_file,
    questions_dir,
    self_check_questions,
)
from commonground.questions.lint import is_longest
from commonground.questions.shuffle import LEARNER_ENV, shuffled

EXERCISE_LESSONS = ["01", "02", "03", "04", "05", "06", "07", "08", "11a", "11b"]


def test_every_lesson_has_its_questions():
    for lesson in curriculum.LESSONS[1:10]:  # 01 to 09 end with a self-check
        qs = self_check_questions(lesson.id)
        assert len(qs) >= 3, lesson.id
        assert all(q.input_kind == "choice" and q.right in q.options for q in qs)
    for key in EXERCISE_LESSONS:
        qs = exercise_questions(key)
        assert len(qs) >= 4, key
        assert [q.id for q in qs] == [f"{key}.q{n}" for n in range(1, len(qs) + 1)]
        assert all(q.hints and q.solution for q in qs), key


def test_the_shipped_questions_are_lint_clean():
    assert lint_questions() == []


def test_balance_holds_in_the_shipped_lessons():
    # Direct numbers, so a failure reads plainly even if the lint's rule changes.
    for path in sorted(questions_dir().glob("0*.yaml")):
        loaded = load_file(path)
        items = [
            raw["options"]
            for section in ("self_check", "exercises")
            for raw in loaded.data.get(section, [])
            if "options" in raw
        ]
        longest = sum(is_longest(options) for options in items)
        assert longest <= 0.4 * len(items), (path.name, longest, len(items))
        positions = [[o.get("right", False) for o in options].index(True) for options in items]
        assert sum(p < 2 for p in positions) <= 0.75 * len(items), path.name
        assert max(positions.count(p) for p in set(positions)) <= len(items) / 2, path.name


def test_every_model_solution_passes_and_every_must_fail_fails():
    for key in EXERCISE_LESSONS:
        loaded = load_file(questions_dir() / f"{key}.yaml")
        for raw, q in zip(loaded.data["exercises"], loaded.exercises, strict=True):
            if raw["type"] in ("text", "lines", "form"):
                assert q.evaluate(raw["solution"]).correct, q.id
            for answer in raw.get("must_fail", []):
                result = q.evaluate(answer)
                assert result.status == "incorrect", (q.id, answer)


# ---- the lint on bad files ------------------------------------------------------------
def _item(n: int, right_at: int, right_text: str = "Short right one") -> str:
    """A choice item whose right option sits at ``right_at`` (0 = A)."""
    wrong = ["A fairly long wrong option that a guesser might pick", "Another long wrong option"]
    options = [(text, "Why not this one.", False) for text in wrong]
    options.insert(right_at, (right_text, "Why this one.", True))
    lines = [f"  - id: 98.s{n}", f"    prompt: Question {n}?", "    options:"]
    for text, feedback, right in options:
        lines.append(f"      - text: {text}")
        lines += ["        right: true"] if right else []
        lines.append(f"        feedback: {feedback}")
    return "\n".join(lines) + "\n"


def _write(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _lint_one(tmp_path, text):
    path = _write(tmp_path / "questions", "98.yaml", text)
    return path, lint_questions(tmp_path)


def _base(extra_self_check: str = "", exercises: str = "") -> str:
    items = "".join(_item(n, n - 1) for n in (1, 2, 3))  # right at A, B, C
    body = f"lesson: '98'\nself_check:\n{items}{extra_self_check}"
    return body + (f"exercises:\n{exercises}" if exercises else "")


def _line(text: str, needle: str, nth: int = 1) -> int:
    """The 1-based line of the ``nth`` line containing ``needle``."""
    hits = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    return hits[nth - 1]


def test_a_good_fixture_is_clean(tmp_path):
    _path, problems = _lint_one(tmp_path, _base())
    assert problems == []


def test_no_right_option_is_reported_with_file_and_line(tmp_path):
    bad = """\
  - id: 98.s4
    prompt: Which?
    options:
      - text: one
        feedback: Not this.
      - text: two
        feedback: Not that.
"""
    text = _base(bad)
    path, problems = _lint_one(tmp_path, text)
    line = _line(text, "options:", 4)  # the options of the fourth item
    assert [(p.file, p.line) for p in problems] == [(str(path), line)]
    assert "exactly one option 'right: true' (found 0)" in problems[0].message
    assert "self-check 98.s4" in problems[0].message
    assert str(problems[0]).startswith(f"{path}:{line}: ")


#: A self-check item whose second option is left open (the tests below finish it).
_OPEN_ITEM = """\
  - id: 98.s4
    prompt: Which?
    options:
      - text: one
        right: true
        feedback: This one.
      - text: two
"""


def test_two_right_options_are_reported(tmp_path):
    bad = _OPEN_ITEM + "        right: true\n        feedback: That one.\n"
    _path, problems = _lint_one(tmp_path, _base(bad))
    assert len(problems) == 1 and "(found 2)" in problems[0].message


def test_an_option_without_feedback_is_reported_at_its_line(tmp_path):
    text = _base(_OPEN_ITEM)
    _path, problems = _lint_one(tmp_path, text)
    assert [p.line for p in problems] == [_line(text, "- text: two")]
    assert "option 2" in problems[0].message and "'feedback' is a required" in problems[0].message


def test_a_must_fail_that_passes_and_a_must_pass_that_fails(tmp_path):
    exercise = """\
  - id: 98.q1
    title: An open question
    type: text
    prompt: Ask about their street.
    judge:
      kind: open_question
    hints: [Start with what or how.]
    solution: What do you like about your street?
    must_fail:
      - Do you like your street?
      - What do you love most about your street?
    must_pass:
      - What would you change about your street?
      - Is your street nice?
    explanation: It invites them to talk.
    elements: [open_questions]
"""
    text = _base(exercises=exercise)
    path, problems = _lint_one(tmp_path, text)
    found = {(p.line, p.message.split(":")[0]) for p in problems}
    assert (_line(text, "What do you love most"), "98.q1") in found  # an open question passes
    assert (_line(text, "Is your street nice?"), "98.q1") in found  # a closed one fails
    messages = " ".join(p.message for p in problems)
    assert "must_fail answer 2 passes its judge" in messages
    assert "must_pass answer 2 fails its judge" in messages
    assert len(problems) == 2


def test_a_model_solution_that_fails_its_judge_is_reported(tmp_path):
    exercise = """\
  - id: 98.q1
    title: An ask
    type: text
    prompt: Make an ask.
    judge: {needs: ask}
    hints: [Name what, when, where.]
    solution: Would you help sometime?
    must_fail: [Can you help?]
    explanation: Specific.
    elements: [ask]
"""
    text = _base(exercises=exercise)
    _path, problems = _lint_one(tmp_path, text)
    assert [p.line for p in problems] == [_line(text, "solution: Would you help sometime?")]
    assert "model solution fails its judge" in problems[0].message


def test_unknown_check_element_and_duplicate_id(tmp_path):
    exercise = """\
  - id: 98.s1
    title: Twice
    type: text
    prompt: Say it.
    judge: {check: no_such_check}
    hints: [h]
    solution: x
    must_fail: [y]
    explanation: e
    elements: [no_such_element]
"""
    _path, problems = _lint_one(tmp_path, _base(exercises=exercise))
    text = "\n".join(str(p) for p in problems)
    assert "id 98.s1 is used twice (first at line 3)" in text
    assert "no check named 'no_such_check'" in text
    assert "unknown method element 'no_such_element'" in text
    source = _base(exercises=exercise)
    assert {p.line for p in problems} == {
        _line(source, "id: 98.s1", 2),
        _line(source, "no_such_check"),
        _line(source, "elements: [no_such_element]"),
    }


def test_a_file_named_for_another_lesson_is_reported(tmp_path):
    path = _write(tmp_path / "questions", "97.yaml", _base())
    problems = lint_questions(tmp_path)
    assert [(p.file, p.line) for p in problems] == [(str(path), 1)]
    assert "does not match the file name (call the file 98.yaml)" in problems[0].message


def test_yaml_syntax_error_names_the_line(tmp_path):
    path, problems = _lint_one(tmp_path, "lesson: '98'\nself_check:\n  - id: [98.s1\n")
    assert len(problems) == 1 and problems[0].file == str(path)
    assert problems[0].line >= 3 and "YAML syntax error" in problems[0].message
    with pytest.raises(InputFileError, match="98.yaml"):
        load_file(path)


def test_right_answer_longest_too_often_is_reported(tmp_path):
    long_right = "The right answer, which is by far the longest option of them all"
    items = "".join(_item(n, n - 4, long_right) for n in (4, 5, 6))  # at A, B, C again
    path, problems = _lint_one(tmp_path, _base(items))
    assert [(p.file, p.line) for p in problems] == [(str(path), 1)]
    assert "longest option in 3 of 6 choice questions (98.s4, 98.s5, 98.s6)" in str(problems[0])
    assert "at most 2 may be" in problems[0].message
    two = _item(4, 2, long_right) + _item(5, 0, long_right)  # 2 of 5 is 40%: allowed
    assert _lint_one(tmp_path, _base(two))[1] == []


def test_balance_rules_each_fire(tmp_path):
    long_right = """\
  - id: 98.s{n}
    prompt: Question {n}?
    options:
      - text: The right answer, which is by far the longest option here
        right: true
        feedback: Yes.
      - text: Short wrong
        feedback: No.
      - text: Another wrong one
        feedback: No.
"""
    items = "".join(long_right.format(n=n) for n in (1, 2, 3))
    path, problems = _lint_one(tmp_path, f"lesson: '98'\nself_check:\n{items}")
    messages = [p.message for p in problems]
    assert all(p.file == str(path) and p.line == 1 for p in problems)
    assert any("longest option in 3 of 3" in m for m in messages)
    assert any("3 of 3 right answers are option A;" in m for m in messages)
    assert any("3 of 3 right answers are option A or B" in m for m in messages)


# ---- loading errors and a campaign's own copy -----------------------------------------
def test_loading_a_broken_file_names_file_and_line(tmp_path):
    text = _base().replace("        right: true\n", "", 1)
    path = _write(tmp_path / "questions", "98.yaml", text)
    with pytest.raises(InputFileError) as caught:
        load_file(path)
    line = _line(text, "options:")
    assert f"{path}:{line}: self-check 98.s1: mark exactly one" in str(caught.value)


def test_a_campaign_copy_serves_its_own_words(tmp_path):
    from commonground.widgets import self_check

    copy = tmp_path / "content"
    shutil.copytree(questions_dir(), copy / "questions")
    path = copy / "questions" / "06.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Which ask is clear and specific?", "Our words?"),
        encoding="utf-8",
    )
    assert self_check_questions("06", copy)[0].prompt == "Our words?"
    view = self_check("06", content=copy, progress_path=tmp_path / "p.json")
    assert "Our words?" in view.items[0].prompt.value
    assert self_check_questions("06")[0].prompt != "Our words?"  # the shipped one is intact


# ---- shuffling -------------------------------------------------------------------------
def test_shuffle_is_stable_for_a_learner_and_differs_across_learners():
    qs = [q for lesson in ("01", "02", "03", "04") for q in self_check_questions(lesson)]
    ana = [shuffled(q.options, q.id, "ana") for q in qs]
    assert ana == [shuffled(q.options, q.id, "ana") for q in qs]  # a reload: same order
    ben = [shuffled(q.options, q.id, "ben") for q in qs]
    assert ana != ben
    assert all(sorted(o.text for o in a) == sorted(o.text for o in q.options)
               for a, q in zip(ana, qs, strict=True))  # fmt: skip
    # the right answer does not sit in one place for everyone
    assert len({order.index(q.right) for order, q in zip(ana, qs, strict=True)}) >= 2


def test_the_learner_key_comes_from_the_data_home(tmp_path, monkeypatch):
    from commonground import storage

    monkeypatch.delenv(LEARNER_ENV, raising=False)
    qs = self_check_questions("07") + self_check_questions("08")
    seen = []
    for home in ("a", "b", "a"):
        monkeypatch.setenv(storage.HOME_ENV, str(tmp_path / home))
        seen.append([q.option_labels() for q in qs])
    assert seen[0] == seen[2] and seen[0] != seen[1]
    monkeypatch.setenv(LEARNER_ENV, "hub-user-7")
    assert [q.option_labels() for q in qs] == [
        [f"{'abc'[i]}) {o.text}" for i, o in enumerate(shuffled(q.options, q.id, "hub-user-7"))]
        for q in qs
    ]


def test_a_miss_shows_the_right_answer_and_why():
    q = self_check_questions("04")[2]
    wrong = next(o for o in q.options if not o.right)
    result = q.evaluate(wrong.text)
    assert result.status == "incorrect"
    assert wrong.feedback in result.message
    assert result.details == (f"The right answer: “{q.right.text}”", f"Why: {q.right.feedback}")
    assert q.evaluate(q.right.text).correct


def test_course_advice_is_labelled_in_the_widget():
    from commonground.exercises import lesson08

    ours = [q for q in self_check_questions("03") if q.ours]
    assert ours and "course's own advice" in ours[0].widget().prompt.value
    assert lesson08.q3.ours
    plain = self_check_questions("06")[0]
    assert not plain.ours and "course's own advice" not in plain.widget().prompt.value


def test_the_guides_worked_example_is_a_clean_file(tmp_path):
    guide_path = Path(__file__).resolve().parents[1] / "docs" / "authoring-questions.md"
    guide = guide_path.read_text(encoding="utf-8")
    example = guide.split("```yaml\n", 1)[1].split("```", 1)[0]
    path = _write(tmp_path / "questions", "06.yaml", example)
    assert lint_questions(tmp_path) == []
    q = load_file(path).exercises[0]
    assert q.evaluate("Would you canvass with us?").status == "incorrect"
    broken = example.replace("        right: true\n", "")
    _write(tmp_path / "questions", "06.yaml", broken)
    assert "mark exactly one option" in lint_questions(tmp_path)[0].message


def test_the_guides_practice_example_is_a_clean_file_with_a_scene(tmp_path):
    guide_path = Path(__file__).resolve().parents[1] / "docs" / "authoring-questions.md"
    blocks = guide_path.read_text(encoding="utf-8").split("```yaml\n")[1:]
    example = next(b.split("```", 1)[0] for b in blocks if b.startswith("practice:"))
    path = _write(tmp_path / "questions", "05.yaml", 'lesson: "05"\n' + example)
    assert lint_questions(tmp_path) == []
    (q,) = load_file(path).practice
    assert q.setting == "Tenants' union" and q.dialogue[0][0] == "Aisha"
    assert q.evaluate("How many times did you ask?").status == "incorrect"
    _write(tmp_path / "questions", "05.yaml", 'lesson: "05"\n' + example.replace("says:", "said:"))
    problems = lint_questions(tmp_path)
    assert problems and all("practice 05.p6, dialogue" in p.message for p in problems)
    assert any("'says' is a required property" in p.message for p in problems)


def test_solution_code_runs_and_passes_its_check():
    # What a solution notebook writes after "# BEGIN SOLUTION" for each volunteer question.
    for key in EXERCISE_LESSONS[:8]:
        for n, q in enumerate(exercise_questions(key), 1):
            namespace: dict = {}
            exec(q.solution_code(f"answer_{n}"), namespace)  # noqa: S102 - our own file
            assert q.evaluate(namespace[f"answer_{n}"]).correct, q.id
    choice = exercise_questions("06")[2]
    assert choice.solution_code("answer_3") == "answer_3 = 'The place'"


def test_showing_a_question_creates_nothing(tmp_path, monkeypatch):
    from commonground import storage

    monkeypatch.delenv(LEARNER_ENV, raising=False)
    home = tmp_path / "not-yet"
    monkeypatch.setenv(storage.HOME_ENV, str(home))
    assert self_check_questions("06")[0].option_labels()
    assert not home.exists()


def test_the_content_variable_points_the_questions_at_a_campaign_copy(tmp_path, monkeypatch):
    from commonground import resources

    copy = tmp_path / "content"
    shutil.copytree(questions_dir(), copy / "questions")
    path = copy / "questions" / "07.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("What do you do next?", "And now?", 1),
        encoding="utf-8",
    )
    monkeypatch.setenv(resources.CONTENT_ENV, str(copy))
    assert questions_dir() == copy.resolve() / "questions"
    assert self_check_questions("07")[0].prompt.endswith("And now?")


def test_content_lint_reports_question_problems_with_file_and_line(tmp_path):
    from commonground import content_lint
    from commonground.resources import course_dir

    copy = tmp_path / "content"
    shutil.copytree(course_dir(), copy)
    path = copy / "questions" / "06.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    right: true\n", "", 1), encoding="utf-8")
    found = [p for p in content_lint.lint(copy) if p.path.endswith("06.yaml")]
    assert len(found) == 1 and "mark exactly one option 'right: true' (found 0)" in found[0].message
    broken = path.read_text(encoding="utf-8").splitlines()
    assert broken[found[0].line - 1].strip() == "options:"
