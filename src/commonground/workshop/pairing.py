"""Pairing a room for role-play: groups, roles and rounds.

Everybody is put in a pair (organizer and person) or a trio (organizer, person and
observer) each round. Across rounds nobody meets the same partner again while that is
avoidable, and every role rotates.

How it works
------------
* Even count, pairs: the round-robin *circle method* on a seeded shuffle of the names.
  Its first ``n - 1`` rounds meet every possible partner exactly once.
* Odd count, or trios: each round a small search picks the grouping with the fewest
  repeated partners given the rounds so far (an exact search for small rooms, a
  bounded one for large rooms), ties broken by the seed.
* Roles: inside each group, the way of handing out roles that gives each member the
  role they have held least so far (ties broken by the seed).
* Several whole plans are drawn from the seed (6 up to 12 people, 2 up to 24, else 1),
  the roles of each are handed out again over the whole plan where that evens them out (nobody holds a
  role more than ``ceil(rounds / roles)`` times), and the best plan is kept: fewest
  repeated meetings, then fewest roles someone never held, then the most even share.

Examples
--------
>>> rounds = schedule(["Ana", "Ben", "Cy", "Dee"], rounds=3, seed=1)
>>> len(rounds), len(rounds[0].groups)
(3, 2)
"""

from __future__ import annotations

import itertools
import random
from collections import Counter

from commonground.errors import CommonGroundError
from commonground.workshop.groups import (  # noqa: F401 - part of this module's API
    OBSERVER,
    ORGANIZER,
    PERSON,
    ROLES,
    ROLES_BY_SIZE,
    Group,
    Round,
    Seat,
    pair_key,
    repeat_count,
)
from commonground.workshop.participants import (  # noqa: F401 - part of this module's API
    clean_names,
    parse_names,
    read_participants,
)
from commonground.workshop.roles import assign_roles, even_out_roles, plan_score, role_cost

# A repeated partner always costs more than any imbalance of roles in one group.
REPEAT_WEIGHT = 1000
# Whole plans tried per seed (the best is kept): (largest room, plans tried).
ATTEMPTS = ((12, 6), (24, 2))
# The search is exhaustive for rooms of up to EXACT_UP_TO people; for larger rooms it
# weighs at most SEARCH_BUDGET groups per round and keeps the best grouping found.
EXACT_UP_TO = 12
SEARCH_BUDGET = 15_000


def group_sizes(n: int, trios: bool = False) -> list[int]:
    """Sizes of the groups for ``n`` people.

    Pairs: all pairs, with one trio when ``n`` is odd. Trios: all trios, with one pair
    left when ``n % 3 == 2`` and two pairs when ``n % 3 == 1``.

    Raises
    ------
    CommonGroundError
        When there are too few people to form a group.
    """
    least = 3 if trios else 2
    if n < least:
        raise CommonGroundError(f"need at least {least} participants to pair, got {n}")
    if not trios:
        return [3] + [2] * ((n - 3) // 2) if n % 2 else [2] * (n // 2)
    rest = n % 3
    if rest == 0:
        return [3] * (n // 3)
    if rest == 2:
        return [3] * (n // 3) + [2]
    return [3] * (n // 3 - 1) + [2, 2]


def group_size_note(n: int, trios: bool = False) -> str | None:
    """Why some groups differ in size when ``n`` people do not divide evenly (else None).

    Examples
    --------
    >>> group_size_note(9).split(":")[0]
    '9 people is an odd number, so each round one group is a trio'
    >>> group_size_note(8) is None
    True
    """
    if not trios:
        if n % 2 == 0:
            return None
        return (
            f"{n} people is an odd number, so each round one group is a trio: its third "
            "member observes. Roles rotate, so the same person is not always the observer."
        )
    rest = n % 3
    if rest == 0:
        return None
    if n == 4:
        return "4 people do not make trios, so each round there are two pairs, with no observer."
    pairs = "one group is a pair" if rest == 2 else "two groups are pairs"
    return (
        f"{n} people do not divide into trios, so each round {pairs} (organizer and "
        "person, with no observer). Groups change between rounds, so where the room allows "
        "the pairs are not the same people each time."
    )


def _circle_round(order: list[str], r: int) -> list[tuple[str, str]]:
    """Round ``r`` (0-based) of the circle method on an even list of names."""
    n = len(order)
    fixed, ring = order[0], order[1:]
    shift = r % (n - 1)
    ring = ring[shift:] + ring[:shift]
    pairs = [(fixed, ring[0])]
    pairs += [(ring[i], ring[n - 1 - i]) for i in range(1, n // 2)]
    return pairs


def _group_cost(members: tuple[str, ...], met: Counter) -> int:
    return sum(met[pair_key(a, b)] for a, b in itertools.combinations(members, 2))


def _search_round(
    names: list[str],
    sizes: list[int],
    met: Counter,
    held: dict[str, Counter],
    in_play: tuple[str, ...],
    rng: random.Random,
) -> list[tuple[str, ...]]:
    """Grouping with the fewest repeated meetings (branch and bound, bounded budget).

    Among groupings with equally few repeats, prefer ones whose roles can be handed out
    so everyone gets a role they have held least.
    """
    order = names[:]
    rng.shuffle(order)
    best: list = [None, float("inf")]
    budget = [float("inf") if len(names) <= EXACT_UP_TO else SEARCH_BUDGET]
    size_counts = Counter(sizes)
    known: dict[tuple[str, ...], int] = {}

    def cost_of(members: tuple[str, ...]) -> int:
        if members not in known:
            repeats = _group_cost(members, met) * REPEAT_WEIGHT
            known[members] = repeats + role_cost(members, held, in_play)[0]
        return known[members]

    def extend(left: list[str], groups: list[tuple[str, ...]], cost: int) -> None:
        if cost >= best[1] or (budget[0] <= 0 and best[0] is not None):
            return
        if not left:
            best[0], best[1] = list(groups), cost
            return
        head, rest = left[0], left[1:]
        options = []
        for size in sorted(s for s, c in size_counts.items() if c > 0):
            for others in itertools.combinations(rest, size - 1):
                members = (head, *others)
                options.append((cost_of(members), size, members))
        budget[0] -= len(options)
        options.sort(key=lambda o: o[0])
        for group_cost, size, members in options:
            if cost + group_cost >= best[1]:
                break
            size_counts[size] -= 1
            groups.append(members)
            extend([p for p in rest if p not in members], groups, cost + group_cost)
            groups.pop()
            size_counts[size] += 1
            if best[1] == 0:
                return

    extend(order, [], 0)
    return best[0]


def schedule(names: list[str], rounds: int, seed: int = 0, trios: bool = False) -> list[Round]:
    """Plan ``rounds`` rounds of role-play groups with rotating roles.

    Parameters
    ----------
    names
        Participants (duplicates are refused, blanks dropped).
    rounds
        How many rounds to plan (at least 1).
    seed
        The same names, rounds and seed always give the same plan.
    trios
        Put everybody in trios (organizer, person, observer) instead of pairs.

    Returns
    -------
    list of Round
    """
    people = clean_names(names)
    if rounds < 1:
        raise CommonGroundError(f"rounds must be at least 1, got {rounds}")
    sizes = group_sizes(len(people), trios)
    # Roles everybody should take turns at: the observer only when trios were chosen.
    in_play = ROLES if trios else (ORGANIZER, PERSON)
    rng = random.Random(seed)
    attempts = next((k for most, k in ATTEMPTS if len(people) <= most), 1)
    plans = []
    for _ in range(attempts):
        plan = _plan_once(people, rounds, sizes, in_play, rng)
        plans.append(even_out_roles(plan, in_play))
    return min(plans, key=lambda plan: plan_score(plan, in_play))


def _plan_once(
    people: list[str],
    rounds: int,
    sizes: list[int],
    in_play: tuple[str, ...],
    rng: random.Random,
) -> list[Round]:
    """One plan: every round the best grouping given the rounds before it."""
    order = sorted(people)
    rng.shuffle(order)
    met: Counter = Counter()
    held: dict[str, Counter] = {p: Counter() for p in people}
    use_circle = set(sizes) == {2}
    plan = []
    for r in range(rounds):
        if use_circle:
            raw = _circle_round(order, r)
        else:
            raw = _search_round(order, sizes, met, held, in_play, rng)
        groups = []
        for number, members in enumerate(sorted(raw, key=len, reverse=True), start=1):
            groups.append(Group(number, assign_roles(tuple(members), held, in_play, rng)))
            for a, b in itertools.combinations(members, 2):
                met[pair_key(a, b)] += 1
        plan.append(Round(r + 1, tuple(groups)))
    return plan


def plan_rows(plan: list[Round]) -> list[dict[str, object]]:
    """All rounds as flat records (round, group, role, name)."""
    return [row for rnd in plan for row in rnd.as_rows()]


def format_plan(plan: list[Round]) -> str:
    """The plan as plain text, one line per group, for printing or reading out."""
    lines = []
    for rnd in plan:
        lines.append(f"Round {rnd.number}")
        for group in rnd.groups:
            seats = ", ".join(f"{s.name} ({s.role})" for s in group.seats)
            lines.append(f"  group {group.number}: {seats}")
    return "\n".join(lines)
