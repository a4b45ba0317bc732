"""TF-IDF over character n-grams within words, without importing scikit-learn.

:class:`CharTfidf` gives, bit for bit, what scikit-learn's
``TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
preprocessor=...)`` gives (smoothed idf, l2 norm, float64): the same vocabulary, and
sparse rows with the same ``data``, ``indices`` (in the same order within each row)
and ``indptr``, held as :class:`~.sparse_rows.SparseRows` (whose products sum as numpy
does, so a similarity can differ from scipy's in the last bit).

Why not scikit-learn itself: importing it takes most of a second (it pulls in
``scipy.stats`` and pandas), which was the largest single cost of a fresh
``commonground scenarios lint`` and of the first typed line of a role-play. This module
needs only numpy (not even ``scipy.sparse``: see :mod:`.sparse_rows`). It gives what scikit-learn's (1.9)
``CountVectorizer._count_vocab``, ``_sort_features``, ``TfidfTransformer`` and
``inplace_csr_row_normalize_l2`` give (the same n-gram numbering, the same order of the
entries within each row, each row's squares summed in the same order), but counts with
numpy over every distinct word cut once, not with a Python loop per n-gram;
``tests/test_roleplay_tfidf.py`` checks it against the installed scikit-learn on every
wording of every shipped scenario and on made-up lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import chain, pairwise

import numpy as np

from commonground.roleplay.sparse_rows import SparseRows

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

    def fit_transform(self, docs: Iterable[str]):
        """Learn the n-grams and their idf from ``docs``; return their TF-IDF rows.

        Each distinct word is cut into n-grams once; the counts of every document are
        then made in one pass of numpy over the n-gram numbers of all its words.
        """
        docs_words = [self._words(doc) for doc in docs]
        n_docs = len(docs_words)
        # Distinct words in the order they first occur, each with its n-grams: an
        # n-gram first occurs (over all documents) in the first word that holds it.
        words, word_grams = _distinct_words(docs_words)
        # n-grams numbered in the order they first occur, as scikit-learn numbers them
        vocabulary = dict.fromkeys(chain.from_iterable(word_grams))
        if not vocabulary:
            raise ValueError("empty vocabulary: the documents have no words")
        width = len(vocabulary)
        for at, gram in enumerate(vocabulary):
            vocabulary[gram] = at
        owner, flat = _stream(docs_words, words, word_grams, vocabulary.__getitem__)
        counts, first_ids, indptr = _counted(owner, flat, width, n_docs)
        # Number the n-grams in sorted order, as scikit-learn does after counting (the
        # indices within a row keep the order of first appearance, as there).
        terms = list(vocabulary)
        ordered = sorted(range(width), key=terms.__getitem__)
        remap = np.empty(width, dtype=np.int32)
        remap[ordered] = np.arange(width, dtype=np.int32)
        indices = remap[first_ids]
        self.vocabulary_ = {terms[old]: new for new, old in enumerate(ordered)}
        # Smoothed idf: log((1 + n) / (1 + df)) + 1.
        df = np.bincount(indices, minlength=width).astype(np.float64)
        df += 1.0
        idf = np.full_like(df, fill_value=n_docs + 1, dtype=np.float64)
        idf /= df
        np.log(idf, out=idf)
        idf += 1.0
        self.idf_ = idf
        return self._weigh(counts, indices, indptr, width)

    def _words(self, doc: str) -> list[str]:
        # scikit-learn joins runs of white space (``\s\s+``) before splitting on white
        # space; ``str.split`` splits on the same runs (``\s`` is ``str.isspace``), so the
        # words are the same without the substitution.
        return self.preprocessor(doc).split()

    def transform(self, docs: Iterable[str]):
        """The TF-IDF rows of ``docs`` over the fitted n-grams (unknown ones are dropped)."""
        if self.idf_ is None:
            raise ValueError("CharTfidf is not fitted")
        vocabulary = self.vocabulary_
        width = len(vocabulary)
        docs_words = [self._words(doc) for doc in docs]
        words, word_grams = _distinct_words(docs_words)
        owner, flat = _stream(docs_words, words, word_grams, lambda gram: vocabulary.get(gram, -1))
        known = flat >= 0  # n-grams not in the vocabulary are dropped
        counts, indices, indptr = _counted(owner[known], flat[known], width, len(docs_words))
        return self._weigh(counts, indices.astype(np.int32), indptr, width)

    def _weigh(self, data, indices, indptr, width):
        """Sublinear tf, times idf, each row scaled to length 1; a ``csr_matrix``.

        ``data`` (float64 counts), ``indices`` and ``indptr`` are a CSR matrix. It is
        flagged as having sorted indices, as the matrix scikit-learn's path makes is
        (after fitting, each row is in the order the n-grams first occurred, not sorted).
        """
        np.log(data, data)
        data += 1.0
        data *= self.idf_[indices]
        _normalise_rows(data, indptr)
        return SparseRows(data, indices, indptr, width)


def _distinct_words(docs_words: list[list[str]]) -> tuple[dict[str, int], list[tuple]]:
    """Each distinct word numbered in the order it first occurs, and its n-grams."""
    words = {w: at for at, w in enumerate(dict.fromkeys(chain.from_iterable(docs_words)))}
    return words, [_word_ngrams(word, MIN_N, MAX_N) for word in words]


def _stream(docs_words, words, word_grams, gram_id) -> tuple[np.ndarray, np.ndarray]:
    """The document and the number (``gram_id``) of every n-gram of every word, in order."""
    word_flat = np.fromiter(map(gram_id, chain.from_iterable(word_grams)), np.int64)
    word_len = np.fromiter(map(len, word_grams), np.int64, len(word_grams))
    word_start = np.cumsum(word_len) - word_len
    said = np.fromiter(map(words.__getitem__, chain.from_iterable(docs_words)), np.int64)
    said_len = word_len[said]
    n_docs = len(docs_words)
    words_per_doc = np.fromiter(map(len, docs_words), np.int64, n_docs)
    owner = np.repeat(np.repeat(np.arange(n_docs, dtype=np.int64), words_per_doc), said_len)
    shift = np.repeat(word_start[said] - (np.cumsum(said_len) - said_len), said_len)
    return owner, word_flat[np.arange(len(owner), dtype=np.int64) + shift]


def _counted(owner: np.ndarray, flat: np.ndarray, width: int, n_docs: int):
    """``(counts, n-gram numbers, indptr)``: one entry per (document, n-gram), the
    n-grams in number order within a document (what counting each document and sorting
    its indices gives); counts as float64."""
    pairs = owner * width + flat
    if n_docs * width < 2**31:  # the same keys as 32-bit numbers sort faster
        pairs = pairs.astype(np.int32)
    keys, counts = np.unique(pairs, return_counts=True)
    keys = keys.astype(np.int64)
    rows = keys // width
    indptr = np.zeros(n_docs + 1, dtype=np.int32)
    np.cumsum(np.bincount(rows, minlength=n_docs), out=indptr[1:])
    return counts.astype(np.float64), keys - rows * width, indptr


def _normalise_rows(data: np.ndarray, indptr: np.ndarray) -> None:
    """Scale each row to l2 length 1, in place, summing squares left to right.

    ``np.add.accumulate`` adds strictly in order, as scikit-learn's Cython loop does
    (``np.sum`` would add pairwise and can differ in the last bit).
    """
    lengths = np.diff(indptr)
    if not len(data):
        return
    squares = data * data
    if len(lengths) < int(lengths.max()):
        # Few rows (a typed line): one ordered running sum per row is fewer steps.
        sums = np.array(
            [np.add.accumulate(squares[a:b])[-1] if b > a else 0.0 for a, b in pairwise(indptr)]
        )
        scale = np.sqrt(sums)[np.repeat(np.arange(len(lengths)), lengths)]
        keep = scale != 0.0
        data[keep] /= scale[keep]
        return
    # Rows from longest to shortest: the k-th squares of the rows that have one are
    # added to their sums together, k = 0, 1, ..., so each row is summed in order.
    order = np.argsort(-lengths, kind="stable")
    starts = indptr[:-1][order].astype(np.int64)
    longer = np.bincount(lengths, minlength=int(lengths.max()) + 1)[::-1].cumsum()[::-1]
    total = np.zeros(len(lengths))
    for k in range(int(lengths.max())):
        have = int(longer[k + 1])  # rows with more than k entries
        total[:have] += squares[starts[:have] + k]
    sums = np.empty_like(total)
    sums[order] = total
    scale = np.sqrt(sums)[np.repeat(np.arange(len(lengths)), lengths)]
    keep = scale != 0.0
    data[keep] /= scale[keep]
