"""Praise of the person wrapped round a move ("You're amazing, how do you do it all?").

The question in such a line can be open, and then it does the open-question step; the
praise is no part of it. Praise says what you think of them, not what they told you, so
it is never listening, and it makes a struggle hard to admit. What we say about it is
our advice: the source guide does not speak of praise.
"""

from __future__ import annotations

import re

# Praise of the person as a whole, not of a thing they did ("that's amazing" is about the
# thing): "you're amazing", "you are such an inspiration", "I really admire you".
_PRAISE = re.compile(
    r"\b(?:you(?:'re| are|re) (?:(?:so|such|really|truly|just|absolutely|honestly|seriously|"
    r"incredibly|a|an|the) ){0,3}(?:amazing|incredible|inspiring|an inspiration|a hero|a "
    r"superstar|superwoman|superman|a legend|legendary|a saint|a star|a machine|a rock ?star|"
    r"wonderful|awesome|remarkable|unbelievable|impressive|phenomenal|extraordinary|the best)|"
    r"i (?:really |so |just |truly )?(?:admire|look up to) you)\b",
    re.I,
)

#: What an open (or factual) question wrapped in praise is told: the step counts.
PRAISED_QUESTION = (
    "The question itself does the step, so it counts. Our advice: leave the praise out. It "
    "tells them what you think of them, not what they told you, and after \u201cyou're amazing\u201d "
    "it is hard to admit they are struggling. Ask the question on its own."
)
#: What praise heard as listening is told: it is not.
PRAISE_NOT_LISTENING = (
    "Our advice: praise is not listening. It says what you think of them, not what they "
    "just told you. Follow up on what they said, or give their words back."
)


def praises(text: str) -> bool:
    """Does the line praise the person themselves ("you're amazing", "I admire you")?"""
    return bool(_PRAISE.search(text.replace("\u2019", "'")))
