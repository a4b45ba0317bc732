"""Lesson 11 in the app: analyse the trainer's own log, chosen from their computer.

The file is read in memory (:func:`commonground.outcomes.read_log_bytes`), validated with
the same messages as on the command line (row, column), and analysed as the lesson
analyses its sample (:func:`commonground.analysis.sections.analysis_html`). Nothing is
written to disk, and the upload is let go as soon as it has been read.

A file may be named after the person who keeps it and a facilitator's screen may be
projected, so the summary says "the uploaded log" unless the trainer ticks "Show the
file's name" (as ``--show-names`` on the command line); ticking it, or not, redraws
the summary without choosing the file again. "Slashed dates" and "Sheet" say how to
read the file, as ``--date-order`` and ``--sheet`` do on the command line (messages name
these choices, not the options); the bytes are not kept, so a choice changed after a
file was read applies when it is chosen again.

A sheet the workbook does not have is refused saying how many sheets it has, by number,
with a title only when it cannot name someone (:func:`privacy.shown_value`: a sheet per
organizer is titled "Maria Lopez"); the command line lists every title, in the trainer's
own terminal. Every title is in the "Sheets in the workbook" list that then appears: a
closed list shows none, the trainer opens it to see them (as the file chooser shows
their files), and choosing one puts its number in the "Sheet" box, so no title stays on
the screen.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import ipywidgets as w

from commonground.errors import CommonGroundError
from commonground.widgets._common import esc, note
from commonground.widgets._style import CourseBox
from commonground.widgets._text import Text

#: Problems listed under the upload; the rest are counted.
SHOWN_PROBLEMS = 10
ACCEPT = ".csv,.xlsx,.parquet"
#: What the summary calls the file unless its name is asked for.
UNNAMED = "the uploaded log"


@dataclass(frozen=True)
class _Summary:
    """What the status shows of a read log: counts and masked problems, not its rows."""

    n_read: int
    accepted: int
    quarantined: int
    problems: list  # the first SHOWN_PROBLEMS (values masked)
    n_problems: int

    @classmethod
    def of(cls, result) -> _Summary:
        counts = (result.n_read, len(result.accepted), len(result.quarantine))
        return cls(*counts, result.problems[:SHOWN_PROBLEMS], len(result.problems))

    @property
    def ok(self) -> bool:
        return self.quarantined == 0

    @property
    def none_accepted(self) -> bool:
        return self.accepted == 0

    def line(self, called: str) -> str:
        """The summary line, as :meth:`LogResult.summary` words it."""
        return (
            f"{called}: {self.n_read} rows read, {self.accepted} accepted, "
            f"{self.quarantined} quarantined"
        )


class LogUpload(CourseBox):
    """A labelled file chooser, a status line, and the analysis of the chosen log.

    Attributes
    ----------
    upload : ipywidgets.FileUpload
        One .csv, .xlsx or .parquet file (a button: Enter or Space opens the chooser).
    date_order : ipywidgets.Dropdown
        How slashed dates (03/04/2026) are written: never guessed (``None``), ``dmy``
        or ``mdy`` (``--date-order``).
    sheet : ipywidgets.Text
        A workbook's sheet, by number or name (``--sheet``); empty: the first that
        holds the log.
    sheet_list : ipywidgets.Dropdown
        Shown only when a sheet asked for is not in the workbook: its sheets, by number
        and title, for the trainer to open and choose from (the choice goes to ``sheet``
        as its number, and the list closes on its placeholder again).
    show_name : ipywidgets.Checkbox
        "Show the file's name": off, the summary says "the uploaded log".
    status : ipywidgets.HTML
        What was read, or what is wrong with the file (row, column).
    report : ipywidgets.HTML
        The analysis of the log, as in the lesson (plots with their text summaries).
    """

    def __init__(self, today: dt.date | None = None):
        self.today = today
        intro = w.HTML(
            "<p><b>Analyse your own log.</b> Choose your team's outcome log (.csv, .xlsx "
            "or .parquet). It is read on this computer, in memory; nothing is saved or "
            "sent anywhere.</p>"
        )
        self.upload = w.FileUpload(
            accept=ACCEPT,
            multiple=False,
            description="Choose my log file",
            tooltip="Choose an outcome log (.csv, .xlsx or .parquet) to analyse",
        )
        self.date_order = w.Dropdown(
            options=[("never guessed (write YYYY-MM-DD)", None),
                     ("day first: 03/04/2026 is 3 April", "dmy"),
                     ("month first: 03/04/2026 is March 4", "mdy")],
            value=None,
            description="Slashed dates",
        )  # fmt: skip
        # cut and said so, as every box typed into (a sheet's title is at most 31 characters)
        self.sheet = Text(
            value="", placeholder="a workbook's sheet: number or name", description="Sheet"
        )
        self.sheet_list = w.Dropdown(
            options=[("", "")],
            value="",
            description="Sheets in the workbook",
            style={"description_width": "initial"},
            layout=w.Layout(display="none"),
        )
        self.show_name = w.Checkbox(
            value=False,
            description="Show the file's name",
            tooltip="Off: the summary says 'the uploaded log' (a screen may be projected)",
            indent=False,
        )
        self.status = w.HTML()
        self.report = w.HTML()
        self._shown: tuple[str, _Summary | CommonGroundError] | None = None
        self.upload.observe(self._on_upload, names="value")
        self.show_name.observe(lambda _: self._show_status(), names="value")
        self.date_order.observe(self._choice_changed, names="value")
        self.sheet.observe(self._choice_changed, names="value")
        self.sheet_list.observe(self._sheet_chosen, names="value")
        super().__init__(
            [intro, self.date_order, self.sheet, self.upload, self.show_name, self.status,
             self.sheet_list, self.report]
        )  # fmt: skip

    def _sheet_chosen(self, change) -> None:
        """A sheet chosen from the list: its number goes to the "Sheet" box."""
        if not change["new"]:  # the placeholder: nothing chosen
            return
        self.sheet.value = change["new"]
        self.sheet_list.value = ""  # back on the placeholder: the closed list shows no title

    def _offer_sheets(self, titles: list[str] | None) -> None:
        """Show the list of ``titles`` to choose from, or hide it (``None``)."""
        if not titles:
            self.sheet_list.layout.display = "none"
            self.sheet_list.options = [("", "")]
            return
        self.sheet_list.options = [
            (f"{len(titles)} sheets: open the list to choose one", ""),
            *((f"{n}: {title}", str(n)) for n, title in enumerate(titles, start=1)),
        ]
        self.sheet_list.value = ""
        self.sheet_list.layout.display = None

    def _choice_changed(self, _) -> None:
        if self._shown is not None:  # the bytes were let go: the file must come again
            self.status.value += note("Choose the file again to read it this way.")

    def _on_upload(self, change) -> None:
        files = change["new"]
        if not files:
            return
        chosen = files[0]
        name, content = chosen["name"], bytes(chosen["content"])
        self.upload.value = ()  # let the bytes go: nothing of the file is kept
        self.analyse(name, content)

    def analyse(self, name: str, content: bytes) -> None:
        """Read, validate and analyse ``content`` (a log file named ``name``)."""
        from commonground.outcomes import read_log_bytes

        self.report.value = ""
        try:
            result = read_log_bytes(
                content,
                name,
                sheet=self.sheet.value.strip() or None,
                date_order=self.date_order.value,
            )
        except CommonGroundError as exc:
            self._shown = (name, exc)
            self._offer_sheets(getattr(exc, "titles", None))  # a NoSuchSheetError's
            self._show_status()
            return
        self._offer_sheets(None)
        self._shown = (name, _Summary.of(result))  # not the rows: only what is shown
        self._show_status()
        if not result.accepted.empty:
            from commonground.analysis.sections import analysis_html

            self.report.value = analysis_html(result, name, today=self.today)

    def _show_status(self) -> None:
        """Draw the summary of the last file, named as the checkbox says."""
        if self._shown is None:
            return
        name, result = self._shown
        called = name if self.show_name.value else UNNAMED
        if getattr(result, "titles", None) is not None:  # a sheet the workbook lacks
            self.status.value = note(f"{called}: {no_such_sheet(result)}", "problem")
            return
        if isinstance(result, CommonGroundError):
            message = str(result)
            path = getattr(result, "path", None)
            if path is not None and message.startswith(f"{path}: "):
                message = f"{called}: {message[len(path) + 2 :]}"
            elif not self.show_name.value:
                message = message.replace(name, UNNAMED)
            self.status.value = note(in_app_words(message), "problem")
            return
        lines = [note(result.line(called), "ok" if result.ok else "problem")]
        shown = result.problems[:SHOWN_PROBLEMS]
        if shown:
            where = f"{esc(name)}, " if self.show_name.value else ""
            items = "".join(f"<li>{where}{esc(in_app_words(str(p)))}</li>" for p in shown)
            lines.append(f"<p>Set aside, not guessed at:</p><ul>{items}</ul>")
        if result.n_problems > len(shown):
            more = result.n_problems - len(shown)
            lines.append(note(f"... and {more} more problem(s) like these."))
        if result.none_accepted:
            lines.append(note("No meeting in this file could be analysed.", "problem"))
        self.status.value = "".join(lines)


#: The command line's reading options, as the upload names its own choices.
_IN_APP = (
    (r"with --date-order dmy \(day first\) or mdy \(month first\)",
     "with the 'Slashed dates' choice above"),
    (r"--date-order dmy", "'Slashed dates: day first' above"),
    (r"--date-order mdy", "'Slashed dates: month first' above"),
    (r"--sheet(?: \S+)? chooses", "the 'Sheet' box chooses"),
    (r"--sheet", "the 'Sheet' box"),
)  # fmt: skip


def in_app_words(message: str) -> str:
    """``message`` with ``--date-order`` and ``--sheet`` named as the upload's choices.

    Examples
    --------
    >>> in_app_words("read day/month/year (--date-order dmy)")
    "read day/month/year ('Slashed dates: day first' above)"
    """
    for pattern, words in _IN_APP:
        message = re.sub(pattern, words, message)
    return message


def no_such_sheet(error) -> str:
    """The refusal of a sheet the workbook lacks, for a screen that may be projected.

    The sheets are counted and numbered; a title is shown only when it cannot name
    someone (:func:`commonground.outcomes.privacy.shown_value`), and so is the name
    asked for.

    Examples
    --------
    >>> from commonground.outcomes.loading.workbook import NoSuchSheetError
    >>> no_such_sheet(NoSuchSheetError("b.xlsx", "April", ["Summary", "Maria Lopez"]))  # doctest: +NORMALIZE_WHITESPACE
    "has no sheet 'April': the workbook has 2 sheets: 1 'Summary', 2 (a title that may
    name someone is not shown here). Choose one in the 'Sheets in the workbook' list
    below, or type its number in the 'Sheet' box, and choose the file again."
    """
    from commonground.outcomes.privacy import shown_value

    asked = (
        f"no sheet {error.asked!r}"
        if shown_value(error.asked) == error.asked
        else ("no sheet of the name typed in the 'Sheet' box")
    )
    listed = [
        f"{n} {title!r}" if shown_value(title) == title else str(n)
        for n, title in enumerate(error.titles, start=1)
    ]
    hidden = len([t for t in error.titles if shown_value(t) != t])
    why = (
        " (a title that may name someone is not shown here)"
        if hidden == 1
        else " (titles that may name someone are not shown here)"
    )
    return (
        f"has {asked}: the workbook has {len(error.titles)} sheet"
        f"{'' if len(error.titles) == 1 else 's'}: {', '.join(listed)}{why if hidden else ''}. "
        "Choose one in the 'Sheets in the workbook' list below, or type its number in the "
        "'Sheet' box, and choose the file again."
    )


def log_upload(today: dt.date | None = None) -> LogUpload:
    """Lesson 11's "analyse your own log" upload (see :class:`LogUpload`)."""
    return LogUpload(today=today)
