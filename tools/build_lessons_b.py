"""Write lesson notebooks 04, 05, 06 and 07 (outputs stripped) from the text below.

Run from the repository root:  .venv/bin/python tools/build_lessons_b.py
Edit the text here, not the notebooks, then run it again; tests/test_lessons_b_notebooks.py
checks the committed notebooks match. Same approach as tools/build_lessons_a.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

from commonground.lessons.notebook_source import code, md, notebook, write_lessons
from commonground.lessons.notebook_source import render as render_notebook

ROOT = Path(__file__).resolve().parents[1]


IMPORTS = "from commonground.widgets import key_points, lesson_footer, lesson_header, self_check"

LESSON_04 = [
    code(
        IMPORTS
        + "\nfrom commonground.widgets import listening_drill, open_question_workshop\n"
        + "from commonground.planners.questions import describe_review, review_question"
    ),
    code('lesson_header("04")'),
    md("""
## From facts to what matters

You opened with a question or two of fact and told your story. Now comes the turn that
makes a 1:1 more than a chat: **pivot to open-ended questions**. An open question cannot
be answered with one word. It hands the conversation to the other person and invites
them to talk about what they care about.

Some open questions, from different kinds of organizing:

* **Tenants' union**: "What has living here been like since the new owners took over?"
* **School board race**: "What do you wish the board understood about your kids' school?"
* **Climate group**: "What got you thinking about the river in the first place?"
* **Faith community**: "What does serving at the pantry mean to you?"
* **Union**: "When the rota changes at the last minute, what happens at home?"
* **Electoral canvass**: "What would make the biggest difference on this street?"

And two that work in almost any campaign: "When you give your time to something, what do
you enjoy doing most?" and "Thinking about this campaign, what excites you about it?"
"""),
    md("""
## Open, closed, leading

| kind | sounds like | what happens |
|---|---|---|
| **closed** | "Do you like canvassing?" | a yes or a no, and you are back to asking |
| **leading** | "Don't you think the landlord is a crook?" | they hear which answer you want, and give it |
| **open** | "What do you like about canvassing?" | they tell you something about themselves |

Most closed questions open up with a small change: start with *what*, *how* or *tell
me about*, and keep the topic. Here is what the question workshop below says about a
closed one:
"""),
    code(
        '# NBVAL_CHECK_OUTPUT\nprint(describe_review(review_question("Do you like canvassing?")))'
    ),
    md("""
## A connection, not an interview, not counselling

Open questions are not a checklist. Two ways a 1:1 goes wrong:

* **The interview**: question after question, answers written down, nothing shared back.
  Follow up on what they *just said* instead of reading the next line of your list.
* **The counselling session**: they mention a problem and you spend the time fixing it.
  Caring is good; solving their problem for them is not what the meeting is for.

Underneath both is one habit: **ask, listen, notice**. Listen for what connects, to the
campaign, to you, to other people you know. Organizing guides often put it as talking
about 30% of the time and listening about 70% (a practitioner's rule of thumb from
MoveOn's one-to-one guide, not a study). Research on civic groups points the same way:
organizers who were responsive and invited people to open up got more people signing,
recruiting and coming to meetings (Han, 2016, *American Political Science Review*).
"""),
    code('key_points("04")'),
    md("""
## Try it: the question workshop

Type a question you might ask in your next 1:1 and press **Check my question** (or
Enter). The workshop says what kind of question it is and why that matters. For a
closed or leading question it offers an open rewrite: **Use the rewrite** puts it in the
box. **Add to my list** keeps open questions only; **Save my list** puts them in your
journal, and the list is there again when you come back.
"""),
    code("open_question_workshop()"),
    md("""
## Try it: listen for the links

Each person below (all invented, from our practice scenarios) talks for a moment. Some of
what they say is small talk; some of it connects to the campaign: an experience of the
problem, a value, a reason to act, something they like doing. Tick every statement that
links to the campaign, then check. You can change your ticks and check again.
"""),
    code("listening_drill()"),
    md("## Check yourself"),
    code('self_check("04")'),
    code('lesson_footer("04")'),
]

LESSON_05 = [
    code(
        IMPORTS
        + "\nfrom commonground.widgets import campaign_explainer, common_ground_picker\n"
        + "from commonground.lessons import examples_b\n"
        + "from commonground.planners.campaign_pitch import describe_pitch"
    ),
    code('lesson_header("05")'),
    md("""
## Say what you share

By now you have heard what matters to them, and they have heard your story. Somewhere in
there is **common ground**: the same worry, the same street, the same hope for your kids.
The method asks you to **acknowledge it out loud**. Feeling it is not enough; naming it
turns two separate stories into one shared one.

* **Tenants' union**: "We're both tired of e-mails nobody answers."
* **Faith community**: "My family used a pantry too. We both want people met with dignity."
* **Union**: "We're both planning our families around a rota we can't see."
* **School board race**: "Sounds like we both want our kids' teachers to have what they need."

Keep it honest and specific: name something you really share, in words close to theirs.
Studies of civic groups found that organizers who referred to a shared past and a
shared future got more people to act (Han, 2016, *American Political Science Review*).
"""),
    md("""
## Try it: pick the common ground

In each short exchange (every person invented), pick the reply that names what the two
people share. Feedback appears as soon as you pick; you can change your answer.
"""),
    code("common_ground_picker()"),
    md("""
## Then share the campaign's work

Just before the ask, **share what the campaign is doing and why**, linked to what they
told you. It prepares the ground: the ask should feel like the next step, not a surprise.
Three parts, said in **under a minute**:

1. **What** the campaign is doing, in one sentence.
2. **Why** it matters: the reason, in plain words.
3. **The link to them**: what they told you that this speaks to.

Leave out the history, the founders and the statistics; there is time for those later.
We estimate speaking time from the word count at **130 words a minute** (the same relaxed
pace as lesson 03; our assumption, not a measured figure). Here is a **school board**
campaign volunteer's version, checked:
"""),
    code("# NBVAL_CHECK_OUTPUT\nprint(describe_pitch(examples_b.example_pitch()))"),
    code('key_points("05")'),
    md("""
## Your turn: explain your campaign in under a minute

Think of a real campaign (or one from the earlier lessons) and one person. Fill in the
three parts, then press **Read it back**: you see the words, the estimated time and what is
missing. Say it out loud once. **Save to my journal** keeps it for next time.
"""),
    code("campaign_explainer()"),
    md("## Check yourself"),
    code('self_check("05")'),
    code('lesson_footer("05")'),
]

LESSON_06 = [
    code(
        IMPORTS
        + "\nfrom commonground.widgets import ask_practice\n"
        + "from commonground.planners.asks import describe_score, score_ask\n"
        + "from commonground.roleplay import load_scenario"
    ),
    code('lesson_header("06")'),
    md("""
## One clear, specific thing

Everything so far prepares for this moment: you **ask them to do something**. Make it
**clear and specific**. A specific ask names:

* **the activity**: knock on doors, host a coffee, speak at the hearing;
* **the day and time**: Tuesday at 5pm;
* **the place**: from the Fulton Street office, in your front room, on Zoom;
* and, when it helps, **how much**: two hours, five neighbours.

"Would you like to get more involved?" gives them nothing to say yes to.
Compare, from different campaigns:

* **Electoral canvass**: "Would you knock on doors with me this Saturday from 10 to 12,
  starting at the Elm Street library?"
* **Tenants' union**: "Would you bring the two new families from the third floor to the
  tenants' meeting, Thursday at 7pm in the community room?"
* **Faith community**: "Could you help serve at the community lunch on Saturday, 11 to 1,
  in the parish hall?"
"""),
    md("""
## Why so specific?

Because plans with a when and a where get carried out. In a large turnout study, calls
that helped people plan *when*, *where* and *how* they would vote raised turnout by about
4 points among those reached, while a plain encouragement call made no significant
difference (Nickerson & Rogers, 2010, *Psychological Science*). In another, people
prompted to write down the *date and time* of their flu shot got vaccinated more often (about 4
points); the date alone made a smaller, non-significant difference (Milkman et al., 2011,
NBER working paper 17183).

And ask **in person** where you can. In one set of experiments, requests made face to
face were about 34 times as successful as the same requests by e-mail (Roghanizad &
Bohns, 2017, *Journal of Experimental Social Psychology*).
"""),
    md("""
## An ask that fits

The method adds: make sure the ask **makes sense given what you learned about them**.
Build it on something they told you: the nurse who mentors new grads might host a coffee
for them; the retired teacher who misses teaching might run the reading table. And steer
clear of what they cannot do: do not ask a night-shift nurse for a Saturday morning.

Here is a vague ask checked against Dana, the night-shift nurse from the role-play
scenarios (invented), with everything you would have learned in a good 1:1:
"""),
    code(
        "# NBVAL_CHECK_OUTPUT\n"
        'dana = load_scenario("night_shift_nurse")\n'
        'print(describe_score(score_ask(dana, "Would you help with some calls at some point?")))'
    ),
    code('key_points("06")'),
    md("""
## Your turn: the ask builder

Pick a person. Read what you learned about them (the **Watch out** lines are things they
cannot do). Type an ask and press **Check my ask**. You see how specific it is, whether it
fits, what it runs into, and a sharper ask built from that campaign's own options. Try
again until it is specific and fits, then **Save my ask**.
"""),
    code("ask_practice()"),
    md("## Check yourself"),
    code('self_check("06")'),
    code('lesson_footer("06")'),
]

LESSON_07 = [
    code(IMPORTS + "\nfrom commonground.widgets import responding_drills"),
    code('lesson_header("07")'),
    md("""
## Respond to the response

You made your ask. They answer yes, maybe or no, and each answer calls for its own next
step. The method's three:

| they say | you |
|---|---|
| **Yes** | share the details (what, when, where, who to contact) and **confirm** they are really in |
| **Maybe** | find out **what the maybe means**, then **adjust** the ask to fit |
| **No** | work out whether the no is about **the time** or about **the activity**, then offer the alternative you prepared |

A no comes in two kinds, and they need different answers:

* **No, because of the timing.** "Thursdays are my choir night." Offer **the same activity
  at another time**: the hearing also has a Tuesday afternoon session.
* **No, because of the activity.** "I won't talk to a reporter." Offer **a different
  activity** that still fits them: write the story down, without a name, to be read out.

Asking "is it the day, or is it the thing itself?" is not pushy; it tells you which
alternative to offer. This is why lesson 02 had you **prepare alternatives**.
"""),
    md("""
## What it sounds like

* **Union**, a yes: "Brilliant. I'll text you the address and the time tonight. Still good
  for Tuesday?"
* **Climate group**, a maybe: "Sure. What would make it hard?" Then: "Would the Thursday
  session work better?"
* **School board race**, a no: "Is it the Wednesday, or is presenting at the committee not
  your thing?"
* **Faith community**, a no about the activity: "Fair enough. Would you rather help in the
  kitchen than on the door?"

Whatever the answer, thank them: they gave you their time. Lesson 08 is about closing and
following up.
"""),
    code('key_points("07")'),
    md("""
## Try it: rapid drills

A round of eight quick drills, two of each case: yes, maybe, no for the timing, and no for the
activity. Each shows the ask and the person's answer (people from the practice scenarios,
all invented). Pick your reply and press **Check my reply**, or type what you would say
and press **Check my words**. Typed replies are read by simple rules (the same reader as
the role-play), so an unusual phrasing can be misjudged. Your first answer on each drill
counts towards the score. **Next drill** moves on; **New round** deals a fresh,
differently shuffled set.
"""),
    code("responding_drills()"),
    md("## Check yourself"),
    code('self_check("07")'),
    code('lesson_footer("07")'),
]

NOTEBOOKS = {
    "04_open_questions_and_listening": LESSON_04,
    "05_common_ground_and_the_campaign": LESSON_05,
    "06_the_ask": LESSON_06,
    "07_responding": LESSON_07,
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
