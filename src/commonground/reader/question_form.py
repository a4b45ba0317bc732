"""The form of a sentence that asks: is it a question, and how does it treat them?

Whether a sentence is a question (:func:`is_question`), the acknowledgement that opens
it (:func:`strip_lead`), and what a question does to the person asked: puts them on the
spot (``on_the_spot``) or turns the conversation to them (``turns_to_them``).
"""

from __future__ import annotations

import re

from commonground.reader.guards import at_word_starts
from commonground.reader.memo import remembered
from commonground.reader.prefilter import prefiltered

_ASKS_ITSELF = re.compile(
    r"^(?:(?:do|does|did|are|is|was|were|have|has|can|could|will|would|should|aren't|isn't|"
    r"don't|didn't|won't|wouldn't|haven't|can't|couldn't) \w+|what|what's|how|how's|why|who|"
    # "when my hours got cut, I..." opens a clause about the speaker, not a question
    r"which|(?:where|when)(?! (?:i|i'm|i've|i'd|my|me|we|we're|we've|our|the|they|their|he|his|she|"
    r"her|it|its|a|an|this|that|there)\b)|"
    r"anything|and you|and yourself)\b"
    # a question said as a wish to know: "I'm curious what keeps you going", "tell me about..."
    r"|^(?:tell me|talk to me about|walk me through|i'm curious|i am curious|i wonder|"
    r"(?:i'd|i would) love to (?:hear|know))\b"
)


# The hand-back after a comma: "i grew up on this estate, what about you?" (ours, session 12)
_TURN_BACK_TAIL = re.compile(r",\s*(?:and |so )?(?:what|how) about (?:you|yourself)\s*\??$")
_TURN_BACK_TAIL = prefiltered(_TURN_BACK_TAIL)


def split_turn_back(sentence: str) -> list[str]:
    """``sentence`` as the statement and the hand-back after its comma ("i grew up here",
    "what about you?"), or ``[sentence]`` when it ends with no such hand-back."""
    m = _TURN_BACK_TAIL.search(sentence)
    if not m or not m.start():
        return [sentence]
    return [sentence[: m.start()], m.group(0).lstrip(", ")]


@remembered  # asked of each sentence several times while reading a line
def is_question(sentence: str) -> bool:
    """True for a sentence ending in "?" or opening like a question."""
    s = sentence.strip()
    return s.endswith("?") or bool(_ASKS_ITSELF.match(strip_lead(s)))


_LEAD = re.compile(
    r"^(?:(?:so|well|ok|okay|and|but|oh|sure|right|great|of course|fair enough|that makes sense|"
    r"i see|i hear you|i understand|got it|no worries|no problem|that's fair|i get it|totally|"
    r"yeah|yes|like|hmm|then|alright|just|sorry|i'm sorry|my bad|apologies|totally fair|fair|"
    r"brilliant|perfect|lovely|excellent|amazing|wonderful|fine|"
    r"that's (?:fine|ok|okay|great|brilliant|understandable)|"
    # a polite lead before the question itself: "can I ask what brought you here?"
    r"(?:can|could|may) i (?:just )?(?:ask|know)(?: you)?(?= (?:what|how|why|who|where|when|which)\b)|"
    # as formal and learners' English asks it: "excuse me sir, may I know which school...",
    # "I would like to know how long you have lived here" (ours, session 11)
    r"excuse me|sir|madam|ma'am|"
    r"i (?:want|wanted|would like|'d like|wish) to (?:ask|know)(?: you)?"
    r"(?= (?:what|how|why|who|where|when|which)\b)|"
    r"(?:do you mind|would you mind) if i ask(?= (?:what|how|why|who|where|when|which)\b)|"
    # an organiser's jargon: "totally valid. just to unpack it, is it the day or..." (session 10)
    r"(?:that's |that is )?(?:totally |completely )?valid|"
    r"just to (?:unpack|clarify|check|understand|be clear on)(?: (?:it|that|this))?"
    r")\b[,.!]?\s*(?:[-—–]\s*)?)+"
)


@remembered  # asked of each sentence several times while reading a line
def strip_lead(sentence: str) -> str:
    """``sentence`` less an opening acknowledgement ("fair enough, ", "no worries, ")."""
    return _LEAD.sub("", sentence).strip()


ON_THE_SPOT = at_word_starts(
    r"\bwhy (?:didn't|did not|haven't|have not|weren't|were not|aren't|are not|won't|wouldn't|"
    r"can't|couldn't) you\b|\bwhy (?:don't you ever|do you never|do you always|do you keep)\b"
    r"|\bwhy did you (?:not|miss|skip|leave|quit|stop|forget|bail|drop)\b"
    r"|\bhow come (?:you|u) (?:didn't|never|don't|haven't|weren't|aren't|won't|can't|missed|"
    r"skipped|left|quit|stopped)\b"
    r"|\bwhere were you (?:last|at|on|when|during|yesterday)\b"
    r"|^you (?:never|always|didn't|don't|haven't|weren't)\b.*,\s*(?:why|how come)\b"
    r"|\bwhat(?:'s| is) your excuse\b|\byou (?:said|promised) you (?:would|'d)\b"
    # ours, session 6: "why would you say no to this?", "why are you always so busy?",
    # "why you did not come?" (the word order of a learner of English)
    r"|\bwhy (?:would (?:you|u) (?:say no|turn (?:this|it|that) down|refuse|not)|(?:are|were|is|do|"
    r"does) (?:you|u) (?:always|never|constantly|so often)|(?:you|u) (?:did not|didn't|do not|don't|"
    r"not|never|were not|weren't|are not|aren't))\b"
)

TURNS = re.compile(
    r"\b(?:you|your|yours|yourself|u|ur)\b|^(?:and|what about|how about) (?:you|yourself)\b"
    # "how are things at work?", "how's the family?": about their life, with no "you"
    r"|^how(?:'s| is| are| have| has)? (?:things|work|life|the family|the kids|everything|it going)\b"
)
