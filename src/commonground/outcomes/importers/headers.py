"""Finding an export's columns: headers compared without case, spaces or punctuation.

``Event Type``, ``event_type``, ``event.event_type`` and ``eventType`` all have the key
``eventtype`` (the dotted name keeps its prefix: ``event.event_type`` is
``eventeventtype``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def header_key(name: object) -> str:
    """A header as compared: lower-case, without spaces, underscores, dots or hyphens.

    Examples
    --------
    >>> header_key("Event Type"), header_key("status_name"), header_key("status.name")
    ('eventtype', 'statusname', 'statusname')
    """
    return re.sub(r"[\s_.\-]+", "", str(name).replace("\ufeff", "")).lower()


def find_column(headers: Iterable[str], candidates: Iterable[str]) -> str | None:
    """The first header matching one of ``candidates`` (in the candidates' order)."""
    by_key: dict[str, str] = {}
    for name in headers:
        by_key.setdefault(header_key(name), name)
    for wanted in candidates:
        if header_key(wanted) in by_key:
            return by_key[header_key(wanted)]
    return None
