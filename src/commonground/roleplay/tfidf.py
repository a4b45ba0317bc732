"""TF-IDF over character n-grams within words, without importing scikit-learn.

:class:`CharTfidf` gives, bit for bit, what scikit-learn's
``TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
preprocessor=...)`` gives (smoothed idf, l2 norm, float64): the same vocabulary, and
sparse matrices with the same ``data``, ``indices`` (in the same order within each row)
and ``indptr``, so every similarity computed from them is the same number.

Why not scikit-learn itself: importing it takes most of a second (it pulls in
``scipy.stats`` and pandas), which was the largest single cost of a fresh
``commonground scenarios lint`` and of the first typed line of a role-play. This module
needs only numpy and ``scipy.sparse``. It mirrors scikit-learn's (1.9)
``CountVectorizer._count_vocab``, ``_sort_features``, ``TfidfTransformer`` and
``inplace_csr_row_normalize_l2`` step by step (including the order in which each row's
squares are summed); ``tests/test_roleplay_tfidf.py`` checks it against the installed
scikit-learn on every wording of every shipped scenario and on made-up lines.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache

import numpy as np
import scipy.sparse as sp

_WHITE_SPACES = re.compile(r"\s\s+")
MIN_N, MAX_N = 2, 5


def char_wb_ngrams(text: str, min_n: int = MIN_N, max_n: int = MAX_N) -> list[str]:
    """The n-grams of each word padded with a space, as ``analyzer="char_wb"`` makes them.

    A word shorter than ``n`` (padded) gives itself once, and no longer n-grams.
    """
    ngrams: list[str] = []
    for word in _WHITE_SPACES.sub(" ", text).split():
        ngrams.extend(_word_ngrams(word, min_n, max_n))
    return ngrams


@lru_cache(maxsize=65536)
def _word_ngrams(word: str, min_n: int, max_n: int) -> tuple[str, ...]:
    """The n-grams of one word (words recur across wordings: each is cut once)."""
    padded = f" {word} "
    size = len(padded)
    grams: list[str] = []
    for n in range(min_n, max_n + 1):
        if size <= n:
            grams.append(padded)
            break
        grams.extend(padded[i : i + n] for i in range(size - n + 1))
    return tuple(grams)


class CharTfidf:
    """Fit on some documents, then turn documents into l2-normed TF-IDF rows.

    Parameters
    ----------
    preprocessor
        Applied to each document before it is cut into n-grams (as scikit-learn's
        ``preprocessor``: it replaces lower-casing).
    """

    def __init__(self, preprocessor: Callable[[str], str] = str.lower) -> None:
        self.preprocessor = preprocessor
        self.vocabulary_: dict[str, int] = {}
        self.idf_ = None

    def _analyse(self, doc: str) -> list[str]:
        return char_wb_ngrams(self.preprocessor(doc))

    def fit_transform(self, docs: Iterable[str]):
        """Learn the n-grams and their idf from ``docs``; return their TF-IDF rows."""
        grams: list[str] = []
        counts: list[int] = []
        indptr = [0]
        for doc in docs:
            counter = Counter(self._analyse(doc))  # keeps the order of first appearance
            grams.extend(counter)
            counts.extend(counter.values())
            indptr.append(len(grams))
        # n-grams numbered in the order they first occur, as scikit-learn numbers them
        vocabulary = {gram: at for at, gram in enumerate(dict.fromkeys(grams))}
        indices = list(map(vocabulary.__getitem__, grams))
        if not vocabulary:
            raise ValueError("empty vocabulary: the documents have no words")
        matrix = _csr(counts, indices, indptr, len(vocabulary))
        # Number the n-grams in sorted order, as scikit-learn does after counting (the
        # indices within a row keep the order of first appearance, as there).
        terms = list(vocabulary)
        ordered = sorted(range(len(terms)), key=terms.__getitem__)
        remap = np.empty(len(ordered), dtype=matrix.indices.dtype)
        remap[ordered] = np.arange(len(ordered), dtype=remap.dtype)
        matrix.indices = remap.take(matrix.indices, mode="clip")
        self.vocabulary_ = {terms[old]: new for new, old in enumerate(ordered)}
        # Smoothed idf: log((1 + n) / (1 + df)) + 1.
        df = np.bincount(matrix.indices, minlength=matrix.shape[1]).astype(np.float64)
        df += 1.0
        idf = np.full_like(df, fill_value=matrix.shape[0] + 1, dtype=np.float64)
        idf /= df
        np.log(idf, out=idf)
        idf += 1.0
        self.idf_ = idf
        return self._weigh(matrix)

    def transform(self, docs: Iterable[str]):
        """The TF-IDF rows of ``docs`` over the fitted n-grams (unknown ones are dropped)."""
        if self.idf_ is None:
            raise ValueError("CharTfidf is not fitted")
        vocabulary = self.vocabulary_
        indices: list[int] = []
        counts: list[int] = []
        indptr = [0]
        for doc in docs:
            counter = Counter(self._analyse(doc))
            for gram, count in counter.items():
                at = vocabulary.get(gram)
                if at is not None:
                    indices.append(at)
                    counts.append(count)
            indptr.append(len(indices))
        return self._weigh(_csr(counts, indices, indptr, len(vocabulary)))

    def _weigh(self, matrix):
        """Sublinear tf, times idf, each row scaled to length 1; a ``csr_matrix``."""
        data = matrix.data
        np.log(data, data)
        data += 1.0
        data *= self.idf_[matrix.indices]
        _normalise_rows(data, matrix.indptr)
        return sp.csr_matrix(matrix)


def _csr(counts: list[int], indices: list[int], indptr: list[int], width: int):
    """A float64 CSR array of counts with sorted indices (as ``_count_vocab`` builds it)."""
    matrix = sp.csr_array(
        (
            np.asarray(counts, dtype=np.intc),
            np.asarray(indices, dtype=np.int32),
            np.asarray(indptr, dtype=np.int32),
        ),
        shape=(len(indptr) - 1, width),
        dtype=np.float64,
    )
    matrix.sort_indices()
    return matrix


def _normalise_rows(data: np.ndarray, indptr: np.ndarray) -> None:
    """Scale each row to l2 length 1, in place, summing squares left to right.

    ``np.add.accumulate`` adds strictly in order, as scikit-learn's Cython loop does
    (``np.sum`` would add pairwise and can differ in the last bit).
    """
    for start, end in zip(indptr[:-1].tolist(), indptr[1:].tolist(), strict=True):
        if end == start:
            continue
        row = data[start:end]
        total = float(np.add.accumulate(row * row)[-1])
        if total == 0.0:
            continue
        row /= math.sqrt(total)
