"""A listed mistake made in one part of a line, whatever good move the rest makes.

"Hi Sam. I need your October numbers, how many flats did you reach?" asks a fair
question of fact, but opens with the task list the scenario lists as a mistake; "I need
your signature on the drains petition, how long have you lived here?" pitches before
asking. Heard whole, such a line is as close to the question as to the mistake (and
was asked again as unclear) or closer to the question (and credited). A line is cut
into its parts (its sentences, and a question cut from the clause before it); when a
part said alone is heard as a harmful move listed here, as surely as a near wording of it
(:data:`.result.WORDING_MATCH`: a short clause said alone is near many things, and "Hi
Dana, I'm with the coalition." is no history lecture), the line made that mistake and is
heard as it: the good question after it does not undo it.
"""

from __future__ import annotations

import re

from commonground.roleplay.hearing.result import WORDING_MATCH, Hearing, short_quote
from commonground.roleplay.hearing.topic_words import content_words, wording_words

# Where a question begins after a clause: "I need your numbers, how many flats...?"
_QUESTION_AFTER = re.compile(
    r"[,;:]\s+(?=(?:and |so |but )?(?:how|what|when|where|who|which|why|do|did|does|are|is|"
    r"was|were|can|could|would|will|have|has)\b)"
)


#: A part makes a listed mistake only when it shares this many words of substance with
#: it: "so it's not just being late", a reflection's first sentence, shares only "late"
#: with "You should just get a taxi when it's that late" (ours, session 12).
SHARED_WORDS = 2

#: A part shorter than this is no clause of its own but what the question after it asks
#: about ("October doors, how many?"): it is not heard alone.
CLAUSE_WORDS = 3


def parts(text: str) -> list[str]:
    """The line's sentences, with a question cut from a clause before it."""
    from commonground.reader.text import normalise, sentences

    out = []
    for sentence in sentences(normalise(text)):
        out.extend(p for p in _QUESTION_AFTER.split(sentence) if p.strip())
    return out


def mistake_in_a_part(node, heard: Hearing, text: str, hear_part) -> Hearing:
    """``heard``, or the harmful move listed here that a part of the line makes alone.

    ``hear_part(part)`` hears a part at the same node. Only tried for a line not already
    heard as a harmful move or an ask, at a node that lists a harmful move, when the line
    shares a word of substance with one (a cheap test before hearing the parts).
    """
    if heard.how not in ("meaning", "unclear", "not_understood"):
        return heard
    if heard.choice is not None and heard.choice.quality == "harmful":
        return heard
    harmful = [c for c in node.choices if c.quality == "harmful"]
    own = {w[:4] for w in content_words(text)}
    if not any(own & {w[:4] for w in wording_words(c)} for c in harmful):
        return heard
    said = parts(text)
    if len(said) < 2:
        return heard
    for part in said:
        if len(part.split()) < CLAUSE_WORDS:
            continue  # the topic of the question after it ("October doors, how many?")
        if all(_shared(part, c) < SHARED_WORDS for c in harmful):
            continue  # it cannot be heard as a mistake (below): not worth hearing
        found = hear_part(part)
        if (
            found.how == "meaning"
            and found.choice in harmful
            and found.sureness >= WORDING_MATCH
            and _shared(part, found.choice) >= SHARED_WORDS
        ):
            why = f"'{short_quote(part)}' makes the mistake '{short_quote(found.choice.text)}'"
            return Hearing(
                "meaning",
                found.choice,
                found.sureness,
                heard.reading,
                why=(f"{why}: heard as it, whatever the rest asks",),
            )
    return heard


def _shared(part: str, choice) -> int:
    """How many words of substance (by their first four letters) ``part`` shares with
    ``choice``'s wordings."""
    return len({w[:4] for w in content_words(part)} & {w[:4] for w in wording_words(choice)})
