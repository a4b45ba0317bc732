"""TF-IDF rows held sparse, and the products the hearing takes of them, with numpy alone.

A :class:`SparseRows` is what ``scipy.sparse.csr_matrix`` holds (``data``, ``indices``,
``indptr``, ``shape``), with the few things the role-play does with TF-IDF rows: pick
some rows, take every row's dot product with every row of another (cosine similarities:
the rows are l2-normed), and weigh the part of each row that falls on given n-grams.

Why not scipy: importing ``scipy.sparse`` (which walks all of numpy, ``numpy.f2py`` and
``numpy.testing`` included, to build its array-API layer) took about as long as importing
the line reader, on the path of every fresh ``commonground scenarios lint`` and of the
first typed line of a role-play; the operations themselves are a few lines of numpy.
Each product sums a row's terms as ``numpy.add.reduceat`` does (pairwise over long rows),
so a similarity can differ from scipy's sequential sum in the last bit; every number is
the same however the rows are grouped into products (``tests/test_roleplay_sparse_rows.py``
checks both against scipy and scikit-learn).
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

#: A product is made in slices of the left-hand rows, each making at most about this many
#: terms (values times rows of the other side), so that every row with a few dozen others
#: (the linter's table of asks) takes a few MB at a time.
_TERMS_PER_SLICE = 1 << 20


class SparseRows:
    """Rows of a sparse matrix in compressed-row form.

    Parameters
    ----------
    data, indices, indptr
        As in ``scipy.sparse.csr_matrix``: row ``i`` has the values
        ``data[indptr[i]:indptr[i + 1]]`` in the columns ``indices[...]`` (each column
        at most once in a row).
    width
        The number of columns.
    """

    __slots__ = ("data", "indices", "indptr", "shape")

    def __init__(self, data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, width: int):
        self.data = data
        self.indices = indices
        self.indptr = indptr
        self.shape = (len(indptr) - 1, width)

    @property
    def nnz(self) -> int:
        """The number of stored values."""
        return int(self.indptr[-1])

    def __len__(self) -> int:
        return self.shape[0]

    def __getitem__(self, rows) -> SparseRows:
        """One row (an ``int``) or several (a sequence of row numbers), as rows."""
        picked = np.asarray(rows, dtype=np.int64).reshape(-1)
        if len(picked) and not (-len(self) <= picked.min() and picked.max() < len(self)):
            raise IndexError(f"row {rows} of {len(self)}")
        picked %= max(1, len(self))  # row -1 is the last
        starts, ends = self.indptr[picked], self.indptr[picked + 1]
        lengths = ends - starts
        indptr = np.zeros(len(picked) + 1, dtype=self.indptr.dtype)
        np.cumsum(lengths, out=indptr[1:])
        # every picked row's positions in ``data``, in order
        at = np.arange(int(indptr[-1]), dtype=np.int64)
        at += np.repeat(starts.astype(np.int64) - indptr[:-1], lengths)
        return SparseRows(self.data[at], self.indices[at], indptr, self.shape[1])

    def toarray(self) -> np.ndarray:
        """The rows as a dense array."""
        dense = np.zeros(self.shape)
        dense[self._row_of_each(), self.indices] = self.data
        return dense

    def products(self, other: SparseRows | DenseRows) -> np.ndarray:
        """``self @ other.T`` as a dense ``(len(self), len(other))`` array: the cosine
        similarity of every row here with every row of ``other`` (rows of length 1).

        Each number sums this side's row, all its terms in its order, whatever else the
        product holds: the same rows give the same numbers in any grouping. ``other`` (the
        small side: a typed line, a node's wordings, the asks) may be given as
        :class:`DenseRows` made once for many products.
        """
        out = np.zeros((len(self), len(other)))
        if not self.nnz or not len(other) or getattr(other, "nnz", 1) == 0:
            return out
        if not isinstance(other, DenseRows):
            other = DenseRows(other)
        bounds = self._slices(max(1, _TERMS_PER_SLICE // len(other)))
        for first, last in pairwise(bounds):
            lo, hi = int(self.indptr[first]), int(self.indptr[last])
            terms = other.columns(self.indices[lo:hi])
            terms *= self.data[lo:hi]
            out[first:last] = _row_sums(terms, self.indptr[first : last + 1] - lo).T
        return out

    def weight_on(self, columns: np.ndarray) -> np.ndarray:
        """For each row, the sum of its squared values in ``columns``: how much of a
        normed row lies on those n-grams."""
        if not self.nnz or not len(columns):
            return np.zeros(len(self))
        on = np.zeros(self.shape[1], dtype=bool)
        on[columns] = True
        squares = np.where(on[self.indices], self.data * self.data, 0.0)
        return _row_sums(squares[np.newaxis, :], self.indptr)[0]

    def _row_of_each(self) -> np.ndarray:
        return np.repeat(np.arange(len(self)), np.diff(self.indptr))

    def _slices(self, values: int) -> list[int]:
        """Row numbers cutting the rows into slices of about ``values`` stored values."""
        if self.nnz <= values:
            return [0, len(self)]
        cuts = np.searchsorted(self.indptr, np.arange(0, self.nnz, values)[1:])
        return sorted({0, len(self), *(int(c) for c in cuts)})


class DenseRows:
    """A few rows held dense (the other side of products).

    Parameters
    ----------
    rows
        The rows; ``len(DenseRows(rows)) == len(rows)``.
    """

    __slots__ = ("values",)

    def __init__(self, rows: SparseRows) -> None:
        self.values = rows.toarray()

    def __len__(self) -> int:
        return self.values.shape[0]

    def columns(self, indices: np.ndarray) -> np.ndarray:
        """A new ``(len(self), len(indices))`` array: each row's values in ``indices``."""
        return self.values[:, indices]


def _row_sums(terms: np.ndarray, indptr: np.ndarray) -> np.ndarray:
    """Sum ``terms`` (``(k, n)``) over each row's span of columns given by ``indptr``;
    an empty row sums to 0."""
    sums = np.zeros((terms.shape[0], len(indptr) - 1))
    filled = np.flatnonzero(np.diff(indptr))
    if len(filled):
        sums[:, filled] = np.add.reduceat(terms, indptr[filled], axis=1)
    return sums
