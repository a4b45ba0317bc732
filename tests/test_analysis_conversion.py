"""Funnel and ask -> yes tables checked against numbers worked out by hand."""

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commonground.analysis import conversion


def wilson_by_hand(k, n, z=1.959963984540054):
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def tiny_log():
    """Eight meetings; the expected counts are written out in each test."""
    return pd.DataFrame(
        {
            "response": ["yes", "yes", "yes", "maybe", "maybe", "no", "no", "no"],
            "final_response": ["yes", "yes", None, "yes", "no", "yes", "no", None],
            "showed_up": pd.array(
                [True, False, pd.NA, True, pd.NA, True, pd.NA, pd.NA], dtype="boolean"
            ),
            "ask_type": ["canvass"] * 4 + ["donate"] * 4,
            "ask_specific": pd.array(
                [True, True, True, False, True, False, pd.NA, False], dtype="boolean"
            ),
        }
    )


@pytest.mark.parametrize(("k", "n"), [(8, 10), (0, 5), (5, 5), (37, 120)])
def test_wilson_matches_the_formula(k, n):
    low, high = conversion.wilson_interval(k, n)
    want_low, want_high = wilson_by_hand(k, n)
    assert low[0] == pytest.approx(want_low, abs=1e-9)
    assert high[0] == pytest.approx(want_high, abs=1e-9)


def test_wilson_known_value_and_empty_group():
    low, high = conversion.wilson_interval([8, 0], [10, 0])
    assert (round(low[0], 4), round(high[0], 4)) == (0.4902, 0.9433)
    assert math.isnan(low[1]) and math.isnan(high[1])


def test_funnel_overall_by_hand():
    table = conversion.funnel(tiny_log()).set_index("step")
    # 1. ask -> yes: 3 of 8 first answers are yes.
    assert table.loc["ask_yes", ["n", "converted"]].tolist() == [8, 3]
    # 2. final yes (empty final = first answer): rows 1, 2, 3 (yes kept), 4, 6 -> 5 of 8.
    assert table.loc["ask_yes_after_adjusting", ["n", "converted"]].tolist() == [8, 5]
    # 3. final yeses with known showed_up: rows 1, 2, 4, 6 -> 3 showed up.
    assert table.loc["yes_showed_up", ["n", "converted"]].tolist() == [4, 3]
    assert table.loc["yes_showed_up", "rate"] == pytest.approx(0.75)
    low, high = wilson_by_hand(3, 4)
    assert table.loc["yes_showed_up", "ci_low"] == pytest.approx(low)
    assert table.loc["yes_showed_up", "ci_high"] == pytest.approx(high)
    assert table["warning"].str.contains("too few").all()


def test_funnel_by_group():
    table = conversion.funnel(tiny_log(), by="ask_type")
    got = {(r.step, r.group): (r.n, r.converted) for r in table.itertuples()}
    assert got[("ask_yes", "canvass")] == (4, 3)
    assert got[("ask_yes", "donate")] == (4, 0)
    assert got[("ask_yes_after_adjusting", "canvass")] == (4, 4)
    assert got[("ask_yes_after_adjusting", "donate")] == (4, 1)
    assert got[("yes_showed_up", "canvass")] == (3, 2)
    assert got[("yes_showed_up", "donate")] == (1, 1)


def test_conversion_by_boolean_keeps_unknown_and_orders_true_first():
    table = conversion.conversion_by(tiny_log(), "ask_specific", min_n=1)
    assert table["group"].tolist() == ["true", "false", "unknown"]
    assert table[["n", "converted"]].values.tolist() == [[4, 3], [3, 0], [1, 0]]
    assert table["rate"].tolist() == pytest.approx([0.75, 0.0, 0.0])


def test_small_groups_and_overlap_warned():
    table = conversion.conversion_by(tiny_log(), "ask_type")
    assert all("only 4 meetings" in w for w in table["warning"])
    assert all("cannot be told apart" in w for w in table["warning"])


def test_clearly_different_groups_get_no_overlap_warning():
    df = pd.DataFrame(
        {"response": ["yes"] * 90 + ["no"] * 10 + ["yes"] * 10 + ["no"] * 90,
         "ask_type": ["canvass"] * 100 + ["donate"] * 100}
    )  # fmt: skip
    table = conversion.conversion_by(df, "ask_type")
    assert table["warning"].isna().all()
    assert table.set_index("group")["rate"].to_dict() == {"canvass": 0.9, "donate": 0.1}


def test_by_practice_covers_each_practice_present():
    df = tiny_log().assign(setting=["phone", "video"] * 4)
    table = conversion.conversion_by_practice(df)
    assert set(table["practice"]) == {"ask_specific", "setting"}
    per_practice = table.groupby("practice")["n"].sum()
    assert (per_practice == len(df)).all()  # no row lost, unknowns included


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["yes", "maybe", "no"]),
            st.sampled_from(["canvass", "donate", None]),
            st.sampled_from([True, False, None]),
        ),
        min_size=1,
        max_size=60,
    )
)
@settings(max_examples=30, deadline=None)
def test_no_row_is_ever_lost(rows):
    df = pd.DataFrame(rows, columns=["response", "ask_type", "ask_specific"])
    df["ask_specific"] = df["ask_specific"].astype("boolean")
    yes = sum(r[0] == "yes" for r in rows)
    for column in ("ask_type", "ask_specific"):
        table = conversion.conversion_by(df, column)
        assert table["n"].sum() == len(rows)
        assert table["converted"].sum() == yes
        eps = 1e-12  # the bounds at 0% and 100% are exact only to rounding
        assert (table["ci_low"] <= table["rate"] + eps).all()
        assert (table["rate"] <= table["ci_high"] + eps).all()


def test_group_codes_read_categoricals_and_booleans_without_hashing():
    cat = pd.Series(pd.Categorical(["b", None, "a", "b"], categories=["b", "a", "unused"]))
    codes, uniques = conversion.group_codes(cat)
    assert codes.tolist() == [0, -1, 1, 0] and list(uniques) == ["b", "a", "unused"]
    flags = pd.Series(pd.array([True, None, False], dtype="boolean"))
    codes, uniques = conversion.group_codes(flags)
    assert codes.tolist() == [1, -1, 0] and list(uniques) == [False, True]
    codes, uniques = conversion.group_codes(pd.Series(["x", None, "y", "x"], dtype="str"))
    assert codes.tolist() == [0, -1, 1, 0] and list(uniques) == ["x", "y"]


@pytest.mark.parametrize("dtype", ["str", "category"])
def test_rate_table_is_the_same_for_text_and_categoricals(dtype):
    """Unused categories give no row; ties in size keep first-appearance order."""
    groups = pd.Series(["b", "a", None, "b", "a", "c"], dtype="str")
    if dtype == "category":
        groups = groups.astype(pd.CategoricalDtype(["c", "a", "b", "never"]))
    success = pd.Series([True, False, True, True, True, False])
    table = conversion.rate_table(groups, success, min_n=1)
    assert table["group"].tolist() == ["b", "a", "unknown", "c"]
    assert table["n"].tolist() == [2, 2, 1, 1]
    assert table["converted"].tolist() == [2, 1, 1, 0]


def test_wilson_interval_is_statsmodels_wilson_interval():
    """The closed form here must stay the one statsmodels computes."""
    import numpy as np
    from statsmodels.stats.proportion import proportion_confint

    n = np.repeat(np.arange(1, 121), 121)
    k = np.tile(np.arange(0, 121), 120)
    keep = k <= n
    k, n = k[keep], n[keep]
    for alpha in (0.05, 0.1, 0.01):
        low, high = conversion.wilson_interval(k, n, alpha=alpha)
        expected_low, expected_high = proportion_confint(k, n, alpha=alpha, method="wilson")
        np.testing.assert_allclose(low, expected_low, rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(high, expected_high, rtol=1e-12, atol=1e-15)
    low, high = conversion.wilson_interval([0, 3], [0, 5])
    assert np.isnan(low[0]) and np.isnan(high[0]) and 0 < low[1] < 0.6 < high[1] < 1


@pytest.mark.parametrize("size", [3, 20_000])  # small keys, and keys too wide for int16
def test_count_by_code_counts_every_code_and_state(size):
    import numpy as np

    rng = np.random.default_rng(4)
    codes = rng.integers(0, size, 5000).astype(np.int32)
    states = rng.integers(0, 3, 5000).astype(np.int8)
    counts = conversion.count_by_code(codes, states, size, n_states=3)
    assert counts.shape == (size, 3)
    for code in np.unique(codes)[:5]:
        for state in range(3):
            assert counts[code, state] == np.sum((codes == code) & (states == state))
    assert counts.sum() == 5000
