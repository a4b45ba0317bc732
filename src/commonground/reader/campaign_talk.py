"""What the campaign is doing and why, said by the organizer (ours, session 10).

The reader has no kind for it, and it is a step of the meeting ("share what the campaign is
doing and why"): the coach advises on it as that step (:mod:`.suggest`), and a statement of
it is no plan said back after a yes (:mod:`.signals`).
"""

from __future__ import annotations

from commonground.reader.guards import at_word_starts
from commonground.reader.text import normalise

# What the campaign is doing and why, said by the organizer: "we're fighting to keep the
# library open", "our campaign wants the council to fix the drains", "the campaign is about
# ..." (ours, session 10: the reader has no kind for it, and it is a step of the meeting).
_CAMPAIGN = at_word_starts(
    r"\b(?:we're|we are|we've been|we have been|our (?:group|campaign|union|association|"
    r"coalition|committee) (?:is|are|has been|have been)) (?:(?:fighting|campaigning|"
    r"organi[sz]ing|lobbying|pressing|pushing) (?:to|for|the|against)\b|(?:calling on|asking) "
    r"(?:the|our|them|every|all)\b|(?:trying|working|going|out) to (?:save|stop|win|keep|protect|"
    r"fix|block|force|change|pass|defeat|elect|reopen|get the (?:council|city|board|county|"
    r"landlord|company))\b)"
    r"|\b(?:the|our) campaign(?:'s| is| wants| aims| has)\b"
    r"|\bwe (?:want|need|are asking|are demanding|are calling on) (?:the )?(?:council|city|"
    r"school board|board|landlords?|company|mayor|state|government|county|management|"
    r"district|hospital|transit|authority)\b"
)


# Or said plainly, as most do: "we" or the group, and what the campaign is up against ("The
# county board sets its budget in June. We're asking it to fund free breakfast...").
_WE = at_word_starts(
    r"\b(?:we|we're|we've|we'll|we'd|us|our|the (?:coalition|campaign|union|association|"
    r"committee|group|team))\b"
)
_CIVIC = at_word_starts(
    r"\b(?:council|councill?ors?|board|city|county|committee|commissioner|mayor|law|laws|budget|"
    r"vote|votes|voted|voting|election|hearing|campaign|coalition|petition|canvass|canvassing|"
    r"landlords?|management|union|motion|bill|policy|ordinance|candidate|ballot|turnout|"
    r"legislature|senator|mp|assembly|delegation|demands?)\b"
)


# The campaign's plan or its day: "the whole point is a captain on every stairwell", "the
# transit board votes on 10 December", "council vote next month".
_PLAN = at_word_starts(
    r"\b(?:aim|aims|point|plan|idea|goal|pledge|promise|demands?|two things|three things|"
    r"starts|kicks off|next (?:week|month|year)|this (?:month|spring|summer|autumn|fall|winter)|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b"
)


def tells_the_campaign(text: str) -> bool:
    """True for a statement that says what the campaign is doing (see :data:`_CAMPAIGN`):
    named as such, or what the campaign is up against with "we" (or the group), with its
    plan or with its day."""
    t = normalise(text)
    return bool(_CAMPAIGN.search(t) or (_CIVIC.search(t) and (_WE.search(t) or _PLAN.search(t))))
