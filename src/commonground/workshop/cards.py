"""Role-play cards for a paired practice, built from a role-play scenario.

Two cards per scenario:

* the **persona card**, for the participant who plays the person: who they are, the
  hidden facts (interests, values, experiences, constraints, motivators) to reveal only
  when asked well, and how to answer a good ask versus a vague one;
* the **organizer card**: ONLY what an organizer would know beforehand (the public facts,
  the campaign and its asks, the purpose, setting, place and length of the meeting).

Cards are plain data (:class:`Card`); :mod:`commonground.workshop.printing` turns them
into HTML and PDF.

Examples
--------
>>> card = organizer_card("retired_teacher")
>>> card.role, card.sections[0].heading
('organizer', 'Who you are meeting')
"""

from __future__ import annotations

from dataclasses import dataclass

from commonground import labels

CATEGORY_HEADINGS = (
    ("interest", "Interests"),
    ("value", "Values"),
    ("experience", "Experiences"),
    ("motivator", "What moves you"),
    ("constraint", "Constraints (what gets in the way)"),
)
PURPOSE_WORDS = labels.PURPOSE_PHRASES
SETTING_WORDS = labels.SETTING_PHRASES
ANSWER_WORDS = labels.PLAY_ANSWER_PHRASES


#: How a section prints: a bulleted ``list``; ``ticks``, a tick box before each line
#: (and one for each ``[ ]`` inside a line); ``lines``, ruled lines to write on, filling
#: the rest of the page; ``quote``, a line to say out loud.
STYLES = ("list", "ticks", "lines", "quote")
#: In a line of a ``ticks`` section, where a tick box goes.
BOX = "[ ]"


@dataclass(frozen=True)
class Section:
    """A heading and its lines, and how they print (one of :data:`STYLES`)."""

    heading: str
    lines: tuple[str, ...]
    style: str = "list"

    def __post_init__(self):
        if self.style not in STYLES:
            raise ValueError(f"style must be one of {STYLES}, not {self.style!r}")


@dataclass(frozen=True)
class Card:
    """One printable card: for the ``organizer`` or the ``persona`` player."""

    role: str
    title: str
    subtitle: str
    sections: tuple[Section, ...]

    def text(self) -> str:
        """The whole card as plain text."""
        parts = [self.title, self.subtitle]
        for section in self.sections:
            parts.append(section.heading)
            if section.style == "ticks":
                parts.extend(line if BOX in line else f"{BOX} {line}" for line in section.lines)
            elif section.style == "lines":
                parts.extend("_" * 60 for _ in range(max(3, len(section.lines))))
            elif section.style == "quote":
                parts.extend(f'  "{line}"' for line in section.lines)
            else:
                parts.extend(f"- {line}" for line in section.lines)
        return "\n".join(parts)


def _scenario(scenario):
    if isinstance(scenario, str):
        from commonground.roleplay import load_scenario

        return load_scenario(scenario)
    return scenario


def organizer_card(scenario) -> Card:
    """The organizer's card: only what they would know before the meeting.

    Parameters
    ----------
    scenario
        A loaded :class:`~commonground.roleplay.Scenario` or a scenario name.
    """
    sc = _scenario(scenario)
    meeting = sc.meeting
    setup = [
        f"Purpose: {PURPOSE_WORDS.get(meeting.purpose, meeting.purpose)}.",
        f"Setting: {SETTING_WORDS.get(meeting.setting, meeting.setting)}.",
        f"Length agreed: about {meeting.planned_minutes} minutes.",
    ]
    if meeting.place:
        setup.append(f"Where and when: {meeting.place}")
    if meeting.organizer_note:
        setup.append(meeting.organizer_note)
    sections = (
        Section("Who you are meeting", (sc.persona.name, *sc.persona.public_facts)),
        Section("The meeting you set up", tuple(setup)),
        Section(f"Your campaign: {sc.campaign.name}", (sc.campaign.what, sc.campaign.why)),
        Section("Asks you have ready (pick the one that fits what you learn)", _ask_lines(sc)),
        Section(
            "Remember",
            (
                "Open with factual questions, share your story, then ask open questions.",
                "Listen more than you talk; name the common ground you hear.",
                "Make one clear, specific ask that fits them; have an alternative ready.",
                "Close by saying there will be follow-up, and thank them.",
            ),
        ),
    )
    return Card("organizer", f"Organizer card: {sc.title}", "For the organizer only.", sections)


def _ask_lines(sc) -> tuple[str, ...]:
    """The asks in an order that gives nothing away: by activity, then by wording.

    A scenario lists its asks as its author thought of them (often the strongest first);
    the card must not hint which one the scenario rewards.
    """
    from commonground.labels import label

    def key(ask):
        return (label(ask.ask_type, "ask_type").lower(), " ".join(ask.text.split()).lower())

    return tuple(" ".join(ask.text.split()) for ask in sorted(sc.campaign.asks, key=key))


def _manner(persona) -> str:
    """How the persona comes across at first, from how much trust they need to open up."""
    gap = persona.trust_needed - persona.trust_start
    if gap >= 3:
        return (
            "Guarded at first: polite, short answers. Open up only as the organizer listens "
            "and shares something of their own."
        )
    if gap == 2:
        return (
            "Friendly but careful: happy to chat, slower to say what really matters to you "
            "until you feel heard."
        )
    return "Warm and open from the start: you know and trust this organizer already."


def _opening_line(sc) -> str:
    start = sc.nodes.get(sc.start)
    return " ".join(start.say.split()) if start is not None and start.say else ""


def persona_card(scenario) -> Card:
    """The card for the participant playing the persona, hidden facts included."""
    from commonground.roleplay.answer import answer_ask, view_of

    sc = _scenario(scenario)
    persona = sc.persona
    meeting = sc.meeting
    voice = (
        _manner(persona),
        f"You agreed to meet {SETTING_WORDS.get(meeting.setting, meeting.setting)} for about "
        f"{meeting.planned_minutes} minutes. Speak in your own words: the facts below are "
        "what you know, not a script.",
    )
    sections = [Section("Who you are, and your voice", (persona.name, persona.description, *voice))]
    opening = _opening_line(sc)
    if opening:
        sections.append(
            Section("Your opening line (say it, or something like it)", (opening,), "quote")
        )
    sections.append(
        Section("What the organizer already knows", persona.public_facts or ("Nothing yet.",))
    )
    for category, heading in CATEGORY_HEADINGS:
        facts = [f.text for f in persona.hidden_facts if f.category == category]
        if facts:
            sections.append(Section(heading, tuple(facts)))
    every_fact = [f.id for f in persona.hidden_facts]
    answers = []
    for ask in sc.campaign.asks:
        well = answer_ask(persona, view_of(ask), every_fact, persona.trust_needed)
        text = " ".join(ask.text.split())
        answers.append(f'"{text}" Your answer: {ANSWER_WORDS[well.answer]}.')
    sections += [
        Section(
            "How to play it",
            (
                "Share a hidden fact only when a question invites it; answer factual "
                "questions briefly. Warm up when they share their story or name common ground.",
                "A specific ask (what, day and time, where) that grows out of what you said: "
                "yes, unless it runs into a constraint. A vague one: maybe, or a polite no.",
                "An ask that runs into a constraint: no, and say whether it is the day and "
                "time or the activity, so they can offer an alternative.",
            ),
        ),
        Section(
            "The campaign's asks, and your answer to each when asked after real listening",
            tuple(answers),
        ),
    ]
    return Card(
        "persona",
        f"Persona card: {sc.title}",
        "For the participant playing the person. Keep it hidden from the organizer. "
        "Synthetic: this person is invented.",
        tuple(sections),
    )


def observer_card(scenario) -> Card:
    """A paper version of the observer checklist for this scenario."""
    from commonground.workshop.observer import checklist_items

    sc = _scenario(scenario)
    return Card(
        "observer",
        f"Observer sheet: {sc.title}",
        "Tick each step as it happens and note the time.",
        (
            Section(
                "Steps (tick each as it happens; listening runs through the whole meeting)",
                tuple(f"{title}   time: ______" for _, title in checklist_items()),
                "ticks",
            ),
            Section(
                "The ask",
                (
                    "Specific? [ ] yes  [ ] no      Fits them? [ ] yes  [ ] no",
                    "Answer: [ ] yes  [ ] maybe  [ ] no      If no: [ ] the timing  "
                    "[ ] the activity  [ ] other",
                    "Alternative offered? [ ] yes  [ ] no      Final answer: [ ] yes  "
                    "[ ] maybe  [ ] no",
                ),
                "ticks",
            ),
            Section("The ask, word for word", ("",) * 3, "lines"),
            Section(
                "Notes for the debrief (what you saw, not what you thought)", ("",) * 4, "lines"
            ),
        ),
    )


def round_cards(scenario, with_observer: bool = True) -> list[Card]:
    """The cards one role-play round needs: organizer, persona (and observer)."""
    sc = _scenario(scenario)
    cards = [organizer_card(sc), persona_card(sc)]
    if with_observer:
        cards.append(observer_card(sc))
    return cards
