"""Forms of typing that carry no meaning, undone before a line is read (ours, session 9).

A script pasted with its bullets or numbers ("• What's it like...", "3. What was it..."),
a line typed without a space after its stops ("HONESTLY.WHAT DOES A WEEK..."), and a
day cut to "wed" ("wed 19 march", "on wed") say what the same line says written out.
:func:`tidy` is applied to lowercased text by :func:`commonground.reader.text.normalise`.

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
# off what did you do", "if you could change one thing what would it be" (ours, session 13).
_QUESTION_MIDLINE = re.compile(
    r" (?:what|how|why|where|who|which)(?:'s| (?:do|does|did|are|is|was|were|have|has|would|"
    r"will|can|could|should))\b(?= (?:you|it|the|they|that|this|we|your|things)\b)"
)
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
        # request, as long as it asks nothing itself (ours, session 13)
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
