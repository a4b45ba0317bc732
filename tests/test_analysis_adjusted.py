"""Adjusted odds ratios: the model recovers the generator's true effects, and is honest
about missing values, separation and tiny data.

The generator (:mod:`commonground.outcomes.generate`) draws a yes from a logistic model
whose practice terms are exactly ours (five booleans, open questions per question,
purpose with no effect) and whose controls are ask type and setting, plus a random
organizer effect (sd 0.5) the default model does not include. Leaving that out shrinks
the practice log-odds by about 4% (the usual logit non-collapsibility), well inside the
interval width at these sizes, so no tolerance is added to the intervals.
"""

import numpy as np
import pandas as pd
import pytest
from analysis_frames import normalised_log

from commonground.analysis.adjusted import adjusted_odds_ratios
from commonground.outcomes import TRUTH, generate, validate_frame

YES = TRUTH["yes_logit"]


def true_odds_ratio(term: str) -> float:
    if term == "open_questions":
        return float(np.exp(YES["open_question"]))
    if term.startswith("purpose="):
        return float(np.exp(YES["purpose"]))  # purpose has no effect in the generator
    return float(np.exp(YES[term]))


def test_recovers_true_practice_effects():
    result = adjusted_odds_ratios(generate(20_000, seed=2026))
    table = result.practices()
    assert set(table["term"]) >= {
        "prepared", "story_shared", "common_ground", "ask_specific", "ask_fit", "open_questions"
    }  # fmt: skip
    for row in table.itertuples():
        truth = true_odds_ratio(row.term)
        assert row.ci_low <= truth <= row.ci_high, (row.term, row.ci_low, truth, row.ci_high)
    # the controls are in the model, against the most common level
    assert result.references == {
        "purpose": "get_to_know", "ask_type": "attend_event", "setting": "in_person"
    }  # fmt: skip
    # missing practices are left out as complete cases and counted
    assert 0 < result.n_dropped < 2_000
    assert result.n_used + result.n_dropped == 20_000


@pytest.mark.slow
def test_interval_coverage_over_many_logs():
    """A 95% interval should hold the truth about 95% of the time across samples."""
    covered = total = 0
    for seed in range(20):
        table = adjusted_odds_ratios(generate(4_000, seed=500 + seed)).practices()
        for row in table.itertuples():
            covered += row.ci_low <= true_odds_ratio(row.term) <= row.ci_high
            total += 1
    assert total == 20 * 9
    assert covered / total >= 0.88  # nominal 95%, a little less from the omitted organizer


def test_collapsed_fit_matches_row_by_row_logit():
    import statsmodels.api as sm

    df = normalised_log(1500, seed=3)
    result = adjusted_odds_ratios(df, numeric=(), categorical=())
    complete = df.dropna(subset=["ask_fit"])
    x = pd.get_dummies(complete[["ask_type", "setting"]], drop_first=False, dtype=float)
    x = x.drop(columns=[f"ask_type_{result.references['ask_type']}",
                        f"setting_{result.references['setting']}"])  # fmt: skip
    for name in ("prepared", "story_shared", "common_ground", "ask_specific", "ask_fit"):
        x[name] = complete[name].astype(float)
    fit = sm.Logit((complete["response"] == "yes").astype(float), sm.add_constant(x)).fit(disp=0)
    for row in result.practices().itertuples():
        assert row.odds_ratio == pytest.approx(np.exp(fit.params[row.term]), rel=1e-6)
        assert row.ci_low == pytest.approx(np.exp(fit.conf_int().loc[row.term, 0]), rel=1e-6)


def test_tiny_log_gives_no_table_and_says_why():
    result = adjusted_odds_ratios(normalised_log(20))
    assert result.table.empty
    assert any("too little data" in w for w in result.warnings)


def test_separation_is_reported_not_estimated():
    df = normalised_log(800)
    df["prepared"] = pd.array(df["response"] == "yes", dtype="boolean")
    result = adjusted_odds_ratios(df)
    prepared = result.table.set_index("term").loc["prepared"]
    assert prepared["odds_ratio"] is None
    assert "separation" in prepared["warning"]
    # the other practices are still estimated
    assert result.practices().set_index("term").loc["ask_specific", "odds_ratio"] > 1


def test_no_variation_and_mostly_missing_columns():
    df = normalised_log(800)
    df["story_shared"] = pd.array([True] * len(df), dtype="boolean")
    df["purpose"] = pd.array([pd.NA] * (len(df) - 100) + ["check_in"] * 100, dtype="str")
    result = adjusted_odds_ratios(df)
    row = result.table.set_index("term").loc["story_shared"]
    assert row["odds_ratio"] is None and "not estimable" in row["warning"]
    assert any("purpose left out" in w and "12%" in w for w in result.warnings)
    purpose = result.table.set_index("term").loc["purpose"]
    assert purpose["odds_ratio"] is None and "left out of the model" in purpose["warning"]
    assert not result.table["term"].str.startswith("purpose=").any()


def test_all_same_answer_control_level_is_set_aside_and_counted():
    df = normalised_log(900)
    df.loc[df.index[1:41], "ask_type"] = "lead_role"
    df.loc[df.index[1:41], "response"] = "no"
    result = adjusted_odds_ratios(df)
    assert any("40 meetings with ask_type = lead_role set aside" in w for w in result.warnings)
    assert not (result.table["term"] == "ask_type=lead_role").any()


def test_dense_and_sorted_pattern_counting_agree(monkeypatch):
    """Both ways of collapsing rows to patterns give the same table and fit."""
    from commonground.analysis import adjusted

    df = validate_frame(generate(3000, seed=21)).accepted
    dense = adjusted_odds_ratios(df)
    monkeypatch.setattr(adjusted, "DENSE_PATTERNS", 1)  # force np.unique
    sparse = adjusted_odds_ratios(df)
    pd.testing.assert_frame_equal(dense.table, sparse.table)
    assert dense.n_used == sparse.n_used and dense.references == sparse.references


def test_categorical_columns_give_the_same_model_as_text():
    """analyze reads categories as categoricals; the model must not notice."""
    df = validate_frame(generate(3000, seed=22)).accepted
    categorical = df.astype({c: "category" for c in ("ask_type", "setting", "purpose")})
    as_text = adjusted_odds_ratios(df)
    as_codes = adjusted_odds_ratios(categorical)
    pd.testing.assert_frame_equal(as_text.table, as_codes.table)
    assert as_text.references == as_codes.references


def test_fit_from_the_no_effect_start_matches_statsmodels_default_start(monkeypatch):
    """fit_binomial starts Newton at the overall log-odds; the answer must not move."""
    import warnings

    from statsmodels.genmod.families import Binomial
    from statsmodels.genmod.generalized_linear_model import GLM

    from commonground.analysis import adjusted

    captured = {}

    def capture(function, *args):
        captured["args"] = args
        return function(*args)

    monkeypatch.setattr(adjusted.stats_helper, "call", capture)
    adjusted_odds_ratios(validate_frame(generate(4000, seed=23)).accepted)
    endog, exog = captured["args"]
    ours = adjusted.fit_binomial(endog, exog)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        default = GLM(endog, exog, family=Binomial()).fit(method="newton", disp=False)
    np.testing.assert_allclose(ours["params"], default.params, rtol=1e-8, atol=1e-10)
    np.testing.assert_allclose(ours["bse"], default.bse, rtol=1e-8, atol=1e-10)
    assert ours["converged"]
