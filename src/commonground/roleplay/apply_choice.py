"""Taking a choice: a click, or a typed line heard as the choice (see :mod:`.engine`).

The move's effects are applied (trust, facts, story, common ground, minutes) and it is
graded. A typed line in other words than the choice's is judged on its own words
(:mod:`.line_checks`) and told the choice's feedback only when it is close to them; a
typed ask is answered as it was put (:mod:`.answer`), and graded on that answer where the
persona answers it otherwise than the prepared ask.
"""

from __future__ import annotations

from dataclasses import replace

from commonground.roleplay.answer import answer_ask, view_of
from commonground.roleplay.built_in_endings import end_if_over
from commonground.roleplay.feedback import CLOSE_WORDING, ask_feedback, choice_feedback, covered
from commonground.roleplay.hearing.scores import pressing
from commonground.roleplay.line_checks import judge_line
from commonground.roleplay.line_length import speaking_minutes
from commonground.roleplay.line_signals import signals_of
from commonground.roleplay.model import Choice, Node, Scenario
from commonground.roleplay.pressing_lines import PRESSED_ASK, presses_in_ask
from commonground.roleplay.replies import ask_reply
from commonground.roleplay.state import AskRecord, PlayState, StepRecord
from commonground.roleplay.turn_result import TurnResult


def _worse(a: str, b: str) -> str:
    order = ("strong", "weak", "harmful")
    return max(a, b, key=order.index)


def move_minutes(choice: Choice, said: str) -> tuple[float, float]:
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


def apply_choice(scenario, state, node, choice: Choice, typed=None, heard=None) -> TurnResult:
    """Take ``choice`` (clicked when ``typed`` is None, else heard from ``typed``).

    Parameters
    ----------
    scenario, state, node
        The play, and the node it is at.
    choice
        The choice taken (for a typed line, the one it was heard as).
    typed
        The typed line, or None for a click.
    heard
        How the typed line was heard (:class:`~.hearing.Hearing`), or None for a click.

    Returns
    -------
    TurnResult
        The new state, the persona's reply and the move's feedback, ended by
        :func:`.built_in_endings.end_if_over` where the meeting is over.
    """
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
    total, talk = move_minutes(choice, said if paraphrase else choice.text)
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
    return end_if_over(scenario, result)


def _home(scenario: Scenario, choice: Choice) -> Node:
    """The node that lists ``choice``."""
    return next(n for n in scenario.nodes.values() if choice in n.choices)


def _their_words(state: PlayState, node: Node) -> str:
    """What the person said last: the transcript's last line of theirs, else the node's."""
    for who, said in reversed(state.transcript):
        if who == "persona":
            return said
    return node.say
