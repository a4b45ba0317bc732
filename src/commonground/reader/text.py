"""Small text helpers for the line reader: sentences, words and simple lemmas.

Everything here is plain ``re``; no models and no downloads. The lemmatiser is
deliberately crude (lowercase, strip plurals, ``-ing`` and ``-ed``, a final ``e``):
it only has to make an ask's words and a fact's keywords meet in the middle, and
both sides go through the same function.
"""

from __future__ import annotations

import re
from functools import lru_cache

from commonground.reader.guards import at_word_starts, starting_with
from commonground.reader.typed_forms import run_on_questions, run_on_requests, tidy, unhesitate

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


# Texting shorthand and contractions typed without an apostrophe, as learners type them.
_SHORTHAND = {
    "u": "you",
    "r": "are",
    "ur": "your",
    "w": "with",
    "w/": "with",
    "bc": "because",
    "b/c": "because",
    "cuz": "because",
    "coz": "because",
    "pls": "please",
    "plz": "please",
    "hrs": "hours",
    "hr": "hour",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    # Day names cut short ("weds 3 dec", "tues at 4"); only the ones no other word spells.
    "mon": "monday",
    "weds": "wednesday",
    "tues": "tuesday",
    "thurs": "thursday",
    "fri": "friday",
    "tonite": "tonight",
    "2nite": "tonight",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "im": "i'm",
    "ive": "i've",
    "youre": "you're",
    "youve": "you've",
    "youd": "you'd",
    "youll": "you'll",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "isnt": "isn't",
    "arent": "aren't",
    "wasnt": "wasn't",
    "werent": "weren't",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
    "shouldnt": "shouldn't",
    "cant": "can't",
    "wont": "won't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "thats": "that's",
    "whats": "what's",
    "hows": "how's",
    "wheres": "where's",
    "whos": "who's",
    "theyre": "they're",
    "lets": "let's",
    "wat": "what",
    "wut": "what",
    "wht": "what",
    "wen": "when",
    "y": "why",
    "wud": "would",
    "cud": "could",
    "shud": "should",
    "b": "be",
    "ppl": "people",
    "abt": "about",
    "thx": "thanks",
    "rn": "right now",
    "sry": "sorry",
    "id": "i'd",
    "ill": "i'll",
    "omg": "oh",
    # dialect and spoken spellings ("would ya", "yous coming", "wot", "comin")
    "ya": "you",
    "yous": "you",
    "youse": "you",
    "ye": "you",
    "wi": "with",
    "wot": "what",
    "howd": "how did",
    "whered": "where did",
    "wz": "was",
    "woz": "was",
    "comin": "coming",
    "goin": "going",
    "doin": "doing",
    "gettin": "getting",
    "meetin": "meeting",
    "helpin": "helping",
    "workin": "working",
    "nothin": "nothing",
    "somethin": "something",
    "whereabouts": "where",
    "where'd": "where did",
    # ours, session 6: more spoken and regional spellings
    "c'mon": "come on",
    "cmon": "come on",
    "y'all": "you all",
    "ye'd": "you'd",
    "ya'd": "you'd",
    "ta": "cheers",
    # ours, session 7: more texting and regional spellings
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "tomoz": "tomorrow",
    "2day": "today",
    "b4": "before",
    "wiv": "with",
    "wid": "with",
    "cya": "see you",
    "ttyl": "talk to you later",
    "d'you": "do you",
    "innit": "isn't it",
    # ours, session 8: texting spellings seen in the voices3 plays
    "wats": "what's",
    "wots": "what's",
    "msg": "message",
    "txt": "text",
    "pic": "picture",
}

# Typos of the words a line's kind turns on ("waht", "wuold", "lnog", "satuday"): two
# neighbouring letters swapped, or (in words of six letters or more) one letter dropped.
# Ours, session 7. Only forms that are not words themselves are corrected ("bought" stays).
_TYPO_TARGETS = (
    "what would could should you your where when long have think about brought because "
    "meeting tomorrow tonight petition together family people really thanks monday tuesday "
    "wednesday thursday friday saturday sunday"
)
_TYPO_NOT = frozenset(["bought", "rally", "thank", "tanks", "frida", "comin", "meetin"])


def _typo_forms(word: str) -> set[str]:
    forms = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    if len(word) >= 6:
        forms |= {word[:i] + word[i + 1 :] for i in range(1, len(word))}
    return forms - {word}


_TYPOS = {
    form: word
    for word in _TYPO_TARGETS.split()
    for form in sorted(_typo_forms(word))
    if form not in _TYPO_NOT and form not in _TYPO_TARGETS.split()
}
_TYPO_WORD = at_word_starts(r"(?<![\w'])(" + "|".join(sorted(_TYPOS)) + r")(?![\w'])")

# Spellings that depend on the words around them (ours, session 7): "2"/"4" as texted
# words ("coming 2 the vigil", "me 2", "cheers 4 ur time"), "fixin' to" (about to),
# "ain't it", "me da" (my dad), and a request opened with "kindly".
# A number after these names a ward, a room or a bus ("ward 4 this weekend"): never "for".
_NUMBERED = "".join(
    rf"(?<!\b{w} )"
    for w in [
        "ward",
        "room",
        "unit",
        "floor",
        "flat",
        "apt",
        "building",
        "block",
        "district",
        "zone",
        "precinct",
        "route",
        "bus",
        "number",
        "no",
        "gate",
        "platform",
        "level",
        "year",
        "grade",
        "table",
        "page",
        "step",
        "phase",
        "line",
        "local",
        "aisle",
    ]
)
# Each rule with a piece of text that every match contains: a line without it is not
# searched; and the text each match starts with, so that the look-behinds that open
# these patterns are tried only there (``starting_with``).
_IN_CONTEXT = (
    (
        " 2 ",
        starting_with(
            "2",
            _NUMBERED
            + r"(?<=[a-z] )2(?= (?:the|a|an|my|your|our|me|us|you|see|be|come|go|get|help|join|"
            r"meet|do|make|bring|talk|speak|ask|sign|hear|know|say)\b)",
        ),
        "to",
    ),
    (
        " 2",
        starting_with(
            "2",
            r"(?:(?<=^me )|(?<=[,.!?] me )|(?<=\band me )|(?<=^us )|(?<=\band us ))2(?=\s*[,.!?]|$)"
            r"|(?<=[a-z]s )2(?=\s*[.!?]*$)",
        ),
        "too",
    ),
    (
        " 4 ",
        starting_with(
            "4",
            _NUMBERED + r"(?<=[a-z] )4(?= (?:the|a|an|my|your|our|me|us|you|coming|being|listening|"
            r"everything|all|that|this|it|now|today|tonight)\b)"
            # "up 4 leafleting", "thanks 4 coming": before an -ing word only after these
            r"|(?:(?<=\bup )|(?<=\bready )|(?<=\bthanks )|(?<=\bcheers )|(?<=\bsorry )|"
            r"(?<=\bfree ))4(?= [a-z]+ing\b)",
        ),
        "for",
    ),
    ("fixin", starting_with("fixin", r"\bfixin'? to\b|\bfixing to\b"), "going to"),
    ("ain't ", starting_with("ain't ", r"\bain't (?=it\b|that\b)"), "isn't "),
    (
        "me ",
        starting_with(
            "me ",
            r"(?:^|(?<=[,.!?;] )|(?<=\band )|(?<=\bbut )|(?<=\bwhen )|(?<=\bcos )|"
            r"(?<=\bbecause ))me (?=(?:da|dad|mam|mum|ma|nan|nanna|granda|grandad|gran|brother|"
            r"sister|son|daughter|kids|husband|wife|fella|missus|mate|mates|auntie|uncle|"
            r"cousin|neighbou?r)\b)",
        ),
        "my ",
    ),
    ("kindly ", starting_with("kindly ", r"(?:^|(?<=[,.!?;] ))kindly (?=[a-z])"), "please "),
    # "your in then?", "your coming right": "you're" typed as "your" (ours, session 11), only
    # before a word no noun follows "your" with ("your in-laws", "your free time" stay)
    (
        "your ",
        starting_with(
            "your ",
            r"\byour (?=(?:in(?![\w-])|on board\b|coming\b|going\b|welcome\b|not\b|kidding\b|"
            r"joking\b|sure\b|all set\b|good to go\b|down for\b|up for\b|able to\b|still in\b|"
            # "what is it ur unsure about" (ours, session 12)
            r"unsure\b|not sure\b|worried\b|nervous\b|hesitant\b))",
        ),
        "you're ",
    ),
    # "its the library on sat", "were pushing the hospital to...": "it's" and "we're" typed
    # without the apostrophe, where the word after says so (ours, session 12): a possessive
    # "its" never comes before an article, "not" or "ok"; a past "were" opening a sentence
    # asks ("were you there?"), so before an -ing verb it is "we're"
    (
        "its ",
        starting_with(
            "its ",
            r"\bits (?=(?:the|a|an|not|just|only|ok|okay|fine|so|really|too|very|all|like|"
            r"gonna|going|been|my|your|our|their|his|her|getting|about|always|never|still)\b)",
        ),
        "it's ",
    ),
    (
        "were ",
        starting_with(
            "were ",
            r"(?:^|(?<=[,.!?;] )|(?<=\bso )|(?<=\band )|(?<=\bbut ))were (?=(?:[a-z]+ing|gonna|"
            r"going|trying|hoping|fighting|pushing|not|still|also|just)\b)(?!\w+ (?:you|u)\b)",
        ),
        "we're ",
    ),
)

# Two-word spoken forms: "where abouts do you live", "how's about you come along".
_SPOKEN_PAIRS = re.compile(r"\b(?:where abouts|how's about|hows about)\b")
_SPOKEN_PAIR_WORDS = {
    "where abouts": "where",
    "how's about": "how about",
    "hows about": "how about",
}
_SHORTHAND_WORD = re.compile(
    r"(?<![\w'])("
    + "|".join(re.escape(k) for k in sorted(_SHORTHAND, key=len, reverse=True))
    + r")(?![\w'])"
)
# A shorthand word stands between characters outside [\w'], so its [\w'] run ("w" of "w/",
# "b" of "b/c") is a whole run of the line: a line with none of these runs has none.
_RUN = re.compile(r"[\w']+")
_SHORTHAND_RUNS = frozenset(k.split("/")[0] for k in _SHORTHAND)


# Spoken hesitations anywhere in a line ("how did you, uh, get into it") carry no meaning.
_HESITATION = at_word_starts(
    r"(?:,\s*)?(?<![\w'-])(?:u+m+|u+h+m*|e+r+m*|h+m+|m+h*m+)(?![\w'-])[,.]*", or_at=","
)
# A hesitation stands between characters outside [\w'-], so it is a whole [\w'] run of the
# line: a line with no such run has none (a cheap test before the search).
_HESITATION_RUN = re.compile(r"u+m+|u+h+m*|e+r+m*|h+m+|m+h*m+")


def _hesitates(text: str) -> bool:
    return any(_HESITATION_RUN.fullmatch(run) for run in set(_RUN.findall(text)))


# A false start: "h-how", "wh-what", "I-I", "w- what" keep only the word said in full.
_FALSE_START = re.compile(r"(?<![\w'-])([a-z]{1,3})-\s?(?=\1)")
# A stammered repeat: "how, how did", "I... I think", "the - the": keep one.
# The word is taken whole (``++``: no backtracking into it): a shorter piece could never
# match, as the next character would be a letter, not a space or a separator.
_REPEAT = re.compile(r"\b([a-z']++)(?:\s*(?:,|\.\.\.|…|-+|—)\s*\1\b)+")
# "Like" set off by commas is a filler ("would you, like, help?", "like, how long?"): it
# carries no meaning, and between a verb and its object it hides the phrase that does.
_FILLER_LIKE = re.compile(r"(?:^|,\s*)like,\s*")
_SPACE_PUNCT = re.compile(r"\s+([,.!?;:])")
_LEADING_COMMA = re.compile(r"^[\s,;]+")


# "ill" typed for "I'll", except where it is the word ill: "got ill", "so ill", "fell ill".
_ILL_BEFORE = re.compile(
    r"(?:^|\s)(?:got|get|gets|getting|fell|fall|falls|falling|feel|feels|felt|feeling|was|were|is|am|"
    r"are|been|being|be|become|became|so|very|really|too|quite|seriously|terminally|mentally|"
    r"chronically|critically|gravely|an|the|look|looked|looks)\s*$"
)


def _expand(m: re.Match) -> str:
    word = m.group(1)
    if word == "ill" and _ILL_BEFORE.search(m.string, 0, m.start()):
        return word
    return _SHORTHAND[word]


@lru_cache(maxsize=16384)
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
    text = tidy(" ".join(text.split()).lower())  # str.split's spaces are re's \s
    if "-" in text:
        text = _FALSE_START.sub("", text)
    runs = set(_RUN.findall(text))
    if not runs.isdisjoint(_SHORTHAND_RUNS):
        text = _SHORTHAND_WORD.sub(_expand, text)
        runs = set(_RUN.findall(text))
    if not runs.isdisjoint(_TYPOS):
        text = _TYPO_WORD.sub(lambda m: _TYPOS[m.group(1)], text)
    for needle, pattern, said in _IN_CONTEXT:
        if needle in text:
            text = pattern.sub(said, text)
    if "about" in text:
        text = _SPOKEN_PAIRS.sub(lambda m: _SPOKEN_PAIR_WORDS[m.group(0)], text)
    text = run_on_requests(text)  # "...a meeting thursday can you come": the comma not typed
    text = run_on_questions(text)  # "thanks for having me what did you do": the stop not typed
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


def sentences(text: str) -> list[str]:
    """Split normalised text into sentences (on ``.``, ``!`` or ``?`` then a space, or on
    a spaced dash before a question word).

    A full stop after a common abbreviation ("St. Mary's", "6 p.m. on") does not end
    a sentence.
    """
    return list(_sentences(text))


@lru_cache(maxsize=16384)  # the reader splits the same line several times
def _sentences(text: str) -> tuple[str, ...]:
    merged: list[str] = []
    for piece in _SENTENCE_END.split(text):
        if merged and _ABBREVIATION.search(merged[-1]):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return tuple(s for s in merged if s.strip())


def words(text: str) -> list[str]:
    """Return the lowercase words of ``text`` (apostrophes kept inside words)."""
    return _WORD.findall(normalise(text))


@lru_cache(maxsize=65536)  # a pure function of the word; the same words come back often
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
