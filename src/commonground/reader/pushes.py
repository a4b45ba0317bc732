"""Pushing after a no or a maybe: pressure, guilt, minimising what they said.

Each rule comes with the words every match of it contains, so that a line with none of
them skips it (:class:`~commonground.reader.guards.Alternation`).
"""

from __future__ import annotations

import re

from commonground.reader.guards import Alternation

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
        r"literally|barely|hardly) (?:(?:a|an|one|two|three|a couple|a few|\d+|for|half|once|the)\b|"
        # a distance minimised ("it's only round the corner"), not a place said to be near
        # another ("it's just round the corner from the station", ours, session 11)
        r"(?:down|round|around|up|next door)\b(?!(?: \w+){0,3} (?:from|to|of|off|behind|past|"
        r"near|by|on|at) (?!you\b|u\b|yours\b|your (?:house|place|home|door|flat)\b)\w))",
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
        # "we need people like you to sign up" flatters into it: a press, even in an ask
        r"(?:people|volunteers|folks) like you|"
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
        # "i thought you said you cared about the kids", "you said maybe last time too"
        # (ours, session 12): their own words held against them
        # a learner's "you said me before that you want to help" (ours, session 15)
        r"(?:^|\bbut |\byet |\b(?:i|we) (?:really |honestly )?thought (?:that )?)(?:you|u) (?:said|"
        r"said me|said us|told me|told us|promised)(?: (?:last time|before|last week|last month|"
        r"earlier|the other day))?,? (?:that )?(?:(?:you|u)(?:'d| would| were| care| cared| wanted| "
        r"want| love| believe)\b|"
        r"(?:maybe|yes|yeah|you might)\b(?! (?:to|about|if)\b))",
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
        # "surely you agree/think..." tells them what they think: leading, not a push
        r"\bsurely (?:you\b(?! (?:must )?(?:agree|think|feel|see|believe|know|reckon|understand))"
        r"|(?:the|it|they|we|that|this)\b)",
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
PUSH = Alternation(PUSH_RULES)

# "I'll keep it short for once", "we won for once", "for once the council listened": the
# clause round "for once" has a subject of its own, not them, and presses nobody (ours,
# session 15); "come for once", "just for once could you come" and "I wish you'd come for
# once" do.
_OWN_ONCE = re.compile(
    r"(?:^|[,;:] )(?:(?:and|but|so|well|honestly|actually|nothing really|oh|yeah|ok|okay) )*"
    r"(?:i|i'm|i'll|i've|i'd|we|we're|we'll|we've|we'd|it|it's|they|they're|he|she|the|my|our)\b"
    r"(?:(?!\b(?:you|u|your|yourself)\b)[^,;:])*$"
)
_ONCE_THEN_SUBJECT = re.compile(r",? (?:i|we|the|it|they|he|she|my|our)\b(?!'d\b)")


def about_oneself_once(sentence: str, start: int, end: int) -> bool:
    """True when the "for once" at ``start:end`` of ``sentence`` is said of the speaker or
    of the world, not asked of them ("I'll keep it short for once")."""
    return bool(_OWN_ONCE.search(sentence, 0, start) or _ONCE_THEN_SUBJECT.match(sentence, end))


# The need an ask is said as ("we need people to ...", "I need you at ..."), not pressing.
ASK_NEED = re.compile(r"^(?:we|i) need (?:you|people|someone)$")
