"""A typed line taken as no move here: the persona reacts, and the node stays.

A line close to nothing here gets the persona's fallback (and costs points), with what
would fit; one as close to two different moves is asked to say more; a leading question
that is no listed move is named as one; pressing words are a push after an ask (harmful)
and a leading line before one; an ask that names no activity gets the node's ``vague``
reply, and one typed before the meeting reached the ask is too soon (see :mod:`.engine`).
"""

from __future__ import annotations

from dataclasses import replace

from commonground.roleplay.built_in_endings import end_if_over, trust_floor
from commonground.roleplay.hearing import takes_asks
from commonground.roleplay.hearing.scores import pressing
from commonground.roleplay.line_length import speaking_minutes, speech_note
from commonground.roleplay.line_signals import signals_of
from commonground.roleplay.model import DEFAULT_LEADING, DEFAULT_VAGUE, Node
from commonground.roleplay.pressing_lines import (
    LEADING_NOTE,
    PRESSED_ASK,
    PUSH_NOTE,
    presses_in_ask,
)
from commonground.roleplay.state import PlayState, StepRecord
from commonground.roleplay.turn_result import TurnResult
from commonground.roleplay.what_fits import node_step, what_fits

#: What a push costs when no listed push is there to be heard as (a listed one has its own).
PUSH_TRUST = -2


def stay(
    scenario, state, node, text, heard, fb, routed, step, feedback, quality="weak"
) -> TurnResult:
    """A typed line that moves nothing on: the persona reacts, the node stays.

    It costs trust, but never the last of it: a line that was not heard (perhaps the
    engine's failing as much as the learner's) does not end the meeting by itself; only a
    move that was heard does (:func:`.built_in_endings.end_if_over`), and the time limit
    still applies.
    """
    talk = speaking_minutes(text)
    record = () if not step else (StepRecord(step, quality, "", True, False),)
    floor = trust_floor(scenario) + 1
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
    return end_if_over(scenario, result)


def not_heard(scenario, state, node: Node, text: str, heard) -> TurnResult:
    fb = node.fallback or scenario.fallback
    kind = getattr(heard.reading, "kind", "other").replace("_", " ")
    if heard.how == "unclear":
        options = " or as ".join(f"'{c.text}'" for c in heard.could_be[:2])
        feedback = (
            f"Read as {kind}. That could be heard as {options}. Say a little more, so it is "
            "clear which you mean."
        )
        fb = replace(fb, trust=0)
        return stay(scenario, state, node, text, heard, fb, "unclear", "", feedback)
    pushed = "push" in signals_of(heard.reading)
    presses = pressing(scenario, node, bool(state.asks))
    leads = getattr(heard.reading, "kind", "") == "leading_question" and ("?" in text or pushed)
    if leads and not (pushed and presses):
        return _leading(scenario, state, node, text, heard)
    if pushed and not presses:
        # Pressing words before any ask lead rather than push: weak, and no push's cost.
        feedback = f"Read as {kind}, and not understood here. {LEADING_NOTE} {what_fits(node)}"
        return stay(scenario, state, node, text, heard, fb, "fallback", node_step(node), feedback)
    if pushed:
        # A push with no listed push to be heard as: still harmful, and it costs trust.
        fb = replace(fb, trust=min(fb.trust, PUSH_TRUST))
        feedback = f"Read as {kind}. {PUSH_NOTE}"
        return stay(
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
    return stay(scenario, state, node, text, heard, fb, "fallback", node_step(node), feedback)


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
    return stay(scenario, state, node, text, heard, fb, "leading", node_step(node), feedback)


def too_soon(state: PlayState, node: Node, heard) -> bool:
    """True for an ask typed before the meeting reached the ask: read as an ask, heard as
    nothing here, at a node that takes no asks, and no ask made yet."""
    return (
        heard.how == "not_understood"
        and getattr(heard.reading, "kind", "") == "ask"
        and not state.asks
        and not takes_asks(node)
    )


def under_way(state: PlayState) -> bool:
    """True once the learner has shared their story and asked about them (credited): an
    ask then is early, but not an ask "before you know anything about them"."""
    asked = any(r.step == "open_questions" and r.credited for r in state.steps)
    return state.story_shared and asked


def vague(scenario, state, node: Node, text: str, heard) -> TurnResult:
    fb = node.vague or DEFAULT_VAGUE
    stand_in = next((c for c in node.choices if c.ask), None)
    step = stand_in.step if stand_in else node_step(node)
    feedback = fb.feedback
    if presses_in_ask(heard.reading, text):
        feedback = f"{feedback} {PRESSED_ASK}"
    return stay(scenario, state, node, text, heard, fb, "vague", step, feedback)
