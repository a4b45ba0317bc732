"""The scenario as Python objects: persona, campaign, asks, meeting and dialogue graph.

Built by :mod:`commonground.roleplay.loader` from a YAML file that passed the JSON
Schema (``scenario.schema.json``). All objects are frozen, so a loaded scenario can be
shared by many plays at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

QUALITIES = ("strong", "weak", "harmful")
ANSWERS = ("yes", "maybe", "no_timing", "no_activity")
SPECIFIC_PARTS = ("activity", "time", "place")


@dataclass(frozen=True)
class Fact:
    """Something about the persona the organizer can discover by asking well.

    ``blocks`` is set for constraints only: ``"timing"`` or ``"activity"``, the reason a
    conflicting ask gets a no.
    """

    id: str
    category: str
    text: str
    keywords: tuple[str, ...]
    blocks: str | None = None


@dataclass(frozen=True)
class Persona:
    """The person the learner meets (synthetic)."""

    name: str
    description: str
    public_facts: tuple[str, ...]
    hidden_facts: tuple[Fact, ...]
    trust_start: int = 0
    trust_needed: int = 3

    def fact(self, fact_id: str) -> Fact:
        """Return the hidden fact with this id (KeyError when unknown)."""
        for item in self.hidden_facts:
            if item.id == fact_id:
                return item
        raise KeyError(fact_id)

    @property
    def constraints(self) -> tuple[Fact, ...]:
        """Hidden facts that can make an ask fail (category ``constraint``)."""
        return tuple(f for f in self.hidden_facts if f.category == "constraint")


@dataclass(frozen=True)
class Ask:
    """One thing the organizer could ask the persona to do."""

    id: str
    ask_type: str
    text: str
    specificity: tuple[str, ...]
    fits: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()

    @property
    def specific(self) -> bool:
        """True when the ask names an activity, a time and a place."""
        return all(part in self.specificity for part in SPECIFIC_PARTS)


@dataclass(frozen=True)
class Campaign:
    """The campaign the organizer works for, and what they might ask."""

    name: str
    what: str
    why: str
    asks: tuple[Ask, ...]

    def ask(self, ask_id: str) -> Ask:
        """Return the ask with this id (KeyError when unknown)."""
        for item in self.asks:
            if item.id == ask_id:
                return item
        raise KeyError(ask_id)


@dataclass(frozen=True)
class Meeting:
    """Why, where and how long the 1:1 was planned."""

    purpose: str
    setting: str
    planned_minutes: int
    place: str = ""
    organizer_note: str = ""


@dataclass(frozen=True)
class Effects:
    """What a choice changes in the play state."""

    trust: int = 0
    minutes: int = 2
    reveals: tuple[str, ...] = ()
    story_shared: bool = False
    common_ground: str = ""


@dataclass(frozen=True)
class Choice:
    """Something the organizer can say at a node.

    Exactly one of ``next`` (the node it leads to) and ``ask`` (an ask id; the
    persona's answer picks the branch from the choice's own ``answers``, else the
    node's) is set.
    """

    id: str
    text: str
    kind: str
    step: str
    quality: str
    feedback: str
    effects: Effects = field(default_factory=Effects)
    reply: str = ""
    next: str | None = None
    ask: str | None = None
    answers: dict[str, str] | None = None  # overrides the node's answers for this ask
    examples: tuple[str, ...] = ()  # other wordings a learner might type for this choice


@dataclass(frozen=True)
class Fallback:
    """The persona's reaction when a typed line matches no choice."""

    say: str
    feedback: str
    trust: int = -1
    minutes: int = 1


@dataclass(frozen=True)
class Node:
    """A point in the conversation: the persona's line and the organizer's options."""

    id: str
    say: str = ""
    choices: tuple[Choice, ...] = ()
    answers: dict[str, str] | None = None
    fallback: Fallback | None = None
    vague: Fallback | None = None  # the reply to an ask that names no activity
    ending: bool = False
    debrief: str = ""
    reflect: str = ""


#: The persona's reply to an ask that names no activity, when the node has none of its own.
DEFAULT_VAGUE = Fallback(
    say="Help with what, exactly?",
    feedback="An ask names what you want them to do, and when and where.",
    trust=0,
    minutes=1,
)

#: The persona's reply to an ask typed before the meeting has reached the ask, when the
#: scenario has no ``too_soon`` of its own. The method's order is the guide's.
DEFAULT_MAYBE_AS_YES = Fallback(
    say="Hang on, I said maybe. I'd still have to check.",
    feedback=(
        "That treats a maybe as a yes. A maybe means they need something first: ask what "
        "they would need to know, or what would make it hard, before settling details."
    ),
    trust=-1,
    minutes=1,
)

#: The reply to a leading question heard as no move listed where it was asked: people
#: understand a leading question, and most half go along with it, saying nothing of their own.
DEFAULT_LEADING = Fallback(
    say="(A pause.) Hm. I suppose... maybe.",
    feedback=(
        "That is a leading question: it tells them the answer you want, so you hear your "
        "view back, not theirs. Ask it open, and hear what they think."
    ),
    trust=0,
    minutes=1,
)

DEFAULT_TOO_SOON = Fallback(
    say="Hang on, we've hardly talked yet. What is this for?",
    feedback=(
        "That is an ask before you know what they care about, so it cannot fit them yet. "
        "The guide's order: questions and your story first, then open questions, common "
        "ground and what the campaign is doing, and only then the ask."
    ),
    trust=-1,
    minutes=1,
)

#: The reply to an ask typed too soon once the meeting is well under way (the learner has
#: shared their story and asked about them): a scenario's ``too_soon`` is written for an
#: ask before anything ("before you know anything about her"), which would then be false.
DEFAULT_NOT_YET = Fallback(
    say="(A pause.) Hang on, what would that be for? We were still talking.",
    feedback=(
        "Not yet. You have shared your story and asked about them, but the ask comes after "
        "you follow up on what they tell you, name what you share and say what the "
        "campaign is doing, so that it can fit what you heard."
    ),
    trust=-1,
    minutes=1,
)

#: Endings every scenario has: the persona ends a meeting that runs far over time
#: (:data:`OVER_TIME_FACTOR` times the planned minutes) or that has lost their trust
#: (trust :data:`TRUST_DROP` below where they started, or below zero if they started
#: above it). A scenario may write its own endings under these ids.
OUT_OF_TIME = "out_of_time"
TRUST_LOST = "trust_lost"
OVER_TIME_FACTOR = 2
TRUST_DROP = 4
BUILT_IN_ENDINGS = {
    OUT_OF_TIME: dict(
        say="(They look at the clock.) I'm sorry, I really have to go now.",
        ending={
            "debrief": (
                "The meeting ran to twice the time you asked for, and they had to leave. "
                "Keep each part short so the ask and the close fit in the time you agreed."
            ),
            "reflect": "Where did the time go, and what would you cut next time?",
        },
    ),
    TRUST_LOST: dict(
        say="(They stand up.) I don't think this is going anywhere. I'm going to go.",
        ending={
            "debrief": (
                "They ended the meeting: too many moves cost their trust (pushing, advice, "
                "talking past what they said). A 1:1 is a connection, not a pitch."
            ),
            "reflect": "Which moment lost them, and what would you say instead?",
        },
    ),
}

DEFAULT_FALLBACK = Fallback(
    say="Sorry, I'm not sure what you mean.",
    feedback=(
        "That line did not connect with where the conversation is. Follow up on what "
        "they just said, in the method's order."
    ),
)


@dataclass(frozen=True)
class Scenario:
    """A complete role-play scenario, loaded from ``data/scenarios/<id>.yaml``."""

    id: str
    path: Path
    title: str
    summary: str
    persona: Persona
    campaign: Campaign
    meeting: Meeting
    start: str
    nodes: dict[str, Node]
    practises: tuple[str, ...] = ()
    fallback: Fallback = DEFAULT_FALLBACK
    too_soon: Fallback = DEFAULT_TOO_SOON
    engine_endings: tuple[str, ...] = ()  # built-in endings added by the loader

    def node(self, node_id: str) -> Node:
        """Return the node with this id (KeyError when unknown)."""
        return self.nodes[node_id]

    def choice(self, choice_id: str) -> tuple[Node, Choice]:
        """Return ``(node, choice)`` for a choice id (KeyError when unknown)."""
        for node in self.nodes.values():
            for item in node.choices:
                if item.id == choice_id:
                    return node, item
        raise KeyError(choice_id)

    def endings(self) -> list[str]:
        """Ids of the scenario's own ending nodes, in file order (see :attr:`engine_endings`)."""
        return [n.id for n in self.nodes.values() if n.ending and n.id not in self.engine_endings]
