"""Write lesson notebooks 01, 02, 03 and 08 (outputs stripped) from the text below.

Run from the repository root:  .venv/bin/python tools/build_lessons_a.py
Edit the text here, not the notebooks, then run it again; tests/test_widgets_notebooks.py
checks the committed notebooks match.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

from commonground.lessons.notebook_source import code, md, notebook, write_lessons
from commonground.lessons.notebook_source import render as render_notebook

ROOT = Path(__file__).resolve().parents[1]


IMPORTS = "from commonground.widgets import key_points, lesson_footer, lesson_header, self_check"

LESSON_01 = [
    code(IMPORTS + "\nfrom commonground.widgets import transcript_sorter"),
    code('lesson_header("01")'),
    md("""
## A conversation on purpose

Most of the talking we do happens by accident: a chat at the bus stop, a few words after a
service. A **one-on-one** (a "1:1") is different. You ask someone to sit down with you, you
both know why, and the point of the time is the **relationship** between the two of you.
Not a task list, not a sign-up sheet.

What you are trying to learn is what the other person cares about: the issues that weigh
on them, what they enjoy, what they value, and the experiences that made them who they are.

A few pictures of what that looks like:

* A **tenants' association** member knocks on a neighbour's door: "I'm trying to meet
  everyone on our floor. Could we have a coffee this week? I'd love to hear what living
  here has been like for you."
* A parent organizing around the **school board** budget asks another parent from the
  pick-up line to sit down for half an hour.
* A **union** steward who has worked beside someone for a year finally asks them how
  they came to the job, and what they would change about it.
* A member of a **faith community** who is already active gets a check-in from the
  organizer: how is the food-pantry work going, and how are *they* doing?

That last one matters: 1:1s are not only for strangers. Sitting down again with people
who are already involved keeps relationships strong and tells them they matter beyond the
jobs they do.
"""),
    md("""
## Why bother?

Three reasons, all about people rather than paperwork:

1. **You find common ground.** When two people talk like this, they discover what they
   share: a street, a worry, a hope for their kids. Work together stands on that.
2. **You learn what would move them.** Once you know someone's story and why the issue
   matters to them, you know what they might want to do, and so what to ask.
3. **People say yes to people they trust.** A request from someone you know lands very
   differently from a flyer or a mass e-mail.

On that third point there is research. In a set of experiments, asking **in person** was
about **34 times** as successful as asking by e-mail; the people sending the
e-mails expected around 5 or 6 yeses out of 10 and got about 0.3 (Roghanizad & Bohns,
2017, *Journal of Experimental Social Psychology*). And a study of civic associations
found that the ones whose organizers built relationships, by being responsive, sharing a
past and a future, and inviting people to open up, got more people signing, recruiting
and showing up to meetings (Han, 2016, *American Political Science Review*).
"""),
    md("""
## What you do in the room

The shape is simple. You **share your own story**, and you **ask questions that let the
other person open up**, above all about the issue or the campaign. The skill underneath is
three things at once: **ask, listen, notice** where what they say connects to the
campaign, to you, and to other people you know.

Two things a 1:1 is *not*:

* **An interview.** Firing prepared questions one after another, writing down answers,
  sharing nothing back.
* **A sales pitch or counselling session.** Pushing the campaign at someone, or spending
  the hour helping them solve a personal problem. Both can be kind; neither builds a
  working relationship.

Here are the key points from the method for this lesson.
"""),
    code('key_points("01")'),
    md("""
## Try it: which of these is a 1:1?

Read each short exchange (every person in them is invented). Pick what you think it is.
Feedback appears as soon as you choose; you can change your answer.
"""),
    code("transcript_sorter()"),
    md("""
## Check yourself

Answer all the questions, then press **Check my answers**. When every answer is right,
this lesson is marked complete.
"""),
    code('self_check("01")'),
    code('lesson_footer("01")'),
]

LESSON_02 = [
    code(
        IMPORTS
        + "\nfrom commonground.widgets import prep_planner\n"
        + "from commonground.lessons import examples\n"
        + "from commonground.planners import describe_plan_findings"
    ),
    code('lesson_header("02")'),
    md("""
## Setting it up

A 1:1 starts before the meeting, with the invitation. Four things to get right:

1. **Reach out and introduce yourself.** A personal message or a call, with your name and
   how you are connected: "Hi, I'm Dana, I sit two rows behind you at St Anne's."
2. **Say why you want to meet.** To get to know each other; to talk about working
   together; to get to know someone better; or to check in on work they have been doing.
   People should know the purpose before they say yes.
3. **Agree a date, a time and a place** together: a café, their kitchen table, the union
   hall, or a video call.
4. **Say how long it will take.** Between 20 and 45 minutes is usual: enough to go past
   small talk, short enough to respect their time.

An invitation from a **climate** group volunteer might read: *"Hi Priya, it's Tom from the
Riverside climate group (we met at the tree planting). I'd love to sit down for half an
hour to hear what got you interested, and tell you what we're working on. Could you do
Thursday at 6 at the Bean café?"*
"""),
    md("""
## Preparing

Before you go, take ten minutes to think through:

* **What you hope to get out of it**: one or two outcomes that would make it worthwhile.
* **What you already know** about them, so you do not ask what you already know.
* **What you hope to find out**: the gaps, such as what they care about most.
* **The questions you will ask**: a couple of easy factual openers, then mostly
  open-ended ones ("what", "how", "tell me about").
* **A clear, specific ask**: the activity, the day and time, the place.
* **Alternatives**: another date, or a different kind of task, in case the first ask
  does not fit.

Why be so concrete? When people make a plan with a when and a where, they follow through
more. In one large study, calls that helped voters plan *when*, *where* and *how* they
would vote raised turnout by about 4 points among the people reached, while a plain
"please vote" call made no significant difference (Nickerson & Rogers, 2010,
*Psychological Science*). In another, people who were prompted to write down the
*date and time* they would get a flu shot got vaccinated more often (about 4 points
more); writing the date alone made a smaller, non-significant difference (Milkman et al.,
2011, NBER working paper 17183).
"""),
    code('key_points("02")'),
    md("""
## A first draft, checked

Here is a first-draft plan for a **union** 1:1 with a co-worker on the night shift, run
through the same check you will use. Each line names the part of the method it is about.
"""),
    code("# NBVAL_CHECK_OUTPUT\nprint(describe_plan_findings(examples.vague_plan()))"),
    md("""
Notice what the check wants: a time as well as a day, a length inside 20-45 minutes, some
open-ended questions, an ask that names an activity, a day and time and a place, and at
least one alternative.

## Your turn: plan a real 1:1

Think of one person you could meet in the next two weeks. Fill in the planner below;
press **Check my plan** as often as you like. **Save plan and make prep card** keeps the
plan in your journal (it is filled in again when you come back) and writes a one-page card
you can print and take with you.
"""),
    code("prep_planner()"),
    md("## Check yourself"),
    code('self_check("02")'),
    code('lesson_footer("02")'),
]

LESSON_03 = [
    code(
        IMPORTS
        + "\nfrom commonground.widgets import story_builder\n"
        + "from commonground.lessons import examples\n"
        + "from commonground.planners import describe_story"
    ),
    code('lesson_header("03")'),
    md("""
## Start easy

The first minutes of a 1:1 set the tone. Open with one or two **questions of fact**:
simple to answer, no pressure, and they help both of you settle in.

* "What kind of work do you do, or did you do before you retired?"
* "How long have you lived in the neighbourhood?"
* At a **school board** campaign: "Which school are your kids at?"
* At a **union** 1:1: "How long have you been on this line?"

Keep it to one or two. The aim is to warm up, not to fill in a form.
"""),
    md("""
## Then share your story

Next, tell them **your story**: what happened that made you care, what you chose to do
about it, and why it matters to you now, in this campaign. Sharing first is an
invitation: it tells the other person this conversation goes both ways.

A good story is short (a minute or two), honest, and specific enough that someone could
picture it: a place, a moment, a person. It is not a speech about the issue.

Here is one from a **climate** organizer, built from the same three parts you will use.
We estimate how long a story takes to tell from its word count, assuming a relaxed
speaking pace of 130 words a minute (our assumption, not a measured figure: people vary).
"""),
    code("# NBVAL_CHECK_OUTPUT\nprint(describe_story(examples.example_story()))"),
    md("""
It is a strong start: a moment you can picture, a choice, and why it matters now. The
feedback names what it still lacks: how it felt, and a turn back to the listener at the end.
What one sentence would you add so a listener could feel that night in the church hall?
"""),
    code('key_points("03")'),
    md("""
## Your turn: build your story

Write a sentence or two for each part, in your own words, then press **Read it back**. Try
saying it out loud; aim for one to two minutes. **Save my story** keeps it in your journal.
"""),
    code("story_builder()"),
    md("## Check yourself"),
    code('self_check("03")'),
    code('lesson_footer("03")'),
]

LESSON_08 = [
    code(
        IMPORTS
        + "\nfrom commonground.widgets import follow_up_composer, journal_export, reflection_journal\n"
        + "from commonground.lessons import examples\n"
        + "from commonground.planners.follow_up import compose_follow_up"
    ),
    code('lesson_header("08")'),
    md("""
## Closing well

As the conversation winds down, two things:

1. **Say there will be follow-up**: when and how you will be in touch. "I'll text you the
   details tomorrow" makes the next step real.
2. **Thank them** for their time and for what they shared, mentioning something they
   said: "Thank you for telling me about your mum's allotment; that stays with me."

Whether they said yes, maybe or no, they gave you their time. A warm close keeps the door
open for the next conversation.
"""),
    md("""
## Following up

After the meeting, follow up with one or both of:

* **A confirmation** of what they agreed to, with every detail: what, the date, the time,
  the place, and who to contact.
* **Another thank-you**, whether or not they took something on.

Why it matters: organizing guides commonly tell volunteers to expect that **about half of
the people who say yes will not show up** without follow-up. That is a practitioner's
rule of thumb (from guides by The Campaign Workshop, Swing Left and Democratic Party
organizing staff), not a study, but the pattern is familiar to
anyone who has run an event. A Maryland Democratic Party study, as reported on a vendor's
blog, found three reminder texts cut no-shows by about 10% and three calls by about 19%
(we could not find the original). Reminders are not magic: one group's internal experiment found that a personal
text on top of automatic reminders made no measurable difference (Sister District Action Network, 2021).
What a confirmation surely does is make sure the person has the details right.

Here is a confirmation for a **faith community** volunteer who said yes to helping at a
community lunch:
"""),
    code("# NBVAL_CHECK_OUTPUT\nprint(compose_follow_up(examples.example_commitment()))"),
    md("""
## Your turn: write a follow-up

Think of someone who said yes to you (or imagine one, for practice). Fill in the details
and a thank-you line, then press **Compose message**. Anything missing is listed. You can
edit the message before you **Save** it and copy it into your phone or e-mail.
"""),
    code("follow_up_composer()"),
    md("""
## Reflecting

Every 1:1 is practice for the next. Soon after, while it is fresh, jot down:

* **What went well?**
* **What did you learn about them**: what they care about, their values, their story?
* **What will you change next time?** One concrete thing is enough, like "ask fewer
  questions in a row" or "have a second date ready".

A **tenants'** organizer might write: *"Went well: she laughed about the lift. Learned:
she's been fighting the landlord alone for years. Next time: name the common ground out
loud. I felt it but never said it."*
"""),
    code("reflection_journal()"),
    md("""
Your reflections, plans, stories and messages all live in your journal, on this computer.
Export it to a Markdown file any time:
"""),
    code("journal_export()"),
    md("""
## Log the real 1:1s you hold

Practice turns into the real thing. After each real one-on-one, take two minutes to log
it: what you asked, in the words you used, and what they said. Your team's trainer can
then see which asks work, and you can see your own pattern. The person's name is never
saved: it becomes their initials and a code that only this computer can make. Keep phone
numbers and e-mail addresses out of the notes; the form refuses them.

When the day of what they agreed to has passed, the form asks whether they came. You
can also log meetings in app mode (the **Log a 1:1 I held** page) or from a terminal with
`commonground log add`.
"""),
    code("from commonground.widgets.field_log import log_meeting_form\n\nlog_meeting_form()"),
    code('key_points("08")'),
    md("## Check yourself"),
    code('self_check("08")'),
    code('lesson_footer("08")'),
]

NOTEBOOKS = {
    "01_what_and_why": LESSON_01,
    "02_set_up_and_prepare": LESSON_02,
    "03_opening_and_your_story": LESSON_03,
    "08_closing_follow_up_reflection": LESSON_08,
}


def build(lesson_id: str) -> nbformat.NotebookNode:
    """The notebook for one lesson, outputs empty."""
    return notebook(NOTEBOOKS[lesson_id], lesson_id[:2])


def render(lesson_id: str) -> str:
    """The notebook file's exact text."""
    return render_notebook(build(lesson_id))


def main(argv: list[str]) -> int:
    for path in write_lessons(NOTEBOOKS, ROOT / "notebooks"):
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
