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
