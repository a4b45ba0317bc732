"""NGP VAN bulk-upload sheet: one row per contact attempt, one column per survey question.

Columns, as the common upload template names them: ``VAN ID``, ``Date Contacted``,
``Canvass Result`` (blank or Canvassed when someone was reached; Not Home, Refused,
Moved, ... otherwise; VAN's contact-history export calls it ``Result Short Name``),
then one column per survey question or activist code.

The ask is the survey-question column whose header says "ask" (``Volunteer Ask``,
``Phone Bank Ask``; or name it with ``--ask-column``); its answer (Yes, Maybe, No, Will
volunteer, Undecided, ...) is the response, and its header, without "ask", the ask type
(``--ask-type`` overrides). A row whose canvass result says there was no conversation has
no answer to record and is quarantined. Other columns (activist codes) are not carried.
"""

from __future__ import annotations

import re

from commonground.outcomes.importers import mapper as m
from commonground.outcomes.importers.answers import RESPONSE_WORDS

NAME = "van-bulk"
TITLE = "NGP VAN bulk-upload sheet"

COLUMNS = {
    "contact": ["VAN ID", "VANID", "vanId", "Voter File VANID", "myc_van_id"],
    "date": ["Date Contacted", "DateCanvassed", "Date Canvassed", "Contact Date", "Date"],
    "result": [
        "Canvass Result",
        "Result",
        "Contact Result",
        "Result Code",
        "Result Short Name",
        "Result Name",
        "ResultShortName",
    ],
    "organizer": ["Canvasser", "Canvassed By", "Organizer", "Contacted By"],
}
REACHED = ("", "canvassed", "contacted", "talked", "spoke", "reached", "conversation")


def _ask_column(headers: list[str], options: m.Options) -> str | None:
    named = options.ask_column
    if named:
        return m.find_column(headers, [named])
    for name in headers:
        if re.search(r"(?:^|[\s_\-.])ask(?:$|[\s_\-.])", str(name).lower()):
            return name
    return m.find_column(headers, ["Commitment", "Volunteer", "Response"])


def _ask_type_from_header(header: str) -> str:
    words = [w for w in re.split(r"[\s_\-.:]+", header.lower()) if w and w not in ("ask", "sq")]
    return "_".join(words) or "volunteer"


def plan(headers: list[str], options: m.Options) -> m.Plan:
    """How this sheet maps (see the module docstring)."""
    found = {f: m.find_column(headers, c) for f, c in COLUMNS.items()}
    ask_column = _ask_column(headers, options)
    ask_type = options.ask_type or (_ask_type_from_header(ask_column) if ask_column else None)
    specific = options.ask_specific or "false"
    notes = [
        f"ask_specific is {specific} for every row: "
        + (
            "a scripted survey question ('Will you volunteer?') names no day, time and place "
            "(our assumption; use --ask-specific true if yours did)"
            if options.ask_specific is None
            else "as given with --ask-specific"
        ),
        *m.organizer_note(found["organizer"], options),
    ]
    if ask_column is None:
        notes.append("no survey question whose header says 'ask': every row is quarantined")

    def map_batch(batch, rows):
        result = m.text(batch, found["result"])
        reached = result.fillna("").str.lower().str.strip().isin(REACHED).to_numpy(dtype=bool)
        answer = m.text(batch, ask_column)
        response, unknown = m.lookup(answer, RESPONSE_WORDS)
        blank = answer.isna().to_numpy(dtype=bool)
        mapped = m.assemble(
            batch,
            {
                "meeting_id": m.generated_ids("vanbulk", rows, batch.index, options.file_tag),
                "date": m.dates(m.text(batch, found["date"])),
                "organizer": m.organizer_column(batch, found["organizer"], options),
                "contact": m.text(batch, found["contact"]),
                "ask_type": m.constant(batch, ask_type),
                "ask_specific": m.constant(batch, specific),
                "response": response,
            },
        )
        reasons = m.first_reason(
            (
                ~reached,
                m.reason_with_value(
                    "canvass result {value}: no conversation, so no answer to the ask", result
                ),
            ),
            (blank, f"no answer to the ask ({ask_column or 'no ask column'})"),
            (unknown, m.reason_with_value("answer {value} is not a yes, maybe or no", answer)),
        )
        return mapped, reasons

    used = {
        "meeting_id": m.IDS_FROM_ROWS,
        "date": found["date"] or "(none)",
        "contact": found["contact"] or "(none)",
        "ask_type": f"{ask_column} (header)"
        if ask_column and not options.ask_type
        else (options.ask_type or "(none)"),
        "response": ask_column or "(none)",
    }
    if found["organizer"]:
        used["organizer"] = found["organizer"]
    if found["result"]:
        notes.append(
            f"{found['result']}: rows whose canvass result is not blank or Canvassed "
            "(Not Home, Refused, ...) had no conversation and are quarantined"
        )
    return m.Plan(NAME, used, m.left_empty(used, "organizer", "ask_specific"), notes, map_batch)
