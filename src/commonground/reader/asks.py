"""How specific an ask is: which of its four parts (:data:`ASK_PARTS`) it names.

The method wants "a clear and specific ask". This module holds the patterns for an ask's
activity, time, place and amount and reads which of them an ask names; whether it fits
what was learned is :mod:`.keywords`, and the words of each part :mod:`.ask_phrases`.
"""

from __future__ import annotations

import re

from commonground.reader.guards import any_in, at_word_starts
from commonground.reader.memo import remembered
from commonground.reader.text import DAYS, MONTHS, SHORT_DAYS, normalise

ASK_PARTS = ("activity", "time", "place", "amount")

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    "thirty|forty|fifty|hundred|a dozen|a couple of|a couple|a pair of|"
    "one or two|two or three|three or four"
)
_UNITS = (
    "hours?|minutes?|mins?|shifts?|people|persons?|friends?|neighbou?rs?|doors?|calls?|"
    "texts?|dollars?|bucks|names?|signatures?|cards?|families|family|boxes|box|meals?|"
    "nights?|evenings?|mornings?|afternoons?|weekends?|saturdays?|sundays?|days?|times|"
    "houses?|homes?|letters?|co-?workers?|colleagues?|members?|volunteers?|parents?|"
    "tenants?|voters?|households?|flyers?|leaflets?|petitions?|pledges?|rides?|"
    "students?|kids?|guests?|buildings?|floors?|blocks?|units?|posts?|emails?|seniors?|"
    "elders?|folks|riders?|teens?|youth|adults?|others|more|coworkers?|shoppers?|"
    "bags?|trays?|pies?|dishes|loaves|sandwiches|pounds?|cans?"
)
AMOUNT = at_word_starts(
    rf"(?:\$\s?\d[\d,.]*|[£€]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:dollars|bucks|quid|euros?|pounds)\b"
    # ours, session 6: British money said as a word ("chip in a fiver", "ten quid")
    rf"|\b(?:a|one) (?:fiver|tenner)\b|\b(?:{_NUMBER_WORDS}) (?:quid|euros?)\b"
    rf"|\b(?:\d+|{_NUMBER_WORDS})\s+(?:[a-z-]+\s+){{0,2}}?(?:{_UNITS})\b"
    rf"|\b(?:\d+|one|two|three|four|five|six|eight|ten|twelve|half)-(?:hour|minute|day|week|"
    rf"shift|night)\b"
    rf"|\b(?:once|twice|three times|four times)\s+(?:a|per|every)\s+(?:week|month|year)\b"
    rf"|\b(?:an|a|half an|half a|one)\s+(?:full\s+|extra\s+)?(?:hour|shift|morning|afternoon|"
    rf"evening|day)\b(?!\s*(?:or|of the))"
    rf"|\b(?:a|one|two|\d+)\s+(?:\w+\s+)?(?:shifts?|hours?)\s+(?:a|per|every)\s+(?:week|month)\b)",
    or_at="$£€",
)
_STREET = r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct)\b"
_DAYS = DAYS
_MONTHS = MONTHS
TIME_WORDS = at_word_starts(
    rf"\b(?:{_DAYS})s?\b(?:\s+(?:morning|afternoon|evening|night)s?\b)?"
    rf"|\b(?:today|tonight|tomorrow|this weekend|next weekend|this week|next week|"
    rf"this month|next month|this evening|this afternoon|this morning|noon|midnight)\b"
    rf"|\b\d{{1,2}}(?::\d{{2}})?\s?(?:am|pm|a\.m\.|p\.m\.)"
    rf"|\b(?:at|by|from|until|till)\s+\d{{1,2}}(?::\d{{2}})?(?:\s?(?:am|pm|a\.m\.|p\.m\.)|\b)"
    rf"(?!\s+[a-z]+\s+{_STREET})"
    rf"|\b(?:in|this|next|early|late|mid-?)\s+(?:january|february|march|april|june|july|"
    rf"august|september|october|november|december)\b"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\bthe\s+\d{{1,2}}(?:st|nd|rd|th)\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b"
    rf"|\b\d{{1,2}}/\d{{1,2}}\b"
    rf"|\b(?:in|on) the (?:morning|afternoon|evening)\b"
    rf"|\b(?:after|before) (?:work|school|church|mass|services|prayers|dinner|lunch|your shift)\b"
    rf"|\bin (?:two|three|a couple of) weeks\b"
    rf"|\b(?:election|primary|polling|voting|move-in|moving) day\b"
    rf"|\b(?:{SHORT_DAYS})\b\.?(?=\s*(?:at\b|@|\d|morning|"
    rf"afternoon|evening|night))"
    rf"|(?<!the )(?<!in )\b(?:tues|thurs|sat|sun)\b(?=\s*[?.!]*$)"
    rf"|(?:(?<=\bthis )|(?<=\bnext )|(?<=\bon ))(?:{SHORT_DAYS})\b\.?"
    rf"|\b(?:thanksgiving|christmas|easter|passover|ramadan|eid|labou?r day|may day|juneteenth)\b"
    # ours, session 7: a bare hour offered ("Is 7 at the church hall ok?", "does 10 on
    # Saturday work?", "at half 6"); "Is 7 too many people?" offers no time.
    rf"|(?:(?<=^is )|(?<=^does )|(?<=^would )|(?<=[.!?,] is )|(?<=[.!?,] does )|(?<=\bhow about )|(?<=\bwhat about )|(?<=\bor ))"
    rf"(?:half )?\d{{1,2}}(?:[:.]\d{{2}})?\b(?=\s+(?:at|on|in|o'clock|ok|okay|alright|all right|"
    rf"good|still|work|suit)\b|\s*[?,]|\s*$)"
    rf"|(?:(?<=\bat )|(?<=\bby )|(?<=\bfrom )|(?<=\buntil ))half (?:past )?\d{{1,2}}\b"
)
_PLACE_NOUNS = (
    "library|branch|community (?:centre|center|room|garden)|centre|center|church|chapel|mosque|"
    "synagogue|temple|parish(?: hall)?|fellowship hall|union hall|hall|office|"
    "headquarters|hq|city hall|capitol|statehouse|courthouse|park|(?<!to )lobby|laundry room|"
    "courtyard|cafe|café|coffee shop|diner|pantry|food bank|kitchen|church basement|"
    "basement|gym|cafeteria|auditorium|classroom|school(?! board| district| year| budget)|"
    "campus|plant|gate|break ?room|warehouse|site|store|market|farmers market|station|"
    "corner|square|plaza|steps|house|home|apartment|place|building|clinic|hospital|block|floor|"
    "shelter|precinct|polls|estate|flats|canal|river|riverside|beach|seafront|harbour|pier|"
    "towpath|green|playground|car park|pub|tower block|allotments?|depot|high street|(?:summer |winter |spring |autumn |school |street |craft )?(?:fair|fete)|polling place|polling station|train station|bus stop|mall|field|"
    "main (?:st|street)|(?:[a-z]+ )?(?:street|avenue|ave|road|rd|boulevard|blvd)|"
    "(?:front|back|living|sitting|meeting|committee|function|conference) room|"
    "(?:transit|housing|port|water) authority"
)
# A place noun used as a modifier ("the parish list", "the school board") is not a place.
_NOT_PLACE_HEAD = (
    r"(?!\s+(?:list|lists|board|district|budget|council|newsletter|committee|leaders?|members?|"
    r"year|staff|families|parents|fund|email|group|chat|account|website|page|meetings?|"
    r"party|parties|visits?|calls?)\b)"
)
# A second noun that goes on naming the same place ("the church hall", "my kitchen table",
# "the depot gates", "the church parking lot"): the place phrase keeps it (ours, session 7).
_PLACE_TAIL = (
    r"hall|table|basement|room|parking lot|car park|lot|gates?|yard|steps|office|entrance|"
    r"doors?|canteen|kitchen|garden|porch|grounds|square|lobby|foyer|annex|hut|shed|forecourt"
)
PLACE = at_word_starts(
    rf"\b(?:at|in|on|to|from|outside|inside|near|by|behind|across from|in front of|round|around)\s+"
    # "at the back of the café", "at the end of my road"
    rf"(?:(?:the|a|my|our|your) (?:back|front|side|end|far end|corner|top|bottom|rear) of\s+)?"
    rf"(?:(?:the|my|our|your|his|her|their|a|st\.?|saint|[a-z]+'s)\s+)?"
    # Modifiers are words of the place's own name, never "the" or "at": "to save the
    # library" and "to the hearing at City Hall" are not places by their first words.
    rf"(?:(?!(?:the|a|an|my|our|your|their|at|in|on|to|of|for|with|from|by)\s)[a-z-]+\s+){{0,2}}?"
    rf"(?:{_PLACE_NOUNS})\b{_NOT_PLACE_HEAD}(?:\s+(?:{_PLACE_TAIL})\b)*"
    rf"|\b(?:online|virtually|zoom|teams call|google meet|from home|downtown|uptown|on campus|"
    rf"across town)\b"
    rf"|\b(?:on|via|over|by) (?:the|this|that|our|my|your|a) (?:same )?(?:video |zoom |teams |meet )?"
    rf"(?:link|video call|zoom call|call link)\b"
    rf"|\b(?:in|across|around|throughout) (?:ward|district|precinct|zone) (?:\d+|[a-z])\b"
    rf"|\b(?:in|around|across) (?:the|my|our|your) (?:neighbou?rhood|block|complex|parish|"
    rf"congregation|building)\b"
    rf"|\b\d+\s+[a-z]+\s+(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr)\b"
    # A stop named by what it serves ("at the college stop"; a bare "stop" is too often a verb).
    rf"|\b(?:at|from|outside|near|by) the (?:[a-z]+ )?stop\b"
    # The other person's home: "round to yours", "at mine" ("at your place" is a noun above).
    rf"|\b(?:at|to|round to|round at|over to|over at|back to) (?:yours|mine|ours)\b"
)
# "bring a few people from your floor", "text 20 ppl from ur building": where the people
# come from, not where the action happens (ours, session 12).
_FROM_PEOPLE = re.compile(
    r"\b(?:people|persons|neighbou?rs|friends|colleagues|co-?workers|workmates|parents|tenants|"
    r"folks|members|families|residents|mums|moms|mams|dads|others|someone|somebody|anyone|"
    r"anybody|everyone|everybody|guys|lads|nurses|staff|teachers|students|kids|workers|"
    r"volunteers|mates)\s+$"
)


def place_match(text: str) -> re.Match | None:
    """The first :data:`PLACE` in normalised ``text`` that says where the action happens:
    not "from your floor" after "a few people", which says where the people come from."""
    for m in PLACE.finditer(text):
        if m.group(0).startswith("from ") and _FROM_PEOPLE.search(text, 0, m.start()):
            continue
        return m
    return None


# A place said as one item of a restated plan, with no preposition before it:
# "thurs 7pm, community room", "6pm, Town Hall committee room, I'll meet you at the door".
_LISTED_PLACE = re.compile(
    rf"(?:^|[,:;]|\s-)\s*(?:the\s+)?(?!(?:great|good|nice|lovely|perfect|my|your|our|their|"
    rf"his|her)\b)(?:[a-z-]+\s+){{0,2}}?(?!(?:place|home|house|site|corner|floor|block|steps|"
    rf"gate|field|store|kitchen)\b)(?:{_PLACE_NOUNS})(?:\s+room\s+(?:\d+|[a-z]))?\s*(?=[,;.!?]|\s-|$)"
)
# Where the two of you are sitting: "host it here after you close". It names the place of
# an ask, but is weaker than a named place: asked for only when no other place is named,
# and never enough to make a plain statement "state when and where".
# A street named as where to go, with no preposition: "walk Station Road with me", "canvass
# Elm Street on Saturday" (ours, session 10).
STREET_WALKED = re.compile(
    r"\b(?:walk|walking|canvass|canvassing|leaflet|leafleting|cover|covering|door-?knock|"
    r"knock on|knock|do) (?:the |all of |down |along |up )?(?:[a-z'-]+ ){1,2}?(?:road|rd|street|st|"
    r"avenue|ave|lane|ln|estate|close|crescent|terrace|drive|way|boulevard|blvd)\b"
)
HERE = re.compile(
    r"\b(?:(?:right|back|in|at|over) )?here\b(?!'|\s+(?:is|are|and there|we go|you go)\b)"
)
# Named events and one-off things to do: "do the raffle", "how about the press conference",
# "another check-in" (the next one-on-one is an activity too).
EVENT_NOUNS = (
    r"raffle|tombola|press (?:conference|event|call|briefing)|interview|photo ?(?:shoot|op)|"
    r"(?:coffee|cuppa|tea|lunch|breakfast)(?= with\b| at\b| on\b| to\b| together\b|[?.!,]|$)|"
    r"check-?in|catch-?up|follow-?up meeting|debrief|session|panel|tour|lobby day|"
    r"stall|booth|bake-?off|quiz night|car wash|book sale|jumble sale|"
    r"story ?time|homework club|(?:\w+ )?club|litter pick|food drive|toy drive|coat drive|"
    r"walk-?through|site visit|phone tree|sign-?up drive"
)
# Concrete activities the method would accept as the "what" of an ask. Vague verbs
# ("help", "get involved", "volunteer", "support") are left out on purpose.
ACTIVITY = re.compile(
    r"\b(?:canvass\w*|knock(?:ing)? (?:on )?(?:some |a few |\w+ )?doors?|door[- ]?knock\w*|"
    r"phone[- ]?bank\w*|text[- ]?bank\w*|make (?:some |a few |\w+ )?(?:calls|phone calls)|"
    r"call\w*|phon(?:e|ing) (?:your|some|a few|\w+)|text(?:ing)? (?:your|some|\w+ )|"
    r"host\w*|house (?:meeting|party)|attend\w*|testify\w*|speak\w* at|"
    # "say a few words at the council meeting" speaks in public (ours, session 12)
    r"say(?:ing)? (?:a few words|a word|a little something)(?= (?:at|to|before|in front of)\b)|"
    r"rally|rallies|march\w*|vigil|hearing|town hall|forum|training|workshop|orientation|"
    r"picket\w*|strike|sit-in|walk-?out|potluck|clean-?up|info session|teach-in|"
    r"(?:film |movie )?screenings?|movie night|film night|fundraiser|bake sale|block party|"
    r"open house|cookout|"
    r"meeting|petition\w*|signatures?|sign (?:a |the |our )?(?:union )?(?:card|petition|pledge|letter)|"
    r"lead\w*|organi[sz]\w*|recruit\w*|bring\w* (?:\w+ )?(?:friends?|neighbou?rs?|co-?workers?|"
    r"people|parents?|members?|someone|\w+)|donat\w*|chip in|contribut\w*|give \$|"
    r"driv\w*|tabl(?:e|ing)|flyer\w*|leaflet\w*|hand out|pass out|deliver\w*|sort\w*|pack\w*|"
    # "help with the mailing", "stuff envelopes for the mail-out" (lead, session 11)
    r"mail-?outs?|mailings?|(?:stuff|fold|address)\w* (?:\w+ )?envelopes|"
    r"serv(?:e|ing) (?:meals?|food|dinner|lunch|breakfast)|food (?:parcels?|boxes|hampers?)|stock\w*|cook\w*|bak(?:e|ing)|"
    r"register\w* (?:voters|people|students)|voter registration|write (?:a |\w+ )?(?:letters?|"
    r"posts?|op-eds?)|letter-writing|translat\w*|interpret\w*|mentor\w*|tutor\w*|"
    r"read\w* to|set up|sign[- ]?up (?:table|sheet)|childcare|babysit\w*|"
    r"co-?chair\w*|chair\w*|facilitat\w*|moderat\w*|run (?:the|a|our)|run\w* for|"
    r"(?:do(?:ing)?|tak(?:e|ing)|work(?:ing)?|cover(?:ing)?|pick(?:ing)? up|sign(?:ing)? up for) "
    r"(?:a|one|two|three|an extra|[\w-]+) (?:[\w-]+ )?shifts?|"
    r"(?:talk|speak)(?:ing)? (?:to|with) (?:your|\w+) (?:neighbou?rs?|co-?workers?|friends?|coworkers?|members?|"
    r"tenants?|parents?|congregation)|one-on-ones?|1:1s?|house visits?|visit\w*|"
    r"join(?:ing)? (?:the|our) (?:\w+ )?(?:committee|team|picket|line|crew|caravan|delegation)|"
    r"(?:go(?:ing)? )?door[- ]to[- ]door|"
    r"(?:come|go) (?:with|along with) (?:our|the|a|my) (?:\w+ )?(?:delegation|group|team)"
    r"(?: to (?:meet|see|visit|lobby))?|"
    r"(?:meet|lobby|visit) (?:with )?(?:the )?(?:commissioner|councillor|councilor|council ?member|"
    r"mayor|senator|representative|rep|governor|minister|mp|alderman|alderwoman|supervisor|"
    r"superintendent|principal|director|landlord|reporter|journalist)"
    r"(?: (?!(?:on|at|in|to|for|and|with|this|next|from|by)\b)[a-z'-]+)?|" + EVENT_NOUNS + r")\b"
)

# Words of which every match of TIME_WORDS contains one (or else a digit): "day" is in every
# day's name, "night" in "tonight" and "midnight", "noon" in "afternoon".
_TIME_HINT_WORDS = (
    "day night tomorrow week month noon morning evening mon tue wed thu fri sat sun after "
    "before january february march april june july august september october november "
    "december christmas easter passover ramadan eid juneteenth thanksgiving"
)
_TIME_HINTS = tuple(_TIME_HINT_WORDS.split())
_DIGIT = re.compile(r"\d")


def may_name_time(text: str) -> bool:
    """False only when ``TIME_WORDS`` cannot match ``text`` (a cheap test before the search)."""
    return any_in(_TIME_HINTS, text) or _DIGIT.search(text) is not None


@remembered  # specificity, strip_times, time_span and ask_phrases all ask
def time_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``TIME_WORDS`` matches in ``text``: the spans ``finditer`` gives, in order."""
    if not may_name_time(text):
        return ()
    return tuple(m.span() for m in TIME_WORDS.finditer(text))


@remembered  # a pure function of the text, asked again by ask_phrases
def specificity(text: str) -> tuple[str, ...]:
    """Return which of :data:`ASK_PARTS` an ask names, in that order.

    Examples
    --------
    >>> specificity("Would you canvass with me this Saturday at 10 from the library?")
    ('activity', 'time', 'place')
    >>> specificity("Could you give $25 to the strike fund?")
    ('activity', 'amount')
    """
    t = normalise(text)
    untimed = strip_times(t)
    found = {
        "activity": bool(ACTIVITY.search(untimed)) or bool(action_verb(text)),
        "time": bool(time_spans(t)),
        "place": bool(place_match(t) or HERE.search(t) or STREET_WALKED.search(t)),
        "amount": bool(AMOUNT.search(strip_places(untimed))),
    }
    if not found["time"] and ("now" in t or "away" in t):
        found["time"] = _asks_now(text)
    if found["time"] and not found["place"]:
        # "on Tuesday at 2pm, City Hall room 2?": a place listed after the time
        found["place"] = bool(_LISTED_PLACE.search(untimed))
    return tuple(p for p in ASK_PARTS if found[p])


# "right now", "now", "straight away" said as the time of the ask ("would you sign the letter
# right now?"): only in the words the ask asks for, where "right now" is no "currently"
# ("what's going on for you right now?"; "now that you know..." is no time). Ours, session 11.
NOW = re.compile(r"\b(?:right now|now|right away|straight away|this minute)\b(?! that\b)")


_CLAUSE_WORD = re.compile(r"\b(?:what|who|which|where|how|that|while|because|as)\b")


def now_in(action: str) -> re.Match | None:
    """The words "right now" / "now" as the time of the action asked for ("sign the letter
    right now"), else None: in a clause of its own ("continue with what you're doing now")
    it is "currently"."""
    m = NOW.search(action)
    return m if m and not _CLAUSE_WORD.search(action, 0, m.start()) else None


def _asks_now(text: str) -> bool:
    """Does the action an ask asks for happen now ("sign the letter right now")?"""
    from commonground.reader.kinds import ask_action

    action = ask_action(text)
    return bool(action and now_in(action))


_FROM_HERE = re.compile(r"\b(?:from|at|in|right) here\b")


def names_when_and_where(text: str) -> bool:
    """True when ``text`` names both a time and a place ("Tuesday at 6 in the hall", or a
    plan restated as a list: "thurs 7pm, community room")."""
    return names_when_and_where_in(normalise(text))


def names_when_and_where_in(t: str) -> bool:
    """:func:`names_when_and_where` for a sentence of a normalised line (as the reader
    splits it), which is not normalised again: that was a tenth of reading a line."""
    if not time_spans(t):
        return False
    # "mon 17 march 3:15 from here": where they are now is a place (ours, session 10)
    return bool(PLACE.search(t) or _LISTED_PLACE.search(strip_times(t)) or _FROM_HERE.search(t))


@remembered  # specificity and ask_phrases both ask
def strip_times(text: str) -> str:
    """Blank out clock times and dates (same length), so "at 10" is not an amount and
    "11 March" is not a march."""
    spans = time_spans(text)
    if not spans:
        return text
    pieces, at = [], 0
    for start, end in spans:  # as TIME_WORDS.sub would: each match blanked, same length
        pieces += [text[at:start], " " * (end - start)]
        at = end
    return "".join(pieces) + text[at:]


@remembered  # specificity and ask_phrases both ask
def strip_places(text: str) -> str:
    """Blank out places (same length), so "in ward 5 this morning" is not an amount."""
    return PLACE.sub(lambda m: " " * len(m.group(0)), text)


def action_verb(text: str) -> str:
    """The action an ask's frame asks for, when it is concrete ("present the figures").

    Returns ``""`` when there is no frame or its verb is vague ("help", "get involved").
    """
    from commonground.reader import patterns as pat  # noqa: PLC0415 (kinds imports asks)
    from commonground.reader.kinds import ask_action  # noqa: PLC0415

    action = ask_action(text)
    if not action:
        return ""
    action = drop_lead(action)
    # "come and read to the children", "go and film the riders": the action is the second verb.
    action = _COME_AND.sub("", action)
    first = action.split(" ", 1)[0].strip("?.!,")
    if _named_thing(action):
        return action
    helped = HELP_TO.match(action)
    if helped and helped.group(1) not in pat.VAGUE_VERBS | pat.NOT_ACTION:
        action = action[helped.start(1) :]  # "help us paint banners": the verb is "paint"
        first = helped.group(1)
    if not first or first in pat.VAGUE_VERBS or pat.VAGUE_START.match(action):
        return ""
    if first in pat.NOT_ACTION or first in {"me", "us", "you", "it", "that", "this", "the", "a"}:
        return ""
    return action


# Words before the action itself: "maybe, sign our petition" (a hedge is no activity),
# "thursday evening for the phone bank" (a time asked about first, then the thing).
_LEAD_WORDS = re.compile(
    r"^(?:(?:to|and|by|please|maybe|also|just|actually|possibly|perhaps)(?:\s*,)?\s+)+"
)
_FOR_THE = re.compile(r"^[\s,]*(?:for|to)\s+")
_BRING = re.compile(r"with (?:your|some|a few|any|all) ")
_TIME_LEAD_START = re.compile(
    r"(?:(?:on|this|next|every|at|by|from|until|in the|after|before)\s+)*"
)


def drop_lead(action: str) -> str:
    """``action`` less its hedges, and a time or place said before the thing asked for
    ("on monday evening at 6 at the union office to ring riders" asks to ring riders)."""
    action = _LEAD_WORDS.sub("", action)
    for _ in range(3):
        lead = _TIME_LEAD_START.match(action)
        timed = TIME_WORDS.match(action, lead.end()) if may_name_time(action) else None
        placed = None if timed else PLACE.match(action)
        if timed:
            span = time_span(action)
            action = action[span[1] if span and span[0] == 0 else timed.end() :]
        elif placed:
            action = action[placed.end() :]
        else:
            break
        after = action.lstrip(" ,;")
        if not after or (action.lstrip(" ").startswith((",", ";")) and not _BRING.match(after)):
            # "join us tuesday at 5 from the office, it's near...": nothing to do; but
            # "join us at 7 at the centre, with your flood records" asks them to bring them
            return ""
        action = _FOR_THE.sub("", action.lstrip(" ,"))
    return action


_COME_AND = re.compile(
    r"^(?:come|go|pop|swing)(?: (?:along|over|down|up|round|around|by|in|back))? (?:and|to) "
    r"(?=[a-z]+ )(?!(?:the|a|an|our|my|your|this|that|us|me|help|see|be)\b)"
)


def _named_thing(action: str) -> bool:
    """True for "do the raffle", "do this again", "help with the homework club".

    Help counts only with a named event or programme ("help with the branch newsletter"
    still leaves open what to do).
    """
    if DO_THING.match(action) or AGAIN.match(action):
        return True
    helps = _HELP_WITH.match(action)
    return bool(helps and ACTIVITY.search(helps.group(0)))


_DONATION = re.compile(
    r"\b(?:donat\w*|chip in|contribut\w*|give \$|give (?:\w+ )?dollars|pledge)\b"
)


def is_donation(text: str) -> bool:
    """True for an ask for money, which needs an amount but no time or place."""
    return bool(_DONATION.search(normalise(text)))


TIME_LEAD = re.compile(r"(?:\b(?:on|this|next|every|at|by|from|until|in the|after|before)\s+)+$")
_PART_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night)\b")
_TIME_GAP = re.compile(r"^[\s,]*(?:(?:on|at|from|by|the|of|,|and|-|to|until|till)\s*)*$")
_CLAUSE_END = re.compile(r"[,;.!?]|\band\b")


def time_span(t: str, after: int = 0) -> tuple[int, int] | None:
    """The first run of time words, joined across "on/at/the" and led by "on/this/next".

    With ``after`` (where the action asked for starts), the first run in that clause, if
    there is one.
    """
    spans = list(time_spans(t))
    if not spans:
        return None
    clause = _CLAUSE_END.search(t, after + 1) if after > 0 else None
    until = clause.start() if clause else len(t)
    later = [span for span in spans if after <= span[0] < until and after > 0]
    if later and later[0] != spans[0]:
        spans = spans[spans.index(later[0]) :]
    start, end = spans[0]
    for s, e in spans[1:]:
        if _TIME_GAP.match(t[end:s]):
            end = max(end, e)
        else:
            break
    lead = TIME_LEAD.search(t[:start])
    tail = _PART_OF_DAY.match(t, end)
    return (lead.start() if lead else start), (tail.end() if tail else end)


DETERMINER = r"(?:the|a|an|our|your|this|that|another|my|their|his|her|next)"
# "do the raffle", "do an interview": the noun phrase after "do" is the activity...
DO_THING = re.compile(
    rf"^(?:do|doing|run|take on|cover|staff|(?:book|schedule|arrange|set up|pencil)(?: (?:you|us|me))?"
    rf"(?: in)?(?: for)?) (?={DETERMINER} (?!(?:bit|part|best|thing|rest|stuff|same)\b))"
)
# ...and so is "do this again" (the next one-on-one).
AGAIN = re.compile(r"^(?:do|have) (?:this|it|that|one) again\b")
# "help with the homework club", "help at the food drive": help with a named thing.
_HELP_WITH = re.compile(
    rf"^(?:help(?: out)?|(?:give|lend) (?:us |me )?a hand) (?:with|at|on|run|to run) {DETERMINER} (?:[\w-]+ ){{0,2}}?"
    r"(?!(?:campaign|cause|effort|work|things|stuff|organi[sz]ing|movement|rest|it|this|that)\b)"
    r"[\w-]+"
)
# "help us paint banners", "help me to set out chairs": the verb after "help" is the act.
# A goal is not a task: "help us fight the route", "help us win" leave open what to do.
HELP_TO = re.compile(
    r"^help(?: (?:us|me|them))?(?: to)? (?!(?:with|out|at|on|in|for|the|a|an|you|fight|win|stop|save|change|"
    r"beat|block|oppose|keep|make|push|get|campaign|organi[sz]e|sometime|soon|more)\b)(\w+)"
)
