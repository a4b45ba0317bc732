"""The follow-up message of lesson 08: confirm what they agreed to, and thank them again.

:func:`check_commitment` names every missing detail (element ``confirm_commitment``) and
a missing thank-you (element ``thank_again``); :func:`compose_follow_up` writes the
message from whatever is there.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from commonground.planners.findings import Finding

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


def check_commitment(c: Commitment) -> list[Finding]:
    """Name each missing detail and a missing thank-you."""
    out = [
        Finding("confirm_commitment", "missing", f"Add {label}.", name)
        for name, label in DETAILS.items()
        if not getattr(c, name).strip()
    ]
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
