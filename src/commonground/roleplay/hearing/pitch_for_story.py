"""The campaign pitched where the learner's own story belongs (ours, session 9).

Asked about themselves, a learner who tells the campaign ("We're fighting the lorry
route and measuring the air ourselves.") has left out their story, and that is what
the feedback must say. Its words can sit closest to a listed résumé ("I'm a project
manager, I chair...") by shared campaign words, and a résumé is a different mistake
(a list of roles). Such a line is heard as the node's move of giving the campaign
instead, when the node lists one, else as the story move, judged on its words (which
did not tell a story), and never as the résumé.
"""

from __future__ import annotations

from commonground.planners.story import tells_a_story
from commonground.roleplay.hearing.authored import cached_reading
from commonground.roleplay.hearing.result import UNDERSTOOD, Hearing, heard_as
from commonground.roleplay.hearing.scores import QUESTION_KINDS
from commonground.roleplay.hearing.topic_words import (
    campaign_words,
    content_words,
    little_in_common,
)
from commonground.roleplay.line_checks import signals_of


def pitch_for_story(scenario, node, moves, scores, text, reading) -> Hearing | None:
    """The campaign told at a story node, heard as giving the campaign instead, or None.

    The listed moves' own wordings are read once per scenario (:func:`.authored.cached_reading`).
    """
    strong = [c for c in moves if c.step == "your_story" and c.quality == "strong"]
    if not strong:
        return None
    kind = getattr(reading, "kind", "")
    if kind in QUESTION_KINDS or kind in ("ask", "story", "advice", "close"):
        return None
    if set(signals_of(reading)) & {"credentials", "first_person"} or tells_a_story(text):
        return None  # about oneself: a résumé, however it is worded, or a story
    own = content_words(text)
    if not own or little_in_common(own, campaign_words(scenario, node)):
        return None  # a bare "ok." names nothing, of the campaign or else (session 15)
    best = moves[0]
    if scores[best.id] >= UNDERSTOOD and "credentials" not in signals_of(
        cached_reading(scenario, best.text)
    ):
        return None  # heard as the listed move it is closest to, which is no résumé
    instead = [
        c
        for c in moves
        if c.step == "your_story"
        and c.quality != "strong"
        and getattr(cached_reading(scenario, c.text), "kind", "")
        not in QUESTION_KINDS  # not turning it back
        and "credentials"
        not in signals_of(cached_reading(scenario, c.text))  # a résumé is another mistake
        and not little_in_common(content_words(c.text), campaign_words(scenario, node))
    ]
    if instead:
        return heard_as(instead[0], scores, reading, "the campaign where your story belongs")
    return heard_as(strong[0], scores, reading, "the campaign where your story belongs")
