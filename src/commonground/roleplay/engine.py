"""Playing a scenario: start, see the choices, choose or type a line, until an ending.

Every function is pure: it takes a :class:`~commonground.roleplay.state.PlayState` and
returns a new one inside a :class:`TurnResult`; nothing is changed in place.

Free text
---------
A typed line is read by :func:`commonground.reader.read_line` (or any function with the
same contract passed as ``reader``). It is routed to a choice at the current node whose
``kind`` equals the reading's kind. Tie-break when several match: the choice sharing the
most words (of four letters or more) with the typed line, then the first in the file.
When nothing matches, the node's fallback (or the scenario's) applies: the persona
reacts, trust drops a little, no progress is made. A typed *ask* at a node with
``answers`` is heard as typed: its specificity comes from the reading, its fit from the
reader's matches against the facts discovered so far, and its constraints from their
keywords.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from commonground.errors import CommonGroundError
from commonground.roleplay.answer import Answer, AskView, answer_ask, keyword_hits, view_of
from commonground.roleplay.model import Choice, Node, Scenario
from commonground.roleplay.state import AskRecord, PlayState, StepRecord

_WORD = re.compile(r"[a-z']{4,}")


@dataclass(frozen=True)
class TurnResult:
    """What one turn produced.

    Attributes
    ----------
    state
        The new state.
    reply
        What the persona said back.
    feedback
        Why the move was strong, weak or harmful, in the method's terms.
    routed
        ``"choice"`` (a listed choice), ``"typed"`` (a typed line matched a choice) or
        ``"fallback"`` (a typed line matched nothing here).
    choice_id, step, quality
        The choice taken and the method step it practised, with its quality (empty for
        a fallback).
    read_as
        For a typed line, the kind the reader gave it (else ``""``).
    reading
        The reader's full result for a typed line (else ``None``).
    answer
        When the move was an ask: the persona's answer and why.
    """

    state: PlayState
    reply: str
    feedback: str
    routed: str
    choice_id: str = ""
    step: str = ""
    quality: str = ""
    read_as: str = ""
    reading: object = None
    answer: Answer | None = None


def start(scenario: Scenario) -> PlayState:
    """A fresh play at the scenario's start node."""
    node = scenario.node(scenario.start)
    transcript = (("persona", node.say),) if node.say else ()
    return PlayState(
        scenario=scenario.id,
        node=node.id,
        trust=scenario.persona.trust_start,
        transcript=transcript,
        ending=node.id if node.ending else "",
    )


def is_finished(state: PlayState) -> bool:
    """True once the play reached an ending."""
    return state.finished


def current_line(scenario: Scenario, state: PlayState) -> str:
    """What the persona says now (their last line, or the node's line at the start)."""
    for speaker, text in reversed(state.transcript):
        if speaker == "persona":
            return text
    return scenario.node(state.node).say


def choices(scenario: Scenario, state: PlayState) -> tuple[Choice, ...]:
    """The organizer's options at the current node (none once finished)."""
    _check(scenario, state)
    return () if state.finished else scenario.node(state.node).choices


def choose(scenario: Scenario, state: PlayState, choice_id: str) -> TurnResult:
    """Take the choice ``choice_id`` at the current node.

    Raises
    ------
    CommonGroundError
        When the play is finished or the choice is not offered here.
    """
    node = _live_node(scenario, state)
    for item in node.choices:
        if item.id == choice_id:
            return _apply(scenario, state, node, item, None, None)
    offered = ", ".join(c.id for c in node.choices)
    raise CommonGroundError(f"choice {choice_id!r} is not offered at {node.id}; offered: {offered}")


def free_text(scenario: Scenario, state: PlayState, text: str, reader=None) -> TurnResult:
    """Say a typed line; it is read, then routed to a matching choice or the fallback.

    Parameters
    ----------
    reader
        A function like :func:`commonground.reader.read_line` (the default).
    """
    node = _live_node(scenario, state)
    if not text or not text.strip():
        raise CommonGroundError("say something: the line is empty")
    if reader is None:
        from commonground.reader import read_line as reader
    persona = scenario.persona
    known = [persona.fact(f) for f in state.facts]
    reading = reader(
        text,
        fit_keywords={f.id: list(f.keywords) for f in known if f.category != "constraint"},
        conflict_keywords=None,  # constraints are checked here, to name the reason
    )
    kind = getattr(reading, "kind", "other")
    asking = [c for c in node.choices if c.ask]
    if kind == "ask" and asking:
        choice = _best_match(text, asking, scenario)
        view = _typed_ask(scenario, state, choice, text, reading)
        return _apply(scenario, state, node, choice, text, view, reading)
    candidates = [c for c in node.choices if c.kind == kind]
    if not candidates:
        return _fallback(scenario, state, node, text, reading)
    return _apply(
        scenario, state, node, _best_match(text, candidates, scenario), text, None, reading
    )


# ---- internals ----------------------------------------------------------------------


def _check(scenario: Scenario, state: PlayState) -> None:
    if state.scenario != scenario.id:
        raise CommonGroundError(
            f"this play belongs to scenario {state.scenario!r}, not {scenario.id!r}"
        )
    if state.node not in scenario.nodes:
        raise CommonGroundError(f"saved play is at node {state.node!r}, which {scenario.id} lacks")


def _live_node(scenario: Scenario, state: PlayState) -> Node:
    _check(scenario, state)
    if state.finished:
        raise CommonGroundError(f"the play has ended ({state.ending}); start a new one")
    return scenario.node(state.node)


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _best_match(text: str, candidates, scenario: Scenario) -> Choice:
    """The candidate sharing most words with ``text`` (asks: also the ask's keywords)."""
    said = _words(text)

    def overlap(choice: Choice) -> int:
        score = len(said & _words(choice.text))
        if choice.ask:
            ask = scenario.campaign.ask(choice.ask)
            score += 2 * len(keyword_hits(text, ask.keywords))
        return score

    best = max(overlap(c) for c in candidates)
    return next(c for c in candidates if overlap(c) == best)


def _typed_ask(scenario, state, choice: Choice, text: str, reading) -> AskView:
    """Hear a typed ask: reader specificity, fit against discovered facts, constraints."""
    persona = scenario.persona
    authored = scenario.campaign.ask(choice.ask)
    matched = set(getattr(reading, "fit_matches", ()) or ())
    fits = [f for f in state.facts if f in matched]
    same_activity = bool(keyword_hits(text, authored.keywords))
    clashes = _clashes(text, {c.id: c.keywords for c in persona.constraints})
    conflicts = [
        c.id
        for c in persona.constraints
        if c.id in clashes
        or (same_activity and c.blocks == "activity" and c.id in authored.conflicts)
    ]
    parts = tuple(getattr(reading, "specific_parts", ()) or ())
    return AskView(authored.id, authored.ask_type, text, parts, tuple(fits), tuple(conflicts))


def _clashes(text: str, keywords: dict) -> set[str]:
    """Constraint ids whose keywords the text mentions (reader's matcher: "7pm" = evening)."""
    from commonground.reader.asks import match_keywords

    return set(match_keywords(text, keywords)[0])


def _typed_quality(answer: Answer) -> tuple[str, str]:
    if answer.specific and answer.fit:
        return "strong", "A clear, specific ask that grows out of what they told you."
    if answer.fit:
        return "weak", "It fits them, but name the activity, the day and time, and the place."
    if answer.specific:
        return "weak", "Clear, but tie it to something they told you they care about."
    return "weak", "Too vague and not tied to them: name what, when, where, and why them."


def _apply(scenario, state, node, choice: Choice, typed, view, reading=None) -> TurnResult:
    eff = choice.effects
    facts = state.facts + tuple(f for f in eff.reveals if f not in state.facts)
    trust = state.trust + eff.trust
    quality, feedback = choice.quality, choice.feedback
    asks, answer = state.asks, None
    if choice.ask:
        view = view or view_of(scenario.campaign.ask(choice.ask))
        answer = answer_ask(scenario.persona, view, facts, trust)
        if typed is not None:
            quality, feedback = _typed_quality(answer)
        feedback = f"{feedback} {answer.explanation}"
        asks = asks + (
            AskRecord(
                view.ask_id,
                view.ask_type,
                view.text,
                answer.specific,
                answer.fit,
                answer.answer,
                answer.reason,
            ),
        )
        target = scenario.node((choice.answers or node.answers)[answer.answer])
    else:
        target = scenario.node(choice.next)
    reply = " ".join(part for part in (choice.reply, target.say) if part)
    said = typed if typed is not None else choice.text
    cg = (eff.common_ground,) if eff.common_ground else ()
    new = replace(
        state,
        node=target.id,
        trust=trust,
        minutes=state.minutes + eff.minutes,
        facts=facts,
        story_shared=state.story_shared or eff.story_shared,
        common_ground=state.common_ground + cg,
        steps=state.steps + (StepRecord(choice.step, quality, choice.id, typed is not None),),
        asks=asks,
        transcript=state.transcript + (("organizer", said), ("persona", reply)),
        ending=target.id if target.ending else "",
    )
    return TurnResult(
        state=new,
        reply=reply,
        feedback=feedback,
        routed="typed" if typed is not None else "choice",
        choice_id=choice.id,
        step=choice.step,
        quality=quality,
        read_as=getattr(reading, "kind", "") if reading is not None else "",
        reading=reading,
        answer=answer,
    )


def _fallback(scenario, state, node: Node, text: str, reading) -> TurnResult:
    fb = node.fallback or scenario.fallback
    hint = getattr(reading, "suggestion", "") or ""
    kind = getattr(reading, "kind", "other")
    feedback = f"Read as {kind.replace('_', ' ')}. {fb.feedback}" + (f" {hint}" if hint else "")
    new = replace(
        state,
        trust=state.trust + fb.trust,
        minutes=state.minutes + fb.minutes,
        transcript=state.transcript + (("organizer", text), ("persona", fb.say)),
    )
    return TurnResult(
        state=new, reply=fb.say, feedback=feedback, routed="fallback", read_as=kind, reading=reading
    )
