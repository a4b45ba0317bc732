"""How close two wordings are: TF-IDF over character n-grams.

One index per scenario holds every choice's text and ``examples``, and every authored
ask's text, as rows of a TF-IDF matrix over character n-grams within words (so
"canvass" meets "canvassing" and a typo costs little). A typed line is compared with
the rows by cosine similarity; a choice (or an ask) scores the best of its rows.
Inverse document frequency is fitted on the scenario itself, so words every choice
uses ("would you", "the") count for little and the words that tell moves apart count
for much.

The TF-IDF is scikit-learn's ``TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5),
sublinear_tf=True)``, computed bit for bit without importing scikit-learn
(:mod:`.tfidf`; a test compares the two), because that import alone took most of a
second; the rows and their products are numpy's (:mod:`.sparse_rows`), not scipy's.
numpy is imported on first use, not when the role-play is loaded: clicking never pays
for it.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from functools import lru_cache

from commonground.roleplay.model import Scenario

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_NOT_WORD = re.compile(r"[^a-z0-9' ]+")
# Hesitations that carry no meaning ("um, so, what got you into nursing?").
_FILLERS = re.compile(r"\b(?:um+|uh+|erm+|er|hmm+|mm+|ah+)\b")
_STUTTER = re.compile(r"\b([a-z])-(?=\1)")  # "h-how" -> "how"


def normalise(text: str) -> str:
    """Lower-case, plain apostrophes, no punctuation or fillers, single spaces."""
    return _normalise(str(text))


@lru_cache(maxsize=32768)
def _normalise(text: str) -> str:
    # Cached: the same authored wordings are compared over and over (every hearing
    # checks the node's choices word for word).
    low = text.lower().translate(_APOSTROPHES)
    if "-" in low:  # a stutter has one
        low = _STUTTER.sub("", low)
    low = _FILLERS.sub(" ", _NOT_WORD.sub(" ", low))
    return " ".join(low.split())  # runs of white space (``\s+``) as one space, stripped


@dataclass(frozen=True)
class _Row:
    owner: str  # "choice" or "ask"
    id: str


class SceneIndex:
    """The TF-IDF rows of one scenario: choices (text + examples) and asks."""

    def __init__(self, scenario: Scenario) -> None:
        from commonground.roleplay.tfidf import CharTfidf

        self.cache: dict = {}  # other per-scenario results (see hearing.authored.profile)
        docs: list[str] = []
        rows: list[_Row] = []
        by_ask: dict[str, list[str]] = {a.id: [a.text] for a in scenario.campaign.asks}
        for node in scenario.nodes.values():
            for choice in node.choices:
                for wording in (choice.text, *choice.examples):
                    docs.append(wording)
                    rows.append(_Row("choice", choice.id))
                if choice.ask in by_ask:
                    by_ask[choice.ask].extend((choice.text, *choice.examples))
        for ask_id, wordings in by_ask.items():
            for wording in dict.fromkeys(wordings):
                docs.append(wording)
                rows.append(_Row("ask", ask_id))
        self._vectorizer = CharTfidf(preprocessor=normalise)
        self._matrix = self._vectorizer.fit_transform(docs)
        self._docs = [normalise(d) for d in docs]
        self._rows: dict[tuple[str, str], list[int]] = {}
        for i, row in enumerate(rows):
            self._rows.setdefault((row.owner, row.id), []).append(i)

    def scores(
        self, text: str, owner: str, ids, leave_out: bool = False, vector=None
    ) -> dict[str, float]:
        """Best cosine similarity of ``text`` to the rows of each of ``ids``.

        With ``leave_out``, rows with the very wording of ``text`` are left out: how would
        an example be heard if it were not itself an example (the linter's check)?
        ``vector`` is ``text``'s row from :meth:`vectors` when already made, or the
        number of the index's own row with ``text`` (see :meth:`rows_of`).
        """
        if vector is None:
            vector = self._vectorizer.transform([text])
        wanted = dict(zip(ids, self._rows_for(owner, ids), strict=True))
        if leave_out:
            said = normalise(text)
            wanted = {i: [r for r in rows if self._docs[r] != said] for i, rows in wanted.items()}
        flat = sorted({r for rows in wanted.values() for r in rows})
        if isinstance(vector, int):  # a row of the index itself (the linter)
            every = sorted({r for rows in self._rows_for(owner, ids) for r in rows})
            at = self.similarities(vector, every)
        elif not flat or vector.nnz == 0:
            return dict.fromkeys(wanted, 0.0)
        else:
            sims = self._matrix[flat].products(vector).ravel()
            at = {r: float(s) for r, s in zip(flat, sims, strict=True)}
        return {i: max((at[r] for r in rows), default=0.0) for i, rows in wanted.items()}

    def coverage(self, vector, rows) -> list[float]:
        """How much of each of ``rows`` a line (its TF-IDF ``vector``) says: the share of
        the row's weight (its squared, normalised entries) on n-grams the line also has.

        Unlike cosine similarity it is one-sided: "what year are you in?" says little of
        "Thanks for squeezing me in. What are you studying, and what year are you in?",
        though the two are close, while the whole line says all of the short one.
        ``vector`` may be a row number of the index itself.
        """
        if isinstance(vector, int):
            vector = self._matrix[vector]
        if not rows:
            return []
        if vector is None or vector.nnz == 0:
            return [0.0] * len(rows)
        return [float(x) for x in self._matrix[list(rows)].weight_on(vector.indices)]

    def vectors(self, wordings):
        """The TF-IDF rows of some wordings (``None`` for none)."""
        wordings = list(wordings)
        return self._vectorizer.transform(wordings) if wordings else None

    def rows_of(self, owner: str, ident: str) -> list[int]:
        """Row numbers of one choice's (or ask's) wordings (see :meth:`similarities`)."""
        return list(self._rows.get((owner, ident), []))

    def _rows_for(self, owner: str, ids) -> list[list[int]]:
        return [self._rows.get((owner, i), []) for i in ids]

    def similarities(self, row: int, among: list[int]) -> dict[int, float]:
        """Cosine similarity of the index's own ``row`` with each of ``among`` (sorted,
        distinct row numbers).

        These are the numbers of the whole table ``M @ M.T``: each is a sum over
        ``row``'s n-grams, whatever else the product holds. Only a block is computed,
        and kept: ``among`` with one another when ``row`` is one of them (a node's
        wordings, against which the linter hears each of its examples), else ``row``
        with ``among`` (the asks).
        """
        where, square = self.among(among)
        if row in where:
            line = square[where[row]]
        else:
            # one row at a time (the rows heard as asks: a few hundred of thousands), with
            # ``among`` made dense once; the same numbers as the whole product's
            from commonground.roleplay.sparse_rows import DenseRows

            key = ("every row with", tuple(among))
            if key not in self.cache:
                self.cache[key] = (DenseRows(self._matrix[list(among)]), {})
            dense, lines = self.cache[key]
            if row not in lines:
                lines[row] = self._matrix[row].products(dense)[0]
            line = lines[row]
        return {r: float(line[i]) for i, r in enumerate(among)}

    def own_rows_scores(self, rows: list[int], ids) -> list[dict[str, float]]:
        """For each of the index's own ``rows`` (examples of choices among ``ids``), the
        scores :meth:`scores` gives it with ``leave_out``: the best similarity to each
        choice's rows, leaving out rows with the very wording of the row itself.

        The same numbers as one :meth:`scores` per row (the same block of ``M @ M.T``,
        and a maximum picks one of its numbers), for many rows at once: one numpy pass
        per node where the linter heard each example apart (``tests/test_roleplay_tfidf.py``
        compares the two on every example of every shipped scenario).
        """
        import numpy as np

        groups = self._rows_for("choice", ids)
        if not all(groups):  # a choice with no wording (never made by build): one by one
            return [self.scores(self._docs[r], "choice", ids, True, r) for r in rows]
        every = sorted({r for found in groups for r in found})
        where, square = self.among(every)
        order = [where[r] for found in groups for r in found]
        starts = np.cumsum([0] + [len(found) for found in groups[:-1]])
        block = square[np.ix_([where[r] for r in rows], order)]
        # a row's own wording (and any row with the same words) is left out
        wording = self._wording_numbers()
        columns = wording[np.array(every)[order]]
        block[wording[rows][:, None] == columns[None, :]] = -np.inf
        best = np.maximum.reduceat(block, starts, axis=1)
        best[best == -np.inf] = 0.0  # every row of the choice left out
        return [dict(zip(ids, map(float, line), strict=True)) for line in best]

    def _wording_numbers(self):
        """Each row's wording as a number (rows with the same normalised words share one)."""
        found = self.cache.get("wording numbers")
        if found is None:
            import numpy as np

            numbers: dict[str, int] = {}
            found = np.array([numbers.setdefault(d, len(numbers)) for d in self._docs])
            self.cache["wording numbers"] = found
        return found

    def among(self, rows: list[int]):
        """``(position of each row, similarities)``: the cosine similarity of each of
        ``rows`` (sorted, distinct) with each, as the same block of ``M @ M.T``; kept."""
        key = ("among", tuple(rows))
        if key not in self.cache:
            block = self._matrix[list(rows)]
            where = {r: i for i, r in enumerate(rows)}
            self.cache[key] = (where, block.products(block))
        return self.cache[key]


_INDEXES: dict[int, tuple[weakref.ref, SceneIndex]] = {}
_BY_CONTENT: dict[tuple, SceneIndex] = {}
_KEEP = 32  # indexes kept by content (a linter run builds every scenario afresh)


def _content_key(scenario: Scenario) -> tuple:
    """What an index is made of: every wording of every choice and ask, in order."""
    wordings = [
        (choice.id, choice.ask or "", choice.text, *choice.examples)
        for node in scenario.nodes.values()
        for choice in node.choices
    ]
    asks = [(ask.id, ask.text) for ask in scenario.campaign.asks]
    return (scenario.id, tuple(wordings), tuple(asks))


def index_for(scenario: Scenario) -> SceneIndex:
    """The (cached) index of a loaded scenario; built on first use.

    Cached by the scenario object, and by its wordings, so the same scenario loaded
    again (as the linter does on every run) reuses its index.
    """
    key = id(scenario)
    found = _INDEXES.get(key)
    if found is not None and found[0]() is scenario:
        return found[1]
    content = _content_key(scenario)
    index = _BY_CONTENT.get(content)
    if index is None:
        index = SceneIndex(scenario)
        if len(_BY_CONTENT) >= _KEEP:
            _BY_CONTENT.pop(next(iter(_BY_CONTENT)))
        _BY_CONTENT[content] = index
    _INDEXES[key] = (weakref.ref(scenario, lambda _r, k=key: _INDEXES.pop(k, None)), index)
    return index
