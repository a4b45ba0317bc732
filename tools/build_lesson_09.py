"""Write notebooks/09_role_play.ipynb (outputs stripped) from the text below.

Run from the repository root:  .venv/bin/python tools/build_lesson_09.py
Edit the text here, not the notebook, then run it again;
tests/test_widgets_roleplay_notebook.py checks the committed notebook matches.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

from commonground.lessons.notebook_source import code, md, notebook
from commonground.lessons.notebook_source import render as render_notebook

ROOT = Path(__file__).resolve().parents[1]
LESSON_ID = "09_role_play"


IMPORTS = """
from commonground.lessons.role_play import describe_readings, meeting_steps_text
from commonground.widgets import lesson_footer, lesson_header, self_check
from commonground.widgets.roleplay_player import roleplay_player
from commonground.widgets.roleplay_summary_view import roleplay_summary
"""

CELLS = [
    code(IMPORTS),
    code('lesson_header("09")'),
    md("""
Until now you have practised the pieces one at a time. Here you hold a **whole 1:1**, from
hello to goodbye, with an invented person (a *persona*): a retired teacher near a library
that faces cuts, a long-time building captain in a **tenants' union**, a nurse coming off a
night shift, a parent worried about lorries outside a school. What you say steers the
conversation: what they tell you, how far they trust you, and how they answer your ask.
When it ends you get a **debrief**: how each step went, what you found out and what you
missed, and an ask that would have suited them.

Nothing here is random. The same line at the same moment always gets the same answer, so
you can replay a conversation, change one thing, and see what that one thing does.
"""),
    md("""
## The nine steps you are scored on

The debrief looks at the steps of the meeting, in the order the method teaches them:
"""),
    code("""
# NBVAL_CHECK_OUTPUT
print(meeting_steps_text())
"""),
    md("""
## How to practise

1. **First play: pick from the listed lines**, with feedback *after each turn*. Read why
   each line was strong, weak or harmful.
2. **Play again, in your own words.** Type what you would really say in the box *Your own
   words* and press **Say it**. The course reads your line, decides what kind of line it is
   (a question of fact, an open or closed question, your story, advice, an ask...) and, for
   an ask, which of *activity, time and place* it names. The conversation then goes where
   that kind of line leads. If nothing fits at that moment, the persona is puzzled and you
   lose a little of their trust, as you would in life.
3. **Then switch feedback to *at the end*.** Nobody coaches you halfway through a real
   1:1: keep the feedback for the debrief.
4. **Compare your debriefs** in the table further down. Did the steps you worked on go up?
   Did you learn more about the person? Did your ask fit what you learned?

While you play, keep an eye on three things beside the conversation:

* **Minutes used**, against the length you agreed. 1:1s often run 20 to 45 minutes;
  keep to the time you asked for.
* **What you have learned** about the person. The ask that gets a yes grows out of this
  list.
* **How it is going**: their trust in you, in words. A good ask made too early tends to
  get a *maybe*.

A rule of thumb from practitioners (MoveOn's one-to-one guide: a rule, not a study) is to
talk about 30% of the time and listen about 70%. Glance at the conversation now and then:
whose lines are longer?
"""),
    md("""
### How a typed line is heard

Here is what the reader makes of a few lines you might type: the kind of line, and for an
ask, which parts it names. An ask that names all three (activity, time, place) is
specific; a vague ask names none of them.
"""),
    code("""
# NBVAL_CHECK_OUTPUT
print(describe_readings())
"""),
    md("""
## Play

Choose a scenario and press **Start**. Read who you are meeting and what you know before
you go, then pick a line or type your own. Every turn is saved on this computer: close the
page whenever you like, come back, and press **Resume my last play**.
"""),
    code("""
player = roleplay_player()
player
"""),
    md("""
## Reading the debrief

* **Score per step.** Each of the nine steps gets a score out of 100 from the lines that
  practised it: a strong line counts in full, a weak one half, a harmful one nothing. A
  step you skipped scores zero, because skipping it is the mistake.
* **Facts learned.** How much of what there was to find out came out, and what stayed
  hidden. Few facts usually means few open questions, or not following up on an answer.
* **Your ask and the answer**, then **a stronger ask that would have fitted**, with what you
  needed to learn first to make it.
* **A question to reflect on.** Write a few sentences and press **Save reflection**; it
  goes into your journal with everything else you wrote in this course.

Each finished play is also kept in the same shape as the outcome log that trainers study
in lesson 11. The person appears only as the scenario's name, never as a person's name,
so your practice and your real 1:1s can be read side by side.
"""),
    md("""
## All your plays so far

The table grows each time you finish a play (press **Refresh** if you played in another
window). The sentence above it sums the table up in words.
"""),
    code("roleplay_summary(player)"),
    md("""
## Check yourself

Answer every question, then press **Check my answers**. When all are right, this lesson is
marked complete.
"""),
    code('self_check("09")'),
    code('lesson_footer("09")'),
]


def build() -> nbformat.NotebookNode:
    """The lesson 09 notebook, outputs empty."""
    return notebook(CELLS, "09")


def render() -> str:
    """The notebook file's exact text."""
    return render_notebook(build())


def main() -> int:
    path = ROOT / "notebooks" / f"{LESSON_ID}.ipynb"
    path.write_text(render(), encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
