"""Win-back and show-up tables on frames small enough to count by hand."""

import pandas as pd

from commonground.analysis import followup, winback


def test_win_back_by_first_answer_reason_and_alternative():
    df = pd.DataFrame(
        {
            "response": ["maybe", "maybe", "maybe", "no", "no", "no", "no", "yes"],
            "no_reason": [None, None, None, "timing", "timing", "activity", None, None],
            "alternative_offered": pd.array(
                [True, True, False, True, False, True, pd.NA, pd.NA], dtype="boolean"
            ),
            "final_response": ["yes", "no", "maybe", "yes", "no", "no", "yes", "yes"],
        }
    )
    table = winback.win_back(df)
    got = {(r.group, r.alternative_offered): (r.n, r.converted) for r in table.itertuples()}
    assert got == {
        ("maybe", "true"): (2, 1),
        ("maybe", "false"): (1, 0),
        ("no: timing", "true"): (1, 1),
        ("no: timing", "false"): (1, 0),
        ("no: activity", "true"): (1, 0),
        ("no: unknown", "unknown"): (1, 1),
    }
    assert table["group"].iloc[0] == "maybe"  # teaching order, not alphabetical
    assert table["n"].sum() == 7  # the first yes is not a win-back


def yeses():
    return pd.DataFrame(
        {
            "response": ["yes"] * 6 + ["no", "maybe"],
            "final_response": ["yes"] * 6 + ["no", "yes"],
            "follow_up": ["none", "none", "both", "both", "confirmation", None, "none", "thanks"],
            "follow_up_days": pd.array([pd.NA, pd.NA, 0, 1, 3, 9, pd.NA, 12], dtype="Int64"),
            "showed_up": pd.array(
                [False, True, True, True, False, pd.NA, pd.NA, True], dtype="boolean"
            ),
        }
    )


def test_show_up_by_follow_up_counts_known_final_yeses_only():
    table = followup.show_up_by_follow_up(yeses())
    got = {r.group: (r.n, r.converted) for r in table.itertuples()}
    # Row 6 (showed_up unknown) and row 7 (final no) are not counted.
    assert got == {"none": (2, 1), "both": (2, 2), "confirmation": (1, 0), "thanks": (1, 1)}
    assert table["group"].tolist() == ["none", "confirmation", "thanks", "both"]


def test_show_up_by_days_bins():
    table = followup.show_up_by_days(yeses())
    got = {r.group: (r.n, r.converted) for r in table.itertuples()}
    assert got == {
        "same day": (1, 1),
        "1 day": (1, 1),
        "2-3 days": (1, 0),
        "8+ days": (1, 1),
        "no follow-up / unknown": (2, 1),
    }
