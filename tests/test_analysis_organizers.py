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
    table, notes = organizers.coaching_table(df)  # organizer 1..7: org-0..org-5, org-9
    rows = table.set_index("organizer")
    assert rows.loc["organizer 7", "raw_rate"] == 1.0
    team = 605 / 1205
    # the 5-ask organizer lands much nearer the team rate than their raw 100%
    assert abs(rows.loc["organizer 7", "shrunk_rate"] - team) < abs(1.0 - team) / 2
    # the big organizers move less than the small one, and keep their order
    assert abs(rows.loc["organizer 1", "shrunk_rate"] - 0.4) < 0.05
    assert rows.loc["organizer 1", "shrunk_rate"] < rows.loc["organizer 3", "shrunk_rate"]
    assert rows.loc["organizer 7", "warning"].startswith("only 5 meetings")
    assert rows.loc["organizer 7", "shrunk_low"] < rows.loc["organizer 7", "shrunk_rate"]
    assert rows.loc["organizer 7", "most_skipped"] == "prepared (80% skipped)"
    assert rows.loc["organizer 1", "most_skipped"] == ""
    assert any("shrinkage prior" in n for n in notes)


def test_every_organizer_becomes_a_pseudonym_in_order_of_first_appearance():
    # ids too: one report never mixes the two, and an id can hold a name ("maria-1")
    ids = log([("org-09", 10, 5, 1), ("O12", 10, 4, 1)])
    table = organizers.coaching_table(ids)[0].set_index("organizer")
    assert set(table.index) == {"organizer 1", "organizer 2"}
    assert table.loc["organizer 1", "converted"] == 5  # org-09 appears first, not "O12"
    names = log([("Maria Lopez", 10, 5, 1), ("maria-2", 10, 4, 1)])
    table, notes = organizers.coaching_table(names)
    assert set(table["organizer"]) == {"organizer 1", "organizer 2"}
    assert "aria" not in table.to_string()
    shown = organizers.coaching_table(names, show_names=True)[0]
    assert set(shown["organizer"]) == {"organizer 1 (Maria Lopez)", "organizer 2 (maria-2)"}
