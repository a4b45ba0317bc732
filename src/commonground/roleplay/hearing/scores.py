"""The combined score of each choice at a node for a typed line.

TF-IDF similarity to the choice's wordings, plus the reader's evidence: the line's kind
and key signals against those of the choice's wordings (:func:`.authored.profile`).
"""

from __future__ import annotations

from commonground.roleplay.hearing.authored import profile
from commonground.roleplay.line_checks import (
    KEY_SIGNALS,
    RESPOND_NEEDS,
    TELLING_SIGNALS,
    signals_of,
)
from commonground.roleplay.model import Node, Scenario
from commonground.roleplay.similarity import index_for

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


#: The reader's two probes of an answer. Either finds out what is behind a no or a maybe
#: ("what would it take for a yes?" after a no; "is it the day or the calls?" after a
#: maybe), so in hearing they are one move: a probe is never far from the listed probe
#: because it is the other probe.
PROBES = frozenset({"probe_no", "probe_maybe"})


def probes_as_one(signals) -> set:
    """``signals`` as a set, with both probes when it has either (see :data:`PROBES`)."""
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


def choice_scores(
    scenario, node, text, reading, leave_out, vector, pushes=True, sims=None
) -> tuple[dict, dict]:
    """``(scores, similarities)`` of the choices at ``node``: the combined score, and the
    TF-IDF similarity of the line to each choice's wordings alone. ``pushes`` is False
    where a line cannot push (:func:`pressing`): its push signal is no evidence there.
    ``sims``: the similarities, when already worked out (the linter, a node at a time)."""
    if sims is None:
        ids = [c.id for c in node.choices]
        sims = index_for(scenario).scores(text, "choice", ids, leave_out, vector)
    kind = getattr(reading, "kind", "other")
    line_signals = probes_as_one(set(signals_of(reading)) & KEY_SIGNALS)
    if not pushes:
        line_signals.discard("push")
    telling = line_signals & TELLING_SIGNALS
    accepts = "acknowledges" in signals_of(reading)
    out = {}
    for choice in node.choices:
        kinds, signals = profile(scenario, choice)
        signals = probes_as_one(signals)
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
