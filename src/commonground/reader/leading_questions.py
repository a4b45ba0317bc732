"""Leading questions: the rules that find a question telling them the answer.

Each rule comes with the words every match of it contains, so that a line with none of
them skips it (:data:`LEADING_INDEX`); a plan said back with a tag (:data:`RESTATES_PLAN`)
is not led.

All patterns run on text already passed through
:func:`commonground.reader.text.normalise` (lowercase, straight quotes, shorthand
expanded). :mod:`~commonground.reader.kinds` applies them in order of precedence.
"""

from __future__ import annotations

import re

from commonground.reader.guards import HintIndex

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
        r"\b(?:(?:aren't|arent) you|are you not) (?:tired|sick|angry|fed up|worried|upset|scared|mad|"
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
    # ours, session 10: a negative question that passes a verdict on someone ("isn't the
    # manager a total jerk?", "aren't the landlords just crooks?")
    (
        r"^((?:isn't|aren't|wasn't|weren't|is not|are not) (?:the|your|that|this|our|those|these) "
        r"(?:[\w'-]+ ){1,4}?(?:(?:just|such|so|really|a|an|total|complete|absolute|utter) )*"
        r"(?:greedy|useless|corrupt|incompetent|lazy|awful|terrible|rubbish|stupid|ridiculous|cruel|"
        r"heartless|evil|selfish|hopeless|pathetic|disgusting|shameful|outrageous|crooked|dishonest|"
        r"arrogant|clueless|crooks?|joke|disgrace|shambles|liars?|bull(?:y|ies)|jerks?|idiots?|"
        r"cowards?|frauds?|hypocrites?|scum|thie(?:f|ves)|criminals?|clowns?|snakes?))\b",
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
        # "have I got that right?": the speaker checks their own hearing; so do "am I right?"
        # and a learner's "it is right?" (ours, session 12).
        r"my|on|to|just|exactly|totally|so|that|it|this|understand|understood|hear|heard|"
        # "...if things were put right?", "set it right": made right, no tag (ours, session 15);
        # "the union kept him right", "they never treat us right": the adverb after an
        # object, no tag (ours, session 15)
        r"get|got|i|is|put|set|made|make|done|do|him|her|them|us|me)\s+right\b)(?:\S+\s+){2,}"
        r"(right)\s*\??\s*$",
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
    ("aren't you", "arent you", "are you not"),
    ("wouldn't it be",),
    ("why ",),
    ("isn't ", "aren't ", "wasn't ", "weren't ", "is not ", "are not "),
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

# "so that's Saturday at 10 at the library, yeah?": the plan said back, not a push.
RESTATES_PLAN = re.compile(
    r"^(?:(?:so|ok|okay|great|right|perfect|brilliant|lovely|yay|yes|yeah|amazing|awesome|cool|"
    r"nice|fab|fantastic|wonderful|excellent|ace|sweet|just to (?:check|confirm|be clear)|"
    r"just checking|to confirm|to recap|remind me),? )*(?:that's|that is|it's|it is|"
    r"we're|we are|you're|you are|see you|we'll see you|we said|we agreed|we've got|"
    r"i've got you(?: down)?|i have you(?: down)?)\b"
    # a day and a place in either order: "...for saturday 10am at the library, yeah"
    r"(?=.*\b(?:at|on|in)\b.*\d|.*\d.*\b(?:at|on|in) (?:the|my|your|our)\b)"
)

# "Have I got that right?" after a reflection: the speaker checks their own hearing, so a
# tag earlier in the line ("So it's two things, isn't it, your son and the route. Have I got
# that right?") is said on the way, not a lead (ours, session 15).
HEARS_BACK = re.compile(
    r"^(?:have i got (?:that|it|this|you) right|did i (?:get|hear|understand) (?:that|it|this|"
    r"you) right|is that (?:right|it|fair|correct)|am i right|did i get that)\s*\??$"
)

# "You work nights, right?", "you've got two kids, yeah?": a fact about them checked with a
# tag, a plain closed question (ours, session 9). A tag after a verdict or a feeling still
# leads ("the landlord is a crook, right?", "you'd love to help, right?", "you're fed up,
# right?"): only these verbs of plain fact, and no word that judges or feels.
_FACT_VERB = (
    r"(?:work(?:ed|s)?|live[sd]?|have|has|had|'ve (?:got|been|had|lived|worked)|"
    r"have (?:got|been|lived|worked)|got|ride|rode|take|took|teach|taught|go|went|study|"
    r"studied|started|moved|run|ran|own|rent|drive|drove|joined|grew up|came|come|"
    r"were born|used to|do (?:nights|days|shifts|the)|"
    r"(?:are|were|was|is) (?:a|an|on|in|at|from|the|\d))\b"
)
_FACT_THING = r"(?:a|an|on|in|at|from|the|\d)\b"
FACT_TAG = re.compile(
    r"^(?:(?:so|and|oh|ok|okay|sorry|just checking|remind me),? )*"
    r"(?:you're (?:still |now |also )?" + _FACT_THING + "|"
    r"you've (?:still |also |always )?(?:got|been|had|lived|worked|run|taught|done)\b|"
    r"(?:you|your \w+(?: \w+)?) (?:still |both |also |usually |mostly |now |only )?"
    + _FACT_VERB
    + ")"
    r"(?![^,]*\b(?:unfair|wrong|terrible|awful|crook|greedy|disgrace|angry|fed up|tired|sick of|"
    r"love|hate|want|care|agree|feel|think|should|must|deserve|lazy|useless|corrupt|"
    r"outrageous|ridiculous|shame|joke|worth|too|enough)\b)"
    r"[^,?]*,?\s*(?:right|yeah|yes|no|correct|is that right|isn't it|don't you|didn't you|"
    r"aren't you|haven't you|do you|did you)\s*\??\s*$"
)
