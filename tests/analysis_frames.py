"""A small synthetic, already-normalised outcome log for the analysis tests.

Shaped like ``read_log(...).accepted`` (nullable booleans, strings, ``Int64``), built
here so the analysis tests do not depend on the generator. All synthetic.
"""

import numpy as np
import pandas as pd

PRACTICE_EFFECTS = {"prepared": 0.3, "story_shared": 0.2, "common_ground": 0.4}


def normalised_log(n=2000, seed=7):
    rng = np.random.default_rng(seed)

    def flag(p):
        return pd.array(rng.random(n) < p, dtype="boolean")

    df = pd.DataFrame(
        {
            "row": np.arange(2, n + 2),
            "meeting_id": [f"m{i:05d}" for i in range(n)],
            "date": pd.Timestamp("2026-03-01") + pd.to_timedelta(rng.integers(0, 90, n), "D"),
            "organizer": [f"org-{i:02d}" for i in rng.integers(0, 8, n)],
            "contact": [f"SECRET-CONTACT-{i:05d}" for i in range(n)],
            "purpose": rng.choice(["get_to_know", "explore_working_together"], n),
            "setting": rng.choice(["in_person", "phone", "video"], n),
            "prepared": flag(0.6),
            "story_shared": flag(0.5),
            "common_ground": flag(0.5),
            "ask_type": rng.choice(["canvass", "phone_bank", "donate"], n),
            "ask_specific": flag(0.5),
            "ask_fit": flag(0.6),
        }
    )
    logit = -1.0 + 1.0 * df["ask_specific"].astype(float) + 0.6 * df["ask_fit"].astype(float)
    for name, beta in PRACTICE_EFFECTS.items():
        logit += beta * df[name].astype(float)
    yes = rng.random(n) < 1 / (1 + np.exp(-logit))
    first = np.where(yes, "yes", rng.choice(["maybe", "no"], n))
    df["response"] = pd.array(first, dtype="str")
    df["no_reason"] = pd.array(
        np.where(first == "no", rng.choice(["timing", "activity"], n), None), dtype="str"
    )
    offered = rng.random(n) < 0.5
    df["alternative_offered"] = pd.array(np.where(first == "yes", None, offered), dtype="boolean")
    won = (first != "yes") & (rng.random(n) < np.where(offered, 0.4, 0.1))
    df["final_response"] = pd.array(np.where(yes | won, "yes", first), dtype="str")
    final_yes = yes | won
    kind = rng.choice(["none", "confirmation", "thanks", "both"], n)
    df["follow_up"] = pd.array(kind, dtype="str")
    days = rng.integers(0, 10, n).astype(float)
    df["follow_up_days"] = pd.array(np.where(kind == "none", np.nan, days)).astype("Int64")
    show_p = np.where(np.isin(kind, ["confirmation", "both"]), 0.7, 0.45)
    shown = rng.random(n) < show_p
    df["showed_up"] = pd.array(np.where(final_yes, shown, None), dtype="boolean")
    df.loc[df.index[::50], "ask_fit"] = pd.NA
    return df
