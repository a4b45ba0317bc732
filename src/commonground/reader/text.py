"""Small text helpers for the line reader: sentences, words and simple lemmas.

Everything here is plain ``re``; no models and no downloads. The lemmatiser is
deliberately crude (lowercase, strip plurals, ``-ing`` and ``-ed``, a final ``e``):
it only has to make an ask's words and a fact's keywords meet in the middle, and
both sides go through the same function.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9$]+(?:['’][a-z]+)?")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_SPACES = re.compile(r"\s+")

# Irregular forms worth folding so that "went" meets "go" and "kids" meets "kid".
_IRREGULAR = {
    "children": "child",
    "people": "person",
    "went": "go",
    "gone": "go",
    "ran": "run",
    "taught": "teach",
    "drove": "drive",
    "driven": "drive",
    "led": "lead",
    "brought": "bring",
    "came": "come",
    "wrote": "write",
    "written": "write",
    "spoke": "speak",
    "spoken": "speak",
    "gave": "give",
    "given": "give",
    "outdoors": "outdoor",
    "nights": "night",
}


def normalise(text: str) -> str:
    """Return ``text`` lowercased, with curly quotes straightened and spaces collapsed."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return _SPACES.sub(" ", text).strip().lower()


def sentences(text: str) -> list[str]:
    """Split normalised text into sentences (on ``.``, ``!`` or ``?`` then a space)."""
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def words(text: str) -> list[str]:
    """Return the lowercase words of ``text`` (apostrophes kept inside words)."""
    return _WORD.findall(normalise(text))


def lemma(word: str) -> str:
    """Reduce a word to a rough stem shared by its common inflections.

    Examples
    --------
    >>> [lemma(w) for w in ["canvassing", "canvass", "kids", "driving", "drive", "walks"]]
    ['canvass', 'canvass', 'kid', 'driv', 'driv', 'walk']
    """
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in _IRREGULAR:
        w = _IRREGULAR[w]
    elif len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith(("sses", "xes", "ches", "shes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 5 and w.endswith("ing"):
        w = _undouble(w[:-3])
    elif len(w) > 4 and w.endswith("ed"):
        w = _undouble(w[:-2])
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def _undouble(stem: str) -> str:
    """``runn`` -> ``run``, but keep ``canvass``, ``call``, ``staff``."""
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        return stem[:-1]
    return stem


def lemmas(text: str) -> list[str]:
    """Return the lemma of every word in ``text``, in order."""
    return [lemma(w) for w in words(text)]


def contains_phrase(haystack: list[str], needle: list[str]) -> bool:
    """True when the lemma sequence ``needle`` occurs contiguously in ``haystack``."""
    if not needle:
        return False
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))
