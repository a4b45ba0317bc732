"""Lesson 07's response drills (and lesson 05's common-ground exchanges,
the practice questions of content/questions/05.yaml) cannot be won by
picking the longest reply.

The drills' replies are the role-play scenarios' choices. The method's reply to a maybe
or a no (find out what is behind it) is never the longest option. Two kinds still are,
often: the reply to a yes (it carries the details: what, when, where) and the
alternatives offered after a reason (their words are the campaign's asks, shared with the
role-play). Across the pool the right reply is the longest in at most 40% of drills (the
course's balance rule, as the content lint applies it to questions): several wrong
alternatives carry plausible but wrong detail, so length is no clue. It was 44 of 52, then
25 of 52.
"""

from __future__ import annotations

from commonground.lessons.response_rounds import all_response_drills, build_round


def _right_is_longest(drill) -> bool:
    right = next(len(o.text) for o in drill.options if o.right)
    return right >= max(len(o.text) for o in drill.options if not o.right)


def test_the_reply_to_a_maybe_or_a_no_is_never_the_longest():
    first = [d for d in all_response_drills() if d.stage == "answer" and d.case != "yes"]
    assert len(first) >= 15
    assert [d.id for d in first if _right_is_longest(d)] == []


def test_across_the_pool_and_a_round_length_gives_little_away():
    pool = all_response_drills()
    longest = [d.id for d in pool if _right_is_longest(d)]
    assert len(longest) <= 0.4 * len(pool), (len(longest), len(pool), longest)
    for seed in range(5):
        drills = build_round(seed)
        assert sum(map(_right_is_longest, drills)) <= len(drills) // 2, seed


def test_common_ground_exchanges_are_not_won_by_length():
    from commonground.questions import practice_questions

    exchanges = practice_questions("05")
    longest = [
        q.id
        for q in exchanges
        if len(q.right.text) >= max(len(o.text) for o in q.options if not o.right)
    ]
    assert len(longest) <= 0.4 * len(exchanges), longest
    positions = {q.options.index(q.right) for q in exchanges}
    assert len(positions) == 3  # right answers in every position, as written
