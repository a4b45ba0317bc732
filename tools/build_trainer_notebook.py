"""Build notebooks/11_trainer_analysis.ipynb (outputs stripped) from the cells below.

Run from the repository root: ``.venv/bin/python tools/build_trainer_notebook.py``.
The notebook is the trainer's walk through an outcome log; ``commonground report``
runs it with papermill (parameters: ``log_path``, ``mark_complete``).
"""

from pathlib import Path

import nbformat as nbf

OUT = Path(__file__).resolve().parents[1] / "notebooks" / "11_trainer_analysis.ipynb"


#: Cells with this tag are the lesson's own words; ``commonground report`` leaves them out.
LESSON_ONLY = "lesson-only"


def md(text, lesson_only=False):
    cell = nbf.v4.new_markdown_cell(text.strip())
    if lesson_only:
        cell.metadata["tags"] = [LESSON_ONLY]
    return cell


def code(text, tags=(), lesson_only=False):
    cell = nbf.v4.new_code_cell(text.strip())
    tags = [*tags, LESSON_ONLY] if lesson_only else list(tags)
    if tags:
        cell.metadata["tags"] = tags
    return cell


CELLS = [
    md(
        """
# Lesson 11: Which asks convert

*For trainers. About 40 minutes.*

Your team writes one line in an **outcome log** after every one-on-one: what was asked,
how it was asked, what the person said, and whether they turned up. This notebook reads
that log and writes the report a trainer brings to the next session; `commonground
report` makes the same report, without this lesson's words, from your own log.

The log used here is **synthetic** (made up by the project's generator, no real people).
To run this on your own team's log, jump to the last section:

- [Your own log](#Your-own-log)
""",
        lesson_only=True,
    ),
    code(
        """
# Which log to analyse. `commonground report` replaces this cell's values.
log_path = "data/sample_season_log.csv"
mark_complete = True
""",
        tags=("parameters",),
    ),
    code(
        """
from IPython.display import Markdown, display

from commonground.analysis import adjusted, conversion, findings, followup, organizers
from commonground.analysis import plots, winback
from commonground.analysis import report_tables as tables
from commonground.analysis.report import resolve_log_path
from commonground.outcomes import read_log

source = resolve_log_path(log_path)
result = read_log(source)
log = result.accepted
display(Markdown(tables.title(source, log)))
print(f"{result.n_read} meetings read, {len(log)} analysed, {len(result.quarantine)} set aside.")
for notice in result.notices:
    print("Note:", notice)
"""
    ),
    md(
        """
The sections below answer the questions a trainer brings to the next session:

1. How many asks turn into a yes, and how many yeses turn into people who show up?
2. Do the practices we teach (a specific ask, an ask that fits, sharing your story, naming
   common ground, preparing) go with more yeses, once the kind of ask and the setting
   are taken into account?
3. When someone says *maybe* or *no*, does offering an alternative win them back?
4. Does following up change who shows up?
5. Where could each organizer use coaching?

Every number comes with a **95% interval**: the range of rates the log is consistent
with. When two intervals overlap, the log cannot tell the groups apart, and the report
says so instead of crowning a winner.
"""
    ),
    md(
        """
Rows that break the log's rules (an unknown answer, a date in the future, a reason
for a "no" on a "yes") are set aside, never guessed at, and counted above. Names,
phone numbers and e-mail addresses are never needed: the analysis works on ids and
counts only, and nothing below prints a contact.

## How sure can a rate be?

Before the real numbers, one small example. Eight yeses out of ten asks is 80%, but ten
asks is very little evidence. The **Wilson interval** gives the range of true rates
that would easily produce eight out of ten:
"""
    ),
    code(
        """
# NBVAL_CHECK_OUTPUT
low, high = conversion.wilson_interval([8, 80], [10, 100])
print(f"8 of 10:   80%, 95% interval {low[0]:.0%} to {high[0]:.0%}")
print(f"80 of 100: 80%, 95% interval {low[1]:.0%} to {high[1]:.0%}")
"""
    ),
    md(
        """
Same rate, very different certainty. Keep that in mind with small groups: the tables
below flag any group with fewer than 30 meetings.

## From ask to showing up

The log counts conversion in three steps:

* **ask → yes**: the first answer to the ask;
* **ask → yes after adjusting**: the answer at the end of the meeting, after any adjusted
  ask or alternative;
* **yes → showed up**: of the final yeses whose outcome is known, how many did the thing.
"""
    ),
    code(
        """
funnel = conversion.funnel(log)
fig, summary = plots.funnel_plot(funnel)
plots.show(fig, summary)
"""
    ),
    md(
        """
Organizers' rule of thumb is that about half of the people who say yes actually show
up (practitioner guides such as The Campaign Workshop and Swing Left; a rule of thumb,
not a study). The third step shows how your team compares.

## Which kinds of ask get a yes?

Some asks are simply bigger than others: leading a team is a larger step than coming to
an event. Compare like with like before judging a conversation.
"""
    ),
    code(
        """
by_ask_type = conversion.conversion_by(log, "ask_type")
labelled = tables.labelled(by_ask_type, "ask_type")
fig, summary = plots.conversion_plot(labelled, "Ask -> yes by kind of ask")
plots.show(fig, summary)
"""
    ),
    md(
        """
## The practices, one at a time

For each practice, the share of asks that got a yes with and without it. These are raw
comparisons: organizers who prepare may also tend to meet in person, so a difference
here can belong to something else. The next section separates them.
"""
    ),
    code(
        """
by_practice = conversion.conversion_by_practice(log)
display(tables.Table(tables.practice_table(by_practice)))
specific = tables.labelled(by_practice[by_practice["practice"] == "ask_specific"], None)
fig, summary = plots.conversion_plot(specific, "Ask -> yes, specific ask or not")
plots.show(fig, summary)
"""
    ),
    md(
        """
## The practices side by side

A **logistic regression** looks at all the practices at once, comparing meetings with
the same kind of ask in the same setting. It reports an **odds ratio** per practice:
above 1, that practice goes with more yeses; below 1, fewer; an interval that crosses 1
means the log cannot tell.

This is still a log, not an experiment: organizers chose what to do, so read these as
strong hints about what to coach, not proof. Published field experiments point the same
way for making a concrete plan (Nickerson & Rogers, 2010) and naming a date and time
(Milkman et al., 2011).
"""
    ),
    code(
        """
model = adjusted.adjusted_odds_ratios(log)
print(f"{model.n_used} complete meetings used, {model.n_dropped} left out.")
for warning in model.warnings:
    print("Caution:", warning)
fig, summary = plots.odds_ratio_plot(tables.labelled(model.practices(), None, "term"))
plots.show(fig, summary)
"""
    ),
    code(
        """
for row in model.practices().itertuples():
    print("-", findings.adjusted_sentence(
        row.term, row.odds_ratio, row.ci_low, row.ci_high, model.references))
"""
    ),
    md(
        """
## Winning back a maybe or a no

The method says: after a *maybe* or a *no*, find out whether it was the date and time or
the activity, then offer an adjusted ask or an alternative. Here is how often a meeting
still ended in a yes, with and without an alternative on the table.
"""
    ),
    code(
        """
wins = winback.win_back(log)
display(tables.Table(tables.win_back_table(wins)))
for sentence in findings.win_back_sentences(wins):
    print("-", sentence)
"""
    ),
    md(
        """
## Following up and showing up

A confirmation (date, time, place) and a thank-you are part of the method. Evidence on
reminders is mixed: a Maryland Democratic Party study reported three reminder calls
cutting no-shows by about 19% (as reported by a vendor; the original was not found),
while a 2021 Sister District experiment found no measurable rise from an extra personal
text. Your own log is the best guide for your own team.
"""
    ),
    code(
        """
by_kind = tables.labelled(followup.show_up_by_follow_up(log), "follow_up")
by_days = followup.show_up_by_days(log)
fig, summary = plots.follow_up_plot(by_kind, by_days)
plots.show(fig, summary)
"""
    ),
    md(
        """
## Coaching, not ranking

Raw rates from a handful of meetings jump around. The **shrunk rate** pulls each
organizer toward the team's rate, more for organizers with few meetings, by as much as
organizers really differ in this log (empirical Bayes). Use it to decide whom to sit in
with, and use the *most skipped* column to decide what to practise together. Organizer
values that look like names are shown as pseudonyms.
"""
    ),
    code(
        """
coaching, notes = organizers.coaching_table(log)
for note in notes:
    print("Note:", note)
display(tables.Table(tables.coaching_table(coaching)))
"""
    ),
    md(
        """
## For your next training

* Which practice has the clearest link with a yes in your log? Plan a role-play on it.
* Which first answers are most often won back with an alternative? Practise offering one.
* Is the show-up step where people are lost? Look at the follow-up section together.
"""
    ),
    md(
        """
## Your own log

Save your team's log as CSV, Excel or Parquet with the columns described in
`docs/outcome-data.md` (in the repository), then from a terminal:

```
commonground analyze my_log.csv          # a text summary
commonground report my_log.csv -o report.html   # this notebook as a web page, code hidden
```

or change `log_path` in the second cell above and run the notebook again.

## An export from your team's tool

If your team records signups or asks in NGP VAN / EveryAction, Mobilize, Action Network,
Empower or a 1:1 tracking sheet, you need not retype anything:

```
commonground log import --from mobilize attendances.json -o log.csv
commonground log import --suggest our_sheet.xlsx -o map.yaml      # any other spreadsheet
commonground log import --from mapping --mapping map.yaml our_sheet.xlsx -o log.csv
```

Rows that cannot be mapped are set aside with the reason, and the import says which
columns it used and which it left empty. `docs/outcome-data.md` has a worked example per
tool. The same from Python, on a tiny synthetic Mobilize export:
""",
        lesson_only=True,
    ),
    code(
        """
import json
import tempfile
from pathlib import Path

from commonground.outcomes.importers.run import import_files

export = {"data": [  # synthetic: made-up ids, no real people
    {"id": 1, "person": {"user_id": 11}, "event": {"event_type": "CANVASS"},
     "timeslot": {"start_date": 1741435200}, "status": "CONFIRMED", "attended": True},
    {"id": 2, "person": {"user_id": 12}, "event": {"event_type": "CANVASS"},
     "timeslot": {"start_date": 1741435200}, "status": "REGISTERED", "attended": None},
    {"id": 3, "person": {"user_id": 13}, "event": {"event_type": "PHONE_BANK"},
     "timeslot": {"start_date": 1741816800}, "status": "WAITLISTED", "attended": None},
]}
folder = Path(tempfile.mkdtemp())
(folder / "mobilize.json").write_text(json.dumps(export))
imported = import_files("mobilize", [folder / "mobilize.json"])
print("\\n".join(line.replace(str(folder) + "/", "") for line in imported.report(plain=True)))
display(imported.quarantine[["row", "reason"]])
""",
        lesson_only=True,
    ),
    code(
        """
if mark_complete:
    from commonground import progress

    progress.mark_complete("11_trainer_analysis")
    print("Lesson 11 marked complete.")
""",
        lesson_only=True,
    ),
]


def build() -> Path:
    nb = nbf.v4.new_notebook()
    nb.cells = CELLS
    for index, cell in enumerate(nb.cells):
        cell.id = f"trainer-{index:02d}"  # stable ids: rebuilding gives the same file
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.metadata["language_info"] = {"name": "python"}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    nbf.write(nb, OUT)
    return OUT


if __name__ == "__main__":
    print(build())
