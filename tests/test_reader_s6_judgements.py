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
]


@pytest.mark.parametrize(("line", "kind"), CASES)
def test_kind(line, kind):
    assert read_line(line).kind == kind, read_line(line).rules


def test_a_texted_goodbye_with_a_day_promises_a_follow_up():
    assert "follow_up" in read_line("Lovely stuff, talk Thursday").signals
    assert "follow_up" not in read_line("I want to talk Thursday's meeting through").signals
