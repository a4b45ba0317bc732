"""Listening drills for lesson 04, kept as data (every person in them is synthetic).

Short monologues in each scenario persona's own words. Each line either comes from one
of the persona's hidden facts (see ``data/scenarios/*.yaml``) and so links to the
campaign, or is friendly small talk that does not.

Lesson 05's common-ground exchanges are questions like any other: the ``practice``
items of ``content/questions/05.yaml``, shown by
:func:`commonground.widgets.common_ground_picker`.

The response drills of lesson 07 are built from the scenarios' yes, maybe and no branches
in :mod:`commonground.lessons.response_rounds`.
"""

from __future__ import annotations

from dataclasses import dataclass

from commonground.roleplay import list_scenarios, load_scenario

# --- listening -------------------------------------------------------------------------

#: What a fact's category says about why it links to the campaign.
CATEGORY_LINKS = {
    "experience": "an experience of the very problem the campaign works on",
    "value": "a value the campaign shares",
    "motivator": "a personal reason to act",
    "interest": "something they enjoy doing, which an ask can be built on",
}

#: ``scenario id -> ((fact id or None, line in the persona's words), ...)``; ``None``
#: marks small talk that does not link to the campaign.
MONOLOGUES: dict[str, tuple[tuple[str | None, str], ...]] = {
    "night_shift_nurse": (
        (None, "The coffee machine on our floor has been broken since March."),
        (
            "forced_overtime",
            "Twice last month they told me at the end of a twelve-hour shift that I "
            "couldn't go home.",
        ),
        (None, "I keep meaning to get back into running, but my knees have other ideas."),
        (
            "daughter_retail",
            "My daughter works at the mall now, and she gets her shifts two days ahead.",
        ),
        (
            "mentors_new_nurses",
            "The new grads on my unit come to me when they're scared to say no to extra shifts.",
        ),
    ),
    "longtime_volunteer": (
        (
            "doing_it_alone",
            "Since the other captain moved away in spring, it's just me knocking on all "
            "four floors.",
        ),
        (None, "I do the crossword every morning; it keeps me sharp."),
        (
            "new_families",
            "Two new families on the third floor keep stopping me to ask what the union "
            "actually is.",
        ),
        (None, "My old van finally gave up, so I'm on the bus these days."),
        (
            "likes_teaching",
            "I've shown half the building how to read a rent statement. I like explaining "
            "how things work.",
        ),
    ),
    "pta_parent": (
        (
            "son_asthma",
            "My younger one has asthma, and his inhaler runs out faster in the weeks the "
            "lorries are busiest.",
        ),
        (None, "We're repainting the kitchen and nobody can agree on a colour."),
        (
            "numbers_person",
            "At the pharmacy I've noticed we fill far more inhaler prescriptions round here "
            "than we used to.",
        ),
        (
            "fairness",
            "They moved the lorry route off the nicer streets and straight onto ours.",
        ),
        (None, "I've been watching a baking show and now I want to bake everything."),
    ),
    "faith_leader": (
        (
            "line_doubled",
            "We fed about sixty families on a Saturday two years ago. Now it's a hundred and "
            "forty, and two weeks ago the rice was gone by ten.",
        ),
        (None, "The boiler in our hall makes a noise like a lorry; the caretaker has named it."),
        (
            "church_food_bank",
            "When my family arrived here I was nine, and for a year we ate from a church food "
            "bank. The pastor never once asked what we believed.",
        ),
        (None, "My daughter has taken up the violin, so our house is not quiet any more."),
        (
            "youth_circle",
            "I have twenty teenagers who volunteer at the pantry, and I want them to see how "
            "decisions get made in this county.",
        ),
    ),
    "over_committed": (
        (None, "I finally tried that new taco place by the depot. Worth the queue."),
        (
            "jaylen_reading",
            "They cut Jaylen's reading specialist in the spring, and in June he came home "
            "saying he was stupid.",
        ),
        (
            "phone_tree",
            "I run the stewards' phone tree. I can get forty members on a call inside an hour, "
            "and honestly I love it.",
        ),
        (None, "My car's been making a strange clicking noise all week."),
        (
            "marcus_wants_in",
            "Marcus at work keeps saying he'd do something for the schools if anyone asked "
            "him. Nobody has.",
        ),
    ),
    "retired_teacher": (
        (None, "Something has been eating my roses again; I blame the squirrels."),
        (
            "taught_reading",
            "I taught six- and seven-year-olds to read for thirty-four years, and I still miss it.",
        ),
        (
            "library_childhood",
            "I did my homework at the Eastside branch as a girl; a librarian there is why I "
            "became a teacher.",
        ),
        (None, "There's a thousand-piece jigsaw of the Alps taking over my dining table."),
        ("grandson_after_school", "My grandson Theo goes to the branch after school twice a week."),
    ),
}


@dataclass(frozen=True)
class Statement:
    """One line of a monologue: whether it links to the campaign, and why."""

    text: str
    links: bool
    why: str


@dataclass(frozen=True)
class Monologue:
    """A persona talking for a moment, split into statements to tick."""

    scenario_id: str
    speaker: str
    campaign: str
    statements: tuple[Statement, ...]


def first_name(persona_name: str) -> str:
    """``"Dana Reyes (synthetic)"`` -> ``"Dana"``."""
    return persona_name.split(" (")[0].split()[0]


def listening_monologues() -> list[Monologue]:
    """One monologue per scenario that has lines in :data:`MONOLOGUES`, in scenario order."""
    out = []
    for info in list_scenarios():
        if info.name not in MONOLOGUES or info.error:
            continue
        scenario = load_scenario(info.path)
        campaign = scenario.campaign.name.split(" (")[0]
        statements = []
        for fact_id, text in MONOLOGUES[info.name]:
            if fact_id is None:
                why = f"Friendly small talk: listen warmly, but it does not connect to {campaign}."
                statements.append(Statement(text, False, why))
                continue
            fact = scenario.persona.fact(fact_id)
            why = f"Links: {CATEGORY_LINKS[fact.category]}. Follow it up; an ask can grow from it."
            statements.append(Statement(text, True, why))
        speaker = first_name(scenario.persona.name)
        out.append(Monologue(info.name, speaker, campaign, tuple(statements)))
    return out


@dataclass(frozen=True)
class ListeningResult:
    """How a learner's picks compare with the links in a monologue."""

    found: int
    missed: int
    wrong: int
    total_links: int
    notes: tuple[str, ...]

    @property
    def perfect(self) -> bool:
        """Every link ticked and nothing else."""
        return self.missed == 0 and self.wrong == 0


def check_listening(monologue: Monologue, picked) -> ListeningResult:
    """Compare the ticked statement indices with the links; one note per statement."""
    picked = set(picked)
    found = missed = wrong = 0
    notes = []
    for n, s in enumerate(monologue.statements):
        if s.links and n in picked:
            found += 1
            notes.append(f"✓ {s.why}")
        elif s.links:
            missed += 1
            notes.append(f"Missed. {s.why}")
        elif n in picked:
            wrong += 1
            notes.append(f"Not this one. {s.why}")
        else:
            notes.append(f"✓ {s.why}")
    total = sum(s.links for s in monologue.statements)
    return ListeningResult(found, missed, wrong, total, tuple(notes))
