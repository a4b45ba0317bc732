"""A story of one's own told where the meeting had no place for it (ours, session 10).

The method's story has its moment (after an easy question or two, before the open
questions), and a node that offers a story move hears a story there
(:func:`.own_moves._own_story`). A learner who tells it at another moment, in the same
breath as the move they were heard as ("That sounds like it mattered to you. My mum was
a dinner lady, and she always said the kids who got fed learned more - that's why I got
into the library campaign."), has still shared their story: the debrief must not call
the step skipped. Such a line keeps the move it was heard as (or, heard as none, the
persona's fallback), and the story step is credited too, judged on the story's own
words (:func:`.line_checks.judge_line`: a speech that never turns to them is weak), with
a note that says so.

What counts as the story: the statements from the first to the last in which a rule of
the reader's for a story finds the speaker ("I got involved when...", "my mum was..."),
so their words given back, a question, common ground ("I felt the same.") or a close
around it are not judged as it, and words about this meeting (an apology, why you came today) are left
out. The reader must read that as a story (its kind), about the speaker (its
``first_person`` signal), doing the story step (:func:`.line_checks.tells_story`: ten
words or more, not a list of roles, not a life told stage by stage) and saying how it
felt, why you are involved or a moment with your own people (told unasked, a moment
alone is news: ours). A complaint
in the first person ("I'm so angry about the council"), the campaign pitched ("We're
fighting the cuts because...") or its history ("The coalition started years ago...")
is no story; a story already shared is not credited twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from commonground.planners.story import _FEELING, _INVOLVED, _MOMENT, tells_a_story
from commonground.reader.statements import _KNOWN_PEOPLE
from commonground.roleplay.line_checks import judge_line, signals_of, tells_story, word_count

#: The method step this module credits.
STORY_STEP = "your_story"

# A word about oneself (or one's own people): a story starts at the first sentence with one.
_OWN = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|my|me|mine|myself|we|we're|we've|our|us)\b")

# Words about this meeting, not one's life: an apology for it ("I'm sorry, I came here to
# listen and I started by talking"), why you came today ("I called to hear how you are").
_ABOUT_THIS_MEETING = re.compile(
    r"\b(?:sorry|apologi[sz]e|apologies|my (?:mistake|bad)|came out wrong)\b"
    r"|\bi (?:came|come|called|rang|phoned|popped (?:round|by|in)|dropped (?:by|in)|knocked)\b"
    r"[^.?!]{0,20}\bto (?:hear|listen|ask|talk|chat|see how|find out|meet you|get to know|"
    r"catch up)\b"
    r"|\bi (?:started|kept|was|'ve been|went) (?:by |on )?(?:talking|going on|rambling)\b"
)


# The speaker's own people ("my dad", "our kids"), as the reader names them.
_THEIR_PEOPLE = re.compile(rf"\b(?:my|our) (?:[\w'-]+ )?(?:{_KNOWN_PEOPLE})\b")


@dataclass(frozen=True)
class _Said:
    """The reading a told story is judged on: its kind and signals."""

    kind: str
    signals: tuple[str, ...]


def told_story(text: str) -> str:
    """The part of ``text`` that tells the speaker's story (normalised; ``""`` when none
    does): from the first statement in which a rule of the reader's for a story finds the
    speaker (:func:`tells_of_oneself`) to the last, so that their words given back, a
    question ("have I got that right?" asks), common ground or a close said before or
    after it are not judged as the story. Words about this meeting (an apology, why you
    came today) are no story."""
    from commonground.reader.text import normalise, sentences

    said = [
        part.strip()
        for s in sentences(normalise(text))
        for part in s.split(";")
        if part.strip() and not _ABOUT_THIS_MEETING.search(part)
    ]
    own = [
        i
        for i, s in enumerate(said)
        if not s.endswith("?") and tells_of_oneself(s) and not _names_common_ground(s)
    ]
    return " ".join(said[own[0] : own[-1] + 1]) if own else ""


def _names_common_ground(said: str) -> bool:
    """Does a sentence name what you share ("I felt the same.", "Me too.")? Said before a
    story ("I felt the same. When my dad lost his job..."), it is common ground, not where
    the story starts (session 11)."""
    from commonground.reader.statements import COMMON_GROUND

    return any(p.search(said) for p in COMMON_GROUND)


def tells_of_oneself(said: str) -> bool:
    """Does a rule of the reader's for a story (:data:`.reader.statements.STORY`) find
    the speaker in a sentence ("I got involved when...", "my mum was...", "that's why
    I...")? A history of the campaign ("The coalition started years ago...") is not one's
    own story."""
    from commonground.reader.statements import STORY

    return any(_OWN.search(m.group(0)) for pattern in STORY for m in pattern.finditer(said))


def tells_why_it_matters(told: str) -> bool:
    """Does the story say how it felt or why the speaker is involved, or picture a moment
    with their own people (:mod:`commonground.planners.story`: "I remember when my dad
    took me...")? Told unasked, a moment alone ("I was reading about the budget last week
    and it said...") is news, not why you care (ours)."""
    if _FEELING.search(told) or _INVOLVED.search(told):
        return True
    return bool(_MOMENT.search(told) and _THEIR_PEOPLE.search(told))


def offers_a_story(node) -> bool:
    """Does the node list a story move (where a story is heard as itself)?"""
    return any(c.step == STORY_STEP for c in node.choices)


def late_story(node, heard, text: str, reader, story_shared: bool):
    """The judgement of the story the line told besides the move it was heard as, or
    ``None`` (no story told, the node has a story move, or the story was shared already).
    """
    if story_shared or offers_a_story(node):
        return None
    whole = heard.reading
    said = signals_of(whole)
    # Cheap checks first: most lines are no story, and are not read again. A story speaks
    # of oneself, which the reader finds in any line but an ask (whose sentences it does
    # not read for it).
    if "push" in said or word_count(text) < 10:
        return None
    if "first_person" not in said and getattr(whole, "kind", "") != "ask":
        return None
    told = told_story(text)
    if word_count(told) < 10 or not tells_a_story(told) or not tells_why_it_matters(told):
        return None
    from commonground.reader.text import normalise

    reading = whole if told == normalise(text) else reader(told)
    kind, signals = getattr(reading, "kind", ""), signals_of(reading)
    if kind != "story" or "first_person" not in signals or not tells_story(told, signals, kind):
        return None
    if "turns_to_them" in signals_of(whole) and "turns_to_them" not in signals:
        signals = (*signals, "turns_to_them")  # the question after it hands the turn back
    return judge_line(STORY_STEP, "strong", _Said(kind, signals), told)


def _order_note(step: str) -> str:
    """Where the story came, against the method's order of the meeting steps (with our
    advice on why it comes first, when it came late)."""
    from commonground import method
    from commonground.roleplay.debrief import meeting_step_of

    elements = method.load()
    at = meeting_step_of(step) if step else None
    story = elements.element(STORY_STEP)
    if at and at != "listening" and elements.element(at).order < story.order:
        return (
            "earlier than the method's order, which puts it after an easy question or two: "
            "it counts for that step."
        )
    return (
        "later than the method's order, which puts it before the open questions: it counts "
        "for that step. Our advice: told first, it invites them to share back."
    )


def credit_late_story(node, heard, text: str, result, reader):
    """The turn ``result`` with the story the line told credited too (see the module),
    and said in the feedback; ``result`` unchanged when it told none.

    A line heard as no move here (the persona did not follow it) that told a story has
    still done the story step: the debrief must not call it skipped."""
    from commonground.roleplay.engine import node_step
    from commonground.roleplay.state import StepRecord

    state = result.state
    shared = state.story_shared or any(
        r.step == STORY_STEP and r.credited and r.quality == "strong" for r in state.steps
    )
    judged = late_story(node, heard, text, reader, shared)
    if judged is None or not judged.credited:
        return result
    choice = heard.choice if heard.understood else None
    step = choice.step if choice is not None else ""
    if step in ("", "listening", "connection_not_interview"):
        step = node_step(node)
    record = StepRecord(STORY_STEP, judged.quality, choice.id if choice else "", True, True)
    state = replace(state, steps=state.steps + (record,), story_shared=True)
    said = "You shared your story too" if choice is not None else "You shared your story"
    note = f"{said}, {_order_note(step)}"
    if judged.note:
        note = f"{note} {judged.note}"
    return replace(result, state=state, feedback=f"{result.feedback} {note}")
