"""What a play carries from turn to turn, and how it is saved and resumed.

:class:`PlayState` is frozen: every turn returns a new state (``dataclasses.replace``),
so a turn is a pure function and an old state can be kept for undo or comparison.
``to_json`` / ``from_json`` write a versioned document; an unknown version is refused
with a clear :class:`~commonground.errors.CommonGroundError`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields

from commonground.errors import CommonGroundError

STATE_VERSION = 2
#: Saved plays of these versions can be read (version 1 had whole minutes, no talk time).
READABLE_VERSIONS = frozenset({1, 2})
#: Method elements that respond to an answer (the ``respond`` part, and the meeting step).
RESPOND_STEPS = frozenset(
    {"respond", "respond_yes", "respond_maybe", "respond_no", "offer_alternative"}
)


@dataclass(frozen=True)
class StepRecord:
    """One practised method step: the element id, its quality and where it came from."""

    step: str
    quality: str
    choice: str  # the choice id, or "" for a typed line that hit the fallback
    typed: bool = False
    credited: bool = True  # False: a typed line heard here whose words did not do the step


@dataclass(frozen=True)
class AskRecord:
    """An ask the organizer made and how the persona answered it.

    ``answer`` is one of ``yes``, ``maybe``, ``no_timing``, ``no_activity``.
    """

    ask_id: str
    ask_type: str
    text: str
    specific: bool
    fit: bool
    answer: str
    reason: str = ""  # the constraint fact id behind a no, if any


@dataclass(frozen=True)
class PlayState:
    """The whole state of one play of one scenario.

    Attributes
    ----------
    scenario
        Id (file stem) of the scenario being played.
    node
        Id of the node the conversation is at.
    trust
        Rapport so far; the persona says yes only at or above the scenario's need.
    minutes
        Minutes used so far (compare with the meeting's planned minutes).
    talk_minutes
        Of those, the minutes the organizer spent talking.
    facts
        Ids of hidden facts discovered, in the order they came out.
    story_shared, common_ground
        Whether the organizer shared their story; the shared ground named out loud.
    steps
        Every practised method step with its quality, in order.
    asks
        Every ask made with its answer; the first is the ask, the last the final one.
    transcript
        ``(speaker, text)`` pairs; speaker is ``"persona"`` or ``"organizer"``.
    ending
        Id of the ending node once the play is finished, else ``""``.
    """

    scenario: str
    node: str
    trust: int = 0
    minutes: float = 0
    talk_minutes: float = 0
    facts: tuple[str, ...] = ()
    story_shared: bool = False
    common_ground: tuple[str, ...] = ()
    steps: tuple[StepRecord, ...] = ()
    asks: tuple[AskRecord, ...] = ()
    transcript: tuple[tuple[str, str], ...] = ()
    ending: str = ""
    version: int = STATE_VERSION

    @property
    def finished(self) -> bool:
        """True once an ending node was reached."""
        return bool(self.ending)

    @property
    def first_ask(self) -> AskRecord | None:
        """The first ask made (what the outcome log calls the ask), if any."""
        return self.asks[0] if self.asks else None

    @property
    def final_ask(self) -> AskRecord | None:
        """The last ask made (after any adjustment or alternative), if any."""
        return self.asks[-1] if self.asks else None

    @property
    def talk_share(self) -> float | None:
        """The share of the meeting's time the organizer talked (``None`` before any)."""
        return self.talk_minutes / self.minutes if self.minutes else None

    @property
    def responses(self) -> tuple[StepRecord, ...]:
        """How the organizer responded to answers: the moves tagged with a respond step."""
        return tuple(s for s in self.steps if s.step in RESPOND_STEPS)

    def steps_practised(self) -> set[str]:
        """Element ids practised at least once."""
        return {s.step for s in self.steps}

    def to_json(self) -> str:
        """Serialise to a versioned JSON document."""
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> PlayState:
        """Rebuild a state saved with :meth:`to_json`.

        Raises
        ------
        CommonGroundError
            When the text is not a saved play, or was saved by an unknown version.
        """
        try:
            raw = json.loads(text)
        except (json.JSONDecodeError, TypeError) as exc:
            raise CommonGroundError(f"saved play is not valid JSON: {exc}") from None
        if not isinstance(raw, dict) or "scenario" not in raw:
            raise CommonGroundError("saved play: not a role-play state (no 'scenario')")
        version = raw.get("version")
        if version not in READABLE_VERSIONS:
            raise CommonGroundError(
                f"saved play has state version {version!r}; this version reads "
                f"{', '.join(map(str, sorted(READABLE_VERSIONS)))}"
            )
        raw = {**raw, "version": STATE_VERSION}
        known = {f.name for f in fields(cls)}
        unknown = set(raw) - known
        if unknown:
            raise CommonGroundError(f"saved play: unknown fields {sorted(unknown)}")
        try:
            return cls(
                **{
                    **raw,
                    "facts": tuple(raw.get("facts", ())),
                    "common_ground": tuple(raw.get("common_ground", ())),
                    "steps": tuple(StepRecord(**s) for s in raw.get("steps", ())),
                    "asks": tuple(AskRecord(**a) for a in raw.get("asks", ())),
                    "transcript": tuple(tuple(t) for t in raw.get("transcript", ())),
                }
            )
        except TypeError as exc:
            raise CommonGroundError(f"saved play is malformed: {exc}") from None
