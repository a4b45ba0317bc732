"""One concrete way to improve a line, in the method's own terms.

:func:`rewrite_hint` turns a :class:`~commonground.reader.Reading` into a suggestion; the
open rewrites of closed and leading questions live in :mod:`.rewrites`, the cues of the
moves a line makes in :mod:`.move_cues`.
"""

from __future__ import annotations

import re

from commonground.reader.asks import names_when_and_where
from commonground.reader.campaign_talk import tells_the_campaign
from commonground.reader.closing import dated_follow_up
from commonground.reader.listening import reflects
from commonground.reader.move_cues import (
    ASKS_LEAVE_TO_CALL,
    CHECKS_THE_YES,
    DEFLECTS,
    MOVES_ON,
    NARRATES,
    PRESSES_A_VIEW,
    SAYS_WHY,
    THANKS_FOR_SHARING,
    checks_a_reflection,
)
from commonground.reader.paper_asks import needed_parts
from commonground.reader.praise import praises
from commonground.reader.rewrites import rewrite_closed, rewrite_leading
from commonground.reader.text import normalise, sentences

__all__ = ["RESPOND_REPLIES", "ask_hint", "rewrite_closed", "rewrite_hint", "rewrite_leading"]

_PART_HINTS = {
    "activity": "a concrete activity ('knock doors', 'host a house meeting')",
    "time": "a day and time ('this Saturday at 10am')",
    "place": "a place ('at the library', 'on Zoom')",
    "amount": "how much ('for two hours', 'five neighbours')",
}


def ask_hint(missing: tuple[str, ...]) -> str:
    """Name the parts an ask leaves out, with an example of each."""
    needed = [p for p in ("activity", "time", "place") if p in missing]
    if not needed:
        return ""
    hints = [_PART_HINTS[p] for p in needed]
    joined = hints[0] if len(hints) == 1 else ", ".join(hints[:-1]) + " and " + hints[-1]
    return f"Make the ask specific: add {joined}."


#: Signals of the method's replies to a yes, a no or a maybe: a closed question is right
#: there ("So that's Tuesday at 3:30 at the branch, does that still work?").
RESPOND_REPLIES = frozenset({"confirm_details", "probe_no", "probe_maybe"})


def rewrite_hint(reading, text: str = "", donation: bool = False) -> str:
    """Return one concrete way to improve the line that produced ``reading``.

    Parameters
    ----------
    reading
        A :class:`~commonground.reader.Reading` (kind, parts and fit are used).
    text
        The original line, used to build rewrites of closed and leading questions.
    donation
        True for an ask for money: it needs an amount, not a time or place.

    Returns
    -------
    str
        The suggestion, or ``""`` when the line already does its job.
    """
    kind = reading.kind
    signals = set(getattr(reading, "signals", ()))
    if "on_the_spot" in signals:
        return (
            "This puts them on the spot: a 'why didn't you...' question sounds like blame. "
            "Ask what gets in the way instead: 'What gets in the way?' or 'What would make it "
            "easier?'"
        )
    if "push" in signals and not (
        kind == "leading_question" and PRESSES_A_VIEW.search(normalise(text))
    ):
        pushes = (
            "If they have just said no or maybe, this pushes. Accept the answer and find out "
            "what is behind it: 'Is it the day, or the activity?' or 'What would you need to "
            "know?'"
        )
        # An ask that presses can name no activity too: both are said (ours, session 10).
        vague = kind == "ask" and "vague" in signals
        also = _ask_suggestion(reading, donation, text) if vague else ""
        return f"{pushes} {also}" if also else pushes
    asks = kind in {"open_question", "factual_question", "closed_question"}
    if asks and DEFLECTS.search(normalise(text)):
        return (
            "They asked about you: share your story first (a moment, and why you got "
            "involved), then turn it back to them. A 1:1 needs both of you in it."
        )
    if asks and MOVES_ON.search(normalise(text)):
        return (
            "'Next on my list' and 'anyway' move on from what they just said, and a 1:1 is a "
            "connection, not an interview. Build on their last answer instead: 'What was "
            "that like for you?'"
        )
    if kind in {"open_question", "factual_question"} and praises(text):
        return (
            "Our advice: leave the praise out and ask the question on its own. Praise tells "
            "them what you think of them, not what they told you, and after 'you're amazing' "
            "a struggle is hard to admit."
        )
    if kind == "close":
        return _close_suggestion(signals, text)
    if kind in {"common_ground", "other"} and "agrees_only" in signals:
        return (
            "Say what you share, in your own words: 'My kids go to Lincoln too, and I worry "
            "about the same thing.'"
        )
    if kind == "closed_question" and ASKS_LEAVE_TO_CALL.search(normalise(text)):
        return (
            "At the close, the method promises the follow-up: say when and how, rather than "
            "asking leave ('I'll call you Thursday evening to see how it went'), and thank "
            "them for their time."
        )
    if (
        kind == "closed_question"
        and CHECKS_THE_YES.search(normalise(text))
        and not names_when_and_where(text)
    ):
        # After a yes, "so you're in then?" checks the yes and confirms nothing of the plan.
        return (
            "This checks that they are in: a closed confirmation, fine after a clear yes, "
            "but it names none of the plan. After a yes the method confirms the details: 'So "
            "that's Saturday at 10 at the library, does that still work?' After a maybe or a "
            "no it presses for a yes: ask what they would need to know instead."
        )
    if kind == "closed_question" and checks_a_reflection(text):
        return ""  # their words given back, then "have I got that right?": listening
    if kind == "closed_question" and signals & RESPOND_REPLIES:
        return ""  # confirming the details, or probing a no or a maybe: the method's reply
    if kind == "closed_question":
        return f"Open it up so they can talk: '{rewrite_closed(text)}'"
    if kind == "leading_question":
        return f"Take out the push and let them answer freely: '{rewrite_leading(text)}'"
    if kind == "advice":
        return (
            "A 1:1 builds a connection; it is not for fixing their problem. Ask about them "
            "instead: 'How has that been for you?' or 'What would you want to change?'"
        )
    if kind == "factual_question":
        return (
            "Fine as an opener. After a fact or two, share your story and pivot to an open "
            "question: 'What got you interested in this?'"
        )
    if kind in {"story", "other"} and "credentials" in signals:
        return (
            "Our advice: this lists roles and titles, a résumé rather than a story. Tell one "
            "moment instead: what happened, how it felt, and why you got involved."
        )
    if kind == "story":
        if SAYS_WHY.search(normalise(text)):
            return "Keep it short, then pivot to them: 'What brought you to this?'"
        return (
            "Say why it matters to you ('...and that's why I care about this'), then pivot to them."
        )
    if kind == "other" and "acknowledges" in signals:
        if any(reflects(s) for s in sentences(normalise(text))):
            return (
                "Giving back what they said is listening, one of the meeting's steps. Let "
                "them go on, or follow it with an open question: 'What has that been like "
                "for you?'"
            )
        return (
            "This acknowledges them. To show you listened, say back what you heard in your "
            "own words ('So the night shifts wear you down'), or ask an open question: "
            "'What has that been like for you?'"
        )
    if kind == "other" and "thanks" in signals and THANKS_FOR_SHARING.search(normalise(text)):
        return (
            "Thanking them for what they shared is warm. Let them go on, or follow it with "
            "an open question: 'What has that been like for you?'"
        )
    if kind == "other" and "confirm_details" in signals:
        return ""  # the details of a yes said back as a statement: "So Tuesday 11 March, 2pm..."
    if kind == "other" and tells_the_campaign(text):
        return (
            "This says what the campaign is doing and why, one of the meeting's steps. Keep "
            "it short and tie it to what they told you (after your story and the common "
            "ground); then make a clear, specific ask."
        )
    if kind == "other" and "first_person" in signals and NARRATES.search(normalise(text)):
        return (
            "This speaks about you. If it is your story, tell the moment and why you got "
            "involved, then turn to them: 'What brought you to this?'"
        )
    if kind == "other":
        return (
            "This doesn't read as a 1:1 move yet. Try an open question ('What ...?'), a bit of "
            "your story ('I got involved when ...') or a clear, specific ask."
        )
    if kind == "ask":
        return _ask_suggestion(reading, donation, text)
    return ""


def _close_suggestion(signals: set[str], text: str = "") -> str:
    """The method's close: thank them, and say there will be follow-up (when and how)."""
    dated = any(dated_follow_up(s) for s in sentences(normalise(text))) if text else True
    missing = []
    if "thanks" not in signals:
        missing.append("thank them for their time")
    if "follow_up" not in signals or not dated:
        missing.append("say when and how you will follow up ('I'll call you Thursday to confirm')")
    if not missing:
        return ""
    return "As the conversation ends, " + " and ".join(missing) + "."


# A plan agreed before and checked again: "...does that still work?", "so that's...".
_RECONFIRMS = re.compile(
    r"\bstill\b|^(?:[a-z]+,? )?(?:so|just to (?:confirm|check|double[- ]?check|make sure)|to recap)"
    r",? (?:that's|that is|it's|it is|we're|you're|we said)\b"
)


def _ask_suggestion(reading, donation: bool = False, text: str = "") -> str:
    conflicts = [r for r in reading.rules if "conflicts with" in r]
    if reading.fits is False and conflicts:
        return (
            "This clashes with what you learned about them; have an alternative ready (another "
            "day, time or activity) that works for them."
        )
    if donation:
        hint = "" if "amount" in reading.specific_parts else "Name an amount: 'could you give $25?'"
    else:
        needed = needed_parts(text) if text else ("activity", "time", "place")
        if "confirm_details" in getattr(reading, "signals", ()) and _RECONFIRMS.search(
            normalise(text)
        ):
            # "So that's Tuesday at 7 at the church hall, does that still work?": the yes
            # agreed the activity; its details are checked (ours, session 12)
            needed = tuple(p for p in needed if p != "activity")
        hint = ask_hint(tuple(p for p in needed if p not in reading.specific_parts))
    if hint:
        return hint
    if reading.fits is False:
        return (
            "Make sure the ask makes sense for this person: tie it to something you learned "
            "about them."
        )
    return ""
