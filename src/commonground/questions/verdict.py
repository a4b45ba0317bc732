"""A judge's decision on an answer: :class:`Verdict`, and :func:`verdict` to build one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Verdict:
    """A judge's decision: ``ok``, a one-line ``message`` and optional ``details``."""

    ok: bool
    message: str
    details: tuple[str, ...] = field(default=())


def verdict(problems: Sequence[str], success: str, failure: str = "") -> Verdict:
    """Build a verdict from a list of problems: ok when there are none."""
    problems = tuple(p for p in problems if p)
    if not problems:
        return Verdict(True, success)
    if len(problems) == 1 and not failure:
        return Verdict(False, problems[0])
    return Verdict(False, failure or "A few things to change:", problems)
