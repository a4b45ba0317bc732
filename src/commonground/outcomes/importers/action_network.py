"""Action Network event attendances (OSDI ``osdi:attendances`` or a CSV export).

Fields, as the OSDI attendance resource names them: ``identifiers`` (a list; the first is
the id), ``action_network:person_id`` (or the person's e-mail, pseudonymised),
``action_network:event_id``, ``status`` (accepted, tentative, declined, needs action),
``created_date`` (ISO 8601), and the event's ``start_date`` when the export joins it.

accepted is a yes, tentative a maybe, declined a no, needs action an ask with no answer
yet (maybe). Action Network records no attendance, so ``showed_up`` stays empty and the
report says so.
"""

from __future__ import annotations

from commonground.outcomes.importers import mapper as m

NAME = "action-network"
TITLE = "Action Network attendances"

STATUS = {
    "accepted": m.Outcome("yes"),
    "tentative": m.Outcome("maybe"),
    "declined": m.Outcome("no"),
    "needs action": m.Outcome("maybe"),
    "needs_action": m.Outcome("maybe"),
}

COLUMNS = {
    "meeting_id": ["identifiers", "id", "Attendance ID"],
    "contact": [
        "action_network:person_id", "person_id", "Person ID", "person.identifiers",
        "email", "Email", "email_address",
    ],
    "status": ["status", "RSVP Status"],
    "date": ["created_date", "created_at", "Created Date", "RSVP Date"],
    "event_date": ["start_date", "event.start_date", "Event Start", "Event Date"],
    "ask_type": ["event_type", "event.event_type", "Event Type"],
    "organizer": ["referrer_data.referrer", "referrer", "organizer", "Organizer"],
}  # fmt: skip

NO_ATTENDANCE = (
    "Action Network records no attendance: whether they showed up is left empty for every row"
)


def plan(headers: list[str], options: m.Options) -> m.Plan:
    """How this export maps (see the module docstring)."""
    found = {f: m.find_column(headers, c) for f, c in COLUMNS.items()}
    notes = [m.SPECIFIC_BY_SIGNUP, NO_ATTENDANCE, *m.organizer_note(found["organizer"], options)]

    def map_batch(batch, rows):
        outcome, reasons = m.statuses(m.text(batch, found["status"]), STATUS, "status")
        del outcome["showed_up"]
        ids = m.meeting_ids(batch, rows, found, "an", options)
        event_date = m.dates(m.text(batch, found["event_date"]))
        date = m.dates(m.text(batch, found["date"]))
        if found["date"] is None:
            date = event_date
        mapped = m.signup_rows(
            batch,
            found,
            options,
            ids=ids,
            date=date,
            ask_type=m.category(m.text(batch, found["ask_type"])).fillna("attend_event"),
            outcome=outcome,
            event_date=event_date,
        )
        return mapped, reasons

    used = {
        "ask_type": found["ask_type"] or "(attend_event)",
        "response": found["status"] or "(none)",
        "event_date": found["event_date"] or "(none)",
    }
    return m.signup_plan(NAME, found, used, notes, map_batch)
