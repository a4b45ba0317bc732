"""A file as ipywidgets' FileUpload holds it once the browser has sent it (for tests)."""

from __future__ import annotations

import datetime as dt


def chosen_file(name: str, content: bytes) -> tuple[dict, ...]:
    """What ipywidgets' FileUpload holds once the browser has sent a file."""
    return (
        {
            "name": name,
            "type": "text/csv",
            "size": len(content),
            "content": memoryview(content),
            "last_modified": dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc),
        },
    )
