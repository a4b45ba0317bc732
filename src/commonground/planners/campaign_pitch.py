"""Explain the campaign in under a minute (lesson 05), tied to the person in front of you.

Before the ask, the method has you share what the campaign is doing and why, linked to
what they told you. The learner fills three parts; :func:`check_pitch` says what is
missing and whether it can be said in under :data:`LIMIT_SECONDS`. Spoken time is
estimated at :data:`~commonground.planners.story.WORDS_PER_MINUTE` (130 words a minute,
our assumption for relaxed speech, not a measured figure), the same rate lesson 03 uses.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from commonground.planners.findings import Finding, describe_findings, word_count
from commonground.planners.story import WORDS_PER_MINUTE, spoken_seconds
from commonground.reader import read_line

#: The pitch has to fit inside this many seconds of speech.
LIMIT_SECONDS = 60
#: A part shorter than this ("so yeah", "because", "you") says nothing yet.
FEWEST_WORDS = 4
_REASON = re.compile(
    r"\b(because|so that|so|since|otherwise|which means|that's why|to stop|to keep|to make|"
    r"to get|to protect|to save|matters?|means|cause|costs?|hurts?|risk)\b",
    re.IGNORECASE,
)
_TO_THEM = re.compile(r"\b(you|your|you're|you've|yours)\b", re.IGNORECASE)
# The link points back at what they said: "you told me...", "like you said", "when you
# talked about...", or something of theirs by name ("your daughter's teacher", "your
# shift"), not "your community" or "your help", which any pitch could say.
_WHAT_THEY_SAID = re.compile(
    r"\b(?:you(?:'ve)? (?:told|said|mentioned|were saying|talked|spoke|brought up|described|"
    r"explained|shared|raised|worried|wondered|asked)|(?:like|as) you (?:said|say|put it)|"
    r"from what you (?:said|told|described)|what you said|you were telling)\b"
    r"|\byour (?!(?:community|area|neighbou?rhood|city|town|country|world|life|lives|future|"
    r"help|support|time|vote|voice|input|opinion|views?|part|interest|concern|concerns|"
    r"situation|side|energy|commitment|involvement)\b)[a-z]",
    re.IGNORECASE,
)


@dataclass
class CampaignPitch:
    """The three parts of a short explanation of the campaign.

    Attributes
    ----------
    what
        What the campaign is doing ("We're asking the council for...").
    why
        Why it matters ("because...").
    link
        How it connects to this person, in terms of what they told you.
    """

    what: str = ""
    why: str = ""
    link: str = ""

    def to_dict(self) -> dict:
        """A JSON-ready dict (for the journal)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict | None) -> CampaignPitch:
        """Rebuild from :meth:`to_dict` output (unknown keys ignored)."""
        data = data or {}
        return cls(**{k: str(data.get(k, "") or "") for k in ("what", "why", "link")})


def _sentence(text: str) -> str:
    text = " ".join(str(text or "").split())
    if text and text[-1] not in ".!?":
        text += "."
    return text[:1].upper() + text[1:]


def assemble_pitch(pitch: CampaignPitch) -> str:
    """The three parts as one short spoken explanation, in order."""
    return " ".join(s for s in map(_sentence, (pitch.what, pitch.why, pitch.link)) if s)


def pitch_length(text: str) -> str:
    """One line: words, estimated seconds, the rate assumed and the limit."""
    seconds = spoken_seconds(text)
    verdict = "under" if seconds < LIMIT_SECONDS else "over"
    return (
        f"{word_count(text)} words, about {seconds} seconds at {WORDS_PER_MINUTE} words a "
        f"minute: {verdict} the {LIMIT_SECONDS}-second limit (our advice, not the guide's)"
    )


def check_pitch(pitch: CampaignPitch) -> list[Finding]:
    """What to add or trim; every finding concerns the ``campaign_work`` element.

    Checks that there is a "what", a "why" that gives a reason, a link that speaks to
    the person ("you", "your"), and that the whole thing takes under a minute to say.
    """
    out = []
    if not pitch.what.strip():
        out.append(Finding("campaign_work", "missing", "Say what the campaign is doing.", "what"))
    elif word_count(pitch.what) < FEWEST_WORDS:
        out.append(
            Finding(
                "campaign_work",
                "vague",
                "Say what the campaign is doing in a full sentence: who, doing what.",
                "what",
            )
        )
    if not pitch.why.strip():
        out.append(Finding("campaign_work", "missing", "Say why it matters.", "why"))
    elif word_count(pitch.why) < FEWEST_WORDS:
        out.append(
            Finding(
                "campaign_work",
                "vague",
                "Say why it matters in a full sentence: 'because...' and then the reason.",
                "why",
            )
        )
    elif not _REASON.search(pitch.why):
        out.append(
            Finding(
                "campaign_work",
                "vague",
                "Give the reason in so many words: 'because...', 'so that...', 'it means...'.",
                "why",
            )
        )
    if not pitch.link.strip():
        out.append(
            Finding(
                "campaign_work",
                "missing",
                "Link it to them: what they told you that this campaign speaks to.",
                "link",
            )
        )
    elif word_count(pitch.link) < FEWEST_WORDS:
        out.append(
            Finding(
                "campaign_work",
                "vague",
                "Say in a full sentence what they told you that this campaign speaks to.",
                "link",
            )
        )
    elif not _TO_THEM.search(pitch.link):
        out.append(
            Finding(
                "campaign_work",
                "vague",
                "Speak to them directly in the link ('you', 'your'): what did they tell you?",
                "link",
            )
        )
    elif read_line(pitch.link).kind == "advice":
        out.append(
            Finding(
                "campaign_work",
                "vague",
                "That tells them what to do or feel. Link it to something they told you "
                "instead: 'You told me...'.",
                "link",
            )
        )
    elif not _WHAT_THEY_SAID.search(pitch.link):
        out.append(
            Finding(
                "campaign_work",
                "vague",
                "Link it to something they told you: 'You told me...', 'Like you said...', "
                "or what is theirs by name ('your son's school').",
                "link",
            )
        )
    text = assemble_pitch(pitch)
    if text and spoken_seconds(text) >= LIMIT_SECONDS:
        out.append(
            Finding(
                "campaign_work",
                "warning",
                f"About {spoken_seconds(text)} seconds: our advice is under a minute, so trim "
                "it. Keep the part "
                "that links to them; cut history and statistics.",
            )
        )
    return out


def describe_pitch(pitch: CampaignPitch) -> str:
    """The explanation, its length and the findings, as plain text (lesson 05 prints it)."""
    text = assemble_pitch(pitch)
    findings = describe_findings(
        check_pitch(pitch), "What, why and a link to them, in under a minute."
    )
    return f"{text}\n\n{pitch_length(text)}\n{findings}"
