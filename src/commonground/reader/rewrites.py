"""Open rewrites of closed and leading questions, which the lessons also use on their own.

:func:`rewrite_closed` gives the open-ended form of common closed patterns ("Do you like
X?" -> "What do you like about X?"); :func:`rewrite_leading` takes the push and any loaded
verdict out of a leading question ("...a crook?" must not survive).
"""

from __future__ import annotations

import re

from commonground.reader.guards import at_word_starts

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
    # "should we leave", "i was wondering if we should leave" (ours, session 12)
    (r"^should (we|i|they) (.+)$", "What's your take on whether {0} should {1}?"),
]
_CLOSED_PATTERNS = [(re.compile(p, re.IGNORECASE), out) for p, out in _CLOSED_PATTERNS]
_CLOSED_FALLBACK = "Tell me more about that: what has it been like for you?"

_LEADING_PUSH = re.compile(
    r"^(?:so,?\s*)?(?:don't you (?:think|agree|feel|believe|reckon)|wouldn't you (?:agree|say|think)|"
    r"isn't it true|don't you agree|surely you (?:agree|think|see)|i'm sure you (?:agree|think|feel))"
    r"\s*(?:that\s+)?(.+)$",
    re.IGNORECASE,
)
_LEADING_TAG = re.compile(
    r"^(.+?)(?:,\s*|\s+)(?:right|correct|yeah|yes|no|huh|true|surely|eh|(?:don't|doesn't|isn't|"
    r"aren't|won't|wouldn't|didn't|can't|do|does|is|are|will) (?:you|it|they|we|that|this|he|"
    r"she)(?: not)?)\s*$",
    re.IGNORECASE,
)
# The push said after the claim, with or without a comma: "the landlord is so greedy
# don't you think", "it's a disgrace what they're doing, wouldn't you say" (ours, session 12).
_TRAILING_PUSH = re.compile(
    r"^(.+?)(?:,\s*|\s+)(?:don't you (?:think|agree|reckon|feel|believe)|wouldn't you (?:say|agree|"
    r"think)|would you not (?:say|agree)|(?:do|would) you not think|you know|if you ask me)"
    r"(?: so)?\s*$",
    re.IGNORECASE,
)
# "how outrageous is it that they cut the bus route": the verdict asked as a question of
# degree; what it is about is the fact that follows (ours, session 12).
_HOW_VERDICT = re.compile(
    r"^how (?!much\b|many\b|long\b|often\b|far\b|old\b)[a-z-]+ (?:is|was) (?:it|that)"
    r"(?: (that|how|what) (.+))?$"
)
# "it's a disgrace what they're doing to the nurses", "it's terrible how they treat you":
# a verdict passed on what follows (ours, session 12).
_VERDICT_ON = re.compile(
    r"^(?:it's|its|it is|it was|that's|thats|that is|this is)\s+(?:(?:a|an|so|such|just|absolutely|really|"
    r"totally|pretty|bloody|proper|complete|total|utter)\s+)*([\w'-]+)\s+(how|what|the way|that)"
    r"\s+(.+)$",
    re.IGNORECASE,
)
_LEADING_ADJECTIVE = re.compile(
    r"^(?:isn't (?:it|that) (?:(?:a|an|just|so|such a|really|absolutely|totally|bloody) )*"
    r"(?:crazy|outrageous|ridiculous|terrible|awful|wrong|unfair|insane|shocking|sad|shame|"
    r"disgrace|scandal|joke|crime|criminal)"
    # "doesn't it make you sick how they treat the cleaners" (ours, session 12)
    r"|(?:doesn't|does not|don't) (?:it|that|this) make you (?:so |really |just )?(?:sick|mad|"
    r"angry|furious|livid|crazy|upset|wild))"
    r" (that|how|what|the way)\s+(.+)$",
    re.IGNORECASE,
)
# "why is the landlord such a crook", "why is the rent rise so unfair": the verdict is the
# question's, its subject what to ask about (ours, session 12).
_WHY_VERDICT = re.compile(
    r"^why (?:is|are|was|were|'s) ((?:the|your|that|this|our|those|these|their) (?:[\w'-]+ ){0,3}?"
    r"[\w'-]+) (?:such (?:a |an )?|so |being so |being such (?:a |an )?)[\w' -]+$",
    re.IGNORECASE,
)
# A line that asks as a question does: no claim to open up without its tag.
_QUESTION_FORM = re.compile(
    r"^(?:[a-z]+n't|ain't|is|are|was|were|do|does|did|can|could|will|would|should|shall|have|has|"
    r"why|how|what|who|where|when|which)\b",
    re.IGNORECASE,
)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip("?.! ").strip()


def _spelled_out(text: str) -> str:
    """``text`` with its shorthand spelled out ("u must be" is "you must be") when it has
    any, so a rewrite never echoes "u" or "dont" (ours, session 11); else as typed, with
    its capitals."""
    from commonground.reader.text import normalise

    said = normalise(text)
    typed = " ".join(text.lower().replace("’", "'").split())
    return said if said.split() != typed.split() else text


def _uncap(text: str) -> str:
    """Lowercase a sentence's first letter, unless it is "I" or "I'm"."""
    first = text.split(" ", 1)[0]
    if first == "I" or first.startswith("I'") or first.isupper() and len(first) > 1:
        return text
    return text[:1].lower() + text[1:]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# What opens a closed question without changing it: fillers ("so", "ok so"), a hedge
# ("maybe"), and the frame of a question asked indirectly ("i was wondering if ...").
_OPENING = re.compile(
    r"^(?:(?:so|ok|okay|well|right|and|oh|yeah|um|erm|just|anyway)\b[,.]?\s+)*"
    r"(?:(?:i was|i'm|i am|was) (?:just )?wondering|i wonder(?:ed)?|(?:can|could|may) i ask)"
    r"(?: (?:if|whether))?,?\s+|^(?:(?:so|ok|okay|well|right|and|oh|yeah|um|erm|anyway)\b[,.]?\s+)+",
    re.IGNORECASE,
)
_FILLERS = re.compile(
    r"^(?:(?:so|ok|okay|well|right|and|oh|yeah|um|erm|anyway)\b[,.]?\s+)+", re.IGNORECASE
)
_HEDGE = re.compile(r"^(?:maybe|perhaps|possibly|by any chance)\b,?\s+", re.IGNORECASE)
# The clause of an indirect question, turned back into the question: "(if) you've ever
# X" is "have you ever X", "(if) we should X" is "should we X".
_CLAUSE_ORDER = re.compile(
    r"^(you|we|i|they)(?: (?:maybe|perhaps))?(?: |(?='))(should|could|would|can|will|'ve|have|are|'re)\b\s*",
    re.IGNORECASE,
)
_FULL = {"'ve": "have", "'re": "are"}


def _direct(line: str) -> str:
    """``line`` less its fillers, hedge and indirect frame, in question order: "so i was
    wondering if maybe we should leave" is "should we leave" (ours, session 12)."""
    if " " not in line:
        return line
    framed = _OPENING.match(line)
    if not framed:
        return line
    rest = _HEDGE.sub("", line[framed.end() :])
    if re.search(r"(?:wonder|ask)\w*(?: (?:if|whether))?,?\s+$", framed.group(0), re.I):
        m = _CLAUSE_ORDER.match(rest)
        if m:
            verb = _FULL.get(m.group(2).lower(), m.group(2))
            rest = f"{verb} {m.group(1)} {rest[m.end() :]}".strip()
    return rest or line


def rewrite_closed(text: str) -> str:
    """Rewrite a closed (yes/no) question as an open one.

    Examples
    --------
    >>> rewrite_closed("Do you like volunteering?")
    'What do you like about volunteering?'
    >>> rewrite_closed("Are you interested in the school board race?")
    'What interests you about the school board race?'
    """
    line = _direct(_clean(text))
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
    r"shameful|scandal|scandals|scandalous|outrageous|ridiculous|insane|crazy|terrible|awful|horrible|heartless|"
    r"cruel|rip-?off|scam|scammers?|slumlord|slumlords|clowns?|joke|pathetic|lazy|cowards?|"
    r"selfish|shady|bloodsuckers?|parasites?|monsters?|villains?|bull(?:y|ies)|jerks?|bastards?|"
    r"hypocrites?|frauds?|dishonest|arrogant|clueless|rubbish|shambles|snakes?|spineless|callous|"
    r"negligent|vile|nasty|taking the (?:mick|mickey|piss))\b",
    re.IGNORECASE,
)
# "the landlord is a crook": the subject before the verb that passes the verdict.
_VERDICT_SPLIT = re.compile(
    r"^(.+?)(?:\s+(?:is|are|was|were|'s|has been|have been|seems|seem|looks|look|acts|act|"
    r"sounds|is being|are being|really is|really are|must be|should be|would be)\b"
    # "the council's useless": the verdict right after the "'s" (ours, session 12)
    r"|'s (?=(?:a|an|so|such|just|really|totally|completely|absolutely|utterly|bloody|pretty|"
    r"being)\b|[\w-]+ing\b|[\w-]+$))",
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


# "Isn't the manager a total jerk?": the subject, and the verdict passed on it.
_NEGATIVE_VERDICT = re.compile(
    r"^(?:isn't|aren't|wasn't|weren't|is not|are not) ((?:the|your|that|this|our|those|these) "
    r"(?:[\w'-]+ ){0,3}?[\w'-]+) ((?:(?:just|such|so|really|a|an|total|complete|absolute|utter) )*"
    r"[\w'-]+)\W*$",
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
    line = _clean(_spelled_out(text))
    line = _FILLERS.sub("", line) or line  # "so the rent's too high, isn't it" (session 12)
    m = _FEELING_ABOUT.match(line)
    if m:
        return _feeling_about(m.group(1) or m.group(2))
    m = _NEGATIVE_VERDICT.match(line)
    if m and _LOADED.search(m.group(2)) and not _LOADED.search(m.group(1)):
        return f"How do you see {_uncap(m.group(1))}?"  # "isn't the manager a total jerk?"
    m = _WHY_VERDICT.match(line)
    if m and not _LOADED.search(m.group(1)):
        return f"How do you see {_uncap(m.group(1))}?"  # "why is the landlord such a crook"
    m = _HOW_VERDICT.match(line.lower()) or _LEADING_ADJECTIVE.match(line)
    if m:  # "isn't it crazy how they treat the nurses": about how they treat them
        return _on_what_follows(m.group(1), m.group(2))
    for pattern in (_LEADING_PUSH, _TRAILING_PUSH, _LEADING_TAG):
        m = pattern.match(line)
        if m:
            return _without_verdict(_uncap(_clean(m.group(1))))
    if not _QUESTION_FORM.match(line) and not re.search(r"[?.!()]", line):
        return _without_verdict(_uncap(line))  # a claim with no tag: "you must be sick of..."
    return "What do you think about that?"


def _on_what_follows(joint: str | None, what: str | None) -> str:
    """The open question about what a verdict was passed on: "the fact that they cut the
    bus route", "how they treat the nurses", "what they did to the library"."""
    if not joint or not what:
        return "What do you make of that?"
    what = _uncap(_clean(what))
    return _the_fact(what) if joint.lower() == "that" else _made_of(joint.lower(), what)


def _made_of(joint: str, what: str) -> str:
    """ "What do you make of what they're doing to the nurses?": the open question about
    how or what something is done, once the verdict on it is gone."""
    what = _clean(what)
    if not what or _LOADED.search(what):
        return "What do you make of that?"
    return f"What do you make of {joint} {what}?"


def _the_fact(fact: str | None) -> str:
    """The open question about a fact a verdict was passed on ("...that they cut the bus
    route"), without the verdict."""
    fact = _clean(fact or "")
    if not fact or _LOADED.search(fact):
        return "What do you make of that?"
    return f"What do you make of the fact that {fact}?"


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
    m = _VERDICT_ON.match(claim)
    if m and _LOADED.search(m.group(1)) and not _LOADED.search(m.group(3)):
        return _on_what_follows(m.group(2), m.group(3))
    m = _VERDICT_SPLIT.match(claim)
    subject = m.group(1).strip() if m else ""
    if subject.lower() in {"it", "that", "this", "its", "thats", "there"}:
        subject = ""  # "that's a disgrace": no subject to ask about but the matter itself
    if subject and not _LOADED.search(subject) and len(subject.split()) <= 8:
        return f"How do you see {subject}?"
    return "What do you make of that?"
