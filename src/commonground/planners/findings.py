"""What a planner check reports: one :class:`Finding` per thing missing or vague."""

from __future__ import annotations

from dataclasses import dataclass

#: ``missing``: nothing there; ``vague``: there but not yet what the method asks;
#: ``warning``: worth a second look (e.g. an unusual length).
SEVERITIES = ("missing", "vague", "warning")


@dataclass(frozen=True)
class Finding:
    """One problem found in a learner's plan, story or message.

    Attributes
    ----------
    element
        The method element id it concerns (e.g. ``"specific_ask_ready"``).
    severity
        One of :data:`SEVERITIES`.
    message
        A sentence for the learner saying what to add or change.
    field
        The form field it is about, when there is one.
    """

    element: str
    severity: str
    message: str
    field: str = ""

    def __post_init__(self):
        if self.severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {SEVERITIES}, not {self.severity!r}")


def word_count(text: str) -> int:
    """Number of words in ``text`` (whitespace-separated)."""
    return len(str(text or "").split())


def describe_findings(findings: list[Finding], ok_text: str = "Nothing missing.") -> str:
    """Findings as plain text, one ``- Step (how serious): message`` line each (or ``ok_text``).

    The step and the severity are worded through :func:`commonground.labels.label`.
    """
    from commonground.labels import label

    if not findings:
        return ok_text
    return "\n".join(
        f"- {label(f.element, 'element')} ({label(f.severity, 'severity')}): {f.message}"
        for f in findings
    )
