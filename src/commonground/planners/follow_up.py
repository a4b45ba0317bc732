"""The follow-up message of lesson 08: confirm what they agreed to, and thank them again.

:func:`check_commitment` names every missing detail (element ``confirm_commitment``) and
a missing thank-you (element ``thank_again``); :func:`compose_follow_up` writes the
message from whatever is there.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from commonground.planners.findings import Finding
from commonground.planners.when import hedge, names_clock_time, names_day, vague_field

DETAILS = {
    "activity": "what they agreed to do",
    "date": "the date",
    "time": "the time",
    "place": "the place",
    "contact_person": "who to contact with questions",
}


@dataclass
class Commitment:
    """What someone agreed to, plus the thank-you line to send with it."""

    activity: str = ""
    date: str = ""
    time: str = ""
    place: str = ""
    contact_person: str = ""
    thanks: str = ""
    greeting_name: str = ""

    def to_dict(self) -> dict:
        """A JSON-ready dict (for the journal)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict | None) -> Commitment:
        """Rebuild from :meth:`to_dict` output (unknown keys ignored)."""
        data = data or {}
        return cls(**{k: str(data.get(k, "") or "") for k in asdict(cls())})


# Words that say someone will help without saying with what: "help out", "get involved",
# "support the campaign", "show up", "do some stuff".
_NO_TASK_WORDS = frozenset(
    """
    help helping helps out get getting involved involve involvement volunteer volunteering
    support supporting show up come along be there join in pitch lend a hand do doing some
    something stuff things thing more bit little the us you our your them with for to and
    campaign cause movement effort work it whatever anything whatever's participate
    contribute chip
    """.split()  # noqa: SIM905 (a word list reads better as text)
)


def _names_no_task(activity: str) -> bool:
    """True when an activity is only words of helping ("help out", "get involved")."""
    words = re.findall(r"[^\W\d_]+", activity.lower())
    return all(word in _NO_TASK_WORDS for word in words)


def _firm(name: str, value: str) -> str:
    """What keeps a filled-in detail from being one they can act on, or ``""``."""
    word = vague_field(value) if name in ("date", "time", "place") else hedge(value)
    if word:
        return f"'{word}' leaves {DETAILS[name]} open: confirm a firm one."
    if name == "activity" and _names_no_task(value):
        return (
            f"'{value}' does not say what they will do: name the task (e.g. knock on doors, "
            "phone bank, speak at the hearing)."
        )
    if name == "date" and not names_day(value):
        return "Give the day or the date (e.g. Tuesday 14 May)."
    if name == "time" and not names_clock_time(value):
        return "Give the time as a clock time (e.g. 10am)."
    return ""


def check_commitment(c: Commitment) -> list[Finding]:
    """Name each missing or open detail and a missing thank-you.

    A detail that is there but leaves it open ("tomorrow-ish", "TBD", "morning", a
    date with no day) is ``vague``: a confirmation is for details they can act on.
    """
    out = []
    for name, label in DETAILS.items():
        value = getattr(c, name).strip()
        if not value:
            out.append(Finding("confirm_commitment", "missing", f"Add {label}.", name))
        elif _firm(name, value):
            out.append(Finding("confirm_commitment", "vague", _firm(name, value), name))
    if c.thanks.strip() and not remembers_conversation(c.thanks):
        out.append(
            Finding(
                "thank_again",
                "vague",
                "Make the thank-you personal: mention something from your conversation.",
                "thanks",
            )
        )
    if not c.thanks.strip():
        out.append(
            Finding(
                "thank_again",
                "missing",
                "Add a thank-you that shows you remember the conversation.",
                "thanks",
            )
        )
    return out


# Words any thank-you could use: a line made only of these remembers nothing in particular.
_GENERIC = frozenset(
    """
    thank thanks thankyou thx ty cheers gracias merci danke so very much really a lot lots
    loads again for the your you yours our my me i we us it its it's was is were be been
    being this that today yesterday earlier tonight time taking meeting meet met chat
    chatting talk talking talked conversation call coffee great good nice lovely wonderful
    amazing awesome fantastic brilliant kind help helpful see then soon there okay ok
    hi hello hey dear and of to with in on at all just also very much appreciate
    appreciated appreciating grateful glad happy pleasure enjoyed enjoy fun look looking
    forward see seeing catch up speak xx best regards warmly love
    """.split()  # noqa: SIM905 (a word list reads better as text)
)


def remembers_conversation(thanks: str) -> bool:
    """True when a thank-you mentions something particular, not only "thanks for your time".

    The rule is about words, not length: at least one word that a generic thank-you
    would not need ("reading", "grandkids", "your story about the mould").
    """
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", thanks.lower().replace("’", "'"))
    return any(w not in _GENERIC and len(w) > 2 for w in words)


def compose_follow_up(c: Commitment) -> str:
    """The confirmation message: greeting, thanks, the details, who to contact."""
    hello = f"Hi {c.greeting_name.strip()}," if c.greeting_name.strip() else "Hi,"
    lines = [hello, ""]
    if c.thanks.strip():
        lines += [c.thanks.strip(), ""]
    what = c.activity.strip() or "what we talked about"
    lines.append(f"Just confirming: {what}.")
    when = ", ".join(x.strip() for x in (c.date, c.time) if x.strip())
    if when:
        lines.append(f"When: {when}")
    if c.place.strip():
        lines.append(f"Where: {c.place.strip()}")
    if c.contact_person.strip():
        lines.append(f"Questions or a change of plan: {c.contact_person.strip()}")
    lines += ["", "See you there, and thanks again."]
    return "\n".join(lines)
