"""Whether an ask's words meet what was learned: a fact it fits, or a constraint it clashes with.

Words are compared as rough lemmas (:func:`~commonground.reader.text.lemmas`), and the
time an ask names implies words of its own ("7pm" says "evening"); a deadline ("by
Friday") is not a time they must be free.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from commonground.reader.guards import at_word_starts
from commonground.reader.memo import remembered
from commonground.reader.text import DAYS, SHORT_DAYS, contains_phrase, lemmas, normalise

_CLOCK = re.compile(r"\b(\d{1,2})(?::\d{2})?\s?(am|pm|a\.m\.|p\.m\.)")
_WEEKEND = re.compile(r"\b(?:saturday|sunday|weekend)s?\b")
_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday)s?\b")


def time_tags(text: str) -> list[str]:
    """Extra words implied by an ask's time: ``evening``, ``morning``, ``weekend``...

    "Tuesday at 7pm" implies ``evening`` and ``weekday``, so a conflict keyword
    "evening" (a night-shift nurse) catches it even though the word is not there.
    """
    t = normalise(text)
    tags = []
    for hour_text, half in _CLOCK.findall(t):
        hour = int(hour_text) % 12 + (12 if half.startswith("p") else 0)
        if 5 <= hour < 12:
            tags.append("morning")
        elif 12 <= hour < 17:
            tags.append("afternoon")
        elif 17 <= hour < 21:
            tags.append("evening")
        else:
            tags.extend(["night", "evening"])
    if "tonight" in t:
        tags.extend(["night", "evening"])
    if _WEEKEND.search(t):
        tags.append("weekend")
    if _WEEKDAY.search(t):
        tags.append("weekday")
    return tags


def match_keywords(text: str, keywords: Mapping[str, Sequence[str]]) -> tuple[tuple, dict]:
    """Match ``text`` against ``{fact_id: [keyword, ...]}``.

    Words are compared as simple lemmas, and the words implied by the ask's time count
    too (:func:`time_tags`: "7pm" also says "evening").

    Returns
    -------
    tuple
        ``(fact_ids, hits)``: the matched fact ids in mapping order, and for each the
        first keyword that matched (as given in ``keywords``).
    """
    text = without_deadlines(text)
    said = lemmas(text) + [w for tag in time_tags(text) for w in lemmas(tag)]
    hits: dict[str, str] = {}
    for fact_id, fact_words in keywords.items():
        if isinstance(fact_words, str):
            fact_words = [fact_words]
        for keyword in fact_words:
            if contains_phrase(said, list(_keyword_lemmas(keyword))):
                hits[fact_id] = keyword
                break
    return tuple(hits), hits


@remembered  # the same facts' keywords are matched against every typed ask
def _keyword_lemmas(keyword: str) -> tuple[str, ...]:
    return tuple(lemmas(keyword))


# A deadline ("by Friday", "before 5pm on Thursday") is not a time they must be free:
# writing a letter by Friday does not clash with Friday prayers (ours, session 8). "Come
# by Friday" is a visit, so "by" after come, stop, drop, swing or pop stays a time.
_DEADLINE = at_word_starts(
    r"(?<!\bcome )(?<!\bstop )(?<!\bdrop )(?<!\bswing )(?<!\bpop )(?<!\bcall )"
    r"\b(?:by|before|no later than) (?:the end of )?(?:this |next |the )?"
    rf"(?:(?:{DAYS}|{SHORT_DAYS}|tomorrow|tonight|midnight|noon|weekend|"
    r"morning|afternoon|evening|night|"
    r"\d{1,2}(?::\d{2})?\s?(?:am|pm)|\d{1,2}(?:st|nd|rd|th))\b[,.]?\s?){1,3}"
)


def without_deadlines(text: str) -> str:
    """``text`` without the deadlines it names ("...letter to the paper by Friday?")."""
    t = normalise(text)
    return _DEADLINE.sub(" ", t) if ("by " in t or "before " in t or "later than" in t) else t


def describe_hit(text: str, keyword: str) -> str:
    """``"'evening'"``, or ``"a time in the 'evening'"`` when only the time implied it."""
    if contains_phrase(lemmas(text), lemmas(keyword)):
        return f"'{keyword}'"
    return f"a time in the '{keyword}'"
