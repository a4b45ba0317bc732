"""Is a "when" or a "where" firm enough to act on? Days, clock times and hedges.

The reader (:func:`commonground.reader.specificity`) says whether a line names a time
at all: "Saturday", "at 10am" and "this weekend" all count. A plan someone can show up
to needs more: the day *and* the time of day ("Saturday at 10am", "tonight", "Tuesday
morning"), with nothing that leaves it open ("tomorrow-ish", "sometime", "TBD"). The
method's ask names "a day and time"; this module is where the planners, the self-check
judges and the drills ask that one question, the same way.

:func:`when_gaps` names what a line's "when" lacks; :func:`hedge` finds a word that
leaves a when or a where open; :func:`vague_field` does the same for a form field that
holds only a detail (a date, a time, a place), where "maybe" or "?" also count.
"""

from __future__ import annotations

import re

from commonground.reader.paper_asks import done_where_they_are
from commonground.reader.text import DAYS, MONTHS, SHORT_DAYS, normalise

_DAYS = DAYS
_SHORT_DAYS = SHORT_DAYS
_MONTHS = MONTHS
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"

# A day someone can put in a calendar: a weekday, a date, today/tonight/tomorrow, a
# named holiday. "This weekend" and "next week" are not (which day?).
_DAY = re.compile(
    rf"\b(?:{_DAYS})s?\b"
    rf"|\b(?:{_SHORT_DAYS})\b\.?(?=\s*(?:at\b|@|\d|morning|afternoon|evening|night|[,;?!]|$))"
    rf"|\b(?:today|tonight|tomorrow|tmrw|tmr)\b"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b"
    rf"|\bthe\s+\d{{1,2}}(?:st|nd|rd|th)\b"
    rf"|(?<!at )\b\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b"
    # "14.5" is a date; "6.30" and "18.30" are clock times (no month 30).
    rf"|(?<!at )\b\d{{1,2}}\.(?:0?[1-9]|1[0-2])(?:\.\d{{2,4}})?\b(?!\s*(?:am|pm|h\b))"
    rf"|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    rf"|\b(?:thanksgiving|christmas(?: eve)?|easter|new year'?s(?: eve| day)?|"
    rf"(?:election|primary|polling|voting) day|labou?r day|may day|juneteenth)\b"
)
# A time of day: a clock time, or a part of the day ("Tuesday morning", "after work").
_CLOCK = re.compile(
    rf"\b\d{{1,2}}(?::\d{{2}})?\s?(?:am|pm|a\.m\.|p\.m\.|h\b|hrs\b|o'?clock)"
    rf"|\b\d{{1,2}}[:h]\d{{2}}\b|\b\d{{1,2}}\.[0-5]\d\b(?!\.\d)"
    rf"|\b\d{{1,2}}\s?(?:-|–|to)\s?\d{{1,2}}\b(?!\s*(?:st|nd|rd|th|/|of|days?|weeks?|hours?|hrs|min\w*|people|doors))"
    rf"|\b(?:at|by|from|until|till|around|about)\s+\d{{1,2}}\b(?!\s*(?:[/.-]|st\b|nd\b|rd\b|"
    rf"th\b|[a-z]+\s+(?:street|st|avenue|ave|road|rd)\b))"
    rf"|\b(?:{_NUMBER_WORDS})(?:[ -]thirty|[ -]fifteen|[ -]forty[ -]five)?\s+"
    rf"(?:am|pm|o'?clock|in the (?:morning|afternoon|evening)|at night|tonight)\b"
    rf"|\b(?:at|by|from|until|till)\s+(?:{_NUMBER_WORDS})(?:[ -]thirty)?\b"
    rf"|\b(?:half past|quarter (?:past|to))\s+(?:{_NUMBER_WORDS}|\d{{1,2}})\b"
    rf"|\b(?:noon|midday|midnight)\b"
)
_DEADLINE = re.compile(
    rf"\b(?:by|before|no later than|ahead of|from|starting|beginning)\s+(?:on\s+)?"
    rf"(?:the\s+|this\s+|next\s+|end of\s+)?"
    rf"(?:{_DAYS}|{_SHORT_DAYS}|tomorrow|tonight|(?:{_MONTHS})\b|\d{{1,2}}(?:st|nd|rd|th)\b)"
)
_BARE_HOUR = re.compile(r"(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d)?\.?")
_PART_OF_DAY = re.compile(
    r"\b(?:morning|afternoon|evening|night|tonight|lunchtime|lunch ?time|breakfast|"
    r"(?:after|before) (?:work|school|church|mass|services|prayers|dinner|lunch|"
    r"your shift|my shift))s?\b"
)
# Words that leave a when or a where open, wherever they stand in a line.
_HEDGE = re.compile(
    r"\b[a-z0-9]+-?ish\b|\bsome ?time(?!\s+(?:to|for|with|on|in|at)\b)|\bsome day\b|"
    r"\bsomeday\b|\bat some point\b|\bwhenever\b|\bone of these days\b|\bsomewhere\b|"
    r"\bwherever\b|\bor something\b|\bor whatever\b|\bor so\b|"
    r"\b(?:tbd|tba|tbc)\b|\bto be (?:decided|confirmed|arranged|announced|agreed)\b"
)
# In a field that holds only a date, a time or a place, these leave it open too.
_VAGUE_FIELD = re.compile(
    r"\b(?:maybe|perhaps|possibly|probably|not sure|unsure|no idea|don'?t know|dunno|"
    r"depends|sometime|soon|later|eventually|flexible|any ?time|any ?day|any ?where|"
    r"anywhere|whenever|wherever|same as (?:usual|always)|usual (?:place|time|spot))\b"
    r"|\?"
)
_ISH = re.compile(r"\b[a-z0-9]+-?ish\b")
# Words ending in -ish that are not hedges.
_NOT_ISH = {"english", "irish", "spanish", "polish", "finish", "danish", "turkish", "jewish",
            "british", "scottish", "swedish", "welsh", "dish", "fish", "wish", "parish",
            "publish", "establish", "furnish", "vanish", "cherish", "flourish", "relish",
            "punish", "nourish", "foolish", "selfish", "rubbish", "radish", "finnish",
            "kurdish", "amish", "lavish", "squish", "swish", "perish", "diminish",
            "accomplish", "abolish", "demolish", "replenish", "astonish", "skittish"}  # fmt: skip


def _text(text: str) -> str:
    return normalise(str(text or ""))


def _hedge_match(t: str) -> str:
    for m in _HEDGE.finditer(t):
        word = m.group(0)
        if _ISH.fullmatch(word) and word.replace("-", "") in _NOT_ISH:
            continue
        return word
    return ""


def names_day(text: str) -> bool:
    """True when ``text`` names a day someone can put in a calendar ("Saturday", "the
    14th", "tomorrow"), not only "this weekend" or "next week"."""
    return bool(_DAY.search(_text(text)))


def names_time_of_day(text: str) -> bool:
    """True when ``text`` names a clock time or a part of the day ("10am", "at 6",
    "ten in the morning", "noon", "Tuesday evening", "after work"; a bare "6" when it is
    the whole text, as in a form's Time field)."""
    t = _text(text)
    return bool(_CLOCK.search(t) or _PART_OF_DAY.search(t) or _BARE_HOUR.fullmatch(t))


def names_clock_time(text: str) -> bool:
    """True when ``text`` names a clock time ("10am", "10:30", "ten o'clock", "noon").

    A bare hour ("6", "18") counts too when it is all the text is: in a form's Time
    field it can only be a clock time.
    """
    t = _text(text)
    return bool(_CLOCK.search(t) or _BARE_HOUR.fullmatch(t))


def hedge(text: str) -> str:
    """The word that leaves a when or a where open ("tomorrow-ish", "sometime",
    "somewhere", "TBD"), or ``""`` when there is none."""
    return _hedge_match(_text(text))


def when_gaps(text: str) -> tuple[str, ...]:
    """What a line's "when" still lacks: ``"day"``, ``"time of day"``, or both.

    Empty when the line names a day and a time of day ("Saturday at 10am", "tonight",
    "Tuesday morning"), a deadline or start day ("by Friday", "from Monday"), or the day
    of an ask done where they are ("call your councillor today": ours, session 10).
    """
    gaps = []
    if not names_day(text):
        gaps.append("day")
    elif _DEADLINE.search(_text(text)) or done_where_they_are(text):
        # "give $50 by Friday", "a poster in the window from Monday": a deadline or the
        # start of a standing task is a day, not an appointment; so is the day of an ask
        # done where they are ("call your councillor today", "sign it on Friday").
        return ()
    if not names_time_of_day(text):
        gaps.append("time of day")
    return tuple(gaps)


def vague_field(text: str) -> str:
    """The word that leaves a date, time or place field open ("maybe", "TBD", "?",
    "10ish"), or ``""``. Empty fields are not vague (they are missing)."""
    t = _text(text)
    if not t:
        return ""
    found = _hedge_match(t)
    if found:
        return found
    m = _VAGUE_FIELD.search(t)
    return m.group(0) if m else ""


def when_problem(text: str) -> str:
    """One sentence on what keeps a line's when from being firm, or ``""``.

    Used once the reader has said the line names a time at all.
    """
    found = hedge(text)
    if found:
        return f"'{found}' leaves the time or place open: name a firm day and time."
    gaps = when_gaps(text)
    if gaps and done_where_they_are(text):
        return "It does not say by which day: name the day they will do it."
    if gaps == ("day",):
        return "It names a time of day but not the day: which day?"
    if gaps == ("time of day",):
        return "It names the day but not the time: at what time?"
    if gaps:
        return "It does not say which day, or at what time."
    return ""
