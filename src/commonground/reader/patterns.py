"""The word lists and regular expressions behind :mod:`commonground.reader.kinds`.

All patterns run on text already passed through
:func:`commonground.reader.text.normalise` (lowercase, straight quotes, shorthand
expanded). :mod:`~commonground.reader.kinds` applies them in order of precedence.
"""

from __future__ import annotations

import re

from commonground.reader.guards import HintIndex
from commonground.reader.text import lemma

FILLER = re.compile(
    r"^(?:(?:so|well|ok|okay|and|but|also|oh|hey|great|thanks|thank you|yeah|yes|right|"
    r"cool|wow|now|hmm|um|uh|listen|look|honestly|then(?!\s*\?)|alright|all right|i see|please|lol|"
    r"hi|hiya|hello|sure look)"
    r"\b[,.!]?\s*|"
    # ours, session 8: an apology or a "wait" before the line ("Sorry, um, what do you like
    # about it?", "wait what have you noticed?") says nothing about what the line is
    r"(?:(?:so |i'm |very )?sorry|wait)(?=[,.!]|\s+(?:what|how|why|when|where|who|which|and|so|"
    r"oh|but)\b)[,.!]?\s*|(?:like|you know|i mean|basically),\s*|(?:anyway|anyways)\b[,.!]?\s*|"
    r"(?:-|—|–)\s*)+"
)

# A rhetorical opener said as a question before the line itself: "Honestly? I nearly quit",
# "You know what? I grew up with damp". It asks nothing, so the line is read without it.
RHETORICAL_OPENER = re.compile(
    r"^(?:honestly|truthfully|seriously|frankly|you know what|guess what|the truth|the honest "
    r"answer|to be honest|truth be told|want to know the truth|funny thing|the thing is|"
    # "Me? My bus got cut last year...": asked back, as an answer starts (ours, session 8)
    r"me|who me|(?:what|how) about me)\?$"
)

# A short question that hands the conversation back after you have shared something:
# "What about you?", "How about yourself?", "And you?", "What brought you to it?".
TURN_BACK = re.compile(
    r"^(?:and |so )?(?:what about|how about|and) (?:you|yourself|u)\b[ ,]*(?:then)?\??$"
    # "How about you, how did you hear about us?", "And you, how did you get involved?"
    # (ours, session 8; the reader has dropped the opening "and")
    r"|^(?:and |so )?(?:(?:what|how) about (?:you|yourself|u)|you|yourself|u)\s*[,?]\s*"
    r"(?:what|how|why)\b[^.!]*\?$"
    r"|^(?:and )?what (?:brought|got) you (?:in ?to|to) (?:this|it|all this|the campaign)\??$"
    r"|^(?:and )?(?:what's|what is) your story\??$|^(?:you|yourself)\?$"
)

# ---- leading ------------------------------------------------------------------------
LEADING = [
    (
        r"\b(?:(?:don't|dont|do not) you (?:think|agree|feel|believe|want|know|see|reckon|care)|"
        # "do you not think...?" (ours, session 8); "or do you not want to come?" probes
        r"do you not (?:think|agree|feel|believe|reckon))\b",
        "pushes with",
    ),
    (
        r"\b(?:(?:wouldn't|wouldnt|would not) you (?:agree|say|think|want|like|love)|"
        r"would you not (?:agree|say|think))\b",
        "pushes with",
    ),
    (
        r"\b(?:isn't|isnt|is not) (?:it|that|this) (?:true|obvious|clear|crazy|outrageous|"
        r"ridiculous|terrible|awful|time|wrong|unfair|insane|why|what|the|a disgrace|a scandal|"
        r"a shame|a joke|an outrage|a travesty|a crime|a farce|a shambles|a nightmare)\b",
        "pushes with",
    ),
    (
        r"\b(?:aren't|arent) you (?:tired|sick|angry|fed up|worried|upset|scared|mad|"
        r"frustrated|glad|excited)\b",
        "pushes with",
    ),
    (r"\bwouldn't it be (?:great|better|nice|good|amazing|wonderful)\b", "pushes with"),
    # ours, session 7: a why-question that passes the verdict it asks about ("Why is the
    # rent increase so unfair?", "why is the landlord such a crook"); "Why is it so
    # important to you?" passes none.
    (
        r"\b(why (?:is|are|was|were|do|does|did) (?:[\w'-]+ ){1,5}?(?:so|such)(?: an?)? (?:[\w-]+ )?"
        r"(?:unfair|unjust|greedy|useless|corrupt|incompetent|lazy|awful|terrible|rubbish|stupid|"
        r"ridiculous|cruel|heartless|evil|selfish|hopeless|pathetic|disgusting|shameful|"
        r"outrageous|crooked|dishonest|arrogant|clueless|crook|crooks|joke|disgrace|scandal|"
        r"shambles|liars?|bull(?:y|ies)|con|rip-?off|scam|cowards?))\b",
        "passes a verdict in",
    ),
    (
        r"\b(how (?:unfair|unjust|wrong|outrageous|ridiculous|awful|terrible|disgraceful|"
        r"shameful|insane|crazy) (?:is|was|are|were) (?:it|that|this|they))\b",
        "presupposes a verdict with",
    ),
    (r"\bsurely you\b", "pushes with"),
    # "Surely it's all worth it though?": a question that tells them the answer.
    (
        r"\bsurely (?:it|that|this|they|we|the|there|everyone|everybody)\b(?=[^.!]*\?)",
        "pushes with",
    ),
    (
        r"\b(?:i'm sure|i bet|i know) you (?:agree|feel|think|want|would|'d|care|love)\b",
        "assumes their answer with",
    ),
    (
        r"\byou (?:must|probably|surely) (?:agree|feel|think|be (?:(?:so |really )?(?:angry|upset|"
        r"furious|fed up|worried|tired|fuming|livid|raging|gutted|sick|frustrated|disgusted|"
        r"devastated|annoyed)))\b",
        "assumes their answer with",
    ),
    (
        r"\b(?:doesn't|doesnt) (?:it|that|this) make you (?:angry|mad|furious|sick|upset|want)\b",
        "pushes with",
    ),
    (
        r"\bhow (?:angry|frustrated|mad|upset|furious|fed up|outraged|excited) (?:(?:are|were|do) you|"
        r"(?:does|did) (?:it|that|this) make you)\b",
        "presupposes a feeling with",
    ),
    (
        r"\byou (?:agree|think so|feel the same|see that)\s*,?\s*(?:right|yes|no)?\s*\?\s*$",
        "asks for agreement with",
    ),
    (r",\s*(?:right|correct|yeah|yes|no|huh|true)\s*\??\s*$", "ends with the tag"),
    (
        r"^(?!.*\b(?:you're|you are|that's|that is|is that|it's|all|alright|turn|go|a|the|your|"
        # "have I got that right?": the speaker checks their own hearing.
        r"my|on|to|just|exactly|totally|so|that|it|this|understand|understood|hear|heard|"
        r"get|got)\s+right\b)(?:\S+\s+){2,}(right)\s*\??\s*$",
        "ends with the tag",
    ),
    (
        r"\b(?:isn't|aren't|don't|doesn't|won't|wouldn't|didn't|can't) (?:it|he|she|they|you|we|"
        r"that)\s*\??\s*$",
        "ends with the tag",
    ),
    (
        r"\b(?:you're not|you are not|you aren't|you don't|it's not|it isn't|that's not|that isn't)\b"
        r".*\b((?:are|do|is) (?:you|it|that))\s*\??\s*$",
        "ends with the tag",
    ),
    (
        r",\s*(?:don't|doesn't|isn't|aren't|won't|wouldn't|didn't|can't|shouldn't|do|does|is|are|will)"
        r"\s+(?:you|it|they|we|that|this|he|she)(?: not)?(?:\s*\?\s*$|\s*,)",
        "ends with the tag",
    ),
]
# For each rule above, words of which every match contains one: a line with none of
# them skips the rule (an exact short cut; see guards.py).
_LEADING_HINTS = [
    ("don't you", "dont you", "do not you", "you not"),
    ("wouldn't you", "wouldnt you", "would not you", "you not"),
    ("isn't ", "isnt ", "is not "),
    ("aren't you", "arent you"),
    ("wouldn't it be",),
    ("why ",),
    ("how ",),
    ("surely you",),
    ("surely ",),
    ("i'm sure you", "i bet you", "i know you"),
    ("you must ", "you probably ", "you surely "),
    ("make you ",),
    ("how ",),
    ("you agree", "you think so", "you feel the same", "you see that"),
    (",",),
    ("right",),
    ("n't ",),
    ("not ", "n't "),
    (",",),
]
LEADING = [
    (re.compile(p), why, hints) for (p, why), hints in zip(LEADING, _LEADING_HINTS, strict=True)
]
LEADING_INDEX = HintIndex(_LEADING_HINTS)

# ---- ask ----------------------------------------------------------------------------
ASK_FRAMES = [
    r"(?:would|will|could|can|won't|wouldn't) you\b ?(?:please |maybe |possibly |also |perhaps |"
    r"still |then |definitely |ever )?(?:be (?:willing|able|available|ready|up|keen|happy|free|prepared|"
    r"game|ok|okay|alright|all right) (?:to|for) |be (?:so kind|kind enough|good enough) (?:as )?to |"
    r"be (?:open|interested|up|down) (?:to|in|for) |consider |commit to |agree to |"
    r"sign up (?:to|for) |mind |like to |want to |love to |take on |step up (?:to|and) |"
    r"think about |think of |look at |"
    r"help (?:us|me)? ?(?:by |to )?|join (?:us|me) (?:to |and |by |in |for )?)?",
    r"(?:(?:are|r) )?you (?:willing|able|available|free|up for|open to|down to|down for|game to|"
    r"ready to|in for|on for)\b(?: (?:to|for))?",
    # "are you going to come to the meeting?", "y'all fixin' to come?" (ours, session 7)
    r"(?:are )?you(?: all| guys| two)? going to (?=(?:come|join|make it|be there)\b)",
    # "you around tmrw evening for the phone bank?": around for a named thing (not "around
    # much in the evenings?", a fact)
    r"(?:(?:are|r) )?(?:you|u) (?:around|about)\b(?=[^?.]*\bfor (?:the|a|an|our|some)\b)",
    r"(?:do|would|d') ?you (?:want|wanna) (?:to )?",
    # said as a statement, as texts do: "u wanna come phone bank w us", "you all want to join?"
    r"you(?: all| guys| two| lot)? (?:want|wanna) (?:to )?(?=(?:come|join|help|give|do|go|grab|"
    r"pop|meet|bring)\b)",
    # a question said in statement order: "You can come to meeting on Tuesday?"
    r"(?:(?<!.)|(?<=, ))you (?:can|could|will|would) (?=[^?,]*\?$)",
    # subject dropped or hedged: "was thinking maybe you'd like to...", "I don't suppose you'd..."
    r"(?:i was |i'm |i am |was |been |we were |we've been )thinking (?:maybe |that |perhaps )?"
    r"you(?:'d| would| might| could)(?: like to| want to| maybe)? ?",
    r"i don't suppose (?:you|you'd|you would|you could|there's any chance you'd)(?: be able to)? ?",
    r"it(?:'d| would) be (?:so |really )?(?:great|lovely|brilliant|amazing|good) to have you"
    r"(?= (?:at|on|for|with|there|along|come|join)\b)",
    r"(?:can|could|may|shall) (?:i|we) (?:count on you|count you in|grab you|borrow you|steal you|nab you|sign you up|put you down|get you to|ask you to|"
    r"have you|get your help|ask you for)\b",  # "count on your support" is not "count on you" + "r"
    r"(?:i'd|i would|we'd|we would) (?:love|like|really like|really love) (?:for )?(?:you|it if you"
    r"(?: could| would|'d)?) (?:to )?",
    r"(?:i|we)(?:'m| am| was|'re| are| were) (?:really |just |also )?(?:asking|hoping|wondering "
    r"(?:if|whether)) (?:you|if you|that you)(?:'ll| will| could| would| can| might|'d)? ?(?:to )?",
    # "I'd really appreciate it if you could...", "we'd be grateful if you'd..."
    r"(?:i'd|i would|we'd|we would) (?:really |so )?(?:appreciate it|be (?:so |really |very )?"
    r"grateful) if you(?: could| would|'d| can)?",
    r"i want(?:ed)? to ask (?:you|if you)(?: could| would|'d| can)? ?(?:to )?",
    r"(?:we need|i need|we're looking for|we are looking for|i'm looking for|we could (?:really )?use|"
    r"we'd love|we want|(?:we're|we are|we'll|we will|i'm|i'll) (?:going to|gonna) need|"
    r"(?:we're|we are|i'm|i am) needing|"
    r"going to need|we'll need|we will need|we're after|we are after) (?:you|someone|somebody|"
    r"a few people|people|volunteers|a volunteer|"
    r"(?:a couple of|a few|more|two|three|some) (?:people|volunteers|folks|hands)) (?:to|for) ",
    # the need said as a lack: "we could do with more bodies", "we're short on drivers"
    r"we could (?:really )?do with (?:a few |some |more |a couple of |an extra |extra |a bit of )?"
    r"(?=(?:people|volunteers|hands|bodies|help|folks|drivers|helpers)\b)",
    r"we(?:'re| are) (?:really |a bit |very |badly |always )?short (?:on|of) "
    r"(?=(?:people|volunteers|hands|bodies|folks|drivers|helpers|canvassers|callers|stewards) "
    r"(?:for|on|to|at|this|next|tomorrow|tonight)\b)",
    # "I need you at the picket at 7": the need names where to be
    r"(?:i|we) (?:really )?need (?:you|u) (?=(?:at|on|for) (?:the|our)\b)",
    # a wish said as a statement: "it'd be great if you could speak...", "if you could
    # make calls on Tuesday, that would be amazing", "think you could give $20?"
    r"it(?:'d| would) (?:be (?:so |really |just |absolutely )?(?:great|amazing|brilliant|lovely|"
    r"fantastic|wonderful|awesome|ace|helpful|a (?:big|huge|great|real) help)|mean (?:a lot|so much|"
    r"the world)(?: to (?:me|us))?) if you(?: could| "
    r"would|'d| can| were able to)?",
    r"if you (?:could|would|can)(?= .*\b(?:that|it|this)(?:'d| would| will|'ll) (?:really |just |so |"
    r"absolutely )?be (?:great|amazing|brilliant|lovely|fantastic|wonderful|awesome|ace|helpful|"
    r"a (?:big|huge|great|real) help))",
    r"(?:do you )?(?:think|reckon) you(?: could| can| might|'d be able to| would be able to|'d| would)",
    # "fancy helping with the litter pick?", "you fancy coming to the meeting?"
    r"(?:do |d')?(?:you )?fancy(?= \w+ing\b| a | an | the | coming\b| joining\b)",
    # "yous coming to the picket tomorrow?", "are you coming along on Saturday?"
    r"(?:are )?you coming(?= to | along\b| with (?:me|us)\b)",
    # "i'd really like to see you at the next meeting": an invitation, not a goodbye
    r"(?:i'd|i would|we'd|we would) (?:really )?(?:love|like) to see you(?= (?:at|there|on|in)\b)",
    r"how about (?:you|we)\b|what if you\b|any chance you(?: could| can| would|'d| might)?",
    r"(?:is|would) it (?:be )?possible for you to",
    r"how(?: would|'d) you feel about(?= \w+ing\b)",
    r"let's",
    r"(?:want|wanna) to",
    r"(?:just )?(?:come|join (?:us|me)|sign up)\b",
    # subject dropped: "up for a bit of leafleting?", "keen to come along?"
    r"(?<![\w-])(?:you )?(?:up for|keen to|free to)\b(?! it\b)",
    r"(?:i'd|i would|we'd|we would|would) (?:really )?(?:love|like) to have you(?= (?:at|on|for|come|join|"
    r"there|with)\b)",
    r"can (?:we|i) count on",
    r"(?:will|would) you be there",
    r"(?:^|please )(?:show|take|bring|send|introduce|meet|drive|lend|get|teach) (?:me|us)\b(?! through)",
    # "sign our petition", "please sign the card": a bare imperative that names its paper
    r"sign(?= (?:the|our|this|my|a|your) (?:[\w-]+ ){0,2}?(?:petition|card|pledge|letter|sheet)\b"
    r"| (?:your name )?(?:on|to) (?:the|our|this) petition\b)",
    r"(?:could|can|would|will) (?:that|this) be you",
    r"(?:are )?you in(?= for\b| on (?:it|this|board)\b|\s*[?.!]*$)",
    r"you should (?:really |definitely |totally )?(?:come|join (?:us|me))\b",
    r"(?:we'd|i'd|we would|i would) (?:love|appreciate|value|welcome) your help",
    r"(?:we|i) (?:could really|could|really) use (?:your help|you|someone like you)\b",
    r"we need your help",
    # booking the next one-on-one: "can I book you in for another check-in", "shall we talk again"
    r"(?:can|could|may|shall) (?:i|we) (?:book|schedule|pencil|set up|arrange)\b(?= (?:you|us|in|"
    r"another|our next|the next|a (?:[\w-]+ )?(?:time|call|chat|catch-?up|check-?in|coffee|"
    r"meeting|one-on-one|1:1|follow-?up))\b)",
    r"(?:shall|should|could|can) we (?=(?:talk|speak|meet|catch up|chat|check in|get together|"
    r"do (?:this|it|that) again|have another)\b)",
    # asking them to find or lend someone: "is there someone at work who'd come for a coffee"
    r"(?:is there|do you know|have you got|do you have) (?:someone|anyone|anybody|somebody|a "
    r"(?:friend|neighbou?r|co-?worker|colleague)) (?:[\w'-]+ ){0,4}?(?:who|that)(?:'d| would| could| "
    r"might| can| will|'ll) (?=(?:come|join|go|help (?!you\b)|host|bring|sign|canvass|volunteer|"
    r"drive (?!you\b)|meet|speak|testify|attend|give|knock|be (?:up|interested|willing|keen|free|"
    r"around)|want to (?:come|join|help|get involved)|like to (?:come|join|help))\b)",
    # a third party asked to act: "would the centre host a training?"
    r"(?:would|could|will|can|might) (?:the|your|any of your|some of your|a few of "
    r"your|[\w-]+ of your) (?:[\w'-]+ ){0,3}?(?=(?:host|come|join|run|lead|bring|sponsor|send|"
    r"provide|lend|donate|attend|cover|print|display|co-?host|speak|present|staff|table|play|"
    r"perform|sing|cook|bake|cater|put up|set up)\b)",
]
ASK_FRAME = re.compile(
    r"(?:^(?:or\s+)?|[,;:—–-]\s*|\b(?:so|and|then|but)\s+)(?:" + "|".join(ASK_FRAMES) + ")"
)
# After a frame, these verbs ask them to talk or think, not to act ("can you say...").
NOT_ACTION_WORDS = (
    "say describe explain think imagine remind repeat clarify elaborate see picture guess "
    "recall remember believe agree know feel try hear learn understand be let expand unpack "
    "reflect consider answer like prefer rather ever really normally usually honestly afford if "
    "what how why whether who when where"
)
# "would you call yourself...", "do you see yourself...": a question about them, not an ask.
ABOUT_THEMSELVES = re.compile(r"^\w+ yourself\b")
# "could you not sleep after the night shift?", "couldn't you get to sleep?": what they
# were unable to do, a question about their life, not a request.
UNABLE_TO = re.compile(
    r"^not (?:\w+ly )?(?:sleep|rest|relax|eat|breathe|cope|switch off|settle|wind down|"
    r"get (?:to sleep|any sleep|any rest|home|back to sleep|a wink))\b"
)
# "share your story at the hearing" is public speaking: an action, not a chat with us.
PUBLIC_VENUE = re.compile(r"\b(?:at|to|before|in front of|with) (?:the|a|our|city|\w+'s) ")
NOT_ACTION = frozenset(NOT_ACTION_WORDS.split())
NOT_ACTION_LEMMAS = frozenset(lemma(w) for w in NOT_ACTION)
# ...and these only when they are about talking to the organizer ("tell me", "share what").
SPEECH_VERBS = frozenset(["tell", "share", "talk", "speak", "give", "walk", "go"])
SPEECH_LEMMAS = frozenset(lemma(w) for w in SPEECH_VERBS)
SPEECH_TAIL = re.compile(
    r"^(?:me|us|more|about|what|how|why|a bit|a little|if|whether|your (?:story|thoughts|view))\b"
    r"|^(?:to|with) (?:me|us)\b|^(?:through|on|ahead|over|into|deeper|back)\b"
)
A_HAND = re.compile(r"^(?:me|us) a (?:hand|lift|ride)\b")
# "Could you be at the hearing?", "Would you be willing?" (after hearing the plan): asks.
BE_SOMEWHERE = re.compile(
    r"^be (?:at|there|in|on|our|the|a|part|willing|able|available|up for it|interested|down|"
    r"game|open to it|(?:a bit |a little |much )?(?:more )?(?:involved|active))\b"
)

# A willingness said between the frame and the action ("I was wondering if you might *be
# up for* hosting", "reckon you'd *be keen to* help with the clean-up"): the action follows it.
WILLING_LEAD = re.compile(
    r"^(?:maybe |possibly |perhaps |really |also )?(?:be (?:up|down|game|keen|willing|able|free|"
    r"available|happy|ready|open|interested|prepared) (?:to|for|in) |consider |say yes to )"
)

VERB_FRAME = re.compile(r"^(?:please )?(?:just )?(?:come|join (?:us|me)|sign up)$")
# Frames that end in their own verb: the action asked for starts at the verb.
BOOK_FRAME = re.compile(
    r"^(?:can|could|may|shall) (?:i|we) (?:book|schedule|pencil|set up|arrange)$"
)
IMPERATIVE_FRAME = re.compile(
    r"^(?:please )?(?:show|take|bring|send|introduce|meet|drive|lend|get|teach|sign) "
)
# Verbs too vague to name an activity: the method wants "a clear and specific ask".
_VAGUE_WORDS = (
    "help helping volunteer volunteering support supporting get getting be do doing come coming "
    "join joining participate participating pitch stay keep think consider play work something "
    "more involved engage engaging go assist swing pop"
)
VAGUE_VERBS = frozenset(_VAGUE_WORDS.split())
VAGUE_START = re.compile(
    r"^(?:to )?(?:take part|step up|lend a hand|pitch in|help out|be (?:involved|part|there for)|"
    r"get (?:involved|active|stuck in)|make it\b|do (?:something|more|your bit|it|this|that)|give (?:it|us|me) "
    r"a (?:go|try|hand))\b"
)

COME_ON = re.compile(
    r"^on(?:[,.!?]|\s+(?:please|now|man|mate|just|it's|it is|you|we|they|then|really|"
    r"seriously|though)\b|$)"
)
# "let's talk again next week", "can we catch up soon": a follow-up, not an ask (unless a
# question names a day for it: "shall we talk again on Friday?" books the next 1:1).
TALK_AGAIN = re.compile(
    r"^(?:talk|speak|catch up|touch base|chat|check in|meet up)(?: again| soon| later| then|"
    r" next week| tomorrow|[.!?]*$)"
)
# "speak on Tuesday at City Hall", "talk at the hearing": speaking as an act in public.
SPOKEN_ACT = re.compile(
    r"^(?:on|at|this|next|for|to the|before|in front of|about \w+ at) ?(?:the )?(?:\d|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|weekend|morning|evening|city|council|"
    r"hearing|meeting|rally|board|press|panel|forum|town|vigil|committee|commission|school|"
    r"church|hall|event|media|camera|mic|news|steps|capitol)"
)

# "so that's Saturday at 10 at the library, yeah?": the plan said back, not a push.
RESTATES_PLAN = re.compile(
    r"^(?:(?:so|ok|okay|great|right|perfect|brilliant|lovely),? )*(?:that's|that is|it's|it is|"
    r"we're|we are|you're|you are|see you|we'll see you)\b(?=.*\b(?:at|on|in)\b.*\d)"
)
# "you never reply to the group chat, why is that?": a question after a statement.
TAIL_QUESTION = re.compile(
    r"(?:,(?: (?:but|and|so))?|\b(?:asking|question|wondering) is:?)\s*"
    r"((?:why|what|how come|how|where|when|who)\b[^,]*\?)"
    r"\s*$"
)

# ---- advice -------------------------------------------------------------------------
ADVICE = [
    # "You shouldn't have to pay for a taxi": how things ought to be for anyone, not advice.
    r"\byou (?:really |just |definitely |probably |honestly |seriously )?(?:(?:should|shouldn't)"
    r"(?! (?:not |never |ever )?(?:have to|need)\b)|"
    r"ought to|oughta|need to|have to|must|gotta|got to|'ve got to|have got to|had better|'d better|"
    r"'d be better off| are better off)\b"
    # a contraction has no space after "you": "you're better off", "you'd better"
    r"|\byou(?:'re|'d be) better off\b|\byou'd better\b",
    # "have you tried the food bank?" tells; "what have you tried so far?" asks
    r"(?<!what )(?<!else )(?<!which )(?<!things )\bhave you (?:tried|considered|looked into|"
    r"thought (?:about|of) (?:just |simply |maybe )?\w+ing)\b",
    r"\b(?:what|all) you (?:need|should|ought|have|got|want) to do\b|^(?:what|all) you (?:really )?"
    r"(?:need|want|should get|ought to get|should do|have to do)(?: to do)? is\b",
    # "What you need is a valve": a statement of what they should get, not a question.
    r"^(?:(?:so|well|honestly|look),? )?what you (?:really |actually )?(?:need|want) (?:is|are)\b",
    # "What I'd do is keep a diary": the speaker's plan handed to them.
    r"^(?:(?:so|well|honestly|look),? )?what i(?:'d| would) do is\b",
    r"\b(?:the )?(?:best|only|first) thing (?:to do|you can do|you should|for you)\b"
    r"|^(?:the |your )?(?:best|only) (?:thing|bet|move|option)(?:'s| is| would be|'d be) (?:just )?to "
    r"(?!be\b)\w+",
    r"\bwhy (?:don't you|not) just\b",
    r"\bif i (?:were|was) (?:you|in your (?:shoes|position|place))\b|\bif it (?:were|was) me\b",
    r"\bmy advice\b",
    r"\bi(?:'d| would)? (?:suggest|recommend|advise)\b",
    r"\bi think you (?:should|ought|need|have to|must)\b",
    r"\byou (?:could|can|might) (?:always|just|try|want to)\b",
    r"\b(?:could|can|would) you (?:just )?try\b",
    r"^(?:(?:maybe|perhaps|you could) )?try (?:to |talking|calling|asking|going|getting|reaching|"
    r"writing|emailing|filing|looking|being|not|the |your |a |an )|^(?:try|just (?:call|tell|ask|ignore|go|talk|email|write|report|leave|quit|move)|"
    r"don't worry|make sure you|go to|call the|report (?:it|him|her|them)|tell (?:your|the) "
    r"(?:landlord|boss|manager|principal|super))\b",
    r"\bwhy don't you\b(?!.*\b(?:with (?:me|us)|join|come|canvass|host|phone bank)\b)",
    r"\bthe trick is\b",
    r"\b(?:let me give you|here's) (?:some |a (?:piece of|bit of) )?advice\b",
    r"\bhere's what (?:i'd|i would|you should|you need to|you have to) do\b",
    r"\bit(?:'d| would) be better (?:if|for) you\b",
    # "you wanna get that in writing": a British way of telling them what to do (ours,
    # session 7); "you wanna come phone bank with us?" is an ask, read before advice.
    r"^(?:(?:look|honestly|mate)[,]? )?(?![^?]*\?)you (?:really |definitely |probably )?(?:want|wanna) to (?:get|keep|put|make sure|check|"
    r"write|ring|report|complain|contact|email|document|photograph|record|tell|see a|see the|"
    r"talk to|speak to)\b(?!.*\bwith (?:me|us)\b)",
]
# Words of which every match of the ADVICE rule at the same place contains one.
_ADVICE_HINTS = [
    (
        "should",
        "ought",
        "need to",
        "have to",
        "must",
        "gotta",
        "got to",
        "had better",
        "'d better",
        "'d be better off",
        "better off",
    ),
    ("have you ",),
    ("to do", " is"),
    ("what you ",),
    ("i'd do", "i would do"),
    (" thing ", "best ", "only "),
    ("just",),
    ("if i ", "if it "),
    ("my advice",),
    ("suggest", "recommend", "advise"),
    ("i think you",),
    ("you could ", "you can ", "you might "),
    ("try",),
    ("try", "just ", "don't worry", "make sure you", "go to", "call the", "report ", "tell "),
    ("why don't you",),
    ("the trick is",),
    ("advice",),
    ("here's what",),
    ("be better",),
    ("you ",),
]
ADVICE = [(re.compile(p), hints) for p, hints in zip(ADVICE, _ADVICE_HINTS, strict=True)]
ADVICE_INDEX = HintIndex(_ADVICE_HINTS)

# ---- questions ----------------------------------------------------------------------
FACTUAL = [
    r"\bwhat (?:do|did) you do(?: for (?:a |your )?(?:living|work|job|money))?(?:\?|$| now| these| these days| nowadays| there| at)",
    r"\bwhat (?:do|did) you do for (?:a |your )?(?:living|work|job)",
    r"\bwhat did you do (?:before|after|back then|until)\b",
    r"\bwhere (?:do|does|did) (?:you(?: all)?|your (?:\w+ ){0,2}?\w+) (?:work|live|grow up|go to school|"
    r"go to church|worship|study|teach)\b",
    r"\bwhere (?:(?:are|were|is|was) (?:you|your (?:\w+ ){0,2}?\w+)|(?:you|your \w+) (?:are|is|were|was)) "
    r"(?:from|born|raised|working|living|based|before|at school|in school|at work)\b",
    r"\bwhat age (?:are|is|were|was)\b",
    # "what time do you finish work?", "what days does your shift run?" (ours, session 7)
    r"\bwhat (?:time|times|days?|hours) (?:(?:do|did|does|are|is|were) )?(?:you|your (?:\w+ ){0,2}?\w+)\b(?! (?:free|available|around|busy)\b)",
    # "whereabouts in Cork are you from?" (ours, session 7)
    r"\bwhere (?:in|about in|abouts in) (?:[\w'-]+ ){1,3}?(?:are|were|is|was) (?:you|your \w+) "
    r"(?:from|based|living|working|staying)\b",
    # the question word left in place, as learners and quick talkers say it
    r"^(?:and |so )?(?:you|your \w+) (?:are |were |is )?(?:working|living|work|live|from|based|staying)"
    r" (?:\w+ )?where\b",
    r"\bwhere(?:'s| is) home\b",
    r"\bhow long (?:(?:have|has|had|did|do) )?(?:you|your)\b",
    r"\bhow long ago\b",
    r"\bhow many (?:kids|children|years|grandkids|grandchildren|people|siblings|hours|jobs|units|"
    r"shifts|members)\b",
    r"\bhow old (?:are|is)\b",
    r"^(?:which|what) (?:\w+ ){1,2}(?:do|did|does) (?:you|your \w+) (?:work|live|go|study|teach|"
    r"attend|belong|shop|ride|take|use|drive|volunteer|worship|play|sing|belong to)\b",
    r"^(?:which|what) (?:\w+ ){1,2}(?:are|were|is) (?:you|your \w+) (?:in|on|at|with|from|part of)\b",
    r"\b(?:what|which) (?:grade|grades|school|schools|year|unit|floor|building|apartment|"
    r"department|shift|parish|church|congregation|local|union|neighbou?rhood|part of town|"
    r"district|ward|precinct|company|hospital|subject|subjects|classes|class|line of work|"
    r"kind of work|sort of work|job|field|route|team|site|ministry)\b",
    r"\bwhat(?:'s| is| was) your (?:job|role|name|title|major|unit|position|line of work|work|"
    r"background|department|shift|trade|profession|occupation)\b",
    # asked indirectly, as formal speakers do: "I wonder whether you might tell me what your
    # profession was" (ours, session 8)
    r"\b(?:what|which) your (?:job|role|profession|occupation|line of work|work|trade|"
    r"department|unit|shift) (?:is|was|were|had been|used to be)\b",
    r"\bwhat you (?:do|did) for (?:a |your )?(?:living|work|job)\b",
    # "what do you make?" asks a fact; "what do you make of the rent going up?" an opinion
    r"\bwhat (?:do|did) you (?:study|teach|drive|make(?! of\b))\b",
    r"\bwhen did you (?:first )?(?:move|start|join|begin|get here|come|arrive|retire|graduate|"
    r"hear|learn|find out|get (?:hired|involved|here))\b",
    r"^(?:are|were) you (?:a |an )?(?:member|parent|tenant|renter|homeowner|teacher|nurse|student|"
    r"retired|from|originally|new|working|still|married|in the building|a regular)\b",
    r"^(?:(?:do|did) |so )?you (?:have (?:any )?(?:kids|children|family|grandkids|pets|a car|roommates)|"
    r"got (?:any )?(?:kids|children)|"
    r"rent|own|live|work|grow up|go to (?:this |that |the )?(?:school|church|college|university|"
    r"uni|mass|services)|attend (?:this |that |the )?(?:church|mass|services|school|college|"
    r"university)|study here|commute|drive to work)\b",
    r"^have you (?:always )?(?:lived|worked|been (?:here|there|a member|in|at|with|teaching))\b",
    r"^(?:have|has) (?:you|your \w+) got (?:any )?(?:kids|children|family|grandkids|pets|a car|a job|"
    r"roommates|a garden)\b",
    r"^is this your first\b",
]
FACTUAL = [re.compile(p) for p in FACTUAL]
# A sentence that opens like a question is one, even when the "?" was not typed.
# A short agreement run into the question that follows it, with no punctuation between:
# "me too how long have you been at the pharmacy" (the question is what it asks).
AGREEMENT_LEAD = re.compile(
    r"^(?:(?:me too|me neither|me as well|same here|likewise|agreed|ditto|no worries|no problem|"
    r"fair enough|(?:totally |that's )?fair|of course|got it|makes sense|that makes sense|sure|go on|"
    r"and|so|oh)\b[,.!]?"
    r"\s*(?:[-—–]\s*)?)+"
)
ASKS_ITSELF = re.compile(
    r"^(?:(?:do|does|did|are|is|was|were|have|has|can|could|will|would|should|am|aren't|isn't|"
    r"don't|didn't|won't|wouldn't|haven't|can't) (?:you|it|that|this|they|we|there|the|your|he|"
    r"she|anyone|anything|any|i)\b|(?:would|could|will|can|does|is) (?:a|an|another|some|next)\b|(?:what|what's|how|how's|why|who|which|how come)\b(?! (?:i|we)\b)"
    r"|anything (?:else|more|you)\b"
    r"|(?:where|when) (?:do|did|does|are|is|was|were|will|would|can|could|should|have|has)\b)"
)
# "What's missing is the numbers", "what we need is people": a statement, not a question.
# "What a nightmare.", "what an awful week": an exclamation, not a question (without "?").
EXCLAMATION = re.compile(r"^what an? (?!lot of \w+ (?:do|did|are|have)\b)")
PSEUDO_CLEFT = re.compile(
    r"^what(?:'s| is) (?!your\b|you\b|it\b|that\b|this\b|the\b|a\b|an\b|up\b|new\b|wrong\b|"
    r"going\b|happening\b)[\w-]+ (?:is|are|was|were)\b"
    r"|^what (?:[\w-]+(?:ed|ing)|matters|counts|helps|worries me|bothers me|gets me|scares me|"
    r"keeps me going) (?:is|are|was|were)\b"
    r"|^(?:what|how|why|where|when) (?:i|we|they|he|she) (?!do|did|does|can|could|would|will)"
    r"(?:[\w']+ ){1,3}?(?:is|was|are|were)\b"
)
# "How often / how much / how far / how many": easy facts, unless they ask about feelings.
HOW_MUCH = re.compile(
    r"^how (?:often|much|far|many|long|old|big|early|late|frequently|soon)\b"
    r"(?!.*\b(?:care|matter|matters|mean|means|like|love|enjoy|hate|want|feel|worry|bother|"
    r"affect|stress|help|hurt|change|changed)\b)"
)
OPEN_START = re.compile(
    r"^(?:what|what's|how come|how|how's|why|who|whom|whose|where|when|which|in what|tell me|"
    r"talk to me|describe|walk me through|share|help me understand|i'd love to hear|"
    r"i would love to hear|i'd like to hear|i'm curious|i am curious|i wonder|i'm wondering|"
    r"(?:can|could|would|will) you (?:(?:be willing to|mind|please) )?(?:tell\w*|shar\w*|"
    r"describ\w*|say more|talk|walk me|help me understand|explain|give me|go on)|"
    r"say more|go on|what about|and then|then what|like what|such as|how so|and (?:you|yourself)|"
    # what is left of "and then?" / "and yourself?" once the opening "and" is dropped
    r"(?:then|yourself|you)(?=\s*\?+$)|"
    r"(?:is there )?anything (?:else|more|you(?:'d| would)? "
    r"(?:like to |want to )?(?:add|share|say|ask|tell)))\b"
)
CLOSED_START = re.compile(
    r"^(?:do|does|did|are|is|was|were|have|has|had|can|could|will|would|should|shall|may|might|"
    r"am|aren't|isn't|don't|didn't|won't|wouldn't|haven't|hasn't|can't|couldn't|any|anything|"
    r"you|so you|is there|are there)\b"
)
# "..., is that right" typed with no question mark: a reflection that checks, so a question.
CHECK_TAG = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|so) )(?:is that|is this|have i got (?:that|it|you|this)|"
    r"did i get (?:that|it|you|this)) (?:right|correct|about right)\s*$"
)

# "thanks for seeing me, how long have you run the pantry": a question typed after a
# comma with no question mark (a wh-word, then a verb put before "you").
BARE_TAIL_QUESTION = re.compile(
    r",\s*(?:how (?:long|many|much|often|come)|what|what's|which|where|when|why|who|how)\s+"
    r"(?:\w+\s+)?(?:do|does|did|are|is|was|were|have|has|had|can|could|would|will)\s+you\b"
    r"[^,?]*$|,\s*(?:what's|what is|whats) your\b[^,?]*$"
    r"|,\s*(?:what|who) (?:made|makes|got|gets|brought|brings|keeps) (?:you|that)\b"
    r"(?![^,?]*\b(?:was|is|were|are)\b)[^,?]*$"
)

TELL_ME = re.compile(
    # "thank you for tell me about the centre" (a learner's "for telling me") thanks them
    r"\b(?:(?<!for )tell (?:me|us) (?:about|more|what|how|why|a bit|a little)|talk to me about|walk me through|"
    r"i'd love to hear|i would love to hear|i'm curious (?:about|what|how|why)|"
    # the formal "I would be most interested to hear what you have seen"
    r"(?:i'd|i would|i'm|i am) (?:be )?(?:very |most |really |so |genuinely )?interested to "
    r"(?:hear|know|learn) (?:about|more|what|how|why)|"
    r"help me understand|say more about)\b"
)

# ---- statements ---------------------------------------------------------------------
COMMON_GROUND = [
    r"\b(?:we both|both of us|you and i both|we're both|we are both|we each|us both)\b",
    r"\bwe(?:'ve|'d|'ll| have| had| were| did| would| will| all| can) both\b",
    r"\b(?:me too|me neither|me as well|same here|same for me|same with me|so do i|so am i|"
    r"^us (?:too|as well|neither)|same for us|same with us|"
    r"so did i|neither do i|neither did i|same boat)\b",
    r"\b(?:in common|we share|we have that|something we share|sounds like we|seems like we|"
    r"looks like we|like you, i|just like you|i'm the same|i am the same)\b",
    r"^(?:same|snap)\b",
    r"^(?:i )?(?:totally |completely |fully |absolutely |really )?agree[d.!]*$",
    r"\bmy (?:[a-z']+ ){0,3}(?:at|in|on|from) the same\b",
    r"\bmy (?:[a-z']+ ){1,6}too[.!]?$",
    # "my kids go there as well" (ours, session 7); "I'll bring my count as well" adds to
    # a plan, it names nothing shared
    r"^my (?:[a-z']+ ){1,6}as well[.!]?$",
    r"\bi (?:feel|felt|think) (?:the same|that way too|exactly the same)\b",
    r"\bthat's (?:exactly )?(?:how i feel|what i (?:feel|think|care about))\b",
    r"\bi (?:know|understand) (?:exactly )?what you mean\b",
    r"\bi (?:can )?relate\b",
    r"\b(?:that|this) resonates\b",
    r"\bi(?:'ve|'m)? (?:[a-z']+ ){0,6}(?:too|as well)[.!]?$",
    r"\b(?:that's|that is|it's|it is|sounds|that sounds) (?:just |exactly )?(?:like|the same as) "
    r"(?:my|mine|ours|our|me|us|what happened to (?:me|us))\b",
    r"\b(?:i'm|i am|i've|i have|i'd|i) (?:a |an )?[a-z' -]{0,30}\btoo\b",
    r"\blike me\b",
    r"\bwe (?:want|care about|love|need) the same\b",
    r"\bwe (?:both |all |totally |really )?(?:agree|see eye to eye|think alike|"
    r"are on the same page|'re on the same page)\b",
    r"\b(?:i|we|we're|we are|we've|i'm|i am|i've|i have|i had|you and i|you and me) (?:\w+ ){0,2}"
    r"(?:about |with |through |from |after )?(?:the )?same (?:thing|things|way|"
    r"worry|worries|boat|feeling|experience|struggle|problem|fight|situation|position|place)\b",
    # "we came into this for the same reason", "neither of us can do it alone"
    r"\b(?:we|we're|we've|you and i) (?:\w+ ){0,4}for the same (?:reason|reasons|thing|things)\b",
    r"\bneither of us\b",
    # "I also grew up here" answers them; "...and I also help at the food bank" in a list of
    # one's own roles does not
    r"^(?:(?:oh|yeah|yes|well|and|actually|funny)[,!]? )?i also\b",
]
COMMON_GROUND = [re.compile(p) for p in COMMON_GROUND]
# People the speaker knows, whose story they may tell (ours, session 7).
_KNOWN_PEOPLE = (
    r"mum|mom|mother|mam|ma|dad|father|da|pa|parents|folks|brothers?|sisters?|siblings?|sons?|"
    r"daughters?|kids?|children|child|boy|girl|husband|wife|partner|fella|boyfriend|girlfriend|"
    r"nan|nana|nanna|gran|granny|grandma|grandmother|grandmama|grandad|granddad|grandpa|"
    r"grandfather|granda|grandparents|aunt|auntie|aunty|uncle|cousins?|niece|nephew|family|"
    r"friends?|best friend|mates?|pals?|neighbou?rs?|colleagues?|co-?workers?|workmates?|boss|"
    r"manager|flatmates?|roommates?|landlord|landlady|teacher"
)
# A verb in "-ed" that tells what happened: not an adjective after "is/'s/so..." ("my
# brother is interested") nor a word of passing on a message ("my cousin mentioned you").
_PAST_ED = (
    r"(?<!\bis )(?<!\bare )(?<!'s )(?<!'re )(?<!\bso )(?<!very )(?<!\bbe )(?<!\bget )"
    r"(?!(?:mentioned|suggested|asked|recommended|wanted|texted|emailed|messaged|called|invited|"
    r"needed|wondered|interested|excited|worried|tired|scared|based|involved|related|supposed|"
    r"used|pleased|concerned)\b)[a-z]{3,}ed\b"
)
# A verb in the past, as such stories are told: a list of irregular forms, or "-ed".
_PAST = (
    r"was|were|had|got|lost|died|passed away|went|came|left|fell|broke|took|made|gave|told|sat|"
    r"stood|paid|spent|cut|hit|ran|drove|grew|kept|sold|won|caught|quit|slept|couldn't|didn't|"
    r"wasn't|weren't|never got|ended up|used to|" + _PAST_ED
)
STORY = [
    r"\bi (?:got|grew|started|began|became|joined|moved|lost|saw|watched|remember|learned|"
    r"realized|realised|decided|found|felt|was|had|used to|spent|went|came|worked|lived|raised|"
    r"signed|knocked|organized|organised|met|heard|fought|first|never|still remember|"
    r"didn't|couldn't|wasn't|stood|sat|walked|showed up|ended up|wanted|tried|volunteered|"
    r"called|marched|cried|knew|thought|noticed|took|made|left|helped|taught|voted)\b",
    r"\bi've (?:been|seen|watched|lived|worked|spent|organized|organised|volunteered|known|"
    r"always|had)\b",
    r"\bmy (?:[\w'-]+ ){0,2}(?:was|were|got|had|lost|came|went|died|passed|worked|raised|couldn't|"
    r"didn't|used to|taught|told|drove|ran|fell|grew|left|built|made|took|gave|kept|spent|"
    r"became|sent|brought|fought|wasn't|never|always|broke|marched|sat|stood|slept|paid|"
    r"sold|won|caught|quit|cut|hit|struck|moved|started|joined)\b",
    rf"\bmy (?:[a-z]+ ){{0,2}}(?:{_PAST_ED})(?! (?:to|by|with|that)\b)",
    r"^i (?!need|feed|(?:\w+ed) (?:you|to)\b)[a-z]{2,}ed\b",
    r"\b(?:when i was|years ago|years back|a while back|back in (?:\d{4}|the)|back when|growing up|"
    r"as a kid|last year i|this one time|one time (?:at|when|i|we|my)|me and (?:my|the) \w+ "
    r"(?:were|was|got|had|lived|used)|"
    r"that's why i|that is why i|the reason i|why i (?:care|got involved|do this|joined|organi[sz]e|"
    r"'m here|am here|'m involved)|i care about (?:this|it|that) because|this is personal|"
    r"for me,? (?:this|it) (?:is|'s|was))\b",
    r"\b(?:this|it) (?:really |truly |so much )?(?:matters|means so much|means a lot) to me\b",
    # a story told about someone the speaker knew: "there was this lad at my last job who..."
    r"^there (?:was|were|used to be) (?:this|these|one|a|an) (?:[\w'-]+ ){1,4}?(?:at|in|on|from|"
    r"down|next door|who|that)\b.*\b(?:my|me|i|our)\b",
    r"\bi(?:'m| am) (?:doing this|here|involved|in this|part of this) (?:because|for)\b",
    # ours, session 7: what happened to someone the speaker knows, told in the past
    # ("My neighbour lost her job last year...", "A friend of mine was hit by a car...",
    # "My daughter has asthma and the damp made it worse"); "My neighbour's coming too" and
    # "My neighbour mentioned you" tell no story.
    rf"(?:^|\b(?:and|but|so|because|cos) )(?:my|our) (?:[\w'-]+ ){{0,2}}?(?:{_KNOWN_PEOPLE})\b"
    rf"(?=.*\b(?:{_PAST}))",
    rf"\ba (?:[\w-]+ )?(?:friend|mate|pal|neighbou?r|colleague|co-?worker|workmate|cousin|relative)"
    rf" of (?:mine|ours)\b(?=.*\b(?:{_PAST}))",
    r"\b(?:my|our) (?:[\w'-]+ ){1,2}?got (?:made redundant|sacked|evicted|laid off|fired|let go|"
    r"kicked out|ill|sick|hurt|injured|hit|deported|arrested|cut)\b",
    r"^(?:and |so )?we (?:sat|lost|grew up|lived|slept|struggled|used to|nearly lost|ended up|"
    r"got evicted|got kicked out|were evicted|were kicked out|couldn't afford)\b",
    r"\bi (?:do this|care|organi[sz]e|volunteer|fight|show up) (?:about this |for this )?"
    r"(?:because|for my)\b",
]
STORY = [re.compile(p) for p in STORY]

# An alternative offered as a question: "Would Sunday at 2pm work for the canvass?"
WORKS_FOR_YOU = re.compile(
    r"(?:^|, )(?:(?:would|will|does|could|can|might) (?!you\b)(?:[\w:'-]+ ){1,8}(?:work|suit you|"
    r"be better|be easier|be (?:ok|okay|alright|all right|fine|good) (?:for (?:you|u)|with you)|fit)\b|is (?!it\b|that\b|this\b|there\b|you\b)(?:[\w:'-]+ ){1,6}(?:still )?"
    r"(?:ok|okay|good|alright|all right|fine|better|easier) (?:for (?:you|u)|with you)\b|(?:how|what) about (?!you\b)|what if we\b|or (?:maybe|perhaps) )"
)
