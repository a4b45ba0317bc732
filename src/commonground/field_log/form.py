"""The questions of the "Log a 1:1 I held" form, and turning answers into a log row.

Each :class:`Question` says, in plain words, what the outcome log needs; ``ask`` says
when it is asked (e.g. the reason for a no only after a no). The terminal prompts and
the widget both walk :data:`QUESTIONS`. :func:`build_row` checks the answers, lets the
reader judge how specific the ask was from the words used, pseudonymises the contact,
checks the notes for phone numbers and e-mail addresses, and validates the row under
the outcome-log rules before anything is saved.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from commonground.labels import label
from commonground.outcomes.schema import PURPOSES, SAMPLE_ASK_TYPES

YES_NO_UNSURE = (("yes", "true"), ("no", "false"), ("not sure", ""))
ANSWERS = (("yes", "yes"), ("maybe", "maybe"), ("no", "no"))


@dataclass(frozen=True)
class Question:
    """One question: the answer's key, the words shown, the kind and the choices.

    ``kind`` is ``date``, ``text``, ``number``, ``choice`` or ``secret`` (the contact's
    name: used for the pseudonym, never saved). ``choices`` are ``(label, value)``.
    """

    key: str
    prompt: str
    kind: str
    choices: tuple[tuple[str, str], ...] = ()
    required: bool = False
    ask: Callable[[dict], bool] = lambda answers: True
    help: str = ""


def _final_yes(a: dict) -> bool:
    final = a.get("final_response") or a.get("response")
    return final == "yes"


QUESTIONS: tuple[Question, ...] = (
    Question("date", "When did you meet? (YYYY-MM-DD)", "date", required=True),
    Question("organizer", "Your name or volunteer id (as your team knows you)", "text",
             required=True),
    Question("contact_name", "Who did you meet? Their name becomes initials and a code; "
             "the name itself is never saved", "secret",
             ask=lambda a: not a.get("contact_id")),
    Question("contact_id", "Or their id in your team's list (a VAN or Mobilize id), kept "
             "as it is so attendance can be matched later", "text",
             ask=lambda a: not a.get("contact_name")),
    Question("purpose", "Why did you meet?", "choice",
             tuple((label(p, "purpose"), p) for p in PURPOSES)),
    Question("setting", "Where?", "choice",
             tuple((label(s, "setting"), s) for s in ("in_person", "phone", "video"))),
    Question("duration_min", "How long did it last, in minutes?", "number"),
    Question("prepared", "Did you prepare (goals, questions, an ask and alternatives)?",
             "choice", YES_NO_UNSURE),
    Question("story_shared", "Did you share your own story?", "choice", YES_NO_UNSURE),
    Question("open_questions", "About how many open questions did you ask?", "number"),
    Question("common_ground", "Did you name your common ground out loud?", "choice",
             YES_NO_UNSURE),
    Question("ask_type", "What did you ask them to do?", "choice",
             tuple((label(t, "ask_type"), t) for t in SAMPLE_ASK_TYPES), required=True),
    Question("ask_words", "The words you used for the ask (the reader checks how specific "
             "it was: an activity, a day or time, a place)", "text", required=True),
    Question("ask_fit", "Did the ask connect to something they told you?", "choice",
             YES_NO_UNSURE),
    Question("response", "What did they answer first?", "choice", ANSWERS, required=True),
    Question("no_reason", "Why no? Was it the timing or the activity?", "choice",
             (("the timing", "timing"), ("the activity", "activity"), ("something else",
              "other"), ("not sure", "")),
             ask=lambda a: a.get("response") == "no"),
    Question("alternative_offered", "Did you offer another date or another way to help?",
             "choice", YES_NO_UNSURE, ask=lambda a: a.get("response") in ("maybe", "no")),
    Question("final_response", "What did they answer to that?", "choice", ANSWERS,
             ask=lambda a: a.get("alternative_offered") == "true"),
    Question("event_date", "When is the thing they agreed to? (YYYY-MM-DD; you will be "
             "asked later whether they came)", "date", ask=_final_yes),
    Question("follow_up", "What follow-up did you do (or plan)?", "choice",
             (("none", "none"), ("a confirmation", "confirmation"), ("a thank-you", "thanks"),
              ("both", "both"))),
    Question("follow_up_days", "How many days after the meeting (0 = the same day)?",
             "number", ask=lambda a: a.get("follow_up") not in (None, "", "none")),
    Question("notes", "Notes for yourself (no phone numbers or e-mail addresses)", "text"),
)  # fmt: skip

QUESTION_BY_KEY = {q.key: q for q in QUESTIONS}

NOTES_WARNING = (
    "Your notes contain what looks like a phone number or an e-mail address. Take it out "
    "before saving: the log never keeps how to reach someone."
)


def asked(answers: dict) -> list[Question]:
    """The questions that apply, given the answers so far."""
    return [q for q in QUESTIONS if q.ask(answers)]


def is_specific(words: str) -> bool:
    """The reader's judgement: the ask names an activity, a time and a place."""
    from commonground.reader.asks import specificity

    return {"activity", "time", "place"} <= set(specificity(words or ""))


def new_meeting_id(date: str) -> str:
    """A fresh id, unique across volunteers: ``m-<date>-<8 random hex digits>``."""
    return f"m-{date}-{secrets.token_hex(4)}"


class FormError(ValueError):
    """Answers that cannot be saved; ``problems`` maps question keys to messages."""

    def __init__(self, problems: dict[str, str]):
        self.problems = problems
        super().__init__("; ".join(f"{k}: {v}" for k, v in problems.items()))


def build_row(answers: dict, *, salt: str | None = None, today: dt.date | None = None) -> dict:
    """Turn form answers into one outcome-log row (text cells), or raise :class:`FormError`.

    The contact's name is replaced by its pseudonym; the ask's words are read for
    specificity and not kept. The row is checked under the outcome-log rules
    (:func:`commonground.outcomes.validate_frame`); ``event_date`` may be in the future.
    """
    import pandas as pd  # here, not at the top: `commonground --help` must stay light

    from commonground.field_log.contacts import pseudonym
    from commonground.outcomes import privacy, validate_frame

    answers = {k: ("" if v is None else str(v).strip()) for k, v in answers.items()}
    problems: dict[str, str] = {}
    applicable = {q.key for q in asked(answers)}
    for q in QUESTIONS:
        if q.key not in applicable:
            answers[q.key] = ""
        elif q.required and not answers.get(q.key):
            problems[q.key] = "please answer this one"
        elif q.kind == "choice" and answers.get(q.key):
            chosen = _choice(answers[q.key], q.choices)
            if chosen is None:
                problems[q.key] = f"choose one of: {', '.join(words for words, _ in q.choices)}"
            else:
                answers[q.key] = chosen
    if not answers.get("contact_name") and not answers.get("contact_id"):
        problems["contact_name"] = "please say who you met (a name, or their id in your list)"
    contact_id = answers.get("contact_id", "")
    if contact_id and privacy.looks_personal(pd.Series([contact_id], dtype="str")).iloc[0]:
        problems["contact_id"] = "that looks like a phone number or an e-mail address, not an id"
    notes = answers.get("notes", "")
    if notes and privacy.looks_personal(pd.Series([notes], dtype="str")).iloc[0]:
        problems["notes"] = NOTES_WARNING
    event_date = answers.get("event_date", "")
    if event_date and not _is_date(event_date):
        problems["event_date"] = "write the date as YYYY-MM-DD"
    if problems:
        raise FormError(problems)
    row = {key: answers.get(key, "") for key in _LOG_KEYS}
    row["contact"] = contact_id or pseudonym(answers["contact_name"], salt)
    row["ask_specific"] = "true" if is_specific(answers["ask_words"]) else "false"
    row["meeting_id"] = new_meeting_id(answers["date"])
    row["showed_up"] = ""
    row["event_date"] = event_date
    result = validate_frame(pd.DataFrame([row], dtype="str").replace("", None))
    if not result.ok:
        raise FormError(
            {p.column or "row": p.message for p in result.problems if p.column != "contact"}
            or {"row": "this meeting breaks an outcome-log rule"}
        )
    return row


def _choice(answer: str, choices) -> str | None:
    """The value of the choice ``answer`` names (its value or its words, in any case,
    spaces or hyphens, quotation marks around it dropped: ``Yes``, ``Phone bank``), or
    None. The same leniency as the log's categories (:mod:`commonground.outcomes.parsing`).
    """
    import re

    from commonground.outcomes.parsing import QUOTED_VALUE

    def key(text: str) -> str:
        text = re.sub(QUOTED_VALUE, r"\1", text.strip())
        return re.sub(r"[\s\-]+", "_", text.lower())

    wanted = key(answer)
    for words, value in choices:
        if wanted in (key(value), key(words)):
            return value
    return None


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


_LOG_KEYS = (
    "meeting_id", "date", "organizer", "contact", "purpose", "setting", "duration_min",
    "prepared", "story_shared", "open_questions", "common_ground", "ask_type",
    "ask_specific", "ask_fit", "response", "no_reason", "alternative_offered",
    "final_response", "follow_up", "follow_up_days", "showed_up", "notes",
)  # fmt: skip

#: The columns of a volunteer's log file: the contract's, then ``event_date``.
LOG_COLUMNS = (*_LOG_KEYS, "event_date")
