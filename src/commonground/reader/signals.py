"""Signals: what a line does, beyond its kind (pushing, probing, thanking, following up...).

A line has one kind but may carry several signals (see :data:`SIGNALS`). They are read
without context: ``push`` says the line presses, and it is the caller (the role-play
engine, the typed-reply drill) that knows whether it came after a no or a maybe.
Every rule that fires leaves a note, like the kind rules do.
"""

from __future__ import annotations

import re

from commonground.reader.asks import names_when_and_where
from commonground.reader.guards import Alternation, any_in
from commonground.reader.text import sentences

#: Every signal the reader can attach to a line, in alphabetical order.
SIGNALS = (
    "acknowledges",
    "agrees_only",
    "confirm_details",
    "credentials",
    "first_person",
    "follow_up",
    "on_the_spot",
    "probe_maybe",
    "probe_no",
    "push",
    "thanks",
    "turns_to_them",
    "vague",
)

_ASKS_ITSELF = re.compile(
    r"^(?:(?:do|does|did|are|is|was|were|have|has|can|could|will|would|should|aren't|isn't|"
    r"don't|didn't|won't|wouldn't|haven't|can't|couldn't) \w+|what|what's|how|how's|why|who|"
    # "when my hours got cut, I..." opens a clause about the speaker, not a question
    r"which|(?:where|when)(?! (?:i|i'm|i've|i'd|my|me|we|we're|we've|our|the|they|their|he|his|she|"
    r"her|it|its|a|an|this|that|there)\b)|"
    r"anything|and you|and yourself)\b"
    # a question said as a wish to know: "I'm curious what keeps you going", "tell me about..."
    r"|^(?:tell me|talk to me about|walk me through|i'm curious|i am curious|i wonder|"
    r"(?:i'd|i would) love to (?:hear|know))\b"
)


def is_question(sentence: str) -> bool:
    """True for a sentence ending in "?" or opening like a question."""
    s = sentence.strip()
    return s.endswith("?") or bool(_ASKS_ITSELF.match(_strip_lead(s)))


_LEAD = re.compile(
    r"^(?:(?:so|well|ok|okay|and|but|oh|sure|right|great|of course|fair enough|that makes sense|"
    r"i see|i hear you|i understand|got it|no worries|no problem|that's fair|i get it|totally|"
    r"yeah|yes|like|hmm|then|alright|just|sorry|i'm sorry|my bad|apologies|totally fair|fair|"
    r"brilliant|perfect|lovely|excellent|amazing|wonderful|fine|"
    r"that's (?:fine|ok|okay|great|brilliant|understandable)"
    r")\b[,.!]?\s*(?:[-—–]\s*)?)+"
)


def strip_lead(sentence: str) -> str:
    """``sentence`` less an opening acknowledgement ("fair enough, ", "no worries, ")."""
    return _LEAD.sub("", sentence).strip()


_strip_lead = strip_lead


# ---- probes after a no or a maybe ---------------------------------------------------
_TIME_SIDE = (
    r"(?:time|timing|date|day|days|when|hour|hours|schedule|morning|afternoon|evening|night|"
    r"weekend|weekday|weeknight|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"\d{1,2}(?::\d\d)?\s?(?:am|pm)?|tonight|tomorrow|month|season)s?"
)
_ACTIVITY_SIDE = (
    r"(?:activity|itself|themselves|in particular|as such|the work|the task|the job|the thing|"
    r"that kind of|this kind of|the role|your (?:kind of )?thing|cup of tea|"
    r"the idea|at all|in general|the ask|what i asked|\w+ing\b|canvass\w*|phone ?bank\w*|"
    r"what (?:i'd|i would|i'm|i am|we'd|we're|we) (?:want|ask|need)\w* you to do|"
    r"meeting|rally|hearing|march|vigil|picket|training|speaking|talking|the press|public)"
)
PROBE_NO = [
    (
        re.compile(rf"\b{_TIME_SIDE}\b.*\bor\b.*(?:{_ACTIVITY_SIDE})"),
        "asks whether the no is about the time or the activity",
    ),
    (
        re.compile(rf"(?:{_ACTIVITY_SIDE}).*\bor\b.*\b{_TIME_SIDE}\b"),
        "asks whether the no is about the activity or the time",
    ),
    (
        re.compile(
            r"^(?:is|was) (?:it|that) (?:the )?(?:time|timing|date|day|schedule|activity|"
            r"\w+ itself)\b"
        ),
        "asks what the no is about",
    ),
    (
        re.compile(
            r"\b(?:is|was) (?:it|that) (?:something about|more about|about) (?:the|that) "
            r"(?:time|timing|date|day|activity|ask|role)\b|\bwhat part (?:of (?:it|that|this) )?(?:doesn't|"
            r"does not|won't|isn't) (?:work|suit)"
        ),
        "asks what the no is about",
    ),
    (
        # "is it the saturday or the money side", "is it the weekend, or the cameras?":
        # a day or time set against anything that is not another day or time.
        re.compile(
            rf"^(?:is|was) (?:it|that) (?:just |only |more |really )?(?:the )?{_TIME_SIDE}\b"
            rf"[^?]*?\bor\b(?! (?:is it |was it )?(?:just |only )?(?:the |a )?{_TIME_SIDE}\b)"
            r" \w+"
        ),
        "asks whether the no is about the time or the activity",
    ),
    (
        # "is it the cameras, or the monday?", "is it the when or the what?"
        re.compile(
            rf"^(?:is|was) (?:it|that) (?!(?:just |only |more |really )?(?:the |a )?"
            rf"{_TIME_SIDE}\b)[\w' -]+?,? or (?:is it |was it )?(?:just |only |more )?"
            rf"(?:the |a )?(?:{_TIME_SIDE}|what)\b"
        ),
        "asks whether the no is about the activity or the time",
    ),
]
PROBE_MAYBE = re.compile(
    r"\bwhat (?:do|does) (?:it|that|this) depend|"
    r"\bwhat (?:would|might|could|will) (?:you|it|that|this) (?:need|take|want to know|"
    r"have to|depend|make (?:it|this|that) (?:hard|harder|easier|easy|difficult|possible|work|"
    r"a yes|doable)|help you (?:decide|say yes)|be (?:the|your) (?:hold-?up|catch|worry|concern))"
    r"|\bwhat (?:do you think |might |could )?(?:would|might|could|will) (?:make|get) "
    r"(?:it|this|that|something|the \w+)"
    r"(?: \w+){0,3}? (?:hard|harder|easier|easy|difficult|possible|work|a yes|doable|tricky|"
    r"worth (?:it|your|the))\b"
    r"|\bwhat(?:'s| is| are)? (?:the (?:main |biggest |real |big )?(?:thing|issue|problem) )?"
    r"(?:holding you back|stopping you|in the way|getting in the way|"
    r"making you (?:hesitate|unsure|think twice|nervous)|(?:your|the) (?:hesitation|concern|"
    r"worry|worries|hold-?up|catch|sticking point|doubt))"
    r"|\b(?:what|which) (?:bits? |parts? |aspects? )?(?:of (?:it|this|that) )?(?:are|r) you (?:unsure|"
    r"worried|nervous|hesitant|concerned|uncertain|not sure) about"
    r"|\b(?:what|which) (?:bits? |parts? |aspects? )?(?:of (?:it|this|that) )?(?:worr(?:y|ies)|"
    r"concerns?|bothers?) you\b"
    r"|\bwhat(?:'s| is) making (?:it|this|that) (?:hard|harder|tricky|difficult|awkward|a no)\b"
    r"|\bwhat (?:would|might|could|will) help you (?:decide|say yes|make up your mind|feel (?:sure|ready))"
    r"|\bwhat (?:else )?(?:do|would) you need to (?:know|hear|find out|check|see)\b"
    r"|\bwhat (?:are|r) you (?:weighing(?: up)?|torn (?:about|between|on)|on the fence about|"
    r"deciding between)"
    r"|\bwhat (?:questions|doubts|concerns|worries) (?:do|would) you have"
    r"|\bwhat does (?:it|that|your answer) depend on|\bdepends? on what\b"
    r"|\bis there anything (?:that )?(?:would make|you'd need|you would need|i could|i can|"
    r"holding|stopping|worrying|(?:would|could|might) help you (?:decide|say yes|make up your mind))"
)


def probe_signal(sentence: str) -> tuple[str, str] | None:
    """``("probe_no"|"probe_maybe", why)`` when a question probes a no or a maybe."""
    if "?" not in sentence and not is_question(sentence) and not _WANTS_TO_KNOW.search(sentence):
        return None
    s = _WANTS_TO_KNOW.sub("", _strip_lead(sentence)).strip()
    s = re.sub(r"^(?:whether|if) (?:it's|it is)\b", "is it", s)
    if " or " in s or s.startswith(("is it", "was it", "is that", "what part")):
        for pattern, why in PROBE_NO:
            offers = _OFFERS_ALTERNATIVE.search(s) and not ASKS_ACTIVITY_TOO.search(s)
            if pattern.search(s) and not offers:
                return "probe_no", why
    if ("what" in s or "which" in s or "is there anything" in s) and PROBE_MAYBE.search(s):
        return "probe_maybe", "asks what the maybe depends on"
    return None


# "I'd love to know what would make it work for you": a question said as a statement.
_WANTS_TO_KNOW = re.compile(
    r"^(?:i'd|i would) (?:love|like) to (?:know|hear|understand)\s+|^i'm (?:curious|wondering)"
    r"(?: about)?\s+|^i wonder\s+|^(?:can|could) you tell me\s+|^tell me\s+"
)

# "Would another day work better, or is it not your kind of thing?" offers another day but
# also asks whether it is the activity: a probe.
ASKS_ACTIVITY_TOO = re.compile(
    r"\bor (?:is it|is that|it's|would) (?:\w+ ){0,4}?(?:thing|cup of tea|activity|itself)\b"
)

# "Would Sunday work instead?" offers an alternative; it does not ask what the no is about.
_OFFERS_ALTERNATIVE = re.compile(
    r"\b(?:would|could|will|does) (?!you\b)[\w: ]{1,30}\bwork\b|instead"
)

# ---- pushing after a no or a maybe --------------------------------------------------
# Each rule with the words every match of it contains (a line with none of them skips it).
PUSH_RULES = [
    (
        r"\b(?:couldn't|can't|cant|won't|wouldn't) you (?:just |even |at least |still |please |maybe )"
        # "couldn't you get to sleep after your shift?" asks about them (ours, session 7)
        r"?(?!(?:get (?:to|any|some) sleep|cope|breathe|hear|see)\b|(?:sleep|rest)[?.!]*$)(?:\w+)",
        ("couldn't you", "can't you", "cant you", "won't you", "wouldn't you"),
    ),
    (
        r"\b(?:are|r) you (?:sure|certain)\b|^(?:you )?sure\?",
        ("sure", "certain"),
    ),
    (
        r"\b(?:it's|it is|its|it'd be|it would be|it will be|it'll be|that's|that is) (?:only|just|"
        r"literally|barely|hardly) (?:a|an|one|two|three|a couple|a few|\d+|for|half|once|the|down|"
        r"round|around|up|next door)\b",
        ("only ", "just ", "literally ", "barely ", "hardly "),
    ),
    (
        r"\b(?:it's|it is|that's|that is) (?:honestly |really )?not (?:really |honestly |even )?(?:much|"
        r"a lot|that much|a big "
        r"deal|that hard|hard|difficult|a big ask|a big commitment|much of a commitment|far|a huge ask)\b",
        ("s not ", "honestly not", "really not"),
    ),
    (
        r"\b(?:even|just) a (?:little|bit|tiny)(?: bit)? (?:would|will|could) help\b|\banything at all\b"
        r"|\bevery little (?:bit )?helps\b",
        ("would help", "will help", "could help", "anything at all", "every little"),
    ),
    (
        r"\b(?:it's|it is|this is) (?:really|so|super|very) important\b(?! to me)",
        ("important",),
    ),
    (
        r"\b(?:one|a|just one|a single|a little|a few) [\w-]+ (?:won't|wouldn't|can't|couldn't) hurt\b"
        r"|\bwhat(?:'s| is) the harm\b",
        ("hurt", "harm"),
    ),
    (
        r"\byou(?:'d| would|'ll| will) (?:be (?:fine|great|brilliant|perfect)|love it|not regret)\b"
        r"|\byou won't regret\b",
        ("you'd ", "you would ", "you'll ", "you will ", "you won't regret"),
    ),
    (
        r"\b(?:only|just) takes? (?:a|an|one|two|three|five|ten|fifteen|twenty|thirty|a couple|a few|"
        r"\d+|half)\b|\bwon't take (?:long|more)"
        r"|\b(?:don't|won't|wouldn't) (?:have|need) to (?:stay|do it) (?:long|all|the whole|for long)\b"
        r"|\b(?:you'd|you would|you'll|you will|you) only (?:need|have) to\b",
        ("take", "have to", "need to"),
    ),
    (
        r"\b(?:it|this|that) (?:would|will|'d|'ll|could) (?:really |so |honestly |truly )?"
        r"(?:help(?! (?:you|them)\b)|mean (?:a lot|so much|the world|everything))\b",
        ("help", "mean"),
    ),
    (
        # "the lorries come on our street", "it came on time": a verb, not a press
        r"\bcome on\b(?!\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|over|"
        r"down|in|board|along|by|out|our|my|your|his|her|their|its|a|an|this|that|these|those|"
        r"to|at|time|every|here|there|up|back|round|through|stage)\b)|\bpretty please\b|\bplease,? please\b|\bi'm begging|\bi beg you\b"
        r"|^please[.!?]*$|\bplease,? (?:just|reconsider|think again|it's|it is|we need)\b",
        ("come on", "please", "beg"),
    ),
    (
        r"\b(?:we|i) (?:really |desperately |badly |do |really do |so )*need (?:you|everyone|everybody|"
        # "we need people who can teach reading" says what the campaign needs, not a press.
        r"people(?! (?:who|that|with|from)\b)|your help|this|someone like you|the numbers|numbers|"
        r"every(?:one|body) we can get)\b",
        ("need",),
    ),
    (
        r"\b(?:nobody|no one|no-one) else (?:can|will|could|is going to|knows)\b"
        r"|\b(?:there's|there is) (?:literally |really |just |honestly )?(?:nobody|no one|no-one) else\b"
        r"|\b(?:everyone|everybody) else\b(?:[\w ]{0,30}?)\b(?:is|has|have|will|already|said|did|"
        r"signed)\b",
        ("else",),
    ),
    (
        r"\b(?:let|letting) (?:us|them|everyone|everybody|me|(?:the|your|our|all (?:the|your)) "
        r"(?:[\w-]+ ){1,3})down\b",
        ("let",),
    ),
    (
        r"(?:^|\bbut |\byet )(?:you|u) (?:said|told me|told us|promised)(?: (?:last time|before|last "
        r"week|last month|earlier|the other day))?,? (?:you|u)(?:'d| would| were| care| cared| wanted| "
        r"want| love| believe)\b",
        ("said", "told", "promised"),
    ),
    (
        r"\b(?:the same|do it|do this|manage|cope|lost|nothing|sunk|stuck) without you\b"
        r"|\b(?:can't|cannot|can not|shouldn't) (?:just )?leave (?:it|this|everything|the \w+) (?:all )?to\b"
        r"|\b(?:i|we) (?:really )?(?:thought|hoped) (?:i|we) could (?:count|rely) on you\b"
        r"|\b(?:i was|we were|we're|we are|i'm|i am|everyone's|everyone is|everybody's|everybody is|"
        r"they're|they are) (?:all )?(?:really )?(?:counting|relying|depending) on you\b",
        ("without you", "leave", "count", "rely", "counting", "relying", "depending"),
    ),
    (
        r"\b(?:just|only) (?:this|the) once\b|\bthis one time\b(?! (?:at|when|in|i|we|my|on)\b)"
        r"|\bjust once\b|\bfor once\b",
        ("once", "one time"),
    ),
    (
        r"\b(?:miss|skip|move|cancel|swap|drop(?! (?:you|u|me|us|him|her|them)\b)|rearrange|get out of|sleep) "
        r"(?:\w+ ){0,3}"
        # "sleep after, just this once" (afterwards), not "sleep after the night shift"
        r"(?:this once|this time|this week|one time|after(?! (?:a|an|the|your|my|his|her|their|"
        r"our|that|this|work|school|class|shifts?|nights?|hours)\b))\b",
        ("miss", "skip", "move", "cancel", "swap", "drop", "rearrange", "get out of", "sleep"),
    ),
    (
        r"\bgo on,? (?:just|please|it's|it is|you'll|go on)\b"
        r"|\b(?:it's|it is|that's|that is) (?:nothing|no big deal|a doddle|a piece of cake)\b",
        ("go on", "nothing", "big deal", "doddle", "piece of cake"),
    ),
    (
        r"\b(?:reconsider|change your mind|think (?:about it )?again)\b",
        ("reconsider", "change your mind", "again"),
    ),
    (
        r"\bsurely (?:you|the|it|they|we|that|this)\b",
        ("surely",),
    ),
    (
        r"\bthe least (?:you|we) (?:can|could)\b|(?<!you )(?<!we )(?<!i )\bthink (?:of|about) (?:the|all "
        r"the|those|your) (?:kids|children|families|people|workers|patients|students|elders|seniors|"
        r"tenants|neighbou?rs)\b",
        ("the least", "think of", "think about"),
    ),
    (
        r"\b(?:you can always|can't you find|can't you make)\b",
        ("you can always", "can't you find", "can't you make"),
    ),
    (
        r", though[.!?]?$",
        (", though",),
    ),
    (
        r"\b(?:we're|we are|i'm|i am|they're|they are) (?:so |really |getting |pretty |a bit |quite )?"
        r"(?:desperate\b|(?:stuck|struggling)\b(?! (?:with|on|in|at)\b))",
        ("desperate", "stuck", "struggling"),
    ),
    (
        r"\b(?:it|this|that) (?:really |so |truly |honestly )?matters\b(?! to (?:me|you|us)\b)"
        r"(?=.*\bthough\b|\s*[!]|.*\bplease\b)",
        ("matters",),
    ),
    (
        r"\b(?:it's|it is|this is) (?:so|really|super|very|incredibly) (?:important|urgent|crucial)\b"
        r"(?!\s+(?:to|for) (?:me|you)\b)",
        ("important", "urgent", "crucial"),
    ),
    # Getting round what they said stands in the way: "could your sister mind the till?",
    # "can't someone else cover your shift?"
    (
        r"\b(?:could|couldn't|can't|cant|can|would|wouldn't) (?:someone|somebody|anyone|your \w+)"
        r"(?: else)? (?:just )?(?:cover|mind|watch|take over|look after|fill in|swap)\b",
        ("someone", "somebody", "anyone", "your "),
    ),
    # Guilt: "they'd want you there", "think of the Tuesday ladies".
    (
        r"\b(?:they|she|he|everyone|people|the kids)(?:'d| would) (?:really |all )?(?:want|love|"
        r"expect) you (?:there|to come|to be there|to do it)\b|^think (?:of|about) (?:the|your) ",
        ("'d ", "would ", "think "),
    ),
]
# ours, session 6. Minimising what they said stands in the way: "it's not like you're doing
# anything", "what's one evening, really?"
PUSH_RULES += [
    (
        r"\b(?:it's|it is|it isn't|it's not) (?:not )?like (?:you're|you are|you've got|you have|you'd be)\b",
        (" like you",),
    ),
    (
        r"\bwhat(?:'s| is) (?:just )?(?:one|an|a single|a couple of|two|a few|half an) (?:little |"
        r"measly |extra )?(?:evening|hour|hours|afternoon|morning|night|day|shift|weekend|minutes|"
        r"saturday|sunday)\b(?!\s+(?:like|for you|with you|at|in)\b)",
        ("what's ", "what is "),
    ),
    # Pressure and guilt: "I need an answer today", "I'd be gutted if you didn't come",
    # "after everything we did for you", "don't let a bit of rain stop you".
    (
        r"\bneed (?:an answer|a yes|to know|you to decide) (?:today|now|right now|tonight|by)\b",
        ("need ",),
    ),
    (
        r"\b(?:disappointed|gutted|upset|sad|heartbroken|hurt) if (?:you|u) (?:don't|didn't|can't|"
        r"won't|couldn't|say no|said no)\b",
        (" if you", " if u"),
    ),
    (
        r"\bafter (?:everything|all) (?:[\w']+ ){1,5}?(?:did|done|does|put in|given|gave) for (?:you|u)\b",
        ("for you", "for u"),
    ),
    (
        r"\b(?:let|letting) (?:a (?:bit of |little )?)?[\w' ]{1,20}? stop (?:you|u)\b",
        ("stop you", "stop u"),
    ),
    (
        r"\b(?:you'd|you would|you'll|you will) be the only one\b",
        ("the only one",),
    ),
    (
        r"\b(?:don't|do not) you care\b|\bi thought you cared\b"
        r"|\byou (?:don't|do not) (?:even |really )?care (?:about|what)\b",
        ("you care", "you cared", "care about", "care what"),
    ),
    (
        r"\b(?:not|won't|will not|don't|can't) (?:taking|take|accepting|accept) no for an answer\b",
        ("no for an answer",),
    ),
    # Mocking a refusal: "would it kill you to come for an hour", "it won't kill you"
    (
        r"\b(?:would|will|wouldn't|won't|is it going to|it's not going to|it isn't going to) "
        r"(?:it |that |this )?kill (?:you|u|ya)\b",
        ("kill you", "kill u", "kill ya"),
    ),
    # "could you not just come for a bit?", "can't you just pop in?"
    (
        r"\b(?:could|can|would) (?:you|u) not (?:just|even|at least) \w+",
        ("you not just", "you not even", "you not at least", "u not just", "u not even"),
    ),
]
# One alternation, searched rule by rule with the cheap word test first (guards.py).
_PUSH = Alternation(PUSH_RULES)

# ---- after a yes: confirming the details --------------------------------------------
_DETAIL_WORDS = (
    r"(?:details|address|time|times|location|directions|info|information|link|invite|"
    r"invitation|reminder|talking points|agenda|map|flyer|plan|script|sign-up|form)"
)
CONFIRM = [
    re.compile(
        r"\b(?:so|just to (?:confirm|check|be clear)|just checking|to confirm|to recap|confirming)\b,? "
        r"(?:that's|that is|it's|it is|we're|we are|you're|you are|we have|i have|i've got|"
        r"we've got|we'll|we will|see you|you've (?:still )?got|you still have)\b"
        # "so it's about Theo, is that right?" gives back what matters to them, not details
        # nor does "so it's not the drains you gave up on, it's ..." (a reflection's contrast)
        r"(?! (?:really |just |all |mostly |more )?about\b| not (?:really |just )?(?:the|your|about)\b)"
    ),
    re.compile(
        rf"\b(?:send|text|email|e-mail|message|give|drop|write|forward|share|whatsapp) "
        rf"(?:you |over )?(?:the |all the |a |my |our |everything)(?:\w+ ){{0,2}}?"
        rf"{_DETAIL_WORDS}\b|\beverything in writing\b|\bwith (?:the|all the) (?:details|address|"
        rf"info|information|link)\b"
    ),
    re.compile(
        r"\b(?:does|will|would|is) (?:that|this|it) (?:still )?(?:work|suit|sound|good|ok|okay|"
        r"alright|all right|fine|convenient|doable)"
        r"|\b(?:is|does|would|will) (?:\w+ |\d{1,2}(?::\d\d)?\s?(?:am|pm) ){1,5}still (?:work|suit|"
        r"good|ok|okay|alright|all right|fine|convenient|doable)\b"
    ),
    re.compile(
        r"\b(?:can|could|will) you still (?:make it|come|be there|do it|do that)\b"
        r"|^(?:(?:are )?(?:we|you) )?still on for\b"
        r"|\b(?:you're|you are|are you|you) still (?:good|ok|okay|on|free|alright|all right|able|"
        r"coming|up for it)\b"
    ),
    # The same check said as people say it, without the "does": "that still good for you?",
    # "that work?", "still ok?" (a question of its own, or the tail after a comma).
    re.compile(
        r"(?:^|, )(?:(?:and|so) )?(?:(?:that|this|it) (?:still )?|still )(?:works?|suits?|"
        r"sounds? (?:good|ok|okay|right)|good|ok|okay|alright|all right|fine|doable)"
        r"(?: (?:for|with) (?:you|everyone|them))?\s*\?"
    ),
]

# ---- closing moves: thanks, follow-up, goodbye --------------------------------------
THANKS = re.compile(
    r"(?<!no )\b(?:thank(?:s| you| u)|thx|ty|cheers|(?:(?:i|we) )?(?:really |truly |so )?appreciate "
    r"(?:it|you|your|that|this)|(?:i'm|i am|we're|we are) (?:so |really |very )?grateful)\b"
)
# Thanks that end a meeting, not thanks for one thing just said ("thanks for sharing").
CLOSING_THANKS = re.compile(
    r"\bthank(?:s| you)(?: (?:so|very) much| a lot| again| both)?[.!]*$"
    r"|\b(?:thank(?:s| you)|cheers)(?: (?:so|very) much| a lot| again)?,? (?:for|4) (?:your|the|taking|meeting|"
    r"coming|talking|chatting|having|making|giving|everything|today|tonight|this|being|all)\b"
    r"|\bthank(?:s| you)(?: (?:so|very) much| a lot| again)?[,.!]* (?:this|today|tonight)(?:'s| has| was|"
    r" is)? (?:been )?(?:really |so |very |super |such )?(?:helpful|useful|great|lovely|good|"
    r"brilliant|interesting|nice|a (?:great|good|lovely|really good) (?:chat|talk|conversation))\b"
)
_CONTACT = (
    r"(?:call|ring|phone|text|message|email|e-mail|whatsapp|send|write|ping|contact|bell|"
    r"drop (?:you )?(?:a )?(?:line|text|message|note|email|call|wee text|quick text|quick message)|"
    r"give you a (?:ring|call|bell|buzz|shout)|"
    r"check (?:in|back)|follow up|be in touch|get in touch|get back to you|touch base|"
    r"reach out|come by|drop by|stop by|swing by|pop by|pop in|drop in|stop in|come back|"
    r"come round|call round|knock|visit|remind|catch up|see you|"
    r"speak (?:to you|again|soon|then)|talk (?:to you|again|soon|then)|book|meet (?:you|again)|"
    r"stay in touch|keep in touch)"
)
FOLLOW_UP = re.compile(
    rf"\b(?:i'll|i will|i'm going to|i am going to|i'm gonna|i can|i'd like to|let me|we'll|"
    rf"we will|i shall|i'll be sure to|i'll make sure to|i will make sure to) (?:\w+ ){{0,2}}?"
    rf"{_CONTACT}\b|\b(?:let's|lets|we can|we should) (?:\w+ ){{0,1}}?(?:talk|speak|catch up|"
    rf"meet|touch base|check in) (?:again|soon|next|on|this|tomorrow|later)\b"
    # "I'll put it all in writing tomorrow and ring you the day before": the promise's
    # second verb is the contact.
    rf"|\b(?:i'll|i will|we'll|we will) [\w' ]{{1,40}}? and (?:then )?(?:call|ring|phone|"
    rf"text|message|email|e-mail|whatsapp|give you a (?:ring|call|bell))\b"
    rf"|\b(?:i'll|i will|we'll|we will) put (?:it|this|that|everything|it all|all of (?:it|this)|"
    rf"the details) in writing\b"
    # said as texts say it: "thanks again, will call you fri", "talk to you on Sunday then"
    rf"|(?:^|[,;] )(?:and )?(?:will|going to) {_CONTACT}\b"
    rf"|(?:^|[,;] )(?:call|ring|text|message|email|phone|bell) (?:you|ya) (?=later|tomorrow|tonight|"
    rf"soon|next|on |this |monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    rf"|(?:^|[,;] )(?:(?:i'll|we'll) )?(?:talk|speak) to you (?=on |next |tomorrow|tonight|this |"
    rf"monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    # as texts end: "lovely stuff, talk Thursday", "speak tomorrow", "talk next month" ("see
    # you Saturday" is not: Saturday is often the event itself, not a contact before it)
    rf"|(?:^|[,;] )(?:talk|speak|chat) (?=(?:to you )?(?:on |next |this )?"
    rf"(?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|"
    rf"month|weekend)\b(?: at \w+| at \d{{1,2}}(?::\d\d)? ?(?:am|pm)?| then| x+)?[.!]*$)"
)
# A promise in the present tense, as learners of English make it: "I call you on Friday",
# "I send you message today". Only with a named day (a habit has none: "I call her a lot").
_PRESENT_PROMISE = re.compile(
    r"(?<!can )(?<!could )(?<!may )(?<!shall )(?<!should )(?<!do )(?<!if )(?<!when )"
    r"\bi (?:(?:call|ring|phone|text|message|email|see|visit) (?:you|u)\b|send (?:you |u )?"
    r"(?:a |the |all the )?(?:message|text|details|email|invitation|papers|list)\b)"
    r"[\w' ]{0,30}?(?<!every )\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"today|tonight|tomorrow|next week)\b"
)
# Words of which every match contains one (an exact short cut before the search).
_FOLLOW_UP_HINT_WORDS = (
    "i'll|i will|i'm going to|i am going to|i'm gonna|i can|i'd like to|let me|we'll|we will|"
    "i shall|let's|lets|we can|we should"
)
_PRESENT_HINTS = (
    "i call",
    "i ring",
    "i phone",
    "i text",
    "i message",
    "i send",
    "i email",
    "i write",
    "i see",
    "i visit",
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
_THANKS_HINTS = ("thank", "thx", "ty", "cheers", "appreciate", "grateful")
CLOSING_THANKS_HINTS = ("thank", "cheers")
_WHEN = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|"
    r"week|weekend|month|morning|afternoon|evening|soon|later|then|now|after|before|next|"
    r"days|weeks|\d)"
)
_HOW = re.compile(
    r"\b(?:call|ring|phone|text|message|email|e-mail|whatsapp|send|write|ping|drop|come by|drop by|"
    r"stop by|swing by|pop by|pop in|drop in|come back|come round|knock|visit|remind|book)\b"
)
GOODBYE = re.compile(
    r"\b(?:bye|goodbye|see (?:you|ya|u)|take care|talk soon|speak soon|catch you later|"
    r"have a (?:good|great|nice|lovely) (?:one|day|night|evening|weekend|shift)|good ?night|"
    r"sleep well|nice (?:to meet|meeting|talking|chatting)|(?:great|good|lovely) (?:to meet|"
    r"meeting|talking|chatting|to talk|to see)|until next time|all the best|"
    r"(?:i'll|i will|we'll|let's) (?:be|stay|keep|get) in touch|"
    # ours, session 6: "I'll leave you to it", "I'll let you get on", "mind yourself"
    r"(?:i'll|i will|i'd better|i should|let me) (?:leave you to it|let you get on|let you go)|"
    r"i won't keep you|mind yourself|look after yourself|take it easy|chat soon|"
    r"(?:talk|speak|chat) (?:to you )?later|^laters?(?=[.!]*$)|"
    r"(?:gotta|got to|have to|i'll|i'd better|i should|i must) (?:run|dash|head off|shoot off|be off|"
    r"get going))\b"
)


# "Thursday 13 March, 6pm, Town Hall." / "Next Tuesday, 4pm, the college stop.": details.
_STARTS_WITH_WHEN = re.compile(
    r"^(?:(?:so|great|brilliant|lovely|perfect|wonderful|amazing|awesome|ok|okay|right|cool)[,:]? )*"
    r"(?:next |this |on )?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\b"
    r"[\w ,:]{0,25}?\b\d{1,2}(?::\d\d)?\s?(?:am|pm)?\b"
)


# A statement of the details with a check tagged on: "wednesday at 6 at the hall, ok?"
_TAG_CHECK = re.compile(
    r", (?:ok|okay|alright|all right|yeah|yes|right|good|cool|sound good)\s*\?$"
)


# "I'll stay in touch", "we'll keep in touch": a promise of contact even with no when or how.
_STAY_IN_TOUCH = re.compile(
    r"\b(?:i'll|i will|we'll|we will|i'm going to|let's|lets) (?:\w+ )?(?:stay|keep|be|get) in touch\b"
)


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


# ---- acknowledging, agreeing, speaking about oneself --------------------------------
ACKNOWLEDGES = re.compile(
    r"^(?:\w+,? )?(?:that makes (?:total |complete |a lot of )?sense|makes sense|of course|"
    r"i hear you|i understand|i get (?:it|that)|i totally get|fair enough|that's fair|"
    r"that is fair|totally understand|understood|no worries|no problem|no pressure|"
    r"got it|i see|that's understandable|i can imagine|that sounds (?:really |so |very |pretty )?(?:hard|tough|exhausting|"
    r"difficult|stressful|rough|like a lot|awful|horrible)|sounds (?:really |so )?(?:hard|tough|exhausting|difficult)|"
    r"that's (?:hard|tough|a lot)|i'm sorry|sorry to hear|that's ok|that's okay|"
    r"no need to (?:apologi[sz]e|be sorry)|completely understand|"
    # ours, session 6: sympathy and assent as people say them
    r"(?:that's|that is|that must (?:have been|be)|must (?:have been|be)|that sounds) (?:really |so |very |"
    r"pretty |a bit |such )?(?:rough|hard|tough|awful|horrible|grim|difficult|a nightmare|stressful|"
    r"a lot|scary|frustrating)|(?:totally |i )?get that|gotcha|good point|(?:that's |that is )?"
    r"(?:a )?(?:really |very )?(?:good|fair) point|no bother(?: at all)?|totally fair|fair play|"
    r"sorry to hear (?:that|it|about that)|i'm sorry to hear (?:that|it)|grand(?: so)?|understood|"
    r"righto|right you are|fair dos|fair enough so)\b"
    r"(?=\s*(?:[,.!;:?—–-]|$|and\b|but\b|though\b))"
)
# A bare "ok" on its own line is an acknowledgement too; "Okay. So, the coalition." moves on.
BARE_ACK = re.compile(r"^(?:ok|okay|alright|all right|sure|right|ok then|okay then)[.!]*$")
# Their words given back to them: "so you've been the one looking after her", "sounds like
# for you it's about the kids" (a reflection, with or without "have I got that right?").
REFLECTS = re.compile(
    r"^(?:(?:oh|ok|okay|right|wow|ah|hmm|mm|yeah|gosh),? )*"
    r"(?:so|(?:it )?sounds like|(?:it )?seems like|so it sounds like|if i've got (?:it|that|you) "
    r"right),? (?:for you,? )?(?:you(?:'ve| have|'re| are| were|'d| had)? (?!should|could|need|must|"
    r"ought|can|know what)\w+|for you,? it's|it's (?:really |not (?:really |just )?)?(?:about|the|your|his|her|their)|your \w+ (?:is|are|was|"
    r"were))\b"
)
# What they said given back in other words: "it sounds like the night shifts leave you
# wiped out", "so what I'm hearing is the rota falls on you", "that must be exhausting".
REFLECTS_BACK = re.compile(
    r"^(?:(?:oh|ok|okay|right|wow|ah|hmm|mm|yeah|gosh|so),? )*"
    r"(?:(?:it |that )?(?:sounds|seems) like (?!a plan\b|fun\b|a good\b|a great\b|we\b|we're\b|we've\b|us\b|i\b|i'm\b|both\b)(?:\w+ ){1,}\w+"
    r"|(?:so )?what i'm hearing is\b|(?:so )?you're saying\b|(?:so )?if i (?:hear|understand) "
    r"you right\b|(?:that|it) must (?:be|have been|feel) (?:\w+ ){0,2}?(?:hard|tough|exhausting|"
    r"draining|frustrating|scary|lonely|difficult|a lot|awful|heavy|maddening|infuriating|"
    r"worrying|upsetting|relentless))"
)


def reflects(sentence: str) -> bool:
    """True for a sentence that gives their words back ("so you've been the one looking
    after her", "it sounds like the night shifts leave you wiped out")."""
    s = sentence.strip()
    return bool(REFLECTS.match(s) or REFLECTS_BACK.match(s))


AGREES_ONLY = re.compile(
    r"^(?:(?:oh |yeah |yes |so |well |and |me |ha |haha |ah |aw )?(?:we agree|i (?:totally |"
    r"completely |really |fully )?agree(?: with (?:you|that|all (?:of )?that|everything"
    r"(?: you said)?))?|agreed|totally|absolutely|"
    r"exactly|same here|same|me too|me neither|definitely|for sure|so true|true|100%|yes|yeah|"
    r"yep|right|i feel that|totally agree|i know right|same with me|ditto|likewise|so do i|so am i|"
    r"i'm with you|preach|couldn't agree more|i couldn't agree more|we're on the same page|"
    r"completely|entirely|honestly|really|i feel (?:exactly |just |much )?the same(?: way)?)"
    r"(?: (?:totally|completely|entirely|100%|too|as well|on that|with you|here|tbh|lol|haha|mate))?"
    r"[.!,]*\s*)+$"
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i was|my|me|mine|myself)\b")
# First-person words that are about the exchange, not about oneself.
_NOT_ABOUT_ME = re.compile(
    rf"\b(?:i'll|i will|i'm going to|let me|i can|i'd like to|we'll) (?:\w+ ){{0,2}}?{_CONTACT}\b.*$"
    r"|\b(?:i|we) (?:really )?(?:hear|understand|see|get|appreciate|agree)\b( you| it| that)?"
    r"|\b(?:i'd|i would|i'm|i am) (?:love|like|really like|curious|wondering|asking|hoping)\b.*$"
    r"|\bi wonder\b.*$|\bi'm sorry\b|\bsorry to hear\b|\bi can imagine\b|\btell me\b.*$"
    r"|\b(?:with|for|to|help|join|call|text|from) me\b|\bme too\b"
    r"|\bme neither\b|\bi think\b"
    # a goodbye said in the first person ("I'll leave you to it", "I won't keep you")
    r"|\bi(?:'ll| will|'d better) (?:leave you|let you)\b.*$|\bi won't keep you\b.*$"
    r"|\bi(?:'ll| will|'d better|'ve got to|'ve gotta) (?:head off|run|dash|shoot off|be off|get going)\b"
    r"|\b(?:i|we) (?:need|want) (?:you|someone|people)\b.*$|\b(?:i|we) beg\b|\bi'm begging\b"
    r"|\blet me\b|\bi(?:'ll| will) (?:be (?:at|there|outside|by|in)|meet|bring|pick|save|have)\b.*$"
    r"|\b(?:giving|give|tell|telling|told|show|showing|sent|send|meeting|meet|seeing|having|let|"
    r"lets|letting|ask|asking) me\b|\bi(?:'d| had) better (?:let you go|go|be off|get going)\b"
)


def detect(text: str, kind: str, parts: tuple[str, ...] = ()) -> tuple[tuple[str, ...], list[str]]:
    """Return ``(signals, notes)`` for a normalised line already read as ``kind``.

    Parameters
    ----------
    text
        The line after :func:`commonground.reader.text.normalise`.
    kind
        Its kind (``vague`` needs ``ask``, ``turns_to_them`` a question).
    parts
        For an ask, the :data:`~commonground.reader.asks.ASK_PARTS` it names.
    """
    found: dict[str, str] = {}
    said = sentences(text)

    def add(signal: str, why: str) -> None:
        found.setdefault(signal, why)

    for s in said:
        probe = probe_signal(s)
        if probe and probe[0] == "probe_no" and kind == "ask" and "activity" in parts:
            probe = None  # "filming three or four riders, Tuesday at 4?" asks; it probes nothing
        if probe:
            add(*probe)
        question = is_question(s)
        m = _PUSH.search(s)
        if m and probe and re.search(r"\bhelp\b", m.group(0)):
            m = None  # "is there anything I could tell you that would help?" asks, not presses
        if m and kind == "ask" and "activity" in parts and _ASK_NEED.match(m.group(0)):
            m = None  # "we need people to phone bank thursday" is the ask, said as a need
        if m:
            add("push", f"'{m.group(0).strip(' ,?.!')}' presses after a no or maybe")
        for pattern in CONFIRM:
            m = pattern.search(s)
            if m:
                add("confirm_details", f"'{m.group(0).strip(' ,?')}' confirms the details")
                break
        checked = not question or _TAG_CHECK.search(s)  # "..., ok?" asks them to check it
        if kind != "ask" and checked and names_when_and_where(s):
            add("confirm_details", "states when and where -> confirms the details")
        elif kind != "ask" and checked and _STARTS_WITH_WHEN.match(s):
            add("confirm_details", "opens with the day and time -> confirms the details")
        m = THANKS.search(s) if any_in(_THANKS_HINTS, s) else None
        if m and s[: m.start()].endswith(("said ", "says ", " a ")):
            m = None  # "nobody ever said thank you to her", "not a thank you": reported
        if m:
            add("thanks", f"'{m.group(0)}' thanks them")
        m = follow_up(s)
        if m:
            add("follow_up", f"'{m.group(0)}' promises a next contact")
        m = (
            ACKNOWLEDGES.match(_strip_fillers(s))
            or REFLECTS.match(s)
            or REFLECTS_BACK.match(s)
            or BARE_ACK.match(text)
        )
        if m:
            add("acknowledges", f"'{m.group(0).strip(' ,')}' acknowledges what they said")
        if not question and kind != "ask":
            rest = _NOT_ABOUT_ME.sub(" ", s)
            if ("if i w" in rest or "if it w" in rest) and _IF_I_WERE.search(rest):
                rest = ""  # the whole sentence is about them
            m = _FIRST_PERSON.search(rest)
            if m:
                add("first_person", f"'{m.group(0)}': speaks about oneself")
        spot = _ON_THE_SPOT.search(s) if question and not probe else None
        if spot:
            add("on_the_spot", f"'{spot.group(0)}' puts them on the spot")
        elif (
            question
            and kind not in {"ask", "leading_question", "advice"}
            and _TURNS.search(_strip_lead(s))
            and not {"push", "confirm_details"} & set(found)
        ):
            add("turns_to_them", "a question about them hands the conversation back")
    if kind != "ask":
        found_credentials = credentials(text)
        if found_credentials:
            add("credentials", f"{found_credentials} lists roles and titles, not a moment")
    if AGREES_ONLY.match(text.strip(" ,.!")):
        add("agrees_only", "a bare agreement with nothing of yours in it")
    if kind == "ask" and not {"activity", "time", "place"} & set(parts):
        add("vague", "the ask names no activity, time or place")
    signals = tuple(sorted(found))
    return signals, [f"{found[s]} -> signal {s}" for s in signals]


# The need an ask is said as ("we need people to ...", "I need you at ..."), not pressing.
_ASK_NEED = re.compile(r"^(?:we|i) need (?:you|people|someone)$")


# Advice dressed as a wish about oneself: "if I were you I'd...", "I'd move if I were you".
_IF_I_WERE = re.compile(
    r"\bif i (?:were|was) (?:you|in your (?:shoes|position|place))\b|\bif it (?:were|was) me\b"
)


def _strip_fillers(sentence: str) -> str:
    # a bare "ok" or "right" is an acknowledgement of its own, so one is kept
    return re.sub(
        r"^(?:(?:oh|ok|okay|well|yeah|yes|ah|aw|right|so|hmm|mm)\b[,.!]?\s*)+(?=\w)", "", sentence
    )


_ON_THE_SPOT = re.compile(
    r"\bwhy (?:didn't|did not|haven't|have not|weren't|were not|aren't|are not|won't|wouldn't|"
    r"can't|couldn't) you\b|\bwhy (?:don't you ever|do you never|do you always|do you keep)\b"
    r"|\bwhy did you (?:not|miss|skip|leave|quit|stop|forget|bail|drop)\b"
    r"|\bhow come (?:you|u) (?:didn't|never|don't|haven't|weren't|aren't|won't|can't|missed|"
    r"skipped|left|quit|stopped)\b"
    r"|\bwhere were you (?:last|at|on|when|during|yesterday)\b"
    r"|^you (?:never|always|didn't|don't|haven't|weren't)\b.*,\s*(?:why|how come)\b"
    r"|\bwhat(?:'s| is) your excuse\b|\byou (?:said|promised) you (?:would|'d)\b"
    # ours, session 6: "why would you say no to this?", "why are you always so busy?",
    # "why you did not come?" (the word order of a learner of English)
    r"|\bwhy (?:would (?:you|u) (?:say no|turn (?:this|it|that) down|refuse|not)|(?:are|were|is|do|"
    r"does) (?:you|u) (?:always|never|constantly|so often)|(?:you|u) (?:did not|didn't|do not|don't|"
    r"not|never|were not|weren't|are not|aren't))\b"
)
_TURNS = re.compile(
    r"\b(?:you|your|yours|yourself|u|ur)\b|^(?:and|what about|how about) (?:you|yourself)\b"
    # "how are things at work?", "how's the family?": about their life, with no "you"
    r"|^how(?:'s| is| are| have| has)? (?:things|work|life|the family|the kids|everything|it going)\b"
)


# ---- a list of roles and titles (a résumé, not a story) -------------------------------
_CREDENTIAL = re.compile(
    r"\b(?:i'm|i am|i was|i used to be|i've been|i have been) (?:a|an) (?!bit\b|little\b|lot\b|"
    r"(?:single )?(?:parent|mum|mom|dad|mother|father|kid|child|grandparent|neighbou?r|tenant)\b)"
    r"[a-z-]+"
    r"|\bi (?:work|worked) (?:in|as|at|for) "
    r"|\b(?:i have|i've got|i've|i got|i did|i hold|i've done|with) (?:a|an|two|three|my|several) "
    r"(?:[\w'-]+ ){0,3}?(?:degree|degrees|master's|masters|phd|mba|diploma|qualifications?)\b"
    r"|\b(?:i|and) (?:chair|co-chair|sit on|sat on|serve on|served on)\b"
    r"|\bi (?:run|own|manage|coordinate|lead|head) (?:a|an|my|the|our) (?:[\w-]+ ){0,2}?"
    r"(?:business|company|firm|shop|practice|department|team|charity|group|project)\b"
    r"|\bi(?:'ve| have) (?:sat|served|been) on\b"
    r"|\bi(?:'m| am) (?:on|the chair of|chair of|chairing|a trustee|a governor|a member of) "
    r"(?:the |two |three |a |several |four )?(?:[\w'-]+ ){0,3}?(?:board|boards|committee|"
    r"committees|council|forum|trustees)\b"
    r"|\b(?:got promoted|been promoted|a trustee|a governor|board member)\b"
    r"|\bi(?:'ve| have)? (?:worked on|done|run) (?:\w+ )?(?:campaigns|projects)\b"
)
# What turns a list of roles into a story: a moment, a reason.
_STORY_TURN = re.compile(
    r"\b(?:because|when (?:i|my|we)|that's why|that is why|the reason|why i|i saw|i watched|"
    r"i remember|i felt|i realised|i realized|i started|i began|i decided|it made me)\b"
)


def credentials(text: str) -> str:
    """The roles and titles of a line that lists two or more and tells no moment
    ("I'm a paralegal, I've got a master's and I've done four campaigns"), else ``""``."""
    found = [m.group(0).strip() for m in _CREDENTIAL.finditer(text)]
    if len(found) < 2 or _STORY_TURN.search(text):
        return ""
    return "'" + "', '".join(found[:3]) + "'"
