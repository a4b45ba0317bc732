"""Moves in the learner's own words, which no authored wording can list.

A story, common ground, a reply that does the method's step, a question about the
details of a yes, a reflection, the campaign told: each is heard as the node's move of
that step by what the line does, not by how close its words are to a listed wording,
when nothing else at the node is understood better.
"""

from __future__ import annotations

import re

from commonground.planners.story import tells_a_story
from commonground.roleplay.hearing.authored import profile
from commonground.roleplay.hearing.result import TIE_MARGIN, UNDERSTOOD, Hearing, heard_as
from commonground.roleplay.hearing.scores import QUESTION_KINDS, probes_as_one
from commonground.roleplay.hearing.topic_words import (
    campaign_words,
    content_words,
    little_in_common,
)
from commonground.roleplay.line_checks import QUESTIONS, RESPOND_NEEDS, chronology, signals_of

#: A story of one's own is heard as the node's strong story move unless its wording is
#: at least this close to a listed weaker one (see :func:`_own_story`).
OWN_STORY_MATCH = 0.5


def own_move(scenario, node, moves, scores, sims, text, reading) -> Hearing | None:
    """The line heard as a move in the learner's own words, or ``None``.

    ``moves`` are the node's choices that are not asks, best scored first. Tried in
    order: a story, common ground, a reply that does the method's step, a question about
    the details of a yes, their words given back, the campaign told.
    """
    return (
        _own_story(moves, scores, sims, text, reading)
        or _own_common_ground(moves, scores, reading)
        or _own_reply(scenario, moves, scores, reading)
        or _asks_the_details(moves, scores, text, reading)
        or _own_reflection(moves, scores, text, reading)
        or _own_campaign(scenario, node, moves, scores, text, reading)
    )


def _own_story(ranked, scores, sims, text, reading) -> Hearing | None:
    """A story of one's own, heard as the node's strong story move whatever its words.

    No two volunteers' stories share their words, so similarity cannot find them: a line
    that tells of oneself (in the first person, a moment, a feeling or why you got
    involved; not a list of roles) is heard as sharing your story, and judged on its own
    words (a speech that never turns to them is flagged). A life told stage by stage is
    heard as the node's listed over-long story when it has one, and never credited. Only a line whose
    wording is at least :data:`OWN_STORY_MATCH` close to a listed weaker story move (the
    résumé, the ten-minute life story), and closer to it than to the strong one, is
    heard as that.
    """
    kind = getattr(reading, "kind", "")
    if kind in QUESTIONS or kind == "ask":
        return None
    strong = [c for c in ranked if c.step == "your_story" and c.quality == "strong"]
    if not strong or not tells_a_story(text) or "credentials" in signals_of(reading):
        return None
    best = strong[0]
    weaker = [c for c in ranked if c.step == "your_story" and c.quality != "strong"]
    over_long = [c for c in weaker if any(map(chronology, (c.text, *c.examples)))]
    if chronology(text):
        best = over_long[0] if over_long else best  # a life told stage by stage
    elif any(sims[c.id] >= OWN_STORY_MATCH and sims[c.id] > sims[best.id] for c in weaker):
        return None
    return heard_as(best, scores, reading, "a story of your own: heard as sharing your story")


def _own_common_ground(ranked, scores, reading) -> Hearing | None:
    """Common ground named in one's own words, heard as the node's strong common-ground move.

    What two people share is in their own words as much as a story is: a line the reader
    reads as naming shared ground (not a bare "I agree") is heard as the strong move of
    that step at a node that offers one, when nothing else here is understood better.
    """
    if getattr(reading, "kind", "") != "common_ground" or "agrees_only" in signals_of(reading):
        return None
    strong = [c for c in ranked if c.step == "common_ground" and c.quality == "strong"]
    if not strong:
        return None
    best = strong[0]
    top = scores[ranked[0].id]
    if ranked[0] is not best and top >= UNDERSTOOD and top - scores[best.id] > TIE_MARGIN:
        return None  # closer to another move that is understood
    return heard_as(
        best, scores, reading, "common ground in your own words: heard as naming what you share"
    )


def _own_reply(scenario, ranked, scores, reading) -> Hearing | None:
    """A reply to an answer that does what the method asks, heard as the node's strong reply.

    After a yes, a no or a maybe, the method's reply is defined by what it does (confirm
    the details; find out what is behind the no or the maybe: :data:`RESPOND_NEEDS`), and
    the learner's details and words are their own: "amazing, so Saturday at 10 at the
    library?" after a yes, "fair enough, what would it take for a yes" after a no. A line
    the reader finds doing it (and not pushing) is heard as that strong move when nothing
    else here is understood better.
    """
    signals = probes_as_one(signals_of(reading))
    if "push" in signals:
        return None
    strong = [
        c
        for c in ranked
        if c.quality == "strong"
        and c.step in RESPOND_NEEDS
        and probes_as_one({RESPOND_NEEDS[c.step][0]}) & signals
    ]
    if not strong:
        return None
    best = strong[0]
    need = probes_as_one({RESPOND_NEEDS[best.step][0]})
    # A weaker reply of the same step that never does it ("Wonderful, thank you!" after a
    # yes) is the move of leaving it out, so it is no rival to a line that does it.
    rivals = [
        c
        for c in ranked
        if c is not best
        and not (c.step == best.step and not need & probes_as_one(profile(scenario, c)[1]))
    ]
    top = scores[rivals[0].id] if rivals else 0.0
    if top >= UNDERSTOOD and top - scores[best.id] > TIE_MARGIN:
        return None  # closer to another move that is understood
    return heard_as(best, scores, reading, "a reply that does the method's step: heard as it")


# A question about the arrangements of a yes: where, when, what time, how to get there.
_DETAIL_QUESTION = re.compile(
    r"\b(?:where|when|what time|which (?:day|door|entrance|room|floor|address)|what(?:'s| is) "
    r"the (?:address|time|plan)|how (?:do|will|should|shall|can) (?:i|we) (?:get|find))\b",
    re.I,
)


def _asks_the_details(ranked, scores, text, reading) -> Hearing | None:
    """After a yes, a question about the arrangements ("where should we meet?", "what
    time shall I come?"), heard as the node's reply to the yes.

    It replies to the yes and turns to the details, but leaves them to the other person
    instead of confirming them: it is heard as the node's weaker reply (else its strong
    one) and judged on its words (the step needs the details confirmed), when nothing here
    is understood better.
    """
    if getattr(reading, "kind", "") not in QUESTION_KINDS or not _DETAIL_QUESTION.search(text):
        return None
    replies = [c for c in ranked if c.step == "respond_yes"]
    if not any(c.quality == "strong" for c in replies):
        return None
    if ranked and scores[ranked[0].id] >= UNDERSTOOD:
        return None  # heard as a listed move
    order = {"weak": 0, "strong": 1, "harmful": 2}
    best = min(replies, key=lambda c: order[c.quality])
    return heard_as(best, scores, reading, "a question about the details of the yes")


#: The moves a reflection can be, closest in purpose first: listening, then asking more.
REFLECTION_STEPS = ("listening", "open_questions")


# A question after a reflection that only checks it was heard right ("Correct?", "Is that
# it?", "I understand right?"): it asks nothing new (ours, session 8).
_CHECKS_HEARING = re.compile(
    r"^(?:(?:is that|is this|have i got (?:that|it|you)|did i get (?:that|it|you)|i understand|"
    r"i understood|i heard|am i)(?: (?:right|correct|about right|it))?|right|correct|yeah|yes|"
    r"no|true|is that it|fair|am i right|am i close)\s*\?+$"
)


def _own_reflection(ranked, scores, text, reading) -> Hearing | None:
    """Their words given back ("it sounds like the night shifts leave you wiped out"),
    heard as the node's strong listening move (else its open question).

    A reflection is in the learner's own words as much as a story is, and it is how the
    method's listening is done, with or without a check question after it. It is heard
    so when nothing else here is understood better, and judged on its words (the
    listening step is done by a reflection; an open question is not).
    """
    from commonground.reader.listening import reflects
    from commonground.reader.text import normalise as read_normalise
    from commonground.reader.text import sentences

    kind = getattr(reading, "kind", "")
    if kind in ("ask", "advice", "leading_question") or "push" in signals_of(reading):
        return None
    if not any(reflects(s) for s in sentences(read_normalise(text))):
        return None
    for step in REFLECTION_STEPS:
        strong = [c for c in ranked if c.step == step and c.quality == "strong"]
        if strong:
            break
    else:
        return None
    best = strong[0]
    # A question it shares words with is no rival: a reflection asks nothing ("so what I'm
    # hearing is it all falls on you" is not "when you've helped out before, what ...?").
    said = sentences(read_normalise(text))
    asks = kind in QUESTION_KINDS and not all(
        _CHECKS_HEARING.match(s) for s in said if s.rstrip().endswith("?")
    )
    rivals = [c for c in ranked if c is not best and (asks or c.kind not in QUESTION_KINDS)]
    top = scores[rivals[0].id] if rivals else 0.0
    if top >= UNDERSTOOD and top - scores[best.id] > TIE_MARGIN:
        return None  # closer to another move that is understood
    return heard_as(best, scores, reading, "their words given back: heard as listening")


def _own_campaign(scenario, node, ranked, scores, text, reading) -> Hearing | None:
    """The campaign told in one's own words, heard as the node's strong campaign move.

    Where the learner explains what the campaign does and why, a short line about it
    ("We're fighting the hospital cuts.") is that move, however few words it shares with
    the listed one: a statement (not a question or an ask) that names something of the
    campaign (its words, or the words of this node's campaign moves), when no listed move
    is understood (one that is, such as "We're trying to save the library, basically.",
    is heard as itself). It is judged on its words: a line too short to say what and why
    is not credited.
    """
    kind = getattr(reading, "kind", "")
    if kind in QUESTION_KINDS or kind in ("ask", "advice", "close", "common_ground", "story"):
        return None
    if "push" in signals_of(reading):
        return None
    strong = [c for c in ranked if c.step == "campaign_work" and c.quality == "strong"]
    if not strong:
        return None
    own = content_words(text)
    if not own or little_in_common(own, campaign_words(scenario, node)):
        return None  # a bare "sure" names nothing of the campaign (session 15)
    if chronology(text):
        return None  # a lecture
    best = strong[0]
    top = scores[ranked[0].id]
    if top >= UNDERSTOOD:
        near = [c for c in ranked if scores[c.id] >= top - TIE_MARGIN]
        if any(c.step != "campaign_work" for c in near):
            return None  # close enough to another listed move to be heard as it
        # As close to two campaign moves: the weaker, since its words did not show more.
        order = {"weak": 0, "strong": 1, "harmful": 2}
        best = min(near, key=lambda c: order[c.quality])
    return heard_as(best, scores, reading, "the campaign in your own words: heard as telling it")
