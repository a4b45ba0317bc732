"""What a line is about: its content words, and whether it shares enough of them.

Similarity over letter groups can rest on one shared word; these checks ask whether a
line names the same things as a move or the campaign does.
"""

from __future__ import annotations

from functools import lru_cache

from commonground.roleplay.model import Choice
from commonground.roleplay.similarity import index_for

#: Words too common to tie a line to the campaign ("we're fighting the ... cuts" needs
#: "cuts", not "we're").
_COMMON = frozenset(
    [
        "about",
        "also",
        "anyway",
        "anyways",
        "these",
        "those",
        "been",
        "being",
        "campaign",
        "could",
        "doing",
        "from",
        "have",
        "into",
        "just",
        "like",
        "make",
        "more",
        "much",
        "over",
        "some",
        "that",
        "their",
        "them",
        "then",
        "there",
        "they",
        "this",
        "very",
        "want",
        "what",
        "when",
        "where",
        "which",
        "while",
        "will",
        "with",
        "would",
        "your",
        "yours",
        "people",
        "right",
        "really",
        "thing",
        "things",
        "the",
        "and",
        "for",
        "our",
        "are",
        "you",
        "was",
        "but",
        "not",
        "all",
        "can",
        "get",
        "its",
        "who",
        "how",
        "why",
        "out",
        "one",
        "two",
        "has",
        "had",
        "his",
        "her",
        "him",
        "she",
        "too",
        "any",
        "now",
        "let",
        "say",
        "see",
        "got",
        "way",
        "day",
        "off",
        "try",
        "use",
        "lot",
        "bit",
        "yes",
        # ours, session 7: "Did you watch the football last night?" shares no topic with
        # "How many people did you get round to last month?"
        "did",
        "does",
        "last",
        "next",
        "still",
        "ever",
        # contractions, and words that say how one feels or when, not what the campaign is
        "we're",
        "it's",
        "i'm",
        "you're",
        "they're",
        "that's",
        "awful",
        "terrible",
        "horrible",
        "great",
        "good",
        "bad",
        "nice",
        "lovely",
        "lately",
        "recently",
        "basically",
        "honestly",
        "today",
        "yesterday",
        "week",
        "month",
        "year",
        "again",
        "don't",
        "can't",
        "won't",
        "didn't",
        "isn't",
        "doesn't",
        # what a campaign does, whatever it is about ("we're fighting the rent increases")
        "fight",
        "fighting",
        "push",
        "pushing",
        "backing",
        "trying",
        "asking",
        "campaigning",
        "working",
    ]
)


@lru_cache(maxsize=32768)  # the same wordings are asked about for every line heard
def content_words(text: str) -> frozenset[str]:
    """The lemmas of ``text`` that can tie it to the campaign (not the common ones)."""
    from commonground.reader.text import lemmas

    common = _common_lemmas()
    return frozenset(w for w in lemmas(text) if len(w) >= 3 and w not in common)


@lru_cache(maxsize=1)
def _common_lemmas() -> frozenset:
    """:data:`_COMMON` as the reader's lemmas ("like" is "lik" there), and as written."""
    from commonground.reader.text import lemmas

    return frozenset(_COMMON | {w for word in _COMMON for w in lemmas(word)})


def campaign_words(scenario, node) -> frozenset:
    """The content words (lemmas) of the campaign and of the node's campaign moves."""
    cache = index_for(scenario).cache
    key = ("campaign words", node.id)
    if key not in cache:
        c = scenario.campaign
        texts = [c.name, c.what, c.why]
        for choice in node.choices:
            if choice.step == "campaign_work":
                texts.extend((choice.text, *choice.examples))
        cache[key] = frozenset(w for t in texts for w in content_words(t))
    return cache[key]


def wording_words(choice: Choice) -> frozenset:
    """The content words of every wording of ``choice`` (its text and examples)."""
    return _words_of((choice.text, *choice.examples))


@lru_cache(maxsize=8192)
def _words_of(wordings: tuple[str, ...]) -> frozenset:
    return frozenset().union(*(content_words(t) for t in wordings))


#: A line naming this many things of its own (content words) is about what most of them
#: name: it means a move only when two of them are the move's too (else one).
TOPIC_WORDS = 3


def little_in_common(own: set, theirs: set) -> bool:
    """True when a line's content words (``own``) share too few with ``theirs`` to be
    about the same thing.

    Similarity over letter groups can rest on one shared word ("My car broke down again"
    and a campaign for care workers; "did you watch the football last night?" and "...
    it's people who say they'll come back"). A line that names three or more things of
    its own is about the same thing only when two of them are shared (a stem is enough:
    "fight" and "fighting"); a shorter line needs one. A line with no content word
    ("why?", "ok bye") is left to the score.
    """
    if not own:
        return False
    stems = {t[:4] for t in theirs}
    shared = {w for w in own if w[:4] in stems}
    return len(shared) < (2 if len(own) >= TOPIC_WORDS else 1)
