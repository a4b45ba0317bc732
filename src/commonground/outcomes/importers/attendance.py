"""Filling ``showed_up`` in a 1:1 log from an attendance export.

A 1:1 log whose asks name an event carries the event's day in ``event_date`` (the
"Log a 1:1 I held" form writes it; so do the event-signup importers). An attendance
export (Mobilize, VAN signups) says, per contact and event day, whether they came.
Rows of the log whose final answer is yes, whose ``showed_up`` is empty and whose
``event_date`` is set are looked up by ``(contact, event_date)``; rows with no match are
reported with their row and contact, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd


@dataclass
class JoinReport:
    """How many rows were filled, and those that could not be matched."""

    filled: int = 0
    unmatched: list[str] = field(default_factory=list)
    conflicting: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The printed report."""
        out = [f"whether they showed up filled from attendance for {self.filled} meeting(s)"]
        if self.unmatched:
            out.append(f"{len(self.unmatched)} meeting(s) not found in the attendance export:")
            out += [f"  {u}" for u in self.unmatched]
        out += [f"  conflict: {c}" for c in self.conflicting]
        return out


def _shown(contact) -> str:
    """A contact as a report may print it: an id as written (digits alone too: a VAN id
    is no phone number), a name typed under ``contact`` hidden (see
    :func:`commonground.outcomes.privacy.shown_value`)."""
    from commonground.outcomes.privacy import shown_value

    text = str(contact)
    return text if text.isdigit() else str(shown_value(text))


def _day(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values, errors="coerce").dt.strftime("%Y-%m-%d")


def fill_showed_up(log: pd.DataFrame, attendance: pd.DataFrame) -> tuple[pd.DataFrame, JoinReport]:
    """Return ``log`` with ``showed_up`` filled where the attendance export says.

    Both frames are accepted rows (``read_log`` / an import); ``attendance`` needs
    ``contact``, ``event_date`` and ``showed_up``.
    """
    report = JoinReport()
    if "event_date" not in log.columns:
        report.unmatched.append("the 1:1 log has no event_date column: nothing to match on")
        return log, report
    known = attendance.loc[attendance["showed_up"].notna(), ["contact", "event_date", "showed_up"]]
    known = known.assign(event_date=_day(known["event_date"]))
    answers = known.groupby(["contact", "event_date"])["showed_up"].agg(
        lambda s: s.iloc[0] if s.nunique() == 1 else pd.NA
    )
    for (contact, day), value in answers.items():
        if pd.isna(value):
            report.conflicting.append(f"contact {_shown(contact)} on {day}: attendance says both")
    final = (
        log["final_response"].astype("str").where(log["final_response"].notna(), log["response"])
    )
    out = log.copy()
    out["showed_up"] = out["showed_up"].astype("boolean")
    wanted = (final == "yes") & out["showed_up"].isna() & log["event_date"].notna()
    days = _day(log["event_date"])
    contacts_seen = set(known["contact"])
    for position in wanted[wanted.fillna(False)].index:
        key = (log.at[position, "contact"], days.at[position])
        value = answers.get(key, None)
        if value is None or pd.isna(value):
            why = "no record for that event day" if key[0] in contacts_seen else "contact not in it"
            report.unmatched.append(
                f"row {log.at[position, 'row']}: contact {_shown(key[0])}, event {key[1]} ({why})"
            )
            continue
        out.at[position, "showed_up"] = bool(value)
        report.filled += 1
    return out, report
