"""Spellings learners type, put back to the words the reader's rules expect.

Texting shorthand and contractions typed without an apostrophe ("u", "ur", "dont"),
typos of the words a line's kind turns on ("waht", "satuday"), spellings that depend on
the words around them ("coming 2 the vigil", "were pushing the hospital"), and two-word
spoken forms ("where abouts"). :func:`commonground.reader.text.normalise` applies them;
this module only holds them (it was most of ``text.py``).
"""

from __future__ import annotations

import re

from commonground.reader.guards import starting_with

# Texting shorthand and contractions typed without an apostrophe, as learners type them.
SHORTHAND = {
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
    # ours, session 15: Scots and Irish spellings ("cheers for yer time", "whit's it like")
    "yer": "your",
    "whit": "what",
    "whit's": "what's",
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


TYPOS = {
    form: word
    for word in _TYPO_TARGETS.split()
    for form in sorted(_typo_forms(word))
    if form not in _TYPO_NOT and form not in _TYPO_TARGETS.split()
}


def untypo(text: str) -> str:
    """``text`` with every word typed as one of :data:`TYPOS` (a whole run of word
    characters and apostrophes) put right. A lookup per word: the pattern of all the
    typos as one alternation took 4 ms to compile, on the way to every lint."""
    return RUN.sub(lambda m: TYPOS.get(m.group(0), m.group(0)), text)


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
# "me da", "ma maw": "my" before a relative, where a clause starts.
_CLAUSE_START = (
    r"(?:^|(?<=[,.!?;] )|(?<=\band )|(?<=\bbut )|(?<=\bwhen )|(?<=\bcos )|(?<=\bbecause ))"
)
_KIN = (
    r"(?:da|dad|mam|mum|ma|maw|nan|nanna|granda|grandad|gran|brother|sister|son|daughter|kids|"
    r"husband|wife|fella|missus|mate|mates|auntie|uncle|cousin|neighbou?r)\b"
)
# Each rule with a piece of text that every match contains: a line without it is not
# searched; and the text each match starts with, so that the look-behinds that open
# these patterns are tried only there (``starting_with``).
IN_CONTEXT = (
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
        starting_with("me ", _CLAUSE_START + r"me (?=" + _KIN + r")"),
        "my ",
    ),
    # and the Scots "ma da worked in the yards" (ours, session 15)
    ("ma ", starting_with("ma ", _CLAUSE_START + r"ma (?=" + _KIN + r")"), "my "),
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
            r"unsure\b|not sure\b|worried\b|nervous\b|hesitant\b"
            # "when your free could you...", "if your busy that's fine": an adjective that
            # ends its clause, which no noun follows (ours, session 12; "your free time",
            # "your busy week", "your right to strike" stay)
            r"|(?:free|busy|available|ready|around|interested|keen|tired|sorry|late|early)"
            r"(?=\s*[,.!?;]|\s*$| (?:could|can|would|will|to|for|on|at|this|next|tomorrow|tonight|"
            r"today|then|now|and|or|though|anyway|enough|in|after|before|yet|lol|i|we|just|that's|"
            r"it's|no)(?!\w))"
            r"|right(?=\s*[,.!?;]|\s*$| (?:about|that|though|there|and|i|we)\b)))",
        ),
        "you're ",
    ),
    # Voice-to-text writes the word that sounds the same (ours, session 12): "me to, my rent
    # went up" is "me too" where a clause or the line ends after it; "witch ward are you on"
    # is "which" before a noun and the verb of a question.
    (
        "me to",
        starting_with(
            "me to",
            r"(?:^|(?<=[,.!?;] )|(?<=\boh )|(?<=\byeah )|(?<=\band ))me to(?=\s*[,.!?]|\s*$| (?:my|i|"
            r"i'm|i've|we|we're|our|actually|honestly|as well|mate|love)\b)",
        ),
        "me too",
    ),
    (
        "witch ",
        starting_with(
            "witch ",
            r"(?:^|(?<=[,.!?;] )|(?<=\bso ))witch (?=(?:[a-z]+ ){1,2}(?:are|is|was|were|do|does|did|"
            r"have|has|would|will|can|could)\b)",
        ),
        "which ",
    ),
    # "i no how you feel", "do you no anyone", "good to no": "know" typed as "no" after a
    # subject or "to", where a clause, "what", "that" or an object follows (ours, session
    # 15); "no, i can't", "i have no time", "i no longer work there", "to no one" stay
    (
        " no ",
        starting_with(
            "no",
            r"(?:(?<=\bi )|(?<=\byou )|(?<=\bwe )|(?<=\bthey )|(?<=\bdon't )|(?<=\bdidn't )|"
            # "told you no" says no to them
            r"(?<=\bdoesn't )|(?<=\bto ))(?<!\btold you )(?<!\btell you )(?<!\btelling you )"
            r"(?<!\basked you )no(?= (?:how|what|why|where|when|who|which|whether|if|that|it|him|"
            r"her|them|what's|about|anyone|anybody|anything|someone|somebody|exactly|the (?:feeling|"
            r"score|drill|way|place|area|name|date|time))\b)",
        ),
        "know",
    ),
    # ... and where its clause ends: "yeah i no, it's rubbish", "i don't no."
    ("i no", starting_with("no", r"(?<=\bi )no(?=\s*[,.!?]|\s*$)"), "know"),
    (
        "n't no",
        starting_with(
            "no", r"(?:(?<=\bdon't )|(?<=\bdidn't )|(?<=\bdoesn't ))no(?=\s*[,.!?]|\s*$)"
        ),
        "know",
    ),
    # the Scots "no" for "not": "are ye no sick of it", "is it no due this week" (ours,
    # session 15), only before a word that says how they are
    (
        " no ",
        starting_with(
            "no ",
            r"(?:(?<=\bare you )|(?<=\bwere you )|(?<=\bare they )|(?<=\bare we )|(?<=\bis it )|"
            r"(?<=\bwas it )|(?<=\bis he )|(?<=\bis she )|(?<=\bwas he )|(?<=\bwas she ))no (?=(?:sick|"
            r"tired|fed up|scunnered|worried|scared|feart|angry|raging|fuming|bothered|interested|"
            r"coming|going|working|keen|sure|ready|able|allowed|happy|glad|due|meant|supposed)\b)",
        ),
        "not ",
    ),
    # "wid ye come tae the meeting": "wid" is "with" (session 7) but the Scots "would" where
    # a clause opens with it, its subject and a bare verb (ours, session 15)
    (
        "with you ",
        starting_with(
            "with you ",
            r"(?:^|(?<=[,.!?;] )|(?<=\bso )|(?<=\band )|(?<=\bbut ))with you (?=(?:come|be|like|"
            r"want|mind|help|join|give|bring|do|fancy|consider|sign|host|chap|knock)\b)",
        ),
        "would you ",
    ),
    # "since how much time you are working here": a learner's "how long" (ours, session 15)
    (
        "how much time",
        starting_with("since how much time", r"since how much time(?= (?:you|are|do|have|is)\b)"),
        "how long",
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
SPOKEN_PAIRS = re.compile(r"\b(?:where abouts|how's about|hows about)\b")
SPOKEN_PAIR_WORDS = {
    "where abouts": "where",
    "how's about": "how about",
    "hows about": "how about",
}
SHORTHAND_WORD = re.compile(
    r"(?<![\w'])("
    + "|".join(re.escape(k) for k in sorted(SHORTHAND, key=len, reverse=True))
    + r")(?![\w'])"
)
# A shorthand word stands between characters outside [\w'], so its [\w'] run ("w" of "w/",
# "b" of "b/c") is a whole run of the line: a line with none of these runs has none.
RUN = re.compile(r"[\w']+")
SHORTHAND_RUNS = frozenset(k.split("/")[0] for k in SHORTHAND)
