"""The learner's own log of real 1:1s: one CSV in their folder, saved atomically.

``storage.data_home()/my_outcome_log.csv`` (or ``my_logs/<learner>.csv`` for a named
learner in a workshop room). Columns: the outcome log's, then ``event_date`` (when the
thing they agreed to happens). Every change is a read-modify-write under a lock, written
to a temporary file and renamed over the old one, so a crash never leaves half a log.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pandas as pd

from commonground import storage
from commonground.errors import CommonGroundError
from commonground.field_log.form import LOG_COLUMNS, build_row

LOG_FILE = "my_outcome_log.csv"


def log_path(learner: str | None = None) -> Path:
    """Where this learner's log lives."""
    if learner:
        from commonground.journal import learner_slug

        return storage.data_home() / "my_logs" / f"{learner_slug(learner)}.csv"
    return storage.data_home() / LOG_FILE


def load(learner: str | None = None) -> pd.DataFrame:
    """The learner's log as text cells (empty when there is none yet)."""
    path = log_path(learner)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in LOG_COLUMNS})
    frame = pd.read_csv(io.StringIO(text), dtype="str", keep_default_na=False)
    missing = [c for c in LOG_COLUMNS if c not in frame.columns]
    if "meeting_id" in missing:
        raise CommonGroundError(f"{path}: not a Common Ground log (no meeting_id column)")
    for name in missing:
        frame[name] = ""
    return frame[list(LOG_COLUMNS)]


def _save(frame: pd.DataFrame, learner: str | None) -> Path:
    from commonground.outcomes.export import neutralise_formulas

    text = neutralise_formulas(frame).to_csv(index=False, lineterminator="\r\n")
    return storage.atomic_write_text(log_path(learner), text)


def add_meeting(answers: dict, learner: str | None = None, *, salt: str | None = None) -> dict:
    """Check the answers (see :func:`.form.build_row`) and append the meeting; return the row."""
    row = build_row(answers, salt=salt)
    path = log_path(learner)
    with storage.locked(path):
        frame = load(learner)
        frame = pd.concat([frame, pd.DataFrame([row], dtype="str")], ignore_index=True)
        _save(frame.fillna(""), learner)
    return row


def due_for_showed_up(learner: str | None = None, today: dt.date | None = None) -> pd.DataFrame:
    """Meetings with a yes whose event date has passed and whose showed_up is not recorded."""
    frame = load(learner)
    today = today or dt.date.today()
    final = frame["final_response"].where(frame["final_response"] != "", frame["response"])
    dates = pd.to_datetime(frame["event_date"], format="%Y-%m-%d", errors="coerce")
    due = (final == "yes") & (frame["showed_up"] == "") & (dates.dt.date < today)
    return frame.loc[due.fillna(False), ["meeting_id", "date", "contact", "ask_type", "event_date"]]


def record_showed_up(meeting_id: str, came: bool, learner: str | None = None) -> None:
    """Record whether the person showed up for the meeting ``meeting_id``."""
    path = log_path(learner)
    with storage.locked(path):
        frame = load(learner)
        hit = frame["meeting_id"] == meeting_id
        if not hit.any():
            raise CommonGroundError(f"no meeting {meeting_id!r} in your log ({path})")
        final = frame["final_response"].where(frame["final_response"] != "", frame["response"])
        if not (final[hit] == "yes").all():
            raise CommonGroundError(f"meeting {meeting_id}: showed_up is only recorded after a yes")
        frame.loc[hit, "showed_up"] = "true" if came else "false"
        _save(frame, learner)


def export(output, learner: str | None = None) -> tuple[Path, int]:
    """Write the log (without notes) as .csv, .xlsx or .parquet, checked like any log.

    Notes stay on this computer: they are for the volunteer, not the team.
    """
    from commonground.outcomes import validate_frame, write_log

    frame = load(learner)
    if len(frame) == 0:
        raise CommonGroundError(
            f"{log_path(learner)}: your log has no meetings yet (add one with `log add`)"
        )
    result = validate_frame(frame.drop(columns=["notes"]).replace("", None), str(log_path(learner)))
    if not result.ok:
        raise CommonGroundError(
            "your log has rows that break the outcome-log rules: "
            + "; ".join(str(p) for p in result.problems[:5])
        )
    rows = result.accepted.drop(columns=["row"])
    from commonground.outcomes.importers.writing import day_text

    return write_log(day_text(rows), output), len(rows)
