"""Picking the move a line means, and the gates a closest move must pass to be heard.

The closest choice is heard unless it is not close enough, ties with another move, or
is one the line's words cannot mean: harm or a push heard on a word that carries no
meaning, an ask too soon that asks for nothing, a strong or ending move about something
else, the campaign told without naming anything of it.
"""

from __future__ import annotations

from commonground.roleplay.hearing.authored import profile
from commonground.roleplay.hearing.result import (
    TIE_MARGIN,
    UNDERSTOOD,
    WORDING_MATCH,
    Hearing,
    heard_as,
    not_heard,
    short_quote,
)
from commonground.roleplay.hearing.scores import probes_as_one
from commonground.roleplay.hearing.topic_words import (
    campaign_words,
    content_words,
    little_in_common,
    wording_words,
)
from commonground.roleplay.line_checks import TELLING_SIGNALS, signals_of
from commonground.roleplay.model import Choice

#: An open question is understood as the node's strong open question from this score
#: (below :data:`.result.UNDERSTOOD`: its kind is most of what it shares with the listed one).
KIND_LED = 0.34


def pick(ranked, scores, reading, scenario=None, text: str = "", sims=None) -> Hearing:
    """The move the line means among ``ranked`` (best scored first), else why none.

    The best is heard unless it is below :data:`.result.UNDERSTOOD`, ties with a
    different move, or fails a gate below; a push listed here is heard as one whatever
    its score.
    """
    from commonground.reader.ask_phrases import ask_phrases

    pushes = _pushes(scenario, ranked, reading) if scenario is not None else []
    if pushes and (not ranked or scores[ranked[0].id] < UNDERSTOOD):
        # A push is a push however it is worded: below the threshold it is still heard as
        # the push listed here, never as a line nobody understood.
        best = pushes[0]
        return heard_as(
            best,
            scores,
            reading,
            f"a push, like '{short_quote(best.text)}' ({scores[best.id]:.2f})",
        )
    if ranked and _kind_led(ranked[0], scores, reading):
        pass  # an open question close enough to the node's open question (see KIND_LED)
    elif not ranked or scores[ranked[0].id] < UNDERSTOOD:
        best = scores[ranked[0].id] if ranked else 0.0
        return Hearing("not_understood", None, best, reading, why=(_nearest_note(ranked, scores),))
    best = ranked[0]
    rivals = [
        c for c in ranked[1:] if scores[c.id] >= scores[best.id] - TIE_MARGIN and _differs(c, best)
    ]
    if rivals:
        settled = _settle_tie((best, *rivals), text, reading)
        if settled is not None:
            return heard_as(settled, scores, reading, "the question it asks, of moves as close")
        settled = _no_mistake_unsaid((best, *rivals), text)
        if settled is not None:
            return heard_as(settled, scores, reading, "says none of the mistake's own words")
    if rivals:
        return Hearing(
            "unclear",
            None,
            scores[best.id],
            reading,
            could_be=(best, *rivals),
            why=(f"as close to {len(rivals) + 1} different moves",),
        )
    if best.quality == "harmful" and len(ranked) > 1:
        runner = ranked[1]
        kind = getattr(reading, "kind", "")
        if (
            runner.quality == "strong"
            and best.kind == runner.kind == kind
            and scores[runner.id] >= UNDERSTOOD
            and _no_mistake_unsaid((best, runner), text) is runner
        ):
            # The same kind of line as a strong move, without the words that make the
            # mistake ("how many people you reach" is no demand for the numbers).
            return heard_as(runner, scores, reading, "says none of the mistake's own words")
    # How close the wording alone is (the kind and signals aside): a line about something
    # else can share a move's kind ("Honestly the traffic was a nightmare." and "We really
    # need you on this one, honestly.") but not its words.
    wording = (sims or scores)[best.id]
    if best.quality == "harmful" and wording < WORDING_MATCH and about_something_else(best, text):
        return not_heard(
            best, scores, reading, f"shares no word that matters with '{short_quote(best.text)}'"
        )
    if (
        best.quality == "harmful"
        and best.kind == "ask"
        and wording < WORDING_MATCH
        and getattr(reading, "kind", "") != "ask"
        and "push" not in signals_of(reading)
        and not ask_phrases(text).get("activity")
    ):
        # Asking too soon needs an ask: "Hi, do you have time for a quick chat?" shares
        # "quick" with "I'll be quick. Would you put our petition...?" and asks for nothing.
        return not_heard(
            best, scores, reading, f"asks for nothing, unlike '{short_quote(best.text)}'"
        )
    if (
        scenario is not None
        and best.quality == "harmful"
        and wording < WORDING_MATCH
        and "push" in profile(scenario, best)[1]
        and "push" not in signals_of(reading)
        and little_in_common(content_words(text), wording_words(best))
    ):
        # A push is pressure: a line that presses nothing and is about something else is
        # not one, whatever word it shares with it ("My cat likes to sleep on the
        # radiator." is not "Couldn't you sleep after, just this once?").
        return not_heard(
            best, scores, reading, f"presses nothing, unlike '{short_quote(best.text)}'"
        )
    # Where credit is at stake (a strong move) or the meeting would end on it ("Oh, look
    # at the time. I'll let you sleep!"), a line about something else is not that move.
    if (
        scores[best.id] < WORDING_MATCH
        and (best.quality == "strong" or _ends_meeting(best, scenario))
        and not _form_carries(best, scenario, reading)
        and little_in_common(content_words(text), wording_words(best))
    ):
        return not_heard(
            best, scores, reading, f"is about something else than '{short_quote(best.text)}'"
        )
    return heard_as(
        best,
        scores,
        reading,
        f"closest in meaning to '{short_quote(best.text)}' ({scores[best.id]:.2f})",
    )


def _pushes(scenario, ranked, reading) -> list[Choice]:
    """For a line the reader marks as a push, the node's harmful choices that push too."""
    if "push" not in signals_of(reading):
        return []
    return [c for c in ranked if c.quality == "harmful" and "push" in profile(scenario, c)[1]]


def off_the_campaign(scenario, node, heard, text: str) -> bool:
    """True for a line heard as telling the campaign that names nothing of it.

    Similarity can carry a line on one shared word of an example ("the weather's been
    awful" and "we just want schedules to be less awful"); a line that tells what the
    campaign does names something of it: the campaign's words, or those of the node's
    campaign moves (not words of feeling or time: see :data:`.topic_words._COMMON`).
    Only where the campaign is told (a node with a strong campaign move): "let me fill
    you in on the campaign" turns to it elsewhere.
    """
    choice = heard.choice
    if heard.how != "meaning" or choice is None or choice.step != "campaign_work":
        return False
    if not any(c.step == "campaign_work" and c.quality == "strong" for c in node.choices):
        return False  # a move that turns to the campaign, not one that tells it
    own = content_words(text)
    theirs = campaign_words(scenario, node)
    return not own & theirs or little_in_common(own, theirs)


def _ends_meeting(choice: Choice, scenario) -> bool:
    """True for a move that leads straight to an ending (leaving without an ask)."""
    if scenario is None or not choice.next or choice.next not in scenario.nodes:
        return False
    return not scenario.node(choice.next).choices


def _form_carries(choice: Choice, scenario, reading) -> bool:
    """True when the line's form is the move, whatever its words: an open question heard
    as a strong open question or follow-up (what to ask about is the learner's own), or
    a reply that does what the move does (a probe, a confirmation, thanks, a follow-up);
    a question of fact (or an open one, told what it was) where the meeting opens with
    a question of fact; a close
    heard as a close."""
    kind = getattr(reading, "kind", "")
    if kind == "open_question" and choice.step in ("open_questions", "listening"):
        return True
    if kind in ("factual_question", "open_question") and choice.step == "factual_questions":
        return True  # a closed "Is now a good time?" must share the move's topic instead
    if kind == "close" and choice.kind == "close":
        return True  # a goodbye is a goodbye, whatever else it mentions
    if scenario is None:
        return False
    line = probes_as_one(set(signals_of(reading)) & (TELLING_SIGNALS | {"thanks"})) - {"push"}
    return bool(line & probes_as_one(profile(scenario, choice)[1]))


def about_something_else(choice: Choice, text: str) -> bool:
    """True when the line's content words share nothing with any wording of ``choice``.

    Asked only of a harmful move heard by a middling score: telling a learner they did
    harm (and costing trust) on the strength of a word like "like" teaches nothing.

    Similarity over letter groups can rest on a word that carries no meaning ("I like
    pizza." and "...what hunger really looks like"); a line that means a move shares a
    word of substance with one of its wordings (its stem is enough: "fight" and
    "fighting"). A line with no word of substance ("why?", "ok bye") is left to the
    score.
    """
    own = {w for w in content_words(text) if len(w) >= 4}
    if not own:
        return False
    theirs = wording_words(choice)
    return not any(w[:4] == t[:4] for w in own for t in theirs)


def _kind_led(best: Choice, scores, reading) -> bool:
    """An open question is understood at :data:`KIND_LED` as the node's strong open
    question: what to ask about is the learner's own, the form is what the step needs."""
    return (
        getattr(reading, "kind", "") == "open_question"
        and best.step in ("open_questions", "listening")
        and best.quality == "strong"
        and scores[best.id] >= KIND_LED
    )


def _settle_tie(tied, text: str, reading) -> Choice | None:
    """The move a question means among moves as close, when its form settles it, else None.

    Praise round a question ("honestly you're a legend. what keeps you going?") is the
    listed praise mistake where there is one ("Wow, you're amazing. How do you do it
    all?"); otherwise praise or not, the question is what is heard: one that points
    back ("what was that like?") is the follow-up, and a general question that builds on
    none of a follow-up's words is not that follow-up, so the open question of another
    step is heard (ours, session 11). A line that is no question
    stays unclear.
    """
    from commonground.reader.move_cues import MOVES_ON
    from commonground.reader.text import normalise
    from commonground.roleplay.line_checks import points_back
    from commonground.roleplay.praise import praises

    if MOVES_ON.search(normalise(text)):
        # "Cool. Next on my list: what...?" is the listed move down the list, where the
        # node has one, whatever its question (ours, session 11)
        moving = [c for c in tied if MOVES_ON.search(normalise(c.text))]
        if len(moving) == 1:
            return moving[0]
    if getattr(reading, "kind", "") not in ("open_question", "closed_question"):
        return None
    if praises(text):
        praising = [c for c in tied if any(praises(w) for w in (c.text, *c.examples))]
        if len(praising) == 1:
            return praising[0]
    own = content_words(text)
    follow_ups = [c for c in tied if c.step == "listening"]
    if len(follow_ups) == 1 and points_back(text):
        return follow_ups[0]
    others = [
        c
        for c in tied
        if c.step != "listening" and c.kind == "open_question" and c.quality == "strong"
    ]
    if (
        follow_ups
        and len(others) == 1
        and all(little_in_common(own, wording_words(c)) for c in follow_ups)
    ):
        return others[0]
    return None


def _no_mistake_unsaid(tied, text: str) -> Choice | None:
    """The one move left among moves as close when a harmful one is dropped for saying
    none of its own words (those of its wordings no other tied move has), else None.

    "How much people you reach in October?" is as close to the plain question of fact
    ("How many people did you get round to in October?") as to the task list that opens
    with a demand ("So I need your October numbers. How many people did you reach...?"):
    it says nothing of the demand ("need", "numbers", "floor"), so it is the question
    (ours, session 11). A line that says the demand stays unclear or is the mistake."""
    own = {w[:4] for w in content_words(text)}
    stems = {c.id: {w[:4] for w in wording_words(c)} for c in tied}
    left = []
    for c in tied:
        others = set().union(*(stems[o.id] for o in tied if o is not c))
        if c.quality == "harmful" and own.isdisjoint(stems[c.id] - others):
            continue
        left.append(c)
    if len(left) == 1 and len(left) < len(tied) and left[0].quality != "harmful":
        return left[0]
    return None


def _differs(a: Choice, b: Choice) -> bool:
    """True when hearing ``a`` rather than ``b`` would judge the line differently.

    Two strong moves of the same step and kind that lead on differently ("What have you
    seen at the pantry?" and "What moves you to feed people?") judge a general line that
    does the step ("how did you first get into all this?") alike: the best is heard, and
    the person answers it, rather than the learner being told the line was unclear
    (ours, session 9)."""
    if (a.quality, a.step, a.kind, a.ask) == (b.quality, b.step, b.kind, b.ask) and (
        a.quality == "strong" and not a.ask
    ):
        return False
    return (a.quality, a.step, a.next, a.ask) != (b.quality, b.step, b.next, b.ask)


def _nearest_note(ranked, scores) -> str:
    if not ranked:
        return "nothing to say here"
    best = ranked[0]
    return f"nearest was '{short_quote(best.text)}' ({scores[best.id]:.2f}), below {UNDERSTOOD}"
