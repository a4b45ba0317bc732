"""Files a widget has written, offered as download links instead of bare paths.

A link carries the file itself as a ``data:`` address with the HTML ``download``
attribute, so it works the same in Jupyter, JupyterLab and Voila (which serves no files
from a learner's folder by default) and on a shared server: the page only ever holds the
files this learner's own kernel just wrote, never a path into anyone else's folder.
"""

from __future__ import annotations

import base64
import html
import mimetypes
from pathlib import Path

#: Kinds of file by suffix, as a person would name them next to a link.
KINDS = {".html": "web page", ".pdf": "PDF", ".md": "text", ".csv": "spreadsheet (CSV)"}
#: Content types by suffix (not left to the system's table, which varies).
MIME = {
    ".html": "text/html",
    ".pdf": "application/pdf",
    ".md": "text/markdown",
    ".csv": "text/csv",
    ".json": "application/json",
}
#: Larger files are not put in the page (the link names the file instead).
MAX_BYTES = 5_000_000


def download_link(path: str | Path, text: str | None = None) -> str:
    """An ``<a download>`` link holding the file at ``path``.

    Parameters
    ----------
    path
        A file this learner's kernel wrote.
    text
        The link's words; by default "Download <name> (<kind>)".

    Returns
    -------
    str
        HTML for one link, or a sentence naming the file when it is too large to embed.
    """
    path = Path(path)
    kind = KINDS.get(path.suffix.lower(), "file")
    words = text or f"Download {path.name} ({kind})"
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        return html.escape(f"{path.name} is too large to offer here; it is in {path.parent}.")
    mime = MIME.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0]
    mime = mime or "application/octet-stream"
    href = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
    return (
        f'<a download="{html.escape(path.name, quote=True)}" href="{href}" '
        f'title="{html.escape(path.name, quote=True)}">{html.escape(words)}</a>'
    )


def download_links(paths, lead: str = "Ready:", what: str | None = None) -> str:
    """One paragraph with a download link for each of ``paths`` (e.g. an HTML and a PDF).

    ``what`` names the content ("the cards"); each link then reads "Download the cards
    (PDF)"; without it, each link names its file.
    """
    links = " · ".join(
        download_link(p, f"Download {what} ({KINDS.get(Path(p).suffix.lower(), 'file')})")
        if what
        else download_link(p)
        for p in paths
    )
    return f'<p class="cg-tight">{html.escape(lead)} {links}</p>'
