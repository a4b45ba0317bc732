"""Exercises for lesson 08: closing, follow-up and reflection.

The follow-up message is judged by :func:`commonground.planners.follow_up.check_commitment`,
the same check as the lesson's composer. Every person and place is invented.
"""

from __future__ import annotations

import re

from commonground.exercises import judging
from commonground.exercises.questions import (
    ChoiceQuestion,
    Field,
    FormQuestion,
    TextQuestion,
    Verdict,
    verdict,
)

q1 = ChoiceQuestion(
    "08.q1",
    "As the conversation ends",
    "The ask is answered and the conversation is winding down. What two things does the "
    "method ask you to do before you part?",
    hints=(
        "One looks forward: what happens after today?",
        "The other looks back at the time they gave you.",
    ),
    solution="b",
    explanation="Make sure they know there will be follow-up, and thank them.",
    elements=("close_conversation", "promise_follow_up", "thank_them"),
    options=(
        "Repeat the ask once more, then leave quickly.",
        "Let them know you will follow up, and thank them.",
        "Summarise the campaign's plan, then ask for a donation.",
        "Ask them to fill in a feedback form.",
    ),
    correct=1,
    feedback={
        0: "The ask has been answered: respect it.",
        2: "A new ask at the door undoes the relationship you just built.",
        3: "A form is not a relationship. What would you say, person to person?",
    },
)

_FOLLOW_UP = re.compile(
    r"\b(?:i'll|i will|i'm going to|we'll|we will|let me)\s+(?:\w+\s+){0,3}?"
    r"(?:text|call|email|e-mail|message|send|follow up|get back|be in touch|check in|"
    r"reach out|write|ring|drop)\b|\bfollow[- ]up\b|\bbe in touch\b",
    re.IGNORECASE,
)


def _judge_close(text: str) -> Verdict:
    problems = []
    if not _FOLLOW_UP.search(text):
        problems.append("Let them know you will follow up, and how (a call, a text...).")
    if not re.search(r"\bthank", text, re.IGNORECASE):
        problems.append("Thank them for their time.")
    return verdict(problems, "They know what comes next, and that you valued the time.", "Not yet:")


q2 = TextQuestion(
    "08.q2",
    "Close the conversation",
    "Gloria said yes to the Tuesday reading club. Write what you say as you part.",
    hints=(
        "Two things: what happens next, and your thanks.",
        "Say when or how you will be in touch, e.g. by text tomorrow.",
    ),
    solution=(
        "Thank you so much for your time today, Gloria. I'll text you tomorrow with the "
        "details for Tuesday."
    ),
    explanation="She knows you will be in touch and how, and she has been thanked.",
    elements=("close_conversation", "promise_follow_up", "thank_them"),
    judge=_judge_close,
)


def _judge_message(answer: dict) -> Verdict:
    from commonground.planners.follow_up import Commitment, check_commitment

    problems = [f.message for f in check_commitment(Commitment.from_dict(answer))]
    thanks = answer.get("thanks", "")
    if thanks and len(thanks.split()) < 6:
        problems.append("Make the thank-you personal: mention something from your conversation.")
    if (
        answer.get("time")
        and not judging.mentions(answer["time"], ["am", "pm", "noon"])
        and not (re.search(r"\d", answer["time"]))
    ):
        problems.append("Give the time as a clock time (e.g. 10am).")
    return verdict(problems, "A clear confirmation and a real thank-you.", "Still missing:")


q3 = FormQuestion(
    "08.q3",
    "Draft the follow-up message",
    "Draft the follow-up message confirming Gloria's commitment: the activity, date, time, "
    "place, who to contact with questions, and a thank-you that shows you remember the "
    "conversation.",
    hints=(
        "A confirmation names what, when and where.",
        "Add who to contact if something changes.",
        "The thank-you should mention something she told you.",
    ),
    solution=(
        "{'activity': 'reading with second graders at the reading club', 'date': 'Tuesday "
        "14 May', 'time': '10am', 'place': 'the Oak Street library, upstairs', "
        "'contact_person': 'Ana at the campaign office', 'thanks': 'Thank you for telling me about "
        "reading with your grandkids; the children will love you.'}"
    ),
    explanation="Every detail she needs to show up, and thanks that show you listened.",
    elements=("confirm_commitment", "thank_again"),
    fields=(
        Field("activity", "What she agreed to do"),
        Field("date", "Date"),
        Field("time", "Time"),
        Field("place", "Place"),
        Field("contact_person", "Who to contact with questions"),
        Field("thanks", "Your thank-you"),
    ),
    judge=_judge_message,
)

q4 = ChoiceQuestion(
    "08.q4",
    "Who gets a thank-you?",
    "After a week of 1:1s, who should get a follow-up thank-you?",
    hints=(
        "The method lists thanking them again as follow-up on its own.",
        "Did the people who said no also give you their time?",
    ),
    solution="d",
    explanation="Everyone you met, whether or not they took something on: the relationship continues.",
    elements=("thank_again",),
    options=(
        "Only the people who said yes.",
        "Only the people who actually showed up.",
        "Nobody: thanks were said at the meeting.",
        "Everyone you met, whether or not they took something on.",
    ),
    correct=3,
    feedback={
        0: "Those who said no or maybe gave you their time too, and may say yes next time.",
        1: "Thanks are owed for the conversation, not only for the action.",
        2: "A second thank-you shows you remember the conversation.",
    },
)

_NEXT_TIME = re.compile(
    r"\b(?:next time|i will|i'll|i am going to|i'm going to|i plan to|from now on|"
    r"in my next)\b",
    re.IGNORECASE,
)
_MOVES = (
    "question", "ask", "story", "listen", "follow", "alternative", "time", "prepare", "plan",
    "common ground", "pause", "silence", "thank", "open", "campaign", "talk", "detail",
    "let them",
)  # fmt: skip


def _judge_change(text: str) -> Verdict:
    problems = []
    if not _NEXT_TIME.search(text):
        problems.append("Say what you will do next time (start with 'Next time I will ...').")
    if not judging.mentions(_NEXT_TIME.sub(" ", text), _MOVES):
        problems.append(
            "Name a concrete part of the 1:1 to change: your questions, your story, the "
            "ask, the alternatives, listening, the follow-up..."
        )
    if len(text.split()) < 8:
        problems.append("Be concrete: what exactly will you do differently?")
    return verdict(problems, "A concrete change to carry into your next 1:1.", "Not yet:")


q5 = TextQuestion(
    "08.q5",
    "One change for next time",
    "Your reflection notes say: “I talked for most of the meeting and only found out what "
    "she cared about in the last five minutes.” Write one concrete change you will make in "
    "your next 1:1.",
    hints=(
        "Reflection ends in a decision about the next conversation.",
        "Name the part of the meeting you will do differently, and how.",
    ),
    solution=(
        "Next time I will keep my story to two minutes and ask at least three open questions "
        "before I talk about the campaign."
    ),
    explanation="A specific, checkable change to the next conversation, not a general wish.",
    elements=("reflect_on_meeting", "adjust_next_time"),
    judge=_judge_change,
)

QUESTIONS = (q1, q2, q3, q4, q5)
