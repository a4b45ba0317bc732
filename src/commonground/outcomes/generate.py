"""Synthetic outcome logs drawn from a documented model (:data:`TRUTH`).

Every row is synthetic: contacts are ids like ``C00042``, organizers ``org_07`` and the
notes are stock phrases. The model is written on the log-odds scale so a logistic
regression on a large sample recovers the coefficients in :data:`TRUTH`:

1. **First answer.** ``P(response == yes) = logistic(yes_logit)`` where ``yes_logit``
   adds the intercept, the setting, ask-type and per-organizer effects and the
   conversation-quality effects. A non-yes is a maybe with probability
   ``maybe_share``, otherwise a no (its ``no_reason`` drawn from ``no_reasons``).
2. **Winning back.** After a maybe or a no an alternative is offered with probability
   ``alternative_offered``; if offered, the final answer turns to yes with probability
   ``logistic(winback_logit[kind])``; otherwise the final answer equals the first.
3. **Showing up.** For a final yes, ``P(showed_up) = logistic(show_logit)``.

Calibration sources are in ``/work/shared/spec/evidence.md`` and ``data/README.md``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from commonground.outcomes.schema import COLUMN_NAMES, PURPOSES, SAMPLE_ASK_TYPES

#: Season the synthetic meetings fall in (safely in the past).
SEASON_START = "2024-01-08"
SEASON_DAYS = 343
N_ORGANIZER_POOL = 60
_ORGANIZER_SEED = 20240101
_ORGANIZER_SD = 0.5


def _organizer_effects() -> dict[str, float]:
    """Fixed per-organizer skill (log-odds of yes), the same for every seed."""
    draws = np.random.default_rng(_ORGANIZER_SEED).normal(0.0, _ORGANIZER_SD, N_ORGANIZER_POOL)
    return {f"org_{i + 1:02d}": round(float(d), 3) for i, d in enumerate(draws)}


#: The model's exact parameters. Effects are log-odds (logit) unless named a share.
TRUTH: dict = {
    "description": (
        "Synthetic outcome logs. yes_logit = intercept + setting + ask_type + organizer "
        "+ sum(effect * indicator) + open_question * open_questions; the reference "
        "levels are setting=phone and ask_type=attend_event. show_logit applies to final "
        "yeses. winback_logit applies after a maybe or no when an alternative was offered. "
        "All values are exact model parameters, not estimates."
    ),
    "yes_logit": {
        "intercept": -1.9,
        "setting": {"phone": 0.0, "video": 0.2, "in_person": 1.2},
        "ask_type": {
            "attend_event": 0.0,
            "next_one_on_one": 0.8,
            "join_team": -0.2,
            "canvass": -0.3,
            "recruit_friends": -0.4,
            "phone_bank": -0.5,
            "donate": -0.6,
            "host_house_party": -0.9,
            "lead_role": -1.0,
        },
        "ask_specific": 0.5,
        "ask_fit": 0.6,
        "story_shared": 0.3,
        "common_ground": 0.4,
        "prepared": 0.3,
        "open_question": 0.08,
        "purpose": 0.0,
        "organizer_sd": _ORGANIZER_SD,
    },
    "organizer_effects": _organizer_effects(),
    "maybe_share": 0.45,
    "no_reasons": {"timing": 0.45, "activity": 0.40, "other": 0.15},
    "alternative_offered": {"prepared": 0.55, "not_prepared": 0.30},
    "winback_logit": {
        "maybe": -0.4,
        "no_timing": -0.2,
        "no_activity": -1.7,
        "no_other": -2.2,
    },
    "show_logit": {
        "intercept": 0.0,
        "confirmation": 0.4,
        "thanks": 0.1,
        "ask_specific": 0.19,
        "follow_up_days": 0.0,
    },
    "missing_share": {
        "duration_min": 0.03,
        "open_questions": 0.02,
        "prepared": 0.02,
        "story_shared": 0.02,
        "showed_up": 0.04,
    },
}

_NOTES = np.array(
    [
        "Synthetic note: talked about the bus route.",
        "Synthetic note: wants to bring a neighbour next time.",
        "Synthetic note: busy until the school term ends.",
        "Synthetic note: cares about rent increases.",
        "Synthetic note: first time meeting in person.",
        "",
    ],
    dtype=object,
)


def _logistic(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def _ids(prefix: str, numbers: np.ndarray, width: int) -> np.ndarray:
    text = pd.Series(numbers).astype(str).str.zfill(width)
    return (prefix + text).to_numpy(dtype=object)


def _organizers(rows: int) -> list[str]:
    count = int(np.clip(round(np.sqrt(rows) / 2), 4, N_ORGANIZER_POOL))
    return list(TRUTH["organizer_effects"])[:count]


def generate(rows: int, seed: int) -> pd.DataFrame:
    """Draw ``rows`` valid synthetic log rows (every contract column) with ``seed``.

    Parameters
    ----------
    rows
        Number of meetings (at least 1).
    seed
        Seed for :func:`numpy.random.default_rng`; equal seeds give equal frames.

    Returns
    -------
    pandas.DataFrame
        Typed like ``LogResult.accepted`` (without ``row``), plus ``notes``.
    """
    if rows < 1:
        raise ValueError("rows must be at least 1")
    rng = np.random.default_rng(seed)
    t = TRUTH
    n = rows
    orgs = _organizers(n)
    org_idx = rng.integers(0, len(orgs), n)
    org_effect = np.array([t["organizer_effects"][o] for o in orgs])[org_idx]
    setting = rng.choice(["in_person", "phone", "video"], n, p=[0.55, 0.25, 0.20])
    purpose = rng.choice(list(PURPOSES), n, p=[0.45, 0.30, 0.15, 0.10])
    ask_type = rng.choice(
        list(SAMPLE_ASK_TYPES), n, p=[0.16, 0.14, 0.06, 0.20, 0.12, 0.05, 0.08, 0.07, 0.12]
    )
    prepared = rng.random(n) < 0.7
    story = rng.random(n) < np.where(prepared, 0.75, 0.45)
    open_q = rng.poisson(np.where(prepared, 4.0, 2.5))
    cg = rng.random(n) < _logistic(-1.0 + 0.8 * story + 0.25 * open_q)
    specific = rng.random(n) < np.where(prepared, 0.7, 0.35)
    fit = rng.random(n) < _logistic(-0.6 + 0.3 * open_q)
    base_minutes = np.where(setting == "in_person", 35.0, 25.0)
    duration = np.clip(np.rint(rng.normal(base_minutes, 8.0)), 5, 120).astype(np.int64)

    y = t["yes_logit"]
    logit = (
        y["intercept"]
        + pd.Series(setting).map(y["setting"]).to_numpy(dtype=float)
        + pd.Series(ask_type).map(y["ask_type"]).to_numpy(dtype=float)
        + org_effect
        + y["ask_specific"] * specific
        + y["ask_fit"] * fit
        + y["story_shared"] * story
        + y["common_ground"] * cg
        + y["prepared"] * prepared
        + y["open_question"] * open_q
    )
    said_yes = rng.random(n) < _logistic(logit)
    maybe = ~said_yes & (rng.random(n) < t["maybe_share"])
    response = np.where(said_yes, "yes", np.where(maybe, "maybe", "no"))
    is_no = response == "no"
    reasons = list(t["no_reasons"])
    no_reason = np.where(is_no, rng.choice(reasons, n, p=list(t["no_reasons"].values())), None)

    offered_p = np.where(
        prepared, t["alternative_offered"]["prepared"], t["alternative_offered"]["not_prepared"]
    )
    offered = ~said_yes & (rng.random(n) < offered_p)
    w = t["winback_logit"]
    kind_logit = np.where(
        maybe,
        w["maybe"],
        np.select(
            [no_reason == "timing", no_reason == "activity"],
            [w["no_timing"], w["no_activity"]],
            w["no_other"],
        ),
    )
    won_back = offered & (rng.random(n) < _logistic(kind_logit))
    final = np.where(won_back, "yes", response)
    final_yes = final == "yes"

    follow_up = np.where(
        final_yes,
        rng.choice(["none", "confirmation", "thanks", "both"], n, p=[0.25, 0.30, 0.15, 0.30]),
        rng.choice(["none", "thanks"], n, p=[0.55, 0.45]),
    )
    confirmed = np.isin(follow_up, ["confirmation", "both"])
    thanked = np.isin(follow_up, ["thanks", "both"])
    days = np.minimum(rng.geometric(0.5, n) - 1, 14)
    s = t["show_logit"]
    show_logit = (
        s["intercept"]
        + s["confirmation"] * confirmed
        + s["thanks"] * thanked
        + s["ask_specific"] * specific
        + s["follow_up_days"] * days
    )
    showed = rng.random(n) < _logistic(show_logit)

    start = np.datetime64(SEASON_START)
    dates = np.sort(start + rng.integers(0, SEASON_DAYS, n).astype("timedelta64[D]"))
    contacts = rng.integers(1, max(10, int(n * 0.8)) + 1, n)
    id_width = max(6, len(str(n)))
    frame = pd.DataFrame(
        {
            "meeting_id": pd.array(_ids("M", np.arange(1, n + 1), id_width), dtype="str"),
            "date": pd.to_datetime(dates).astype("datetime64[us]"),
            "organizer": pd.array(np.array(orgs, dtype=object)[org_idx], dtype="str"),
            "contact": pd.array(_ids("C", contacts, max(5, id_width - 1)), dtype="str"),
            "purpose": pd.array(purpose, dtype="str"),
            "setting": pd.array(setting, dtype="str"),
            "duration_min": pd.array(duration, dtype="Int64"),
            "prepared": pd.array(prepared, dtype="boolean"),
            "story_shared": pd.array(story, dtype="boolean"),
            "open_questions": pd.array(open_q, dtype="Int64"),
            "common_ground": pd.array(cg, dtype="boolean"),
            "ask_type": pd.array(ask_type, dtype="str"),
            "ask_specific": pd.array(specific, dtype="boolean"),
            "ask_fit": pd.array(fit, dtype="boolean"),
            "response": pd.array(response, dtype="str"),
            "no_reason": pd.array(no_reason, dtype="str"),
            "alternative_offered": pd.array(offered, dtype="boolean"),
            "final_response": pd.array(final, dtype="str"),
            "follow_up": pd.array(follow_up, dtype="str"),
            "follow_up_days": pd.array(np.where(follow_up == "none", 0, days), dtype="Int64"),
            "showed_up": pd.array(showed, dtype="boolean"),
            "notes": pd.array(rng.choice(_NOTES, n), dtype="str"),
        }
    )
    frame.loc[follow_up == "none", "follow_up_days"] = pd.NA
    frame.loc[~final_yes, "showed_up"] = pd.NA
    frame.loc[frame["notes"] == "", "notes"] = pd.NA
    for name, share in t["missing_share"].items():
        frame.loc[rng.random(n) < share, name] = pd.NA
    return frame[list(COLUMN_NAMES)]
