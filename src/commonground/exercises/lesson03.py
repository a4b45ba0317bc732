"""Exercises for lesson 03: opening questions and your story.

The story question uses :func:`commonground.planners.story.story_feedback`, the same
check as the lesson's story builder. Every person and place is invented.
"""

from __future__ import annotations

from commonground import method
from commonground.exercises import judging
from commonground.exercises.questions import (
    ChoiceQuestion,
    Field,
    FormQuestion,
    LabelsQuestion,
    TextQuestion,
    Verdict,
)

q1 = TextQuestion(
    "03.q1",
    "An easy opener",
    "You sit down with Priya, a nurse you met at a school meeting. Write the easy factual "
    "question you open with.",
    hints=(
        "Start with something simple to answer, so you both settle in.",
        "Work, where they live and for how long are the classic openers.",
    ),
    solution="How long have you worked at the hospital?",
    explanation="An easy question of fact gets the conversation going without asking much yet.",
    elements=("factual_questions",),
    judge=judging.needs_kind("factual_question", "A good, easy opener."),
)

_STEPS = ("Make the ask", "Share your story", "Acknowledge common ground", "Thank them")
_STEP_IDS = ("ask", "your_story", "common_ground", "thank_them")


def _after_factual() -> int:
    """The option for the meeting step that follows the factual questions."""
    steps = [e.id for e in method.load().meeting_steps()]
    return _STEP_IDS.index(steps[steps.index("factual_questions") + 1])


q2 = ChoiceQuestion(
    "03.q2",
    "What comes after the opener",
    "You have asked a factual question or two. What comes next in the meeting?",
    hints=(
        "Sharing first invites the other person to share back.",
        "It is the step where you say why you got involved.",
    ),
    solution="b",
    explanation="After the facts you share your story: why you care and why you got involved.",
    elements=("your_story", "factual_questions"),
    options=_STEPS,
    correct=_after_factual,
    feedback={
        0: "Far too early: you know almost nothing about them yet.",
        2: "You cannot name common ground before either of you has shared anything.",
        3: "The meeting has only just begun.",
    },
)

_FIRST_PERSON = ("i", "my", "me", "i'm", "i've", "we", "our")


def _judge_story(answer: dict) -> Verdict:
    from commonground.planners.story import StoryParts, assemble_story, story_feedback

    parts = StoryParts.from_dict(answer)
    findings = story_feedback(parts)
    problems = [f.message for f in findings if f.severity == "missing"]
    for name in ("what_happened", "what_you_chose"):
        text = getattr(parts, name)
        if text and not any(w in text.lower().replace(",", " ").split() for w in _FIRST_PERSON):
            problems.append(f"Tell '{name}' as your own story: use I, my or we.")
    if not parts.why_now or problems:
        return Verdict(False, "Your story is not complete yet:", tuple(problems))
    notes = tuple(f.message for f in findings if f.severity != "missing")
    story = assemble_story(parts)
    if judging.reading(story).kind not in ("story", "common_ground"):
        return Verdict(
            False,
            "Put yourself in it: what happened to you, and why it matters to you.",
            notes,
        )
    return Verdict(True, "All three parts are there, told as your own story.", notes)


q3 = FormQuestion(
    "03.q3",
    "Your story in three parts",
    "Write your story in three short parts: what happened that made you care, what you "
    "chose to do about it, and why it matters to you now, in this campaign. Use your own "
    "story or invent one.",
    hints=(
        "A story is about you: something that happened, told with I or my.",
        "The second part is a choice you made; the third links it to the campaign today.",
        "Aim for a minute or two when spoken; a few sentences per part is plenty.",
    ),
    solution=(
        "{'what_happened': 'When the school my daughter goes to cut its nurse, I watched a "
        "classmate of hers wait an hour for help',\n 'what_you_chose': 'I started going to school board "
        "meetings and met other parents who were just as worried',\n 'why_now': 'That is "
        "why I care about this campaign: every school should have a nurse, and I think we "
        "can win it this year'}"
    ),
    explanation=(
        "Something that happened, the choice you made, and why it matters now: short, "
        "personal, and it invites them to share theirs."
    ),
    elements=("your_story",),
    fields=(
        Field("what_happened", "What happened that made you care"),
        Field("what_you_chose", "What you chose to do about it"),
        Field("why_now", "Why it matters to you now"),
    ),
    judge=_judge_story,
)

q4 = TextQuestion(
    "03.q4",
    "Pivot to them",
    "You have just finished your story. Write the line that turns the conversation to Priya "
    "and what matters to her.",
    hints=(
        "After sharing, invite them to share back.",
        "A question that cannot be answered with yes or no.",
    ),
    solution="What brought you to the school meeting that night?",
    explanation="An open question right after your story invites them to tell theirs.",
    elements=("open_questions", "your_story"),
    judge=judging.needs_kind("open_question", "A clear pivot to her and her reasons."),
)

LINES_Q5 = (
    "Where did you grow up?",
    "I got involved after the clinic on our street closed, and that's why I care.",
    "What made you want to come to the meeting?",
)
q5 = LabelsQuestion(
    "03.q5",
    "Sort the opening",
    "Label each line of an opening: factual_question, story or open_question.\n"
    + "\n".join(f"{n}. {line}" for n, line in enumerate(LINES_Q5, 1)),
    hints=(
        "Which line could be answered in a word or two?",
        "Which one is about the organizer rather than the other person?",
    ),
    solution='["factual_question", "story", "open_question"]',
    explanation="Fact, story, open question: the order of the first steps of the meeting.",
    elements=("factual_questions", "your_story", "open_questions"),
    items=LINES_Q5,
    labels=("factual_question", "story", "open_question"),
    expected=lambda: judging.expected_kinds(LINES_Q5),
)

QUESTIONS = (q1, q2, q3, q4, q5)
