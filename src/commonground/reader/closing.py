"""Closing moves: thanks, the promise of a next contact (a follow-up) and goodbye.

Each pattern that is costly to search comes with words every match of it contains (its
hints), tested first.
"""

from __future__ import annotations

import re

from commonground.reader.guards import any_in, at_word_starts
from commonground.reader.memo import remembered

THANKS = at_word_starts(
    r"(?<!no )\b(?:thank(?:s| you| u)|thx|ty|cheers|(?:(?:i|we) )?(?:really |truly |so )?appreciate "
    r"(?:it|you|your|that|this|the time|the chat|the \w+ minutes)|(?:i'm|i am|we're|we are) (?:so |really |very )?grateful)\b"
)

# Thanks that end a meeting, not thanks for one thing just said ("thanks for sharing").
CLOSING_THANKS = re.compile(
    r"\bthank(?:s| you)(?: (?:so|very) much| a lot| again| both)?[.!]*$"
    r"|\b(?:thank(?:s| you)|cheers)(?: (?:so|very) much| a lot| again)?,? (?:for|4) (?:your|the|taking|meeting|"
    r"coming|talking|chatting|having|making|giving|everything|today|tonight|this|being|all)\b"
    # "I really appreciate your time", "we sure appreciate you having us" (ours, session 15)
    r"|\bappreciate(?<!n't appreciate) (?:your time|you (?:taking|making|meeting|having|giving|seeing|"
    r"talking))\b"
    r"|\bthank(?:s| you)(?: (?:so|very) much| a lot| again)?[,.!]* (?:this|today|tonight)(?:'s| has| was|"
    r" is)? (?:been )?(?:really |so |very |super |such )?(?:helpful|useful|great|lovely|good|"
    r"brilliant|interesting|nice|a (?:great|good|lovely|really good) (?:chat|talk|conversation))\b"
)

CONTACT = (
    r"(?:call|ring|telephone|phone|text|message|email|e-mail|whatsapp|send|write|ping|contact|bell|"
    r"drop (?:you )?(?:a )?(?:line|text|message|note|email|call|wee text|quick text|quick message)|"
    r"give you a (?:ring|call|bell|buzz|shout)|"
    r"check (?:in|back)|follow up|be in touch|get in touch|get back to you|touch base|"
    r"reach out|come by|drop by|stop by|swing by|pop by|pop in|drop in|stop in|come back|"
    r"come round|call round|knock|visit|remind|catch up|see you|"
    r"speak (?:to you|again|soon|then)|talk (?:to you|again|soon|then)|book|meet (?:you|again)|"
    r"stay in touch|keep in touch|holler at)"
)

FOLLOW_UP = at_word_starts(
    rf"\b(?:i'll|i will|i'm going to|i am going to|i'm gonna|i can|i'd like to|let me|we'll|"
    rf"we will|i shall|i'll be sure to|i'll make sure to|i will make sure to) (?:\w+ ){{0,2}}?"
    rf"{CONTACT}\b|\b(?:let's|lets|we can|we should) (?:\w+ ){{0,1}}?(?:talk|speak|catch up|"
    rf"meet|touch base|check in) (?:again|soon|next|on|this|tomorrow|later)\b"
    # "I'll put it all in writing tomorrow and ring you the day before": the promise's
    # second verb is the contact.
    rf"|\b(?:i'll|i will|we'll|we will) [\w' ]{{1,40}}? and (?:then )?(?:call|ring|phone|"
    rf"text|message|email|e-mail|whatsapp|give you a (?:ring|call|bell))\b"
    rf"|\b(?:i'll|i will|we'll|we will) put (?:it|this|that|everything|it all|all of (?:it|this)|"
    rf"the details) in writing\b"
    # said as texts say it: "thanks again, will call you fri", "talk to you on Sunday then"
    rf"|(?:^|[,;] )(?:and )?(?:will|going to) {CONTACT}\b"
    rf"|(?:^|[,;] )(?:call|ring|text|message|email|phone|bell) (?:you|ya) (?=later|tomorrow|tonight|"
    rf"soon|next|on |this |monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    rf"|(?:^|[,;] )(?:(?:i'll|we'll) )?(?:talk|speak) to you (?=on |next |tomorrow|tonight|this |"
    rf"monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    # as texts end: "lovely stuff, talk Thursday", "speak tomorrow", "talk next month" ("see
    # you Saturday" is not: Saturday is often the event itself, not a contact before it)
    rf"|(?:^|[,;] )(?:talk|speak|chat) (?=(?:to you )?(?:on |next |this )?"
    rf"(?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|"
    rf"month|weekend)\b(?: at \w+| at \d{{1,2}}(?::\d\d)? ?(?:am|pm)?| then| x+)?[.!]*$)",
    or_at=",;",  # "(?:^|[,;] )": a texted clause after a comma
)

# A promise in the present tense, as learners of English make it: "I call you on Friday",
# "I send you message today". Only with a named day (a habit has none: "I call her a lot").
_PRESENT_PROMISE = at_word_starts(
    r"(?<!can )(?<!could )(?<!may )(?<!shall )(?<!should )(?<!do )(?<!if )(?<!when )"
    r"\bi (?:(?:call|ring|telephone|phone|text|message|email|see|visit) (?:you|u)\b|send (?:you |u )?"
    r"(?:a |the |all the )?(?:message|text|details|email|invitation|papers|list|everything)\b"
    # "I am in touch the day before" (ours, session 15)
    r"|come (?:back|by|round)\b|am in touch\b)"  # "I come back Thursday like I say" (session 11)
    r"[\w' ]{0,30}?(?<!every )\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"today|tonight|tomorrow|next week|the day before)\b"
)

# Words of which every match contains one (an exact short cut before the search).
_FOLLOW_UP_HINT_WORDS = (
    "i'll|i will|i'm going to|i am going to|i'm gonna|i can|i'd like to|let me|we'll|we will|"
    "i shall|let's|lets|we can|we should"
)

_PRESENT_HINTS = (
    "i come",
    "i call",
    "i ring",
    "i phone",
    "i telephone",
    "i text",
    "i message",
    "i send",
    "i email",
    "i write",
    "i see",
    "i visit",
    "i am in touch",
)

_FOLLOW_UP_HINTS = (
    *_FOLLOW_UP_HINT_WORDS.split("|"),
    "will ",
    "going to ",
    "talk to you",
    "speak to you",
    "talk ",
    "speak ",
    "chat ",
    "call you",
    "ring you",
    "text you",
    "message you",
    "email you",
    "phone you",
    "bell you",
    "call ya",
    "ring ya",
    "text ya",
    "message ya",
    "email ya",
    "phone ya",
    "bell ya",
)

THANKS_HINTS = ("thank", "thx", "ty", "cheers", "appreciate", "grateful")
CLOSING_THANKS_HINTS = ("thank", "cheers", "appreciate")

_WHEN = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|"
    r"week|weekend|month|morning|afternoon|evening|soon|later|then|now|after|before|next|"
    r"days|weeks|\d)"
)

_HOW = re.compile(
    r"\b(?:call|ring|telephone|phone|text|message|email|e-mail|whatsapp|send|write|ping|drop|come by|"
    r"drop by|"
    r"stop by|swing by|pop by|pop in|drop in|come back|come round|knock|visit|remind|book)\b"
)

GOODBYE = re.compile(
    # "take care of each other" is no goodbye (ours, session 12); "take care of yourself" is
    r"\b(?:bye|goodbye|see (?:you|ya|u)|take care(?! of\b)|take care of yourself|talk soon|"
    r"speak soon|catch you later|"
    r"have a (?:good|great|nice|lovely) (?:one|day|night|evening|weekend|shift)|good ?night|"
    r"sleep well|nice (?:to meet|meeting|talking|chatting)|(?:great|good|lovely) (?:to meet|"
    r"meeting|talking|chatting|to talk|to see)|until next time|all the best|"
    r"(?:i'll|i will|we'll|let's) (?:be|stay|keep|get) in touch|"
    # ours, session 6: "I'll leave you to it", "I'll let you get on", "mind yourself"
    r"(?:i'll|i will|i'd better|i should|let me) (?:leave you to it|let you get on|let you go)|"
    r"i won't keep you|mind yourself|look after yourself|take it easy|chat soon|"
    r"(?:talk|speak|chat) (?:to you )?later|^laters?(?=[.!]*$)|"
    r"(?:gotta|got to|have to|i'll|i'd better|i should|i must) (?:run|dash|head off|shoot off|be off|"
    r"get going)|"
    # ours, session 12: British and spoken goodbyes ("cheerio", "ta-ra", "so long", "I'm off")
    r"cheerio|ta-rr?ah?|toodle(?:-?oo|s)|so long(?! as\b)|ciao|adios|bye for now|catch (?:you|ya) "
    r"(?:soon|later|around)|(?<![\w'])(?:i'm|i am|i'll be|we're) (?:off|away)(?: now| then| home)?"
    r"(?=[.!]*$)|laters(?=[.!]*$)|off (?:i|we) go"
    # "tara love", "tarra a bit": unhyphenated, only as a clause of its own ("Tara from the
    # third floor" is a name; ours, session 15)
    r"|t(?:(?<=^t)|(?<=[,.!;] t))arr?ah?(?=[,.!?]|$| (?:then|now|for now|love|pet|chuck|duck|hen|mate|"
    r"a bit|everyone|all|x+)\b))\b"
)

# "I'll stay in touch", "we'll keep in touch": a promise of contact even with no when or how.
_STAY_IN_TOUCH = re.compile(
    r"\b(?:i'll|i will|we'll|we will|i'm going to|let's|lets) (?:\w+ )?(?:stay|keep|be|get) in touch\b"
)


@remembered  # asked of each sentence several times while reading a line
def follow_up(sentence: str) -> re.Match | None:
    """The promise of a next contact ("I'll text you Monday", "I'll stay in touch", "I
    call you on Friday")."""
    stays = _STAY_IN_TOUCH.search(sentence) if "in touch" in sentence else None
    present = _PRESENT_PROMISE.search(sentence) if any_in(_PRESENT_HINTS, sentence) else None
    return stays or dated_follow_up(sentence) or present


def dated_follow_up(sentence: str) -> re.Match | None:
    """A promised next contact that says when or how ("I'll text you Monday")."""
    if not any_in(_FOLLOW_UP_HINTS, sentence):
        return None  # every FOLLOW_UP match starts with one of these
    m = FOLLOW_UP.search(sentence)
    if m and (_HOW.search(m.group(0)) or _WHEN.search(sentence[m.start() :])):
        return m
    return None
