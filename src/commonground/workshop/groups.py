"""The shape of a role-play plan: seats, groups and rounds, and the three roles."""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass

ORGANIZER, PERSON, OBSERVER = "organizer", "person", "observer"
ROLES = (ORGANIZER, PERSON, OBSERVER)
#: The roles of a group, by its size.
ROLES_BY_SIZE = {
    2: (ORGANIZER, PERSON),
    3: (ORGANIZER, PERSON, OBSERVER),
}


def pair_key(a: str, b: str) -> tuple[str, str]:
    """Two names in a fixed order (the key of "these two have met")."""
    return (a, b) if a < b else (b, a)


@dataclass(frozen=True)
class Seat:
    """One participant's place in a group: who, and which role they play."""

    name: str
    role: str


@dataclass(frozen=True)
class Group:
    """A pair (organizer, person) or a trio (organizer, person, observer)."""

    number: int
    seats: tuple[Seat, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """Members' names, organizer first."""
        return tuple(seat.name for seat in self.seats)

    def role_of(self, name: str) -> str:
        """The role ``name`` plays in this group."""
        for seat in self.seats:
            if seat.name == name:
                return seat.role
        raise KeyError(name)


@dataclass(frozen=True)
class Round:
    """One round of role-play: every participant in exactly one group."""

    number: int
    groups: tuple[Group, ...]

    def as_rows(self) -> list[dict[str, object]]:
        """One record per seat: round, group, role, name (for tables and CSV)."""
        return [
            {"round": self.number, "group": g.number, "role": s.role, "name": s.name}
            for g in self.groups
            for s in g.seats
        ]


def repeat_count(plan: list[Round]) -> int:
    """How many times, in total, two people were grouped again after meeting before."""
    met: Counter = Counter()
    repeats = 0
    for rnd in plan:
        for group in rnd.groups:
            for a, b in itertools.combinations(group.names, 2):
                key = pair_key(a, b)
                repeats += met[key] > 0
                met[key] += 1
    return repeats
