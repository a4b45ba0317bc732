"""Mobilize attendances (the API's ``/attendances`` objects or an attendee CSV export).

Fields, as Mobilize names them: ``id``, ``person.user_id`` (or the person's e-mail,
pseudonymised), ``event.event_type`` (CANVASS, PHONE_BANK, TEXT_BANK, MEETING,
HOUSE_PARTY, FUNDRAISER, TRAINING, ...), ``timeslot.start_date`` (Unix seconds),
``status`` (REGISTERED, CONFIRMED, CANCELLED), ``attended`` (true, false or null),
``created_date`` (Unix seconds).

REGISTERED and CONFIRMED are a yes; CANCELLED a yes that became a final no before the
event. ``attended`` true or false fills ``showed_up``; null or blank means *not
recorded* (left empty, never read as "did not come"). A cancelled signup marked as
attended contradicts itself and is quarantined.

Some exports (and CSVs edited by hand) write the attendance into ``status`` instead:
NO_SHOW (``no-show``, ``No Show``) and DID_NOT_ATTEND (``Did not attend``) are a yes
who did not come, ATTENDED a yes who came, as VAN's No Show and Completed (our
reading). An ``attended`` cell written in words (``Attended``, ``Did not attend``, as
an attendee CSV shows it) is read as true or false (ours). When ``attended`` says otherwise the row
contradicts itself and is quarantined.
"""

from __future__ import annotations

import numpy as np

from commonground.outcomes.importers import mapper as m

NAME = "mobilize"
TITLE = "Mobilize attendances"

STATUS = {
    "registered": m.Outcome("yes"),
    "confirmed": m.Outcome("yes"),
    "cancelled": m.Outcome("yes", final_response="no"),
    "canceled": m.Outcome("yes", final_response="no"),
    "no_show": m.Outcome("yes", showed_up="false"),
    "no-show": m.Outcome("yes", showed_up="false"),
    "no show": m.Outcome("yes", showed_up="false"),
    "noshow": m.Outcome("yes", showed_up="false"),
    "attended": m.Outcome("yes", showed_up="true"),
    # an attendance export written in words (ours, as NO_SHOW): a yes who did not come
    "did_not_attend": m.Outcome("yes", showed_up="false"),
    "did not attend": m.Outcome("yes", showed_up="false"),
}
ATTENDED = {"true": "true", "false": "false", "1": "true", "0": "false", "yes": "true",
            "no": "false", "null": None, "none": None,
            # the attendance written as words, as an attendee CSV shows it (ours)
            "attended": "true", "did not attend": "false", "did_not_attend": "false",
            "not attended": "false"}  # fmt: skip

COLUMNS = {
    "meeting_id": ["id", "attendance_id", "Attendance ID"],
    "contact": [
        "person.user_id", "user_id", "User ID", "person.id", "person_id",
        "person.email_addresses", "person.email_address", "email", "Email", "Email Address",
    ],
    "status": ["status", "Attendance Status"],
    "attended": ["attended", "Attended"],
    "ask_type": ["event.event_type", "event_type", "Event Type"],
    "event_date": [
        "timeslot.start_date", "timeslot_start_date", "Timeslot Start", "Start Date",
        "Timeslot start date", "event_date",
    ],
    "date": ["created_date", "Created Date", "Signup Date", "Date Created"],
    "organizer": ["referrer.utm_source", "organizer", "Organizer", "Recruiter"],
}  # fmt: skip


def plan(headers: list[str], options: m.Options) -> m.Plan:
    """How this export maps (see the module docstring)."""
    found = {f: m.find_column(headers, c) for f, c in COLUMNS.items()}
    notes = [m.SPECIFIC_BY_SIGNUP, *m.organizer_note(found["organizer"], options)]
    notes.append(
        "attended left blank or null means not recorded: whether they showed up stays empty "
        "(unless the status says NO_SHOW or ATTENDED)"
    )
    if found["date"] is None:
        notes.append("the export has no signup date: date is the timeslot's date")

    def map_batch(batch, rows):
        outcome, reasons = m.statuses(m.text(batch, found["status"]), STATUS, "status")
        attended, unknown = m.lookup(m.text(batch, found["attended"]), ATTENDED)
        final_yes = outcome["final_response"].isna().to_numpy(dtype=bool)
        came = (attended == "true").to_numpy(dtype=bool, na_value=False)
        said = outcome["showed_up"]  # what the status says of attendance (NO_SHOW, ATTENDED)
        recorded = attended.notna().to_numpy(dtype=bool)
        both = np.flatnonzero(recorded & said.notna().to_numpy(dtype=bool))  # rare: few rows
        differ = np.zeros(len(batch), dtype=bool)
        differ[both] = attended.iloc[both].to_numpy(dtype=object) != said.iloc[both].to_numpy(
            dtype=object
        )
        if said.notna().any():
            attended = attended.where(recorded, said)
        outcome["showed_up"] = attended.where(final_yes)
        event_date = m.unix_dates(m.text(batch, found["event_date"]))
        date = m.unix_dates(m.text(batch, found["date"])) if found["date"] else event_date
        ids = m.meeting_ids(batch, rows, found, "mobilize", options)
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
        attended_text = m.text(batch, found["attended"])
        reasons = m.first_reason(
            (np.not_equal(reasons, None), reasons),
            (
                unknown,
                m.reason_with_value("attended {value} is not true, false or null", attended_text),
            ),
            (came & ~final_yes, "attended, but the signup was cancelled"),
            (
                differ,
                m.reason_with_value(
                    "attended {value} contradicts the status: fix one of them", attended_text
                ),
            ),
        )
        return mapped, reasons

    used = {
        "ask_type": found["ask_type"] or "(attend_event)",
        "response, final_response": found["status"] or "(none)",
        "showed_up": found["attended"] or "(none)",
        "event_date": found["event_date"] or "(none)",
    }
    return m.signup_plan(NAME, found, used, notes, map_batch)
