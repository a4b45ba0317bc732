"""The outcome-log columns, as data (the contract in ``docs/outcome-data.md``, "The columns").

One row of a log is one one-on-one meeting. :data:`COLUMNS` lists every column of the
contract in the contract's order, each with its kind, whether it is required, and the
allowed values or range. Reading, validation, the generator and the analysis all read
this table instead of repeating it.

Examples
--------
>>> from commonground.outcomes.schema import COLUMNS, column
>>> [c.name for c in COLUMNS][:4]
['meeting_id', 'date', 'organizer', 'contact']
>>> column("response").values
('yes', 'maybe', 'no')
"""

from __future__ import annotations

from dataclasses import dataclass

#: The kinds a column can have; each maps to one parser in :mod:`.parsing`.
KINDS = ("text", "date", "category", "integer", "boolean")

#: Spellings accepted for booleans (compared after trimming and lower-casing). After the
#: usual ones, TRUE and FALSE as Excel writes them to a CSV in a French, German,
#: Spanish, Italian, Portuguese or Dutch locale (VRAI, WAHR, VERDADERO, VERO,
#: VERDADEIRO, WAAR; FAUX, FALSCH, FALSO, ONWAAR): a boolean cell saved there.
TRUE_WORDS = ("true", "yes", "y", "1", "vrai", "wahr", "verdadero", "vero", "verdadeiro", "waar")
FALSE_WORDS = ("false", "no", "n", "0", "faux", "falsch", "falso", "onwaar")

#: The ``purpose`` values; they are the ids of ``method.purposes`` (a test checks it).
PURPOSES = ("get_to_know", "explore_working_together", "deepen_relationship", "check_in")

#: Ask types used by the samples; ``ask_type`` itself is an open vocabulary.
SAMPLE_ASK_TYPES = (
    "canvass",
    "phone_bank",
    "host_house_party",
    "attend_event",
    "join_team",
    "lead_role",
    "recruit_friends",
    "donate",
    "next_one_on_one",
)


@dataclass(frozen=True)
class Column:
    """One column of the outcome log.

    Attributes
    ----------
    name
        Column name as written in the header (lower-case, underscores).
    kind
        One of :data:`KINDS`.
    required
        The column must be present and every row must have a value.
    values
        For a closed-vocabulary category, the allowed values; ``None`` otherwise
        (``ask_type`` is an open vocabulary).
    minimum, maximum
        Inclusive range for integers (``None`` = unbounded).
    meaning
        One line of plain language, for docs and messages.
    """

    name: str
    kind: str
    required: bool
    meaning: str
    values: tuple[str, ...] | None = None
    minimum: int | None = None
    maximum: int | None = None


COLUMNS: tuple[Column, ...] = (
    Column("meeting_id", "text", True, "the meeting's own id, unique per row"),
    Column("date", "date", True, "the day the meeting happened (YYYY-MM-DD)"),
    Column("organizer", "text", True, "who held it (a name or an id)"),
    Column("contact", "text", True, "who they met: an id, never required to be a name"),
    Column("purpose", "category", False, "why the meeting was set up", PURPOSES),
    Column("setting", "category", False, "where it happened", ("in_person", "phone", "video")),
    Column("duration_min", "integer", False, "how long it lasted, minutes", None, 1, 240),
    Column("prepared", "boolean", False, "the organizer prepared goals, questions and asks"),
    Column("story_shared", "boolean", False, "the organizer shared their own story"),
    Column("open_questions", "integer", False, "open-ended questions asked", None, 0, None),
    Column("common_ground", "boolean", False, "common ground was named out loud"),
    Column("ask_type", "category", True, "what the person was asked to do (open vocabulary)"),
    Column("ask_specific", "boolean", True, "the ask named an activity, day/time and place"),
    Column("ask_fit", "boolean", False, "the ask matched the person's interests"),
    Column("response", "category", True, "the first answer to the ask", ("yes", "maybe", "no")),
    Column(
        "no_reason",
        "category",
        False,
        "for a no: the timing or the activity",
        ("timing", "activity", "other"),
    ),
    Column("alternative_offered", "boolean", False, "an adjusted ask or alternative was offered"),
    Column(
        "final_response",
        "category",
        False,
        "the answer at the end of the meeting",
        ("yes", "maybe", "no"),
    ),
    Column(
        "follow_up",
        "category",
        False,
        "what follow-up happened after the meeting",
        ("none", "confirmation", "thanks", "both"),
    ),
    Column("follow_up_days", "integer", False, "days from meeting to first follow-up", None, 0),
    Column("showed_up", "boolean", False, "the committed action actually happened"),
    Column("notes", "text", False, "free text; never needed by the analysis"),
)

#: Column names in contract order.
COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)
#: Names of the required columns.
REQUIRED: tuple[str, ...] = tuple(c.name for c in COLUMNS if c.required)

_BY_NAME = {c.name: c for c in COLUMNS}


def column(name: str) -> Column:
    """Return the :class:`Column` called ``name`` (``KeyError`` when not in the contract)."""
    return _BY_NAME[name]


def is_spec_column(name: str) -> bool:
    """Return True when ``name`` is one of the contract's columns."""
    return name in _BY_NAME
