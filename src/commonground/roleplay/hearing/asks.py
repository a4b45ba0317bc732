"""Hearing a typed ask: the authored ask it proposes, or an ask of the learner's own.

The activity its words name is matched to the activities of the authored asks
(:func:`authored_activities`); what it runs into is what its words do not rule out
(:func:`without_negated`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from commonground.roleplay.answer import AskView, keyword_hits
from commonground.roleplay.hearing.authored import cached_activity
from commonground.roleplay.hearing.result import WORDING_MATCH, Hearing, short_quote
from commonground.roleplay.model import SPECIFIC_PARTS, Choice, Node
from commonground.roleplay.similarity import index_for

#: A typed ask is the authored ask it is closest to when the score reaches this.
ASK_MATCH = 0.38
#: Two activity phrases this close propose the same activity ("canvass" / "canvassing").
SAME_ACTIVITY = 0.5
#: An ask this close to an authored ask's own wording counts every part that ask names.
NEAR_VERBATIM = 0.85
#: An ask that mentions one of the authored ask's keywords is that much closer to it.
KEYWORD_WEIGHT = 0.15


def hear_ask(scenario, node, text, reading, leave_out, rows, activity) -> Hearing | None:
    """The line heard as an ask: an authored one, one of the learner's own, or a vague
    one; ``None`` for a line that names nothing to do and is no ask (heard among the
    other moves). ``rows`` are the TF-IDF rows of the line and of its ``activity`` words.
    """
    from commonground.reader.asks import specificity
    from commonground.reader.keywords import match_keywords

    campaign = scenario.campaign
    index = index_for(scenario)
    sims = index.scores(text, "ask", [a.id for a in campaign.asks], leave_out, rows[0])
    # What the line names, whatever kind the reader gave it ("walk me through which
    # drains... on Thursday at 4pm at your house?" names a time and a place).
    parts = tuple(p for p in specificity(text) if p in SPECIFIC_PARTS)
    if activity and "activity" not in parts and _names_a_prepared_activity(scenario, activity):
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
        + (
            KEYWORD_WEIGHT
            if activity and keyword_hits(activity_core(activity), acts(scenario, a))
            else 0.0
        )
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
            why=(f"heard as the ask '{short_quote(ask.text)}' ({ask_scores[best]:.2f})",),
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


def _names_a_prepared_activity(scenario, activity: str) -> bool:
    """True when ``activity`` uses an activity keyword of an ask that names an activity."""
    return any(
        "activity" in a.specificity and keyword_hits(activity_core(activity), acts(scenario, a))
        for a in scenario.campaign.asks
    )


def acts(scenario, ask) -> tuple[str, ...]:
    """The ask's keywords that may name its activity: all but those its own text uses
    only for what the act is for ("host a breakfast ... to plan a joint letter", "walk
    Station Road ... so they can sign the traders' letter": an ask to sign a letter is
    neither ask; ours, session 10)."""
    return _acts(ask.text, tuple(ask.keywords))


@lru_cache(maxsize=1024)  # a pure function of the ask: asked again for every typed ask
def _acts(text: str, keywords: tuple[str, ...]) -> tuple[str, ...]:
    aim = _AIM.search(text)
    if aim is None:
        return keywords
    before = set(keyword_hits(text[: aim.start()], keywords))
    aside = set(keyword_hits(text[aim.start() :], keywords)) - before
    return tuple(k for k in keywords if k not in aside)


# Where an ask's text turns from the act to what it is for.
_AIM = re.compile(
    r"(?<!like )(?<!want )\b(?:to (?:plan|raise|get|show|keep|save|stop|win)|so (?:that|they|we)|in order to)\b"
)

# Where an activity's own words end and whom or where it is for begins: "sign our letter
# | to the council", "hand out flyers | at the hospital".
_ADDRESSED = re.compile(r"\s(?:to|at|in|into|for|before|from|with|about|outside|near)\s")


def activity_core(activity: str) -> str:
    """The act itself: a verb and its object, without whom or where it is for.

    An ask's keywords name what its activity is ("present", "figures") and some name
    where it happens ("council"); a typed activity with a verb and object of its own
    ("sign our letter to the council") is another act, whatever place it shares. A bare
    verb ("present at the council", "help with the phone bank") says what it is only
    with the rest, so the whole phrase is kept (ours, session 10).
    """
    core = _ADDRESSED.split(activity, maxsplit=1)[0]
    return core if len(core.split()) >= 2 else activity


def _same_activities(scenario, campaign, activity: str, vector) -> set[str]:
    """Ids of the authored asks that propose the same activity as the typed one.

    An ask counts when the typed activity words use one of its keywords, or are close to
    the activity words of its own wordings (its text and the examples of the choices
    that make it). A shared day or place alone never makes two asks the same.
    ``vector`` is the typed activity's TF-IDF row, or (numpy) its similarity to each
    row of :func:`authored_activities`, when the linter worked them out in one go.
    """
    same = {a.id for a in campaign.asks if keyword_hits(activity_core(activity), acts(scenario, a))}
    matrix, owners = authored_activities(scenario)
    if matrix is not None:
        sims = matrix.products(vector).ravel() if hasattr(vector, "nnz") else vector
        # An ask that names no activity ("help out whenever you get a chance") proposes
        # none: a typed activity the campaign prepared ("help with the phone bank" is the
        # phone bank) is not the same as it by resemblance, only by its keywords.
        vague = set()
        if _names_a_prepared_activity(scenario, activity):
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
