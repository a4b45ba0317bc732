"""A goodbye at a closing node, heard by what it carries: thanks, a follow-up, or neither.

Where the person is leaving (a node whose every move is a close), what the learner says
is a goodbye of some kind, and the closes listed there differ in what they carry: thanks
and a follow-up (the method's close), thanks only, a follow-up only, or neither (the curt
goodbye). A goodbye in words no authored wording shares ("Catch you later", "Thanks a
lot, cheerio!") is heard as the close that carries what it carries, by the reader's
signals (``thanks``, ``follow_up``), rather than as a line nobody understood or as the
full close it shares one word with. A line close to an authored wording that carries the
same is heard as that wording's move (the author's word stands).
"""

from __future__ import annotations

from commonground.roleplay.hearing.authored import profile
from commonground.roleplay.hearing.result import UNDERSTOOD, WORDING_MATCH, Hearing, heard_as
from commonground.roleplay.hearing.topic_words import content_words
from commonground.roleplay.line_checks import signals_of

#: What a close carries, in the reader's signals.
CARRIED = frozenset({"thanks", "follow_up"})
#: A goodbye with this many words of substance says more than goodbye and thanks (what
#: it says may be a follow-up the reader does not know: see :func:`goodbye`).
SAYS_MORE = 5


def says_goodbye(text: str, reading) -> bool:
    """Is the line a goodbye (or a closing thanks or follow-up), and asks nothing?

    The reader's close kind says so ("cheerio", "I'm off" and "catch you later" are
    among its goodbyes); a line it reads as nothing in particular ("other") is a goodbye
    when it thanks or promises a next contact.
    """
    kind = getattr(reading, "kind", "")
    if kind == "close":
        return True
    if kind != "other" or "?" in text:
        return False
    return bool(CARRIED & set(signals_of(reading)))


def closing_node(node) -> bool:
    """A node where every move is a close: the person is leaving."""
    return bool(node.choices) and all(c.kind == "close" for c in node.choices)


def goodbye(scenario, node, moves, scores, sims, text, reading) -> Hearing | None:
    """At a closing node, a goodbye heard as the close that carries what it carries.

    The close whose wordings carry the same of thanks and a follow-up as the line; else
    the one that shares most of what the line carries, then carries least that it lacks
    (a thanked goodbye is the thanking close; a bare one the close that promises least).
    ``None`` where the node is no closing node, the line is no goodbye, or its wording is
    close to a listed wording that carries the same (heard as that by similarity): "Thanks
    so much, cheerio!" is not the curt "Okay, cheerio then." however close its letters.
    """
    if not closing_node(node) or not moves or not says_goodbye(text, reading):
        return None
    carries = CARRIED & set(signals_of(reading))
    best = moves[0]
    theirs = CARRIED & profile(scenario, best)[1]
    says_more = len(content_words(text)) >= SAYS_MORE
    if scores[best.id] >= UNDERSTOOD and (
        (sims[best.id] >= WORDING_MATCH and theirs == carries)
        or (carries and carries < theirs and says_more)
    ):
        # Close to an authored wording that carries the same: the author's word stands. Or
        # a line that says more than a goodbye, closest to a close that carries all it does
        # and more: the reader can miss a follow-up in words it does not know ("you'll hear
        # from me the day before"), never invent one. A bare goodbye carries nothing, and
        # "Thanks so much, cheerio!" only thanks: neither is the full close.
        return None

    def rank(choice):
        has = CARRIED & profile(scenario, choice)[1]
        return (-len(has & carries), len(has - carries), -scores[choice.id])

    chosen = min(moves, key=rank)
    said = " and ".join(sorted(carries)).replace("follow_up", "a follow-up") or "no thanks"
    return heard_as(chosen, scores, reading, f"a goodbye with {said}: heard as the close it is")
