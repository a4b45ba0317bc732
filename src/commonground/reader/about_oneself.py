"""Speaking about oneself: in the first person, or as a list of roles and titles.

``first_person`` is a line about the speaker (not first-person words about the exchange,
such as "I'll call you" or "I hear you"); ``credentials`` a résumé that tells no moment.
"""

from __future__ import annotations

import re

from commonground.reader.closing import CONTACT

FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i was|my|me|mine|myself)\b")

# "we" / "our" / "us": a story told of the speaker's own people with them in it ("we got
# evicted in 2019... that's why we joined the tenants union") is about oneself too (ours,
# session 11); "we agree" or the campaign ("we're fighting the cuts") tells no story.
WE = re.compile(
    r"\b(?:we|we'd|we've|us|ourselves)\b|\bour (?:[\w'-]+ )?(?:mum|mom|mam|dad|da|parents|family|"
    r"kids|children|son|daughter|boy|girl|gran|nan|house|home|flat|place)\b"
)
# "we" living what the story tells: "back in 2019 we had to move three times"
_WE_LIVED = re.compile(
    r"\bwe (?:were|was|had|got|lost|lived|moved|came|went|couldn't|didn't|used to|ended up|"
    r"nearly|never|sat|slept|struggled)\b"
)


def tells_of_us(sentence: str) -> re.Match | None:
    """The story rule (:data:`.statements.STORY`) that finds "we" telling a story of the
    speaker's own in ``sentence`` (with "we" or "our kids / our flat..." in the words it
    finds, or "we" living what it tells), else None. A campaign's history told with "we put
    out a newsletter", or a neighbour's ("a woman on our landing got ill"), is not one."""
    from commonground.reader.statements import STORY

    for pattern in STORY:
        m = pattern.search(sentence)
        if m and (WE.search(m.group(0)) or _WE_LIVED.search(sentence)):
            return m
    return None


# First-person words that are about the exchange, not about oneself.
NOT_ABOUT_ME = re.compile(
    rf"\b(?:i'll|i will|i'm going to|let me|i can|i'd like to|we'll) (?:\w+ ){{0,2}}?{CONTACT}\b.*$"
    r"|\b(?:i|we) (?:really )?(?:hear|understand|see|get|appreciate|agree)\b( you| it| that)?"
    r"|\b(?:i'd|i would|i'm|i am) (?:love|like|really like|curious|wondering|asking|hoping)\b.*$"
    r"|\bi wonder\b.*$|\bi'm sorry\b|\bsorry to hear\b|\bi can imagine\b|\btell me\b.*$"
    # "I was wondering what got you into nursing": a question to them (lead, session 11)
    r"|\b(?:i was|we were) (?:just )?wondering (?=(?:if|whether|what|how|why|who|when|where)\b"
    r"[^.?!]*\b(?:you|u|your|ur)\b).*$"
    # "i was wondering if maybe we should leave": asks what the two of us should do
    r"|\b(?:i was|we were) (?:just )?wondering (?:if|whether) (?:maybe |perhaps |possibly )?"
    r"we (?:should|could|might|can|ought|shall|need)\b.*$"
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

# Advice dressed as a wish about oneself: "if I were you I'd...", "I'd move if I were you".
IF_I_WERE = re.compile(
    r"\bif i (?:were|was) (?:you|in your (?:shoes|position|place))\b|\bif it (?:were|was) me\b"
)

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
