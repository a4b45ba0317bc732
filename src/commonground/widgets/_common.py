"""Small helpers shared by the lesson widgets: notes, feedback cards, journal access.

How things look is in the course's stylesheet (``static/commonground.css``, section
``widgets``); the HTML here only names classes from it.
"""

from __future__ import annotations

import html
import warnings

from commonground import journal
from commonground.errors import CommonGroundError

#: Every description the same width, so labels and inputs line up (the stylesheet
#: makes long descriptions wrap within it).
LABEL_WIDTH = "14em"
STYLE = {"description_width": LABEL_WIDTH}
#: Text colours of the three tones (the same as the stylesheet's ``.cg-note--*``).
COLOURS = {"ok": "#116329", "problem": "#8a4500", "info": "#3d4752"}

#: A feedback card's verdict -> the words on it (never colour alone).
VERDICTS = {
    "strong": "Strong",
    "could": "Could be stronger",
    "missed": "Did not land",
    "info": "Note",
}
#: The role-play engine's move qualities (``roleplay.model.QUALITIES``) -> verdict; a
#: line that did not do a step (no quality) did not land either.
#: The words on a right-or-not card (sorting and picking exercises).
RIGHT_WORDS = {True: "Right", False: "Not quite"}
QUALITY_VERDICTS = {"strong": "strong", "weak": "could", "harmful": "missed", "": "missed"}


def esc(text: object) -> str:
    """Escape text for an HTML widget."""
    return html.escape(str(text), quote=True)


def button(description: str, icon: str, style: str, tooltip: str):
    """A button as every lesson widget makes one: an icon, a tooltip, as wide as its text.

    ``style`` is ``"primary"`` for the main action of a widget, ``""`` otherwise.
    """
    import ipywidgets as w

    return w.Button(
        description=description,
        icon=icon,
        button_style=style,
        tooltip=tooltip,
        layout=w.Layout(width="auto"),
    )


def dialogue_html(setting: str, lines, number: int | None = None) -> str:
    """A short exchange (``lines`` of ``(who, text)``) as a small HTML dialogue, its
    title numbered when ``number`` is given."""
    body = "".join(f"<p><b>{esc(who)}:</b> {esc(text)}</p>" for who, text in lines)
    title = f"{number}. {esc(setting)}" if number is not None else esc(setting)
    return f"<h4 class='cg-dialogue__title'>{title}</h4><div class='cg-dialogue'>{body}</div>"


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
    if tone not in COLOURS:
        raise KeyError(f"unknown tone {tone!r}; one of {', '.join(COLOURS)}")
    return f'<p class="cg-note cg-note--{tone}">{esc(text)}</p>'


def card(verdict: str, body_html: str, label: str | None = None, detail: str = "") -> str:
    """A feedback card: the verdict in words, its colour, and the reasons.

    Parameters
    ----------
    verdict
        ``"strong"``, ``"could"`` (could be stronger), ``"missed"`` (did not land) or
        ``"info"``: the card's colour, and its words unless ``label`` is given.
    body_html
        The feedback itself, as HTML (escape learner text before passing it).
    label
        Words to show instead of the verdict's (e.g. ``"Right"`` on a quiz).
    detail
        Plain text after the label, e.g. the method step (escaped here).
    """
    if verdict not in VERDICTS:
        raise KeyError(f"unknown verdict {verdict!r}; one of {', '.join(VERDICTS)}")
    words = esc(label if label is not None else VERDICTS[verdict])
    tail = f" · {esc(detail)}" if detail else ""
    return (
        f'<div class="cg-card cg-card--{verdict}">'
        f'<p class="cg-card__label">{words}{tail}</p>{body_html}</div>'
    )


def quality_card(quality: str | None, body_html: str, detail: str = "") -> str:
    """A feedback card for a role-play move of the engine's ``quality`` (see :data:`QUALITY_VERDICTS`)."""
    return card(QUALITY_VERDICTS.get(quality or "", "info"), body_html, detail=detail)


def quality_words(quality: str | None) -> str:
    """The card words for an engine quality ("Could be stronger" for ``"weak"``)."""
    return VERDICTS[QUALITY_VERDICTS.get(quality or "", "info")]


def right_or_not(ok: bool, message: str) -> str:
    """A card for an answer that is right or not (a sorting or picking exercise)."""
    return card("strong" if ok else "missed", f"<p>{esc(message)}</p>", label=RIGHT_WORDS[ok])


def findings_html(findings, ok_text: str) -> str:
    """A list of findings as a "Could be stronger" card, or ``ok_text`` on a "Strong" one."""
    if not findings:
        return card("strong", f"<p>{esc(ok_text)}</p>")
    items = "".join(f"<li>{esc(f.message)}</li>" for f in findings)
    return card("could", f"<ul>{items}</ul>")


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
