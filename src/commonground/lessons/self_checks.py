"""Self-check questions for the lessons, and the pure grading behind the widget.

Each lesson ends with a few multiple-choice questions. When every answer is right the
``self_check`` widget marks the lesson complete. Add a lesson's questions to
:data:`QUESTIONS` under its full id; :func:`questions_for` reads them.

Examples
--------
>>> from commonground.lessons.self_checks import grade, questions_for
>>> qs = questions_for("01")
>>> [r.correct for r in grade(qs, [q.correct for q in qs])] == [True] * len(qs)
True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from commonground import curriculum


@dataclass(frozen=True)
class Question:
    """One multiple-choice question.

    Attributes
    ----------
    prompt
        The question.
    options
        The choices, shown in this order.
    correct
        Index of the right option.
    explanation
        Why the right option is right (shown once answered correctly).
    hints
        Optional feedback per option, shown when that option is picked and wrong;
        empty strings (or a short tuple) fall back to a general nudge.
    """

    prompt: str
    options: tuple[str, ...]
    correct: int
    explanation: str
    hints: tuple[str, ...] = ()

    def __post_init__(self):
        if len(self.options) < 2:
            raise ValueError(f"question {self.prompt!r} needs at least two options")
        if not 0 <= self.correct < len(self.options):
            raise ValueError(f"question {self.prompt!r}: correct index out of range")


@dataclass(frozen=True)
class Result:
    """The grading of one answer: ``correct`` is ``None`` when nothing was chosen."""

    choice: int | None
    correct: bool | None
    message: str


def grade_one(question: Question, choice: int | None) -> Result:
    """Grade one answer and say why."""
    if choice is None:
        return Result(None, None, "Pick an answer first.")
    if choice == question.correct:
        return Result(choice, True, f"Right. {question.explanation}")
    hint = question.hints[choice] if choice < len(question.hints) else ""
    return Result(choice, False, f"Not quite. {hint or 'Think again, then try another answer.'}")


def grade(questions: Sequence[Question], choices: Sequence[int | None]) -> list[Result]:
    """Grade a whole self-check; ``choices`` holds one option index (or None) per question."""
    if len(choices) != len(questions):
        raise ValueError(f"expected {len(questions)} answers, got {len(choices)}")
    return [grade_one(q, c) for q, c in zip(questions, choices, strict=True)]


def all_correct(results: Sequence[Result]) -> bool:
    """True when every answer is right."""
    return bool(results) and all(r.correct for r in results)


Q = Question
QUESTIONS: dict[str, tuple[Question, ...]] = {
    "01_what_and_why": (
        Q(
            "What is a 1:1 for, above all?",
            (
                "Building a relationship by understanding what the other person cares about",
                "Signing someone up for a task as quickly as possible",
                "Collecting information about a voter for the campaign's files",
            ),
            0,
            "An ask may come, but it grows out of the relationship and what you learn.",
            (
                "",
                "Rushing to the task skips the part that makes a yes likely.",
                "That is closer to a survey; a 1:1 goes both ways.",
            ),
        ),
        Q(
            "Why does a 1:1 make people more likely to act?",
            (
                "People say yes more often to someone they know and trust",
                "It lets you keep asking until they give in",
                "Meeting in person is a legal requirement for volunteers",
            ),
            0,
            "Trust is built in the conversation itself, and the ask comes from a person.",
            ("", "Pressure is the opposite of what a 1:1 does.", "There is no such rule."),
        ),
        Q(
            "During a 1:1 you mostly...",
            (
                "read through a list of prepared questions one after another",
                "ask, listen closely, and notice where their answers connect to you and the campaign",
                "explain the campaign's whole programme so they are well informed",
            ),
            1,
            "Ask, listen, notice: follow up on what they just said.",
            (
                "That turns it into an interview.",
                "",
                "A short explanation comes later, tied to what they told you.",
            ),
        ),
        Q(
            "A friend tells you about a hard week and you spend the hour helping them decide "
            "what to do. Was that a 1:1?",
            (
                "Yes, any deep conversation is a 1:1",
                "No, that was closer to counselling: kind, but not building work together",
            ),
            1,
            "A 1:1 builds a connection around shared concerns; it is not there to work "
            "through someone's problem.",
            ("Depth alone does not make it a 1:1; the purpose does.",),
        ),
        Q(
            "Who are 1:1s for?",
            (
                "Only new contacts you have never met",
                "New contacts and people you already work with, to keep relationships going",
            ),
            1,
            "Checking in with active people keeps the relationship alive.",
            ("Regular check-ins with people already active matter too.",),
        ),
    ),
    "02_set_up_and_prepare": (
        Q(
            "When you first contact someone about a 1:1, what should they learn from you?",
            (
                "Who you are and why you want to sit down with them",
                "Only the time and place",
                "The task you will ask them to do",
            ),
            0,
            "Say who you are and the purpose, so they know why before they agree.",
            (
                "",
                "Without the why, the meeting feels like a mystery.",
                "The ask comes at the meeting, after you have listened.",
            ),
        ),
        Q(
            "How long do 1:1s usually last?",
            ("5 to 10 minutes", "20 to 45 minutes", "Two hours or more"),
            1,
            "Long enough to go past small talk, short enough to respect their time.",
            ("Too short to get past small talk.", "", "That asks a lot of someone's time."),
        ),
        Q(
            "Which of these is a specific ask?",
            (
                "Would you like to help out sometime?",
                "Can you knock on doors with me this Saturday from 10 to 12, starting at the "
                "Elm Street library?",
                "We need people, are you in?",
            ),
            1,
            "It names the activity, the day and time, and the place.",
            ("No activity, time or place.", "", "Nothing here to say yes to."),
        ),
        Q(
            "Why prepare alternatives before the meeting?",
            (
                "So you can keep asking until they say yes",
                "So that if the first ask does not fit, you can offer another date or another "
                "kind of task",
                "You do not need them; one good ask is enough",
            ),
            1,
            "A no is often about the timing or the activity; an alternative answers that.",
            (
                "Alternatives answer a reason; they are not a way to wear someone down.",
                "",
                "Even a good ask can miss on timing.",
            ),
        ),
    ),
    "03_opening_and_your_story": (
        Q(
            "What is a good first question in a 1:1?",
            (
                "What do you do for work, or what did you do before you retired?",
                "What is the deepest fear you have about the future?",
                "Will you volunteer for us?",
            ),
            0,
            "Easy questions of fact help both of you settle in.",
            ("", "Too deep, too soon.", "The ask comes much later."),
        ),
        Q(
            "Why share your own story early on?",
            (
                "Sharing first invites them to share back",
                "It fills time so you do not have to ask questions",
                "To show you know more about the issue than they do",
            ),
            0,
            "A short, honest story makes the talk go both ways.",
            (
                "",
                "The story should be short; most of the time is theirs.",
                "It is about why you care, not what you know.",
            ),
        ),
        Q(
            "How long should your story take?",
            ("About 10 seconds", "About one to two minutes", "Ten minutes or more"),
            1,
            "Long enough to be real, short enough to hand the conversation back.",
            (
                "Too short to say what happened and why it matters.",
                "",
                "That leaves little room for them.",
            ),
        ),
    ),
    "04_open_questions_and_listening": (
        Q(
            "When do you pivot to open-ended questions?",
            (
                "After one or two easy questions of fact and your story",
                "Never: factual questions are safer",
                "Only once you have made your ask",
            ),
            0,
            "Facts settle you both in; your story invites them to share; then open questions "
            "let them talk about what matters to them.",
            (
                "",
                "Facts get short answers; the 1:1 runs on open questions.",
                "The ask grows out of what open questions teach you, so they come first.",
            ),
        ),
        Q(
            "Which is an open-ended question?",
            (
                "Do you like volunteering?",
                "When you volunteer, what kind of things do you enjoy most?",
                "Don't you think the rent rise is unfair?",
            ),
            1,
            "It cannot be answered in one word and does not suggest the answer.",
            (
                "That can be answered yes or no.",
                "",
                "That is leading: it tells them what to think.",
            ),
        ),
        Q(
            "They tell you their son's asthma gets worse when the lorries are busy. What do "
            "you do next?",
            (
                "Move on to the next question on your list",
                "Follow it up: ask what that has been like, and notice it links to the campaign",
                "Suggest a better inhaler",
            ),
            1,
            "Ask, listen, notice: build on what they just said.",
            (
                "Jumping to your next question tells them you were not listening.",
                "",
                "Fixing their problem is counselling, not a 1:1.",
            ),
        ),
    ),
    "05_common_ground_and_the_campaign": (
        Q(
            "What does acknowledging common ground mean?",
            (
                "Saying out loud what the two of you share: a worry, a place, a value",
                "Agreeing with everything they say",
                "Telling them the campaign's position",
            ),
            0,
            "Naming it turns two stories into a shared one.",
            (
                "",
                "Common ground is real and specific, not blanket agreement.",
                "That is the campaign's view, not something you share with them.",
            ),
        ),
        Q(
            "Before the ask, how should you explain the campaign?",
            (
                "Its full history, so they are well informed",
                "Briefly: what it is doing and why, linked to what they told you",
                "Skip it; go straight to the ask",
            ),
            1,
            "A short explanation tied to them prepares the ground for the ask.",
            (
                "Long histories eat the time that belongs to them.",
                "",
                "Without the what and why, the ask comes out of nowhere.",
            ),
        ),
        Q(
            "Your explanation is 180 words. At about 130 words a minute, roughly how long is that?",
            ("About 40 seconds", "About 80 seconds: trim it", "About 3 minutes"),
            1,
            "180 / 130 × 60 ≈ 83 seconds: over a minute, so cut to the part that links to them.",
            ("Too low: check the sum.", "", "Too high: check the sum."),
        ),
    ),
    "06_the_ask": (
        Q(
            "Which ask is clear and specific?",
            (
                "Would you like to get more involved?",
                "Would you host a coffee for four nurses from your unit at your place, "
                "Wednesday at 3pm?",
                "Can we count on your support?",
            ),
            1,
            "It names the activity, the day and time, and the place.",
            ("No activity, time or place.", "", "Support for what, when, where?"),
        ),
        Q(
            "She told you she works Thursday to Sunday nights. Which ask fits?",
            (
                "Canvass with us Saturday at 10am",
                "Canvass with us Tuesday at 5pm, from the office ten minutes from your hospital",
                "Come to the Friday night rally",
            ),
            1,
            "Same kind of activity, at a time she can actually do.",
            (
                "Saturday morning she will be asleep after a night shift.",
                "",
                "Friday night she is at work.",
            ),
        ),
        Q(
            "Why name a day and a time, not just the activity?",
            (
                "It sounds more official",
                "People who plan when and where follow through more often",
                "It is not needed",
            ),
            1,
            "Studies of plan-making and of writing down a date and time found more people "
            "followed through (Nickerson & Rogers, 2010; Milkman et al., 2011).",
            (
                "It is about follow-through, not sounding official.",
                "",
                "It makes a real difference.",
            ),
        ),
    ),
    "07_responding": (
        Q(
            "They say yes. What next?",
            (
                "Say thanks and move on",
                "Share the details (what, when, where, who to contact) and confirm they are in",
                "Ask for something bigger straight away",
            ),
            1,
            "Details and a confirmation make a yes real.",
            (
                "A yes without details is easily forgotten.",
                "",
                "Confirm this yes before anything else.",
            ),
        ),
        Q(
            "They say maybe. What next?",
            (
                "Find out what the maybe means, then adjust the ask",
                "Say 'no pressure' and leave it",
                "Repeat the ask more firmly",
            ),
            0,
            "A maybe is a question: find out what is behind it.",
            (
                "",
                "Left alone, a maybe usually fades into a no.",
                "Pressure does not answer whatever is behind the maybe.",
            ),
        ),
        Q(
            "She says no: the hearing is on her choir night. What do you offer?",
            (
                "A different activity, such as knocking on doors",
                "The same activity at another time",
                "Nothing: a no is a no",
            ),
            1,
            "A no about the timing is answered with another time for the same thing.",
            (
                "She objected to the day, not the activity.",
                "",
                "Have alternatives ready: the method expects you to offer one.",
            ),
        ),
        Q(
            "He says no: he will not talk to the press. What do you offer?",
            (
                "The same press interview on another day",
                "A different activity that still uses his story, without his name",
            ),
            1,
            "A no about the activity needs a different activity, not a different date.",
            ("The day was never the problem.",),
        ),
    ),
    "08_closing_follow_up_reflection": (
        Q(
            "As the conversation ends, what should the person know?",
            (
                "That you will follow up, and that you are grateful for their time",
                "Nothing: just leave when time is up",
                "The full list of other volunteers",
            ),
            0,
            "Promise follow-up (say when and how) and thank them.",
            ("", "A clear close makes the next step real.", "Not needed, and not yours to share."),
        ),
        Q(
            "Someone said yes to a phone bank. What should your follow-up message include?",
            (
                "Just 'thanks!'",
                "The activity, the day, the time, the place and who to contact, plus thanks",
                "A request to bring five friends",
            ),
            1,
            "Confirm every detail of what they agreed to, and thank them again.",
            (
                "Thanks matter, but a confirmation with the details is what helps them show up.",
                "",
                "That is a new ask, not a follow-up.",
            ),
        ),
        Q(
            "A practitioner rule of thumb says roughly half of the people who say yes do not "
            "show up. What is the best response?",
            (
                "Stop asking people",
                "Confirm the details soon after the meeting and stay in touch",
                "Ask twice as many people and never follow up",
            ),
            1,
            "Confirmation and a personal touch help. (The 'half' is a rule of thumb from "
            "organizing guides, not a study.)",
            (
                "Asking is still how people get involved.",
                "",
                "Follow-up is part of the method, not an extra.",
            ),
        ),
        Q(
            "What is the point of reflecting after a 1:1?",
            (
                "To grade the other person",
                "To note what went well, what you learned about them, and one thing to change "
                "next time",
                "To write a report for the campaign's database",
            ),
            1,
            "Reflection turns each conversation into practice for the next one.",
            ("It is about your own practice.", "", "It is for you, not a database."),
        ),
    ),
    "09_role_play": (
        Q(
            "Why play the same scenario more than once?",
            (
                "To learn the one winning path by heart",
                "To see how different moves change what you learn and how the person answers",
                "There is no point: the first debrief says it all",
            ),
            1,
            "Each play is practice; comparing debriefs shows which moves made the difference.",
            (
                "Real people do not follow a script; the point is the habits, not the path.",
                "",
                "A second play is where you try the change the debrief suggested.",
            ),
        ),
        Q(
            "The debrief says you learned 2 of the 7 things there were to learn. What does "
            "that most likely mean?",
            (
                "The persona was hiding things on purpose",
                "The score is broken",
                "You asked few open questions or did not follow up, so your ask had little "
                "to grow out of",
            ),
            2,
            "People tell you what they care about when you ask open questions and listen.",
            (
                "They answer what they are asked; open questions invite more.",
                "It counts what came out in the conversation, nothing else.",
            ),
        ),
        Q(
            "She says no because the hearing is on a Thursday, her choir night. Your best "
            "next move?",
            (
                "Ask whether it is the day or the speaking, then offer another date for the "
                "same thing",
                "Suggest a different activity, such as knocking on doors",
                "Ask her to miss choir just this once",
            ),
            0,
            "A no about timing is answered with another time for the same activity.",
            (
                "",
                "She objected to the day, not the activity.",
                "Pushing past a no costs trust.",
            ),
        ),
        Q(
            "When you type your own words, how does the role-play decide what happens?",
            (
                "It picks a reply at random",
                "It reads what kind of line it is (open question, story, ask...) and follows "
                "the conversation's matching branch; if nothing fits, the persona is puzzled",
            ),
            1,
            "The reader names the kind of line and, for an ask, which of activity, time and "
            "place it names.",
            ("Nothing is random: the same line at the same point gives the same result.",),
        ),
    ),
}
del Q


def questions_for(lesson_id: str) -> tuple[Question, ...]:
    """The self-check questions of a lesson, by id or number (empty when none yet)."""
    return QUESTIONS.get(curriculum.lesson(lesson_id).id, ())
