"""Playing a scenario: start, see the choices, choose or type a line, until an ending.

Every function is pure: it takes a :class:`~commonground.roleplay.state.PlayState` and
returns a new one inside a :class:`TurnResult`; nothing is changed in place.

Free text
---------
A typed line is heard by :func:`commonground.roleplay.hearing.hear`: a choice's own
words are that choice (exactly as clicking it); otherwise the choice or authored ask it
is closest to in meaning, judged on its own words (:mod:`.line_checks`); or nothing,
when it is close to nothing here (the persona's fallback, and the line costs points) or
equally close to two different moves (the learner is asked to say more). An ask that
names no activity gets the node's ``vague`` reply. The persona ends a meeting that runs
to twice its planned time, or that has lost their trust (the built-in endings). A line
that also tells the learner's own story where no story move is listed credits the story
step too (:mod:`.hearing.late_story`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from commonground.errors import CommonGroundError
from commonground.roleplay.answer import Answer, answer_ask, view_of
from commonground.roleplay.feedback import CLOSE_WORDING, ask_feedback, choice_feedback, covered
from commonground.roleplay.hearing import Hearing, hear, takes_asks
from commonground.roleplay.hearing.late_story import credit_late_story
from commonground.roleplay.hearing.scores import pressing
from commonground.roleplay.hearing.two_moves import credit_first
from commonground.roleplay.line_checks import (
    LEADING_NOTE,
    PRESSED_ASK,
    PUSH_NOTE,
    judge_line,
    presses_in_ask,
    signals_of,
    speaking_minutes,
    speech_note,
)
from commonground.roleplay.model import (
    DEFAULT_LEADING,
    DEFAULT_MAYBE_AS_YES,
    DEFAULT_NOT_YET,
    DEFAULT_VAGUE,
    OUT_OF_TIME,
    OVER_TIME_FACTOR,
    TRUST_DROP,
    TRUST_LOST,
    Choice,
    Node,
    Scenario,
)
from commonground.roleplay.replies import ask_reply
from commonground.roleplay.state import AskRecord, PlayState, StepRecord

#: What a push costs when no listed push is there to be heard as (a listed one has its own).
PUSH_TRUST = -2


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
        ``"choice"`` (a listed choice), ``"typed"`` (a typed line heard as a choice or
        an ask), ``"fallback"`` (not understood here), ``"unclear"`` (as close to two
        different moves), ``"vague"`` (an ask that names no activity) or ``"too_soon"``
        (an ask before the meeting has reached the ask), ``"maybe_as_yes"`` (a maybe
        taken as a yes: the persona says it was a maybe, and the node stays) or
        ``"leading"`` (a leading question that is no move listed here: named as one, and
        the node stays).
    choice_id, step, quality
        The choice taken and the method step it practised, with its quality (empty for
        a fallback).
    read_as
        For a typed line, the kind the reader gave it (else ``""``).
    reading
        The reader's full result for a typed line (else ``None``).
    answer
        When the move was an ask: the persona's answer and why.
    heard
        For a typed line: how it was heard (:class:`~.hearing.Hearing`).
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
    heard: Hearing | None = None


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
            return _apply(scenario, state, node, item)
    offered = ", ".join(c.id for c in node.choices)
    raise CommonGroundError(f"choice {choice_id!r} is not offered at {node.id}; offered: {offered}")


def free_text(scenario: Scenario, state: PlayState, text: str, reader=None) -> TurnResult:
    """Say a typed line: it is heard (:mod:`.hearing`), then applied like a click.

    A line in a choice's own words is that choice. Otherwise the line takes the choice
    or ask it is closest to in meaning, judged on its own words; a line that is close to
    nothing here, or equally close to two different moves, is not taken as either.

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
    heard = hear(scenario, node, state.facts, text, reader, asked=bool(state.asks))
    if heard.how == "verbatim":
        return _apply(scenario, state, node, heard.choice, text, heard=heard)
    if heard.how in ("meaning", "ask", "own_ask") and heard.choice is not None:
        result = credit_first(_apply(scenario, state, node, heard.choice, text, heard=heard), heard)
        return credit_late_story(node, heard, text, result, reader)
    if heard.how == "vague_ask":
        return _vague(scenario, state, node, text, heard)
    if heard.how == "maybe_as_yes":
        fb = DEFAULT_MAYBE_AS_YES
        probe = next(
            (c for c in node.choices if c.step == "respond_maybe" and c.quality == "strong"), None
        )
        feedback = fb.feedback + (f" For example: “{probe.text}”" if probe else "")
        return _stay(
            scenario, state, node, text, heard, fb, "maybe_as_yes", "respond_maybe", feedback
        )
    if _too_soon(state, node, heard):
        fb = DEFAULT_NOT_YET if _under_way(state) else scenario.too_soon
        return _stay(scenario, state, node, text, heard, fb, "too_soon", "ask", fb.feedback)
    return credit_late_story(
        node, heard, text, _not_heard(scenario, state, node, text, heard), reader
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


def _worse(a: str, b: str) -> str:
    order = ("strong", "weak", "harmful")
    return max(a, b, key=order.index)


def _minutes(choice: Choice, said: str) -> tuple[float, float]:
    """``(total, organizer's)`` minutes of a move: the persona's share is authored, the
    organizer's share is the words said at speaking pace (a stage direction such as
    "(Eight minutes on the ordinance)" is the organizer talking for the whole move)."""
    authored = float(choice.effects.minutes)
    if choice.text.startswith("("):
        persona = 0.0
        if said == choice.text:
            return authored, authored
    else:
        persona = max(0.0, authored - speaking_minutes(choice.text))
    talk = speaking_minutes(said) if said != choice.text else min(authored, speaking_minutes(said))
    return persona + talk, talk


def _apply(scenario, state, node, choice: Choice, typed=None, heard=None) -> TurnResult:
    """Take ``choice`` (clicked when ``typed`` is None, else heard from ``typed``)."""
    eff = choice.effects
    reading = heard.reading if heard is not None else None
    paraphrase = heard is not None and heard.how != "verbatim"
    quality, feedback, credited = choice.quality, choice.feedback, True
    said = typed if typed is not None else choice.text
    facts = state.facts + tuple(f for f in eff.reveals if f not in state.facts)
    asks, answer, reply_override = state.asks, None, None
    if paraphrase and not choice.ask:
        presses = pressing(scenario, node, bool(state.asks))
        judged = judge_line(
            choice.step,
            choice.quality,
            reading,
            typed,
            presses,
            (scenario.campaign.why, scenario.campaign.what),
            " ".join((_their_words(state, node), choice.text, *choice.examples)),
            (choice.text, *choice.examples),
        )
        quality, credited = judged.quality, judged.credited
        # The choice's feedback was written for its own words: only a close line gets it.
        feedback = choice_feedback(
            choice, judged, covered(scenario, choice, typed, heard.row), signals_of(reading)
        )
    trust_change = eff.trust if credited or eff.trust < 0 else 0
    trust = state.trust + trust_change
    if choice.ask:
        own = paraphrase and heard.how == "own_ask"
        if own:  # the stand-in choice only lends its step and branches
            facts, trust = state.facts, state.trust
        authored = view_of(scenario.campaign.ask(choice.ask))
        view = heard.ask if paraphrase else authored
        answer = answer_ask(scenario.persona, view, facts, trust)
        if paraphrase:
            as_clicked = answer_ask(scenario.persona, authored, facts, trust)
            close = not own and covered(scenario, choice, typed, heard.row) >= CLOSE_WORDING
            if close and answer == as_clicked:
                # Close to the authored ask and answered as it: judged as clicking it.
                feedback = f"Heard as “{choice.text}”. {feedback}"
            else:
                quality, feedback = ask_feedback(answer)
                if own:
                    lead = (
                        "Not the ask prepared for this moment. "
                        if view.ask_id
                        else "An ask of your own, not one you prepared. "
                    )
                    feedback = lead + feedback
                    reply_override = ask_reply(view, answer, scenario.persona)
                else:
                    if answer.answer == as_clicked.answer or choice.quality == "harmful":
                        # Answered as the prepared ask: its grade (the mistake it was
                        # written for) holds. Answered otherwise, the prepared ask's grade
                        # was written for an answer the persona did not give: the grade is
                        # the answer's, so they never contradict (ours, session 10).
                        quality = _worse(quality, choice.quality)
                    if answer.answer != as_clicked.answer:
                        # The answer's node was written for the prepared ask's answer
                        # ("Whenever I get a chance?"), not this one: the persona says what
                        # was actually asked, and answers it.
                        reply_override = ask_reply(view, answer, scenario.persona)
            credited = answer.specific or answer.fit
        if not own and quality == "strong" and not answer.fit:
            # The authored praise ("built on what he already does") assumes the learner
            # found out what the ask fits; they have not, so it is not said.
            quality, feedback = ask_feedback(answer)
        feedback = f"{feedback} {answer.explanation}"
        if paraphrase and presses_in_ask(reading, typed):
            # Pressure in an ask is named, and never graded strong, whatever it names.
            quality = _worse(quality, "weak")
            feedback = f"{feedback} {PRESSED_ASK}"
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
        # An ask heard where it was asked for (after a no to a vague ask) is answered
        # as at the node it belongs to.
        home = node if choice in node.choices else _home(scenario, choice)
        routes = (home.answers or choice.answers) if own else (choice.answers or home.answers)
        target = scenario.node(routes[answer.answer])
    else:
        target = scenario.node(choice.next)
    if reply_override is not None:
        reply = reply_override
    else:
        reply = " ".join(part for part in (choice.reply, target.say) if part)
    total, talk = _minutes(choice, said if paraphrase else choice.text)
    cg = (eff.common_ground,) if eff.common_ground and credited else ()
    new = replace(
        state,
        node=target.id,
        trust=trust,
        minutes=state.minutes + total,
        talk_minutes=state.talk_minutes + talk,
        facts=facts,
        story_shared=state.story_shared or (eff.story_shared and credited),
        common_ground=state.common_ground + cg,
        steps=state.steps
        + (StepRecord(choice.step, quality, choice.id, typed is not None, credited),),
        asks=asks,
        transcript=state.transcript + (("organizer", said), ("persona", reply)),
        ending=target.id if target.ending else "",
    )
    result = TurnResult(
        state=new,
        reply=reply,
        feedback=feedback,
        routed="choice" if typed is None else "typed",
        choice_id=choice.id,
        step=choice.step,
        quality=quality,
        read_as=getattr(reading, "kind", "") if reading is not None else "",
        reading=reading,
        answer=answer,
        heard=heard,
    )
    return _end_if_over(scenario, result)


def _home(scenario: Scenario, choice: Choice) -> Node:
    """The node that lists ``choice``."""
    return next(n for n in scenario.nodes.values() if choice in n.choices)


def _their_words(state: PlayState, node: Node) -> str:
    """What the person said last: the transcript's last line of theirs, else the node's."""
    for who, said in reversed(state.transcript):
        if who == "persona":
            return said
    return node.say


def _stay(
    scenario, state, node, text, heard, fb, routed, step, feedback, quality="weak"
) -> TurnResult:
    """A typed line that moves nothing on: the persona reacts, the node stays.

    It costs trust, but never the last of it: a line that was not heard (perhaps the
    engine's failing as much as the learner's) does not end the meeting by itself; only a
    move that was heard does (:func:`_end_if_over`), and the time limit still applies.
    """
    talk = speaking_minutes(text)
    record = () if not step else (StepRecord(step, quality, "", True, False),)
    floor = _trust_floor(scenario) + 1
    new = replace(
        state,
        trust=max(state.trust + fb.trust, min(state.trust, floor)),
        minutes=state.minutes + talk + max(0.0, fb.minutes - talk),
        talk_minutes=state.talk_minutes + talk,
        steps=state.steps + record,
        transcript=state.transcript + (("organizer", text), ("persona", fb.say)),
    )
    kind = getattr(heard.reading, "kind", "other")
    result = TurnResult(
        state=new,
        reply=fb.say,
        feedback=feedback,
        routed=routed,
        step=step,
        quality=quality if step else "",
        read_as=kind,
        reading=heard.reading,
        heard=heard,
    )
    return _end_if_over(scenario, result)


def _not_heard(scenario, state, node: Node, text: str, heard) -> TurnResult:
    fb = node.fallback or scenario.fallback
    kind = getattr(heard.reading, "kind", "other").replace("_", " ")
    if heard.how == "unclear":
        options = " or as ".join(f"'{c.text}'" for c in heard.could_be[:2])
        feedback = (
            f"Read as {kind}. That could be heard as {options}. Say a little more, so it is "
            "clear which you mean."
        )
        fb = replace(fb, trust=0)
        return _stay(scenario, state, node, text, heard, fb, "unclear", "", feedback)
    pushed = "push" in signals_of(heard.reading)
    presses = pressing(scenario, node, bool(state.asks))
    leads = getattr(heard.reading, "kind", "") == "leading_question" and ("?" in text or pushed)
    if leads and not (pushed and presses):
        return _leading(scenario, state, node, text, heard)
    if pushed and not presses:
        # Pressing words before any ask lead rather than push: weak, and no push's cost.
        feedback = f"Read as {kind}, and not understood here. {LEADING_NOTE} {what_fits(node)}"
        return _stay(scenario, state, node, text, heard, fb, "fallback", node_step(node), feedback)
    if pushed:
        # A push with no listed push to be heard as: still harmful, and it costs trust.
        fb = replace(fb, trust=min(fb.trust, PUSH_TRUST))
        feedback = f"Read as {kind}. {PUSH_NOTE}"
        return _stay(
            scenario, state, node, text, heard, fb, "fallback", node_step(node), feedback, "harmful"
        )
    hint = getattr(heard.reading, "suggestion", "") or ""
    feedback = " ".join(
        part
        for part in (
            f"Read as {kind}, and not understood here. {fb.feedback}",
            speech_note(heard.reading, text),
            what_fits(node),
            hint,
        )
        if part
    )
    return _stay(scenario, state, node, text, heard, fb, "fallback", node_step(node), feedback)


def _leading(scenario, state, node: Node, text: str, heard) -> TurnResult:
    """A leading question that is no move listed here: heard and named as one (a person
    understands it, and goes along), weak and not credited, and the node stays."""
    fb = DEFAULT_LEADING
    if "push" in signals_of(heard.reading):
        # Pressing words before any ask: the reader's hint is about a push after a no.
        said = (f"{fb.feedback.split(':')[0]}.", LEADING_NOTE)
    else:
        said = (fb.feedback, getattr(heard.reading, "suggestion", "") or "")
    feedback = " ".join(p for p in (*said, what_fits(node)) if p)
    return _stay(scenario, state, node, text, heard, fb, "leading", node_step(node), feedback)


def _too_soon(state: PlayState, node: Node, heard) -> bool:
    """True for an ask typed before the meeting reached the ask: read as an ask, heard as
    nothing here, at a node that takes no asks, and no ask made yet."""
    return (
        heard.how == "not_understood"
        and getattr(heard.reading, "kind", "") == "ask"
        and not state.asks
        and not takes_asks(node)
    )


def _under_way(state: PlayState) -> bool:
    """True once the learner has shared their story and asked about them (credited): an
    ask then is early, but not an ask "before you know anything about them"."""
    asked = any(r.step == "open_questions" and r.credited for r in state.steps)
    return state.story_shared and asked


def _vague(scenario, state, node: Node, text: str, heard) -> TurnResult:
    fb = node.vague or DEFAULT_VAGUE
    stand_in = next((c for c in node.choices if c.ask), None)
    step = stand_in.step if stand_in else node_step(node)
    feedback = fb.feedback
    if presses_in_ask(heard.reading, text):
        feedback = f"{feedback} {PRESSED_ASK}"
    return _stay(scenario, state, node, text, heard, fb, "vague", step, feedback)


def node_step(node: Node) -> str:
    """The step a node is mostly about: the step of its strong choices (else its first)."""
    strong = [c.step for c in node.choices if c.quality == "strong"]
    steps = strong or [c.step for c in node.choices]
    return max(dict.fromkeys(steps), key=steps.count) if steps else ""


def what_fits(node: Node) -> str:
    """A hint naming the moves that would fit at this node (by method step)."""
    from commonground import method

    elements = method.load()
    titles = []
    for choice in node.choices:
        if choice.quality == "strong":
            title = elements.element(choice.step).title
            if title not in titles:
                titles.append(title)
    return (
        f"What would fit here: {'; '.join(t[0].lower() + t[1:] for t in titles)}." if titles else ""
    )


def _trust_floor(scenario: Scenario) -> int:
    """Trust at or below which the persona ends the meeting."""
    return min(scenario.persona.trust_start, 0) - TRUST_DROP


def _end_if_over(scenario: Scenario, result: TurnResult) -> TurnResult:
    """The persona ends a meeting far over time, or one that has lost their trust."""
    state = result.state
    if state.finished:
        return result
    if state.minutes >= OVER_TIME_FACTOR * scenario.meeting.planned_minutes:
        ending = OUT_OF_TIME
    elif state.trust <= _trust_floor(scenario):
        ending = TRUST_LOST
    else:
        return result
    node = scenario.node(ending)
    new = replace(
        state,
        node=ending,
        ending=ending,
        transcript=state.transcript[:-1]
        + (("persona", f"{state.transcript[-1][1]} {node.say}".strip()),),
    )
    return replace(result, state=new, reply=f"{result.reply} {node.say}".strip())
