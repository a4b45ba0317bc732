"""Signals: what a line does, beyond its kind (pushing, probing, thanking, following up...).

A line has one kind but may carry several signals (see :data:`SIGNALS`). They are read
without context: ``push`` says the line presses, and it is the caller (the role-play
engine, the typed-reply drill) that knows whether it came after a no or a maybe.
Every rule that fires leaves a note, like the kind rules do.

:func:`detect` reads them all; the rules live by family in :mod:`.question_form`
(``on_the_spot``, ``turns_to_them``), :mod:`.probes`, :mod:`.pushes`,
:mod:`.confirming` (``confirm_details``), :mod:`.closing` (``thanks``, ``follow_up``),
:mod:`.listening` (``acknowledges``, ``agrees_only``) and :mod:`.about_oneself`
(``first_person``, ``credentials``).
"""

from __future__ import annotations

import re

from commonground.reader.about_oneself import (
    FIRST_PERSON,
    IF_I_WERE,
    NOT_ABOUT_ME,
    credentials,
    tells_of_us,
)
from commonground.reader.asks import names_when_and_where_in
from commonground.reader.campaign_talk import tells_the_campaign
from commonground.reader.closing import THANKS, THANKS_HINTS, follow_up
from commonground.reader.confirming import STARTS_WITH_WHEN, TAG_CHECK, confirmation
from commonground.reader.guards import any_in
from commonground.reader.listening import (
    ACKNOWLEDGES,
    AGREES_ONLY,
    BARE_ACK,
    REFLECTS,
    REFLECTS_BACK,
    strip_fillers,
)
from commonground.reader.probes import probe_signal
from commonground.reader.pushes import ASK_NEED, PUSH, about_oneself_once
from commonground.reader.question_form import (
    ON_THE_SPOT,
    TURNS,
    is_question,
    split_turn_back,
    strip_lead,
)
from commonground.reader.text import sentences

#: Every signal the reader can attach to a line, in alphabetical order.
SIGNALS = (
    "acknowledges",
    "agrees_only",
    "confirm_details",
    "credentials",
    "first_person",
    "follow_up",
    "on_the_spot",
    "probe_maybe",
    "probe_no",
    "push",
    "thanks",
    "turns_to_them",
    "vague",
)


# A probe said in statement order, as learners ask it: "It is only the Thursday that is
# problem, or the speaking also?" asks which it is; "it's only the one evening" presses.
_ONLY_THE = re.compile(r"\b(?:only|just) the$")


# A clock time: the details of something to come to ("the rally starts at 11 outside city hall").
_CLOCK = re.compile(r"\b(?:at|from|by) \d{1,2}(?:[:.]\d\d)?\b|\d\s?(?:am|pm)\b|\b\d{1,2}:\d\d\b")


def _campaign_news(sentence: str) -> bool:
    """The campaign's news with a month or a day in it ("in June the county board sets its
    budget"), which is no plan said back after a yes; one with a clock time is."""
    return tells_the_campaign(sentence) and not _CLOCK.search(sentence)


def detect(text: str, kind: str, parts: tuple[str, ...] = ()) -> tuple[tuple[str, ...], list[str]]:
    """Return ``(signals, notes)`` for a normalised line already read as ``kind``.

    Parameters
    ----------
    text
        The line after :func:`commonground.reader.text.normalise`.
    kind
        Its kind (``vague`` needs ``ask``, ``turns_to_them`` a question).
    parts
        For an ask, the :data:`~commonground.reader.asks.ASK_PARTS` it names.
    """
    found: dict[str, str] = {}
    # "i grew up here, what about you?": the story, then the hand-back (ours, session 12)
    said = [piece for s in sentences(text) for piece in split_turn_back(s)]

    def add(signal: str, why: str) -> None:
        found.setdefault(signal, why)

    for s in said:
        probe = probe_signal(s)
        if probe and probe[0] == "probe_no" and kind == "ask" and "activity" in parts:
            probe = None  # "filming three or four riders, Tuesday at 4?" asks; it probes nothing
        if probe:
            add(*probe)
        question = is_question(s)
        m = PUSH.search(s)
        if m and probe and re.search(r"\bhelp\b", m.group(0)):
            m = None  # "is there anything I could tell you that would help?" asks, not presses
        if m and probe and _ONLY_THE.search(m.group(0)):
            m = None  # "it is only the Thursday that is a problem, or the speaking also?" asks
        if m and m.group(0) == "for once" and about_oneself_once(s, m.start(), m.end()):
            m = PUSH.search(s[m.end() :])  # "I'll keep it short for once" presses nobody
        if m and kind == "ask" and "activity" in parts and ASK_NEED.match(m.group(0)):
            m = None  # "we need people to phone bank thursday" is the ask, said as a need
        if m:
            add("push", f"'{m.group(0).strip(' ,?.!')}' presses after a no or maybe")
        m = confirmation(s)
        if m:
            add("confirm_details", f"'{m.group(0).strip(' ,?')}' confirms the details")
        checked = not question or TAG_CHECK.search(s)  # "..., ok?" asks them to check it
        if kind != "ask" and checked and names_when_and_where_in(s) and not _campaign_news(s):
            add("confirm_details", "states when and where -> confirms the details")
        elif kind != "ask" and checked and STARTS_WITH_WHEN.match(s):
            add("confirm_details", "opens with the day and time -> confirms the details")
        m = THANKS.search(s) if any_in(THANKS_HINTS, s) else None
        if m and s[: m.start()].endswith(("said ", "says ", " a ")):
            m = None  # "nobody ever said thank you to her", "not a thank you": reported
        if m:
            add("thanks", f"'{m.group(0)}' thanks them")
        m = follow_up(s)
        if m:
            add("follow_up", f"'{m.group(0)}' promises a next contact")
        m = (
            ACKNOWLEDGES.match(strip_fillers(s))
            or REFLECTS.match(s)
            or REFLECTS_BACK.match(s)
            or BARE_ACK.match(text)
        )
        if m:
            add("acknowledges", f"'{m.group(0).strip(' ,')}' acknowledges what they said")
        if not question and kind != "ask":
            rest = NOT_ABOUT_ME.sub(" ", s)
            if ("if i w" in rest or "if it w" in rest) and IF_I_WERE.search(rest):
                rest = ""  # the whole sentence is about them
            m = FIRST_PERSON.search(rest)
            if m:
                add("first_person", f"'{m.group(0)}': speaks about oneself")
            elif "we" in rest or "our" in rest or "us" in rest:
                m = tells_of_us(rest)
                if m:
                    add("first_person", f"'{m.group(0)}': a story of us, about oneself")
        spot = ON_THE_SPOT.search(s) if question and not probe else None
        if spot:
            add("on_the_spot", f"'{spot.group(0)}' puts them on the spot")
        elif (
            question
            and kind not in {"ask", "leading_question", "advice"}
            and TURNS.search(strip_lead(s))
            and not {"push", "confirm_details"} & set(found)
        ):
            add("turns_to_them", "a question about them hands the conversation back")
    if kind != "ask":
        found_credentials = credentials(text)
        if found_credentials:
            add("credentials", f"{found_credentials} lists roles and titles, not a moment")
    if AGREES_ONLY.match(text.strip(" ,.!")):
        add("agrees_only", "a bare agreement with nothing of yours in it")
    if kind == "ask" and not {"activity", "time", "place"} & set(parts):
        add("vague", "the ask names no activity, time or place")
    signals = tuple(sorted(found))
    return signals, [f"{found[s]} -> signal {s}" for s in signals]
