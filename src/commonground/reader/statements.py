"""Statements: the patterns of naming common ground and of telling a story.

All patterns run on text already passed through
:func:`commonground.reader.text.normalise` (lowercase, straight quotes, shorthand
expanded). :mod:`~commonground.reader.kinds` applies them in order of precedence. Each
is tried only on a sentence holding one of the words every match of it holds
(:func:`~commonground.reader.prefilter.prefiltered`): most sentences tell no story.
"""

from __future__ import annotations

import re

from commonground.reader.prefilter import prefiltered

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

COMMON_GROUND = [prefiltered(re.compile(p)) for p in COMMON_GROUND]

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
    # "i thought you said you cared" is about them, not a story (ours, session 12)
    r"called|marched|cried|knew(?! (?:that )?you\b)|thought(?! (?:that )?you\b)|noticed|took|made|"
    r"left|helped|taught|voted)\b",
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
    # told in "we" (ours, session 11): "that's why we joined", "when we got evicted"
    r"(?:that's|that is) (?:why|the reason) we (?:[a-z]+ed|got|"
    r"began|became|went|came|took|made|fought|stood|never|still|first)|when we (?:were|was|got|"
    r"lost|had|lived|moved|came|couldn't)|"
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
    r"got evicted|got kicked out|were evicted|were kicked out|couldn't afford|"
    # "we were living in one room with three kids when..." (ours, session 12)
    r"were (?:all )?(?:living|sleeping|renting|staying|sharing|struggling|crammed|squeezed|stuck|"
    r"homeless|skint|broke))\b",
    r"\bi (?:do this|care|organi[sz]e|volunteer|fight|show up) (?:about this |for this )?"
    r"(?:because|for my)\b",
]

STORY = [prefiltered(re.compile(p)) for p in STORY]
