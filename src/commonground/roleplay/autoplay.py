"""Seeded random plays of a scenario: how its endings, scores and answers spread.

Each turn picks one of the offered choices at random; now and then (``typed_share``)
the choice's own line is *typed* instead, through :func:`~.engine.free_text`, so the
reader and the routing get exercised too. The same seed always gives the same report.
"""

from __future__ import annotations

import random
from statistics import mean

from commonground.roleplay.debrief import debrief
from commonground.roleplay.engine import choose, free_text, start
from commonground.roleplay.model import ANSWERS, Scenario
from commonground.roleplay.search import explore
from commonground.roleplay.state import AskRecord

MAX_TURNS = 200


def play_once(scenario: Scenario, rng: random.Random, typed_share: float = 0.15, reader=None):
    """One random play; returns ``(final state, typed lines, typed lines that fell back)``."""
    state = start(scenario)
    typed = fallbacks = 0
    for _ in range(MAX_TURNS):
        if state.finished:
            break
        options = scenario.node(state.node).choices
        choice = rng.choice(options)
        if rng.random() < typed_share:
            turn = free_text(scenario, state, choice.text, reader=reader)
            typed += 1
            fallbacks += turn.routed == "fallback"
        else:
            turn = choose(scenario, state, choice.id)
        state = turn.state
    return state, typed, fallbacks


def reasons_for(record: AskRecord) -> list[str]:
    """Why an ask got its answer, by the rules of :mod:`.answer` (first that applies).

    ``constraint:<fact id>`` (the ask ran into it), else for a yes ``specific_fitting_
    trusted``; otherwise each of ``not_specific`` and ``no_fit_discovered`` that holds,
    or ``trust_too_low`` when the ask was specific and fitting but came too early.
    """
    if record.reason:
        return [f"constraint:{record.reason}"]
    if record.answer == "yes":
        return ["specific_fitting_trusted"]
    found = [] if record.specific else ["not_specific"]
    found += [] if record.fit else ["no_fit_discovered"]
    return found or ["trust_too_low"]


def autoplay(
    scenario: Scenario, runs: int, seed: int = 0, typed_share: float = 0.15, reader=None
) -> dict:
    """Play ``runs`` seeded random plays; return a JSON-ready summary.

    Returns
    -------
    dict
        ``endings`` (ending id -> count, every ending listed), ``score`` (min, mean,
        max of the debrief score), ``answers`` (first answers: yes, maybe, no_timing,
        no_activity -> count), ``final_answers``, ``no_ask`` (plays without an ask),
        ``unfinished`` (plays cut at the turn limit), the typed-line counts, ``why``
        (answer -> reason -> how many asks got that answer for that reason, every ask
        of every play; see :func:`reasons_for`) and ``example_paths`` (ending -> one
        shortest list of choice ids reaching it, from :func:`.search.explore`).
    """
    if runs < 1:
        raise ValueError("runs must be at least 1")
    rng = random.Random(seed)
    endings = dict.fromkeys(scenario.endings(), 0)
    answers = dict.fromkeys(ANSWERS, 0)
    finals = dict.fromkeys(ANSWERS, 0)
    scores = []
    why: dict[str, dict[str, int]] = {}
    no_ask = unfinished = typed = fallbacks = 0
    for _ in range(runs):
        state, n_typed, n_fallback = play_once(scenario, rng, typed_share, reader)
        typed += n_typed
        fallbacks += n_fallback
        if not state.finished:
            unfinished += 1
        else:
            endings[state.ending] = endings.get(state.ending, 0) + 1
        for record in state.asks:
            for reason in reasons_for(record):
                counts = why.setdefault(record.answer, {})
                counts[reason] = counts.get(reason, 0) + 1
        if state.asks:
            answers[state.first_ask.answer] += 1
            finals[state.final_ask.answer] += 1
        else:
            no_ask += 1
        scores.append(debrief(scenario, state).score)
    return {
        "scenario": scenario.id,
        "runs": runs,
        "seed": seed,
        "endings": endings,
        "score": {"min": min(scores), "mean": round(mean(scores), 1), "max": max(scores)},
        "answers": answers,
        "final_answers": finals,
        "no_ask": no_ask,
        "unfinished": unfinished,
        "typed_lines": typed,
        "typed_fallbacks": fallbacks,
        "why": {a: dict(sorted(why[a].items())) for a in ANSWERS if a in why},
        "example_paths": explore(scenario).endings,
    }
