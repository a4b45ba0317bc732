"""Probes after a no or a maybe: asking what the answer is about or depends on.

``probe_no`` asks whether a no is about the time or the activity ("is it the Saturday or
the canvassing itself?"); ``probe_maybe`` asks what a maybe depends on ("what would make
it easier?").
"""

from __future__ import annotations

import re

from commonground.reader.memo import remembered
from commonground.reader.question_form import is_question, strip_lead
from commonground.reader.question_kinds import BARE_TAIL_QUESTION

_TIME_SIDE = (
    r"(?:time|timing|date|day|days|when|hour|hours|schedule|morning|afternoon|evening|night|"
    r"weekend|weekday|weeknight|week|fortnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
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

# An alternative offered, then the no probed: "would sunday be better or is it the time
# you don't like", "could we do mornings, or is it the canvassing that's the problem?"
# (ours, session 12): "or is it the X you don't like / that's the problem" asks what the
# no is about, whichever side X is.
PROBE_NO.append(
    (
        re.compile(
            r"\bor (?:is it|is that|was it|it's) (?:just |more |really |maybe )?(?:the |that )?"
            r"[\w' -]{2,30}? (?:(?:that )?(?:you're|you are|you) (?:not|don't|do not|aren't) "
            r"(?:so |really |too |that )?(?:keen on|into|fussed|sure about|like|fancy|enjoy|want)"
            r"|that(?:'s| is) (?:the )?(?:problem|issue|trouble|sticking point|hard part)"
            r"|that (?:doesn't|does not|won't) (?:work|suit))\b"
        ),
        "asks whether the no is about the time or the activity",
    )
)

# The same probe said as a contrast to check (ours, session 10): "so it's the Tuesday that
# doesn't work, not the phone bank itself?", "it's the canvassing that's hard, not the day?".
_CONTRAST = r"[^?]*?,? (?:and |but )?not (?:so much |really |just )?(?:the |a |that |your )?"
PROBE_NO += [
    (
        re.compile(
            rf"^(?:so )?(?:it's|it is|is it) (?:just |only |more |really )?(?:the )?{_TIME_SIDE}\b"
            rf"{_CONTRAST}(?:{_ACTIVITY_SIDE})"
        ),
        "asks whether the no is about the time, not the activity",
    ),
    (
        re.compile(
            rf"^(?:so )?(?:it's|it is|is it) (?:just |only |more |really )?(?!(?:the )?{_TIME_SIDE}\b)"
            rf"[\w' -]+?{_CONTRAST}{_TIME_SIDE}\b"
        ),
        "asks whether the no is about the activity, not the time",
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
    r"making you (?:hesitate|unsure|not sure|uncertain|doubt|think twice|nervous|worried|hold back)|"
    r"(?:your|the) (?:hesitation|concern|"
    r"worry|worries|hold-?up|catch|sticking point|doubt))"
    r"|\b(?:what|which) (?:bits? |parts? |aspects? )?(?:of (?:it|this|that) )?(?:are|r) you (?:unsure|"
    r"worried|nervous|hesitant|concerned|uncertain|not sure) about"
    # "what is it you're unsure about" (ours, session 12)
    r"|\bwhat(?:'s| is) it (?:that )?(?:you're|you are) (?:unsure|worried|nervous|hesitant|"
    r"concerned|uncertain|not sure) about"
    r"|\b(?:what|which) (?:bits? |parts? |aspects? )?(?:of (?:it|this|that) )?(?:worr(?:y|ies)|"
    r"concerns?|bothers?) you\b"
    r"|\bwhat(?:'s| is) making (?:it|this|that) (?:hard|harder|tricky|difficult|awkward|a no)\b"
    r"|\bwhat (?:would|might|could|will) help you (?:decide|say yes|make up your mind|feel (?:sure|ready))"
    r"|\bwhat (?:else )?(?:do|would) you need to (?:know|hear|find out|check|see)\b"
    r"|\bwhat (?:are|r) you (?:weighing(?: up)?|torn (?:about|between|on)|on the fence about|"
    r"deciding between)"
    r"|\bwhat (?:questions|doubts|concerns|worries) (?:do|would) you have"
    r"|\bwhat does (?:it|that|your answer) depend on|\bdepends? on what\b"
    r"|\bis there (?:anything|something) (?:that )?(?:would make|you'd need|you would need|"
    r"i could|i can|(?:is )?holding|(?:is )?stopping|(?:is )?worrying|(?:would|could|might) help "
    r"you (?:decide|say yes|make up your mind)|you(?:'d| would)? (?:want|need|like) to (?:check|"
    r"know|think (?:about|over)|talk (?:over|through|about)|run by))"
)


@remembered  # asked of each sentence several times while reading a line
def probe_signal(sentence: str) -> tuple[str, str] | None:
    """``("probe_no"|"probe_maybe", why)`` when a question probes a no or a maybe; a
    question typed after an acknowledgement and a comma ("no worries at all, is it the
    saturday or...") probes as the question itself does (ours, session 12)."""
    found = _probe_signal(sentence)
    if found or "," not in sentence:
        return found
    tail = BARE_TAIL_QUESTION.search(sentence)
    if tail:
        return _probe_signal(tail.group(0).lstrip(", "))
    lead, _, rest = sentence.partition(", ")
    if rest and len(lead.split()) <= 3 and "," not in rest:
        return _probe_signal(rest)  # "ok cool, what would help you make up your mind"
    return None


def _probe_signal(sentence: str) -> tuple[str, str] | None:
    if "?" not in sentence and not is_question(sentence) and not _WANTS_TO_KNOW.search(sentence):
        return None
    s = _WANTS_TO_KNOW.sub("", strip_lead(sentence)).strip()
    s = re.sub(r"^(?:whether|if) (?:it's|it is)\b", "is it", s)
    # "Anything I can tell you ...?" is "is there anything ..." with its opening dropped
    s = re.sub(r"^(?:any|some)thing\b", lambda m: "is there " + m.group(0), s)
    if " or " in s or " not " in s or s.startswith(("is it", "was it", "is that", "what part")):
        for pattern, why in PROBE_NO:
            offers = _OFFERS_ALTERNATIVE.search(s) and not ASKS_ACTIVITY_TOO.search(s)
            if pattern.search(s) and not offers:
                return "probe_no", why
    if ("what" in s or "which" in s or "is there " in s) and PROBE_MAYBE.search(s):
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
    # "..., or is phone banking just not for you?" (ours, session 10)
    r"|\bor (?:is|are|it's|is it) (?:\w+ ){0,4}?(?:just |really |simply )?not (?:for you|"
    r"your (?:kind of )?(?:thing|cup of tea))\b"
    # "..., or is it the phone banking you're not keen on?" (ours, session 12)
    r"|\bor (?:is it|is that|it's) (?:\w+ ){1,4}?(?:that )?(?:you're|you are|you) (?:not|don't|"
    r"aren't|do not) (?:so |really |too |that )?(?:keen|into|fussed|sure|like|fancy|enjoy|want)\b"
)

# "Would Sunday work instead?" offers an alternative; it does not ask what the no is about.
_OFFERS_ALTERNATIVE = re.compile(
    # "would tuesday work better?" offers a day; "would running it not work for you
    # either?" asks about the activity (ours, session 11)
    r"\b(?:would|could|will|does) (?!you\b)(?![\w: ]{0,30}\bnot work\b)[\w: ]{1,30}\bwork\b|instead"
)
