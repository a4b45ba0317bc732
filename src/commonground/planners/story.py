"""Your story (lesson 03): three parts assembled into a short spoken story.

We estimate spoken length from the word count at :data:`WORDS_PER_MINUTE`, an
assumption of ours for relaxed conversational speech (not a measured figure). The
length, a minute or two, is our advice too: the source guide sets none.

The feedback also reads what the story says. The method's own advice: what happened
that made you care and why you got involved, told as your own story. Ours, and the
messages say so: a moment someone could picture, a feeling, no list of roles (a
résumé is not a story), and a turn to the other person at the end, since sharing first
is meant to invite them to share back.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from commonground.planners.findings import Finding, word_count
from commonground.reader.text import normalise, sentences

#: Our assumed speaking rate for a relaxed, conversational story (an assumption, not a
#: measurement; people vary a lot).
WORDS_PER_MINUTE = 130
#: The aim, in seconds: one to two minutes.
TARGET_SECONDS = (60, 120)
#: Ours: shorter than this is too short however good; between this and a minute, a
#: story with a moment and a feeling is fine (a pause or two makes up the rest).
SHORT_FLOOR_SECONDS = 30
#: What the learner sees when nothing is missing.
OK_TEXT = (
    "All three parts, about the right length, with a moment, a feeling, why you got "
    "involved and a turn to them."
)
#: Prefix of every message that is our advice, not the source guide's.
OURS = "Our advice: "

# A moment someone could picture: a when, a day, a scene seen or heard.
_MOMENT = re.compile(
    r"\b(?:when (?:i|my|we|our|the|a|he|she|they|it)|one (?:day|night|morning|evening|"
    r"afternoon|time|winter|summer|spring|autumn|fall)|(?:that|the) (?:day|night|morning|"
    r"evening|week|moment|winter|summer|spring|autumn|fall) |ago|(?:a|one|that) night|"
    r"(?:last|that|this past) (?:year|month|week|winter|summer|spring|autumn|fall)|"
    r"i remember|i (?:saw|watched|heard|walked|sat|stood|found out|opened|got a (?:call|letter))|"
    r"growing up|as a (?:kid|child|girl|boy|teenager)|at (?:\d+|(?:ten|twelve|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty)\b)|on (?:a )?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)|in (?:19|20)\d\d|(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\b|"
    # "the first time he ended up in hospital" (ours, session 10)
    r"the (?:first|last|only) time (?:i|my|we|our|he|she|they|it)\b)",
)
# A feeling, named or shown.
_FEELING = re.compile(
    r"\b(?:felt|feel|feeling|afraid|scared|terrified|frightened|worried|anxious|nervous|angry|"
    r"furious|mad|outraged|livid|sad|heartbroken|devastated|crushed|upset|hurt|ashamed|"
    r"embarrassed|humiliated|helpless|powerless|alone|lonely|frustrated|fed up|"
    r"proud|hopeful|grateful|relieved|happy|glad|excited|shocked|stunned|"
    r"cried|crying|in tears|tears|broke my heart|couldn't sleep|could not sleep|sick to my stomach|"
    r"shaking|trembling|my heart (?:sank|was pounding|was racing|broke)|knot in my stomach|"
    r"lump in my throat|couldn't breathe|could not breathe|"
    r"couldn't believe|could not believe|kept me up|stayed with me|gutted|heartsick|sickened|"
    r"disgusted|horrified|overwhelmed|desperate|exhausted)\b"
)
# Why you got involved: a reason or a turning point.
_INVOLVED = re.compile(
    r"\b(?:that's why|that is why|which is why|because|so i|i (?:joined|signed up|started|"
    r"decided|got involved|came|showed up|went|began|volunteered|called|organi[sz]ed)|"
    r"why i (?:still |really |even )?(?:care|am here|'m here|do this|got involved|joined)|i(?:'m| am) (?:here|in this)|"
    r"matters? to me|i care|i want|i believe|i hope|"
    # what keeps one in it: "buildings like yours are the reason I'm still doing this", "why
    # I keep going" (ours, session 12)
    r"(?:the|my) (?:whole |real |main )?reason (?:why )?i(?:'m| am)? (?:still |keep|do (?:this|it)|"
    r"care|carry on|stay)|why i (?:still )?(?:keep (?:going|at it|doing (?:this|it))|carry on|"
    r"stay in (?:it|this)))\b"
)
# A résumé: roles, titles and years of service instead of something that happened.
_RESUME = re.compile(
    r"\b(?:years? of experience|experience (?:in|with)|responsible for|served as|"
    r"(?:worked|work) as an? |skills?|degree in|certified|certificate|qualifications?|"
    r"(?:bachelor|master)'?s|coordinator|manager|director|chair(?:person)?|"
    r"board member|member of|volunteered (?:at|with|for) .{0,40} since|since (?:19|20)\d\d|"
    r"managed|led (?:a|the) team|proficient|track record|accomplishments?)\b"
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i was|my|me|we|our|us)\b")
_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b")
_INVITES = re.compile(
    r"^(?:and you|what about you|how about you)|\b(?:i'd love to hear|i would love to hear|"
    r"tell me|i'm curious|i am curious|i wonder)\b"
)


@dataclass
class StoryParts:
    """The three parts of an organizer's story."""

    what_happened: str = ""
    what_you_chose: str = ""
    why_now: str = ""

    def to_dict(self) -> dict:
        """A JSON-ready dict (for the journal)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict | None) -> StoryParts:
        """Rebuild from :meth:`to_dict` output (unknown keys ignored)."""
        data = data or {}
        return cls(
            **{
                k: str(data.get(k, "") or "")
                for k in ("what_happened", "what_you_chose", "why_now")
            }
        )


def _sentence(text: str) -> str:
    text = " ".join(str(text or "").split())
    if text and text[-1] not in ".!?":
        text += "."
    return text[:1].upper() + text[1:]


def assemble_story(parts: StoryParts) -> str:
    """Join the parts into one story, in order, as full sentences."""
    return " ".join(
        s
        for s in (
            _sentence(parts.what_happened),
            _sentence(parts.what_you_chose),
            _sentence(parts.why_now),
        )
        if s
    )


def spoken_seconds(text: str, words_per_minute: int = WORDS_PER_MINUTE) -> int:
    """Estimated seconds to say ``text`` aloud at ``words_per_minute``."""
    return round(word_count(text) * 60 / words_per_minute)


def story_feedback(parts: StoryParts) -> list[Finding]:
    """What to add or trim so the story has all three parts and lasts one to two minutes.

    Every finding concerns the ``your_story`` method element.
    """
    out = []
    labels = {
        "what_happened": "what happened that made you care",
        "what_you_chose": "what you chose to do about it",
        "why_now": "why it matters to you now, in this campaign",
    }
    for name, label in labels.items():
        if not getattr(parts, name).strip():
            out.append(Finding("your_story", "missing", f"Add {label}.", name))
    for name in thin_parts(parts):
        out.append(
            Finding(
                "your_story",
                "vague",
                f"Say a little more about {labels[name]}: a sentence, not a word or two.",
                name,
            )
        )
    story = assemble_story(parts)
    if not story:
        return out
    content = content_feedback(parts)
    out.extend(content)
    seconds = spoken_seconds(story)
    low, high = TARGET_SECONDS
    said = normalise(story)
    pictured = bool(_MOMENT.search(said)) and bool(_FEELING.search(said))
    if seconds < SHORT_FLOOR_SECONDS or (seconds < low and not pictured):
        out.append(
            Finding(
                "your_story",
                "warning",
                f"About {seconds} seconds: a little short (our advice: a minute or two). "
                + (
                    "The points above would fill it out."
                    if content
                    else "Add a detail someone could picture (a place, a moment, a person)."
                ),
            )
        )
    elif seconds > high:
        out.append(
            Finding(
                "your_story",
                "warning",
                f"About {seconds} seconds: long (our advice: a minute or two). Trim to the "
                "moment that mattered so the conversation comes back to them.",
            )
        )
    return out


def content_feedback(parts: StoryParts) -> list[Finding]:
    """What the story says: a moment, a feeling, why you got involved, a turn to them.

    Judged on the story as a whole (a moment may sit in any part), except the turn to
    the other person, which belongs at the end. Empty stories get nothing here: the
    missing parts are reported by :func:`story_feedback`.
    """
    story = assemble_story(parts)
    if not story:
        return []
    said = normalise(story)
    out = []
    mine = _FIRST_PERSON.findall(said)
    if not mine or len(mine) * 40 < word_count(said):
        out.append(
            Finding(
                "your_story",
                "vague",
                "Tell it as your own story, with I and my: what happened to you, not the issue "
                "in general.",
            )
        )
    if reads_as_resume(said):
        out.append(
            Finding(
                "your_story",
                "vague",
                OURS + "this reads like a résumé (roles and years). Tell one thing that "
                "happened instead of listing what you have done.",
                "what_happened",
            )
        )
    if not _MOMENT.search(said):
        out.append(
            Finding(
                "your_story",
                "vague",
                OURS + "start from a moment someone could picture: when it happened, where "
                "you were, what you saw.",
                "what_happened",
            )
        )
    if not _FEELING.search(said):
        out.append(
            Finding(
                "your_story",
                "vague",
                OURS + "say how it felt (scared, angry, proud...): a feeling is what the other "
                "person connects with.",
            )
        )
    if not _INVOLVED.search(said):
        out.append(
            Finding(
                "your_story",
                "vague",
                "Say why you got involved: what you did about it, and why it brings you to "
                "this campaign.",
                "why_now",
            )
        )
    if not _turns_to_them(said):
        out.append(
            Finding(
                "your_story",
                "vague",
                OURS + 'end by turning to them ("What about you? What brought you to '
                'this?"): sharing first is meant to invite them to share back.',
                "why_now",
            )
        )
    return out


def reads_as_resume(text: str) -> bool:
    """True when ``text`` reads as a résumé, not something that happened: two or more
    roles, titles or years of service and no moment, or three or more and no feeling
    (a year such as "in 2019" is a moment, but a list of them is still a list)."""
    said = normalise(text)
    terms = len({m.group(0) for m in _RESUME.finditer(said)})
    if terms >= 3 and not _FEELING.search(said):
        return True
    return terms >= 2 and not _MOMENT.search(said)


def thin_parts(parts: StoryParts, fewest: int = 3) -> list[str]:
    """The parts written in fewer than ``fewest`` words ("i joined", "because"): too
    little to say what happened, what you chose or why. Blank parts are not listed."""
    return [
        name
        for name in ("what_happened", "what_you_chose", "why_now")
        if getattr(parts, name).strip() and word_count(getattr(parts, name)) < fewest
    ]


def tells_a_story(text: str) -> bool:
    """Does a line tell the speaker's own story: in the first person, a moment, a feeling
    or why they got involved, and not a list of roles? (The role-play credits a typed
    story with this, so both places mean the same by "a story".)"""
    said = normalise(text)
    if not _FIRST_PERSON.search(said):
        return False
    moment = bool(_MOMENT.search(said))
    told = moment or bool(_FEELING.search(said) or _INVOLVED.search(said))
    resume = len({m.group(0) for m in _RESUME.finditer(said)}) >= 2
    return told and (moment or not resume)


def _turns_to_them(said: str) -> bool:
    """True when one of the last two sentences hands the conversation to the listener."""
    for sentence in sentences(said)[-2:]:
        sentence = sentence.strip()
        if _INVITES.search(sentence):
            return True
        if sentence.endswith("?") and _YOU.search(sentence):
            return True
    return False


def length_summary(text: str) -> str:
    """One line such as ``"142 words, about 66 seconds at 130 words a minute"``."""
    return (
        f"{word_count(text)} words, about {spoken_seconds(text)} seconds at "
        f"{WORDS_PER_MINUTE} words a minute"
    )
