"""Questions: the patterns that tell factual, open and closed questions apart.

Also what makes a sentence a question without a "?" (its opening, a tag typed with no
question mark, a question after a statement) and what only looks like one (an
exclamation, a pseudo-cleft).

All patterns run on text already passed through
:func:`commonground.reader.text.normalise` (lowercase, straight quotes, shorthand
expanded). :mod:`~commonground.reader.kinds` applies them in order of precedence.
"""

from __future__ import annotations

import re

from commonground.reader.prefilter import prefiltered

# A when-question that asks when they felt, knew or decided something is no question of
# fact (ours, session 11): what follows the question word must not name a feeling.
_NOT_A_FEELING = (
    r"(?![^?]*\b(?:feel|felt|feeling|realis|realiz|notice|decide|know|knew|think|thought|"
    r"understand|care|caring|hope|worr|angry|proud|happ|sad|scared|afraid|last time|moment|"
    r"first (?:see|saw)|become|became|start(?:ed)? to)\w*)"
)

FACTUAL = [
    r"\bwhat (?:do|did) you do(?: for (?:a |your )?(?:living|work|job|money))?(?:\?|$| now| these| these days| nowadays| there| at)",
    r"\bwhat (?:do|did) you do for (?:a |your )?(?:living|work|job)",
    r"\bwhat did you do (?:before|after|back then|until)\b",
    # "so what is it you do at the council" (ours, session 12)
    r"\bwhat(?:'s| is) it (?:that )?you (?:do|teach|study|drive)(?: for (?:a |your )?(?:living|work|"
    r"job|money))?(?:\?|$|,| now| these| nowadays| there| at| for| again)",
    # "wheres ur kids go to school": a learner's "where's" for "where do" (ours, session 12)
    r"\bwhere(?: (?:do|does|did)|'s| is)? (?:you(?: all)?|your (?:\w+ ){0,2}?\w+) (?:work|live|grow up|go to school|"
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
    r"department|shift|parish|church|congregation|local|union|neighbou?rhood|part of (?:the )?(?:town|city)|"
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
    # "when did you start working here?" asks a date; "when did you start caring about it?"
    # or "...start to feel that way?" asks about a feeling, which opens up (ours, session 11)
    r"\bwhen did you (?:first )?(?:move|start|join|begin|get here|come|arrive|retire|graduate|"
    r"hear|learn|find out|get (?:hired|involved|here))\b" + _NOT_A_FEELING,
    # "when did the centre move to Court Street?", "when does your shift end?": a when-question
    # asks a date, an easy fact, unless it asks when they felt, knew or decided something
    # (ours, session 11); "when would you be free?" asks to meet, not a fact
    r"(?:^|, )(?:(?:and|so|ok|okay|right) )?when (?:did|does|do|was|were|is|has|had) "
    + _NOT_A_FEELING,
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
    # "wheres ur kids go to school": a learner's "where's" for "where do" (ours, session 12)
    r"|(?:where's|when's) (?:you|your)\b"
    r"|anything (?:else|more|you)\b"
    r"|(?:where|when) (?:do|did|does|are|is|was|were|will|would|can|could|should|have|has)\b"
    # a yes/no question asked indirectly, typed without "?": "I was wondering if you would
    # like to talk about it" asks them, it is no piece of one's story (lead, session 11);
    # so does a hedged one, or one about what "we" should do: "i was wondering if maybe we
    # should leave" asks "should we leave?" (ours, session 12)
    # "i wonder if we should strike" asks the same (ours, session 15)
    r"|(?:(?:i was|i'm|i am|we were|we're) (?:just )?wondering|i (?:just )?wonder) (?:if|whether) "
    r"(?:maybe |perhaps |possibly )?(?:you|u|we (?:should|could|might|can|ought|shall|need)\b))"
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
    r"i would love to hear|i'd like to hear|i'm curious|i am curious|"
    # "I wonder what...", not "I wonder if we should strike" (a yes/no asked indirectly, as
    # "I was wondering if..." is; ours, session 15)
    r"(?:i wonder|i'm wondering)(?! (?:if|whether)\b)|"
    r"(?:can|could|would|will) you (?:(?:be willing to|mind|please) )?(?:tell\w*|shar\w*|"
    r"describ\w*|say more|talk|walk me|help me understand|explain|give me|go on)|"
    r"say more|go on|what about|and then|then what|like what|such as|how so|and (?:you|yourself)|"
    # what is left of "and then?" / "and yourself?" once the opening "and" is dropped
    r"(?:then|yourself|you)(?=\s*\?+$)|"
    # "meaning?", "as in?": asked alone, each asks them to say more (ours, session 15)
    r"(?:meaning|as in)(?=\s*\?+$)|"
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
CHECK_TAG = prefiltered(CHECK_TAG)

# "my mum cleaned offices, did it for years": "did it" then a preposition or a length of
# time is the verb "do" told with its subject dropped, not a question's "did" (which a
# verb follows: "did it help?"); so is "was there for years" (ours, session 15).
DONE_IT_SOURCE = (
    r"(?:did|does|do) (?:it|that|this)(?: all)? (?:for|every|until|till|without|since|from|by|"
    r"with|twice|alone|again|myself|herself|himself|themselves|ourselves|full-time|part-time|"
    r"day|night|years|ages|\d)\b|(?:was|were) there (?:for|until|till|since|from|all|ages|years|\d)\b"
)
DONE_IT = re.compile(DONE_IT_SOURCE)

# "thanks for seeing me, how long have you run the pantry": a question typed after a
# comma with no question mark (a wh-word, then a verb put before "you").
BARE_TAIL_QUESTION = re.compile(
    r",\s*(?:how (?:long|many|much|often|come)|what|what's|which|where|when|why|who|how)\s+"
    r"(?:\w+\s+)?(?:do|does|did|are|is|was|were|have|has|had|can|could|would|will)\s+you\b"
    r"[^,?]*$|,\s*(?:what's|what is|whats) your\b[^,?]*$"
    r"|,\s*(?:what|who) (?:made|makes|got|gets|brought|brings|keeps) (?:you|that)\b"
    r"(?![^,?]*\b(?:was|is|were|are)\b)[^,?]*$"
    # about others or what happened: "forty of you on the chat, what do the other owners
    # say about access" (ours, session 10)
    r"|,\s*(?:what|how|why|which|who) (?:do|does|did|would|will|can|could) (?:the|your|that|"
    r"this|they|their|those|these|other|people|everyone|anyone)\b[^,?]*$"
    # the auxiliary dropped, as typed and spoken: "hi im sam, how long u been living round
    # here" (lead, session 11)
    r"|,\s*how (?:long|many|much|often)(?: \w+)? (?:you|you've)\b[^,?]*$"
    # a question about them after a story or an acknowledgement, typed without "?": "my
    # boiler broke for a month, how have the repairs been for you", "so tell me, what's a
    # normal day like for you", "no worries at all, is it the saturday or..." (ours, session 12)
    r"|,\s*(?:what|how|why|where|who|which)(?:'s| (?:do|does|did|are|is|was|were|have|has|had|"
    r"would|will|can|could))\s+(?:it|that|this|the|they|things|life|work|a|an|your)\b"
    r"(?=[^,?]*\b(?:you|your|yours)\b)[^,?]*$"
    r"|,\s*(?:what|how)(?:'s| (?:is|was|would|will))\s+(?:it|that|this)(?: \w+)?\s*$"
    + r"|,\s*(?!"
    + DONE_IT_SOURCE
    + r")(?:is|was|are|were|has|have|does|did|do|would|could|can|will) (?:(?:it|that|there|"
    r"anything|anyone|anybody|you)|(?:the|your|this)(?=[^,?]*\b(?:you|your|yours)\b))"
    r"(?: [\w']+){2,}[^,?]*$"
)
BARE_TAIL_QUESTION = prefiltered(BARE_TAIL_QUESTION)

TELL_ME = re.compile(
    # "thank you for tell me about the centre" (a learner's "for telling me") thanks them
    r"\b(?:(?<!for )tell (?:me|us) (?:about|more|what|how|why|a bit|a little)|talk to me about|walk me through|"
    r"i'd love to hear|i would love to hear|i'm curious (?:about|what|how|why)|"
    # the formal "I would be most interested to hear what you have seen", "I should be
    # most interested to hear what..." (session 12)
    r"(?:i'd|i would|i should|i shall|i'm|i am) (?:be )?(?:very |most |really |so |genuinely )?interested to "
    r"(?:hear|know|learn) (?:about|more|what|how|why)|"
    r"help me understand|say more about|"
    # "i'd love to know what it's been like for you", "what i really want to know is how
    # you manage": a wish to know about them (ours, session 15)
    r"i(?:'d| would)? (?:really )?(?:love|like|want|wanted) to know(?: is)?"
    r"(?= (?:what|how|why)\b[^.?!]*\byou)|"
    # "I was wondering what brought you here", "I wonder how you got into nursing": an
    # open question asked indirectly (ours, session 9); about them, not a musing
    r"(?:(?:i was|i'm|i am|i've been|i have been) (?:just |always )?wondering|"
    r"i've (?:always |often )?wondered|i (?:always )?wonder(?:ed)?)(?= (?:what|how|why)\b[^.?!]*\byou))\b"
)
TELL_ME = prefiltered(TELL_ME)

# "you never reply to the group chat, why is that?": a question after a statement.
TAIL_QUESTION = re.compile(
    r"(?:,(?: (?:but|and|so))?|\b(?:asking|question|wondering) is:?)\s*"
    r"((?:why|what|how come|how|where|when|who)\b[^,]*\?)"
    r"\s*$"
)
