"""The words that name each part of an ask, as the learner typed them.

:func:`ask_phrases` finds the activity, time, place and amount of an ask (for a persona's
reply that echoes them, "Flyers at the hospital? No.", and for the linter's comparison of
an ask's text with its wordings).
"""

from __future__ import annotations

import re

from commonground.reader.asks import (
    ACTIVITY,
    AGAIN,
    AMOUNT,
    ASK_PARTS,
    DETERMINER,
    DO_THING,
    EVENT_NOUNS,
    HERE,
    TIME_LEAD,
    TIME_WORDS,
    action_verb,
    drop_lead,
    now_in,
    place_match,
    strip_places,
    strip_times,
    time_span,
    time_spans,
)
from commonground.reader.text import normalise

# Words that end an activity phrase: where the time, place or amount begins, or company.
_ACTION_END = re.compile(
    r"[,;.!?]|\s(?:with (?:me|us|you|the team|a few of us|some of us)|for (?:me|us)|please|"
    # the aim, not the act: "sign our petition to keep the library open"
    r"to (?:save|keep|stop|protect|defend|fight|demand|oppose|block|reverse|end|win|fix|"
    r"reopen)|"
    r"if you can|if you could|if you're free|for the campaign|together)\b"
)
# Verbs of DO_THING that are part of the activity ("run the raffle", "staff the stall",
# "take on the newsletter"): only a bare "do" or a booking verb says nothing of the act.
_OWN_VERB = re.compile(r"^(?:run|take on|cover|staff) ")
_PLACE_LEAD = re.compile(r"\b(?:on|over|via|by|in)\s+$")


def ask_phrases(text: str) -> dict[str, str]:
    """The words that name each part of an ask, as typed (for a reply that echoes them).

    Works on typed, lower-case and unpunctuated lines. Keys are the parts found, in
    :data:`ASK_PARTS` order; a part the ask does not name is absent.

    Examples
    --------
    >>> ask_phrases("could you hand out flyers at the hospital on tuesday at 5pm")
    {'activity': 'hand out flyers', 'time': 'on tuesday at 5pm', 'place': 'at the hospital'}
    >>> ask_phrases("Would you help out?")
    {}
    """
    t = normalise(text)
    found: dict[str, tuple[int, int]] = {}
    from commonground.reader.kinds import action_in  # noqa: PLC0415 (kinds imports asks)

    action = action_in(t)
    # "If Saturday's no good, could you do Sunday at 2?": the time asked about is the one
    # after the request, when the line names another before it (ours, session 7).
    time = time_span(t, after=t.find(action) if action else 0)
    if time:
        found["time"] = time
    elif action and ("now" in action or "away" in action):
        m = now_in(action)  # "sign the letter right now": the time of the ask (session 11)
        if m:
            at = t.find(action)
            found["time"] = at + m.start(), at + m.end()
    m = place_match(t) or HERE.search(t)
    if m:
        lead = _PLACE_LEAD.search(t[: m.start()])
        found["place"] = (lead.start() if lead else m.start()), m.end()
    untimed = strip_times(t)
    m = AMOUNT.search(strip_places(untimed))
    if m:
        found["amount"] = (m.start(), m.end())
    activity = _activity_span(t, untimed, found)
    if activity:
        found["activity"] = activity
    out = {}
    for part in ASK_PARTS:
        if part in found:
            start, end = found[part]
            phrase = t[start:end].strip(" ,.?!;")
            if phrase:
                out[part] = _as_typed(text, phrase)
    return out


# An alternative offered with a noun: "how about the press conference", "would tuesday work
# for the reporter?".
_OFFERED_THING = re.compile(
    rf"\b(?:how|what) about ({DETERMINER} [\w-]+)|\bwork for ({DETERMINER} [\w-]+)"
)
# The plan told after an offer: "and you'd present the asthma figures".
_YOU_WOULD = re.compile(
    r"\byou(?:'d| would|'ll| will| could| can) (?!be\b|love\b|like\b|enjoy\b|need\b|have\b|"
    r"get\b|want\b|find\b|see\b|know\b|feel\b|think\b|regret\b|not\b|never\b)(\w+ \w+)"
)
# A determiner and up to two modifiers before an event noun ("the summer", "a fifteen-minute").
_LEAD_NP = re.compile(rf"\b{DETERMINER} (?:[\w-]+ ){{0,2}}$")
_END_WORDS = frozenset(
    [
        "and",
        "or",
        "to",
        "the",
        "a",
        "on",
        "at",
        "in",
        "for",
        "this",
        "next",
        "with",
        "from",
        "by",
        "then",
        "instead",
    ]
)


def _activity_span(t: str, untimed: str, found: dict) -> tuple[int, int] | None:
    """From the action asked for (or a known activity word) to where the details start.

    The request frame's own verb wins over an activity word elsewhere in the line
    ("could you speak then? i can drive you" asks them to speak).
    """
    from commonground.reader.kinds import action_in  # noqa: PLC0415 (kinds imports asks)

    raw = drop_lead(action_in(t) or "")
    start = t.find(raw) if raw else -1
    knowns = list(ACTIVITY.finditer(untimed))
    known = None
    if start >= 0:
        action = t[start:]
        do = DO_THING.match(action)
        if do and not AGAIN.match(action) and not _OWN_VERB.match(action):
            start += do.end()  # "do the phone bank" is the phone bank; "run the raffle" is not
        elif not action_verb(t):
            after = [k for k in knowns if k.start() >= start]
            if not after:
                start = -1  # a vague frame ("would you help") with no activity after it
            else:
                known = after[0]
        if start >= 0 and known is None:
            # the frame's own verb is the activity; a known word only if it lies at the
            # start ("do the thursday phone bank") or the verb was "do"
            first = next((k for k in knowns if k.start() >= start), None)
            if first and (do or first.start() == start):
                known = first
    if start < 0:
        taken = [s for s, _ in found.values()]
        offered = _OFFERED_THING.search(t)
        if knowns:
            known = knowns[0]
            start = known.start()
            lead = _LEAD_NP.search(t[:start])
            is_event = re.fullmatch(EVENT_NOUNS, known.group(0))
            if is_event and lead and not any(lead.start() <= s < start for s in taken):
                start = lead.start()
        elif offered:
            g = 1 if offered.group(1) else 2
            if offered.start(g) not in taken and not TIME_WORDS.match(t, offered.start(g) + 4):
                start = offered.start(g)
        if start < 0:
            you = _YOU_WOULD.search(t)
            if not you:
                return None
            start = you.start(1)
    floor = known.end() if known and known.start() >= start else start
    end = len(t)
    for part, (s, _) in found.items():
        if s >= floor and s > start and (part != "amount" or t[:s].endswith("for ")):
            end = min(end, s)
    for other, _ in time_spans(t):
        lead = TIME_LEAD.search(t[:other])
        s = lead.start() if lead else other
        if s >= floor and s > start:
            end = min(end, s)  # "canvass on Tuesdays. Could you...": a time the ask did not pick
    m = _ACTION_END.search(t, max(start, floor - 1), end)
    if m:
        end = m.start()
    words = t[start:end].split()
    while words and words[-1] in _END_WORDS:
        words.pop()
    if not words:
        return None
    return start, start + len(" ".join(words))


def _as_typed(original: str, phrase: str) -> str:
    """``phrase`` with the learner's own capitals, when it can be found in their line."""
    i = original.lower().replace("’", "'").find(phrase)
    return original[i : i + len(phrase)] if i >= 0 else phrase
