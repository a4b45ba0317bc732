"""The learner's role-plays: the play in progress (save and resume) and finished plays.

Pure Python (no widgets), used by the lesson 09 player and usable from any script.

The play in progress
    Saved after every turn to ``data_home()/roleplay/current.json`` (one file per
    learner: ``current-<slug>.json``) through :func:`commonground.storage.atomic_write_json`,
    so a closed browser tab or a crash loses at most the turn being played.
    :func:`load_current` brings it back; a finished play is cleared.
Finished plays
    :func:`record_play` adds a ``roleplay`` entry to the learner's journal: scenario,
    ending, the persona's answer, scores per method step, facts learned, minutes, and the
    play as one outcome-log row (see :func:`commonground.roleplay.to_outcome_row`; the row
    never holds a name). :func:`play_summary` turns them into table rows.

Examples
--------
>>> from commonground import roleplay, roleplay_history  # doctest: +SKIP
>>> roleplay_history.record_play(scenario, finished_state)  # doctest: +SKIP
>>> roleplay_history.play_summary()[-1]["answer"]  # doctest: +SKIP
'yes'
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from commonground import journal, labels, storage
from commonground.errors import CommonGroundError
from commonground.roleplay import PlayState, Scenario, debrief, to_outcome_row

KIND = "roleplay"
REFLECTION_KIND = "roleplay_reflection"
LESSON = "09_role_play"
SAVE_VERSION = 1
FEEDBACK_MODES = ("each_turn", "at_end")
ANSWER_WORDS = labels.PLAY_ANSWERS


def _now() -> datetime:
    return datetime.now(timezone.utc)


# ---- the play in progress -------------------------------------------------------------


@dataclass(frozen=True)
class SavedPlay:
    """A play in progress as saved: its state, the turn feedback so far, and the mode.

    Attributes
    ----------
    state : PlayState
    turns : list of dict
        One dict per turn (``said``, ``quality``, ``step``, ``feedback``, ``routed``), so
        feedback held to the end survives a resume.
    feedback_mode : str
        ``"each_turn"`` or ``"at_end"``.
    saved_at : str
        UTC ISO 8601 time of the save.
    """

    state: PlayState
    turns: list = field(default_factory=list)
    feedback_mode: str = "each_turn"
    saved_at: str = ""


def current_file(learner: str | None = None) -> Path:
    """Where the play in progress of ``learner`` is saved."""
    name = "current.json" if learner is None else f"current-{journal.learner_slug(learner)}.json"
    return storage.data_home() / "roleplay" / name


def save_current(
    state: PlayState,
    *,
    learner: str | None = None,
    turns=(),
    feedback_mode: str = "each_turn",
) -> Path:
    """Save the play in progress atomically (call after every turn).

    Returns
    -------
    Path
        The file written.
    """
    if feedback_mode not in FEEDBACK_MODES:
        raise CommonGroundError(f"feedback mode {feedback_mode!r}: use one of {FEEDBACK_MODES}")
    document = {
        "version": SAVE_VERSION,
        "saved_at": _now().isoformat(timespec="seconds"),
        "feedback_mode": feedback_mode,
        "turns": list(turns),
        "state": json.loads(state.to_json()),
    }
    return storage.atomic_write_json(current_file(learner), document)


def load_current(*, learner: str | None = None) -> SavedPlay | None:
    """The saved play in progress, or ``None`` when there is none.

    Raises
    ------
    CommonGroundError
        When the file exists but cannot be read as a saved play (an unreadable file is
        moved aside by :func:`commonground.storage.read_json`, and the message says so).
    """
    path = current_file(learner)
    existed = path.exists()
    raw = storage.read_json(path)
    if raw is None:
        if existed:
            raise CommonGroundError(
                f"{path}: your saved play was not valid JSON; it was moved aside "
                f"({path.name}.corrupt-N) and cannot be resumed"
            )
        return None
    if not isinstance(raw, dict) or raw.get("version") != SAVE_VERSION or "state" not in raw:
        raise CommonGroundError(f"{path}: not a saved role-play this version can resume")
    state = PlayState.from_json(json.dumps(raw["state"]))
    mode = raw.get("feedback_mode", "each_turn")
    return SavedPlay(
        state=state,
        turns=[t for t in raw.get("turns", []) if isinstance(t, dict)],
        feedback_mode=mode if mode in FEEDBACK_MODES else "each_turn",
        saved_at=str(raw.get("saved_at", "")),
    )


def clear_current(*, learner: str | None = None) -> None:
    """Forget the play in progress (after it finished)."""
    current_file(learner).unlink(missing_ok=True)


# ---- finished plays -------------------------------------------------------------------


def play_record(scenario: Scenario, state: PlayState, *, when: datetime | None = None) -> dict:
    """What is kept of a play: JSON-ready data for the journal (pure, no writing)."""
    when = when or _now()
    report = debrief(scenario, state)
    first, final = state.first_ask, state.final_ask
    row = to_outcome_row(scenario, state, date=when.date()) if first is not None else None
    return {
        "scenario": scenario.id,
        "title": scenario.title,
        "date": when.date().isoformat(),
        "played_at": when.isoformat(timespec="seconds"),
        "ending": state.ending,
        "finished": state.finished,
        "answer": first.answer if first else "",
        "final_answer": final.answer if final else "",
        "score": report.score,
        "steps": {s.step: s.score for s in report.steps},
        "skipped": list(report.skipped),
        "not_done": list(report.not_done),
        "facts_learned": len(report.facts_learned),
        "facts_available": len(report.facts_available),
        "minutes_used": report.minutes_used,
        "minutes_planned": report.minutes_planned,
        "typed_turns": sum(1 for s in state.steps if s.typed),
        "outcome_row": row,
    }


def record_play(
    scenario: Scenario,
    state: PlayState,
    *,
    learner: str | None = None,
    when: datetime | None = None,
) -> dict:
    """Save a finished play to the learner's journal (kind ``roleplay``, lesson 09).

    Returns
    -------
    dict
        The new journal entry; its ``data`` is :func:`play_record`.
    """
    data = play_record(scenario, state, when=when)
    return journal.open_journal(learner).save(KIND, data, lesson=LESSON)


def save_reflection(
    scenario_id: str, prompt: str, text: str, *, learner: str | None = None
) -> dict:
    """Save the learner's answer to a debrief's reflection prompt to their journal.

    Raises
    ------
    CommonGroundError
        When the reflection is empty.
    """
    if not text or not text.strip():
        raise CommonGroundError("write your reflection before saving it")
    data = {"scenario": scenario_id, "prompt": prompt, "reflection": text.strip()}
    return journal.open_journal(learner).save(REFLECTION_KIND, data, lesson=LESSON)


def plays(*, learner: str | None = None) -> list[dict]:
    """Every recorded play (the journal entries' data), oldest first."""
    found = journal.open_journal(learner).entries(KIND)
    return [e["data"] for e in found if isinstance(e.get("data"), dict) and "scenario" in e["data"]]


def play_summary(*, learner: str | None = None) -> list[dict]:
    """One row per recorded play: scenario, date, answer, final answer, score, minutes.

    ``scenario`` and ``answer`` are in words ("Faith leader, Imam Yusuf", ``"no (timing)"``,
    ``"no ask made"``).
    """
    rows = []
    for n, item in enumerate(plays(learner=learner), 1):
        rows.append(
            {
                "play": n,
                "scenario": labels.scenario_label(item.get("scenario", ""), item.get("title", "")),
                "date": item.get("date", ""),
                "answer": ANSWER_WORDS.get(item.get("answer", ""), item.get("answer", "")),
                "final_answer": ANSWER_WORDS.get(
                    item.get("final_answer", ""), item.get("final_answer", "")
                ),
                "score": item.get("score"),
                "minutes": item.get("minutes_used"),
                "facts": f"{item.get('facts_learned', 0)} of {item.get('facts_available', 0)}",
            }
        )
    return rows


def summary_sentence(rows: list[dict]) -> str:
    """A one-paragraph text summary of :func:`play_summary` rows (shown beside the table)."""
    if not rows:
        return "No role-plays finished yet. Play one above, then come back here."
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["final_answer"]] = counts.get(row["final_answer"], 0) + 1
    answers = ", ".join(f"{n} {answer}" for answer, n in counts.items())
    scores = [r["score"] for r in rows if isinstance(r["score"], int)]
    plural = "play" if len(rows) == 1 else "plays"
    text = f"{len(rows)} {plural} so far; final answers: {answers}."
    if scores:
        text += f" Scores from {min(scores)} to {max(scores)}; latest {scores[-1]}."
    if len(scores) > 1:
        change = scores[-1] - scores[0]
        trend = "up" if change > 0 else "down" if change < 0 else "level"
        text += f" From your first play to your latest the score went {trend} ({change:+d})."
    return text


def outcome_rows(*, learner: str | None = None) -> list[dict]:
    """The outcome-log rows of recorded plays in which an ask was made (for lesson 11)."""
    return [p["outcome_row"] for p in plays(learner=learner) if p.get("outcome_row")]
