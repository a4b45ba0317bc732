"""Rapid response drills for lesson 07, built from the role-play scenarios (all synthetic).

Each scenario's ask point has four answer branches (yes, maybe, no for the timing, no
for the activity). A drill shows an ask, the persona's answer from that branch, and the
organizer's replies there, one of them the method's (``quality: strong``). Where the
method's reply leads on to the persona explaining the maybe or the no, that explanation
and the adjusted asks or alternatives make a second drill.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

from commonground import method
from commonground.lessons.drills import first_name
from commonground.planners.reading import ASKS_FOR_MORE, asks_for_more
from commonground.planners.when import hedge, when_problem
from commonground.questions.model import Option
from commonground.reader import read_line
from commonground.reader.keywords import match_keywords
from commonground.roleplay import ANSWERS, list_scenarios, load_scenario
from commonground.roleplay.answer import answer_ask, view_of

#: The four cases a learner drills, with their label and the method element behind them.
CASES = {
    "yes": ("Yes", "respond_yes"),
    "maybe": ("Maybe", "respond_maybe"),
    "no_timing": ("No, because of the timing", "respond_no"),
    "no_activity": ("No, because of the activity", "respond_no"),
}


@dataclass(frozen=True)
class ResponseDrill:
    """One drill: the ask, the persona's answer, and the replies to choose from (each an
    :class:`~commonground.questions.model.Option` of the one question model: its text,
    why it is or is not the method's reply, and whether it is).

    ``stage`` is ``"answer"`` (respond to the first answer) or ``"reason"`` (they have
    explained the maybe or the no: adjust the ask or offer an alternative).
    """

    id: str
    scenario_id: str
    speaker: str
    case: str
    stage: str
    ask: str
    says: str
    options: tuple[Option, ...]
    element: str

    @property
    def guidance(self) -> str:
        """The method's teaching for this step, in one line."""
        e = method.load().element(self.element)
        return f"{e.title}: {e.teach}"


def _first_branch(scenario, case):
    """The first authored ask the persona answers with ``case``, the node that answer
    leads to, and the replies there; ``None`` when no ask leads to a usable branch."""
    known = [f.id for f in scenario.persona.hidden_facts]
    element = CASES[case][1]
    for node in scenario.nodes.values():
        for choice in node.choices:
            if choice.ask is None or choice.step != "ask":
                continue
            routes = choice.answers or node.answers or {}
            target = scenario.nodes.get(routes.get(case, ""))
            if target is None:
                continue
            ask = scenario.campaign.ask(choice.ask)
            heard = answer_ask(scenario.persona, view_of(ask), known, scenario.persona.trust_needed)
            options = _options(target, {element})
            if heard.answer == case and sum(o.right for o in options) == 1:
                return ask, target, options
    return None


def _options(node, steps) -> tuple[Option, ...]:
    return tuple(
        Option(c.text, c.feedback, c.quality == "strong") for c in node.choices if c.step in steps
    )


def scenario_drills(scenario) -> list[ResponseDrill]:
    """Every response drill a scenario offers, from the answer branches of its asks."""
    speaker = first_name(scenario.persona.name)
    out = []
    for case in ANSWERS:
        branch = _first_branch(scenario, case)
        if branch is None:
            continue
        ask, target, options = branch
        element = CASES[case][1]
        out.append(
            ResponseDrill(
                f"{scenario.id}:{case}",
                scenario.id,
                speaker,
                case,
                "answer",
                ask.text,
                target.say,
                options,
                element,
            )
        )
        probe = next(c for c in target.choices if c.step == element and c.quality == "strong")
        reason = scenario.nodes.get(probe.next or "")
        if reason is None:
            continue
        alternatives = _options(reason, {"offer_alternative"})
        if sum(o.right for o in alternatives) == 1:
            out.append(
                ResponseDrill(
                    f"{scenario.id}:{case}:reason",
                    scenario.id,
                    speaker,
                    case,
                    "reason",
                    ask.text,
                    reason.say,
                    alternatives,
                    "offer_alternative",
                )
            )
    return out


def all_response_drills() -> list[ResponseDrill]:
    """Every scenario's response drills, in scenario order."""
    drills = []
    for info in list_scenarios():
        if not info.error:
            drills.extend(scenario_drills(load_scenario(info.path)))
    return drills


def build_round(seed: int = 0, per_case: int = 2) -> list[ResponseDrill]:
    """A round of drills: ``per_case`` of each of the four cases, shuffled by ``seed``.

    The same seed always gives the same round, in the same order, with the same option
    order (options are shuffled too, so the right reply is not always first).
    """
    rng = random.Random(seed)
    pool = all_response_drills()
    picked = []
    for case in ANSWERS:
        of_case = [d for d in pool if d.case == case]
        picked.extend(rng.sample(of_case, min(per_case, len(of_case))))
    rng.shuffle(picked)
    shuffled = []
    for drill in picked:
        options = list(drill.options)
        rng.shuffle(options)
        shuffled.append(replace(drill, options=tuple(options)))
    return shuffled


def check_response(drill: ResponseDrill, choice: int) -> tuple[bool, str]:
    """Whether the chosen reply is the method's, and feedback in the method's terms."""
    option = drill.options[choice]
    label = CASES[drill.case][0]
    if option.right:
        return True, f"Right. {option.feedback} ({label}. {drill.guidance})"
    return False, f"Not the best reply. {option.feedback} Remember: {drill.guidance}"


# --- typed replies ---------------------------------------------------------------------
_QUESTIONS = ("open_question", "closed_question", "factual_question")
# Sharing or promising the details, or confirming them. "See you then!" alone is neither:
# it names no when or where and checks nothing.
_DETAILS = re.compile(
    r"\b(text|send|sending|e-?mail|call|ring|details|address|confirm|still good|still on|"
    r"pick you up|remind)\b",
    re.IGNORECASE,
)
_TIME_OR_ACTIVITY = re.compile(
    r"\b(time|timing|day|date|when|week|weekend|morning|afternoon|evening|night|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|activity|thing itself|"
    r"kind of|sort of|your thing|the task|the job|itself|something else|instead)\b",
    re.IGNORECASE,
)
_MAYBE_PROBE = re.compile(
    r"\b(hard|difficult|tricky|make it|depend\w*|worr\w*|concern\w*|unsure|hesita\w*|need|"
    r"help you decide|questions?|doubts?|know more|mean)\b",
    re.IGNORECASE,
)


def judge_typed(drill: ResponseDrill, text: str) -> tuple[bool, str]:
    """Judge a reply the learner typed instead of picking one (rough, rule-based).

    The line is read by :func:`commonground.reader.read_line`; the rules follow the
    method: a yes gets details or a confirmation; a maybe gets a question about what it
    means; a no gets a question about whether it is the time or the activity; once the
    reason is known, the reply is a specific alternative ask that avoids what they
    cannot do. Pressing after their answer (the reader's ``push`` signal) or putting
    them on the spot is marked harmful, whatever else the line does. Every verdict says
    which rule decided it.
    """
    text = " ".join(str(text or "").split())
    if not text:
        return False, "Type a reply first."
    scenario = load_scenario(drill.scenario_id)
    constraints = {f.id: f.keywords for f in scenario.persona.constraints}
    reading = read_line(text, conflict_keywords=constraints)
    signals = set(reading.signals)
    remember = f"Remember: {drill.guidance}"
    if "push" in signals and drill.case != "yes":
        return False, (
            "Harmful: that pushes after their answer. Pressing someone who has said "
            f"{'maybe' if drill.case == 'maybe' else 'no'} costs trust and rarely changes "
            f"their mind; accept it and find out what is behind it. {remember}"
        )
    if "on_the_spot" in signals:
        return False, (
            "Harmful: that puts them on the spot, and sounds like blame. Ask what gets in "
            f"the way instead. {remember}"
        )
    if drill.stage == "reason":
        if reading.kind != "ask":
            return False, f"Offer the alternative as a clear ask ('Would you...'). {remember}"
        clashes, _ = match_keywords(text, constraints)
        if clashes:
            fact = scenario.persona.fact(clashes[0])
            return False, f"That still runs into what they told you: {fact.text} {remember}"
        named = set(reading.specific_parts)
        if not {"time", "place"} & named:
            return False, f"Make the alternative specific: a day and time, a place. {remember}"
        open_when = when_problem(text) if "time" in named else hedge(text)
        if open_when:
            if "time" not in named:
                open_when = f"'{open_when}' leaves it open."
            return False, f"Make the alternative specific. {open_when} {remember}"
        return True, "Right: a specific alternative that avoids what they cannot do."
    if drill.case == "yes":
        if asks_for_more(text):
            return False, f"{ASKS_FOR_MORE} {remember}"
        if hedge(text):
            return False, (
                f"'{hedge(text)}' leaves the plan open: share the details, or say exactly "
                f"when you will send them, and confirm. {remember}"
            )
        if {"confirm_details", "follow_up"} & signals:
            return True, "Right: you confirm the details, so the yes turns into a plan."
        if _DETAILS.search(text) or {"time", "place"} & set(reading.specific_parts):
            return True, "Right: you share the details and confirm."
        return False, (
            "Share the details and confirm (our advice: what, when, where, and who to "
            f"contact). {remember}"
        )
    if drill.case == "maybe" and {"probe_maybe", "probe_no"} & signals:
        return True, "Right: you ask what the maybe means before changing anything."
    if drill.case != "maybe" and "probe_no" in signals:
        return True, "Right: you are finding out whether the no is about the time or the activity."
    if reading.kind == "ask":
        return (
            False,
            f"You went straight to a new ask; first find out what is behind it. {remember}",
        )
    if reading.kind not in _QUESTIONS:
        return False, f"Ask them a question to find out what is behind the answer. {remember}"
    if drill.case == "maybe":
        if _MAYBE_PROBE.search(text) and "turns_to_them" in signals:
            return True, "Right: you ask what the maybe means before changing anything."
        return False, f"Ask what would make it hard, or what the maybe depends on. {remember}"
    if _TIME_OR_ACTIVITY.search(text):
        return True, "Right: you are finding out whether the no is about the time or the activity."
    return False, f"Find out whether it is the time or the activity. {remember}"
