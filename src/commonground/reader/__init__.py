"""A transparent, rule-based reader for a line a learner types during a 1:1.

No models and no downloads: regular expressions and word lists, each of which leaves a
note in :attr:`Reading.rules` when it fires. Besides its kind, a line carries signals
(:data:`SIGNALS`: ``push``, ``probe_no``, ``follow_up``...), and
:func:`~commonground.reader.ask_phrases.ask_phrases` gives the words that name each part of an
ask. See ``docs/reader.md`` for the rules and their measured accuracy.

Examples
--------
>>> from commonground.reader import read_line
>>> r = read_line("Would you canvass with me this Saturday at 10 from the library?",
...               fit_keywords={"likes_walking": ["walk", "outdoors", "canvass"]})
>>> r.kind, r.specific_parts, r.fits, r.fit_matches
('ask', ('activity', 'time', 'place'), True, ('likes_walking',))
"""

from __future__ import annotations

from commonground.lazy import exports

# Imported now, not on first use: the submodule of the same name would otherwise take
# its place as the package's attribute once something imports it (about 25 ms).
from commonground.reader.ask_phrases import ask_phrases as ask_phrases

#: Each exported name and the module that defines it, imported on first use (PEP 562):
#: ``from commonground.reader.text import normalise`` then needs only ``text``, not the
#: reader's ~190 patterns (about 0.1 s to compile), which a role-play whose learner
#: only clicks never uses.
_WHERE = {
    "ASK_PARTS": "asks",
    "KINDS": "reading",
    "Reading": "reading",
    "SIGNALS": "signals",
    "clear_caches": "reading",
    "read_line": "reading",
    "rewrite_closed": "suggest",
    "rewrite_hint": "suggest",
    "rewrite_leading": "suggest",
    "specificity": "asks",
}
__all__ = sorted([*_WHERE, "ask_phrases"])
__getattr__, __dir__ = exports(__name__, _WHERE, globals())
