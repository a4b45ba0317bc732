"""Your story (lesson 03): three parts assembled into a short spoken story.

We estimate spoken length from the word count at :data:`WORDS_PER_MINUTE`, an
assumption of ours for relaxed conversational speech (not a measured figure); the
method asks for a story of a minute or two.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from commonground.planners.findings import Finding, word_count

#: Our assumed speaking rate for a relaxed, conversational story (an assumption, not a
#: measurement; people vary a lot).
WORDS_PER_MINUTE = 130
#: The aim, in seconds: one to two minutes.
TARGET_SECONDS = (60, 120)


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
    story = assemble_story(parts)
    if not story:
        return out
    seconds = spoken_seconds(story)
    low, high = TARGET_SECONDS
    if seconds < low:
        out.append(
            Finding(
                "your_story",
                "warning",
                f"About {seconds} seconds: a little short. Add a detail someone could picture "
                "(a place, a moment, a person).",
            )
        )
    elif seconds > high:
        out.append(
            Finding(
                "your_story",
                "warning",
                f"About {seconds} seconds: long. Trim to the moment that mattered so the "
                "conversation comes back to them.",
            )
        )
    return out


def length_summary(text: str) -> str:
    """One line such as ``"142 words, about 66 seconds at 130 words a minute"``."""
    return (
        f"{word_count(text)} words, about {spoken_seconds(text)} seconds at "
        f"{WORDS_PER_MINUTE} words a minute"
    )
