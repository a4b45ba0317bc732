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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from commonground.planners.story import WORDS_PER_MINUTE, tells_a_story
from commonground.reader.statements import STORY
from commonground.reader.text import normalise
from commonground.roleplay.praise import PRAISE_NOT_LISTENING, PRAISED_QUESTION, praises

#: Reader signals that tell moves apart when routing (see :mod:`commonground.reader`).
KEY_SIGNALS = frozenset(
    {
        "push",
        "probe_no",
        "probe_maybe",
        "confirm_details",
        "credentials",
        "thanks",
        "follow_up",
        "agrees_only",
        "on_the_spot",
        "turns_to_them",
    }
)
#: Signals that mark a move so clearly that a choice whose wordings never carry them is
#: unlikely to be meant (a push is not a probe; a bare "we agree" is not a story).
TELLING_SIGNALS = frozenset(
    {
        "push",
        "probe_no",
        "probe_maybe",
        "confirm_details",
        "agrees_only",
        "on_the_spot",
        "credentials",
        "follow_up",
    }
)
#: The method's reply to each answer, and the reader signal that shows a line gives it
#: (the linter also requires every reply node to offer it).
RESPOND_NEEDS = {
    "respond_yes": ("confirm_details", "confirming the details (what, when, where)"),
    "respond_maybe": ("probe_maybe", "asking what the maybe depends on"),
    "respond_no": ("probe_no", "asking whether it is the time or the activity"),
}
#: Our advice (not the source guide's): a story longer than this, about yourself, with
#: no turn to the other person, takes over the meeting.
SELF_TALK_WORDS = 100

#: What a push is told, wherever it is heard.
PUSH_NOTE = (
    "That presses them instead of hearing them. Accept what they said, then find out what "
    "is behind it."
)

#: What an ask made with pressing words is told ("we need people like you to sign up
#: today"), whatever else it is graded on (ours, session 10).
PRESSED_ASK = (
    "Our advice: that also presses them (who they ought to be, or a yes right now). Make "
    "the ask and leave them free to answer, so that a yes is one they mean."
)

# How far it is, said to help them find it ("it's just round the corner from the
# hospital"): in an ask, that tells where, whatever it would mean after a no.
_HOW_NEAR = re.compile(
    r"\b(?:it's|it is|its|that's|that is) (?:only |just )(?:down|round|around|up|across|next door)"
    r"\b[^.?!]*",
    re.I,
)


def presses_in_ask(reading, text: str) -> bool:
    """Does an ask press them (the reader's ``push``), beyond saying how near it is?"""
    if "push" not in signals_of(reading):
        return False
    if not _HOW_NEAR.search(text):
        return True
    from commonground.reader import read_line

    return "push" in signals_of(read_line(_HOW_NEAR.sub("", text)))


#: What pressing words are told before any ask, where there is nothing yet to push on.
LEADING_NOTE = (
    "You have not asked them for anything yet, so that only steers them toward your answer "
    "(a leading line). Ask an open question and hear what they think."
)

# Words that take an answer as a yes: "see you Tuesday then", "I'll put you down for it".
_AS_AGREED = re.compile(
    r"\b(?:see|meet) you (?:on |at |there|then|next|this|tomorrow|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day)|\b(?:put|sign|pencil|count|mark|write|book) you (?:down|in|up)\b"
    r"|\b(?:that's|so it's) a yes\b|\bglad you're (?:in|on board)\b|\bwelcome (?:aboard|on board)\b"
    r"|\byou're in\b|\bit's a date\b",
    re.I,
)


def takes_as_yes(reading, text: str) -> bool:
    """Does a line take the answer it follows as a yes (confirming the details, "see you
    Tuesday then!", "I'll put you down")? Said after a maybe, that skips what they need
    to decide. A probe ("what would you need to know before Saturday?") or a push is not
    this mistake, whatever details it names."""
    signals = set(signals_of(reading))
    if signals & {"probe_no", "probe_maybe", "push"}:
        return False
    return "confirm_details" in signals or bool(_AS_AGREED.search(normalise(text)))


#: Our rule: a line that runs through this many "then"s is a chronology of a life, not
#: the story of one moment.
CHRONOLOGY_THENS = 3
_THEN = re.compile(r"\bthen\b", re.I)
# A stage direction of length: "(ten minutes of my life story)", "(eight minutes on yourself)".
_LONG_DIRECTION = re.compile(r"\([^)]*\b(?:minutes?|hours?|life story|whole life)\b[^)]*\)", re.I)


# A whole life announced: "let me start at the very beginning", "my whole life story".
_WHOLE_LIFE = re.compile(
    r"\b(?:my (?:whole )?life story|my whole life|(?:start|begin)\w* (?:right |way )?(?:back )?"
    r"(?:at|from) the (?:very )?(?:beginning|start))\b",
    re.I,
)


def chronology(text: str) -> bool:
    """A life told stage by stage ("school, then college, then the bank, then ..."), or
    announced whole, or with a stage direction that it runs on for minutes: not the
    story of one moment."""
    return (
        len(_THEN.findall(text)) >= CHRONOLOGY_THENS
        or bool(_LONG_DIRECTION.search(text))
        or bool(_WHOLE_LIFE.search(text))
    )


QUESTIONS = frozenset({"factual_question", "closed_question", "open_question"})

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

# Why the campaign matters, or why now: a reason given ("because", "so that nobody ...",
# "to show the council ..."), a consequence ("which means"), or the decision it works
# towards and when ("the board votes on 10 December", "the council decides in April").
_REASON = re.compile(
    r"\b(?:because|'cause|cos|since|so that|so (?:we|we're|they|the|it|nobody|no one|people|"
    r"kids|children|families|everyone|shops|parents|students|riders|workers|patients|"
    r"nurses|you|your)|in order to|that's why|which means|otherwise|unless|"
    r"to (?:show|prove|stop|keep|save|get|make|give|bring|fix|win|change|move|put|end|protect|"
    r"help|find|reach|tell|push|press|force|convince|persuade)|(?:is|are) what (?:they|it|we) "
    r"(?:lack|need|want|listen to)|carr(?:y|ies) (?:more |real |a lot of )?weight|"
    r"(?:listen|listens) to)\b",
    re.I,
)
_DECISION = re.compile(
    r"\b(?:votes?|voted|voting|decides?|decision|decided|hears?|hearing|adopts?|sets? its|"
    r"election|budget|deadline|ballot|sits|meets)\b"
    r"|\b(?:january|february|march|april|june|july|august|september|october|november|"
    r"december|next (?:month|week|year)|this (?:month|spring|summer|autumn|winter))\b",
    re.I,
)


_PLAIN_WORDS = frozenset(
    [
        "that",
        "this",
        "with",
        "from",
        "have",
        "they",
        "their",
        "them",
        "what",
        "when",
        "where",
        "which",
        "will",
        "would",
        "could",
        "should",
        "about",
        "been",
        "being",
        "also",
        "just",
        "like",
        "more",
        "much",
        "some",
        "very",
        "your",
        "yours",
        "were",
        "into",
        "over",
        "then",
        "than",
        "there",
        "these",
        "those",
        "said",
        "says",
        "want",
        "wants",
        "we're",
        "they're",
        "it's",
        "don't",
        "every",
    ]
)


def _stems(text: str, names: bool = True) -> set[str]:
    """The words of four letters or more, cut to five (so "cuts" and "cut" differ but
    "council's" and "council" do not), less the plainest; without capitalised words
    (names of places and people: "Canal Street" is where, not why) unless ``names``."""
    words = re.findall(r"[A-Za-z][A-Za-z']+", text)
    return {
        w.lower()[:5]
        for w in words
        if len(w) >= 4 and w.lower() not in _PLAIN_WORDS and (names or not w[0].isupper())
    }


def gives_a_why(text: str, reasons: str = "", what: str = "") -> bool:
    """Does a campaign line say why (or why now), not only what? A reason or a
    consequence, the decision the campaign works towards ("the board votes on 10
    December"), or the campaign's own reason in its own words: a word of ``reasons`` (the
    campaign's ``why``, less its names) that ``what`` (its ``what``) does not use
    ("Council says no data."). "We're trying to get better buses for everyone in the
    city." says what, and nothing of why."""
    if _DECISION.search(text) or any(map(_gives_reason, _REASON.finditer(text))):
        return True
    return bool(_stems(text) & (_stems(reasons, names=False) - _stems(what)))


# "trying to get", "want to keep": what the campaign wants, not why.
_WANTING = re.compile(
    r"\b(?:try|trying|tried|want|wants|wanted|hope|hoping|going|need|needs|like|able|how)"
    r"(?:\s+[\w'-]+){0,3}\s*$",
    re.I,
)


def _gives_reason(m: re.Match) -> bool:
    """A match of :data:`_REASON` that gives a reason: "to show the council ..." does,
    "we're trying to get ..." says only what is wanted."""
    return not (m.group(0).lower().startswith("to ") and _WANTING.search(m.string[: m.start()]))


_WORDS = re.compile(r"[A-Za-z0-9']+")


def signals_of(reading) -> tuple[str, ...]:
    """The reader's signals for a line (none for a reading without them)."""
    return tuple(getattr(reading, "signals", ()) or ())


@lru_cache(maxsize=4096)
def word_count(text: str) -> int:
    """Words in a line, as spoken."""
    return len(_WORDS.findall(text))


def speaking_minutes(text: str) -> float:
    """How long a line takes to say at :data:`WORDS_PER_MINUTE`."""
    return word_count(text) / WORDS_PER_MINUTE


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


#: Kinds the reader gives lines that are something other than a story, whatever their
#: first-person words: "so Saturday at 11 in the library, I'll text you tonight" confirms,
#: "I think we both want clean air" names common ground (unless it also tells a story).
NOT_A_STORY = frozenset({"close", "ask", "advice", "leading_question"})


def tells_story(text: str, signals, kind: str = "story") -> bool:
    """Does a typed line do the story step: a story of one's own, ten words or more? A
    list of roles and titles (the reader's ``credentials``) is a résumé, however
    story-like its verbs; a line the reader reads as a close, an ask or advice, or as
    common ground with no story rule in it, is not a story."""
    if chronology(text) or kind in NOT_A_STORY:
        return False
    if kind == "common_ground" and not any(p.search(normalise(text)) for p in STORY):
        return False
    return tells_a_story(text) and word_count(text) >= 10 and "credentials" not in signals


#: Words that point back at what was just said ("what was that like?", "tell me more").
_POINTS_BACK = re.compile(
    r"\b(?:that|(?:those|these)(?! days\b)|it|its|them|him|her|he|she|there|then|more|else|said|say|saying|"
    r"mentioned|told|tell me about|you'?ve|you had|you were)\b"
)


#: The stems of verbs any question may use, which build on nothing ("what keeps you
#: going?" after "...families who keep asking").
_GENERAL = frozenset(
    {"keep", "goin", "get", "gett", "make", "made", "feel", "thin", "know", "want"}
)


def points_back(text: str) -> bool:
    """Does the line point back at what was just said ("what was that like?")?"""
    return bool(_POINTS_BACK.search(normalise(text)))


def builds_on(text: str, their: str | None) -> bool:
    """Does a question build on what they just said (``their``)? It shares a word that
    matters with it, or points back at it ("how did that feel?"). A general question
    ("what keeps you going?") does neither: it is an open question, not a follow-up
    (ours, session 11). ``their`` may include the follow-up's authored wordings, which
    say in other words what builds on it ("justice" after "because it is owed"). With
    ``their`` unknown (None), any question does."""
    if their is None or points_back(text):
        return True
    from commonground.roleplay.hearing.topic_words import content_words

    own = {w[:4] for w in content_words(text)} - _GENERAL
    return not own.isdisjoint(w[:4] for w in content_words(their))


def only_checks_the_yes(text: str) -> bool:
    """Does a line after a yes only check that they are in ("ok cool so ur in then?", "so
    that's a yes?"), naming none of the plan (no day, time, place or activity)? A closed
    confirmation at best: the method's reply says the details back (session 11)."""
    from commonground.reader.asks import specificity
    from commonground.reader.move_cues import CHECKS_THE_YES

    return bool(CHECKS_THE_YES.search(normalise(text))) and not specificity(text)


#: What a question that moves on from what they just said is told (session 11).
MOVED_ON = (
    "'Anyway' and 'next on my list' move on from what they just said: a 1:1 is a "
    "connection, not an interview. Build on their last answer."
)


def moves_on(text: str, their: str | None) -> bool:
    """Does a question say it moves on ("So anyway, what do you think of the PTA?", "next
    on my list...") from what they just said (``their``), building on none of it? A question
    that goes back to it ("anyway, how is your son doing now?") builds on it."""
    from commonground.reader.move_cues import MOVES_ON

    return bool(MOVES_ON.search(normalise(text))) and not builds_on(text, their)


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


def speech_note(reading, text: str) -> str:
    """Our advice on a long line about oneself that never turns to them (``""`` if not)."""
    kind = getattr(reading, "kind", "other")
    long_self = (
        word_count(text) > SELF_TALK_WORDS
        and "turns_to_them" not in set(signals_of(reading))
        and kind not in QUESTIONS
        and re.search(r"\b(?:i|my|me)\b", text, re.I)
    )
    if not long_self:
        return ""
    return (
        f"Our advice: {word_count(text)} words about yourself with no turn to them is a "
        "speech, not a story. Keep it to a minute or two and hand the conversation back."
    )


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
