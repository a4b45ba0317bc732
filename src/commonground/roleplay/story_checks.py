"""Does a typed line tell a story of one's own: one moment, not a life told stage by
stage, a résumé of roles, or a line that is something else (a close, an ask, advice)?
"""

from __future__ import annotations

import re

from commonground.planners.story import tells_a_story
from commonground.reader.statements import STORY
from commonground.reader.text import normalise
from commonground.roleplay.line_length import word_count

#: Our rule: a line that runs through this many "then"s is a chronology of a life, not
#: the story of one moment.
CHRONOLOGY_THENS = 3
_THEN = re.compile(r"\bthen\b", re.I)
# A stage direction of length: "(ten minutes of my life story)", "(eight minutes on yourself)".
_LONG_DIRECTION = re.compile(r"\([^)]*\b(?:minutes?|hours?|life story|whole life)\b[^)]*\)", re.I)


# A whole life announced: "let me start at the very beginning", "my whole life story".
_WHOLE_LIFE = re.compile(
    r"\b(?:my (?:whole )?life story|my whole life|(?:start|begin)\w* (?:right |way )?(?:back )?"
    r"(?:at|from) the (?:very )?(?:beginning|start))\b",
    re.I,
)


def chronology(text: str) -> bool:
    """A life told stage by stage ("school, then college, then the bank, then ..."), or
    announced whole, or with a stage direction that it runs on for minutes: not the
    story of one moment."""
    return (
        len(_THEN.findall(text)) >= CHRONOLOGY_THENS
        or bool(_LONG_DIRECTION.search(text))
        or bool(_WHOLE_LIFE.search(text))
    )


#: Kinds the reader gives lines that are something other than a story, whatever their
#: first-person words: "so Saturday at 11 in the library, I'll text you tonight" confirms,
#: "I think we both want clean air" names common ground (unless it also tells a story).
NOT_A_STORY = frozenset({"close", "ask", "advice", "leading_question"})


def tells_story(text: str, signals, kind: str = "story") -> bool:
    """Does a typed line do the story step: a story of one's own, ten words or more? A
    list of roles and titles (the reader's ``credentials``) is a résumé, however
    story-like its verbs; a line the reader reads as a close, an ask or advice, or as
    common ground with no story rule in it, is not a story."""
    if chronology(text) or kind in NOT_A_STORY:
        return False
    if kind == "common_ground" and not any(p.search(normalise(text)) for p in STORY):
        return False
    return tells_a_story(text) and word_count(text) >= 10 and "credentials" not in signals
