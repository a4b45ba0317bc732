"""Pairing: groups, no repeated partner while avoidable, roles rotate, seeded."""

from __future__ import annotations

import itertools
from collections import Counter

import numpy as np
import pytest

from commonground.errors import CommonGroundError, InputFileError
from commonground.workshop import pairing


def _names(n: int) -> list[str]:
    return [f"Participant {i:02d}" for i in range(n)]


def _groupings(people: list[str], sizes: list[int]):
    """Every way to split ``people`` into groups of the given sizes (brute force)."""
    if not people:
        yield []
        return
    head, rest = people[0], people[1:]
    for size in sorted(set(sizes)):
        left = list(sizes)
        left.remove(size)
        for others in itertools.combinations(rest, size - 1):
            remaining = [p for p in rest if p not in others]
            for tail in _groupings(remaining, left):
                yield [(head, *others), *tail]


def _repeats(groups, met: Counter) -> int:
    return sum(
        met[frozenset(pair)] for group in groups for pair in itertools.combinations(group, 2)
    )


@pytest.mark.slow
@pytest.mark.parametrize("trios", [False, True])
@pytest.mark.parametrize("n", range(6, 13))
def test_no_repeat_partner_while_avoidable_exhaustive(n, trios):
    """Each round has the fewest repeated meetings any grouping could have had."""
    people = _names(n)
    plan = pairing.schedule(people, rounds=n - 1, seed=7, trios=trios)
    sizes = pairing.group_sizes(n, trios)
    # Every grouping, listed once as the pairs that would meet in it (rows of pair numbers):
    # each round's fewest repeats is then one sum per grouping over this round's counts.
    pairs = {frozenset(p): i for i, p in enumerate(itertools.combinations(people, 2))}
    options = np.array(
        [
            [pairs[frozenset(p)] for group in option for p in itertools.combinations(group, 2)]
            for option in _groupings(people, sizes)
        ]
    )
    met: Counter = Counter()
    for rnd in plan:
        groups = [g.names for g in rnd.groups]
        assert sorted(len(g) for g in groups) == sorted(sizes)
        assert sorted(p for g in groups for p in g) == sorted(people)
        counts = np.array([met[pair] for pair in pairs])
        best = int(counts[options].sum(axis=1).min())
        assert _repeats(groups, met) == best, f"round {rnd.number} repeats avoidably"
        for group in groups:
            for pair in itertools.combinations(group, 2):
                met[frozenset(pair)] += 1


@pytest.mark.parametrize("n", [6, 8, 10, 12, 20, 40])
def test_even_room_in_pairs_never_repeats_over_n_minus_1_rounds(n):
    plan = pairing.schedule(_names(n), rounds=n - 1, seed=3)
    assert pairing.repeat_count(plan) == 0
    met = {frozenset(g.names) for r in plan for g in r.groups}
    assert len(met) == n * (n - 1) // 2  # everyone met everyone exactly once


@pytest.mark.parametrize("n", [7, 9, 11])
def test_odd_room_in_pairs_repeats_no_more_than_the_arithmetic_forces(n):
    plan = pairing.schedule(_names(n), rounds=n - 1, seed=3)
    meetings = sum(len(g.names) * (len(g.names) - 1) // 2 for r in plan for g in r.groups)
    assert pairing.repeat_count(plan) == meetings - n * (n - 1) // 2


@pytest.mark.parametrize("trios", [False, True])
@pytest.mark.parametrize("n", range(6, 13))
def test_every_role_rotates(n, trios):
    plan = pairing.schedule(_names(n), rounds=n - 1, seed=5, trios=trios)
    held: dict[str, Counter] = {}
    for rnd in plan:
        for group in rnd.groups:
            roles = [s.role for s in group.seats]
            assert roles == list(pairing.ROLES_BY_SIZE[len(roles)])
            for seat in group.seats:
                held.setdefault(seat.name, Counter())[seat.role] += 1
    wanted = pairing.ROLES if trios else (pairing.ORGANIZER, pairing.PERSON)
    for role in wanted:
        seats = sum(counts[role] for counts in held.values())
        if seats >= n:  # enough seats of this role for everyone: everyone gets one
            assert all(counts[role] >= 1 for counts in held.values()), role
    for name, counts in held.items():
        assert counts[pairing.ORGANIZER] >= 1 and counts[pairing.PERSON] >= 1, name
        assert abs(counts[pairing.ORGANIZER] - counts[pairing.PERSON]) <= 3, (name, counts)


@pytest.mark.parametrize("n", [6, 8, 10, 12, 7, 9, 11])
def test_in_pairs_everyone_organizes_within_three_rounds(n):
    plan = pairing.schedule(_names(n), rounds=3, seed=11)
    organizers = {s.name for r in plan for g in r.groups for s in g.seats if s.role == "organizer"}
    assert organizers == set(_names(n))


def test_same_seed_same_plan_other_seed_other_plan():
    people = _names(10)
    first = pairing.plan_rows(pairing.schedule(people, 4, seed=42, trios=True))
    again = pairing.plan_rows(pairing.schedule(list(reversed(people)), 4, seed=42, trios=True))
    other = pairing.plan_rows(pairing.schedule(people, 4, seed=43, trios=True))
    assert first == again
    assert first != other


def test_group_sizes():
    assert pairing.group_sizes(6) == [2, 2, 2]
    assert pairing.group_sizes(7) == [3, 2, 2]
    assert pairing.group_sizes(9, trios=True) == [3, 3, 3]
    assert pairing.group_sizes(10, trios=True) == [3, 3, 2, 2]
    assert pairing.group_sizes(11, trios=True) == [3, 3, 3, 2]
    with pytest.raises(CommonGroundError):
        pairing.group_sizes(1)


def test_names_cleaned_and_duplicates_refused():
    assert pairing.parse_names("Ana, Ben\n\n  Cy  Dee \n") == ["Ana", "Ben", "Cy Dee"]
    with pytest.raises(CommonGroundError, match="twice"):
        pairing.parse_names("Ana\nana")


def test_read_participants(tmp_path):
    good = tmp_path / "people.csv"
    good.write_text("\ufeffName,team\nAna,a\n,b\nBen,c\n", encoding="utf-8")
    assert pairing.read_participants(good) == ["Ana", "Ben"]
    no_column = tmp_path / "nocol.csv"
    no_column.write_text("who\nAna\n", encoding="utf-8")
    with pytest.raises(InputFileError, match="nocol.csv.*no 'name' column"):
        pairing.read_participants(no_column)
    empty = tmp_path / "empty.csv"
    empty.write_text("name\n\n", encoding="utf-8")
    with pytest.raises(InputFileError, match="empty.csv.*empty"):
        pairing.read_participants(empty)
    with pytest.raises(InputFileError, match="not found"):
        pairing.read_participants(tmp_path / "missing.csv")


@pytest.mark.parametrize("n", [6, 9, 12, 15, 18])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_trios_over_three_rounds_everyone_plays_every_role_once(n, seed):
    plan = pairing.schedule(_names(n), rounds=3, seed=seed, trios=True)
    held: dict[str, Counter] = {}
    for rnd in plan:
        for seat in (s for g in rnd.groups for s in g.seats):
            held.setdefault(seat.name, Counter())[seat.role] += 1
    assert all(counts == Counter(pairing.ROLES) for counts in held.values())
    if n >= 9:  # six people in two trios cannot meet three times without repeats
        assert pairing.repeat_count(plan) == 0
