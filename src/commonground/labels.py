"""Plain words for the ids people would otherwise see: one table, used by every output.

An outcome log and the analysis speak in ids (``host_house_party``, ``ask_fit``,
``true``); a report handed to a trainer speaks in words ("Host a house party",
"The ask fitted the person", "yes"). :func:`label` turns one into the other; a value
with no entry (``ask_type`` is an open vocabulary) is made readable from its spelling,
so an id never reaches the page as it was written.
"""

from __future__ import annotations

import math
import re
from functools import cache

#: Kinds of ask (the samples' vocabulary; any other id falls back to its spelling).
ASK_TYPES: dict[str, str] = {
    "attend_event": "Come to an event",
    "canvass": "Canvass",
    "donate": "Donate",
    "host_house_party": "Host a house party",
    "join_team": "Join a team",
    "lead_role": "Take a lead role",
    "next_one_on_one": "Another 1:1",
    "phone_bank": "Phone bank",
    "recruit_friends": "Bring friends in",
}

#: The practices the log records, as a short name for a table row.
PRACTICES: dict[str, str] = {
    "prepared": "Prepared beforehand",
    "story_shared": "Shared own story",
    "common_ground": "Named common ground",
    "ask_specific": "Specific ask",
    "ask_fit": "Ask fitted the person",
    "open_questions": "Open questions (each extra one)",
    "setting": "Setting",
    "purpose": "Purpose of the meeting",
}

#: Why a meeting was set up (the ids of ``method.purposes``).
PURPOSES: dict[str, str] = {
    "get_to_know": "Get to know them",
    "explore_working_together": "Explore working together",
    "deepen_relationship": "Deepen the relationship",
    "check_in": "Check in",
}

SETTINGS: dict[str, str] = {"in_person": "In person", "phone": "Phone", "video": "Video call"}

FOLLOW_UPS: dict[str, str] = {
    "none": "No follow-up",
    "confirmation": "Confirmation",
    "thanks": "Thank-you",
    "both": "Confirmation and thank-you",
}

RESPONSES: dict[str, str] = {
    "yes": "yes",
    "maybe": "maybe",
    "no": "no",
    "no: timing": "no (the timing)",
    "no: activity": "no (the activity)",
    "no: other": "no (another reason)",
}

#: The role-play scenarios (file stems), as "who they are, name": the kind of person
#: first, so a list of them reads as a choice of situations. A scenario added later
#: without an entry is shown by its own title (:func:`scenario_label`).
SCENARIOS: dict[str, str] = {
    "faith_leader": "Faith leader, Imam Yusuf",
    "longtime_volunteer": "Long-time volunteer, Sam",
    "night_shift_nurse": "Night-shift nurse, Dana",
    "over_committed": "Over-committed steward, Tanya",
    "pta_parent": "School parent, Priya",
    "retired_teacher": "Retired teacher, Margaret",
    "sceptical_neighbour": "Sceptical neighbour, Earl",
    "small_business_owner": "Cafe owner, Rosa",
    "student": "Student, Jess",
}

#: How serious a finding from a planner or checker is, as a reader would say it.
SEVERITIES: dict[str, str] = {
    "missing": "missing",
    "vague": "could be stronger",
    "warning": "worth a look",
    "ok": "fine",
}

#: The outcome log's own columns, for a sentence about a log ("left empty: showed up").
FIELDS: dict[str, str] = {
    "meeting_id": "meeting number",
    "date": "date",
    "organizer": "organizer",
    "contact": "contact",
    "purpose": "purpose",
    "setting": "setting",
    "duration_min": "length in minutes",
    "prepared": "prepared",
    "story_shared": "story shared",
    "open_questions": "open questions",
    "common_ground": "common ground",
    "ask_type": "ask type",
    "ask_specific": "ask specific",
    "ask_fit": "ask fitted",
    "response": "first answer",
    "no_reason": "reason for a no",
    "alternative_offered": "alternative offered",
    "final_response": "final answer",
    "follow_up": "follow-up",
    "follow_up_days": "days to follow-up",
    "showed_up": "showed up",
    "notes": "notes",
}

#: Table columns, as headed in a report.
COLUMNS: dict[str, str] = {
    "group": "group",
    "n": "meetings",
    "converted": "yes",
    "rate": "rate",
    "practice": "practice",
    "alternative_offered": "alternative offered",
    "raw_rate": "raw rate",
    "shrunk_rate": "shrunk rate",
    "most_skipped": "most often skipped",
    "warning": "caution",
    "organizer": "organizer",
}

#: How a role-play ended (the ending nodes every scenario shares, and the engine's own).
ENDINGS: dict[str, str] = {
    "end_yes": "they said yes",
    "end_maybe": "they said maybe",
    "end_no": "they said no",
    "end_no_ask": "it ended with no ask made",
    "end_cut_short": "they cut it short",
    "out_of_time": "the time ran out",
    "trust_lost": "they lost trust and ended it",
}

#: Sections of a journal export, one per kind of entry (``journal.KIND_TITLES``).
JOURNAL_KINDS: dict[str, str] = {
    "prep_plan": "Prep plans",
    "good_questions": "Good questions",
    "story": "My story",
    "campaign_pitch": "The campaign in a minute",
    "ask_draft": "Asks",
    "follow_up": "Follow-up messages",
    "reflection": "Reflections",
    "roleplay": "Role-plays",
    "roleplay_reflection": "Role-play reflections",
    "exercise": "Exercises",
}

#: A role-play's answer to the ask, as a journal or history shows it.
PLAY_ANSWERS: dict[str, str] = {
    "yes": "yes",
    "maybe": "maybe",
    "no_timing": "no (timing)",
    "no_activity": "no (activity)",
    "": "no ask made",
}

#: Every table by kind; ``label(value, kind)`` looks in one, ``label(value)`` in all.
TABLES: dict[str, dict[str, str]] = {
    "ask_type": ASK_TYPES,
    "practice": PRACTICES,
    "purpose": PURPOSES,
    "setting": SETTINGS,
    "follow_up": FOLLOW_UPS,
    "response": RESPONSES,
    "column": COLUMNS,
    "scenario": SCENARIOS,
    "field": FIELDS,
    "severity": SEVERITIES,
    "journal_kind": JOURNAL_KINDS,
    "play_answer": PLAY_ANSWERS,
    "ending": ENDINGS,
}
#: Tables read from ``method.yaml`` when first needed: the method's elements and parts
#: by their titles ("date_time_place" -> "Agree a date, a time and a place").
METHOD_KINDS = ("element", "part")


# ---- Phrases: the same ids worded to sit inside a sentence ---------------------------
#: "We are meeting ..." (the organizer card).
PURPOSE_PHRASES: dict[str, str] = {
    "get_to_know": "to get to know each other",
    "explore_working_together": "to explore working together",
    "deepen_relationship": "to get to know them better",
    "check_in": "to check in on the work they have been doing",
}

#: "You agreed to meet ..." (the persona card).
SETTING_PHRASES: dict[str, str] = {
    "in_person": "in person",
    "phone": "by phone",
    "video": "by video call",
}

#: "Your answer: ..." (the persona card).
PLAY_ANSWER_PHRASES: dict[str, str] = {
    "yes": "yes",
    "maybe": "maybe",
    "no_timing": "no, because of the day or time",
    "no_activity": "no, because of the activity itself",
}

#: "This reads as ..." (the exercises' verdicts on a line).
LINE_KINDS: dict[str, str] = {
    "factual_question": "a factual question",
    "closed_question": "a yes/no (closed) question",
    "open_question": "an open-ended question",
    "leading_question": "a leading question",
    "advice": "advice",
    "story": "a piece of your story",
    "common_ground": "a line naming common ground",
    "ask": "an ask",
    "close": "a close (thanks and a follow-up)",
    "other": "not yet a recognisable 1:1 move",
}

#: "... reads as ..." (lesson 04's question workshop).
QUESTION_KINDS: dict[str, str] = {
    "open_question": "an open question",
    "factual_question": "a factual question",
    "closed_question": "a closed question",
    "leading_question": "a leading question",
    "advice": "advice",
    "ask": "an ask",
    "story": "part of your story",
    "common_ground": "naming common ground",
    "close": "a close",
    "other": "not a question",
}

#: "This reads as ..." (``commonground coach`` and the reader's verdicts).
LINE_KIND_DESCRIPTIONS: dict[str, str] = {
    "factual_question": "an easy factual question, a good opener",
    "closed_question": "a closed question (it invites a yes/no or one-word answer)",
    "open_question": "an open question that invites them to talk",
    "leading_question": "a leading question (it pushes them towards an answer)",
    "advice": "advice (telling them what to do)",
    "story": "a piece of your own story",
    "common_ground": "naming common ground (something you share)",
    "ask": "an ask (a request to take an action)",
    "close": "a close (thanks, a promised follow-up or a goodbye)",
    "other": "not one of the 1:1 moves the reader knows",
}

#: "It also: ..." (what else the reader noticed in a line: its signals).
SIGNALS: dict[str, str] = {
    "acknowledges": "acknowledges what they said",
    "agrees_only": "agrees without saying anything of your own",
    "confirm_details": "confirms the details",
    "credentials": "lists your roles and titles instead of telling a moment",
    "first_person": "talks about yourself",
    "follow_up": "promises a next contact",
    "on_the_spot": "puts them on the spot",
    "probe_maybe": "asks what a maybe depends on",
    "probe_no": "asks whether a no is about the time or the activity",
    "push": "presses after a no or a maybe",
    "thanks": "thanks them",
    "turns_to_them": "turns the conversation to them",
    "vague": "asks without naming an activity, time or place",
}

#: One word per kind of question, beside each question in lesson 02's planner.
QUESTION_KIND_WORDS: dict[str, str] = {
    "open_question": "open",
    "closed_question": "yes/no",
    "factual_question": "factual",
    "leading_question": "leading",
}

#: Every phrase table by name (not looked in by :func:`label`: a phrase is not a label).
PHRASES: dict[str, dict[str, str]] = {
    "purpose": PURPOSE_PHRASES,
    "setting": SETTING_PHRASES,
    "play_answer": PLAY_ANSWER_PHRASES,
    "line_kind": LINE_KINDS,
    "question_kind": QUESTION_KINDS,
    "question_kind_word": QUESTION_KIND_WORDS,
    "line_kind_description": LINE_KIND_DESCRIPTIONS,
    "signal": SIGNALS,
}

_BOOLEANS = {"true": "yes", "false": "no"}
_MISSING = {"", "none", "nan", "<na>", "null"}


def is_missing(value) -> bool:
    """True for None, NaN, pandas' NA and empty or "None"-like text."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return True
    except ImportError:  # pragma: no cover - pandas is a dependency
        pass
    return isinstance(value, str) and value.strip().lower() in _MISSING


def label(value, kind: str | None = None, missing: str = "") -> str:
    """The words to show for ``value``.

    Parameters
    ----------
    value
        An id (``"host_house_party"``), a boolean or its text (``True``, ``"false"``),
        or a ``column=level`` term from the adjusted model (``"purpose=check_in"``).
    kind
        Which table to look in (a key of :data:`TABLES`); ``None`` looks in all.
    missing
        What to show for a missing value.

    Returns
    -------
    str
        The label; an unknown id has its underscores made spaces and a capital first
        letter, so ``"write_letters"`` reads "Write letters".
    """
    if isinstance(value, bool):
        return _BOOLEANS[str(value).lower()]
    if isinstance(value, str) and kind in TABLES and value in TABLES[kind]:
        return TABLES[kind][value]  # before the missing check: "none" is a follow-up
    if is_missing(value):
        return missing
    text = str(value)
    if text.lower() in _BOOLEANS:
        return _BOOLEANS[text.lower()]
    if "=" in text and kind is None:
        column, level = text.split("=", 1)
        return f"{label(column)}: {label(level, column if column in TABLES else None)}"
    tables = [TABLES[kind]] if kind in TABLES else list(TABLES.values())
    if kind in METHOD_KINDS:
        tables = [method_table(kind)]
    elif kind is None:
        tables += [method_table(k) for k in METHOD_KINDS]
    for table in tables:
        if text in table:
            return table[text]
    if text == "unknown":
        return "not recorded"
    spaced = text.replace("_", " ").strip()
    return spaced[:1].upper() + spaced[1:]


@cache
def method_table(kind: str) -> dict[str, str]:
    """The method's ``"element"`` or ``"part"`` ids with their titles, from ``method.yaml``."""
    from commonground import method

    loaded = method.load()
    items = loaded.elements if kind == "element" else loaded.parts
    return {item.id: item.title for item in items}


def scenario_label(name: str, title: str = "") -> str:
    """A role-play scenario as a person would pick it ("Faith leader, Imam Yusuf").

    Parameters
    ----------
    name
        The scenario's id (its file stem).
    title
        Its own title, shown for a scenario that has no entry in :data:`SCENARIOS`.
    """
    return SCENARIOS.get(name) or title or label(name)


def all_ids() -> set[str]:
    """Every id worded here (tables, phrases, and the method's elements and parts)."""
    ids = {key for table in [*TABLES.values(), *PHRASES.values()] for key in table}
    for kind in METHOD_KINDS:
        ids |= set(method_table(kind))
    return ids


def in_words(text: str, ids, kind: str | None = None) -> str:
    """``text`` with each of ``ids`` it names (a caution's "overlaps with check_in") in words.

    Parameters
    ----------
    text
        A sentence that may name ids.
    ids
        The ids to look for (longest replaced first, whole words only).
    kind
        The table to word them from (see :func:`label`).
    """
    for value in sorted({str(i) for i in ids if not is_missing(i)}, key=len, reverse=True):
        words = label(value, kind, missing="not recorded")
        text = re.sub(rf"(?<![\w-]){re.escape(value)}(?![\w-])", words, text)
    return text
