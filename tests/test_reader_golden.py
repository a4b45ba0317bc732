"""Every reading of every authored wording is exactly what the golden file recorded.

The golden file (``tests/golden/readings.json``, built by ``tests/golden_readings.py``
before the reader was made faster) holds the full reading of every text in the shipped
scenarios and the reader's labelled tables. A speed-up that changed any kind, signal,
ask part, fit, rule note or suggestion fails here, naming the text.
"""

import json

import pytest
from golden_readings import GOLDEN, corpus

from commonground.reader import read_line
from commonground.reader.ask_phrases import ask_phrases

STORED = json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_the_golden_file_covers_the_shipped_wordings():
    texts, keyed = corpus()
    missing = [t for t in texts if t not in STORED["plain"]]
    # A wording added since the file was built is read by the reader's other tests; most
    # of the corpus must be here for this guard to mean anything.
    assert len(STORED["plain"]) > 3000
    assert len(missing) < len(texts) // 10, missing[:5]
    assert set(STORED["with_keywords"]) <= set(keyed)


@pytest.mark.parametrize("chunk", range(8))
def test_every_plain_reading_matches_the_golden_file(chunk):
    items = list(STORED["plain"].items())[chunk::8]
    wrong = []
    for text, want in items:
        got = {"reading": read_line(text).as_dict(), "phrases": ask_phrases(text)}
        if got != want:
            wrong.append((text, want, got))
    assert not wrong, wrong[:3]


def test_every_ask_read_with_fact_keywords_matches_the_golden_file():
    wrong = []
    for entry in STORED["with_keywords"].values():
        for text, want in entry["readings"].items():
            got = read_line(text, entry["fit"], entry["conflict"]).as_dict()
            if got != want:
                wrong.append((text, want, got))
    assert sum(len(e["readings"]) for e in STORED["with_keywords"].values()) > 100
    assert not wrong, wrong[:3]
