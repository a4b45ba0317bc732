"""Linter checks for typed lines: can a learner's own words reach every move?

* every ``examples:`` wording is heard as its own choice (error);
* two different moves at a node whose wordings are too close to tell apart (warning);
* every node that takes asks says what the persona answers to a vague ask (error);
* every reply to a yes, a maybe or a no offers the move the method asks for there:
  confirming the details, asking what the maybe depends on, asking whether a no is
  about the time or the activity (error).
"""

from __future__ import annotations

from commonground.roleplay.hearing import hear, takes_asks
from commonground.roleplay.hearing.asks import authored_activities
from commonground.roleplay.hearing.authored import cached_activity, cached_reading, profile
from commonground.roleplay.line_checks import RESPOND_NEEDS
from commonground.roleplay.similarity import index_for

#: Two different moves whose wordings are at least this similar cannot be told apart.
TOO_CLOSE = 0.8


def typed_line_checks(scenario) -> list[tuple[str, str, str]]:
    """``(node id, message, level)`` for every typed-line problem in a scenario."""
    found = []
    index = index_for(scenario)
    for node in scenario.nodes.values():
        if not node.choices:
            continue
        if takes_asks(node) and node.vague is None:
            found.append(
                (
                    node.id,
                    "takes asks but has no 'vague:' reply for an ask that names no activity",
                    "error",
                )
            )
        found.extend(_too_close(node, index))
        found.extend(_respond_offers(scenario, node))
    found.extend(_examples_heard_as_their_own(scenario))
    return found


def _examples_heard_as_their_own(scenario) -> list[tuple[str, str, str]]:
    """Each example, heard as if it were not an example, must be heard as its choice.

    Every example's reading, activity words and TF-IDF rows are worked out in one batch
    (one transform and one product per scenario), then each is heard as a typed line
    would be.
    """
    from commonground.reader import read_line

    index = index_for(scenario)
    lines = [
        (node, choice, example)
        for node in scenario.nodes.values()
        for choice in node.choices
        for example in choice.examples
    ]
    if not lines:
        return []
    # Activity words matter only where asks are heard (a node that takes asks).
    activities = [
        cached_activity(scenario, example) if takes_asks(node) else "" for node, _, example in lines
    ]
    # an example's own row in the index: the choice's rows are its text, then examples
    own_rows = [
        index.rows_of("choice", choice.id)[1 + choice.examples.index(example)]
        for _, choice, example in lines
    ]
    named = [a for a in activities if a]
    # Each named activity's similarity to every authored activity, in one product (the
    # same sums, in the same order, as one product per example).
    matrix, _ = authored_activities(scenario)
    activity_sims = None
    if named and matrix is not None:
        activity_sims = matrix.products(index.vectors(named))
    # Each example's similarities to its node's choices, a node at a time.
    by_node: dict[str, list[int]] = {}
    for i, (node, _, _) in enumerate(lines):
        by_node.setdefault(node.id, []).append(i)
    sims: list = [None] * len(lines)
    for members in by_node.values():
        node = lines[members[0]][0]
        ids = [c.id for c in node.choices]
        made = index.own_rows_scores([own_rows[i] for i in members], ids)
        for i, found in zip(members, made, strict=True):
            sims[i] = found
    found, next_activity = [], 0
    for i, (node, choice, example) in enumerate(lines):
        rows = [own_rows[i]]
        if activities[i]:
            rows.append(None if activity_sims is None else activity_sims[:, next_activity])
            next_activity += 1
        reading = cached_reading(scenario, example)
        ready = (reading, activities[i], rows, sims[i])
        heard = hear(scenario, node, (), example, read_line, True, ready)
        if heard.choice is None or heard.choice.id != choice.id:
            got = heard.choice.id if heard.choice is not None else heard.how
            found.append(
                (
                    node.id,
                    f"choice {choice.id}: example {example!r} is heard as {got}, not as "
                    "this choice; reword it or the choices",
                    "error",
                )
            )
    return found


def _too_close(node, index) -> list[tuple[str, str, str]]:
    found = []
    choices = node.choices
    closest = _closest_wordings(choices, index)
    for i, a in enumerate(choices):
        for j in range(i + 1, len(choices)):
            b = choices[j]
            if (a.quality, a.next, a.ask) == (b.quality, b.next, b.ask):
                continue
            best = closest[i][j]
            if best >= TOO_CLOSE:
                found.append(
                    (
                        node.id,
                        f"choice {a.id}: its wording is too close to choice {b.id} "
                        f"({best:.2f}) to tell them apart when typed",
                        "warning",
                    )
                )
    return found


def _closest_wordings(choices, index) -> list[list[float]]:
    """For each two choices, the highest similarity between a wording of one and a
    wording of the other (0.0 for a choice with none): the maxima of the node's block of
    similarities, taken over each choice's rows in two ``reduceat`` steps."""
    import numpy as np

    rows = [index.rows_of("choice", c.id) for c in choices]
    every = sorted({r for found in rows for r in found})
    where, table = index.among(every)
    have = [k for k, found in enumerate(rows) if found]
    out = [[0.0] * len(choices) for _ in choices]
    if not have:
        return out
    order = [where[r] for k in have for r in rows[k]]
    starts = np.cumsum([0] + [len(rows[k]) for k in have[:-1]])
    block = table[np.ix_(order, order)]
    maxima = np.maximum.reduceat(np.maximum.reduceat(block, starts, axis=0), starts, axis=1)
    for x, k in enumerate(have):
        for y, m in enumerate(have):
            out[k][m] = float(maxima[x, y])
    return out


def _respond_offers(scenario, node) -> list[tuple[str, str, str]]:
    steps = {c.step for c in node.choices} & set(RESPOND_NEEDS)
    found = []
    for step in sorted(steps):
        signal, what = RESPOND_NEEDS[step]
        strong = [c for c in node.choices if c.step == step and c.quality == "strong"]
        if not any(signal in profile(scenario, c)[1] for c in strong):
            found.append(
                (
                    node.id,
                    f"no strong {step} choice gives the method's reply: {what} "
                    f"(reader signal {signal})",
                    "error",
                )
            )
    return found
