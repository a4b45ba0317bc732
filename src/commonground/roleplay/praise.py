"""Praise of the person wrapped round a move ("You're amazing, how do you do it all?").

The question in such a line can be open, and then it does the open-question step; the
praise is no part of it. Praise says what you think of them, not what they told you, so
it is never listening, and it makes a struggle hard to admit. What we say about it is
our advice: the source guide does not speak of praise. Praise is found by the line
reader (:mod:`commonground.reader.praise`), which the coach shares.
"""

from __future__ import annotations

from commonground.reader.praise import praises

__all__ = ["PRAISED_QUESTION", "PRAISE_NOT_LISTENING", "praises"]

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
