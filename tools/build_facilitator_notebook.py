"""Build notebooks/10_facilitator_guide.ipynb (outputs stripped) from the cells below.

Run from the repository root: ``.venv/bin/python tools/build_facilitator_notebook.py``.
"""

from pathlib import Path

import nbformat as nbf

OUT = Path(__file__).resolve().parents[1] / "notebooks" / "10_facilitator_guide.ipynb"


def md(text):
    return nbf.v4.new_markdown_cell(text.strip())


def code(text):
    return nbf.v4.new_code_cell(text.strip())


CELLS = [
    code(
        """
from IPython.display import Markdown, display

from commonground.widgets import lesson_footer, lesson_header

lesson_header("10")
"""
    ),
    md(
        """
# Running a workshop

*For facilitators. About 30 minutes to read; the tools below are for the day itself.*

This guide is for whoever runs a session where a room of 6 to 40 volunteers learns to hold
one-on-ones (1:1s) and practises them on each other. It gives you:

1. two **agendas** (90 minutes, or a half day), with the lesson to project for each part
   and a question to put to the room;
2. how to run **role-plays** in pairs or trios, and a **pairing board** that rotates
   partners and roles for you;
3. **printable cards**: one for the person playing the persona, one for the organizer
   (who only gets what an organizer would know beforehand), and an observer sheet;
4. a **round timer** that shows the phases of a 1:1 and warns gently near the end;
5. an **observer checklist** that saves each role-play, and a **room debrief** that
   shows which steps the room skipped and which asks landed.

Everything here runs on your laptop. Names you type stay on it, and the debrief only
ever shows counts, never names.
"""
    ),
    md(
        """
## Agendas

The times are a plan, not a contract: if the room is deep in a good discussion, cut a
lecture block, never the role-play. Each row says which lesson notebook to put on the
projector (open it in app mode with `commonground app`) and a prompt to ask the room.

### 90 minutes
"""
    ),
    code(
        """
from commonground.workshop import agenda

display(Markdown(agenda.agenda_markdown("90min", start="18:30")))
"""
    ),
    md("### Half a day"),
    code(
        """
display(Markdown(agenda.agenda_markdown("half_day", start="9:30")))
"""
    ),
    code(
        """
# NBVAL_CHECK_OUTPUT
for kind in agenda.AGENDAS:
    items = agenda.agenda(kind)
    role_play = sum(i.minutes for i in items if "Role-play" in i.activity)
    total = sum(i.minutes for i in items)
    print(f"{agenda.TITLES[kind]}: {total} minutes, {role_play} of them in role-play")
"""
    ),
    md(
        """
**Discussion prompts that work.** Ask, then wait longer than feels comfortable. Take
two or three answers, then name the pattern you heard in one sentence. Good follow-ups:
*"What made that ask easy to say yes to?"*, *"What did you notice in yourself when they
said maybe?"*, *"What would you ask differently next time?"*
"""
    ),
    md(
        """
## Running paired role-plays

Each role-play is a complete 1:1 of 20 to 45 minutes, the length real ones take. There
are three roles:

- **Organizer**: holds the meeting. Reads the organizer card beforehand (only what they
  would really know: public facts, the campaign, the purpose, place and length).
- **Person**: plays the persona from the persona card, revealing the hidden facts only
  when a question invites them, and answering the ask the way the card says.
- **Observer** (in trios): ticks each step as it happens, notes the ask word for word,
  and records the answer. The observer speaks first in the debrief: what they saw, not
  what they thought.

With an even number of people, use pairs; with an odd number one group becomes a trio.
Choosing **trios for everyone** gives every group an observer; when the room divides
into trios, three rounds give every participant every role once. Between rounds, partners change so that nobody meets
the same partner again while that can be avoided, and roles rotate.

Type the names (or use the synthetic ones already there), choose the number of rounds
and a seed, and press the button. The same seed always gives the same plan, so you can
print it beforehand and still regenerate it on the day. **Write the plan to print**
saves it as a page (web page and PDF) with the scenario of each round; when the room does
not divide evenly, the board says which groups differ and why.
"""
    ),
    code(
        """
from commonground.widgets.pairing import pairing_board

SAMPLE_NAMES = "\\n".join(f"Volunteer {letter}" for letter in "ABCDEFGHI")  # synthetic
board = pairing_board(SAMPLE_NAMES, rounds=3, seed=1)
board.trios.value = True
board.make()
board
"""
    ),
    md(
        """
The same plan as text, to read out or print. From a shell, with a CSV file that has a
`name` column: `commonground workshop pairs people.csv --rounds 3 --seed 1 --trios`.
"""
    ),
    code(
        """
# NBVAL_CHECK_OUTPUT
from commonground.workshop import pairing

plan = pairing.schedule(pairing.parse_names(SAMPLE_NAMES), rounds=3, seed=1, trios=True)
print(pairing.format_plan(plan))
print("repeated meetings:", pairing.repeat_count(plan))
"""
    ),
    md(
        """
## Printable handouts

For each round, print the cards of one scenario: the **organizer card**, the **persona
card** and the **observer sheet**, each on its own page (HTML for the screen, PDF for the
printer, on A4 or US Letter). Hand the persona card face down: the organizer must not see
it. From a shell: `commonground workshop cards --scenario retired_teacher -o cards/
--paper letter`. Here, choose the scenario and paper and press the button: the cards go
to your Common Ground folder (nothing is written until you press it).
"""
    ),
    code(
        """
from commonground.widgets.handouts import card_printer

card_printer("retired_teacher")
"""
    ),
    md(
        """
A taste of the organizer's card: only what they would know before the meeting.
"""
    ),
    code(
        """
from commonground.workshop import cards

print(cards.organizer_card("retired_teacher").text()[:600], "...")
"""
    ),
    md(
        """
## The round timer

Start it when the organizer says hello. The phases are proportioned to the planned
length: opening questions, your story, open questions and listening, common ground and
the campaign, the ask and the response, and the close. Two minutes before the end (less
for short rounds) it turns orange: call out *"a couple of minutes left: time to close"*.
Use the Start, Pause and Back to zero buttons; the box above them sets the length (20 to 45 minutes).
"""
    ),
    code(
        """
from commonground.widgets.timer import round_timer

round_timer(minutes=25)
"""
    ),
    code(
        """
# NBVAL_CHECK_OUTPUT
from commonground.workshop import timer

for phase in timer.plan_phases(25):
    print(f"{phase.start_s // 60:>2}:{phase.start_s % 60:02d}  {phase.title} ({phase.minutes:.1f} min)")
"""
    ),
    md(
        """
## The observer checklist

The observer presses **Start observing** when the role-play begins, ticks each step as
it happens (the time is noted), taps **+1 open question** for each open question, and
fills in the ask: its kind, whether it was specific (what, when, where) and whether it
fitted what the person had said, the first answer, any alternative and the final
answer. **Finish and save** stores the sheet in your Common Ground folder; each saved
sheet is one line of an outcome log, the same shape trainers analyse in lesson 11.
"""
    ),
    code(
        """
from commonground.widgets.observer import observer_panel

observer_panel(scenario="retired_teacher")
"""
    ),
    md(
        """
## The room debrief

After the round, gather what the observers saved. The debrief shows which steps the
room skipped most and how each kind of ask was answered. With a handful of role-plays
the numbers show habits to talk about, not rates to rely on.

Below, twelve **synthetic** sheets stand in for a room (invented, no real people). On
the day, run `commonground workshop debrief <folder>` or point `debrief_folder` at the
folder the observers saved into.
"""
    ),
    code(
        """
# NBVAL_CHECK_OUTPUT
from commonground.workshop import debrief, samples

# The synthetic sheets stay in memory: the lesson writes no files of its own.
report = debrief.debrief_sheets(samples.synthetic_sheets(12, seed=1))
print(report.text())
"""
    ),
    code(
        """
from commonground.analysis.plots import show

figure, summary = debrief.skipped_plot(report)
show(figure, summary)
"""
    ),
    md(
        """
**Reading it with the room.** Start with what went well (the steps everyone did), then
the most skipped step: ask the observers what they saw just before it should have
happened. If the story was skipped most, have everyone tell theirs in two minutes to a
neighbour before the next round.

## Serving the lessons to the room

To let participants open the lessons on their own phones or laptops on the same
network, run `commonground app --room --lan` (without `--lan` only your own computer can
connect, which is handy for a rehearsal). It prints the address and a short access code
to read out: no page opens without the code. The first lesson each participant opens
asks for the name they will use today; their journal, plans and reflections are kept
under that name, apart from everyone else's, and nobody else can take the same name.
Expect about 55 MB of memory per open lesson, and stagger arrivals in a big room.
"""
    ),
    md("""## Done with this guide?

Press the button to record lesson 10 as done in your progress (there is no self-check
here: the tools above are for the day itself)."""),
    code("""from commonground.widgets.shell import lesson_done

lesson_done("10")"""),
    code('lesson_footer("10")'),
]


def build() -> nbf.NotebookNode:
    """The notebook, outputs stripped."""
    nb = nbf.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    nb.cells = CELLS
    for index, cell in enumerate(nb.cells):
        cell.id = f"facilitator-{index:02d}"  # stable ids: rebuilding changes nothing
    return nb


if __name__ == "__main__":
    nbf.write(build(), OUT)
    print(f"wrote {OUT}")
