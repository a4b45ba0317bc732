"""The ask builder (lesson 06): is an ask specific, does it fit the person, what is sharper?

Works on a role-play scenario (:mod:`commonground.roleplay`): its persona's hidden facts
are "what you learned", their keywords decide fit, the constraints' keywords decide
conflict, and the scenario's own asks supply a sharper suggestion. All reading of the
typed ask is done by :func:`commonground.reader.read_line`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from commonground.planners.when import when_problem
from commonground.reader import read_line
from commonground.reader.keywords import match_keywords
from commonground.reader.paper_asks import needed_parts

#: The parts the method asks for; ``amount`` is reported but not required.
REQUIRED_PARTS = ("activity", "time", "place")
_PART_EXAMPLES = {
    "activity": "a concrete activity ('knock on doors', 'host a coffee')",
    "time": "a day and time ('Tuesday at 5pm')",
    "place": "a place ('from the Fulton Street office', 'in your front room')",
}


def learned(scenario) -> list[tuple[str, str, bool]]:
    """What the learner knows about the persona: ``(fact_id, text, is_constraint)`` rows.

    In the role-play these come out of the conversation; here they are all given, as if
    the 1:1 had gone well.
    """
    return [(f.id, f.text, f.category == "constraint") for f in scenario.persona.hidden_facts]


def fit_keywords(scenario) -> dict[str, tuple[str, ...]]:
    """``{fact_id: keywords}`` for what they care about (every non-constraint fact)."""
    return {f.id: f.keywords for f in scenario.persona.hidden_facts if f.category != "constraint"}


def conflict_keywords(scenario) -> dict[str, tuple[str, ...]]:
    """``{fact_id: keywords}`` for the persona's constraints."""
    return {f.id: f.keywords for f in scenario.persona.constraints}


@dataclass(frozen=True)
class AskScore:
    """The verdict on one typed ask.

    Attributes
    ----------
    text
        The ask as typed.
    kind
        The reader's kind; anything but ``"ask"`` is not an ask yet.
    parts
        Which of activity, time, place, amount it names.
    missing
        Which of the parts it needs (``needed``) it does not name.
    fit_matches
        Facts about the person it connects to.
    conflicts
        Constraints it runs into.
    messages
        Plain sentences for the learner, in order.
    sharper
        The scenario ask suggested instead (its text), "" when the ask is already sharp.
    needed
        The parts it must name: :data:`REQUIRED_PARTS`, less the place for an ask done
        where they are (a call, a signature).
    """

    text: str
    kind: str
    parts: tuple[str, ...]
    missing: tuple[str, ...]
    fit_matches: tuple[str, ...]
    conflicts: tuple[str, ...]
    messages: tuple[str, ...] = field(default_factory=tuple)
    sharper: str = ""
    needed: tuple[str, ...] = REQUIRED_PARTS

    @property
    def specificity(self) -> int:
        """How many of the parts it needs it names (0 to ``len(needed)``)."""
        return len(self.needed) - len(self.missing)

    @property
    def fits(self) -> bool:
        """Connects to something they care about and runs into none of their constraints."""
        return bool(self.fit_matches) and not self.conflicts

    @property
    def ready(self) -> bool:
        """Specific and fitting: the method's ask."""
        return self.kind == "ask" and not self.missing and self.fits


def best_ask(scenario, text: str, fit_matches=()) -> object | None:
    """The scenario ask to suggest instead of ``text``.

    The rule: if ``text`` is about one of the scenario's asks (it uses that ask's
    keywords) and that ask is specific and clashes with nothing, suggest it in full. If
    that ask clashes with a constraint, suggest its first prepared alternative. Otherwise
    suggest the specific, clash-free ask whose fits overlap most with what ``text``
    matched, then the one that fits most facts.
    """
    asks = scenario.campaign.asks

    def clean(ask) -> bool:
        return ask.specific and not ask.conflicts

    by_id = {a.id: a for a in asks}
    about, _ = match_keywords(text, {a.id: a.keywords for a in asks})
    for ask_id in about:
        ask = by_id[ask_id]
        if clean(ask):
            return ask
        for alt in ask.alternatives:
            if alt in by_id and clean(by_id[alt]):
                return by_id[alt]
    candidates = [a for a in asks if clean(a)]
    if not candidates:
        return None
    wanted = set(fit_matches)
    return max(candidates, key=lambda a: (len(wanted & set(a.fits)), len(a.fits)))


def score_ask(scenario, text: str) -> AskScore:
    """Score a typed ask against a scenario's persona.

    Examples
    --------
    >>> from commonground.roleplay import load_scenario
    >>> s = score_ask(load_scenario("night_shift_nurse"), "Could you help sometime?")
    >>> s.missing, s.ready
    (('activity', 'time', 'place'), False)
    """
    text = " ".join(str(text or "").split())
    facts = {f.id: f for f in scenario.persona.hidden_facts}
    reading = read_line(text, fit_keywords(scenario), conflict_keywords(scenario))
    parts = reading.specific_parts
    # The reader counts "Saturday" or "at 10am" alone as a time; the method's ask names
    # the day and the time of day, and nothing left open ("tomorrow-ish").
    open_when = when_problem(text) if "time" in parts else ""
    # An ask done where they are (signing, calling, texting) needs no place (ours).
    required = tuple(p for p in REQUIRED_PARTS if p in needed_parts(text, REQUIRED_PARTS))
    missing = tuple(p for p in required if p not in parts or (p == "time" and open_when))
    clashes, _ = match_keywords(text, conflict_keywords(scenario)) if text else ((), {})
    messages = []
    if reading.kind != "ask":
        messages.append(
            "This does not read as an ask yet. Ask them to do one thing: 'Would you...', "
            "'Could you join us...'."
        )
    n = len(required)
    if missing:
        wanted = "; ".join(_PART_EXAMPLES[p] for p in missing)
        messages.append(f"Specific: {n - len(missing)} of {n}. Add {wanted}.")
        if open_when:
            messages.append(open_when)
    elif n == 3:
        messages.append("Specific: 3 of 3. It names the activity, the day and time, and the place.")
    else:
        messages.append(
            f"Specific: {n} of {n}. It names the activity and the day; done where they are, "
            "it needs no place (our advice)."
        )
    if "amount" in parts:
        messages.append("It also says how much, which helps them picture it.")
    for fact_id in reading.fit_matches:
        messages.append(f"Fits what you learned: {facts[fact_id].text}")
    if not reading.fit_matches and text:
        messages.append(
            "It connects to nothing you learned about them. Build it on something they told you."
        )
    for fact_id in clashes:
        fact = facts[fact_id]
        reason = "the timing" if fact.blocks == "timing" else "the activity"
        messages.append(
            f"Runs into {reason}: {fact.text} Expect a no; change {reason} before you ask."
        )
    score = AskScore(
        text, reading.kind, parts, missing, reading.fit_matches, tuple(clashes), needed=required
    )
    sharper = ""
    if not score.ready:
        suggestion = best_ask(scenario, text, reading.fit_matches)
        sharper = suggestion.text if suggestion is not None else ""
    return replace(score, messages=tuple(messages), sharper=sharper)


def describe_score(score: AskScore) -> str:
    """The verdict on an ask as plain text (lesson 06 prints it)."""
    lines = [f"Ask: {score.text}", *(f"- {m}" for m in score.messages)]
    if score.sharper:
        lines.append(f"A sharper ask: {score.sharper}")
    return "\n".join(lines)
