"""Reader lines found by the audit of learner-facing judgements (session 6).

Each form comes with its near miss, which must keep its old reading.
"""

from __future__ import annotations

import pytest

from commonground.reader import read_line

CASES = [
    # asking what they have tried is an open question; suggesting a thing to try is advice
    ("what have you tried so far?", "open_question"),
    ("what else have you tried?", "open_question"),
    ("Have you tried the food bank?", "advice"),
    ("have you tried calling the council", "advice"),
    # "what do you make of ..." asks for a view; "what do you make?" for a fact
    ("what do you make of the rent going up", "open_question"),
    ("What do you make of the new rota?", "open_question"),
    ("What do you make?", "factual_question"),
    # "What a ..." without a question mark is an exclamation, not a question
    ("What a nightmare.", "other"),
    ("What a week!", "other"),
    ("what a nightmare, how did you cope", "open_question"),
    # a text's last words with a day are a follow-up, so the line closes
    ("Lovely stuff, talk Thursday", "close"),
    ("cheers, speak tomorrow", "close"),
    ("We should talk Thursday about the rota", "other"),
    # around for a named thing is an ask, said as texts say it; around at all is a fact
    ("you around tmrw evening for the phone bank?", "ask"),
    ("are you around tomorrow evening for the phone bank?", "ask"),
    ("are you around much in the evenings?", "closed_question"),
    ("were you around for the last strike?", "closed_question"),
]

PUSHES = [
    ("would it kill you to come for an hour", True),
    ("it won't kill you to try", True),
    ("could you not just come for a bit?", True),
    ("can u not even do an hour", True),
    # a question about what they would feel, or a plain "could you not ...?", presses nothing
    ("would it hurt you to lose the shop?", False),
    ("Could you not get cover that night?", False),
]


@pytest.mark.parametrize(("line", "kind"), CASES)
def test_kind(line, kind):
    assert read_line(line).kind == kind, read_line(line).rules


@pytest.mark.parametrize(("line", "pushes"), PUSHES)
def test_mocking_a_refusal_is_a_push(line, pushes):
    assert ("push" in read_line(line).signals) is pushes, read_line(line).rules


def test_a_texted_goodbye_with_a_day_promises_a_follow_up():
    assert "follow_up" in read_line("Lovely stuff, talk Thursday").signals
    assert "follow_up" not in read_line("I want to talk Thursday's meeting through").signals
