"""The observer's sheet: what happened in one role-play, ticked as it happens.

The observer in a trio ticks the method's meeting steps (plus the respond and close
items) as they happen, with the time since the start, records the ask (its kind,
whether it was specific and fitting), the answer, any alternative and the final
answer, and adds notes. A finished sheet is saved atomically as JSON in a folder and
becomes one outcome-log row (the contract: ``docs/outcome-data.md``).

Examples
--------
>>> sheet = ObserverSheet.start("demo-1", now=0.0, date="2026-01-10")
>>> sheet.tick("your_story", now=95.0)
>>> sheet.record_ask("phone_bank", specific=True, fit=True, response="yes", now=600.0)
>>> sheet.finish(now=1500.0)
>>> row = sheet.to_log_row()
>>> row["story_shared"], row["duration_min"], row["response"]
(True, 25, 'yes')
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
import uuid
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from commonground import storage
from commonground.errors import CommonGroundError

SHEET_KIND = "observer_sheet"
SHEET_VERSION = 1
RESPONSES = ("yes", "maybe", "no")
NO_REASONS = ("timing", "activity", "other")
SETTINGS = ("in_person", "phone", "video")
_SAFE_ID = re.compile(r"[^A-Za-z0-9_.-]+")


def checklist_items() -> list[tuple[str, str]]:
    """The items to tick: listening (which runs through the whole meeting), the meeting
    steps in order, then respond and close items.

    Returns
    -------
    list of (id, title)
        Ids are the method's element ids (``listening``, ``factual_questions``, ...,
        ``thank_them``); listening's title says it runs throughout the meeting.
    """
    from commonground import method

    return [(e.id, e.label) for e in method.load().checklist(("meeting", "respond", "close"))]


def ask_types() -> tuple[str, ...]:
    """The ask kinds offered on the sheet (the outcome log's sample vocabulary)."""
    from commonground.outcomes.schema import SAMPLE_ASK_TYPES

    return SAMPLE_ASK_TYPES


def sheets_folder() -> Path:
    """Default folder for this facilitator's sheets: ``<data home>/workshop/sheets``."""
    return storage.data_home() / "workshop" / "sheets"


@dataclass
class ObserverSheet:
    """One observed role-play.

    Times in ``ticks`` are seconds since the sheet was started.

    Attributes
    ----------
    sheet_id
        Unique id; becomes the log's ``meeting_id`` and the file name.
    date
        ISO date of the meeting.
    started
        Clock reading (epoch seconds) when observation began.
    organizer, contact
        Ids for the log (never required to be names; default ``R1G2-organizer`` style).
    """

    sheet_id: str
    date: str
    started: float
    organizer: str = ""
    contact: str = ""
    round: int | None = None
    group: int | None = None
    scenario: str | None = None
    purpose: str | None = None
    setting: str = "in_person"
    ticks: dict[str, float] = field(default_factory=dict)
    open_questions: int = 0
    ask_type: str | None = None
    ask_specific: bool | None = None
    ask_fit: bool | None = None
    ask_at: float | None = None
    response: str | None = None
    no_reason: str | None = None
    alternative_offered: bool | None = None
    final_response: str | None = None
    notes: str = ""
    finished: float | None = None

    @classmethod
    def start(
        cls,
        sheet_id: str | None = None,
        *,
        now: float | None = None,
        date: str | None = None,
        round: int | None = None,
        group: int | None = None,
        **details,
    ) -> ObserverSheet:
        """Begin observing now (or at clock reading ``now``)."""
        now = time.time() if now is None else now
        date = date or dt.date.today().isoformat()
        label = f"R{round}G{group}" if round is not None and group is not None else "role-play"
        sheet_id = _SAFE_ID.sub("-", sheet_id or f"{date}-{label}-{uuid.uuid4().hex[:6]}")
        details.setdefault("organizer", f"{label}-organizer")
        details.setdefault("contact", f"{label}-person")
        return cls(sheet_id, date, now, round=round, group=group, **details)

    def _since_start(self, now: float | None) -> float:
        now = time.time() if now is None else now
        return round(max(0.0, now - self.started), 1)

    def tick(self, step_id: str, now: float | None = None) -> None:
        """Mark a checklist item as seen (the first time counts)."""
        if step_id not in dict(checklist_items()):
            raise CommonGroundError(f"{step_id!r} is not an item of the observer checklist")
        self.ticks.setdefault(step_id, self._since_start(now))

    def untick(self, step_id: str) -> None:
        """Take a tick back (a mis-click)."""
        self.ticks.pop(step_id, None)

    def count_open_question(self, now: float | None = None) -> int:
        """Add one open-ended question to the tally; ticks the step the first time."""
        self.open_questions += 1
        self.ticks.setdefault("open_questions", self._since_start(now))
        return self.open_questions

    def record_ask(
        self,
        ask_type: str,
        *,
        specific: bool,
        fit: bool | None = None,
        response: str,
        no_reason: str | None = None,
        now: float | None = None,
    ) -> None:
        """Record the ask and the first answer (ticks the ``ask`` step)."""
        self.ask_type = ask_type.strip()
        self.ask_specific, self.ask_fit = specific, fit
        self.response, self.no_reason = response, no_reason
        self.ask_at = self._since_start(now)
        self.ticks.setdefault("ask", self.ask_at)

    def record_final(self, final_response: str, alternative_offered: bool | None) -> None:
        """Record the answer at the end, after any adjusted ask or alternative."""
        self.final_response = final_response
        self.alternative_offered = alternative_offered

    def finish(self, now: float | None = None) -> None:
        """Stop observing: the meeting is over."""
        now = time.time() if now is None else now
        self.finished = max(now, self.started)

    @property
    def duration_min(self) -> int | None:
        """Minutes from start to finish (1-240), or ``None`` while still running."""
        if self.finished is None:
            return None
        return min(240, max(1, round((self.finished - self.started) / 60)))

    def skipped(self) -> list[str]:
        """Meeting steps (and listening) not ticked, in the method's order."""
        from commonground import method

        return [e.id for e in method.load().in_part("meeting") if e.id not in self.ticks]

    def problems(self) -> list[str]:
        """What stops this sheet from becoming a valid outcome-log row (empty when fine)."""
        found = []
        if self.finished is None:
            found.append("the sheet is not finished")
        if not self.ask_type:
            found.append("no ask recorded: choose or type the kind of ask")
        if self.ask_specific is None:
            found.append("say whether the ask was specific")
        if self.response not in RESPONSES:
            found.append(f"response must be one of {', '.join(RESPONSES)}")
        if self.no_reason and self.response != "no":
            found.append("no_reason is only for a no")
        if self.no_reason and self.no_reason not in NO_REASONS:
            found.append(f"no_reason must be one of {', '.join(NO_REASONS)}")
        if self.final_response is not None and self.final_response not in RESPONSES:
            found.append(f"final_response must be one of {', '.join(RESPONSES)}")
        if self.setting not in SETTINGS:
            found.append(f"setting must be one of {', '.join(SETTINGS)}")
        if not self.organizer.strip() or not self.contact.strip():
            found.append("organizer and contact ids are required")
        return found

    def to_log_row(self) -> dict[str, object]:
        """This sheet as one outcome-log row (contract column names).

        Raises
        ------
        CommonGroundError
            Listing what is missing, when :meth:`problems` is not empty.
        """
        found = self.problems()
        if found:
            raise CommonGroundError(f"sheet {self.sheet_id}: " + "; ".join(found))
        open_questions = max(self.open_questions, int("open_questions" in self.ticks))
        return {
            "meeting_id": self.sheet_id,
            "date": self.date,
            "organizer": self.organizer.strip(),
            "contact": self.contact.strip(),
            "purpose": self.purpose,
            "setting": self.setting,
            "duration_min": self.duration_min,
            "prepared": None,
            # The observer watched the whole meeting: a step not ticked on a finished
            # sheet did not happen (false), it is not unknown.
            "story_shared": "your_story" in self.ticks,
            "open_questions": open_questions,
            "common_ground": "common_ground" in self.ticks,
            "ask_type": self.ask_type,
            "ask_specific": self.ask_specific,
            "ask_fit": self.ask_fit,
            "response": self.response,
            "no_reason": self.no_reason if self.response == "no" else None,
            "alternative_offered": self.alternative_offered,
            "final_response": self.final_response,
            "follow_up": None,
            "follow_up_days": None,
            "showed_up": None,
            "notes": self.notes.strip() or None,
        }

    def to_dict(self) -> dict[str, object]:
        """JSON-ready content of the sheet."""
        return {"kind": SHEET_KIND, "version": SHEET_VERSION, **asdict(self)}

    @classmethod
    def from_dict(cls, data: dict) -> ObserverSheet:
        """Rebuild a sheet from :meth:`to_dict` output (unknown keys are ignored)."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["ticks"] = {str(k): float(v) for k, v in (values.get("ticks") or {}).items()}
        return cls(**values)


def save_sheet(sheet: ObserverSheet, folder: str | Path | None = None) -> Path:
    """Save a sheet atomically as ``<folder>/<sheet_id>.json`` and return the path."""
    target = Path(folder) if folder else sheets_folder()
    return storage.atomic_write_json(target / f"{sheet.sheet_id}.json", sheet.to_dict())


@dataclass
class SheetSet:
    """Sheets read from a folder, and the files that could not be used (with why)."""

    sheets: list[ObserverSheet]
    problems: list[str]


def load_sheets(folder: str | Path) -> SheetSet:
    """Read every ``*.json`` observer sheet in ``folder`` (sorted by file name).

    A file that is not valid JSON or not an observer sheet is reported in
    ``problems`` by name, never dropped silently.

    Raises
    ------
    CommonGroundError
        When the folder does not exist.
    """
    src = Path(folder)
    if not src.is_dir():
        raise CommonGroundError(f"{src}: no such folder of observer sheets")
    sheets, problems = [], []
    for path in sorted(src.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            problems.append(f"{path.name}: not readable JSON ({exc})")
            continue
        if not isinstance(data, dict) or data.get("kind") != SHEET_KIND:
            problems.append(f"{path.name}: not an observer sheet")
            continue
        try:
            sheets.append(ObserverSheet.from_dict(data))
        except (TypeError, ValueError) as exc:
            problems.append(f"{path.name}: damaged sheet ({exc})")
    return SheetSet(sheets, problems)


def sheets_to_rows(sheets: list[ObserverSheet]) -> tuple[list[dict], list[str]]:
    """Outcome-log rows for the sheets that make one, and why the others do not."""
    rows, problems = [], []
    for sheet in sheets:
        found = sheet.problems()
        if found:
            problems.append(f"sheet {sheet.sheet_id}: " + "; ".join(found))
        else:
            rows.append(sheet.to_log_row())
    return rows, problems
