"""How a journal reads to a person: times in their own zone, ids in words, course order.

The journal file keeps what the code needs (UTC ISO times, ids such as ``faith_leader``
or ``get_to_know``, ``true``/``false``); an export or a listing shows "Saturday
5 December 2026, 14:03", "Faith leader, Imam Yusuf", "Get to know them" and "yes",
through the one label table (:mod:`commonground.labels`).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone, tzinfo

from commonground import curriculum
from commonground.labels import FIELDS, label

#: Which label table words the value saved under each key (others: booleans and ids
#: found in any table; text the learner wrote is never changed).
VALUE_KINDS = {
    "scenario": "scenario",
    "scenario_id": "scenario",
    "purpose": "purpose",
    "setting": "setting",
    "ask_type": "ask_type",
    "follow_up": "follow_up",
    "answer": "response",
    "final_answer": "response",
    "response": "response",
    "final_response": "response",
    "skipped": "element",
    "not_done": "element",
    "steps": "element",
    "element": "element",
    "ending": "ending",
}
#: Saved for the code, not for reading: the outcome-log row a role-play would add to a
#: log (kept in the journal file, left out of the export a person reads).
NOT_FOR_READING = frozenset({"outcome_row"})
#: Headings for keys whose spelling reads badly.
KEY_WORDS = {
    "played_at": "Played",
    "length_min": "Length in minutes",
    "saved_at": "Saved",
    "steps": "Steps (score)",
    "skipped": "Steps skipped",
    "not_done": "Steps tried, not done",
    "facts_learned": "Things learned about them",
    "facts_available": "Things there were to learn",
    "typed_turns": "Lines typed",
    "ending": "How it ended",
}
_ISO_TIME = re.compile(r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d")
_ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
_ID = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$")


def parse_time(text: str) -> datetime | None:
    """A saved timestamp as an aware datetime (naive ones are UTC); ``None`` if unreadable."""
    try:
        when = datetime.fromisoformat(str(text).strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def when_text(text: str, tz: tzinfo | None = None) -> str:
    """A saved UTC timestamp in the reader's zone: "Saturday 5 December 2026, 14:03".

    Parameters
    ----------
    text
        An ISO 8601 time as saved (``2026-12-05T19:03:07+00:00``, with or without
        microseconds or a ``Z``).
    tz
        The zone to show it in; the machine's own by default.
    """
    when = parse_time(text)
    if when is None:
        return str(text)
    local = when.astimezone(tz)
    return f"{local:%A} {local.day} {local:%B %Y}, {local:%H:%M}"


def date_text(text: str) -> str:
    """An ISO date as "5 December 2026" (other text unchanged)."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return text
    return f"{day.day} {day:%B %Y}"


def key_words(key: str) -> str:
    """The heading for a saved field: ``hope_to_find_out`` -> "Hope to find out"."""
    words = KEY_WORDS.get(key) or FIELDS.get(key) or key.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def value_words(key: str, value: object, tz: tzinfo | None = None) -> object:
    """``value`` as saved under ``key``, with ids, booleans and times in words.

    Dicts and lists keep their shape (their items worded); text that is not an id, a
    time or a date is returned unchanged, so nothing the learner wrote is altered.
    """
    kind = VALUE_KINDS.get(key)
    if isinstance(value, bool):
        return label(value)
    if isinstance(value, dict):
        return {(label(k, kind) if kind else k): value_words(k, v, tz) for k, v in value.items()}
    if isinstance(value, list):
        return [value_words(key, item, tz) for item in value]
    if not isinstance(value, str):
        return value
    if _ISO_TIME.match(value):
        return when_text(value, tz)
    if _ISO_DATE.match(value):
        return date_text(value)
    if kind == "scenario":
        from commonground.labels import scenario_label

        return scenario_label(value)
    if kind is not None:
        return label(value, kind)
    if value.lower() in ("true", "false") or _ID.match(value):
        return label(value)
    return value


def course_position(lesson_id: str | None) -> int:
    """Where a lesson comes in the course (unknown or no lesson: after the last)."""
    ids = [item.id for item in curriculum.LESSONS]
    try:
        return ids.index(curriculum.lesson(lesson_id).id) if lesson_id else len(ids)
    except KeyError:
        return len(ids)


def reading_order(entries: list[dict]) -> list[tuple[str, list[dict]]]:
    """Entries grouped by kind: sections in course order, oldest first within each.

    A section's place is that of the earliest lesson its entries come from; an entry
    with an unreadable time keeps its place in the file after the dated ones.
    """
    kinds: dict[str, list[dict]] = {}
    for entry in entries:
        kinds.setdefault(str(entry.get("kind", "entry")), []).append(entry)
    far = datetime.max.replace(tzinfo=timezone.utc)

    def when(entry: dict) -> datetime:
        return parse_time(str(entry.get("saved_at", ""))) or far

    sections = [(kind, sorted(found, key=when)) for kind, found in kinds.items()]
    return sorted(
        sections,
        key=lambda section: (min(course_position(e.get("lesson")) for e in section[1]),),
    )
