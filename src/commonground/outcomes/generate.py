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

Every size, and the published figure (or rule of thumb) it leans on, is explained in
``data/README.md``.
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


def _ids(prefix: str, numbers: np.ndarray, width: int) -> pd.Series:
    """``prefix`` + zero-padded numbers, built by pyarrow (no Python loop)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    digits = pc.utf8_lpad(pc.cast(pa.array(numbers), pa.large_string()), width, "0")
    joined = pc.binary_join_element_wise(
        pa.scalar(prefix, pa.large_string()), digits, pa.scalar("", pa.large_string())
    )
    return pd.Series(pd.array(joined, dtype="str"))


def _labels(values, codes: np.ndarray, missing: np.ndarray | None = None) -> pd.Series:
    """Text column from integer ``codes`` into ``values``; ``missing`` rows left empty."""
    import pyarrow as pa

    taken = pa.array(list(values), pa.large_string()).take(pa.array(codes))
    if missing is not None and missing.any():
        import pyarrow.compute as pc

        taken = pc.if_else(pa.array(missing), pa.scalar(None, pa.large_string()), taken)
    return pd.Series(pd.array(taken, dtype="str"))


def _flags(values: np.ndarray, missing: np.ndarray | None = None) -> pd.arrays.BooleanArray:
    mask = np.zeros(len(values), dtype=bool) if missing is None else missing
    return pd.arrays.BooleanArray(np.asarray(values, dtype=bool), mask.copy())


def _counts(values: np.ndarray, missing: np.ndarray | None = None) -> pd.arrays.IntegerArray:
    mask = np.zeros(len(values), dtype=bool) if missing is None else missing
    return pd.arrays.IntegerArray(np.asarray(values, dtype=np.int64), mask.copy())


def _organizers(rows: int) -> list[str]:
    count = int(np.clip(round(np.sqrt(rows) / 2), 4, N_ORGANIZER_POOL))
    return list(TRUTH["organizer_effects"])[:count]


SETTINGS = ("in_person", "phone", "video")
FOLLOW_UPS = ("none", "confirmation", "thanks", "both")


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
    y = t["yes_logit"]
    n = rows
    orgs = _organizers(n)
    org_idx = rng.integers(0, len(orgs), n)
    org_effect = np.array([t["organizer_effects"][o] for o in orgs])[org_idx]
    setting = rng.choice(len(SETTINGS), n, p=[0.55, 0.25, 0.20])
    purpose = rng.choice(len(PURPOSES), n, p=[0.45, 0.30, 0.15, 0.10])
    ask_type = rng.choice(
        len(SAMPLE_ASK_TYPES), n, p=[0.16, 0.14, 0.06, 0.20, 0.12, 0.05, 0.08, 0.07, 0.12]
    )
    prepared = rng.random(n) < 0.7
    story = rng.random(n) < np.where(prepared, 0.75, 0.45)
    open_q = rng.poisson(np.where(prepared, 4.0, 2.5))
    cg = rng.random(n) < _logistic(-1.0 + 0.8 * story + 0.25 * open_q)
    specific = rng.random(n) < np.where(prepared, 0.7, 0.35)
    fit = rng.random(n) < _logistic(-0.6 + 0.3 * open_q)
    in_person = setting == 0
    duration = np.clip(np.rint(rng.normal(np.where(in_person, 35.0, 25.0), 8.0)), 5, 120)

    setting_effect = np.array([y["setting"][v] for v in SETTINGS])
    ask_effect = np.array([y["ask_type"][v] for v in SAMPLE_ASK_TYPES])
    logit = (
        y["intercept"]
        + setting_effect[setting]
        + ask_effect[ask_type]
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
    response = np.where(said_yes, 0, np.where(maybe, 1, 2))  # yes, maybe, no
    is_no = response == 2
    reasons = tuple(t["no_reasons"])
    reason = rng.choice(len(reasons), n, p=list(t["no_reasons"].values()))

    offered_p = np.where(
        prepared, t["alternative_offered"]["prepared"], t["alternative_offered"]["not_prepared"]
    )
    offered = ~said_yes & (rng.random(n) < offered_p)
    w = t["winback_logit"]
    kind_logit = np.where(
        maybe,
        w["maybe"],
        np.select(
            [is_no & (reason == 0), is_no & (reason == 1)],
            [w["no_timing"], w["no_activity"]],
            w["no_other"],
        ),
    )
    won_back = offered & (rng.random(n) < _logistic(kind_logit))
    final = np.where(won_back, 0, response)
    final_yes = final == 0

    follow_up = np.where(
        final_yes,
        rng.choice(4, n, p=[0.25, 0.30, 0.15, 0.30]),
        rng.choice([0, 2], n, p=[0.55, 0.45]),  # none or thanks
    )
    confirmed = (follow_up == 1) | (follow_up == 3)
    thanked = (follow_up == 2) | (follow_up == 3)
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
    notes = rng.integers(0, len(_NOTES), n)
    id_width = max(6, len(str(n)))
    gaps = {name: rng.random(n) < share for name, share in t["missing_share"].items()}

    frame = pd.DataFrame(
        {
            "meeting_id": _ids("M", np.arange(1, n + 1), id_width),
            "date": pd.Series(dates.astype("datetime64[us]")),
            "organizer": _labels(orgs, org_idx),
            "contact": _ids("C", contacts, max(5, id_width - 1)),
            "purpose": _labels(PURPOSES, purpose),
            "setting": _labels(SETTINGS, setting),
            "duration_min": _counts(duration, gaps["duration_min"]),
            "prepared": _flags(prepared, gaps["prepared"]),
            "story_shared": _flags(story, gaps["story_shared"]),
            "open_questions": _counts(open_q, gaps["open_questions"]),
            "common_ground": _flags(cg),
            "ask_type": _labels(SAMPLE_ASK_TYPES, ask_type),
            "ask_specific": _flags(specific),
            "ask_fit": _flags(fit),
            "response": _labels(("yes", "maybe", "no"), response),
            "no_reason": _labels(reasons, reason, ~is_no),
            "alternative_offered": _flags(offered),
            "final_response": _labels(("yes", "maybe", "no"), final),
            "follow_up": _labels(FOLLOW_UPS, follow_up),
            "follow_up_days": _counts(days, follow_up == 0),
            "showed_up": _flags(showed, ~final_yes | gaps["showed_up"]),
            "notes": _labels(_NOTES, notes, _NOTES[notes] == ""),
        }
    )
    return frame[list(COLUMN_NAMES)]
