"""After a yes: confirming the details (when, where, what they will get in writing)."""

from __future__ import annotations

import re

from commonground.reader.memo import remembered
from commonground.reader.prefilter import prefiltered

_DETAIL_WORDS = (
    r"(?:details|address|time|times|location|directions|info|information|link|invite|"
    r"invitation|reminder|talking points|agenda|map|flyer|plan|script|sign-up|form)"
)

CONFIRM = [
    # "Just to confirm: Monday 17 March, quarter past three, from here." (ours, session 10)
    re.compile(
        r"^(?:(?:ok|okay|so|great|right|brilliant|lovely|perfect),? )*(?:just )?(?:to (?:confirm|"
        r"recap|check|double[- ]?check|make sure|be clear)|checking|double[- ]?checking|confirming)\b[:,]? (?=[^?]*\b(?:monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday|tomorrow|tonight|today|next week|\d))"
    ),
    re.compile(
        r"\b(?:so|just to (?:confirm|check|double[- ]?check|make sure|be clear)|just checking|"
        r"just double[- ]?checking|to confirm|to recap|confirming)\b,? "
        r"(?:that's|that is|it's|it is|we're|we are|you're|you are|we have|i have|i've got|"
        r"we've got|we'll|we will|see you|you've (?:still )?got|you still have)\b"
        # "so it's about Theo, is that right?" gives back what matters to them, not details
        # nor does "so it's not the drains you gave up on, it's ..." (a reflection's contrast)
        r"(?! (?:really |just |all |mostly |more )?about\b| not (?:really |just )?(?:the|your|about)\b"
        # "so we're on the same page": agreement, not details (ours, session 10)
        r"| (?:all )?on the same page\b| (?:all )?agreed\b| in agreement\b)"
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
        # "is it ok in your building?", "is it good at work now?" ask about their life (ours,
        # session 11)
        r"(?! (?:in|at|inside|around|round|there|here|these days|now|lately|over there|yet|again|"
        r"properly)\b)"
        r"|\b(?:is|does|would|will) (?:\w+ |\d{1,2}(?::\d\d)?\s?(?:am|pm) ){1,5}still (?:work|suit|"
        r"good|ok|okay|alright|all right|fine|convenient|doable)\b"
    ),
    re.compile(
        r"\b(?:can|could|will) you still (?:make it|come|be there|do it|do that)\b"
        r"|^(?:(?:are )?(?:we|you) )?still on for\b"
        r"|\b(?:you're|you are|are you|you) still (?:good|ok|okay|on|free|alright|all right|able|"
        r"coming|up for it|fine|happy|set|available|down)\b"
    ),
    # The same check said as people say it, without the "does": "that still good for you?",
    # "that work?", "still ok?" (a question of its own, or the tail after a comma).
    re.compile(
        # ("..., library - still good?": a spaced dash sets the tail off as a comma does)
        r"(?:^|, | [-–—] )(?:(?:and|so) )?(?:(?:that|this|it) (?:still )?|still )(?:works?|suits?|"
        r"sounds? (?:good|ok|okay|right)|good|ok|okay|alright|all right|fine|doable)"
        r"(?: (?:for|with) (?:you|everyone|them))?\s*\?"
    ),
]
CONFIRM = [prefiltered(p) for p in CONFIRM]  # most sentences confirm nothing

# A "so" summing up ("so that's Tuesday at 3:30", "so we're on for Friday at 6") confirms
# a plan only when it says when; a "so" that opens a statement is a filler: "so we're
# fighting to get the lifts fixed", "so we're both renters" (ours, session 12).
_SAYS_WHEN = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|"
    r"weekend|morning|afternoon|evening|noon|midday|o'clock|next|half (?:one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve))\b|\d"
)


@remembered  # asked of each sentence several times while reading a line
def confirmation(sentence: str) -> re.Match | None:
    """The words of ``sentence`` that confirm the details (see :data:`CONFIRM`), or None;
    a plain "so ..." counts only when the sentence says when."""
    for pattern in CONFIRM:
        m = pattern.search(sentence)
        if m:
            if (
                pattern is CONFIRM[1]
                and m.group(0).startswith(("so ", "so,"))
                and not (_SAYS_WHEN.search(sentence))
            ):
                continue
            return m
    return None


# "Thursday 13 March, 6pm, Town Hall." / "Next Tuesday, 4pm, the college stop.": details.
STARTS_WITH_WHEN = re.compile(
    r"^(?:(?:so|great|brilliant|lovely|perfect|wonderful|amazing|awesome|ok|okay|right|cool)[,:]? )*"
    r"(?:next |this |on )?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\b"
    r"[\w ,:]{0,25}?\b\d{1,2}(?::\d\d)?\s?(?:am|pm)?\b"
)

# A statement of the details with a check tagged on: "wednesday at 6 at the hall, ok?"
TAG_CHECK = re.compile(
    r"(?:,| [-–—]) (?:ok|okay|alright|all right|yeah|yes|right|good|cool|sound good|"
    r"(?:is )?(?:that|this) (?:right|correct|ok|okay))\s*\?$"
)
