"""Hearing a typed line: the choice it means, how sure we are, and how it was read.

This is the one place that turns a learner's words into a move. The engine then
applies the move exactly as it applies a click (:func:`commonground.roleplay.engine.free_text`).

How a line is heard, in order:

1. **Verbatim.** A line that is a choice's text (ignoring case, punctuation and spaces)
   *is* that choice: same next node, same answer, same feedback as clicking it.
2. **Asks.** At a node that takes asks, a line the reader reads as an ask (or that is
   closest to an ask choice) is matched to the nearest *authored* ask by meaning. It is
   then answered as that ask is: its fit is that ask's ``fits`` among the facts the
   learner has discovered, its specificity the parts the line names, and its
   constraints those its own words run into (plus the activity constraints of the ask
   it matched). An ask that names no activity gets the node's ``vague`` reply. An ask
   close to no authored ask is judged on its own parts, constraints and fit (the
   discovered facts its words connect to), and the persona answers what was actually
   asked.
3. **Meaning.** Any other line goes to the choice it is closest to: TF-IDF similarity
   to the choice's text and ``examples`` (:mod:`.similarity`), plus evidence from the
   reader (the line's kind and signals against those of the choice's wordings). Below
   :data:`.result.UNDERSTOOD` the line is *not understood*; when the two best choices are
   within :data:`.result.TIE_MARGIN` and lead to different moves, it is *unclear*. Neither
   silently picks a choice.

A line that was heard as a choice is also judged on its own words
(:mod:`.line_checks`): a step is credited only when the words did that step.

This module is the entry (:func:`hear`); its steps live in its submodules:
:mod:`.result` (what a hearing gives, and the thresholds its steps share),
:mod:`.authored` (what the reader makes of the authored wordings), :mod:`.scores`
(the combined score of each choice), :mod:`.asks` (a line heard as an ask),
:mod:`.own_moves` (moves no wording can list: a story, a reflection, ... in the
learner's own words), :mod:`.letting_go` (a no or a maybe let go, a meeting left
without an ask, in the learner's own words), :mod:`.pitch_for_story` (the campaign told
where the learner's story belongs), :mod:`.goodbyes` (a goodbye at a closing node, by
what it carries), :mod:`.bare_lines` (a bare acknowledgement, a question that only moves on), :mod:`.mistake_part` (a listed mistake made in one part of a line), :mod:`.two_moves` (their words given back, then a
question or common ground, in one line), :mod:`.topic_words` (what a line is about) and
:mod:`.gates` (picking the closest move, and the lines that do not mean it after all).
"""

from __future__ import annotations

from commonground.roleplay.hearing.asks import hear_ask
from commonground.roleplay.hearing.authored import cached_activity, cached_reading
from commonground.roleplay.hearing.bare_lines import listed_move_on, only_acknowledges
from commonground.roleplay.hearing.gates import off_the_campaign, pick
from commonground.roleplay.hearing.goodbyes import goodbye
from commonground.roleplay.hearing.letting_go import lets_go
from commonground.roleplay.hearing.mistake_part import mistake_in_a_part
from commonground.roleplay.hearing.own_moves import own_move
from commonground.roleplay.hearing.pitch_for_story import pitch_for_story
from commonground.roleplay.hearing.result import UNDERSTOOD, Hearing
from commonground.roleplay.hearing.scores import choice_scores, pressing
from commonground.roleplay.hearing.two_moves import drop_moving_on, two_moves
from commonground.roleplay.line_checks import takes_as_yes
from commonground.roleplay.model import Node, Scenario
from commonground.roleplay.similarity import index_for, normalise

__all__ = ["Hearing", "hear", "takes_asks"]


def hear(
    scenario: Scenario,
    node: Node,
    facts,
    text: str,
    reader,
    leave_out: bool = False,
    prepared: tuple | None = None,
    asked: bool = True,
    whole: bool = True,
) -> Hearing:
    """Hear ``text`` said at ``node`` (``facts``: ids discovered so far).

    ``asked`` is False before the learner has made any ask: pressing words then lead
    rather than push, unless the node lists a push (see :func:`.scores.pressing`).

    ``leave_out`` hears the line as if its own wording were not among the examples
    (the linter uses it to check that each example is heard as its own choice).
    ``prepared`` is ``(reading, activity, rows)`` when already worked out for many
    lines at once (the linter): the reading, the activity words, and their TF-IDF rows
    (the activity's may be given as its similarities to :func:`.asks.authored_activities`);
    or ``(reading, activity, rows, sims)`` with the line's similarities to the node's
    choices too (:meth:`.similarity.SceneIndex.own_rows_scores`).
    ``whole`` is False when a part of a line is heard (:mod:`.mistake_part`).
    """
    from commonground.reader.ask_phrases import ask_phrases

    sims = None
    if prepared is not None:
        reading, activity, rows, *given = prepared
        sims = given[0] if given else None
    else:
        known = [scenario.persona.fact(f) for f in facts]
        reading = reader(
            text,
            fit_keywords={f.id: list(f.keywords) for f in known if f.category != "constraint"},
            conflict_keywords=None,
        )
        activity = ask_phrases(text).get("activity", "")
        rows = None
    said = normalise(text)
    for choice in node.choices:
        if normalise(choice.text) == said and not leave_out:
            return Hearing(
                "verbatim",
                choice,
                1.0,
                reading,
                why=("the words of a listed choice",),
            )
    if rows is None:
        # One TF-IDF transform per line: the line, and its activity words if it names any.
        rows = index_for(scenario).vectors([text, activity] if activity else [text])
    pushes = pressing(scenario, node, asked)
    scores, sims = choice_scores(scenario, node, text, reading, leave_out, rows[0], pushes, sims)
    ranked = sorted(node.choices, key=lambda c: -scores[c.id])
    takes = takes_asks(node)
    # An ask by the reader's reading, or a line whose closest move here is an ask choice
    # (the reader can miss an ask's form, never its closeness to one). A goodbye is no ask,
    # whatever it shares with one ("Thanks, I'll call you next week. Bye!" and "Would you
    # make calls for one hour...?"), unless it names where and when to meet.
    closest_is_ask = (
        bool(ranked)
        and ranked[0].ask
        and scores[ranked[0].id] >= UNDERSTOOD
        and (getattr(reading, "kind", "") != "close" or _names_where_and_when(text))
    )
    if takes and (
        getattr(reading, "kind", "") == "ask" or closest_is_ask or _names_the_ask(text, reading)
    ):
        heard = hear_ask(scenario, node, text, reading, leave_out, rows, activity)
        if heard is not None:
            return heard.with_row(rows[0])
    asker = None if takes else _asked_vaguely_at(scenario, node)
    if (
        asker is not None
        and (getattr(reading, "kind", "") == "ask" or _names_the_ask(text, reading))
        and _names_what_and_when(text, reading)
    ):
        # "Tell me what, and when": after a no to a vague ask, the ask made concrete ("e.g. speak at your press event Monday 11am at the County
        # Building") is heard as an ask made where the vague one was (ours, session 11).
        heard = hear_ask(scenario, asker, text, reading, leave_out, rows, activity)
        if heard is not None and heard.choice is not None:
            return heard.with_row(rows[0])
    moves = drop_moving_on([c for c in ranked if not c.ask], text)
    own = own_move(scenario, node, moves, scores, sims, text, reading)
    heard = (
        own
        or pitch_for_story(scenario, node, moves, scores, text, reading)
        or _maybe_as_yes(node, text, reading)
        or lets_go(scenario, node, moves, text, reading)
        or goodbye(scenario, node, moves, scores, sims, text, reading)
        or listed_move_on(node, moves, scores, text, reading)
        or pick(moves, scores, reading, scenario, text, sims)
    )
    heard = two_moves(scenario, node, heard, text, reader)
    if off_the_campaign(scenario, node, heard, text):
        heard = Hearing(
            "not_understood", None, heard.sureness, reading, why=("names nothing of the campaign",)
        )
    if only_acknowledges(heard, text):
        heard = Hearing("not_understood", None, heard.sureness, reading, why=("only acknowledges",))
    if whole:

        def hear_part(part: str) -> Hearing:
            ready = None
            if prepared is not None:  # the linter: a part's reading is kept as a wording's is
                said = cached_activity(scenario, part) if takes else ""
                ready = (cached_reading(scenario, part), said, None)
            return hear(scenario, node, facts, part, reader, leave_out, ready, asked, False)

        heard = mistake_in_a_part(node, heard, text, hear_part)
    return heard.with_row(rows[0])


def _asked_vaguely_at(scenario: Scenario, node: Node) -> Node | None:
    """The node whose vague ask (naming no activity, or no time) was answered with
    ``node`` (a no to a vague ask), else None."""
    cache = index_for(scenario).cache
    key = ("asked vaguely at", node.id)
    if key not in cache:
        found = None
        for other in scenario.nodes.values():
            for choice in other.choices:
                answers = choice.answers or other.answers or {}
                said_no = {v for k, v in answers.items() if k.startswith("no")}
                if (
                    choice.ask
                    and node.id in said_no
                    and not {"activity", "time"}
                    <= set(scenario.campaign.ask(choice.ask).specificity)
                    and any(c.step == "respond_no" for c in node.choices)
                ):
                    found = other
        cache[key] = found
    return cache[key]


def _names_what_and_when(text: str, reading) -> bool:
    """An ask made concrete: it names what and when, and presses nothing."""
    from commonground.reader.asks import specificity

    if "push" in getattr(reading, "signals", ()):
        return False
    return {"activity", "time"} <= set(specificity(text))


def _names_where_and_when(text: str) -> bool:
    from commonground.reader.asks import specificity

    return {"time", "place"} <= set(specificity(text))


def _names_the_ask(text: str, reading) -> bool:
    """True for an ask said without a request frame, as people answer "help you how?":
    a statement that names an activity, a time and a place ("like speak at your press
    thing monday 11am at the county building")."""
    from commonground.reader.asks import specificity

    if getattr(reading, "kind", "") != "other":
        return False
    return {"activity", "time", "place"} <= set(specificity(text))


def _maybe_as_yes(node: Node, text: str, reading) -> Hearing | None:
    """After a maybe, a line that takes it as a yes ("great, see you Tuesday then!"): the
    mistake of treating a maybe as a yes, heard as that (never credited), unless the node
    lists a move that makes it (then similarity finds that move)."""
    replies = [c for c in node.choices if c.step == "respond_maybe"]
    if not any(c.quality == "strong" for c in replies) or not takes_as_yes(reading, text):
        return None
    return Hearing("maybe_as_yes", None, 0.0, reading, why=("takes the maybe as a yes",))


def takes_asks(node: Node) -> bool:
    """True at a node where a line can be heard as an ask (only there do its activity
    words matter)."""
    return bool(node.answers) or any(c.ask for c in node.choices)
