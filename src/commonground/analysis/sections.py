"""Lesson 11's analysis of one log as one HTML page section, for any validated log.

Lesson 11 (and the report built from it) runs these steps cell by cell on a file on
disk; :func:`analysis_html` runs the same steps, with the same headings, tables, plots
(each with its text summary) and sentences, on a :class:`~commonground.outcomes.LogResult`
however it was read (an upload in the app is read in memory, see
:mod:`commonground.widgets.log_upload`). Every text from the file (its name, group
names) is escaped.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from commonground.outcomes.results import LogResult


def _lines(lines) -> str:
    return "".join(f"<p class='cg-tight'>{html.escape(str(line))}</p>" for line in lines)


def _heading(text: str) -> str:
    return f"<h3>{html.escape(text)}</h3>"


def _figure(pair) -> str:
    import matplotlib.pyplot as plt

    from commonground.analysis.plots import figure_html

    fig, summary = pair
    try:
        return figure_html(fig, summary)
    finally:
        plt.close(fig)


def title_html(name: str, log, today: dt.date | None = None, show_names: bool = False) -> str:
    """The report's title (:func:`~commonground.analysis.report_tables.title`) as HTML."""
    from commonground.analysis import report_tables as tables

    parts = []
    for line in tables.title(name, log, today=today, show_names=show_names).splitlines():
        if not line:
            continue
        if line.startswith("# "):
            parts.append(f"<h2>{html.escape(line[2:])}</h2>")
        else:
            text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", html.escape(line))
            parts.append(f"<p class='cg-tight'>{text}</p>")
    return "".join(parts)


def analysis_html(
    result: LogResult, name: str, today: dt.date | None = None, show_names: bool = False
) -> str:
    """The analysis of ``result``'s accepted rows, section by section, as HTML.

    Parameters
    ----------
    result
        A validated log with at least one accepted row.
    name
        The log's file name, for the title.
    today
        The run date in the title (default: today).
    show_names
        Show organizers and ask types as written (default: pseudonyms and hidden
        names, see :mod:`commonground.analysis.shown`).
    """
    from commonground.analysis import (
        adjusted,
        conversion,
        findings,
        followup,
        organizers,
        plots,
        winback,
    )
    from commonground.analysis import report_tables as tables
    from commonground.analysis.shown import report_view

    log, privacy = report_view(result.accepted, show_names=show_names)
    set_aside = len(result.quarantine)
    out = [
        title_html(name, log, today, show_names=show_names),
        _lines([f"{result.n_read} meetings read, {len(log)} analysed, {set_aside} set aside."]),
        _lines(f"Note: {notice}" for notice in result.notices),
        _lines(f"Privacy: {note}" for note in privacy),
        _heading("From ask to showing up"),
        _figure(plots.funnel_plot(conversion.funnel(log))),
        _heading("Which kinds of ask get a yes?"),
    ]
    by_ask_type = tables.labelled(conversion.conversion_by(log, "ask_type"), "ask_type")
    out.append(_figure(plots.conversion_plot(by_ask_type, "Ask -> yes by kind of ask")))

    out.append(_heading("The practices, one at a time"))
    by_practice = conversion.conversion_by_practice(log)
    out.append(tables.Table(tables.practice_table(by_practice))._repr_html_())
    specific = tables.labelled(by_practice[by_practice["practice"] == "ask_specific"], None)
    out.append(_figure(plots.conversion_plot(specific, "Ask -> yes, specific ask or not")))

    out.append(_heading("The practices side by side"))
    model = adjusted.adjusted_odds_ratios(log)
    out.append(_lines([f"{model.n_used} complete meetings used, {model.n_dropped} left out."]))
    out.append(_lines(f"Caution: {warning}" for warning in model.warnings))
    practices = model.practices()
    out.append(_figure(plots.odds_ratio_plot(tables.labelled(practices, None, "term"))))
    refs = model.references
    out.append(
        _lines(
            "- " + findings.adjusted_sentence(r.term, r.odds_ratio, r.ci_low, r.ci_high, refs)
            for r in practices.itertuples()
        )
    )

    out.append(_heading("Winning back a maybe or a no"))
    wins = winback.win_back(log)
    out.append(tables.Table(tables.win_back_table(wins))._repr_html_())
    out.append(_lines(f"- {sentence}" for sentence in findings.win_back_sentences(wins)))

    out.append(_heading("Following up and showing up"))
    by_kind = tables.labelled(followup.show_up_by_follow_up(log), "follow_up")
    out.append(_figure(plots.follow_up_plot(by_kind, followup.show_up_by_days(log))))

    out.append(_heading("Coaching, not ranking"))
    coaching, notes = organizers.coaching_table(log, show_names=show_names)
    out.append(_lines(f"Note: {note}" for note in notes))
    out.append(tables.Table(tables.coaching_table(coaching))._repr_html_())
    return "".join(out)
