"""One concrete way to improve a line, in the method's own terms.

:func:`rewrite_hint` turns a :class:`~commonground.reader.Reading` into a suggestion;
:func:`rewrite_closed` and :func:`rewrite_leading` give the open-ended rewrite of common
closed or leading patterns, which the lessons also use on their own.
"""

from __future__ import annotations

import re

from commonground.reader.campaign_talk import tells_the_campaign
from commonground.reader.closing import dated_follow_up
from commonground.reader.guards import at_word_starts
from commonground.reader.listening import reflects
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
    r"selfish|shady|bloodsuckers?|parasites?|monsters?|villains?|bull(?:y|ies)|jerks?|bastards?|"
    r"hypocrites?|frauds?|dishonest|arrogant|clueless|rubbish|shambles|snakes?|spineless|callous|"
    r"negligent|vile|nasty)\b",
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
    line = _clean(text)
    m = _FEELING_ABOUT.match(line)
    if m:
        return _feeling_about(m.group(1) or m.group(2))
    m = _NEGATIVE_VERDICT.match(line)
    if m and _LOADED.search(m.group(2)) and not _LOADED.search(m.group(1)):
        return f"How do you see {_uncap(m.group(1))}?"  # "isn't the manager a total jerk?"
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


# A pressing question that presses a view, not an act: "wouldn't you agree the board has
# ignored parents?", "the council's useless, wouldn't you say?" (advised as leading; "surely
# you can spare an hour?" presses them to act, and is advised as a push).
_PRESSES_A_VIEW = re.compile(
    r"^(?!.*\b(?:you can|you could|you'd|you would|can't say no|a yes|say yes|manage|spare)\b)"
    r".*\b(?:wouldn't|would not|don't|do not|wouldnt|dont) you (?:agree|say|think)\b"
)

# Thanks for what they told you, not for a yes or for the meeting ("thanks for sharing").
_THANKS_FOR_SHARING = re.compile(
    r"\bthank(?:s| you)(?: so much| a lot| very much)? for (?:sharing|telling|being (?:so )?"
    r"(?:open|honest)|explaining|opening up|that)\b"
)


# Leave asked to follow up: "can I call you next week?", "would it be ok to text you?"
_ASKS_LEAVE_TO_CALL = re.compile(
    r"^(?:(?:ok|okay|so|great|and),? )*(?:(?:would|will) it be|is it|would that be) (?:ok|okay|"
    r"alright|all right|fine) (?:if i |to |for me to )(?:\w+ )?(?:call|ring|phone|text|message|"
    r"e-?mail|check in with|follow up with|get back to) you\b"
    r"|^(?:(?:ok|okay|so|great|and),? )*(?:can|could|may) i (?:\w+ )?(?:call|ring|phone|text|"
    r"message|e-?mail|check in with|follow up with|get back to) you\b(?= (?:on|next|this|"
    r"tomorrow|tonight|in|at|later|before|after|again|sometime|to|about|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b|\s*\?)"
)


# A story that says why: a reason, a feeling that moved them, or how it got them involved
# ("...I was so angry I joined the coalition", "that's when I started volunteering").
_SAYS_WHY = re.compile(
    r"\b(?:because|why i|that's why|reason|care|cared|matter|matters|mattered|angry|furious|"
    r"ashamed|pained|upset|heartbroken|scared|inspired|moved me|couldn't stand|never again|"
    r"(?:i|so i|and i) (?:\w+ )?(?:joined|got involved|signed up|started (?:volunteering|coming|"
    r"helping|going)|came to (?:the|a|my first)|went to (?:the|a|my first)|began (?:volunteering|"
    r"helping))|that's (?:when|how) i|when (?:i|we) (?:heard|saw|found out|learned|realised|"
    r"realized)|(?:i|we) (?:showed up|started|began|felt|decided|don't want|won't let|couldn't just)|"
    r"if not us|shocked|so i)\b"
)

# A moment told, in the past or of one's family: what a story is made of, even when it is too
# terse for the reader to call it one ("Spring storm, helped my aunt bail her basement").
_NARRATES = re.compile(
    r"\b(?:i|we)(?: \w+)? (?:was|were|had|did|grew|lost|helped|saw|started|joined|came|went|"
    r"moved|worked|watched|found|decided|remember|used to)\b"
    r"|(?:^|[.!?;:] )(?:helped|came|went|grew|started|joined|lost|saw|moved|worked)\b"
    r"|\bmy (?:mum|mom|dad|mother|father|brother|sister|son|daughter|family|gran|grandma|"
    r"grandmother|grandad|grandfather|aunt|uncle|kids?|parents|husband|wife|partner)\b"
)

# "..., is that right?", "Have I got that right?", "that it?", "Am I right?", "I understand
# correct?": a check on what was just said back to them.
_CHECK = re.compile(
    r"(?:^|([,.;:!?-]) ?|\b(?:and|so) )(?:is (?:that|this) (?:it|right|correct|fair(?: to say)?)|"
    r"(?:that|this) (?:it|right|correct)|have i (?:got|heard|understood)(?: (?:that|it|you|this))?"
    r"(?: (?:right|correctly|correct))?|(?:did|do) i (?:get|have|understand) (?:that|it|you|this) "
    r"(?:right|correctly|correct)|am i right|i understand (?:correct|correctly|right)|right)"
    r"\s*[?.!]*$"
)
# What comes before the check gives their situation back: about them ("you", "your"), or a
# summary of what they said ("So from sixty families to a hundred and forty").
_SAID_BACK = re.compile(r"\b(?:you|your|you're|you've|u|ur|for you)\b|^so\b|^sounds\b")
# Their situation said back as a question: "so the people are fine, it's doing it solo that's
# grinding you down?" (not "so are you coming on Saturday?", which asks).
_REFLECTING_QUESTION = re.compile(
    r"^(?:(?:oh|ok|okay|right|wow|sorry),? )*(?:so|sounds like|it sounds like),? "
    r"(?!(?:are|is|do|does|did|can|could|will|would|have|has|shall|should|what|how|why|when|"
    r"where|who|which)\b)[^?]*\b(?:you|your|you're|you've|u|ur)\b[^?]*\?$"
)


def checks_a_reflection(text: str) -> bool:
    """True for their words given back and then checked ("So the queue has more than
    doubled. Have I got that right?"), or given back as a question ("so it's doing it all
    alone that wears you down?"): listening, not a question to open up."""
    t = normalise(text).strip()
    if _REFLECTING_QUESTION.match(t):
        return True
    m = _CHECK.search(t)
    if not m:
        return False
    said = t[: m.start()].strip(" ,.;:-")
    own_sentence = m.group(1) in {".", "!", "?"}
    return len(said.split()) >= 3 and (own_sentence or bool(_SAID_BACK.search(said)))


# Their question about you turned away: "Me? Nothing interesting.", "this isn't about me".
_DEFLECTS = re.compile(
    r"^(?:(?:oh|well|haha|ha|um|so|honestly|me),?\??\s*)*(?:(?:this|it)(?: isn't| is not|'s not) "
    r"(?:really )?about me|i'm not (?:very )?(?:important|interesting)|nothing (?:interesting|"
    r"much|special|exciting)|not much to (?:tell|say)|enough about me|never mind me|i'm (?:boring|"
    r"nobody)|forget (?:about )?me|who cares about me|(?:i'm )?just a volunteer|(?:it's a |oh,? )?"
    r"long story)\b"
)
# Moving on down a list of questions: "Next on my list, ...", "Right, anyway, what ...".
_MOVES_ON = re.compile(
    r"(?:^|[.!?,:] )(?:(?:ok|okay|right|cool|so|and),? )*next (?:question|one)\b|\bnext (?:question|one|"
    r"thing) on my (?:list|sheet)\b|\bnext on my (?:list|sheet)\b"
    r"|(?:^|[.!?] )(?:(?:right|ok|okay|cool|so|anyway),? )*anyway\b"
)

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
        kind == "leading_question" and _PRESSES_A_VIEW.search(normalise(text))
    ):
        return (
            "If they have just said no or maybe, this pushes. Accept the answer and find out "
            "what is behind it: 'Is it the day, or the activity?' or 'What would you need to "
            "know?'"
        )
    asks = kind in {"open_question", "factual_question", "closed_question"}
    if asks and _DEFLECTS.search(normalise(text)):
        return (
            "They asked about you: share your story first (a moment, and why you got "
            "involved), then turn it back to them. A 1:1 needs both of you in it."
        )
    if asks and _MOVES_ON.search(normalise(text)):
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
    if kind == "closed_question" and _ASKS_LEAVE_TO_CALL.search(normalise(text)):
        return (
            "At the close, the method promises the follow-up: say when and how, rather than "
            "asking leave ('I'll call you Thursday evening to see how it went'), and thank "
            "them for their time."
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
        if _SAYS_WHY.search(normalise(text)):
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
    if kind == "other" and "thanks" in signals and _THANKS_FOR_SHARING.search(normalise(text)):
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
    if kind == "other" and "first_person" in signals and _NARRATES.search(normalise(text)):
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
