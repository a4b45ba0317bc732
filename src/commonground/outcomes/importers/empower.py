"""Empower CTA results (relational organizing app; API or CSV export).

Fields, as Empower names them: ``userEid`` (the volunteer who asked: the organizer),
``contactEid`` (who was asked), ``actionType``, ``initialPromptResponse`` (0 no, 1 yes,
2 in progress, 3 someone else responded, 4 no answer), ``createdMts`` (milliseconds).

0 is a no, 1 a yes, 2 (a conversation still going) a maybe. 3 and 4 are not the
contact's answer to the ask, so they are quarantined with that reason.
"""

from __future__ import annotations

from commonground.outcomes.importers import mapper as m

NAME = "empower"
TITLE = "Empower CTA results"

RESPONSE = {
    "0": m.Outcome("no"),
    "1": m.Outcome("yes"),
    "2": m.Outcome("maybe"),
    "3": "someone else responded, not the contact",
    "4": "no answer",
}

COLUMNS = {
    "meeting_id": ["eid", "ctaResultEid", "ctaResultId", "id"],
    "organizer": ["userEid", "user_eid", "User EID"],
    "contact": ["contactEid", "contact_eid", "Contact EID"],
    "ask_type": ["actionType", "action_type", "Action Type", "cta.actionType"],
    "response": ["initialPromptResponse", "Initial Prompt Response"],
    "date": ["createdMts", "created_mts", "Created At", "createdAt"],
}


def plan(headers: list[str], options: m.Options) -> m.Plan:
    """How this export maps (see the module docstring)."""
    found = {f: m.find_column(headers, c) for f, c in COLUMNS.items()}
    notes = [
        "every ask counts as specific: an Empower CTA names one action and its date "
        "(our assumption, not the export's)",
        "Empower records no attendance: whether they showed up is left empty",
        *m.organizer_note(found["organizer"], options),
    ]

    def map_batch(batch, rows):
        answer = m.text(batch, found["response"]).str.replace(r"\.0$", "", regex=True)
        outcome, reasons = m.statuses(answer, RESPONSE, "initialPromptResponse")
        del outcome["showed_up"]
        mapped = m.signup_rows(
            batch,
            found,
            options,
            ids=m.meeting_ids(batch, rows, found, "empower", options),
            date=m.unix_dates(m.text(batch, found["date"])),
            ask_type=m.category(m.text(batch, found["ask_type"])),
            outcome=outcome,
        )
        return mapped, reasons

    used = {
        "ask_type": found["ask_type"] or "(none)",
        "response": found["response"] or "(none)",
    }
    return m.signup_plan(NAME, found, used, notes, map_batch)
