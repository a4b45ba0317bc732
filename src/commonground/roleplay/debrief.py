"""The debrief at the end of a play: how each method step went and what to try next.

Scores: a strong move counts 1, a weak one 0.5, a harmful one 0, and a typed line whose
words did not do the step it was heard as (or that was not understood) 0. A harmful move
is listed as harmful whether it was clicked or typed (a push typed in one's own words is
never credited, but the step was done, badly: not skipped). A meeting
step's score is the mean of the moves that practised it (moves tagged with a *respond*
element count for the ``respond`` step, *close* elements for ``close_conversation``), as
a percentage. Listening, which runs through the whole meeting rather than being a step,
is scored the same way from the moves that practise it. The overall score is the mean
over listening and the eight meeting steps, one that no line did counting 0. Such a step
is listed as *skipped* when no move was ever heard as it, and as *not done* when the
learner tried it in words that did not do it (a résumé where the story belongs, "We
agree." for common ground, a closed question for an open one): the two are told apart,
since "you skipped it" is untrue of a step the learner tried. A play with a harmful move in it scores at most :data:`HARMFUL_CAP` (pushing
past a no, advice, a pitch before listening: one such move is enough to make the
meeting a poor one, however well the rest went).

Talk time: the share of the meeting the organizer spent talking, set against the
course's own advice (not the source guide's) to listen about 70% of the time.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from commonground import method
from commonground.roleplay.answer import answer_ask, view_of
from commonground.roleplay.model import Scenario
from commonground.roleplay.state import PlayState

POINTS = {"strong": 1.0, "weak": 0.5, "harmful": 0.0}
#: The course's advice (ours, not the source guide's): talk about 30% of the time.
TALK_SHARE_ADVICE = 0.3
NOT_DONE = "not done"
#: The most a play with a harmful move in it can score (ours): the bar for a poor play.
HARMFUL_CAP = 60
#: The meeting step that other parts' elements count toward. The "about" part's elements
#: (advice, a pitch before knowing them, talking past them) are failures to listen, so a
#: harmful one costs points under listening rather than nothing.
PART_TO_STEP = {"respond": "respond", "close": "close_conversation", "about": "listening"}


@dataclass(frozen=True)
class StepScore:
    """How one meeting step went: score 0-100 (``None`` when no line did it) and the moves.

    ``qualities`` lists every move heard as this step; a typed line whose words did not
    do the step is listed as ``"not done"``.
    """

    step: str
    title: str
    score: int | None
    qualities: tuple[str, ...]


@dataclass(frozen=True)
class Debrief:
    """Everything shown after a play; :meth:`as_dict` gives plain JSON-ready data.

    ``skipped`` lists the steps no move was heard as; ``not_done`` those tried only in
    words that did not do them (both score nothing).
    """

    scenario: str
    ending: str
    ending_text: str
    score: int
    steps: tuple[StepScore, ...]
    skipped: tuple[str, ...]
    facts_available: tuple[dict, ...]
    facts_learned: tuple[dict, ...]
    minutes_used: int
    minutes_planned: int
    ask: dict | None
    stronger_ask: dict | None
    reflection: str
    story_shared: bool
    common_ground: tuple[str, ...]
    talk_share: int | None = None
    talk_note: str = ""
    not_done: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        """The debrief as JSON-serialisable data."""
        return asdict(self)


def meeting_step_of(element_id: str) -> str | None:
    """The meeting step an element counts toward (``None`` for other parts)."""
    element = method.load().element(element_id)
    if element.part == "meeting":
        return element.id
    return PART_TO_STEP.get(element.part)


def step_scores(state: PlayState) -> tuple[StepScore, ...]:
    """A :class:`StepScore` for listening (throughout) and every meeting step, in order."""
    by_step: dict[str, list[str]] = {}
    for record in state.steps:
        step = meeting_step_of(record.step)
        if step:
            done = record.credited or record.quality == "harmful"
            by_step.setdefault(step, []).append(record.quality if done else NOT_DONE)
    scores = []
    for element in method.load().in_part("meeting"):
        found = tuple(by_step.get(element.id, ()))
        done = any(q != NOT_DONE for q in found)
        points = sum(POINTS.get(q, 0.0) for q in found)
        value = round(100 * points / len(found)) if done else None
        scores.append(StepScore(element.id, element.label, value, found))
    return tuple(scores)


def overall_score(steps) -> int:
    """Mean of the step scores, a skipped step counting 0; at most :data:`HARMFUL_CAP`
    when any move was harmful."""
    if not steps:
        return 0
    score = round(sum(s.score or 0 for s in steps) / len(steps))
    if any("harmful" in s.qualities for s in steps):
        score = min(score, HARMFUL_CAP)
    return score


def skipped_steps(steps) -> tuple[str, ...]:
    """The steps no move was ever heard as (never tried)."""
    return tuple(s.step for s in steps if s.score is None and not s.qualities)


def tried_steps(steps) -> tuple[str, ...]:
    """The steps tried only in words that did not do them (every move ``"not done"``)."""
    return tuple(s.step for s in steps if s.score is None and s.qualities)


def stronger_ask(scenario: Scenario, state: PlayState) -> dict | None:
    """The scenario's best ask for this person: one that gets a yes once you know them.

    Asks that fit what *this* play discovered rank first, then asks that fit more.
    """
    persona = scenario.persona
    everything = [f.id for f in persona.hidden_facts]
    learned = set(state.facts)
    best, best_key = None, None
    for ask in scenario.campaign.asks:
        if answer_ask(persona, view_of(ask), everything, 10**6).answer != "yes":
            continue
        key = (len(learned.intersection(ask.fits)), len(ask.fits))
        if best_key is None or key > best_key:
            best, best_key = ask, key
    if best is None:
        return None
    first = state.first_ask
    return {
        "ask_id": best.id,
        "ask_type": best.ask_type,
        "text": best.text,
        "fits": [persona.fact(f).text for f in best.fits],
        "already_made": bool(first and first.ask_id == best.id and first.answer == "yes"),
        "needs_learning": [persona.fact(f).text for f in best.fits if f not in learned],
    }


def reflection(scenario: Scenario, state: PlayState, steps) -> str:
    """A prompt for the learner: the ending's own, then the weakest step to work on."""
    node = scenario.node(state.ending) if state.ending else None
    parts = [node.reflect] if node is not None and node.reflect else []
    weakest = sorted(steps, key=lambda s: (s.score is not None, s.score or 0))
    if weakest and (weakest[0].score or 0) < 100:
        target = weakest[0]
        element = method.load().element(target.step)
        if element.throughout:  # listening is not a step: it runs through the meeting
            verb = "No line showed" if target.score is None else "Your weakest skill was"
        else:
            verb = "Your weakest step was"
            if target.score is None:  # tried in words that did not do it, or never tried
                verb = "Your lines did not do" if target.qualities else "You skipped"
        parts.append(f"{verb} '{target.title}'. {element.teach} What will you do differently?")
    else:
        parts.append("Every step went well. What did you learn about them that surprised you?")
    return " ".join(parts)


def debrief(scenario: Scenario, state: PlayState) -> Debrief:
    """Build the debrief for a play (finished or not)."""
    steps = step_scores(state)
    persona = scenario.persona
    node = scenario.node(state.ending) if state.ending else None
    first, final = state.first_ask, state.final_ask
    ask = None
    if first is not None:
        ask = {
            "ask_id": first.ask_id,
            "ask_type": first.ask_type,
            "text": first.text,
            "specific": first.specific,
            "fit": first.fit,
            "answer": first.answer,
            "final_answer": final.answer,
            "alternatives_tried": len(state.asks) - 1,
            "responses": [{"step": r.step, "quality": r.quality} for r in state.responses],
        }
    return Debrief(
        scenario=scenario.id,
        ending=state.ending,
        ending_text=node.debrief if node is not None else "",
        score=overall_score(steps),
        steps=steps,
        skipped=skipped_steps(steps),
        not_done=tried_steps(steps),
        facts_available=tuple(
            {"id": f.id, "category": f.category, "text": f.text} for f in persona.hidden_facts
        ),
        facts_learned=tuple(
            {"id": f, "category": persona.fact(f).category, "text": persona.fact(f).text}
            for f in state.facts
        ),
        minutes_used=round(state.minutes),
        minutes_planned=scenario.meeting.planned_minutes,
        ask=ask,
        stronger_ask=stronger_ask(scenario, state),
        reflection=reflection(scenario, state, steps),
        story_shared=state.story_shared,
        common_ground=state.common_ground,
        talk_share=None if state.talk_share is None else round(100 * state.talk_share),
        talk_note=talk_note(state),
    )


def talk_note(state: PlayState) -> str:
    """The learner's share of the talking, against the course's 30/70 advice."""
    share = state.talk_share
    if share is None:
        return ""
    said = f"You talked for about {round(100 * share)}% of the meeting."
    advice = (
        "Our advice (the course's, not the source guide's): talk about 30% of the time "
        "and listen about 70%."
    )
    if share > TALK_SHARE_ADVICE + 0.1:
        return f"{said} That is more than they did. {advice}"
    return f"{said} {advice}"
