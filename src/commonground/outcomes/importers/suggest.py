"""Draft a mapping file from an export's headers and values (``log import --suggest``).

Each outcome-log field is matched to a column by the names the known sources use (see
the importers' ``COLUMNS``) and the contract's own names, ignoring case, spaces and
underscores, then by a form's question words ("What did they say?"), then by close
spelling. For yes/no and category fields, the values found
in the first rows are listed with a guess; a guess the draft cannot make is written as
``"?"`` for the trainer to fill in. The draft is a starting point: read it and correct it.
"""

from __future__ import annotations

import difflib
from itertools import islice

import pandas as pd

from commonground.outcomes.importers import mapper as m
from commonground.outcomes.importers.answers import (
    BOOLEAN_WORDS,
    OTHER_LANGUAGE_ANSWERS,
    RESPONSE_WORDS,
)
from commonground.outcomes.schema import column, is_spec_column

SAMPLE_ROWS = 2000
MAX_VALUES = 15


def _synonyms() -> dict[str, list[str]]:
    from commonground.outcomes.importers import SOURCES

    names: dict[str, list[str]] = {c: [c] for c in m.OUTPUT_COLUMNS}
    for module in SOURCES.values():
        for field_name, candidates in getattr(module, "COLUMNS", {}).items():
            if field_name in names:
                names[field_name] += list(candidates)
    extra = {
        "meeting_id": ["ref", "reference", "id", "meeting"],
        "date": ["when", "when we met", "date met", "day"],
        "organizer": ["volunteer", "organiser", "who asked", "asked by"],
        "contact": ["person", "who", "member", "contact id"],
        "duration_min": ["how long", "length", "minutes"],
        "ask_type": ["asked for", "ask", "asks", "ask(s)", "ask type", "what was asked"],
        "response": ["answer", "response", "result", "commitment made", "status"],
        "showed_up": ["attended", "showed up", "turned up", "turned up?", "came"],
    }
    for name, more in extra.items():
        names[name] += more
    return names


#: Words of a form's questions ("Date of the 1:1", "What did they say?") that say which
#: field a column is, tried on the columns no name matched (our list; first match wins).
QUESTION_WORDS = (
    (m.EVENT_DATE, r"\bevent\b.*\bdate\b|\bdate of the (event|action|shift)\b"),
    ("date", r"\bdate\b|\bwhen did you\b"),
    ("organizer", r"\byour name\b|\borgani[sz]er\b|\bwho held\b|\bwho are you\b"),
    ("contact", r"\bwho did you (meet|talk|speak)|\bmet with\b|\bperson you met\b"),
    ("ask_type", r"\bwhat did you ask\b|\bwhat was the ask\b|\bask(ed)? (them )?to do\b"),
    ("response", r"\bwhat did they (say|answer)\b|\btheir (answer|response)\b"),
    ("showed_up", r"\b(show|showed|turn|turned) up\b|\bdid they (come|attend)\b"),
    ("duration_min", r"\bhow long\b|\bminutes\b"),
    ("story_shared", r"\bstory\b"),
    ("common_ground", r"\bcommon ground\b"),
    ("open_questions", r"\bopen[- ]?(ended )?questions\b"),
    ("prepared", r"\bprepar(e|ed|ation)\b"),
    ("ask_specific", r"\bspecific\b"),
    ("follow_up", r"\bfollow(ed)?[- ]?up\b"),
    ("setting", r"\bwhere did you meet\b|\bin person\b"),
    ("purpose", r"\bpurpose\b|\bwhy did you meet\b"),
)


#: The same in Spanish, French, German and Portuguese (a team's own form or sheet; our
#: list), tried after the English words. ``ask_specific`` comes before ``ask_type``:
#: "Petición concreta" is whether the ask was specific, "Tipo de petición" what it was.
#: A form's timestamp ("Zeitstempel", "Horodateur", "Marca temporal") is when the form
#: was sent, not the meeting's date, and matches nothing here.
OTHER_LANGUAGE_WORDS = (
    ("date", r"\bfecha\b|datum\b|\bdate d[eu]\b|\bdata d[aoe]\b|\bdata da reuni"),
    ("organizer", r"\borgani[sz]ador|\borganisat(eur|rice|or)|\btu nombre\b|\bdein name\b|"
     r"\bihr name\b|\bvotre nom\b|\bton nom\b|\bseu nome\b"),
    ("contact", r"\bcontacto\b|\bkontakt(person)?\b|\bmit wem\b|\bcon qui[eé]n\b|"
     r"\bavec qui\b|\bcontato\b|\bcom quem\b"),
    ("ask_specific", r"\bconcret[ao]\b|\bkonkret|\bpr[eé]cis[ea]?\b|\bespec[ií]fic[ao]\b"),
    ("ask_type", r"\bpetici[oó]n\b|\bpediste\b|\bgefragt\b|\bbitte\b|\bdemande\b|"
     r"\bdemandé\b|\bpedido\b|\bpediu\b"),
    ("response", r"\brespuesta\b|\bantwort\b|\br[eé]ponse\b|\bresposta\b"),
    ("showed_up", r"\basisti[oó]\b|\bvino\b|\bgekommen\b|\berschienen\b|\bvenue?\b|"
     r"\bcompareceu\b"),
)  # fmt: skip


def match_headers(headers: list[str]) -> dict[str, str]:
    """Outcome-log field -> the export column it most likely is (each column used once).

    Names the known sources use come first, then a form's question words
    (:data:`QUESTION_WORDS`, then :data:`OTHER_LANGUAGE_WORDS`), then close spellings. A column holding a person's e-mail,
    phone or name is never drafted as the ``contact``: in a form it is usually the
    organizer's own ("Email Address"), and every meeting of one organizer would then
    be one contact.
    """
    import re

    from commonground.outcomes.importers.columns import is_personal

    free = list(headers)
    chosen: dict[str, str] = {}
    synonyms = _synonyms()
    for field_name, names in synonyms.items():
        usable = [h for h in free if not (field_name == "contact" and is_personal(h))]
        hit = m.find_column(usable, names)
        if hit is not None:
            chosen[field_name] = hit
            free.remove(hit)
    for field_name, pattern in (*QUESTION_WORDS, *OTHER_LANGUAGE_WORDS):
        if field_name in chosen:
            continue
        hit = next((h for h in free if re.search(pattern, str(h).lower())), None)
        if hit is not None:
            chosen[field_name] = hit
            free.remove(hit)
    keys = {m.header_key(h): h for h in free if not is_personal(h)}
    for field_name in synonyms:
        if field_name in chosen:
            continue
        close = difflib.get_close_matches(m.header_key(field_name), list(keys), n=1, cutoff=0.8)
        if close:
            chosen[field_name] = keys.pop(close[0])
    return {name: chosen[name] for name in synonyms if name in chosen}


def _guess(field_name: str, value: str) -> str:
    key = m.value_key(value)
    other = OTHER_LANGUAGE_ANSWERS.get(key)
    if field_name in ("response", "final_response"):
        return RESPONSE_WORDS.get(key, other or "?")
    kind = column(field_name).kind if is_spec_column(field_name) else "text"
    if kind == "boolean":
        as_boolean = {"yes": "true", "no": "false"}.get(other or "", "?")
        return BOOLEAN_WORDS.get(key, as_boolean)
    allowed = column(field_name).values or ()
    normal = key.replace(" ", "_").replace("-", "_")
    return normal if normal in allowed else "?"


#: A workbook sheet is drafted from when its headers give these fields (or ``--sheet``).
_DRAFTED = ("date", "contact", "response")


def suggest(path, sheet: str | None = None, date_order: str | None = None) -> str:
    """Return a draft mapping (YAML text, with comments) for the export at ``path``.

    For a workbook: the sheet ``sheet`` names, else the first whose headers give a
    date, a contact and a response (the first sheet when none does). ``date_order``
    (``--date-order``) is written as the draft's ``date_order``; without it the draft
    infers it from the sample's unambiguous dates.
    """
    from commonground.outcomes.importers.files import open_export

    def holds(headers: list[str]) -> bool:
        return set(_DRAFTED) <= set(match_headers(headers))

    export = open_export(path, sheet=sheet, holds=holds)
    sample = pd.concat([b for b, _ in islice(export.batches, 1)], ignore_index=True)
    sample = sample.head(SAMPLE_ROWS)
    chosen = match_headers(export.headers)
    lines = [
        f"# Draft mapping for {export.path.name}, made by `commonground log import --suggest`.",
        "# Check every line: the guesses are ours. Then:",
        f"#   commonground log import --from mapping --mapping THIS.yaml {export.path.name}"
        " -o log.csv",
        "columns:" if chosen else "columns: {}   # no column recognised: write field: column",
    ]
    for field_name in m.OUTPUT_COLUMNS:
        if field_name in chosen:
            lines.append(f"  {field_name}: {_quote(chosen[field_name])}")
        else:
            lines.append(f"  # {field_name}:            (no column found)")
    unused = [h for h in export.headers if h not in chosen.values()]
    if unused:
        lines.append("# columns not used: " + ", ".join(map(str, unused)))
    boxes, box_hints, lists, list_hints = _airtable_cells(chosen, sample)
    values = []
    for field_name, header in chosen.items():
        kind = column(field_name).kind if is_spec_column(field_name) else "text"
        if kind not in ("boolean", "category") or field_name in ("ask_type", *boxes):
            continue
        distinct = m.text(sample, header).dropna().unique()[:MAX_VALUES]
        if len(distinct):
            values.append(f"  {field_name}:")
            values += [f"    {_quote(v)}: {_quote(_guess(field_name, v))}" for v in distinct]
    lines += ["values:", *values] if values else ["values: {}"]
    lines += ["constants:"]
    if "ask_specific" not in chosen:
        lines.append("  ask_specific: false   # or true, if your asks named a day, time and place")
    else:
        lines.append("  {}")
    if boxes:
        lines.append(f"checkboxes: [{', '.join(boxes)}]   # ticked: checked; an empty cell: false")
    lines += box_hints
    if lists:
        lines.append(f"lists: [{', '.join(lists)}]   # several options in a cell: quarantined")
    lines += list_hints
    date = chosen.get("date")
    if date_order is not None:
        lines.append(f"date_order: {date_order}   # as --date-order said")
    else:
        lines.append(_date_order_line(m.text(sample, date) if date else None))
    return "\n".join(lines) + "\n"


def _airtable_cells(chosen: dict[str, str], sample: pd.DataFrame):
    """Checkbox and list columns seen in the sample (see :mod:`.airtable`):
    ``(checkboxes, hint lines, lists, hint lines)``.

    A yes/no column holding Airtable's ``checked`` is a checkbox. One whose every filled
    cell says yes in some way, with empty cells, may be one (an older export's ``1``):
    a commented line says so, for the trainer to decide. A category column with a
    comma in a cell is a multiple-select; so is an organizer column where
    each part of such a cell is a cell of its own in other rows (``org-1, org-2``:
    linked records, see :class:`.airtable.LinkedRecords`); otherwise it may be a
    linked-record list or a "Lastname, Firstname": a commented line, again.
    """
    from commonground.outcomes.importers.airtable import TICKED, LinkedRecords

    boxes, box_hints, lists, list_hints = [], [], [], []
    for field_name, header in chosen.items():
        kind = column(field_name).kind if is_spec_column(field_name) else "text"
        cells = m.text(sample, header)
        filled = cells.dropna().str.lower()
        if kind == "boolean" and len(filled):
            if filled.eq("checked").any():
                boxes.append(field_name)
            elif filled.isin(TICKED).all() and cells.isna().any():
                box_hints.append(
                    f"# checkboxes: [{field_name}]   # if {header} is a checkbox (every filled "
                    "cell says yes): an empty cell then reads as false, not unknown"
                )
        elif field_name != "meeting_id" and filled.str.contains(",", regex=False).any():
            if kind == "category":
                lists.append(field_name)
            elif field_name == "organizer" and LinkedRecords().see(cells).any():
                lists.append(field_name)  # 'org-1, org-2' beside rows of 'org-1' alone
            elif field_name in ("organizer", "contact"):
                list_hints.append(
                    f"# lists: [{field_name}]   # if {header} lists linked records "
                    "(a cell with several is quarantined); not for 'Lastname, Firstname'"
                )
    return boxes, box_hints, lists, list_hints


def _date_order_line(dates: pd.Series | None) -> str:
    """The draft's ``date_order``: day-first when the sample's unambiguous slashed dates
    are all day-first (``25/03/2026``), otherwise month-first; a sample with both says so."""
    from commonground.outcomes.importers import day_month

    line = "date_order: {}   # how to read 03/04/2024: mdy (US) or dmy"
    if dates is None or not len(dates):
        return line.format("mdy")
    kind, _ = day_month.kinds(dates)
    dotted = dates.astype("str").str.match(r"^\s*\d{1,2}\.\d{1,2}\.(\d{2}|\d{4})\b")
    # a date written with dots is day first wherever dots are used (06.03.2026)
    day_first = dates[(kind == day_month.DAY_FIRST) | dotted.fillna(False).to_numpy(bool)]
    month_first = dates[kind == day_month.MONTH_FIRST]
    if len(day_first) and len(month_first):
        return line.format("mdy") + (
            f"; careful: the file has day-first ({day_first.iloc[0]!r}) and month-first "
            f"({month_first.iloc[0]!r}) dates: those that do not fit are quarantined"
        )
    if len(day_first):
        return line.format("dmy") + f"; dmy because {day_first.iloc[0]!r} is day-first"
    return line.format("mdy")


def _quote(value) -> str:
    import json

    return json.dumps(str(value), ensure_ascii=False)
