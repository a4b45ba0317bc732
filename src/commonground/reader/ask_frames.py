"""Asks: the frames that request an action, and what may follow a frame.

A frame ("would you be willing to", "we need people to", "fancy ...?") asks when an
action follows it: not a verb of talking or thinking (:data:`NOT_ACTION`), nor one too
vague to name an activity (:data:`VAGUE_VERBS`).

All patterns run on text already passed through
:func:`commonground.reader.text.normalise` (lowercase, straight quotes, shorthand
expanded). :mod:`~commonground.reader.kinds` applies them in order of precedence.
"""

from __future__ import annotations

import re

from commonground.reader.guards import at_word_starts
from commonground.reader.text import lemma

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
    # "I was wondering if you'd like to come canvassing...": the wish said before the action
    # is part of the frame, as in the "thinking" frame above (lead, session 11)
    # and "I wonder if you'd come along on Saturday" (ours, session 15)
    r"(?:(?:i|we)(?:'m| am| was|'re| are| were) (?:really |just |also )?(?:asking|hoping|wondering "
    r"(?:if|whether))|i (?:just )?wonder (?:if|whether)) (?:maybe |perhaps |possibly )?"
    r"(?:you|if you|that you)"
    # "...wondering if you've ever thought about joining": asks what they have done, a
    # question (ours, session 12)
    r"(?!'ve (?!got\b)|'re\b| have (?:ever|been|already|thought|heard|seen|done)\b| are\b| were\b|"
    r" had\b| ever\b)(?:'ll| will| could| "
    r"would| can| might|'d)?(?: (?:like|want|care|wish) to(?= \w))? ?(?:to )?",
    # "I'd really appreciate it if you could...", "we'd be grateful if you'd..."
    # and the formal "I should be most grateful if you could attend" (session 12)
    r"(?:i'd|i would|i should|we'd|we would|we should) (?:really |so )?(?:appreciate it|be "
    r"(?:so |really |very |most |truly |ever so )?(?:grateful|thankful|obliged|delighted|"
    r"honou?red)) if you(?: could| would|'d| can| were able to)?",
    r"i want(?:ed)? to ask (?:you|if you)(?: could| would|'d| can)? ?(?:to )?",
    r"(?:we need|i need|we're looking for|we are looking for|i'm looking for|we could (?:really )?use|"
    r"we'd love|we want|(?:we're|we are|we'll|we will|i'm|i'll) (?:going to|gonna) need|"
    r"(?:we're|we are|i'm|i am) needing|"
    r"going to need|we'll need|we will need|we're after|we are after) (?:you|someone|somebody|"
    r"a few people|people|volunteers|a volunteer|"
    r"(?:a couple of|a few|more|two|three|some) (?:people|volunteers|folks|hands))"
    # "we need people like you to sign up" (ours, session 9)
    r"(?: (?:just )?like (?:you|yourself))? (?:to|for) ",
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
    # an invitation said as "why don't you...": "why don't you come to the meeting?" (not
    # "why don't you ever come", which blames; ours, session 10)
    r"why (?:don't|do not) you(?= (?:come|join|bring|sign|help|host|canvass|volunteer|try|"
    r"get involved|drop by|drop in|pop (?:in|by|along|round)|give|lead|speak|make)\b)|"
    r"why not(?= (?:come|join|bring|sign|help|host|canvass|volunteer|try|get involved|"
    r"drop by|drop in|pop (?:in|by|along|round)|give|lead|speak)\b)",
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
    # the same ask said with a question tag: "so we can count on your support, na?", "...right?"
    r"(?:we|i) can (?:count|rely) on (?:you|your)\b(?=[^.!]*\?)",
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

ASK_FRAME = at_word_starts(
    r"(?:^(?:or\s+)?|[,;:—–-]\s*|\b(?:so|and|then|but)\s+)(?:" + "|".join(ASK_FRAMES) + ")",
    or_at=",;:—–-",
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

# "i'd be grateful if you kept this between us", "could you not mention it to anyone yet":
# a request to keep a confidence asks nothing of them for the campaign (ours, session 15).
# Only a line whose action opens with one of KEEP_QUIET_STARTS is searched.
KEEP_QUIET_STARTS = ("keep", "kept", "not ", "didn't", "don't", "wouldn't", "never")
KEEP_QUIET = re.compile(
    r"^(?:not|didn't|did not|don't|do not|wouldn't|would not|never) (?:\w+ )?(?:tell|mention|"
    r"say|repeat|share|pass|breathe|spread)\w* (?:(?:a word|anything|it|this|that|any of (?:this|"
    r"it|that)|what i (?:said|told you))\b|(?:(?:to|with) )?(?:anyone|anybody|a soul|(?:the|your) "
    r"(?:others|boss|manager|supervisor|landlord|management))\b)"
    r"|^(?:keep|kept|keeping) (?:this|it|that|all this|all of this|what i (?:said|told you)|"
    r"my name|me|us)(?: \w+){0,3}? (?:between (?:us|ourselves|you and me|the two of us)|"
    r"to yourself|quiet|secret|confidential|under your hat|under wraps|private|off the record|"
    r"out of it|hush-hush|on the down ?low|on the dl)\b"
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

# "say a few words at the council meeting": speaking in public, an action (ours, session 12);
# "say a few words about yourself" is talk with us.
A_FEW_WORDS = re.compile(
    r"^(?:a few words|a word|a little something|something) (?:(?:on behalf of|for) (?:the |our |us )?"
    r"[\w-]+ )?(?:at|to|before|in front of) (?:the|a|our|city|\w+'s) "
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

# An alternative offered as a question: "Would Sunday at 2pm work for the canvass?"
WORKS_FOR_YOU = re.compile(
    r"(?:^|, )(?:(?:would|will|does|could|can|might) (?!you\b)(?:[\w:'-]+ ){1,8}(?:work|suit you|"
    r"be better|be easier|be (?:ok|okay|alright|all right|fine|good) (?:for (?:you|u)|with you)|fit)\b|is (?!it\b|that\b|this\b|there\b|you\b)(?:[\w:'-]+ ){1,6}(?:still )?"
    r"(?:ok|okay|good|alright|all right|fine|better|easier) (?:for (?:you|u)|with you)\b|(?:how|what) about (?!you\b)|what if we\b|or (?:maybe|perhaps) )"
)

# "sunday instead?", "tuesday at 6 instead?": a time or an activity offered in place of the
# one they turned down (ours, session 15); the caller checks that one is named. Searched
# only in a line with "instead" in it.
OFFERED_INSTEAD = re.compile(
    r"(?:^|, )(?!(?:is|are|was|were|do|does|did|can|could|would|will|have|has|what|why|how|who|you|i|"
    r"we|it|that)\b)[\w: ]{1,30}? instead(?=\?+$)"
)

# An aside set off by commas straight after the frame: "would you, and only if it feels
# right, bring...", "could you, if it suits you, host...". It asks for nothing itself.
ASIDE = re.compile(
    r"^(?:(?:and|but|or)\s+)?(?:(?:honestly|really|just|only|of course|totally)\s+)*"
    r"(?:if|when|whenever|once|as long as|no pressure|no worries|by any chance|in theory)\b"
    r"[^,]{0,50},\s*"
)
