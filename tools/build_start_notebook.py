"""Write notebooks/00_start_here.ipynb (outputs stripped) from the text below.

Run from the repository root:  .venv/bin/python tools/build_start_notebook.py
Edit the text here, not the notebook; tests/test_repository.py checks they match.
"""

from __future__ import annotations

from pathlib import Path

from commonground.lessons.notebook_source import code, md, notebook, render

OUT = Path(__file__).resolve().parents[1] / "notebooks" / "00_start_here.ipynb"

CELLS = [
    md("""# Welcome to Common Ground

Common Ground is a hands-on course in the **one-on-one meeting** (a "1:1"): a planned
conversation between an organizer and one other person, held to build a working
relationship. Campaigns of every kind run on them: a tenants' association signing up
neighbours, a school-board race, a climate group, a congregation's food pantry, a union.

In a 1:1 you learn what the other person cares about, share why you care, find what you
have in common, and, when it fits, ask them to do one clear thing. People say yes far more
often when someone they know and trust asks them in person.

**You never need to write code here.** Everything you do is a button, a box to type in, or
a list to choose from. If you see code in a grey box, you can ignore it: it only places the
next activity on the page."""),
    md("""## Your lessons

Each card is one lesson: how long it takes and whether you have done it. The blue button
takes you to where you left off. A lesson is done when you pass its short self-check at
the end (or press its **Mark this lesson done** button). Your progress and everything you
write in the lessons (plans, stories, reflections) stay on this computer, in a small file
in your home folder."""),
    code("""from commonground.widgets.shell import course_home

course_home()"""),
    md("""## Three ways through the course

Pick the path that matches you. Each lesson takes 15-30 minutes."""),
    code("""# NBVAL_CHECK_OUTPUT
from commonground import curriculum

print(curriculum.describe_paths())"""),
    md("""## How the activities work

* **In JupyterLab** (this screen): choose **Run > Run All Cells** from the menu once when
  you open a lesson. The activities then appear on the page, ready to use.
* **In app mode** (`make app`, or the link your trainer gives you) the code is hidden and
  everything is already running.
* **Keyboard only?** Press **Tab** to move between boxes and buttons, type into a box, and
  press **Enter** or **Space** on a button.

Try it now: type your name and press the button. That finishes this first lesson."""),
    code("""from commonground.widgets.start import widget_tryout

widget_tryout()"""),
    md("""## For facilitators and trainers

* **Facilitators** start with lesson 10, *Running a workshop*: agendas, pairing people
  for role-play, persona cards and observer checklists.
* **Trainers** start with lesson 11, *Which asks convert*: bring your team's outcome log
  (a spreadsheet of 1:1s) and see which asks turn into a yes and into a showing-up, with
  honest error bars. From a terminal, `commonground analyze your-log.csv` and
  `commonground report your-log.csv -o report.html` do the same without Jupyter.

Ready? Press **Next** to open lesson 01, *What a 1:1 is, and why hold one*."""),
    code("""from commonground.widgets import lesson_footer

lesson_footer("00")"""),
]


def main() -> None:
    OUT.write_text(render(notebook(CELLS, "start")), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
