"""Small helpers shared by the lesson widgets."""

from __future__ import annotations

import html
import warnings

from commonground import journal
from commonground.errors import CommonGroundError

STYLE = {"description_width": "initial"}
COLOURS = {"ok": "#1a7f37", "problem": "#b35900", "info": "#555"}


def esc(text: object) -> str:
    """Escape text for an HTML widget."""
    return html.escape(str(text), quote=True)


def dialogue_html(setting: str, lines, number: int) -> str:
    """A short numbered exchange (``lines`` of ``(who, text)``) as a small HTML dialogue."""
    body = "".join(
        f"<p style='margin:2px 0'><b>{esc(who)}:</b> {esc(text)}</p>" for who, text in lines
    )
    return (
        f"<h4 style='margin:8px 0 2px'>{number}. {esc(setting)}</h4>"
        f"<div style='border-left:3px solid #ccc;padding-left:8px'>{body}</div>"
    )


def clear_when_changed(inputs, *outputs) -> None:
    """Empty ``outputs`` (HTML widgets) whenever one of ``inputs`` changes its value.

    A verdict on what the learner typed or picked must not stay on screen beside
    something new: once the input changes, the old message goes, and pressing the
    button again gives the verdict on what is there now. Hook it up after restoring saved
    values, so a restored verdict stays until the first edit.
    """

    def _clear(_change) -> None:
        for output in outputs:
            output.value = ""

    for widget in inputs:
        widget.observe(_clear, names="value")


def note(text: str, tone: str = "info") -> str:
    """An HTML paragraph coloured by tone (``ok``, ``problem`` or ``info``)."""
    return f'<p style="color:{COLOURS[tone]};margin:2px 0">{esc(text)}</p>'


def findings_html(findings, ok_text: str) -> str:
    """A list of findings as HTML, or ``ok_text`` in green when there are none."""
    if not findings:
        return note(ok_text, "ok")
    items = "".join(f"<li>{esc(f.message)}</li>" for f in findings)
    return f'<ul style="color:{COLOURS["problem"]};margin:2px 0">{items}</ul>'


def read_entries(learner: str | None, kind: str) -> tuple[list[dict], str]:
    """All saved entries of ``kind`` and an HTML notice (see :func:`read_saved`)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", journal.JournalNotice)
            j = journal.open_journal(learner)
            found = j.entries(kind)
    except CommonGroundError as exc:
        return [], note(str(exc), "problem")
    return found, "".join(note(n, "problem") for n in j.notices)


def read_saved(learner: str | None, kind: str) -> tuple[object, str]:
    """The latest saved ``data`` of ``kind`` and an HTML notice for the learner.

    Never raises for a journal problem: a damaged file moved aside, or a journal from a
    newer version, becomes a visible message (widget callbacks have no traceback to show
    in app mode).
    """
    found, notice = read_entries(learner, kind)
    return (found[-1]["data"] if found else None), notice


def save_entry(
    learner: str | None, kind: str, data: object, lesson: str, ok_text: str
) -> tuple[bool, str]:
    """Save to the journal; return whether it worked and an HTML status saying so."""
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", journal.JournalNotice)
            journal.open_journal(learner).save(kind, data, lesson=lesson)
    except (CommonGroundError, OSError) as exc:
        return False, note(f"Not saved: {exc}", "problem")
    notices = "".join(note(str(w.message), "problem") for w in caught)
    return True, notices + note(ok_text, "ok")
