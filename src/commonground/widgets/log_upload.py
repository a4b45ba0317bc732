"""Lesson 11 in the app: analyse the trainer's own log, chosen from their computer.

The file is read in memory (:func:`commonground.outcomes.read_log_bytes`), validated with
the same messages as on the command line (file name, row, column), and analysed as the
lesson analyses its sample (:func:`commonground.analysis.sections.analysis_html`).
Nothing is written to disk, and the upload is let go as soon as it has been read.
"""

from __future__ import annotations

import datetime as dt

import ipywidgets as w

from commonground.errors import CommonGroundError
from commonground.widgets._common import esc, note
from commonground.widgets._style import CourseBox

#: Problems listed under the upload; the rest are counted.
SHOWN_PROBLEMS = 10
ACCEPT = ".csv,.xlsx,.parquet"


class LogUpload(CourseBox):
    """A labelled file chooser, a status line, and the analysis of the chosen log.

    Attributes
    ----------
    upload : ipywidgets.FileUpload
        One .csv, .xlsx or .parquet file (a button: Enter or Space opens the chooser).
    status : ipywidgets.HTML
        What was read, or what is wrong with the file (file, row, column).
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
        self.status = w.HTML()
        self.report = w.HTML()
        self.upload.observe(self._on_upload, names="value")
        super().__init__([intro, self.upload, self.status, self.report])

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
            result = read_log_bytes(content, name)
        except CommonGroundError as exc:
            self.status.value = note(str(exc), "problem")
            return
        lines = [note(result.summary(), "ok" if result.ok else "problem")]
        shown = result.problems[:SHOWN_PROBLEMS]
        if shown:
            items = "".join(f"<li>{esc(name)}, {esc(problem)}</li>" for problem in shown)
            lines.append(f"<p>Set aside, not guessed at:</p><ul>{items}</ul>")
        if len(result.problems) > len(shown):
            more = len(result.problems) - len(shown)
            lines.append(note(f"... and {more} more problem(s) like these."))
        if result.accepted.empty:
            lines.append(note("No meeting in this file could be analysed.", "problem"))
        self.status.value = "".join(lines)
        if not result.accepted.empty:
            from commonground.analysis.sections import analysis_html

            self.report.value = analysis_html(result, name, today=self.today)


def log_upload(today: dt.date | None = None) -> LogUpload:
    """Lesson 11's "analyse your own log" upload (see :class:`LogUpload`)."""
    return LogUpload(today=today)
