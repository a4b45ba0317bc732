"""The words a kind of ask is made of, so that a report can hide every other word.

``ask_type`` is an open vocabulary, and a hand-typed one can hold a person's name
("call Maria", "text bank with Priya"). A report shows an ask type's words only when
they are here (see :mod:`commonground.analysis.shown`); a name is not a word of asks.
The list is our advice: activities organizers ask for, the small words that join them,
and every word of the ask types the project's samples and imports use. A word of your
team's that is missing is shown as ``[hidden]`` until it is added here (or the trainer
passes ``--show-names``).
"""

from __future__ import annotations

from commonground.labels import ASK_TYPES
from commonground.outcomes.importers.answers import ASK_TYPE_WORDS

_ACTIVITIES = """
action actions activist advocacy announce answer appointment assembly attend attendance
ballot bank banking block board bring build building call caller calls campaign canvass
canvasser canvassing captain card cards chair check chip class clean cleanup coffee
collect collecting come commit committee community confirm contribute contribution
convention coordinate council count court data deliver delegate delivery dial dialer
digital direct distribute donate donation donor door doorknock doors drive driver email
emails event events facilitate facilitator fair file flyer flyering flyers follow
food forum friend friends fundraise fundraiser fundraising gathering get give gotv
group help hold host house hub join knock lead leader leadership learn leaflet
leafleting letter letters lit literature drop drops list lobby lobbying mail mailing march meet meeting meetings
member membership mentor message mobilize money next note one online organize
organizing outreach party peer person petition phone phonebank phones picket
pledge plan planning poll polling post postcard postcards present press protest rally
reach recruit recruitment register registration relational remind research ride rides
role rsvp run school sessions share sign signature signatures signup social speak
speaker spread staff step story strike support survey table tabling talk team teach
text texting texts town train training turf turnout visit vigil vote voter voters
volunteer volunteering walk watch welcome work workshop write writing
"""

_SMALL_WORDS = """
a about again all an and another any as at back by day days do for from go in into
it me more my new of on or other our out over own per some the their them to two up
us vs week weekly with without you your monthly first second third 1on1 one_on_one
"""


def _words_of(text: str) -> set[str]:
    return {w for w in text.replace("-", " ").replace("_", " ").lower().split() if w.isalpha()}


#: Every word an ask type's words may be (lower-case, compared after splitting on "_").
ASK_WORDS: frozenset[str] = frozenset(
    _words_of(_ACTIVITIES)
    | _words_of(_SMALL_WORDS)
    | {"1on1"}
    | {w for key, words in ASK_TYPES.items() for w in _words_of(f"{key} {words}")}
    | {w for key, keys in ASK_TYPE_WORDS for w in _words_of(" ".join((key, *keys)))}
)
