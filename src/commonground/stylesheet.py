"""The course's one stylesheet (``static/commonground.css``), read by section.

Pure Python (no widgets), so the printable pages can embed the rules they need. The file
is split into sections marked ``/* == name == */``: ``widgets`` for the lesson widgets
and the printable prep card, ``shell`` for the course's Voila template.
"""

from __future__ import annotations

import re
from functools import lru_cache

from commonground import resources

_SECTION = re.compile(r"/\* == ([\w -]+?) == \*/")


@lru_cache(maxsize=1)
def text() -> str:
    """The whole stylesheet file."""
    return resources.stylesheet().read_text(encoding="utf-8")


def section(name: str, css: str | None = None) -> str:
    """The rules of one section, from its marker up to the next section's.

    Parameters
    ----------
    name
        The section's name, e.g. ``"widgets"``.
    css
        Stylesheet text to read instead of the package's file.

    Raises
    ------
    KeyError
        When there is no such section.
    """
    css = text() if css is None else css
    marks = list(_SECTION.finditer(css))
    for n, mark in enumerate(marks):
        if mark.group(1).strip() == name:
            end = marks[n + 1].start() if n + 1 < len(marks) else len(css)
            return css[mark.end() : end].strip()
    raise KeyError(f"{resources.stylesheet().name} has no section {name!r}")
