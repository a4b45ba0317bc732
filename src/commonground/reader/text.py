"""Small text helpers for the line reader: sentences, words and simple lemmas.

Everything here is plain ``re``; no models and no downloads. The lemmatiser is
deliberately crude (lowercase, strip plurals, ``-ing`` and ``-ed``, a final ``e``):
it only has to make an ask's words and a fact's keywords meet in the middle, and
both sides go through the same function.
"""

from __future__ import annotations

import re

from commonground.reader import spellings
from commonground.reader.guards import at_word_starts
from commonground.reader.memo import remembered
from commonground.reader.typed_forms import (
    run_on_questions,
    run_on_requests,
    tidy,
    topic_first,
    unhesitate,
)

# The words a topic put before its question opens with ("my landlord, is he ...").
_TOPIC_HEADS = (
    "my ",
    "your ",
    "the ",
    "our ",
    "his ",
    "her ",
    "their ",
    "this ",
    "that ",
    "these ",
    "those ",
)

# Day and month names, shared by the reader's time rules and the planners' "when" rules.
DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
SHORT_DAYS = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)

_WORD = re.compile(r"[a-z0-9$]+(?:['’][a-z]+)?")
_SENTENCE_END = re.compile(
    r"(?<=[.!?])\s+"
    # A spaced dash before a question ends the sentence too: "you're a legend - what got
    # you into this?" is praise, then a question (ours, session 11).
    r"|(?<=\w)\s+[-\u2013\u2014]+\s+(?=(?:what|what's|how|how's|why|who|which|where|when|"
    r"do|does|did|are|is|can|could|would|will|have|has|tell me)\b)"
)
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


# Spoken hesitations anywhere in a line ("how did you, uh, get into it") carry no meaning.
_HESITATION = at_word_starts(
    r"(?:,\s*)?(?<![\w'-])(?:u+m+|u+h+m*|e+r+m*|h+m+|m+h*m+)(?![\w'-])[,.]*", or_at=","
)
# A hesitation stands between characters outside [\w'-], so it is a whole [\w'] run of the
# line: a line with no such run has none (a cheap test before the search).
_HESITATION_RUN = re.compile(r"u+m+|u+h+m*|e+r+m*|h+m+|m+h*m+")


def _hesitates(text: str) -> bool:
    return any(_HESITATION_RUN.fullmatch(run) for run in set(spellings.RUN.findall(text)))


# A false start: "h-how", "wh-what", "I-I", "w- what" keep only the word said in full.
_FALSE_START = re.compile(r"(?<![\w'-])([a-z]{1,3})-\s?(?=\1)")
# A stammered repeat: "how, how did", "I... I think", "the - the": keep one.
# The word is taken whole (``++``: no backtracking into it): a shorter piece could never
# match, as the next character would be a letter, not a space or a separator.
_REPEAT = re.compile(r"\b([a-z']++)(?:\s*(?:,|\.\.\.|…|-+|—)\s*\1\b)+")
# "Like" set off by commas is a filler ("would you, like, help?", "like, how long?"): it
# carries no meaning, and between a verb and its object it hides the phrase that does.
_FILLER_LIKE = re.compile(r"(?:^|,\s*)like,\s*")
# Emoji and the joiners between their parts carry a tone the reader does not read (ours,
# session 15): left in, one hid a tag or a question's end from the rules that look for it.
_EMOJI = re.compile("[\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]+")
_SPACE_PUNCT = re.compile(r"\s+([,.!?;:])")
_LEADING_COMMA = re.compile(r"^[\s,;]+")


# "ill" typed for "I'll", except where it is the word ill: "got ill", "so ill", "fell ill".
_ILL_BEFORE = re.compile(
    r"(?:^|\s)(?:got|get|gets|getting|fell|fall|falls|falling|feel|feels|felt|feeling|was|were|is|am|"
    r"are|been|being|be|become|became|so|very|really|too|quite|seriously|terminally|mentally|"
    r"chronically|critically|gravely|an|the|look|looked|looks)\s*$"
)


# Day names cut short keep their expansion in a range ("mon-fri"): the time rules read it.
_RANGE_DAYS = frozenset(["mon", "tues", "weds", "thurs", "fri"])


def _expand(m: re.Match) -> str:
    word = m.group(1)
    if word == "ill" and _ILL_BEFORE.search(m.string, 0, m.start()):
        return word
    start, end, line = m.start(), m.end(), m.string
    joined = (line[end : end + 1] == "-" and line[end + 1 : end + 2].isalpha()) or (
        start > 1 and line[start - 1] == "-" and line[start - 2].isalpha()
    )
    if joined and word not in _RANGE_DAYS:
        return word  # one word joined to the next: "ta-ra", "u-turn", "ill-health" (session 15)
    return spellings.SHORTHAND[word]


@remembered
def normalise(text: str) -> str:
    """Return ``text`` lowercased, quotes straightened, shorthand expanded, spaces collapsed.

    Spoken hesitations ("um", "uh", "erm"), a filler "like" set off by commas, false
    starts ("h-how") and stammered repeats ("how, how did") are removed, so they never change how a line is read.

    Examples
    --------
    >>> normalise("Can u canvass w me  tmrw?")
    'can you canvass with me tomorrow?'
    >>> normalise("Um, so, h-how did you, uh, get into it?")
    'so, how did you get into it?'
    """
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    if not text.isascii():
        text = _EMOJI.sub(" ", text)  # "the landlord's a joke isn't he 🙄" ends on its tag
    text = tidy(" ".join(text.split()).lower())  # str.split's spaces are re's \s
    if "-" in text:
        text = _FALSE_START.sub("", text)
    runs = set(spellings.RUN.findall(text))
    if not runs.isdisjoint(spellings.SHORTHAND_RUNS):
        text = spellings.SHORTHAND_WORD.sub(_expand, text)
        runs = set(spellings.RUN.findall(text))
    if not runs.isdisjoint(spellings.TYPOS):
        text = spellings.untypo(text)
    for needle, pattern, said in spellings.IN_CONTEXT:
        if needle in text:
            text = pattern.sub(said, text)
    if "about" in text:
        text = spellings.SPOKEN_PAIRS.sub(lambda m: spellings.SPOKEN_PAIR_WORDS[m.group(0)], text)
    text = run_on_requests(text)  # "...a meeting thursday can you come": the comma not typed
    text = run_on_questions(text)  # "thanks for having me what did you do": the stop not typed
    if ", " in text and text.startswith(_TOPIC_HEADS):
        text = topic_first(text)  # "my landlord, is he allowed...": the topic, then the question
    before = text
    if "like," in text:
        text = _FILLER_LIKE.sub(lambda m: " " if m.start() else "", text)
    if any(h in text for h in ("um", "uh", "er", "hm", "mm")) and _hesitates(text):
        text = _HESITATION.sub(unhesitate, text)
    if any(p in text for p in (",", "...", "…", "-", "—")):
        text = _REPEAT.sub(r"\1", text)
    if text is not before:
        text = _SPACE_PUNCT.sub(r"\1", _SPACES.sub(" ", text))
        text = _LEADING_COMMA.sub("", text).strip()
    return text


_ABBREVIATION = re.compile(
    r"(?:^|\s)(?:st|mt|dr|mr|mrs|ms|jr|sr|ave|rd|blvd|no|vs|etc|a\.m|p\.m|e\.g|i\.e)\.$"
)
#: Words that open a sentence and are no name or street: after "Mrs." or "6 p.m." one of
#: them ends the sentence after all ("Hello Mrs. I need volunteers", "at 6 p.m. How does
#: that sound?"), where "Mrs. Osei" and "St. Mary's" go on (ours, session 15). The
#: text is lower-cased by then, so the capital that tells a name is gone; these words
#: tell a new sentence instead. Not after "e.g.", "i.e.", "vs." or "no." (left as it was).
_SENTENCE_OPENERS = (
    "i i'm i've i'd i'll we we're we've we'll you you're you've it it's this that's there "
    "how what why when where who which would could can will do did does is are was "
    "thanks thank please my our let let's sorry"
)
_OPENS_A_SENTENCE = frozenset(_SENTENCE_OPENERS.split())
_GOES_ON = ("e.g.", "i.e.", "vs.", "no.")


def sentences(text: str) -> list[str]:
    """Split normalised text into sentences (on ``.``, ``!`` or ``?`` then a space, or on
    a spaced dash before a question word).

    A full stop after a common abbreviation ("St. Mary's", "6 p.m. on") does not end
    a sentence, unless a word that opens sentences follows it ("Hello Mrs. I need...").
    """
    return list(_sentences(text))


@remembered  # the reader splits the same line several times
def _sentences(text: str) -> tuple[str, ...]:
    merged: list[str] = []
    for piece in _SENTENCE_END.split(text):
        if merged and _ABBREVIATION.search(merged[-1]) and not _opens(merged[-1], piece):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return tuple(s for s in merged if s.strip())


def _opens(before: str, piece: str) -> bool:
    """True when ``piece`` after an abbreviation opens a new sentence (see above)."""
    first = piece.split(" ", 1)[0].rstrip(",.!?")
    return first in _OPENS_A_SENTENCE and not before.endswith(_GOES_ON)


def words(text: str) -> list[str]:
    """Return the lowercase words of ``text`` (apostrophes kept inside words)."""
    return _WORD.findall(normalise(text))


@remembered(maxsize=65536)  # a pure function of the word; the same words come back often
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
    if n == 1:  # most keywords are one word
        return needle[0] in haystack
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))
