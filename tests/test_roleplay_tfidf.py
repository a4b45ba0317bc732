"""The role-play's own TF-IDF is scikit-learn's TfidfVectorizer, bit for bit.

:mod:`commonground.roleplay.tfidf` exists only so that linting and the first typed line
do not pay for importing scikit-learn; every similarity the hearing and the linter use
are made from the very rows scikit-learn gives. These tests compare the two on every
wording of every shipped scenario, on made-up lines (typos, unicode, punctuation only,
empty) and on seeded random strings, down to the arrays of the sparse matrices; and the
cosine similarities made from them (:mod:`commonground.roleplay.sparse_rows`, numpy alone)
with scipy's, to within rounding in the last bits, and exactly with one another however
the rows are grouped.
"""

import random

import numpy as np
import pytest
import scipy.sparse as sp

from commonground.roleplay import load_scenario
from commonground.roleplay.loader import scenario_paths
from commonground.roleplay.similarity import SceneIndex, normalise
from commonground.roleplay.sparse_rows import SparseRows
from commonground.roleplay.tfidf import CharTfidf, char_wb_ngrams

MADE_UP = [
    "",
    "   ",
    "?!...",
    "um, so, what got you into nursing?",
    "H-how did that feel?",
    "would you canvass on tuesday at 3:30 at the library?",
    "Would you CANVASS on Tuesday at 3:30 at the Library?",
    "canvasing tuesdya libary",
    "Café crème, naïve façade — São Paulo’s “best” bakery",
    "a I x",  # one-letter words: shorter than every n once padded
    "antidisestablishmentarianism supercalifragilistic",
    "zzzz qqqq xxxx",  # nothing in any vocabulary
    "\t tabs\tand\nnew lines  and   spaces ",
]


def _vectorizer(**settings):
    """scikit-learn's TfidfVectorizer, imported when a test needs it, not at collection
    (both test workers collect this file; one of them runs it)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(**settings)


def _reference():
    return _vectorizer(
        analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, preprocessor=normalise
    )


def _random_lines(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    alphabet = "abcdefghijklmnopqrstuvwxyz  ',.?éü’0123456789"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(count)]


def _assert_same_matrix(ours, theirs) -> None:
    assert isinstance(ours, SparseRows) and sp.issparse(theirs)
    assert ours.shape == theirs.shape
    for part in ("data", "indices", "indptr"):
        mine, ref = getattr(ours, part), getattr(theirs, part)
        assert mine.dtype == ref.dtype, part
        assert np.array_equal(mine, ref), part  # exact: not close, equal


def _wordings(scenario) -> list[str]:
    docs = [w for n in scenario.nodes.values() for c in n.choices for w in (c.text, *c.examples)]
    return docs + [a.text for a in scenario.campaign.asks]


@pytest.mark.parametrize("path", scenario_paths(), ids=lambda p: p.stem)
def test_every_scenario_index_equals_scikit_learn(path):
    docs = _wordings(load_scenario(str(path)))
    ref, ours = _reference(), CharTfidf(preprocessor=normalise)
    theirs_fit, ours_fit = ref.fit_transform(docs), ours.fit_transform(docs)
    assert ours.vocabulary_ == ref.vocabulary_
    assert np.array_equal(ours.idf_, ref.idf_)
    _assert_same_matrix(ours_fit, theirs_fit)
    queries = MADE_UP + docs[::7] + _random_lines(len(docs), 40)
    theirs_q, ours_q = ref.transform(queries), ours.transform(queries)
    _assert_same_matrix(ours_q, theirs_q)
    # A typed line alone, and a few lines (fewer rows than n-grams: summed row by row)
    for alone in [[q] for q in queries[:25]] + [queries[:3], queries[5:7]]:
        _assert_same_matrix(ours.transform(alone), ref.transform(alone))
    # The similarities the hearing and the linter compute, as they compute them: scipy's
    # sum each row in order, ours as numpy does (pairwise), so the last bits may differ.
    whole = ours_fit.products(ours_fit)
    assert np.allclose(whole, (theirs_fit @ theirs_fit.T).toarray(), rtol=0, atol=1e-13)
    rows = [0, 3, len(docs) - 1]
    for i in range(len(queries)):
        mine = ours_fit[rows].products(ours_q[i])
        theirs = (theirs_fit[rows] @ theirs_q[i].T).toarray()
        assert np.allclose(mine, theirs, rtol=0, atol=1e-13)
    # a few rows with one of them: the very numbers of the whole table
    for j in (0, len(docs) // 2, len(docs) - 1):
        assert np.array_equal(ours_fit[rows].products(ours_fit[j]).ravel(), whole[rows, j])


def test_random_corpora_equal_scikit_learn():
    for seed in range(5):
        docs = _random_lines(seed, 150) + MADE_UP
        ref, ours = _reference(), CharTfidf(preprocessor=normalise)
        _assert_same_matrix(ours.fit_transform(docs), ref.fit_transform(docs))
        queries = _random_lines(seed + 100, 50)
        _assert_same_matrix(ours.transform(queries), ref.transform(queries))


def test_ngrams_are_scikit_learns_char_wb_ngrams():
    ref = _vectorizer(analyzer="char_wb", ngram_range=(2, 5))
    for line in MADE_UP + _random_lines(7, 200):
        assert char_wb_ngrams(line) == ref._char_wb_ngrams(line)


def test_scene_index_gives_an_empty_row_for_unknown_words():
    index = SceneIndex(load_scenario("retired_teacher"))
    vector = index.vectors(["Жжж щщщ"])
    assert isinstance(vector, SparseRows) and vector.nnz == 0 and vector.shape[0] == 1
    assert set(index.scores("Жжж щщщ", "choice", ["ask_work"]).values()) == {0.0}


def test_nothing_is_fitted_before_fit():
    with pytest.raises(ValueError, match="not fitted"):
        CharTfidf().transform(["a line"])
    with pytest.raises(ValueError, match="empty vocabulary"):
        CharTfidf().fit_transform(["", " \t "])


@pytest.mark.parametrize("name", ["retired_teacher", "over_committed"])
def test_activity_similarities_in_one_product_equal_one_per_line(name):
    """The linter hears examples with one matrix product for all their activity words;
    each column must be exactly what hearing one line computes (and so the verdicts)."""
    from commonground.reader import ask_phrases
    from commonground.roleplay.hearing.asks import authored_activities
    from commonground.roleplay.similarity import index_for

    scenario = load_scenario(name)
    index = index_for(scenario)
    matrix, owners = authored_activities(scenario)
    examples = [e for n in scenario.nodes.values() for c in n.choices for e in c.examples]
    named = [a for a in (ask_phrases(e).get("activity", "") for e in examples) if a]
    assert matrix is not None and owners and len(named) > 10
    vectors = index.vectors(named)
    together = matrix.products(vectors)
    for k in range(len(named)):
        alone = matrix.products(vectors[k]).ravel()
        assert np.array_equal(together[:, k], alone)


def test_similarity_blocks_are_the_numbers_of_the_whole_table():
    """The linter's blocks (a node's wordings with one another, every row with the asks)
    hold exactly the numbers of ``M @ M.T``: each sums a row's n-grams, whatever else the
    product holds."""
    import numpy as np

    from commonground.roleplay.loader import load_scenario, scenario_paths
    from commonground.roleplay.similarity import SceneIndex

    for path in scenario_paths():
        scenario = load_scenario(path)
        index = SceneIndex(scenario)
        whole = index._matrix.products(index._matrix)
        asks = sorted(r for a in scenario.campaign.asks for r in index.rows_of("ask", a.id))
        for node in scenario.nodes.values():
            rows = sorted({r for c in node.choices for r in index.rows_of("choice", c.id)})
            if not rows:
                continue
            where, table = index.among(rows)
            assert np.array_equal(table, whole[np.ix_(rows, rows)]), (path.name, node.id)
            for row in rows:
                got = index.similarities(row, rows)
                assert got == {r: float(whole[row, r]) for r in rows}
                got = index.similarities(row, asks)
                assert got == {r: float(whole[row, r]) for r in asks}


def test_the_closest_wordings_of_two_choices_are_the_maxima_of_the_whole_table():
    from commonground.roleplay.lint_typed import _closest_wordings
    from commonground.roleplay.loader import load_scenario, scenario_paths
    from commonground.roleplay.similarity import SceneIndex

    for path in scenario_paths():
        scenario = load_scenario(path)
        index = SceneIndex(scenario)
        whole = index._matrix.products(index._matrix)
        for node in scenario.nodes.values():
            got = _closest_wordings(node.choices, index)
            for i, a in enumerate(node.choices):
                for j, b in enumerate(node.choices):
                    ra, rb = index.rows_of("choice", a.id), index.rows_of("choice", b.id)
                    want = float(whole[np.ix_(ra, rb)].max()) if ra and rb else 0.0
                    assert got[i][j] == want, (path.name, node.id, a.id, b.id)


@pytest.mark.parametrize("path", scenario_paths(), ids=lambda p: p.stem)
def test_a_node_s_examples_scored_at_once_equal_one_by_one(path):
    """:meth:`SceneIndex.own_rows_scores` (the linter, a node at a time) gives each
    example the very numbers :meth:`SceneIndex.scores` gives it alone, its own wording
    (and any wording with the same words) left out."""
    scenario = load_scenario(str(path))
    index = SceneIndex(scenario)
    checked = 0
    for node in scenario.nodes.values():
        ids = [c.id for c in node.choices]
        rows, texts = [], []
        for choice in node.choices:
            for k, example in enumerate(choice.examples):
                rows.append(index.rows_of("choice", choice.id)[1 + k])
                texts.append(example)
        if not rows:
            continue
        at_once = index.own_rows_scores(rows, ids)
        alone = [index.scores(t, "choice", ids, True, r) for r, t in zip(rows, texts, strict=True)]
        assert at_once == alone
        checked += len(rows)
    assert checked > 100


def test_a_wording_shared_by_two_choices_is_left_out_of_both():
    """An example worded as another choice's text: both rows are left out, and a choice
    whose every wording is left out scores 0.0, as one by one."""
    from commonground.roleplay.model import Choice, Node

    scenario = load_scenario(str(scenario_paths()[0]))
    node = next(n for n in scenario.nodes.values() if len(n.choices) >= 2)
    first, second = node.choices[:2]
    twin = Choice(**{**first.__dict__, "examples": (second.text, *first.examples)})
    changed = Node(**{**node.__dict__, "choices": (twin, *node.choices[1:])})
    nodes = {**scenario.nodes, node.id: changed}
    scenario = type(scenario)(**{**scenario.__dict__, "nodes": nodes})
    index = SceneIndex(scenario)
    ids = [c.id for c in changed.choices]
    row = index.rows_of("choice", twin.id)[1]
    at_once = index.own_rows_scores([row], ids)[0]
    assert at_once == index.scores(second.text, "choice", ids, True, row)
    if not second.examples:
        assert at_once[second.id] == 0.0


def test_normalise_is_its_plain_regular_expressions():
    """The similarity's normalise skips the stutter search without a dash and joins
    white space with str.split: the same text as the plain substitutions, on made-up
    lines full of dashes, fillers and white space of every kind."""
    import re

    apostrophes = str.maketrans({"’": "'", "‘": "'", "`": "'"})

    def plain(text: str) -> str:
        low = re.sub(r"\b([a-z])-(?=\1)", "", text.lower().translate(apostrophes))
        low = re.sub(
            r"\b(?:um+|uh+|erm+|er|hmm+|mm+|ah+)\b", " ", re.sub(r"[^a-z0-9' ]+", " ", low)
        )
        return re.sub(r"\s+", " ", low).strip()

    rng = random.Random(11)
    alphabet = "ab -–h\t\n'’um,.erHM  x-x\u00a0\u2003"
    lines = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(20000)]
    lines += ["H-how did you, um, get into it?", "w-w-what?", "Um… errr, hmm — ok", "a-a b-b"]
    assert [normalise(t) for t in lines] == [plain(t) for t in lines]
