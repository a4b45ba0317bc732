"""The role-play's sparse rows (numpy alone) against scipy.sparse, on awkward shapes.

:mod:`commonground.roleplay.sparse_rows` replaces ``scipy.sparse.csr_matrix`` for the
TF-IDF rows of the hearing and the linter (importing scipy cost as much as the line
reader). Picking rows, products and the weight on some columns must be what scipy gives
(to within rounding), including empty rows at the start, middle and end, one row, no
rows, negative row numbers, and products cut into slices.
"""

import subprocess
import sys

import numpy as np
import pytest
import scipy.sparse as sp

from commonground.roleplay import sparse_rows
from commonground.roleplay.sparse_rows import DenseRows, SparseRows


def _random(seed: int, rows: int, width: int, empty_every: int = 4):
    rng = np.random.default_rng(seed)
    dense = rng.random((rows, width)) * (rng.random((rows, width)) < 0.15)
    dense[::empty_every] = 0.0  # empty rows, the first among them
    if rows > 2:
        dense[-1] = 0.0  # and the last
    ref = sp.csr_matrix(dense)
    return SparseRows(ref.data.copy(), ref.indices.copy(), ref.indptr.copy(), width), ref


@pytest.mark.parametrize("seed", range(6))
def test_picking_rows_is_scipys(seed):
    ours, ref = _random(seed, 23, 40)
    for rows in ([0], [5, 2, 2, 22], list(range(23)), [], [-1], [22, 0]):
        got, want = ours[rows], ref[rows]
        assert got.shape == want.shape
        assert np.array_equal(got.toarray(), want.toarray())
        assert np.array_equal(got.indptr, want.indptr)
    one = ours[3]
    assert one.shape == (1, 40) and np.array_equal(one.toarray(), ref[3].toarray())
    assert np.array_equal(ours[-2].toarray(), ref[21].toarray())
    with pytest.raises(IndexError):
        ours[23]


@pytest.mark.parametrize("seed", range(6))
def test_products_are_scipys_to_rounding(seed):
    ours, ref = _random(seed, 31, 60)
    other, other_ref = _random(seed + 50, 7, 60, empty_every=3)
    got = ours.products(other)
    assert got.shape == (31, 7)
    assert np.allclose(got, (ref @ other_ref.T).toarray(), rtol=0, atol=1e-12)
    assert np.allclose(ours.products(ours), (ref @ ref.T).toarray(), rtol=0, atol=1e-12)
    # every entry the same, whichever rows are in the product
    for i in (0, 1, 17, 30):
        assert np.array_equal(ours[[i]].products(other), got[[i]])
        assert np.array_equal(ours.products(other[[i % 7]]).ravel(), got[:, i % 7])


def test_the_other_side_made_dense_once_gives_the_same_numbers():
    ours, _ = _random(4, 40, 30)
    other, _ = _random(5, 6, 30)
    dense = DenseRows(other)
    assert len(dense) == 6
    assert np.array_equal(ours.products(dense), ours.products(other))
    for i in range(0, 40, 7):  # one row at a time, as the linter hears an ask
        assert np.array_equal(ours[i].products(dense), ours.products(other)[[i]])


def test_products_cut_into_slices_are_the_same(monkeypatch):
    ours, _ = _random(9, 200, 80)
    other, _ = _random(10, 5, 80)
    whole = ours.products(other)
    monkeypatch.setattr(sparse_rows, "_TERMS_PER_SLICE", 37)  # many small slices
    assert np.array_equal(ours.products(other), whole)


def test_empty_sides_give_zeros():
    ours, _ = _random(1, 6, 10)
    nothing = SparseRows(np.zeros(0), np.zeros(0, np.int32), np.zeros(4, np.int32), 10)
    assert np.array_equal(ours.products(nothing), np.zeros((6, 3)))
    assert np.array_equal(nothing.products(ours), np.zeros((3, 6)))
    assert ours[[]].products(ours).shape == (0, 6)
    assert list(nothing.weight_on(np.array([1, 2]))) == [0.0, 0.0, 0.0]


@pytest.mark.parametrize("seed", range(4))
def test_weight_on_columns_is_scipys(seed):
    ours, ref = _random(seed, 19, 50)
    for columns in ([3], [0, 49, 7], list(range(50)), []):
        block = ref[:, columns]
        want = np.asarray(block.multiply(block).sum(axis=1)).ravel()
        got = ours.weight_on(np.array(columns, dtype=np.int32))
        assert np.allclose(got, want, rtol=0, atol=1e-12)


def test_a_typed_line_and_the_linter_import_neither_scipy_nor_scikit_learn():
    code = (
        "import sys\n"
        "from commonground.roleplay import load_scenario, start, free_text\n"
        "from commonground.roleplay.lint import lint_file\n"
        "from commonground.roleplay.loader import resolve\n"
        "s = load_scenario('retired_teacher')\n"
        "free_text(s, start(s), 'Would you knock on doors with us this Saturday at 10?')\n"
        "lint_file(resolve('over_committed'))\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'scipy', 'sklearn'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["[]"]
