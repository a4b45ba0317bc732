"""Shared lesson widgets driven headless: self-check, header/footer, progress, export."""

from __future__ import annotations

import base64
import re
import subprocess
import sys

import pytest

from commonground import journal, progress, storage
from commonground.questions import self_check_questions as questions_for
from commonground.questions.model import ChoiceQuestion, Option
from commonground.widgets._common import esc as _esc


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv(storage.HOME_ENV, str(tmp_path / "home"))
    return tmp_path / "home"


def test_widgets_package_import_does_not_load_ipywidgets():
    code = "import commonground.widgets, sys; print('ipywidgets' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr


def test_self_check_wrong_then_right_marks_complete():
    from commonground.widgets import self_check

    check = self_check("03")
    qs = questions_for("03")
    assert len(check.choices) == len(qs)
    assert [r.description for r in check.choices] == [f"Answer {n}:" for n in (1, 2, 3)]
    assert check.check_button.description

    check.check_button.click()  # nothing answered
    assert "Pick an answer first" in check.feedback[0].value
    assert "0 of 3 right" in check.status.value

    wrong = [next(o for o in q.options if not o.right) for q in qs]
    check.answer(*[o.text for o in wrong]).check_button.click()
    assert "Not that one" in check.feedback[0].value
    assert _esc(wrong[0].feedback) in check.feedback[0].value
    # a miss names the right answer and why it is right
    assert _esc(qs[0].right.text) in check.feedback[0].value
    assert _esc(qs[0].right.feedback) in check.feedback[0].value
    assert "03_opening_and_your_story" not in progress.completed()
    assert not check.completed

    check.answer(*[q.right.text for q in qs]).check_button.click()
    assert all("Right." in f.value for f in check.feedback)
    assert "marked complete" in check.status.value
    assert "03_opening_and_your_story" in progress.completed()
    assert check.completed


def test_self_check_accepts_custom_questions_and_progress_file(tmp_path):
    from commonground.widgets import self_check

    q = ChoiceQuestion(
        "99.s1", "Pick y", "Pick y", hints=(), solution="y",
        options=(Option("x", "Not x."), Option("y", "Yes.", right=True)),
    )  # fmt: skip
    path = tmp_path / "p.json"
    check = self_check("06", [q], progress_path=path)
    check.answer("y").check_button.click()
    assert progress.completed(path).keys() == {"06_the_ask"}
    empty = tmp_path / "content"
    (empty / "questions").mkdir(parents=True)
    with pytest.raises(ValueError, match="no self-check questions"):
        self_check("09", content=empty)


def test_every_lesson_has_a_self_check_with_feedback_on_every_option():
    from commonground import curriculum

    for lesson in curriculum.LESSONS[1:10]:  # 01 to 09
        qs = questions_for(lesson.id)
        assert len(qs) >= 3, lesson.id
        for q in qs:
            assert all(o.feedback for o in q.options) and q.right in q.options, q.id


def test_header_and_footer_show_title_goals_and_next():
    from commonground.widgets import lesson_footer, lesson_header

    head = lesson_header("02").value
    assert "Lesson 02: Setting it up and preparing" in head
    assert "About 25 minutes" in head
    assert "print a prep card" in head
    assert "0 of 12 lessons done" in head  # the learner's progress, in the course bar
    foot = lesson_footer("02").value
    nav = re.sub(r"<span[^>]*>|</span>", "", foot)
    assert "href='03_opening_and_your_story.ipynb'>Next: lesson 03" in nav
    assert "href='01_what_and_why.ipynb'>← Previous: lesson 01" in nav
    assert "target=" not in head + foot  # neighbours open in the same tab
    progress.mark_complete("02")
    assert "1 of 12 lessons done" in lesson_header("02").value


def test_progress_view_refreshes_after_completion():
    from commonground.widgets import progress_view

    view = progress_view()
    assert view.summary.value.startswith("0 of ")
    assert "<caption>Your lessons</caption>" in view.table.value
    assert "✓ done" not in view.table.value
    progress.mark_complete("01")
    view.refresh_button.click()
    assert view.summary.value.startswith("1 of ")
    assert view.table.value.count("✓ done") == 1
    assert [r["id"] for r in view.rows if r["done"]] == ["01_what_and_why"]


def test_journal_export_button_writes_markdown(home):
    from commonground.widgets import journal_export

    journal.save("story", {"text": "I organise because of the bus cuts."}, lesson="03")
    box = journal_export()
    box.export_button.click()
    out = home / "my-journal.md"
    assert "bus cuts" in out.read_text()
    assert box.preview.value == out.read_text()
    assert "exported" in box.status.value
    assert str(home) not in box.status.value  # a link holding the file, not a path
    link = re.search(
        r'<a download="my-journal.md" href="data:text/markdown;base64,([^"]+)"', box.status.value
    )
    assert base64.b64decode(link.group(1)).decode() == out.read_text()


def test_self_check_reports_a_progress_file_it_cannot_write(tmp_path):
    from commonground.widgets import self_check

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    check = self_check("01", progress_path=blocker / "progress.json")
    check.answer(*[q.right.text for q in questions_for("01")]).check_button.click()
    assert "could not be saved" in check.status.value
    assert not check.completed
