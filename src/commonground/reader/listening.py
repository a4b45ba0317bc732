"""Taking in what they said: acknowledging it, giving it back, or only agreeing.

``acknowledges`` ("fair enough", "that sounds exhausting"), a reflection of their words
(:func:`reflects`), and ``agrees_only`` (a bare "I agree" with nothing of one's own).
"""

from __future__ import annotations

import re

from commonground.reader.memo import remembered
from commonground.reader.prefilter import prefiltered

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
    r"|(?:so )?what i'm hearing is\b|(?:so )?you're saying\b|(?:so )?what you(?:'re| are) "
    r"(?:telling me|saying) is\b|(?:so )?if i (?:hear|understand) "
    r"you right\b|(?:that|it) must (?:be|have been|feel) (?:\w+ ){0,2}?(?:hard|tough|exhausting|"
    r"draining|frustrating|scary|lonely|difficult|a lot|awful|heavy|maddening|infuriating|"
    r"worrying|upsetting|relentless))"
)
REFLECTS_BACK = prefiltered(REFLECTS_BACK)


def reflects(sentence: str) -> bool:
    """True for a sentence that gives their words back ("so you've been the one looking
    after her", "it sounds like the night shifts leave you wiped out")."""
    s = sentence.strip()
    return bool(REFLECTS.match(s) or REFLECTS_BACK.match(s))


AGREES_ONLY = re.compile(
    r"^(?:(?:(?:oh|yeah|yes|so|well|and|me|ha|haha|ah|aw|great|cool|ok|okay|good|nice|right),? )*"
    r"(?:we (?:both |all )?agree|i (?:totally |"
    r"completely |really |fully )?agree(?: with (?:you|that|all (?:of )?that|everything"
    r"(?: you said)?))?|agreed|totally|absolutely|"
    r"exactly|same here|same|me too|me neither|definitely|for sure|so true|true|100%|yes|yeah|"
    r"yep|right|i feel that|totally agree|i know right|same with me|ditto|likewise|so do i|so am i|"
    r"i'm with you|preach|couldn't agree more|i couldn't agree more|we're on the same page|"
    # jargon for the same: "so we're aligned, then" (ours, session 10)
    r"(?:we're|we are) (?:totally |fully |completely )?aligned|(?:totally |fully )?aligned|"
    r"completely|entirely|honestly|really|i feel (?:exactly |just |much )?the same(?: way)?|"
    r"i think|i guess|then)"
    r"(?: (?:totally|completely|entirely|100%|too|as well|on that|with you|here|tbh|lol|haha|mate|"
    # "we agree on all this then, I think" (ours, session 10)
    r"then|i think|on (?:that|this|all (?:of )?(?:this|that)|this stuff|that stuff|everything|"
    r"most things|loads|a lot)|about (?:that|this|everything)))*"
    r"[.!,]*\s*)+$"
)


@remembered  # asked of each sentence several times while reading a line
def strip_fillers(sentence: str) -> str:
    """``sentence`` less the fillers that open it ("oh, well, ")."""
    # a bare "ok" or "right" is an acknowledgement of its own, so one is kept
    return re.sub(
        r"^(?:(?:oh|ok|okay|well|yeah|yes|ah|aw|right|so|hmm|mm)\b[,.!]?\s*)+(?=\w)", "", sentence
    )
