"""Organizer coaching table: method-of-moments shrinkage, skipped practices, privacy."""

import numpy as np
import pandas as pd
import pytest

from commonground.analysis import organizers


def test_beta_prior_by_hand():
    # Rates .1 .3 .7 .9 over 10 asks each: mean .5, weighted spread 4 -> rho = 13/27,
    # so a + b = 27/13 - 1 = 14/13, split evenly.
    a, b = organizers.beta_prior([10, 10, 10, 10], [1, 3, 7, 9])
    assert a == pytest.approx(7 / 13)
    assert b == pytest.approx(7 / 13)


def test_no_real_spread_pools_everyone():
    a, b = organizers.beta_prior([50, 50, 50], [20, 20, 20])
    assert np.isinf(a) and np.isinf(b)


def log(rows):
    """rows: (organizer, asks, yeses, prepared share)."""
    parts = []
    for org, n, k, prepared in rows:
        parts.append(
            pd.DataFrame(
                {
                    "organizer": org,
                    "response": ["yes"] * k + ["no"] * (n - k),
                    "prepared": pd.array([i < prepared * n for i in range(n)], dtype="boolean"),
                    "ask_fit": pd.array([True] * n, dtype="boolean"),
                }
            )
        )
    return pd.concat(parts, ignore_index=True)


def test_small_samples_are_pulled_further_toward_the_team():
    yeses = [80, 100, 120, 100, 90, 110]
    df = log([(f"org-{i}", 200, k, 1.0) for i, k in enumerate(yeses)] + [("org-9", 5, 5, 0.2)])
    table, notes = organizers.coaching_table(df)
    rows = table.set_index("organizer")
    assert rows.loc["org-9", "raw_rate"] == 1.0
    team = 605 / 1205
    # the 5-ask organizer lands much nearer the team rate than their raw 100%
    assert abs(rows.loc["org-9", "shrunk_rate"] - team) < abs(1.0 - team) / 2
    # the big organizers move less than the small one, and keep their order
    assert abs(rows.loc["org-0", "shrunk_rate"] - 0.4) < 0.05
    assert rows.loc["org-0", "shrunk_rate"] < rows.loc["org-2", "shrunk_rate"]
    assert rows.loc["org-9", "warning"].startswith("only 5 meetings")
    assert rows.loc["org-9", "shrunk_low"] < rows.loc["org-9", "shrunk_rate"]
    assert rows.loc["org-9", "most_skipped"] == "prepared (80% skipped)"
    assert rows.loc["org-0", "most_skipped"] == ""
    assert any("shrinkage prior" in n for n in notes)


def test_names_become_pseudonyms_ids_stay():
    ids = log([("org-01", 10, 5, 1), ("O12", 10, 4, 1)])
    assert set(organizers.coaching_table(ids)[0]["organizer"]) == {"org-01", "O12"}
    names = log([("Maria Lopez", 10, 5, 1), ("org-02", 10, 4, 1)])
    table, notes = organizers.coaching_table(names)
    assert set(table["organizer"]) == {"organizer 01", "organizer 02"}
    assert "Maria" not in table.to_string()
    assert any("pseudonyms" in n for n in notes)
