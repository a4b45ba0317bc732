"""The reader does not normalise a sentence of a normalised line again, and forgets all
it remembers at once.

``signals.detect`` asks :func:`~commonground.reader.asks.names_when_and_where_in` about
each sentence of the normal form, which is not normalised a second time. That is exact
only while a sentence of a normal form is its own normal form: checked here on every
text of the golden readings (the shipped wordings and the labelled tables).
"""

from __future__ import annotations

from golden_readings import corpus

from commonground.reader import clear_caches, read_line
from commonground.reader.asks import names_when_and_where, names_when_and_where_in
from commonground.reader.question_form import is_question, split_turn_back, strip_lead
from commonground.reader.text import normalise, sentences


def test_a_sentence_of_a_normal_form_is_its_own_normal_form():
    texts, _ = corpus()
    work = normalise.__wrapped__  # uncached: the work itself
    pieces = [
        piece
        for text in texts
        for sentence in sentences(work(text))
        for piece in split_turn_back(sentence)
    ]
    assert len(pieces) > 5000
    changed = [p for p in pieces if work(p) != p]
    assert changed == []


def test_names_when_and_where_in_a_normal_sentence_agrees_with_the_raw_line():
    lines = [
        "Thurs 7pm, community room",
        "so thats tmrw at 6 at the library",
        "Tuesday at 6 in the hall.",
        "I'll be there Tuesday",
        "see you at the library",
        "mon 17 march 3:15 from here",
    ]
    for line in lines:
        said = normalise(line)
        assert names_when_and_where_in(said) == names_when_and_where(line), line
    assert names_when_and_where("thurs 7pm, community room")
    assert not names_when_and_where("I'll be there Tuesday")


def test_clear_caches_forgets_the_remembered_sentence_answers():
    read_line("Fair enough, is it the date or the activity?")
    assert strip_lead.cache_info().currsize > 0
    assert is_question.cache_info().currsize > 0
    clear_caches()
    assert strip_lead.cache_info().currsize == 0
    assert is_question.cache_info().currsize == 0
    assert normalise.cache_info().currsize == 0


def test_a_reading_is_the_same_cold_and_remembered():
    line = "No worries, is it the Saturday, or the canvassing itself?"
    clear_caches()
    cold = read_line(line)
    warm = read_line(line)
    assert cold == warm
    assert "probe_no" in cold.signals


def test_typos_are_put_right_as_the_alternation_of_them_did():
    """spellings.untypo (a lookup per word) gives what one pattern of every typo gave,
    on every golden text lower-cased and on lines made of typos, their neighbours and
    apostrophes."""
    import random
    import re

    from commonground.reader import spellings

    alternation = re.compile(r"(?<![\w'])(" + "|".join(sorted(spellings.TYPOS)) + r")(?![\w'])")

    def plain(text: str) -> str:
        return alternation.sub(lambda m: spellings.TYPOS[m.group(1)], text)

    texts, _ = corpus()
    rng = random.Random(5)
    typos = sorted(spellings.TYPOS)
    pieces = [*typos[:200], "it's", "'", "-", " ", ", ", "x", "9", "_", "abotu's"]
    made = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    for text in (
        [t.lower() for t in texts] + made + ["".join(rng.sample(pieces, 5)) for _ in range(500)]
    ):
        assert spellings.untypo(text) == plain(text), text
