"""One concrete way to improve a line, in the method's own terms.

:func:`rewrite_hint` turns a :class:`~commonground.reader.Reading` into a suggestion;
:func:`rewrite_closed` and :func:`rewrite_leading` give the open-ended rewrite of common
closed or leading patterns, which the lessons also use on their own.
"""

from __future__ import annotations

import re

from commonground.reader.closing import dated_follow_up
from commonground.reader.guards import at_word_starts
from commonground.reader.paper_asks import needed_parts
from commonground.reader.praise import praises
from commonground.reader.text import normalise, sentences

_PART_HINTS = {
    "activity": "a concrete activity ('knock doors', 'host a house meeting')",
    "time": "a day and time ('this Saturday at 10am')",
    "place": "a place ('at the library', 'on Zoom')",
    "amount": "how much ('for two hours', 'five neighbours')",
}

_CLOSED_PATTERNS = [
    (r"^(do|did) you (?:really )?(like|enjoy|love|miss) (.+)$", "What {0} you {1} about {2}?"),
    (r"^(?:are|were) you (?:interested|into) (?:in )?(.+)$", "What interests you about {0}?"),
    (r"^(?:are|were) you (?:excited|passionate) about (.+)$", "What excites you about {0}?"),
    (r"^(?:do|did) you care (?:about|for) (.+)$", "What about {0} matters to you?"),
    (
        r"^(?:are|were) you (?:worried|concerned|upset|angry|frustrated|happy|satisfied|ok|okay|"
        r"bothered) (?:about|with|by) (.+)$",
        "How do you feel about {0}?",
    ),
    (r"^(?:do|did) you (?:think|believe) (?:that )?(.+)$", "What's your take on whether {0}?"),
    (r"^(?:do|did|would) you want to (.+)$", "What would make you want to {0}?"),
    (r"^(?:is|was) (.+?) important to you$", "What makes {0} important to you?"),
    (
        r"^(?:is|was) it (hard|difficult|tough|easy|fun|stressful|scary|expensive) (to .+)$",
        "What makes it {0} {1}?",
    ),
    (r"^have you ever (.+)$", "Tell me about a time you've {0}."),
    (
        r"^(?:do|does|did) (?:that|this|it) (?:bother|affect|worry|upset) you$",
        "How has that affected you?",
    ),
    (r"^(?:do|does|did) (.+?) (?:bother|affect|worry|upset) you$", "How does {0} affect you?"),
    (
        r"^(?:are|were) you (?:involved|active) (?:in|with) (.+)$",
        "What has your involvement with {0} been like?",
    ),
    (r"^would you like to see (.+)$", "What would you like to see happen with {0}?"),
]
_CLOSED_PATTERNS = [(re.compile(p, re.IGNORECASE), out) for p, out in _CLOSED_PATTERNS]
_CLOSED_FALLBACK = "Tell me more about that: what has it been like for you?"

_LEADING_PUSH = re.compile(
    r"^(?:so,?\s*)?(?:don't you (?:think|agree|feel|believe)|wouldn't you (?:agree|say|think)|"
    r"isn't it true|don't you agree|surely you (?:agree|think|see)|i'm sure you (?:agree|think|feel))"
    r"\s*(?:that\s+)?(.+)$",
    re.IGNORECASE,
)
_LEADING_TAG = re.compile(
    r"^(.+?)(?:,\s*|\s+)(?:right|correct|yeah|yes|no|huh|true|(?:don't|doesn't|isn't|aren't|won't|"
    r"wouldn't|didn't|can't|do|does|is|are|will) (?:you|it|they|we|that|this|he|she))\s*$",
    re.IGNORECASE,
)
_LEADING_ADJECTIVE = re.compile(
    r"^isn't (?:it|that) (?:crazy|outrageous|ridiculous|terrible|awful|wrong|unfair|insane) "
    r"(?:that|how)\s+(.+)$",
    re.IGNORECASE,
)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip("?.! ").strip()


def _uncap(text: str) -> str:
    """Lowercase a sentence's first letter, unless it is "I" or "I'm"."""
    first = text.split(" ", 1)[0]
    if first == "I" or first.startswith("I'") or first.isupper() and len(first) > 1:
        return text
    return text[:1].lower() + text[1:]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def rewrite_closed(text: str) -> str:
    """Rewrite a closed (yes/no) question as an open one.

    Examples
    --------
    >>> rewrite_closed("Do you like volunteering?")
    'What do you like about volunteering?'
    >>> rewrite_closed("Are you interested in the school board race?")
    'What interests you about the school board race?'
    """
    line = _clean(text)
    for pattern, template in _CLOSED_PATTERNS:
        m = pattern.match(line)
        if m:
            groups = [
                g.lower() if i == 0 and g.lower() in {"do", "did"} else g
                for i, g in enumerate(m.groups())
            ]
            return _cap(template.format(*groups))
    return _CLOSED_FALLBACK


# Words that carry the organizer's verdict: a rewrite must not put them in its question.
_LOADED = at_word_starts(
    r"\b(?:crook|crooks|crooked|corrupt|greedy|evil|liar|liars|lying|criminal|criminals|thief|"
    r"thieves|scum|idiot|idiots|stupid|useless|incompetent|disgusting|disgrace|disgraceful|"
    r"shameful|scandalous|outrageous|ridiculous|insane|crazy|terrible|awful|horrible|heartless|"
    r"cruel|rip-?off|scam|scammers?|slumlord|slumlords|clowns?|joke|pathetic|lazy|cowards?|"
    r"selfish|shady|bloodsuckers?|parasites?|monsters?|villains?)\b",
    re.IGNORECASE,
)
# "the landlord is a crook": the subject before the verb that passes the verdict.
_VERDICT_SPLIT = re.compile(
    r"^(.+?)\s+(?:is|are|was|were|'s|has been|have been|seems|seem|looks|look|acts|act|"
    r"sounds|is being|are being|really is|really are|must be|should be|would be)\b",
    re.IGNORECASE,
)
_FEELING_ABOUT = re.compile(
    r"^(?:aren't|arent) you (?:tired|sick|angry|fed up|worried|upset|scared|mad|frustrated) "
    r"(?:of|about|with|by)\s+(.+)$|^how (?:angry|frustrated|mad|upset|furious|fed up|outraged) "
    r"(?:are|were) you (?:about|with|by|at)\s+(.+)$",
    re.IGNORECASE,
)


# The push inside a claim: "(you agree) the landlord is a crook, right?", "(you'd agree
# that) rents are too high, wouldn't you?", "(we all know) the council lied, don't we?".
_CLAIM_PUSH = re.compile(
    r"^(?:so,?\s*)?(?:(?:surely|obviously|clearly|honestly),?\s*)?(?:you (?:agree|think|feel|"
    r"believe|know|see|reckon)|you'd (?:agree|say|think)|you would (?:agree|say|think)|"
    r"you must (?:agree|think|see|know)|you can see|we (?:all )?know|everyone knows|"
    r"everybody knows|i'm sure you (?:agree|think|feel|know))\b,?\s*(?:that\s+)?",
    re.IGNORECASE,
)
# A claim about how they feel: "you must be furious about the cuts", "you're sick of the
# delays", "you hate the new parking rules too": ask how they feel instead.
_CLAIMED_FEELING = re.compile(
    r"^you(?:'re| are|'d be| would be| must be| must feel| feel| must|'ve got to be| have to be)\s+"
    r"(?:so |really |pretty |just |totally |absolutely |as |not |not so |not very )?"
    r"[a-z-]+(?: up)? (?:about|with|by|at|of|over)\s+"
    r"(.+?)(?:\s+(?:too|as well|as much as (?:me|us|i am|we are)))?$"
    r"|^you (?:(?:really|must|totally|also|just) )?(?:hate|love|loathe|can't stand|cannot stand|"
    r"dislike|despise|resent|miss|care about|care for|worry about) "
    r"(.+?)(?:\s+(?:too|as well|as much as (?:me|us|i do|we do)))?$",
    re.IGNORECASE,
)


_STILL_A_QUESTION = re.compile(
    r"^(?:is|are|was|were|do|does|did|can|could|will|would|should|have|has)\b", re.IGNORECASE
)


def rewrite_leading(text: str) -> str:
    """Take the push out of a leading question, keeping its topic and dropping its verdict.

    Examples
    --------
    >>> rewrite_leading("Don't you think the rent increase is too high?")
    "What's your take on whether the rent increase is too high?"
    >>> rewrite_leading("Isn't it true that the landlord is a crook?")
    'How do you see the landlord?'
    >>> rewrite_leading("You agree the landlord is a crook, right?")
    'How do you see the landlord?'
    >>> rewrite_leading("You must be furious about the cuts, right?")
    'How do you feel about the cuts?'
    """
    line = _clean(text)
    m = _FEELING_ABOUT.match(line)
    if m:
        return _feeling_about(m.group(1) or m.group(2))
    for pattern in (_LEADING_PUSH, _LEADING_ADJECTIVE, _LEADING_TAG):
        m = pattern.match(line)
        if m:
            return _without_verdict(_uncap(_clean(m.group(1))))
    return "What do you think about that?"


def _feeling_about(topic: str) -> str:
    topic = _uncap(_clean(topic))
    if _LOADED.search(topic):
        return "How do you feel about it?"
    return f"How do you feel about {topic}?"


def _without_verdict(claim: str) -> str:
    """The open question for ``claim``; a loaded claim is turned into a question about
    its subject, so the loaded words do not survive. A push inside the claim ("you'd
    agree that...") is dropped, and a claim about their feelings becomes a question
    about how they feel."""
    claim = _CLAIM_PUSH.sub("", claim, count=1).strip(" ,")
    if not claim:
        return "What do you think?"
    if _STILL_A_QUESTION.match(claim):  # "is that (right)?": no claim to open up
        return "What do you think about that?"
    m = _CLAIMED_FEELING.match(claim)
    if m:
        return _feeling_about(m.group(1) or m.group(2))
    if not _LOADED.search(claim):
        if re.match(r"(?:why|how|what|who|where|when)\b", claim):  # "surely you see why..."
            return f"What's your take on {claim}?"
        return f"What's your take on whether {claim}?"
    m = _VERDICT_SPLIT.match(claim)
    subject = m.group(1).strip() if m else ""
    if subject and not _LOADED.search(subject) and len(subject.split()) <= 8:
        return f"How do you see {subject}?"
    return "What do you make of that?"


def ask_hint(missing: tuple[str, ...]) -> str:
    """Name the parts an ask leaves out, with an example of each."""
    needed = [p for p in ("activity", "time", "place") if p in missing]
    if not needed:
        return ""
    hints = [_PART_HINTS[p] for p in needed]
    joined = hints[0] if len(hints) == 1 else ", ".join(hints[:-1]) + " and " + hints[-1]
    return f"Make the ask specific: add {joined}."


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
    if "push" in signals:
        pushes = (
            "If they have just said no or maybe, this pushes. Accept the answer and find out "
            "what is behind it: 'Is it the day, or the activity?' or 'What would you need to "
            "know?'"
        )
        # An ask that presses can name no activity too: both are said (ours, session 11).
        vague = kind == "ask" and "vague" in signals
        also = _ask_suggestion(reading, donation, text) if vague else ""
        return f"{pushes} {also}" if also else pushes
    if kind in {"open_question", "factual_question"} and praises(text):
        return (
            "Our advice: leave the praise out and ask the question on its own. Praise tells "
            "them what you think of them, not what they told you, and after 'you're amazing' "
            "a struggle is hard to admit."
        )
    if kind == "close":
        return _close_suggestion(signals, text)
    if kind == "common_ground" and "agrees_only" in signals:
        return (
            "Say what you share, in your own words: 'My kids go to Lincoln too, and I worry "
            "about the same thing.'"
        )
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
    if kind == "story":
        if re.search(r"\b(?:because|why i|that's why|reason|care|matter|matters)\b", text.lower()):
            return "Keep it short, then pivot to them: 'What brought you to this?'"
        return (
            "Say why it matters to you ('...and that's why I care about this'), then pivot to them."
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
        hint = ask_hint(tuple(p for p in needed if p not in reading.specific_parts))
    if hint:
        return hint
    if reading.fits is False:
        return (
            "Make sure the ask makes sense for this person: tie it to something you learned "
            "about them."
        )
    return ""
