"""The checking kit: placeholder, results, tiered hints, solutions, summaries, display."""

from __future__ import annotations

import subprocess
import sys

import pytest

from commonground.exercises import PLACEHOLDER, ____, assert_all_correct, is_blank, summary
from commonground.questions.kit import RESULT_MIME, Result
from commonground.questions.model import (
    ChoiceQuestion,
    Field,
    FormQuestion,
    Option,
    TextQuestion,
    ValueQuestion,
    Verdict,
    registered,
)


def _text_q(qid="kit.q1"):
    registered()  # the registry is global: ids are made unique per test below
    return TextQuestion(
        qid,
        "Say hello",
        "Write a greeting.",
        hints=("Think of a word people say when they meet.", "It starts with h."),
        solution="hello",
        explanation="A greeting.",
        elements=("contact",),
        judge=lambda text: Verdict(text.lower() == "hello", "Say it the usual way."),
    )


def test_placeholder_is_one_falsy_blank_value():
    assert ____ is PLACEHOLDER
    assert repr(PLACEHOLDER) == "____" and not PLACEHOLDER
    assert type(PLACEHOLDER)() is PLACEHOLDER
    assert is_blank(PLACEHOLDER) and is_blank("  ") and is_blank([____, ""])
    assert is_blank({"a": ____, "b": ""}) and not is_blank({"a": "x", "b": ____})
    assert not is_blank(0) and not is_blank("x")


def test_check_returns_records_and_prints_a_result(capsys):
    q = _text_q("kit.check")
    not_yet = q.check(____)
    assert not_yet.status == "not_attempted" and "____" in capsys.readouterr().out
    wrong = q.check("bye")
    assert wrong.status == "incorrect" and wrong.message == "Say it the usual way."
    assert "Not yet" in capsys.readouterr().out
    right = q.check("Hello")
    assert right.correct and q.last_result is right
    bundle = right.bundle()
    assert bundle[RESULT_MIME] == right.as_dict()
    assert "Correct" in bundle["text/html"] and 'role="status"' in bundle["text/html"]


def test_wrong_type_is_a_friendly_incorrect_not_an_error():
    q = _text_q("kit.shape")
    result = q.evaluate(42)
    assert result.status == "incorrect" and "text in quotes" in result.message


def test_hints_are_tiered_and_capped(capsys):
    q = _text_q("kit.hints")
    assert q.hint().text == q.hints[0]
    assert "Hint 1 of 2" in capsys.readouterr().out
    assert q.hint().text == q.hints[1]
    assert q.hint().text == q.hints[1]  # stays on the last
    assert q.hint(1).text == q.hints[0]
    with pytest.raises(ValueError, match="hints 1 to 2"):
        q.hint(3)


def test_solution_is_the_model_answer_text_and_shows_it_when_called():
    q = _text_q("kit.solution")
    assert q.solution == "hello" and isinstance(q.solution, str)  # what a build writes
    note = q.solution()
    assert note.code == "hello" and note.text == "A greeting."
    assert "<pre>hello</pre>" in note.html()


def test_a_choice_question_needs_exactly_one_right_option():
    with pytest.raises(ValueError, match="exactly one right"):
        ChoiceQuestion("kit.none", "T", "?", hints=(), solution="x",
                       options=(Option("x", "no"), Option("y", "no")))  # fmt: skip
    with pytest.raises(ValueError, match="exactly one right"):
        ChoiceQuestion("kit.two", "T", "?", hints=(), solution="x",
                       options=(Option("x", "ok", True), Option("y", "ok", True)))  # fmt: skip


def test_a_reload_replaces_the_registered_question():
    first = _text_q("kit.dup")
    again = _text_q("kit.dup")  # the same question created again, as a reload does
    assert registered()["kit.dup"] is again and again is not first


def test_reloading_a_lesson_module_works():
    import importlib

    from commonground.exercises import lesson01

    reloaded = importlib.reload(lesson01)
    assert reloaded.q1.evaluate(reloaded.q1.right.text).correct


def test_value_question_compares_with_a_value_computed_at_check_time():
    box = {"value": 0.25}
    q = ValueQuestion(
        "kit.value",
        "A rate",
        "What share?",
        hints=("Divide yes by all asks.",),
        solution="k / n",
        expected=lambda: box["value"],
        tolerance=0.001,
    )
    assert q.evaluate(0.2504).correct
    box["value"] = 0.5  # the data changed: the expected value follows it
    assert q.evaluate(0.2504).status == "incorrect"
    assert q.evaluate("lots").status == "incorrect"
    word = ValueQuestion(
        "kit.word",
        "A word",
        "Which?",
        hints=("Look at the top row.",),
        solution="'canvass'",
        expected=lambda: "canvass",
    )
    assert word.evaluate(" Canvass ").correct and not word.evaluate("donate").correct


def test_summary_and_assert_all_correct():
    a = _text_q("kit.sum1")
    b = ChoiceQuestion(
        "kit.sum2",
        "Pick",
        "Pick b.",
        hints=("b",),
        solution="y",
        options=(Option("x", "Not x."), Option("y", "Yes, y.", right=True)),
    )
    a.check("hello")
    table = summary([a, b])
    assert table.counts == {"correct": 1, "incorrect": 0, "not_attempted": 1}
    with pytest.raises(AssertionError, match="kit.sum2"):
        assert_all_correct([a, b])
    b.check("y")
    assert assert_all_correct([a, b]).counts["correct"] == 2


def test_form_fields_accept_lines_for_lists():
    seen = {}

    def judge(answer):
        seen.update(answer)
        return Verdict(True, "ok")

    q = FormQuestion(
        "kit.form",
        "Form",
        "Fill it.",
        hints=("h",),
        solution="{}",
        fields=(Field("ask", "Ask"), Field("alternatives", "Alternatives", is_list=True)),
        judge=judge,
    )
    assert q.evaluate({"ask": " Would  you? ", "alternatives": "one\n\ntwo"}).correct
    assert seen == {"ask": "Would you?", "alternatives": ["one", "two"]}


def test_result_rejects_unknown_status():
    with pytest.raises(ValueError):
        Result("x", "maybe", "?")


def test_importing_the_kit_stays_light():
    code = (
        "import sys, commonground.exercises, commonground.commands.exercises;"
        "heavy = {'pandas', 'ipywidgets', 'nbformat', 'matplotlib', 'statsmodels'};"
        "print(sorted(heavy & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_not_attempted_says_how_to_write_the_answer_in_code():
    from commonground.exercises import lesson02, lesson07

    form = lesson02.q5.evaluate(____)
    assert form.status == "not_attempted"
    assert all(f'"{f.name}"' in form.details[0] for f in lesson02.q5.fields)
    labels = lesson07.q3.evaluate(____)
    assert '"timing"' in labels.details[0] and "4 labels" in labels.details[0]


def test_results_and_notes_are_feedback_cards_with_words():
    from commonground import stylesheet
    from commonground.questions.kit import CARDS, LABELS

    rules = stylesheet.section("widgets")
    for status, verdict in CARDS.items():
        markup = Result("kit.card", status, "Because.").html()
        assert f'class="cg-card cg-card--{verdict}"' in markup
        assert f"{LABELS[status]}</p>" in markup  # the status in words, not only colour
        assert f".cg-card--{verdict} " in rules
        assert " style=" not in markup
    assert len(set(CARDS.values())) == 3
    note = _text_q("kit.note").solution()
    assert 'class="cg-card cg-card--info"' in note.html() and " style=" not in note.html()
    # Shown outside a widget, the output brings the rules along.
    assert note.bundle()["text/html"].startswith(f"<style>{rules}</style>")
