"""Handing out the roles (organizer, person, observer) so that they rotate.

Inside a group, each member gets the role they have held least so far. Over a whole plan,
:func:`even_out_roles` hands the roles out again (keeping the groups) so that nobody
holds a role more than ``ceil(rounds / roles in play)`` times, when that is possible.
"""

from __future__ import annotations

import itertools
import random
from collections import Counter

from commonground.workshop.groups import ROLES, ROLES_BY_SIZE, Group, Round, Seat, repeat_count

# Steps allowed when handing the roles out again over a whole plan.
ROLE_BUDGET = 3_000


def role_options(size: int) -> list[tuple[str, ...]]:
    """Every distinct way to hand out the roles of a group of ``size``."""
    return sorted(set(itertools.permutations(ROLES_BY_SIZE[size])))


def role_cost(
    members: tuple[str, ...],
    held: dict[str, Counter],
    in_play: tuple[str, ...],
    option: tuple[str, ...] | None = None,
) -> tuple[int, int]:
    """Cost of giving ``option`` (default: the best option) to ``members``.

    First how far each role given is above the member's least-held role among the roles
    in play, then the sum of squared counts (so the less experienced get a role first).
    """
    if option is None:
        return min(role_cost(members, held, in_play, o) for o in role_options(len(members)))
    excess = sum(
        held[m][role] - min(held[m][r] for r in in_play)
        for m, role in zip(members, option, strict=True)
    )
    return (excess, sum(held[m][role] ** 2 for m, role in zip(members, option, strict=True)))


def assign_roles(
    members: tuple[str, ...],
    held: dict[str, Counter],
    in_play: tuple[str, ...],
    rng: random.Random,
) -> tuple[Seat, ...]:
    """Give out roles so each member gets the role they have held least."""
    options = role_options(len(members))
    rng.shuffle(options)
    chosen = min(options, key=lambda o: role_cost(members, held, in_play, o))
    seats = [Seat(m, role) for m, role in zip(members, chosen, strict=True)]
    for seat in seats:
        held[seat.name][seat.role] += 1
    return tuple(sorted(seats, key=lambda s: ROLES.index(s.role)))


def even_out_roles(plan: list[Round], in_play: tuple[str, ...]) -> list[Round]:
    """Hand out the roles again over a whole plan, keeping its groups.

    Nobody may hold a role in play more than ``ceil(rounds / roles in play)`` times; the
    plan is returned unchanged when no such hand-out is found within
    :data:`ROLE_BUDGET` steps (a depth-first search).
    """
    cap = -(-len(plan) // len(in_play))
    slots = [(r, g) for r, rnd in enumerate(plan) for g in range(len(rnd.groups))]
    counts: dict[str, Counter] = {}
    chosen: list[tuple[str, ...]] = []
    steps = [0]

    def place(i: int) -> bool:
        if i == len(slots):
            return True
        steps[0] += 1
        if steps[0] > ROLE_BUDGET:
            return False
        r, g = slots[i]
        members = plan[r].groups[g].names
        for option in role_options(len(members)):
            pairs = list(zip(members, option, strict=True))
            if any(
                role in in_play and counts.setdefault(m, Counter())[role] >= cap
                for m, role in pairs
            ):
                continue
            for m, role in pairs:
                counts.setdefault(m, Counter())[role] += 1
            chosen.append(option)
            if place(i + 1):
                return True
            chosen.pop()
            for m, role in pairs:
                counts[m][role] -= 1
        return False

    if not place(0):
        return plan
    picks = iter(chosen)
    return [
        Round(
            rnd.number,
            tuple(
                Group(
                    group.number,
                    tuple(
                        sorted(
                            (
                                Seat(m, role)
                                for m, role in zip(group.names, next(picks), strict=True)
                            ),
                            key=lambda s: ROLES.index(s.role),
                        )
                    ),
                )
                for group in rnd.groups
            ),
        )
        for rnd in plan
    ]


def plan_score(plan: list[Round], in_play: tuple[str, ...]) -> tuple[int, int, int]:
    """Lower is better: repeated meetings, then roles someone never held, then imbalance."""
    held: dict[str, Counter] = {}
    for rnd in plan:
        for group in rnd.groups:
            for seat in group.seats:
                held.setdefault(seat.name, Counter())[seat.role] += 1
    never = sum(counts[role] == 0 for counts in held.values() for role in in_play)
    spread = sum(
        max(counts[r] for r in in_play) - min(counts[r] for r in in_play)
        for counts in held.values()
    )
    return repeat_count(plan), never, spread
