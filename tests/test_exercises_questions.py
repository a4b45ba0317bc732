"""Every exercise question: its model answer passes, ____ is "not attempted", wrong answers fail.

The wrong answers are the ``must_fail`` lists in ``content/questions/*.yaml``: typical
mistakes (a closed question where an open one is wanted, a vague ask...). The schema
refuses a free-text question without them, and every wrong option of a choice question
is tried too.
"""

from __future__ import annotations

import ast

import pytest

from commonground import curriculum, method
from commonground.exercises import PLACEHOLDER, catalog
from commonground.questions.loading import load_lesson

VOLUNTEER = [
    q
    for m, mod in catalog.NOTEBOOKS.items()
    if mod.startswith("lesson")
    for q in catalog.questions_of(mod)
]


def _raw(q) -> dict:
    """The question's entry in its file."""
    loaded = load_lesson(q.id.split(".")[0])
    return next(raw for raw in loaded.data["exercises"] if raw["id"] == q.id)


def _wrong_answers() -> list[tuple[str, object]]:
    out = []
    for q in VOLUNTEER:
        if q.input_kind == "choice":
            out += [(q.id, o.text) for o in q.options if not o.right]
        else:
            out += [(q.id, answer) for answer in _raw(q)["must_fail"]]
    return out


_PLAN = {
    "hope_to_find_out": "what he cares about most and what he enjoys doing",
    "questions": [
        "How long have you lived in the building?",
        "What has changed here over the years?",
        "What would you most like to see fixed?",
    ],
    "ask": "Would you help run a tenant meeting in the community room next Tuesday at 7pm?",
    "alternatives": ["Would you knock on doors on your floor on Saturday at 11am?"],
}
_STORY = {
    "what_happened": "When my daughter's school lost its nurse I watched a kid wait an hour",
    "what_you_chose": "I started going to school board meetings with other parents",
    "why_now": "That is why I care about this campaign: every school needs a nurse",
}
_MESSAGE = {
    "activity": "reading with second graders",
    "date": "Tuesday 14 May",
    "time": "10am",
    "place": "the Oak Street library",
    "contact_person": "Ana at the campaign office",
    "thanks": "Thank you for telling me about reading with your grandkids.",
}


def _model_answer(q):
    if q.input_kind in ("lines", "labels", "form"):
        return ast.literal_eval(q.solution)  # the text a solution notebook writes
    return str(q.solution)


def test_every_volunteer_lesson_has_four_to_eight_questions():
    lessons = {}
    for q in VOLUNTEER:
        lessons.setdefault(q.id.split(".")[0], []).append(q)
    assert sorted(lessons) == [f"{n:02d}" for n in range(1, 9)]
    for number, questions in lessons.items():
        assert 4 <= len(questions) <= 8, number
        curriculum.lesson(number)  # the lesson exists


def test_every_question_has_wrong_answers_listed():
    missing = [q.id for q in VOLUNTEER if q.input_kind != "choice" and not _raw(q).get("must_fail")]
    assert not missing, f"add wrong answers for {missing}"
    assert len(_wrong_answers()) > 2 * len(VOLUNTEER)


@pytest.mark.parametrize("q", VOLUNTEER, ids=lambda q: q.id)
def test_model_answer_passes(q):
    result = q.evaluate(_model_answer(q))
    assert result.status == "correct", result


@pytest.mark.parametrize("q", VOLUNTEER, ids=lambda q: q.id)
def test_placeholder_and_blank_are_not_attempted(q):
    for blank in (PLACEHOLDER, "", "   ", None):
        result = q.evaluate(blank)
        assert result.status == "not_attempted"
        assert "____" in result.message  # the nudge says what to do


@pytest.mark.parametrize(
    ("qid", "answer"),
    _wrong_answers(),
    ids=lambda v: v if isinstance(v, str) and "." in v and len(v) < 7 else "",
)
def test_wrong_answer_fails_without_giving_the_answer_away(qid, answer):
    q = catalog_question(qid)
    result = q.evaluate(answer)
    assert result.status == "incorrect", result
    assert result.message
    shown = result.message + " ".join(result.details)
    if q.input_kind in ("text", "lines", "form"):
        assert q.solution not in shown
    if q.input_kind == "choice":  # a miss shows the right answer and why
        assert q.right.text in shown and q.right.feedback in shown


def catalog_question(qid):
    for q in VOLUNTEER:
        if q.id == qid:
            return q
    raise KeyError(qid)


@pytest.mark.parametrize("q", VOLUNTEER, ids=lambda q: q.id)
def test_hints_solution_and_elements_in_method_terms(q):
    ids = set(method.load().ids())
    assert q.elements and set(q.elements) <= ids, q.elements
    assert q.hints and q.explanation and q.solution
    first = q.hint_note(1)
    assert q.hints[0] in first.text
    q.reset()


def test_choice_answers_accept_letter_or_option_text():
    q = catalog_question("06.q4")
    letter = "abcd"[[o.right for o in q.shown()].index(True)]  # in this learner's order
    assert q.evaluate(letter.upper()).correct
    assert q.evaluate(q.right.text).correct
    assert q.evaluate(f"{letter}) " + q.right.text).correct
    assert not q.evaluate("abcd".replace(letter, "")[0]).correct
    bad = q.evaluate("z")
    assert bad.status == "incorrect" and '"a"' in bad.message


def test_labels_wrong_shape_names_the_line():
    q = catalog_question("07.q3")
    result = q.evaluate(["timing", "sometimes", "timing", "activity"])
    assert result.status == "incorrect"
    assert "Line 2" in result.message
    assert "exactly 4" in q.evaluate(["timing"]).message


def test_form_rejects_unknown_fields_by_name():
    q = catalog_question("08.q3")
    result = q.evaluate({**_MESSAGE, "venue": "library"})
    assert result.status == "incorrect" and "venue" in result.message


def test_expected_labels_agree_with_the_reader():
    # The sorting tasks name their labels in the file; the reader must read each line the
    # same way, so a reader change (or a typo in the file) that breaks one shows here.
    from commonground.exercises import lesson01, lesson03, lesson05
    from commonground.questions.judging import expected_kinds

    for q in (lesson01.q5, lesson03.q5, lesson05.q3):
        assert list(q._expected()) == expected_kinds(q.items), q.id


def test_named_right_options_agree_with_the_method_and_the_reader():
    from commonground.exercises import lesson02, lesson03, lesson05, lesson06
    from commonground.reader import specificity

    model = method.load()
    steps = [e.title for e in model.meeting_steps()]
    assert lesson02.q1.right.text in [p.title for p in model.purposes]
    low, high = model.meeting_length_min
    assert low <= int(lesson02.q2.right.text.split()[0]) <= high
    assert lesson03.q2.right.text == steps[steps.index("Open with factual questions") + 1]
    assert lesson05.q5.right.text == steps[steps.index("Make a clear, specific ask that fits") - 1]
    ask = lesson06.q3.prompt.split("“")[1].rstrip("”")
    assert "place" not in specificity(ask) and {"activity", "time"} <= set(specificity(ask))
    assert lesson06.q3.right.text == "The place"
