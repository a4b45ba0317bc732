"""A 1:1 tracking sheet of the kind organizing courses hand out (one row per meeting).

Typical columns: ``Organizer ID``, ``Contact ID``, ``Meeting Date``, ``Purpose``,
``Commitment Asked (Y/N)``, ``Commitment Made (Y/N)``, ``Commitment`` (what it was),
``Story Shared (Y/N)``; often ``Setting``, ``Length (min)``, ``Follow-up``.

A commitment asked and made is a yes; asked and not made a no; made with the "asked"
cell blank still a yes. A meeting where no commitment was asked has no ask to analyse
and is quarantined with that reason. The commitment's words give the ask type (a
keyword list, ours) and, through the project's reader, whether the ask was specific
(it names an activity, a time and a place).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from commonground.outcomes.importers import mapper as m
from commonground.outcomes.importers.answers import BOOLEAN_WORDS, ask_type_of

NAME = "tracking-sheet"
TITLE = "1:1 tracking sheet"

COLUMNS = {
    "meeting_id": ["Meeting ID", "1:1 ID", "ID", "Row ID"],
    "organizer": ["Organizer ID", "Organizer", "Organiser", "Organiser ID", "Leader", "Who met"],
    "contact": ["Contact ID", "Contact", "Person ID", "Person met", "Member ID"],
    "date": ["Meeting Date", "Date of 1:1", "Date", "1:1 Date", "Date met"],
    "purpose": ["Purpose", "Purpose of meeting", "Type of 1:1"],
    "setting": ["Setting", "Where", "Format"],
    "duration_min": ["Length (min)", "Length", "Duration", "Minutes", "Duration (min)"],
    "asked": ["Commitment Asked (Y/N)", "Commitment Asked", "Asked", "Ask made", "Asked for commitment"],
    "made": ["Commitment Made (Y/N)", "Commitment Made", "Committed", "Made commitment", "Said yes"],
    "commitment": ["Commitment", "What was the commitment", "Commitment details", "What", "Ask"],
    "story_shared": ["Story Shared (Y/N)", "Story Shared", "Shared story", "Shared my story"],
    "follow_up": ["Follow-up", "Follow up", "Followup"],
    "event_date": ["Commitment Date", "Event Date", "When"],
}  # fmt: skip

PURPOSES = {
    "get to know": "get_to_know", "getting to know": "get_to_know", "intro": "get_to_know",
    "introduction": "get_to_know", "first meeting": "get_to_know",
    "explore": "explore_working_together", "recruit": "explore_working_together",
    "recruitment": "explore_working_together", "deepen": "deepen_relationship",
    "check in": "check_in", "check-in": "check_in", "follow up": "check_in",
}  # fmt: skip


def plan(headers: list[str], options: m.Options) -> m.Plan:
    """How this sheet maps (see the module docstring)."""
    from commonground.reader.asks import specificity

    found = {f: m.find_column(headers, c) for f, c in COLUMNS.items()}
    notes = [
        "ask_type comes from the commitment's words (our keyword list; 'other' when none "
        "fits) and ask_specific from the project's reader: true when the words name an "
        "activity, a time and a place",
        *m.organizer_note(found["organizer"], options),
    ]

    def specific(words: pd.Series) -> pd.Series:
        return pd.Series(
            [
                "true" if {"activity", "time", "place"} <= set(specificity(w)) else "false"
                for w in words
            ],
            dtype="str",
        )

    def map_batch(batch, rows):
        asked_text = m.text(batch, found["asked"])
        made_text = m.text(batch, found["made"])
        asked, asked_unknown = m.lookup(asked_text, BOOLEAN_WORDS)
        made, made_unknown = m.lookup(made_text, BOOLEAN_WORDS)
        asked_no = (asked == "false").to_numpy(dtype=bool, na_value=False)
        made_yes = (made == "true").to_numpy(dtype=bool, na_value=False)
        made_no = (made == "false").to_numpy(dtype=bool, na_value=False)
        response = pd.Series(
            np.where(made_yes, "yes", np.where(made_no, "no", None)), index=batch.index, dtype="str"
        )
        words = m.text(batch, found["commitment"])
        ask_type = m.per_distinct(
            words, lambda u: pd.Series([ask_type_of(w) for w in u], dtype="str")
        )
        ids = (
            m.prefixed("sheet", m.text(batch, found["meeting_id"]))
            if found["meeting_id"]
            else m.generated_ids("sheet", rows, batch.index, options.file_tag)
        )
        purpose, _ = m.lookup(m.text(batch, found["purpose"]), PURPOSES)
        purpose = purpose.fillna(m.category(m.text(batch, found["purpose"])))
        story, story_unknown = m.lookup(m.text(batch, found["story_shared"]), BOOLEAN_WORDS)
        mapped = m.assemble(
            batch,
            {
                "meeting_id": ids,
                "date": m.dates(m.text(batch, found["date"])),
                "organizer": m.organizer_column(batch, found["organizer"], options),
                "contact": m.text(batch, found["contact"]),
                "purpose": purpose,
                "setting": m.category(m.text(batch, found["setting"])),
                "duration_min": m.text(batch, found["duration_min"]),
                "story_shared": story,
                "ask_type": ask_type,
                "ask_specific": m.per_distinct(words, specific).fillna("false"),
                "response": response,
                "follow_up": m.category(m.text(batch, found["follow_up"])),
                m.EVENT_DATE: m.dates(m.text(batch, found["event_date"])),
            },
        )
        reasons = m.first_reason(
            (
                asked_unknown,
                m.reason_with_value("commitment asked {value} is not Y or N", asked_text),
            ),
            (
                made_unknown,
                m.reason_with_value("commitment made {value} is not Y or N", made_text),
            ),
            (asked_no & ~made_yes, "no commitment was asked: there is no ask to analyse"),
            (~made_yes & ~made_no, "commitment made is blank: the answer is unknown"),
            (
                story_unknown,
                m.reason_with_value(
                    "story shared {value} is not Y or N", m.text(batch, found["story_shared"])
                ),
            ),
        )
        return mapped, reasons

    used = {k: v for k, v in found.items() if v and k not in ("asked", "made", "commitment")}
    used["response"] = ", ".join(v for v in (found["asked"], found["made"]) if v) or "(none)"
    used["ask_type, ask_specific"] = found["commitment"] or "(none)"
    used.setdefault("meeting_id", m.IDS_FROM_ROWS)
    return m.Plan(NAME, used, m.left_empty(used, "organizer"), notes, map_batch)
