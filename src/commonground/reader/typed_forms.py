"""Forms of typing that carry no meaning, undone before a line is read (ours, session 9).

A script pasted with its bullets or numbers ("• What's it like...", "3. What was it..."),
a line typed without a space after its stops ("HONESTLY.WHAT DOES A WEEK..."), and a
day cut to "wed" ("wed 19 march", "on wed") say what the same line says written out.
:func:`tidy` is applied to lowercased text by :func:`commonground.reader.text.normalise`,
and so are :func:`run_on_requests` and :func:`run_on_questions`, which put back the comma or
stop a run-on typed without them leaves out before a request or a question ("thanks for
having me what did you do before you retired").

Examples
--------
>>> tidy("• what's it like for you?")
"what's it like for you?"
>>> tidy("thanks.how long have you been a steward,tanya?")
'thanks. how long have you been a steward, tanya?'
>>> tidy("wed love to see you on wed at 6")
'wed love to see you on wednesday at 6'
"""

from __future__ import annotations

import re

from commonground.reader.prefilter import prefiltered

# A list marker at the start of a pasted line: a bullet or dash, "1." or "2)", "a)", "Q1:".
_MARKER = re.compile(r"^(?:[•·▪►‣◦○●*>–—-]+|\(?\d{1,2}[.)]|\(?[a-h]\)|q\d{1,2}[:.)])\s+")
# A stop, comma or colon with no space before the next word: "honestly.what", "there,three",
# "things:the", "12:15,café". Only after a word of two or more characters (a letter or a
# digit), so "e.g.", "a.m." and "p.m." keep their stops; never before a digit ("3.5",
# "12:15").
_GLUED = re.compile(r"(?<=[a-z0-9][a-z0-9])([.!?;,:]+)(?=[a-z])")
# Addresses keep their dots ("zoom.us", "union.org", "www.").
_ADDRESS = re.compile(r"(?:www|https?|@)|\.(?:com|org|net|us|uk|io|co)\b")
# "wed" is Wednesday where a day is said: after "on", "this", "next", "every", "by",
# "until", or before a date, a time or a part of the day. Elsewhere it is the word
# ("they wed in june") or "we'd" typed without its apostrophe ("wed love to").
_WED = re.compile(
    r"(?:(?<=\bon )|(?<=\bthis )|(?<=\bnext )|(?<=\bevery )|(?<=\bby )|(?<=\buntil )|"
    r"(?<=\btill ))wed\b(?!\s+(?:love|like|need|be|have|want|go|come|get|say|rather)\b)"
    r"|\bwed\b(?=,?\s*(?:\d|the \d|at \d|@|morning|afternoon|evening|night|[ap]m\b))"
)


def tidy(text: str) -> str:
    """Return lowercased ``text`` without a leading list marker, with a space after a
    stop or comma typed without one, and with "wed" as a day written "wednesday"."""
    for _ in range(2):  # "- q1: how long..."
        if text[:1] in "•·▪►‣◦○●*>–—-(0123456789qabcdefgh":
            text = _MARKER.sub("", text, count=1)
    if _GLUED.search(text) and not _ADDRESS.search(text):
        text = _GLUED.sub(r"\1 ", text)
    if "wed" in text:
        text = _WED.sub("wednesday", text)
    return text


# An opening word set off by a comma ("sorry,", "well,", "so,") keeps its comma when a
# hesitation after it goes: "sorry, um, what..." is "sorry, what...", not "sorry what".
_OPENER_BEFORE = re.compile(r"(?:^|[.!?]\s)[a-z']+$")


def unhesitate(m: re.Match) -> str:
    """A spoken hesitation matched in a line, replaced: by the comma of the opening word
    it follows ("sorry, um, what" is "sorry, what"), else by nothing."""
    said = m.group(0)
    if (
        said.startswith(",")
        and said.endswith(",")
        and _OPENER_BEFORE.search(m.string, 0, m.start())
    ):
        return ","
    return ""


# A request begun mid-line in a run-on: "we r having a meeting thurs can u come", "there's
# a rally sat would you come". Inverted word order ("can you", "would you") opens a
# clause, so it gets the comma that was not typed. A question word earlier in the clause
# asks the question itself ("what time can you come", "how long could you stay"), and a
# word that already joins clauses ("and", "so", "if") needs no comma. A time said before
# "you coming / free / want to..." ends its clause too ("we have a rally sat u wanna come").
_REQUEST_MIDLINE = re.compile(
    r" (?:(?:can|could|would|will|won't|wouldn't) you\b(?! know\b)"
    r"|are you (?=coming|free|around|able|up for|in for|willing|available|going to|down)"
    r"|do you (?=want|wanna)"
    r"|you (?=coming|free|around|about|up for|able to|in for|on for|available|want to|wanna)"
    r"(?=[a-z ]+\b))"
)
# A question begun mid-line after a clause of time or condition: "when the heating went
# off what did you do", "if you could change one thing what would it be" (ours, session 12).
_QUESTION_MIDLINE = re.compile(
    r" (?:what|how|why|where|who|which)(?:'s| (?:do|does|did|are|is|was|were|have|has|would|"
    r"will|can|could|should))\b(?= (?:you|it|the|they|that|this|we|your|things)\b)"
)
_QUESTION_MIDLINE = prefiltered(_QUESTION_MIDLINE)
# A clause of time or condition opens the line: what follows it is the main clause.
_SUBORDINATE = frozenset(["if", "when", "whenever", "once", "after", "before", "since", "while"])
_ASKS_ITSELF = re.compile(
    r"\b(?:what|what's|when|where|why|who|whom|whose|which|how|how's|whatever|wherever|"
    r"whenever|if|whether)\b"
)
_JOINS = frozenset(
    [
        "and",
        "so",
        "but",
        "or",
        "then",
        "because",
        "cos",
        "if",
        "whether",
        "that",
        "than",
        "as",
        "please",
        "are",
        "is",
        "do",
        "does",
        "did",
        "i",
        "we",
        "they",
        "he",
        "she",
        "it",
        "me",
        "us",
        "them",
        "thank",
    ]
)
_TIME_END = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|"
    r"thurs|fri|sat|sun|today|tonight|tomorrow|weekend|week|morning|afternoon|evening|night|"
    r"\d(?:am|pm)?)$"
)


def run_on_requests(text: str) -> str:
    """``text`` with a comma before a request begun mid-line in a run-on (see
    :data:`_REQUEST_MIDLINE`): "we're having a meeting thursday can you come" is "we're
    having a meeting thursday, can you come"; "what time can you come" is unchanged."""
    if " you" not in text and not any(f"{w} " in text for w in _SUBORDINATE):
        return text
    out, at = [], 0
    found = sorted(
        [(m, False) for m in _REQUEST_MIDLINE.finditer(text)]
        + [(m, True) for m in _QUESTION_MIDLINE.finditer(text)],
        key=lambda pair: pair[0].start(),
    )
    for m, question in found:
        clause = text[: m.start()]
        for stop in ",.!?;:":
            clause = clause[clause.rfind(stop) + 1 :]
        words = clause.split()
        # "if ur free tmrw night could u come": the clause of condition ends before the
        # request, as long as it asks nothing itself (ours, session 12)
        opens = len(words) >= 3 and words[0] in _SUBORDINATE
        if (
            not words
            or not words[-1][-1].isalnum()  # "the tenants meeting - would you": set off already
            or words[-1] in _JOINS
            or (question and not opens)
            or _ASKS_ITSELF.search(" ".join(words[1:] if opens else words))
        ):
            continue
        if m.group(0).startswith(" you") and not _TIME_END.search(words[-1]):
            continue  # "you coming" in statement order ends a clause only after a time
        out += [text[at : m.start()], ","]
        at = m.start()
    if not out:
        return text
    return "".join(out) + text[at:]


# A question begun mid-line in a run-on typed without stops (ours, session 12): "thanks
# for having me what did you do before you retired", "you lit up talking about those
# evenings what was it that made them work", "...doing it too is that right". A question
# word before a verb put before its subject ("what did you", "how long is it", "which unit
# are you") opens a question, where an embedded clause keeps the subject first ("i know
# what you did"); "who", "where" and "when" are left out, since after a noun they start a
# relative clause ("the man who had it"). A yes/no question opens one only as a choice
# ("...your knee is it the saturday or the walking itself") or straight after an
# acknowledgement ("of course is it just saturdays", "i get that is it the monday..."; a
# tag that ends the line, "that's not right is it", stays a tag), since "the problem is it"
# is a statement. After an "if" or "when" clause, "what would..." opens the question ("if
# it was all put right what would be different"). A word that embeds a clause ("know",
# "about") keeps the question inside the sentence, but a particle after an object does not
# ("thanks for fitting me in how many weeks..."). The clause before a question gets the
# full stop that was not typed.
_NOT_SUBJECT = r"(?!(?:you|it|they|we|he|she|i|that|this|there)\b)"
_QUESTION_OPENS = re.compile(
    r" (?=(?:(?:what|which)(?: " + _NOT_SUBJECT + r"[a-z]+){0,3}|how long|how many(?: [a-z]+)?|"
    r"how much|how often|why)"
    r" (?:do|does|did|is|are|was|were|have|has|had|can|could|would|will)"
    r" (?:you|your|it|they|he|she|we|that|this|things)\b"
    # a quantity asked of a thing: "...ill keep it short how many hours is a shift"
    r"|(?:how long|how many(?: [a-z]+)?|how much|how often)"
    r" (?:is|are|was|were|does|do|did) (?:a|an|the|your|each)\b"
    r"|what (?:made|makes|got|gets|brought|brings|keeps) you\b"
    r"|(?:is|was) it (?:just |only |really |mainly |more |not )*(?:the|a|an|your|about|that|"
    r"this|because|knowing|having|doing|being|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|mornings?|evenings?|weekends?)\b[a-z' ]*? or )"
)
_QUESTION_OPENS = prefiltered(_QUESTION_OPENS)
# A check typed at the end of a reflection: "...doing it too is that right".
_CHECK_AT_END = re.compile(
    r"(?<=[a-z0-9]) (?=(?:is (?:that|this) (?:right|correct|it)|(?:have|did) i (?:got|get) "
    r"(?:that|it|you) right)$)"
)
_CHECK_AT_END = prefiltered(_CHECK_AT_END)
_ACKNOWLEDGED_QUESTION = re.compile(
    r"\b(?:of course|fair enough|i see|i understand|(?:that )?makes sense|got it|no worries|"
    r"that's fair|thats fair|i hear you|i get (?:that|it)|understood|okay|ok|right)"
    # a tag ends the line after its subject ("that's not right is it"): not a question of
    # its own
    r" (?=(?:is|was|are|do|does|did|can|could|would|will) (?:it|that|this|you|there) \w)"
)
_ACKNOWLEDGED_QUESTION = prefiltered(_ACKNOWLEDGED_QUESTION)
# After a clause opened by "if" or "when", a question word before "would" or "will" opens
# the question: "if it was all put right what would be different for them".
_AFTER_OPENING_CLAUSE = re.compile(r" (?=(?:what|how) (?:would|will|could|might|should)\b)")
# Words after which a question word opens a clause inside the sentence, not a question.
_EMBED_WORDS = (
    "know knew tell told ask asked wonder wondering wondered see saw sure remember understand "
    "explain show decide guess idea learn hear heard find matter share say said describe talk "
    "think thinking curious interested imagine believe realise realize notice noticed forget "
    "forgot check knows on of about at in for with from to and so but "
    "or because cos if that than as"
)
_EMBEDS = frozenset(_EMBED_WORDS.split())
_OBJECT_WORDS = "me you us them him her"
_OBJECTS = frozenset(_OBJECT_WORDS.split())
# A clause opened by "when" or "if" in statement order is no question of its own: "when
# you've helped out before what have you enjoyed most" asks what follows it.
_OPENING_CLAUSE = re.compile(
    r"^\s*(?:when|whenever|if|once)\s+(?:you|you've|you're|you'd|i|i've|i'm|we|we've|they|"
    r"they've|he|she|it|it's)\b"
)
_TELL_WORDS = "tell told ask asked show showed remind reminded teach taught let"
_TELLS = frozenset(_TELL_WORDS.split())  # "tell me what did you...": asked inside a sentence


def run_on_questions(text: str) -> str:
    """``text`` with a full stop before a question begun mid-line in a run-on (see
    :data:`_QUESTION_OPENS`): "thanks for having me what did you do" is "thanks for
    having me. what did you do"; "i know what you did" and "what time is it" are
    unchanged."""
    if "?" in text[:-1]:
        return text  # typed with its question marks: the stops are where the learner put them
    text = _ACKNOWLEDGED_QUESTION.sub(lambda m: m.group(0)[:-1] + ". ", text)
    if len(text.split()) > 3:
        text = _CHECK_AT_END.sub(". ", text)
    out, at = [], 0
    starts = [m.start() for m in _QUESTION_OPENS.finditer(text)]
    if _OPENING_CLAUSE.match(text):
        first = _AFTER_OPENING_CLAUSE.search(text)
        starts = sorted({*starts, first.start()}) if first else starts
    for start in starts:
        clause = text[:start]
        for stop in ",.!?;:":
            clause = clause[clause.rfind(stop) + 1 :]
        words = clause.split()
        if (
            len(words) < 2
            or not words[-1][-1].isalnum()
            or (words[-1] in _EMBEDS and not _particle(words))
            or (words[-1] in _OBJECTS and words[-2] in _TELLS)  # "tell me what did you..."
            or _ASKS_ITSELF.search(_OPENING_CLAUSE.sub("", clause))
        ):
            continue
        out += [text[at:start], "."]
        at = start
    if not out:
        return text
    return "".join(out) + text[at:]


_PARTICLES = frozenset(["in", "up", "out", "over", "back", "round", "along", "through"])


def _particle(words: list[str]) -> bool:
    """True when the clause ends on a particle after its object: "squeeze me in"."""
    return len(words) > 2 and words[-1] in _PARTICLES and words[-2] in _OBJECTS


# A topic put first, then asked about: "my landlord, is he even allowed to do that",
# "your kids, are they still at st mary's?" (ours, session 12); not a claim with its tag
# ("the rent's shocking, is it not?", "my mum cleaned offices, did it for years": the
# topic has no verb of its own). The question is what
# follows the comma; the topic is set off as a question's head, not told as a story.
_TOPIC_FIRST = re.compile(
    r"^((?:my|your|the|our|his|her|their|this|that|these|those)(?: (?!(?:is|are|was|were|has|have|"
    r"had|do|does|did|be|been|lost|got|went|said|made|took|put|gave|came|left|told|ran|saw|found|"
    r"[a-z]+ed)\b)[a-z'-]+){1,3}),"
    r" (?=(?:is|are|was|were|does|do|did|has|have|can|could|will|would|should|isn't|aren't|"
    r"wasn't|doesn't|don't|didn't|hasn't|haven't|can't|won't|wouldn't) (?:he|she|it|they|that)"
    # a tag ("the rent is shocking, is it not?") asks nothing after its pronoun
    r"(?! not\b) \w[^,]*$)"
)


def topic_first(text: str) -> str:
    """``text`` with a "?" after a topic put before the question about it: "my landlord,
    is he allowed" is "my landlord? is he allowed"."""
    return _TOPIC_FIRST.sub(r"\1? ", text, count=1)
