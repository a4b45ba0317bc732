"""Exercises for lesson 01: what a 1:1 is, and why hold one.

Every person and line here is invented for practice.
"""

from __future__ import annotations

from commonground.exercises import judging
from commonground.exercises.questions import ChoiceQuestion, LabelsQuestion, TextQuestion

q1 = ChoiceQuestion(
    "01.q1",
    "What a 1:1 is for",
    "What is the main purpose of a one-on-one meeting?",
    hints=(
        "Think about what is left between the two of you when the meeting is over.",
        "The method calls it an intentional conversation. Intentional about what?",
    ),
    solution="b",
    explanation=(
        "A 1:1 is a planned conversation held to build a relationship, by understanding the "
        "issues, interests, values and experiences that matter to the other person."
    ),
    elements=("intentional_conversation", "understand_person"),
    options=(
        "To collect their contact details and availability for the volunteer database.",
        "To build a relationship by understanding what matters to them.",
        "To sign up as many people as possible in the shortest time.",
        "To help them think through a problem they are facing.",
    ),
    correct=1,
    feedback={
        0: "Details may come up, but a form could collect them. What can only a conversation build?",
        2: "Speed is not the point: the method is about one person at a time, on purpose.",
        3: "The method says plainly that a 1:1 is not for helping someone work through something.",
    },
)

_INTERVIEW = (
    "You: Name? Job? How long have you lived here? Do you vote? Which issues do you care "
    "about? Would you come to a meeting? Thanks, next."
)
_ONE_ON_ONE = (
    "You: What do you do these days? ... I teach too, actually. I got involved after our "
    "school lost its nurse. What's it been like for you at your school?"
)

q2 = ChoiceQuestion(
    "01.q2",
    "A 1:1 or an interview?",
    f"Exchange A: “{_INTERVIEW}”\n\nExchange B: “{_ONE_ON_ONE}”\n\nWhich statement is true?",
    hints=(
        "Count who shares something about themselves in each exchange.",
        "An interview goes one way; a connection goes both ways.",
    ),
    solution="c",
    explanation=(
        "In B the organizer shares a piece of their story and asks an open question that lets "
        "the person talk; A is a string of questions, an interview."
    ),
    elements=("connection_not_interview",),
    options=(
        "Both are 1:1s: each asks the person questions.",
        "A is the better 1:1 because it covers more topics.",
        "B is a 1:1; A is an interview.",
        "Neither is a 1:1, because neither makes an ask.",
    ),
    correct=2,
    feedback={
        0: "Questions alone do not make a 1:1. Who shares anything in A?",
        1: "Covering topics quickly is exactly what makes it an interview.",
        3: "An ask comes late in a 1:1; the connection comes first.",
    },
)

q3 = ChoiceQuestion(
    "01.q3",
    "Why people say yes",
    "According to the method, why does a 1:1 make it more likely that someone takes action?",
    hints=(
        "Think about who is doing the asking at the end of a good 1:1.",
        "Compare an ask from a flyer with an ask from someone who has just listened to you.",
    ),
    solution="a",
    explanation=(
        "People are more likely to act when someone they know and trust asks them, and a 1:1 "
        "builds that trust; it also tells you what would motivate them."
    ),
    elements=("trusted_ask", "motivation"),
    options=(
        "People act when asked by someone they know and trust, and the 1:1 builds that trust.",
        "The organizer can explain every detail of the campaign.",
        "It is harder to say no in person than by e-mail.",
        "The meeting takes long enough that people feel they owe something back.",
    ),
    correct=0,
    feedback={
        1: "Explaining the campaign is one short step. What does the listening build?",
        2: "Pressure is not what the method relies on; a no is respected.",
        3: "Obligation is not trust. What does the conversation build between you?",
    },
)

q4 = TextQuestion(
    "01.q4",
    "Connection, not counselling",
    "Mid-conversation, the person says: “My landlord keeps ignoring the mould in my "
    "kitchen and I don't know what to do.” Write your next line: keep the connection, "
    "without turning it into advice.",
    hints=(
        "The method says a 1:1 is not for helping someone work through a problem.",
        "Ask about their experience rather than telling them what to do.",
        "Start with 'How ...' or 'What ...' and make it about them.",
    ),
    solution="How has living with that been for you and your family?",
    explanation=(
        "An open question keeps the talk on them and what matters to them, instead of "
        "fixing their problem for them."
    ),
    elements=("connection_not_interview", "ask_listen_notice"),
    judge=judging.needs_kind(
        "open_question", "An open question that keeps the connection: well done."
    ),
)

LINES_Q5 = (
    "What drew you to the tenants' association in the first place?",
    "You should report your landlord to the city.",
    "I joined after my own rent went up twice in one year, and that's why I care.",
    "Do you like living here?",
)
q5 = LabelsQuestion(
    "01.q5",
    "Ask, listen, notice: sort the lines",
    "Label each line: open_question, closed_question, advice or story.\n"
    + "\n".join(f"{n}. {line}" for n, line in enumerate(LINES_Q5, 1)),
    hints=(
        "Advice tells them what to do; a story is about you.",
        "Can the question be answered with a single yes or no? Then it is closed.",
    ),
    solution='["open_question", "advice", "story", "closed_question"]',
    explanation=(
        "Only the open question and your story build the connection; advice and yes/no "
        "questions close it down."
    ),
    elements=("connection_not_interview", "ask_listen_notice"),
    items=LINES_Q5,
    labels=("open_question", "closed_question", "advice", "story"),
    expected=lambda: judging.expected_kinds(LINES_Q5),
)

QUESTIONS = (q1, q2, q3, q4, q5)
