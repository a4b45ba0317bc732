"""NGP VAN / EveryAction event signups (the API's ``/signups`` objects or a CSV export).

Fields, as VAN names them: ``eventSignupId``, ``person.vanId`` (``vanId``),
``event.name``, ``event.eventType.name``, ``role.name``, ``status.name`` or
``status.statusId``, ``startTimeOverride`` / ``event.startDate`` (ISO 8601 with offset),
``dateCreated``. Status names and ids: 1 Scheduled, 2 Completed, 4 Invited,
5 Cancelled, 6 No Show, 11 Confirmed, 15 Walk In, 18 Left Msg, 30 Sched-Web, plus
Declined.

What each status means for the log (our reading, documented in docs/outcome-data.md):
Scheduled, Confirmed, Conf Twice (confirmed a second time) and Sched-Web are a yes not
yet attended; Completed and Walk In a yes who showed up; No Show a yes who did not; Cancelled a yes that became a final no
before the event; Declined a no; Invited an ask with no answer yet (maybe). Left Msg
means nobody was reached, so there is no answer to record: quarantined.
"""

from __future__ import annotations

from commonground.outcomes.importers import mapper as m

NAME = "van-signups"
TITLE = "NGP VAN / EveryAction event signups"

STATUS = {
    "scheduled": m.Outcome("yes"),
    "confirmed": m.Outcome("yes"),
    "conf twice": m.Outcome("yes"),
    "sched-web": m.Outcome("yes"),
    "completed": m.Outcome("yes", showed_up="true"),
    "walk in": m.Outcome("yes", showed_up="true"),
    "no show": m.Outcome("yes", showed_up="false"),
    "cancelled": m.Outcome("yes", final_response="no"),
    "canceled": m.Outcome("yes", final_response="no"),
    "declined": m.Outcome("no", final_response="no"),
    "invited": m.Outcome("maybe"),
    "left msg": "a message was left; nobody answered the ask",
}
STATUS_IDS = {
    "1": "scheduled",
    "2": "completed",
    "4": "invited",
    "5": "cancelled",
    "6": "no show",
    "11": "confirmed",
    "15": "walk in",
    "18": "left msg",
    "30": "sched-web",
}

COLUMNS = {
    "meeting_id": ["eventSignupId", "signupId", "Signup ID", "Event Signup ID"],
    "contact": ["person.vanId", "vanId", "VAN ID", "VANID", "myCampaignId", "person.id"],
    "status": ["status.name", "status", "Status Name", "Signup Status"],
    "status_id": ["status.statusId", "statusId", "Status ID"],
    "date": ["dateCreated", "Date Created", "Signup Date", "createdDate", "Date Signed Up"],
    "event_date": [
        "startTimeOverride", "shift.startTime", "event.startDate", "Event Date",
        "Start Date", "startDate", "Event Start",
    ],
    "ask_type": ["event.eventType.name", "eventType.name", "Event Type", "eventType"],
    "role": ["role.name", "Role", "Event Role"],
    "organizer": ["createdBy", "recruitedBy", "Recruiter", "Recruited By", "Organizer", "Canvasser"],
}  # fmt: skip

ALIASES = {"phonebank": "phone_bank", "canvassing": "canvass", "doorknock": "canvass"}


def plan(headers: list[str], options: m.Options) -> m.Plan:
    """How this export maps (see the module docstring)."""
    found = {f: m.find_column(headers, c) for f, c in COLUMNS.items()}
    notes = [m.SPECIFIC_BY_SIGNUP, *m.organizer_note(found["organizer"], options)]
    status_from = found["status"] or found["status_id"]
    if found["date"] is None:
        notes.append("the export has no signup date: date is the event's date")
    if found["ask_type"] is None:
        notes.append("the export has no event type: ask_type is the role (else attend_event)")

    def map_batch(batch, rows):
        if found["status"] is not None:
            status = m.text(batch, found["status"])
            if found["status_id"] is not None:
                ids = m.text(batch, found["status_id"])
                status = status.fillna(ids.map(STATUS_IDS.get, na_action="ignore"))
        else:
            ids = m.text(batch, found["status_id"])
            status = ids.map(lambda v: STATUS_IDS.get(v, f"id {v}"), na_action="ignore")
        outcome, status_reason = m.statuses(status.astype("str"), STATUS, "status")
        event_date = m.dates(m.text(batch, found["event_date"]))
        date = m.dates(m.text(batch, found["date"])) if found["date"] else event_date
        if found["ask_type"] is not None:
            ask = m.category(m.text(batch, found["ask_type"]), ALIASES)
        else:
            ask = m.category(m.text(batch, found["role"]), ALIASES)
        ask = ask.fillna("attend_event")
        mapped = m.signup_rows(
            batch,
            found,
            options,
            ids=m.meeting_ids(batch, rows, found, "van", options),
            date=date,
            ask_type=ask,
            outcome=outcome,
            event_date=event_date,
        )
        return mapped, status_reason

    used = {
        "ask_type": found["ask_type"] or found["role"] or "(attend_event)",
        "response, final_response, showed_up": status_from or "(none)",
        "event_date": found["event_date"] or "(none)",
    }
    return m.signup_plan(NAME, found, used, notes, map_batch)
