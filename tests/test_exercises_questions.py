"""Every exercise question: its model answer passes, ____ is "not attempted", wrong answers fail.

The wrong answers below are typical mistakes (a closed question where an open one is
wanted, a vague ask, the wrong option...). A test fails when a question has none listed,
so a new question cannot arrive without one.
"""

from __future__ import annotations

import ast

import pytest

from commonground import curriculum, method
from commonground.exercises import PLACEHOLDER, catalog
from commonground.exercises.questions import ValueQuestion

VOLUNTEER = [
    q
    for m, mod in catalog.NOTEBOOKS.items()
    if mod.startswith("lesson")
    for q in catalog.questions_of(mod)
]

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

WRONG: dict[str, list] = {
    "01.q1": ["a", "d"],
    "01.q2": ["a", "d"],
    "01.q3": ["b", "c"],
    "01.q4": ["You should call the city inspector.", "Do you want my help with that?"],
    "01.q5": [
        ["open_question", "advice", "story", "open_question"],
        ["closed_question", "advice", "story", "open_question"],
    ],
    "02.q1": ["a", "c"],
    "02.q2": ["a", "d"],
    "02.q3": ["a", "d"],
    "02.q4": [
        ["Do you like it here?", "Are you angry about the repairs?", "Where do you work?"],
        ["What do you care about?", "What would you change?", "How do you feel?"],
    ],
    "02.q5": [
        {**_PLAN, "ask": "Would you help us out sometime?"},
        {**_PLAN, "alternatives": []},
        {**_PLAN, "questions": ["Do you like it here?", "Are you a teacher?"]},
        {**_PLAN, "ask": "Would you phone bank at the office on Tuesday at 7pm?"},
    ],
    "03.q1": ["What matters most to you?", "Do you like your job?"],
    "03.q2": ["a", "c"],
    "03.q3": [
        {**_STORY, "why_now": ""},
        {"what_happened": "Schools lack nurses", "what_you_chose": "meetings", "why_now": "x"},
    ],
    "03.q4": ["Do you agree with me?", "Anyway, that's my story, and that's why I care."],
    "03.q5": [
        ["story", "factual_question", "open_question"],
        ["factual_question", "open_question", "story"],
    ],
    "04.q1": [
        "Do you enjoy volunteering?",
        "What do you do for a living?",
        "What worries you about the rent?",
    ],
    "04.q2": ["Isn't it true the rent increase is unfair?", "What do you enjoy doing?"],
    "04.q3": [
        ["What excites you?", "Do you like the campaign?", "What would you work on?"],
        ["What excites you?", "What excites you?", "What would you work on?"],
    ],
    "04.q4": ["Do you still coach?", "What kind of volunteering do you enjoy?"],
    "04.q5": ["a", "b", "d"],
    "05.q1": ["How old is your youngest?", "We both love the weather here."],
    "05.q2": ["a", "c", "d"],
    "05.q3": [
        ["story", "open_question", "story", "ask"],
        ["common_ground", "open_question", "common_ground", "ask"],
    ],
    "05.q4": [
        "Would you come to the school board meeting on Monday at 6pm at the district office?",
        "We want smaller classes.",
        "The weather has been lovely and our campaign has a new logo this month for everyone.",
    ],
    "05.q5": ["a", "c"],
    "06.q1": [
        "Can you get involved sometime?",
        "Would you canvass with us?",
        "Would you canvass this Saturday at 10am?",
    ],
    "06.q2": [
        "Would you phone bank at the office on Tuesday at 10am?",
        "Would you read to kids at the library on Tuesday at 7pm?",
        "Would you read to second graders sometime?",
    ],
    "06.q3": ["a", "b", "d"],
    "06.q4": ["b", "c", "d"],
    "06.q5": ["Would you support the clinic?", "Would you donate to the clinic?"],
    "07.q1": ["a", "b", "d"],
    "07.q2": [
        "Would you canvass on Sunday at 2pm from the library instead?",
        "Are you sure?",
        "OK, no problem.",
    ],
    "07.q3": [
        ["activity", "activity", "timing", "activity"],
        ["timing", "timing", "timing", "timing"],
    ],
    "07.q4": [
        "Would you make calls from the office on Thursday at 6pm instead?",
        "Could you canvass with us next Saturday at 2pm from the library instead?",
        "What about another day?",
    ],
    "07.q5": [
        "Could you canvass with us on Sunday at 2pm from the library instead?",
        "Would you help in some other way?",
    ],
    "07.q6": ["Great, thanks!", "Great, see you soon. Does that work?"],
    "08.q1": ["a", "c", "d"],
    "08.q2": ["Thanks so much for your time today.", "I'll text you tomorrow with the details."],
    "08.q3": [
        {**_MESSAGE, "place": ""},
        {**_MESSAGE, "thanks": ""},
        {**_MESSAGE, "thanks": "Thanks!"},
        {**_MESSAGE, "time": "morning"},
    ],
    "08.q4": ["a", "b", "c"],
    "08.q5": ["I should do better.", "Next time I will try harder at everything I do there."],
}


def _model_answer(q):
    if q.input_kind in ("lines", "labels", "form"):
        return ast.literal_eval(q.solution_text)
    return q.solution_text


def test_every_volunteer_lesson_has_four_to_eight_questions():
    lessons = {}
    for q in VOLUNTEER:
        lessons.setdefault(q.id.split(".")[0], []).append(q)
    assert sorted(lessons) == [f"{n:02d}" for n in range(1, 9)]
    for number, questions in lessons.items():
        assert 4 <= len(questions) <= 8, number
        curriculum.lesson(number)  # the lesson exists


def test_every_question_has_wrong_answers_listed():
    missing = [q.id for q in VOLUNTEER if q.id not in WRONG and not isinstance(q, ValueQuestion)]
    assert not missing, f"add wrong answers for {missing}"


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
    [(qid, answer) for qid, answers in WRONG.items() for answer in answers],
    ids=lambda v: v if isinstance(v, str) and "." in v and len(v) < 7 else "",
)
def test_wrong_answer_fails_without_giving_the_answer_away(qid, answer):
    q = catalog_question(qid)
    result = q.evaluate(answer)
    assert result.status == "incorrect", result
    assert result.message
    shown = result.message + " ".join(result.details)
    if q.input_kind in ("text", "lines", "form"):
        assert q.solution_text not in shown


def catalog_question(qid):
    for q in VOLUNTEER:
        if q.id == qid:
            return q
    raise KeyError(qid)


@pytest.mark.parametrize("q", VOLUNTEER, ids=lambda q: q.id)
def test_hints_solution_and_elements_in_method_terms(q):
    ids = set(method.load().ids())
    assert q.elements and set(q.elements) <= ids, q.elements
    assert q.hints and q.explanation and q.solution_text
    first = q.hint_note(1)
    assert q.hints[0] in first.text
    q.reset()


def test_choice_answers_accept_letter_or_option_text():
    q = catalog_question("06.q4")
    assert q.evaluate("A").correct
    assert q.evaluate(q.options[0]).correct
    assert q.evaluate("a) " + q.options[0]).correct
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


def test_expected_labels_follow_the_reader():
    # The sorting tasks take their expected labels from the reader at check time; these
    # are the labels the exercises teach, so a reader change that breaks them shows here.
    from commonground.exercises import lesson01, lesson03, lesson05

    assert lesson01.q5._expected() == ["open_question", "advice", "story", "closed_question"]
    assert lesson03.q5._expected() == ["factual_question", "story", "open_question"]
    assert lesson05.q3._expected() == ["story", "open_question", "common_ground", "ask"]


def test_choice_answers_computed_from_the_method():
    from commonground.exercises import lesson02, lesson03, lesson05, lesson06

    assert lesson02.q1.options[lesson02.q1.correct_index] == "Checking in"
    assert lesson03.q2.options[lesson03.q2.correct_index] == "Share your story"
    assert "campaign" in lesson05.q5.options[lesson05.q5.correct_index]
    assert lesson06.q3.options[lesson06.q3.correct_index] == "The place"
