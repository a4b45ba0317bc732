"""Hearing a typed line: the choice it means, how sure we are, and how it was read.

This is the one place that turns a learner's words into a move. The engine then
applies the move exactly as it applies a click (:func:`commonground.roleplay.engine.free_text`).

How a line is heard, in order:

1. **Verbatim.** A line that is a choice's text (ignoring case, punctuation and spaces)
   *is* that choice: same next node, same answer, same feedback as clicking it.
2. **Asks.** At a node that takes asks, a line the reader reads as an ask (or that is
   closest to an ask choice) is matched to the nearest *authored* ask by meaning. It is
   then answered as that ask is: its fit is that ask's ``fits`` among the facts the
   learner has discovered, its specificity the parts the line names, and its
   constraints those its own words run into (plus the activity constraints of the ask
   it matched). An ask that names no activity gets the node's ``vague`` reply. An ask
   close to no authored ask is judged on its own parts, constraints and fit (the
   discovered facts its words connect to), and the persona answers what was actually
   asked.
3. **Meaning.** Any other line goes to the choice it is closest to: TF-IDF similarity
   to the choice's text and ``examples`` (:mod:`.similarity`), plus evidence from the
   reader (the line's kind and signals against those of the choice's wordings). Below
   :data:`UNDERSTOOD` the line is *not understood*; when the two best choices are
   within :data:`TIE_MARGIN` and lead to different moves, it is *unclear*. Neither
   silently picks a choice.

A line that was heard as a choice is also judged on its own words
(:mod:`.line_checks`): a step is credited only when the words did that step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from commonground.planners.story import tells_a_story
from commonground.roleplay.answer import AskView, keyword_hits
from commonground.roleplay.line_checks import (
    KEY_SIGNALS,
    QUESTIONS,
    RESPOND_NEEDS,
    TELLING_SIGNALS,
    chronology,
    signals_of,
    takes_as_yes,
)
from commonground.roleplay.model import SPECIFIC_PARTS, Choice, Node, Scenario
from commonground.roleplay.similarity import index_for, normalise

#: A choice is understood when its combined score reaches this.
UNDERSTOOD = 0.42
#: Two choices closer than this (leading to different moves) make a line unclear.
TIE_MARGIN = 0.03
#: A typed ask is the authored ask it is closest to when the score reaches this.
ASK_MATCH = 0.38
#: A line naming no activity the reader knows is still an authored ask when its whole
#: wording is this close to that ask's wordings.
WORDING_MATCH = 0.6
#: Two activity phrases this close propose the same activity ("canvass" / "canvassing").
SAME_ACTIVITY = 0.5
#: An ask this close to an authored ask's own wording counts every part that ask names.
NEAR_VERBATIM = 0.85
#: Evidence weights: the line's kind among the choice's kinds; each shared key signal;
#: each key signal of the line that the choice's wordings never carry; a reply signal of
#: the choice's wordings that a line which is no question lacks.
KIND_WEIGHT = 0.2
SIGNAL_WEIGHT = 0.15
CLASH_WEIGHT = 0.2
MISSING_WEIGHT = 0.15
#: The signals that show a reply to an answer does its job (see :data:`RESPOND_NEEDS`).
REPLY_SIGNALS = frozenset(signal for signal, _ in RESPOND_NEEDS.values())
#: The kinds of a question (an ask is a request, heard among the asks).
QUESTION_KINDS = frozenset(
    {"open_question", "closed_question", "factual_question", "leading_question"}
)
#: A telling signal (a push, a probe, a confirmation) that the choice's wordings carry too
#: marks the move so clearly that it counts again: "come on, it's just your name" after a
#: no is the push however few words it shares with the authored one.
TELLING_WEIGHT = 0.15
#: Open and closed questions are what the method tells apart: a line read as one is
#: unlikely to mean a choice whose wordings are only ever the other ("what's the flooding
#: been like?" is not "do you get flooded?"), so such a choice loses :data:`KIND_WEIGHT`.
#: A choice with any wording of the line's own kind, or a factual question (asked either
#: way), is not opposed.
OPPOSED_KINDS = {
    "open_question": frozenset({"closed_question", "leading_question"}),
    "closed_question": frozenset({"open_question"}),
}


def _opposed(kind: str, kinds: frozenset) -> bool:
    opposite = OPPOSED_KINDS.get(kind)
    return bool(opposite and kinds & opposite and "factual_question" not in kinds)


#: An open question is understood as the node's strong open question from this score
#: (below :data:`UNDERSTOOD`: its kind is most of what it shares with the listed one).
KIND_LED = 0.34
#: A story of one's own is heard as the node's strong story move unless its wording is
#: at least this close to a listed weaker one (see :func:`_own_story`).
OWN_STORY_MATCH = 0.5
#: An ask that mentions one of the authored ask's keywords is that much closer to it.
KEYWORD_WEIGHT = 0.15


@dataclass(frozen=True)
class Hearing:
    """What a typed line was heard as.

    Attributes
    ----------
    how
        ``verbatim`` (a choice's own words), ``meaning`` (closest choice), ``ask`` (an
        authored ask), ``own_ask`` (an ask nobody authored), ``vague_ask`` (an ask that
        names no activity), ``unclear`` (two moves equally close) or ``not_understood``.
    choice
        The choice applied (``None`` for vague, unclear and not understood lines; for
        an own ask, the node's ask choice that stands for the step).
    sureness
        The combined score of the winning choice or ask (1.0 for verbatim).
    reading
        The reader's result for the line.
    ask
        For an ask: how the persona hears it.
    could_be
        For an unclear line: the choices it could mean.
    why
        Short notes on how the line was heard (shown under "how it was read").
    row
        The line's TF-IDF row, kept so the feedback need not work it out again.
    """

    how: str
    choice: Choice | None
    sureness: float
    reading: object
    ask: AskView | None = None
    could_be: tuple[Choice, ...] = ()
    why: tuple[str, ...] = field(default=())
    row: object = field(default=None, repr=False, compare=False)

    @property
    def understood(self) -> bool:
        """True when the line was applied as a choice or an ask."""
        return self.how in ("verbatim", "meaning", "ask", "own_ask")


def hear(
    scenario: Scenario,
    node: Node,
    facts,
    text: str,
    reader,
    leave_out: bool = False,
    prepared: tuple | None = None,
    asked: bool = True,
) -> Hearing:
    """Hear ``text`` said at ``node`` (``facts``: ids discovered so far).

    ``asked`` is False before the learner has made any ask: pressing words then lead
    rather than push, unless the node lists a push (see :func:`pressing`).

    ``leave_out`` hears the line as if its own wording were not among the examples
    (the linter uses it to check that each example is heard as its own choice).
    ``prepared`` is ``(reading, activity, rows)`` when already worked out for many
    lines at once (the linter): the reading, the activity words, and their TF-IDF rows
    (the activity's may be given as its similarities to :func:`authored_activities`).
    """
    from commonground.reader.asks import ask_phrases

    if prepared is not None:
        reading, activity, rows = prepared
    else:
        known = [scenario.persona.fact(f) for f in facts]
        reading = reader(
            text,
            fit_keywords={f.id: list(f.keywords) for f in known if f.category != "constraint"},
            conflict_keywords=None,
        )
        activity = ask_phrases(text).get("activity", "")
        rows = None
    said = normalise(text)
    for choice in node.choices:
        if normalise(choice.text) == said and not leave_out:
            return Hearing(
                "verbatim",
                choice,
                1.0,
                reading,
                why=("the words of a listed choice",),
            )
    if rows is None:
        # One TF-IDF transform per line: the line, and its activity words if it names any.
        rows = index_for(scenario).vectors([text, activity] if activity else [text])
    pushes = pressing(scenario, node, asked)
    scores, sims = _choice_scores(scenario, node, text, reading, leave_out, rows[0], pushes)
    ranked = sorted(node.choices, key=lambda c: -scores[c.id])
    takes = takes_asks(node)
    # An ask by the reader's reading, or a line whose closest move here is an ask choice
    # (the reader can miss an ask's form, never its closeness to one).
    closest_is_ask = bool(ranked) and ranked[0].ask and scores[ranked[0].id] >= UNDERSTOOD
    if takes and (getattr(reading, "kind", "") == "ask" or closest_is_ask):
        heard = _hear_ask(scenario, node, text, reading, leave_out, rows, activity)
        if heard is not None:
            return replace(heard, row=rows[0])
    moves = [c for c in ranked if not c.ask]
    own = (
        _own_story(moves, scores, sims, text, reading)
        or _own_common_ground(moves, scores, reading)
        or _own_reply(scenario, moves, scores, reading)
        or _asks_the_details(moves, scores, text, reading)
        or _own_reflection(moves, scores, text, reading)
        or _own_campaign(scenario, node, moves, scores, text, reading)
    )
    heard = (
        own
        or _maybe_as_yes(node, text, reading)
        or _pick(moves, scores, reading, scenario, text, sims)
    )
    if _off_the_campaign(scenario, node, heard, text):
        heard = Hearing(
            "not_understood", None, heard.sureness, reading, why=("names nothing of the campaign",)
        )
    return replace(heard, row=rows[0])


def _off_the_campaign(scenario, node, heard, text: str) -> bool:
    """True for a line heard as telling the campaign that names nothing of it.

    Similarity can carry a line on one shared word of an example ("the weather's been
    awful" and "we just want schedules to be less awful"); a line that tells what the
    campaign does names something of it: the campaign's words, or those of the node's
    campaign moves (not words of feeling or time: see :data:`_COMMON`). Only where the
    campaign is told
    (a node with a strong campaign move): "let me fill you in on the campaign" turns to
    it elsewhere.
    """
    choice = heard.choice
    if heard.how != "meaning" or choice is None or choice.step != "campaign_work":
        return False
    if not any(c.step == "campaign_work" and c.quality == "strong" for c in node.choices):
        return False  # a move that turns to the campaign, not one that tells it
    own = _content_words(text)
    theirs = _campaign_words(scenario, node)
    return not own & theirs or _little_in_common(own, theirs)


def _maybe_as_yes(node: Node, text: str, reading) -> Hearing | None:
    """After a maybe, a line that takes it as a yes ("great, see you Tuesday then!"): the
    mistake of treating a maybe as a yes, heard as that (never credited), unless the node
    lists a move that makes it (then similarity finds that move)."""
    replies = [c for c in node.choices if c.step == "respond_maybe"]
    if not any(c.quality == "strong" for c in replies) or not takes_as_yes(reading, text):
        return None
    return Hearing("maybe_as_yes", None, 0.0, reading, why=("takes the maybe as a yes",))


def takes_asks(node: Node) -> bool:
    """True at a node where a line can be heard as an ask (only there do its activity
    words matter)."""
    return bool(node.answers) or any(c.ask for c in node.choices)


# ---- choices -------------------------------------------------------------------------


#: The reader's two probes of an answer. Either finds out what is behind a no or a maybe
#: ("what would it take for a yes?" after a no; "is it the day or the calls?" after a
#: maybe), so in hearing they are one move: a probe is never far from the listed probe
#: because it is the other probe.
PROBES = frozenset({"probe_no", "probe_maybe"})


def _probes_as_one(signals) -> set:
    found = set(signals)
    if found & PROBES:
        found |= PROBES
    return found


def pressing(scenario: Scenario, node: Node, asked: bool) -> bool:
    """Can a line push here? A push is pressure on a refusal or a hesitation about an
    ask: so once an ask has been made (``asked``), or at a node that lists a push (its
    author says there is something to press on: "your name carries a lot of weight").
    Before that, "surely it's all worth it?" leads; it does not push."""
    return asked or any(
        c.quality == "harmful" and "push" in profile(scenario, c)[1] for c in node.choices
    )


def _choice_scores(
    scenario, node, text, reading, leave_out, vector, pushes=True
) -> tuple[dict, dict]:
    """``(scores, similarities)`` of the choices at ``node``: the combined score, and the
    TF-IDF similarity of the line to each choice's wordings alone. ``pushes`` is False
    where a line cannot push (:func:`pressing`): its push signal is no evidence there."""
    ids = [c.id for c in node.choices]
    sims = index_for(scenario).scores(text, "choice", ids, leave_out, vector)
    kind = getattr(reading, "kind", "other")
    line_signals = _probes_as_one(set(signals_of(reading)) & KEY_SIGNALS)
    if not pushes:
        line_signals.discard("push")
    telling = line_signals & TELLING_SIGNALS
    accepts = "acknowledges" in signals_of(reading)
    out = {}
    for choice in node.choices:
        kinds, signals = profile(scenario, choice)
        signals = _probes_as_one(signals)
        score = sims[choice.id]
        if kind in kinds:
            score += KIND_WEIGHT
        elif _opposed(kind, kinds):
            score -= KIND_WEIGHT
        score += SIGNAL_WEIGHT * min(2, len(line_signals & signals))
        score += TELLING_WEIGHT * bool(telling & signals)
        score -= CLASH_WEIGHT * min(2, len(telling - signals))
        # A reply to an answer defined by what it does (a probe of a no or a maybe, a
        # confirmation of a yes) is further from a line that does not do it and is not even
        # a question ("Fair enough, no worries." is not "Fair enough. What would you need?").
        # Only a reply is defined so: an authored campaign line the reader happens to read
        # as confirming ("so we're gathering ...") does not make every line need to.
        replies = choice.step in RESPOND_NEEDS
        if replies and kind not in QUESTION_KINDS and (signals & REPLY_SIGNALS) - line_signals:
            score -= MISSING_WEIGHT
        # A line that accepts the answer and presses nothing is not a push, whatever words
        # it shares with one: "no worries, would a different day work better?" is not
        # "your photos would make such a difference".
        if "push" in signals - line_signals and accepts:
            score -= CLASH_WEIGHT
        # A moment told ("when my ward lost two nurses I started organising") is not a
        # list of roles, even when it names a job as "I'm a nurse..." does.
        if kind == "story" and "credentials" in signals - line_signals:
            score -= MISSING_WEIGHT
        # Naming what you share is not a bare "I agree": a line that names something is
        # further from a choice whose wordings are only ever agreement.
        if "agrees_only" in signals - line_signals:
            score -= MISSING_WEIGHT
        if kind not in QUESTION_KINDS and kinds <= QUESTION_KINDS:
            # "Fair enough, no worries." shares its opening with "Fair enough. What would you
            # need to know?" but asks nothing: a choice that is only ever a question is
            # further from a line that is not one.
            score -= CLASH_WEIGHT
        elif kind in QUESTION_KINDS and not kinds & (QUESTION_KINDS | {"ask"}):
            # And the reverse: "what would it take for a yes?" asks something, so it is not
            # "OK, fair enough" (a choice that is never a question or an ask).
            score -= CLASH_WEIGHT
        out[choice.id] = score
    return out, sims


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
    return _heard_as(best, scores, reading, "a story of your own: heard as sharing your story")


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
    return _heard_as(
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
    signals = _probes_as_one(signals_of(reading))
    if "push" in signals:
        return None
    strong = [
        c
        for c in ranked
        if c.quality == "strong"
        and c.step in RESPOND_NEEDS
        and _probes_as_one({RESPOND_NEEDS[c.step][0]}) & signals
    ]
    if not strong:
        return None
    best = strong[0]
    need = _probes_as_one({RESPOND_NEEDS[best.step][0]})
    # A weaker reply of the same step that never does it ("Wonderful, thank you!" after a
    # yes) is the move of leaving it out, so it is no rival to a line that does it.
    rivals = [
        c
        for c in ranked
        if c is not best
        and not (c.step == best.step and not need & _probes_as_one(profile(scenario, c)[1]))
    ]
    top = scores[rivals[0].id] if rivals else 0.0
    if top >= UNDERSTOOD and top - scores[best.id] > TIE_MARGIN:
        return None  # closer to another move that is understood
    return _heard_as(best, scores, reading, "a reply that does the method's step: heard as it")


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
    return _heard_as(best, scores, reading, "a question about the details of the yes")


#: The moves a reflection can be, closest in purpose first: listening, then asking more.
REFLECTION_STEPS = ("listening", "open_questions")


def _own_reflection(ranked, scores, text, reading) -> Hearing | None:
    """Their words given back ("it sounds like the night shifts leave you wiped out"),
    heard as the node's strong listening move (else its open question).

    A reflection is in the learner's own words as much as a story is, and it is how the
    method's listening is done, with or without a check question after it. It is heard
    so when nothing else here is understood better, and judged on its words (the
    listening step is done by a reflection; an open question is not).
    """
    from commonground.reader.signals import reflects
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
    asks = kind in QUESTION_KINDS
    rivals = [c for c in ranked if c is not best and (asks or c.kind not in QUESTION_KINDS)]
    top = scores[rivals[0].id] if rivals else 0.0
    if top >= UNDERSTOOD and top - scores[best.id] > TIE_MARGIN:
        return None  # closer to another move that is understood
    return _heard_as(best, scores, reading, "their words given back: heard as listening")


#: Words too common to tie a line to the campaign ("we're fighting the ... cuts" needs
#: "cuts", not "we're").
_COMMON = frozenset(
    [
        "about",
        "also",
        "been",
        "being",
        "campaign",
        "could",
        "doing",
        "from",
        "have",
        "into",
        "just",
        "like",
        "make",
        "more",
        "much",
        "over",
        "some",
        "that",
        "their",
        "them",
        "then",
        "there",
        "they",
        "this",
        "very",
        "want",
        "what",
        "when",
        "where",
        "which",
        "while",
        "will",
        "with",
        "would",
        "your",
        "yours",
        "people",
        "right",
        "really",
        "thing",
        "things",
        "the",
        "and",
        "for",
        "our",
        "are",
        "you",
        "was",
        "but",
        "not",
        "all",
        "can",
        "get",
        "its",
        "who",
        "how",
        "why",
        "out",
        "one",
        "two",
        "has",
        "had",
        "his",
        "her",
        "him",
        "she",
        "too",
        "any",
        "now",
        "let",
        "say",
        "see",
        "got",
        "way",
        "day",
        "off",
        "try",
        "use",
        "lot",
        "bit",
        "yes",
        # ours, session 7: "Did you watch the football last night?" shares no topic with
        # "How many people did you get round to last month?"
        "did",
        "does",
        "last",
        "next",
        "still",
        "ever",
        # contractions, and words that say how one feels or when, not what the campaign is
        "we're",
        "it's",
        "i'm",
        "you're",
        "they're",
        "that's",
        "awful",
        "terrible",
        "horrible",
        "great",
        "good",
        "bad",
        "nice",
        "lovely",
        "lately",
        "recently",
        "basically",
        "honestly",
        "today",
        "yesterday",
        "week",
        "month",
        "year",
        "again",
        "don't",
        "can't",
        "won't",
        "didn't",
        "isn't",
        "doesn't",
        # what a campaign does, whatever it is about ("we're fighting the rent increases")
        "fight",
        "fighting",
        "push",
        "pushing",
        "backing",
        "trying",
        "asking",
        "campaigning",
        "working",
    ]
)


def _content_words(text: str) -> set[str]:
    """The lemmas of ``text`` that can tie it to the campaign (not the common ones)."""
    from commonground.reader.text import lemmas

    common = _common_lemmas()
    return {w for w in lemmas(text) if len(w) >= 3 and w not in common}


@lru_cache(maxsize=1)
def _common_lemmas() -> frozenset:
    """:data:`_COMMON` as the reader's lemmas ("like" is "lik" there), and as written."""
    from commonground.reader.text import lemmas

    return frozenset(_COMMON | {w for word in _COMMON for w in lemmas(word)})


def _campaign_words(scenario, node) -> frozenset:
    """The content words (lemmas) of the campaign and of the node's campaign moves."""
    cache = index_for(scenario).cache
    key = ("campaign words", node.id)
    if key not in cache:
        c = scenario.campaign
        texts = [c.name, c.what, c.why]
        for choice in node.choices:
            if choice.step == "campaign_work":
                texts.extend((choice.text, *choice.examples))
        cache[key] = frozenset(w for t in texts for w in _content_words(t))
    return cache[key]


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
    if _little_in_common(_content_words(text), _campaign_words(scenario, node)):
        return None
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
    return _heard_as(best, scores, reading, "the campaign in your own words: heard as telling it")


def _pushes(scenario, ranked, reading) -> list[Choice]:
    """For a line the reader marks as a push, the node's harmful choices that push too."""
    if "push" not in signals_of(reading):
        return []
    return [c for c in ranked if c.quality == "harmful" and "push" in profile(scenario, c)[1]]


def _pick(ranked, scores, reading, scenario=None, text: str = "", sims=None) -> Hearing:
    from commonground.reader.asks import ask_phrases

    pushes = _pushes(scenario, ranked, reading) if scenario is not None else []
    if pushes and (not ranked or scores[ranked[0].id] < UNDERSTOOD):
        # A push is a push however it is worded: below the threshold it is still heard as
        # the push listed here, never as a line nobody understood.
        best = pushes[0]
        return _heard_as(
            best, scores, reading, f"a push, like '{_short(best.text)}' ({scores[best.id]:.2f})"
        )
    if ranked and _kind_led(ranked[0], scores, reading):
        pass  # an open question close enough to the node's open question (see KIND_LED)
    elif not ranked or scores[ranked[0].id] < UNDERSTOOD:
        best = scores[ranked[0].id] if ranked else 0.0
        return Hearing("not_understood", None, best, reading, why=(_nearest_note(ranked, scores),))
    best = ranked[0]
    rivals = [
        c for c in ranked[1:] if scores[c.id] >= scores[best.id] - TIE_MARGIN and _differs(c, best)
    ]
    if rivals:
        return Hearing(
            "unclear",
            None,
            scores[best.id],
            reading,
            could_be=(best, *rivals),
            why=(f"as close to {len(rivals) + 1} different moves",),
        )
    # How close the wording alone is (the kind and signals aside): a line about something
    # else can share a move's kind ("Honestly the traffic was a nightmare." and "We really
    # need you on this one, honestly.") but not its words.
    wording = (sims or scores)[best.id]
    if best.quality == "harmful" and wording < WORDING_MATCH and _about_something_else(best, text):
        return _not_heard(
            best, scores, reading, f"shares no word that matters with '{_short(best.text)}'"
        )
    if (
        best.quality == "harmful"
        and best.kind == "ask"
        and wording < WORDING_MATCH
        and getattr(reading, "kind", "") != "ask"
        and "push" not in signals_of(reading)
        and not ask_phrases(text).get("activity")
    ):
        # Asking too soon needs an ask: "Hi, do you have time for a quick chat?" shares
        # "quick" with "I'll be quick. Would you put our petition...?" and asks for nothing.
        return _not_heard(best, scores, reading, f"asks for nothing, unlike '{_short(best.text)}'")
    if (
        scenario is not None
        and best.quality == "harmful"
        and wording < WORDING_MATCH
        and "push" in profile(scenario, best)[1]
        and "push" not in signals_of(reading)
        and _little_in_common(_content_words(text), _wording_words(best))
    ):
        # A push is pressure: a line that presses nothing and is about something else is
        # not one, whatever word it shares with it ("My cat likes to sleep on the
        # radiator." is not "Couldn't you sleep after, just this once?").
        return _not_heard(best, scores, reading, f"presses nothing, unlike '{_short(best.text)}'")
    # Where credit is at stake (a strong move) or the meeting would end on it ("Oh, look
    # at the time. I'll let you sleep!"), a line about something else is not that move.
    if (
        scores[best.id] < WORDING_MATCH
        and (best.quality == "strong" or _ends_meeting(best, scenario))
        and not _form_carries(best, scenario, reading)
        and _little_in_common(_content_words(text), _wording_words(best))
    ):
        return _not_heard(
            best, scores, reading, f"is about something else than '{_short(best.text)}'"
        )
    return _heard_as(
        best,
        scores,
        reading,
        f"closest in meaning to '{_short(best.text)}' ({scores[best.id]:.2f})",
    )


#: A line naming this many things of its own (content words) is about what most of them
#: name: it means a move only when two of them are the move's too (else one).
TOPIC_WORDS = 3


def _little_in_common(own: set, theirs: set) -> bool:
    """True when a line's content words (``own``) share too few with ``theirs`` to be
    about the same thing.

    Similarity over letter groups can rest on one shared word ("My car broke down again"
    and a campaign for care workers; "did you watch the football last night?" and "...
    it's people who say they'll come back"). A line that names three or more things of
    its own is about the same thing only when two of them are shared (a stem is enough:
    "fight" and "fighting"); a shorter line needs one. A line with no content word
    ("why?", "ok bye") is left to the score.
    """
    if not own:
        return False
    shared = {w for w in own if any(w[:4] == t[:4] for t in theirs)}
    return len(shared) < (2 if len(own) >= TOPIC_WORDS else 1)


def _ends_meeting(choice: Choice, scenario) -> bool:
    """True for a move that leads straight to an ending (leaving without an ask)."""
    if scenario is None or not choice.next or choice.next not in scenario.nodes:
        return False
    return not scenario.node(choice.next).choices


def _wording_words(choice: Choice) -> set:
    """The content words of every wording of ``choice`` (its text and examples)."""
    return set().union(*(_content_words(t) for t in (choice.text, *choice.examples)))


def _form_carries(choice: Choice, scenario, reading) -> bool:
    """True when the line's form is the move, whatever its words: an open question heard
    as a strong open question or follow-up (what to ask about is the learner's own), or
    a reply that does what the move does (a probe, a confirmation, thanks, a follow-up);
    a question of fact (or an open one, told what it was) where the meeting opens with
    a question of fact; a close
    heard as a close."""
    kind = getattr(reading, "kind", "")
    if kind == "open_question" and choice.step in ("open_questions", "listening"):
        return True
    if kind in ("factual_question", "open_question") and choice.step == "factual_questions":
        return True  # a closed "Is now a good time?" must share the move's topic instead
    if kind == "close" and choice.kind == "close":
        return True  # a goodbye is a goodbye, whatever else it mentions
    if scenario is None:
        return False
    line = _probes_as_one(set(signals_of(reading)) & (TELLING_SIGNALS | {"thanks"})) - {"push"}
    return bool(line & _probes_as_one(profile(scenario, choice)[1]))


def _about_something_else(choice: Choice, text: str) -> bool:
    """True when the line's content words share nothing with any wording of ``choice``.

    Asked only of a harmful move heard by a middling score: telling a learner they did
    harm (and costing trust) on the strength of a word like "like" teaches nothing.

    Similarity over letter groups can rest on a word that carries no meaning ("I like
    pizza." and "...what hunger really looks like"); a line that means a move shares a
    word of substance with one of its wordings (its stem is enough: "fight" and
    "fighting"). A line with no word of substance ("why?", "ok bye") is left to the
    score.
    """
    own = {w for w in _content_words(text) if len(w) >= 4}
    if not own:
        return False
    theirs = set().union(*(_content_words(t) for t in (choice.text, *choice.examples)))
    return not any(w[:4] == t[:4] for w in own for t in theirs)


def _not_heard(choice: Choice, scores, reading, why: str) -> Hearing:
    """The line not understood, though ``choice`` was closest (``why`` says why not)."""
    return Hearing("not_understood", None, scores[choice.id], reading, why=(why,))


def _heard_as(choice: Choice, scores, reading, why: str) -> Hearing:
    """The line heard (by meaning) as ``choice``, with a note on why."""
    return Hearing("meaning", choice, scores[choice.id], reading, why=(why,))


def _kind_led(best: Choice, scores, reading) -> bool:
    """An open question is understood at :data:`KIND_LED` as the node's strong open
    question: what to ask about is the learner's own, the form is what the step needs."""
    return (
        getattr(reading, "kind", "") == "open_question"
        and best.step in ("open_questions", "listening")
        and best.quality == "strong"
        and scores[best.id] >= KIND_LED
    )


def _differs(a: Choice, b: Choice) -> bool:
    return (a.quality, a.step, a.next, a.ask) != (b.quality, b.step, b.next, b.ask)


def _nearest_note(ranked, scores) -> str:
    if not ranked:
        return "nothing to say here"
    best = ranked[0]
    return f"nearest was '{_short(best.text)}' ({scores[best.id]:.2f}), below {UNDERSTOOD}"


def _short(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("..." if len(parts) > words else "")


# ---- asks ----------------------------------------------------------------------------


def _hear_ask(scenario, node, text, reading, leave_out, rows, activity) -> Hearing | None:
    from commonground.reader.asks import match_keywords, specificity

    campaign = scenario.campaign
    index = index_for(scenario)
    sims = index.scores(text, "ask", [a.id for a in campaign.asks], leave_out, rows[0])
    # What the line names, whatever kind the reader gave it ("walk me through which
    # drains... on Thursday at 4pm at your house?" names a time and a place).
    parts = tuple(p for p in specificity(text) if p in SPECIFIC_PARTS)
    if activity and "activity" not in parts and _names_a_prepared_activity(campaign, activity):
        # "help with the phone bank": the reader takes "help" for a vague verb, but the
        # words name an activity the campaign prepared (an ask's keyword).
        parts = tuple(p for p in SPECIFIC_PARTS if p in {*parts, "activity"})
    if "activity" not in parts or not activity:
        # The reader found no activity. A line very close to an authored ask's wording
        # still means that ask (the reader may not know the activity's words); any
        # other ask that names nothing to do is vague; a line that is not an ask is
        # heard among the other moves.
        near = max(sims, key=sims.get, default=None)
        if near is not None and sims[near] >= WORDING_MATCH:
            same = {near}
            # Its activity, if that ask names one ("get more involved" names none).
            named = {"activity"} & set(campaign.ask(near).specificity)
            parts = tuple(p for p in SPECIFIC_PARTS if p in {*named, *parts})
        elif getattr(reading, "kind", "") == "ask":
            return Hearing("vague_ask", None, 0.0, reading, why=("an ask that names no activity",))
        else:
            return None
    else:
        same = _same_activities(scenario, campaign, activity, rows[1])
    ask_scores = {
        a.id: sims[a.id]
        + (KEYWORD_WEIGHT if activity and keyword_hits(activity, a.keywords) else 0.0)
        for a in campaign.asks
        if a.id in same
    }
    persona = scenario.persona
    constraints = {c.id: c.keywords for c in persona.constraints}
    clashes = set(match_keywords(without_negated(text), constraints)[0])
    best = max(ask_scores, key=ask_scores.get, default=None)
    if best is not None and ask_scores[best] >= ASK_MATCH:
        ask = campaign.ask(best)
        near = sims[best] >= NEAR_VERBATIM
        if near:
            parts = tuple(p for p in SPECIFIC_PARTS if p in set(parts) | set(ask.specificity))
        blocks = {c.id: c.blocks for c in persona.constraints}
        inherited = {c for c in ask.conflicts if near or blocks.get(c) == "activity"}
        conflicts = tuple(c.id for c in persona.constraints if c.id in clashes | inherited)
        view = AskView(ask.id, ask.ask_type, text, parts, ask.fits, conflicts)
        choice = next((c for c in node.choices if c.ask == ask.id), None)
        how = "ask" if choice is not None else "own_ask"
        return Hearing(
            how,
            choice or _ask_stand_in(node),
            ask_scores[best],
            reading,
            ask=view,
            why=(f"heard as the ask '{_short(ask.text)}' ({ask_scores[best]:.2f})",),
        )
    conflicts = tuple(c.id for c in persona.constraints if c.id in clashes)
    # It fits what its own words connect to among the facts discovered so far (the reader
    # was given only those facts' keywords): "read stories to the little ones" fits a
    # teacher who told you she taught reading.
    fits = tuple(getattr(reading, "fit_matches", ()) or ())
    view = AskView("", "other", text, parts, fits, conflicts)
    return Hearing(
        "own_ask",
        _ask_stand_in(node),
        max(ask_scores.values(), default=0.0),
        reading,
        ask=view,
        why=(f"an ask of your own ({activity}): not one the campaign prepared",),
    )


def _names_a_prepared_activity(campaign, activity: str) -> bool:
    """True when ``activity`` uses a keyword of an ask that names an activity."""
    return any(
        "activity" in a.specificity and keyword_hits(activity, a.keywords) for a in campaign.asks
    )


def _same_activities(scenario, campaign, activity: str, vector) -> set[str]:
    """Ids of the authored asks that propose the same activity as the typed one.

    An ask counts when the typed activity words use one of its keywords, or are close to
    the activity words of its own wordings (its text and the examples of the choices
    that make it). A shared day or place alone never makes two asks the same.
    ``vector`` is the typed activity's TF-IDF row, or (numpy) its similarity to each
    row of :func:`authored_activities`, when the linter worked them out in one go.
    """
    same = {a.id for a in campaign.asks if keyword_hits(activity, a.keywords)}
    matrix, owners = authored_activities(scenario)
    if matrix is not None:
        sims = (matrix @ vector.T).toarray().ravel() if hasattr(vector, "nnz") else vector
        # An ask that names no activity ("help out whenever you get a chance") proposes
        # none: a typed activity the campaign prepared ("help with the phone bank" is the
        # phone bank) is not the same as it by resemblance, only by its keywords.
        vague = set()
        if _names_a_prepared_activity(campaign, activity):
            vague = {a.id for a in campaign.asks if "activity" not in a.specificity}
        same.update(
            owner
            for owner, sim in zip(owners, sims, strict=True)
            if sim >= SAME_ACTIVITY and owner not in vague
        )
    return same


def authored_activities(scenario):
    """The TF-IDF rows of the activity words of every ask's wordings, and their ask ids."""
    index = index_for(scenario)
    if "activities" not in index.cache:
        found: dict[tuple[str, str], None] = {}
        for ask in scenario.campaign.asks:
            wordings = [ask.text]
            for node in scenario.nodes.values():
                for choice in node.choices:
                    if choice.ask == ask.id:
                        wordings.extend((choice.text, *choice.examples))
            for wording in wordings:
                phrase = cached_activity(scenario, wording)
                if phrase:
                    found[(ask.id, phrase)] = None
        owners = [ask_id for ask_id, _ in found]
        index.cache["activities"] = (index.vectors(p for _, p in found), owners)
    return index.cache["activities"]


_NEGATED = re.compile(
    r"\b(?:no|not|without|never|nothing like)\s+(?:a |an |the |any )?[\w'-]+"
    r"(?:\s*(?:,|or|nor)\s*(?:a |an |the |any )?[\w'-]+)*",
    re.I,
)


def without_negated(text: str) -> str:
    """The line less what it rules out: "no microphone" does not run into a fear of
    microphones, "without your name" not into a wish to stay anonymous."""
    return _NEGATED.sub(" ", text)


def _ask_stand_in(node: Node) -> Choice | None:
    """The node's strongest ask choice: it stands for the step and the branches."""
    asking = [c for c in node.choices if c.ask]
    order = {"strong": 0, "weak": 1, "harmful": 2}
    return min(asking, key=lambda c: order[c.quality]) if asking else None


# ---- what the reader makes of the authored wordings ------------------------------------


def cached_reading(scenario: Scenario, wording: str, reader):
    """The reader's reading of an authored wording, kept with the scenario's index."""
    cache = index_for(scenario).cache
    key = ("reading", wording)
    if key not in cache:
        cache[key] = reader(wording)
    return cache[key]


def cached_activity(scenario: Scenario, wording: str) -> str:
    """The activity words of an authored wording (``""`` for none), kept like readings."""
    from commonground.reader.asks import ask_phrases

    cache = index_for(scenario).cache
    key = ("activity", wording)
    if key not in cache:
        cache[key] = ask_phrases(wording).get("activity", "")
    return cache[key]


def profile(scenario: Scenario, choice: Choice) -> tuple[frozenset, frozenset]:
    """The kinds and key signals the reader finds in a choice's text and examples.

    A kind counts when the author gave it or the reader reads any wording that way; a
    signal counts when at least a third of the wordings carry it.
    """
    cache = index_for(scenario).cache
    key = ("profile", choice.id)
    found = cache.get(key)
    if found is None:
        from commonground.reader import read_line

        wordings = (choice.text, *choice.examples)
        readings = [cached_reading(scenario, w, read_line) for w in wordings]
        kinds = {choice.kind, *(r.kind for r in readings)}
        counts: dict[str, int] = {}
        for r in readings:
            for s in set(signals_of(r)) & KEY_SIGNALS:
                counts[s] = counts.get(s, 0) + 1
        signals = {s for s, n in counts.items() if 3 * n >= len(wordings)}
        found = (frozenset(kinds), frozenset(signals))
        cache[key] = found
    return found
