"""Session 8 judgements outside the role-play, each on good and bad lines (ours).

A pivot after your story must turn to the other person, not only be open in form.
"""

from __future__ import annotations

import pytest

from commonground.questions import loading
from commonground.questions.judging import judge_from_spec


def _pivot():
    return {q.id: q for q in loading.exercise_questions("03")}["03.q4"]


@pytest.mark.parametrize(
    "answer",
    [
        "What about you? What brought you to this?",
        "How did you end up in nursing?",
        "what keeps u going on the hard nights",
        "Tell me about your kids.",
        "How about you, what got you into the PTA?",
    ],
)
def test_a_pivot_to_them_passes(answer):
    assert _pivot().evaluate(answer).correct


@pytest.mark.parametrize(
    "answer",
    [
        "So that's me. Anyway, how's the weather been?",
        "What is the weather like today?",
        "Anyway, would you come to our meeting?",
        "Do you agree with me?",
    ],
)
def test_a_line_that_does_not_turn_to_them_fails(answer):
    assert not _pivot().evaluate(answer).correct


def test_to_them_is_an_option_authors_set_in_yaml():
    spec = {"kind": "open_question", "to_them": True, "to_them_hint": "About them, please."}
    judge = judge_from_spec(spec)
    assert judge("How's the weather been?").message == "About them, please."
    assert judge("What drew you to the union?").ok
    assert judge_from_spec({"kind": "open_question"})("How's the weather been?").ok
