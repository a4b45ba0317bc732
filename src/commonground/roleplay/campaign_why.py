"""Does a campaign line say why (or why now), not only what the campaign is doing?"""

from __future__ import annotations

import re

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
