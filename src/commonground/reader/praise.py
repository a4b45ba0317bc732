"""Praise of the person themselves ("you're amazing", "I admire you"), ours (session 9).

Praise says what you think of them, not what they told you: it is no part of a question
it is wrapped round, never listening, and it makes a struggle hard to admit. Praise of a
thing they did ("that's amazing") is not praise of them. The role-play
(:mod:`commonground.roleplay.praise`) and the coach's suggestion both use :func:`praises`.

Examples
--------
>>> praises("You're amazing, how do you do it all?")
True
>>> praises("That's amazing, what happened next?")
False
"""

from __future__ import annotations

import re

_PRAISE = re.compile(
    r"\b(?:you(?:'re| are|re) (?:(?:so|such|really|truly|just|absolutely|honestly|seriously|"
    r"incredibly|a|an|the) ){0,3}(?:amazing|incredible|inspiring|an inspiration|a hero|a "
    r"superstar|superwoman|superman|a legend|legendary|a saint|a star|a machine|a rock ?star|"
    r"wonderful|awesome|remarkable|unbelievable|impressive|phenomenal|extraordinary|the best|"
    r"great|brilliant|fantastic|a gem)|"
    r"i (?:really |so |just |truly )?(?:admire|look up to) you)\b",
    re.I,
)


def praises(text: str) -> bool:
    """Does the line praise the person themselves ("you're amazing", "I admire you")?"""
    return bool(_PRAISE.search(text.replace("\u2019", "'")))
