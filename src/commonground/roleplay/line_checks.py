"""Did a typed line do the step it was heard as? The judgement of a line's own words.

A typed line that is closest to a choice takes that choice's branch, but it is credited
with the choice's step only when its words did that step: a common-ground move must
name something shared (not a bare "we agree"), a close must thank them or say when you
will be in touch, a reply to a yes must confirm the details, a reply to a no must find
out whether it is the time or the activity. Pushing is pressure on a refusal or a
hesitation about an ask: once an ask has been made (or where the scenario lists a push) it
is harmful wherever it is heard; before any ask, the same words ("surely it's all worth
it?") are a leading question, weak and not credited. The needs come from the method's
steps; where we go further than the source guide (how long a story runs before it should
turn to them) it is our advice and the feedback says so.

The parts: the reader's signals and kinds (:mod:`.line_signals`), a line's length
(:mod:`.line_length`), pressing lines (:mod:`.pressing_lines`), stories
(:mod:`.story_checks`), a campaign's why (:mod:`.campaign_why`) and follow-ups
(:mod:`.follow_ups`); their names are importable from here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commonground.reader.text import normalise
from commonground.roleplay.campaign_why import gives_a_why
from commonground.roleplay.follow_ups import MOVED_ON, builds_on, moves_on, points_back
from commonground.roleplay.line_length import (
    SELF_TALK_WORDS,
    speaking_minutes,
    speech_note,
    word_count,
)
from commonground.roleplay.line_signals import (
    KEY_SIGNALS,
    QUESTIONS,
    RESPOND_NEEDS,
    TELLING_SIGNALS,
    signals_of,
)
from commonground.roleplay.praise import PRAISE_NOT_LISTENING, PRAISED_QUESTION, praises
from commonground.roleplay.pressing_lines import (
    LEADING_NOTE,
    PRESSED_ASK,
    PUSH_NOTE,
    presses_in_ask,
    takes_as_yes,
)
from commonground.roleplay.story_checks import (
    CHRONOLOGY_THENS,
    NOT_A_STORY,
    chronology,
    tells_story,
)

# This module's names, and its parts' that other modules and the tests import from here.
__all__ = [
    "CHRONOLOGY_THENS",
    "KEY_SIGNALS",
    "LEADING_NOTE",
    "MOVED_ON",
    "NOT_A_STORY",
    "OPEN_AT_OPENING",
    "PRESSED_ASK",
    "PUSH_NOTE",
    "QUESTIONS",
    "RESPOND_NEEDS",
    "SELF_TALK_WORDS",
    "TELLING_SIGNALS",
    "Judgement",
    "builds_on",
    "chronology",
    "gives_a_why",
    "judge_line",
    "moves_on",
    "only_checks_the_yes",
    "points_back",
    "presses_in_ask",
    "signals_of",
    "speaking_minutes",
    "speech_note",
    "takes_as_yes",
    "tells_story",
    "word_count",
]

#: What an open question at the opening is told: it asked about them, but it is the step
#: that comes after your story, and the opening wants an easy question of fact.
OPEN_AT_OPENING = (
    "an easy question of fact (how long, which, where); yours was an open question, the "
    "step the meeting comes to after your story"
)

# An open question about their experience, feelings or views (not a fact such as "what
# course are you doing?", which the reader may also read as open).
_ASKS_EXPERIENCE = re.compile(
    r"\b(?:like for (?:you|u)|what(?:'s| is| has| was| had)? (?:it|that|this|life|things) (?:been |"
    r"really )?like|how (?:does|did|do|has|have|would) (?:it|that|this|you|things|life) (?:feel|felt|"
    r"been|going|find)|how(?:'s| is| has) (?:it|that|life|things|everything) (?:been|going|feel)|"
    r"tell me (?:about|more|what|how)|what (?:brings|brought|drew|got|made) you|"
    r"what (?:matters|moves|motivates|excites|worries|keeps)|why do you|"
    r"what do you (?:think|feel|love|enjoy|like|make)|what (?:keeps|gets) you)\b",
    re.I,
)


@dataclass(frozen=True)
class Judgement:
    """A typed line's own quality for a step, whether it did the step, and why.

    ``checked`` is True when the words were checked against what the step needs and
    did it (some steps have no check: any line heard as them will do).
    """

    quality: str
    credited: bool
    note: str = ""
    checked: bool = False


def only_checks_the_yes(text: str) -> bool:
    """Does a line after a yes only check that they are in ("ok cool so ur in then?", "so
    that's a yes?"), naming none of the plan (no day, time, place or activity)? A closed
    confirmation at best: the method's reply says the details back (session 11)."""
    from commonground.reader.asks import specificity
    from commonground.reader.move_cues import CHECKS_THE_YES

    return bool(CHECKS_THE_YES.search(normalise(text))) and not specificity(text)


def _need(
    step: str, kind: str, signals: set, text: str, reasons: tuple = (), their: str | None = None
):
    """``(done, partly, what it needs)`` for a step; ``None`` when any line will do."""
    if step == "factual_questions":
        if kind == "open_question" and _ASKS_EXPERIENCE.search(text):
            # A question about them, so it opens the meeting (partly), but it is the later
            # step's kind: the feedback names what the line was, not the step it stood in.
            return False, True, OPEN_AT_OPENING
        return kind in QUESTIONS, False, "a question"
    if step == "your_story":
        return (
            tells_story(text, signals, kind),
            False,
            ("a moment from your own life: what happened, how it felt, why you got involved"),
        )
    if step == "open_questions":
        return kind == "open_question", False, "an open question (what, how, tell me about)"
    if step == "listening":
        done = (kind in QUESTIONS and builds_on(text, their)) or "acknowledges" in signals
        return done, False, "a follow-up on what they just said, or their words reflected back"
    if step == "common_ground":
        done = kind == "common_ground" and "agrees_only" not in signals
        return done, False, "saying out loud what you both share, in words of your own"
    if step == "campaign_work":
        done = kind not in QUESTIONS and word_count(text) >= 8 and gives_a_why(text, *reasons)
        return (
            done,
            False,
            (
                "what the campaign is doing and why (a reason, or the decision it works towards "
                "and when), in a few sentences"
            ),
        )
    if step in RESPOND_NEEDS:
        signal, what = RESPOND_NEEDS[step]
        # Either probe finds out what is behind a no or a maybe ("what would it take for a
        # yes?" after a no): the method's "time or activity?" is one way to ask it.
        probes = {"probe_no", "probe_maybe"} if step != "respond_yes" else {signal}
        done = bool(probes & signals) or (step == "respond_maybe" and kind == "open_question")
        if done and step == "respond_yes" and only_checks_the_yes(text):
            return False, True, what  # "so you're in then?" confirms the yes, not the plan
        return done, False, what
    if step in ("close_conversation", "promise_follow_up", "thank_them"):
        thanks, follow = "thanks" in signals, "follow_up" in signals
        if step == "thank_them":
            return thanks, False, "thanking them"
        if step == "promise_follow_up":
            return follow, False, "saying when you will be in touch"
        return thanks and follow, thanks or follow, "thanks, and when you will be in touch"
    return None


#: The steps where praise of them is judged: a question wrapped in it, or listening.
_PRAISE_STEPS = frozenset({"factual_questions", "open_questions", "listening"})


def judge_line(
    step: str,
    authored: str,
    reading,
    text: str,
    pressing: bool = True,
    reasons: tuple = (),
    their: str | None = None,
    wordings: tuple = (),
) -> Judgement:
    """Judge a typed line heard as a choice of quality ``authored`` for ``step``.

    ``pressing`` is False before any ask at a node that lists no push: pressing words
    there lead rather than push (weak, with :data:`LEADING_NOTE`). ``reasons`` is the
    campaign's ``(why, what)``: a campaign line that gives the why in its own words says
    why (see :func:`gives_a_why`). ``their`` is what the person just said: a question
    heard as listening must build on it (:func:`builds_on`). ``wordings`` are those of
    the move heard (its praise, if it is the praise mistake, is not told twice).
    """
    kind = getattr(reading, "kind", "other")
    signals = set(signals_of(reading))
    if "push" in signals and pressing:
        return Judgement("harmful", False, PUSH_NOTE)
    if authored == "harmful":
        return Judgement("harmful", False)
    if "push" in signals:
        return Judgement("weak", False, LEADING_NOTE)
    notes = []
    quality, credited, checked = authored, True, False
    need = _need(step, kind, signals, text, reasons, their)
    if need is not None:
        done, partly, what = need
        checked = done
        if not done:
            credited = partly
            quality = "weak"
            notes.append(f"Your words did not do this step: it needs {what}.")
    if (
        step in _PRAISE_STEPS
        and praises(text)
        and (authored == "strong" or not any(praises(w) for w in wordings))
    ):
        # Praise of them is no part of a question, and never listening (ours, session 10);
        # told also where the move heard is weak for another reason, unless its own
        # wordings are the praise mistake, whose feedback says so (session 11).
        quality = "weak"
        credited = credited and step != "listening"
        notes.append(PRAISE_NOT_LISTENING if step == "listening" else PRAISED_QUESTION)
    if step in _PRAISE_STEPS and kind in QUESTIONS and moves_on(text, their):
        quality = "weak"
        notes.append(MOVED_ON)
    if "on_the_spot" in signals:
        quality = "weak"
        notes.append("That puts them on the spot; ask about them without blame.")
    speech = speech_note(reading, text)
    if speech:
        quality = "weak"
        notes.append(speech)
    return Judgement(quality, credited, " ".join(notes), checked)
