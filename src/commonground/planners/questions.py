"""The question workshop (lesson 04): what kind of question is this, and why does it matter?

A learner types a question; :func:`review_question` reads it with
:mod:`commonground.reader`, says what kind it is in the method's terms, and for a closed
or leading question offers an open rewrite. Only open questions go on the learner's list
of good questions (:func:`add_question`).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from commonground import labels
from commonground.reader import read_line, rewrite_closed, rewrite_leading

#: Why each kind of line helps (or does not) at the open-questions stage of a 1:1.
WHY = {
    "open_question": (
        "It cannot be answered in one word, so it invites them to talk about what matters "
        "to them. This is the kind of question the middle of a 1:1 runs on."
    ),
    "factual_question": (
        "A question of fact is a fine opener, but it gets a short answer. After one or two, "
        "pivot to open questions about what they care about."
    ),
    "closed_question": (
        "It can be answered with yes, no or one word, so the conversation stalls and starts "
        "to feel like an interview."
    ),
    "leading_question": (
        "It tells them which answer you want, so you hear your own opinion back instead of theirs."
    ),
    "advice": (
        "That is advice, not a question. A 1:1 builds a connection; it is not there to fix "
        "their problem."
    ),
    "ask": (
        "That is an ask. The ask comes later, once you know what they care about; for now, "
        "ask about them."
    ),
    "close": (
        "That closes the meeting (thanks, a follow-up or a goodbye). It belongs at the end; "
        "for now, ask about them."
    ),
}
#: Why an open question that puts them on the spot still does not go on the list (ours).
ON_THE_SPOT = (
    "It is open in form, but it puts them on the spot: a 'why didn't you...' question "
    "sounds like blame and makes people defend themselves. Ask what gets in the way instead."
)
_NOT_A_QUESTION = (
    "That does not read as a question about them yet. Try one that starts with what, how "
    "or tell me about."
)
#: Plain names of the kinds, as the learner sees them.
KIND_NAMES = labels.QUESTION_KINDS


@dataclass(frozen=True)
class QuestionReview:
    """What the workshop says about one typed question.

    Attributes
    ----------
    text
        The question as typed (stripped).
    kind
        The reader's kind (``"open_question"``, ``"closed_question"``, ...).
    good
        True for an open question: the kind to keep on the list.
    why
        Why that kind helps or gets in the way, in the method's terms.
    rewrite
        An open version of a closed or leading question ("" when there is none).
    """

    text: str
    kind: str
    good: bool
    why: str
    rewrite: str = ""

    @property
    def kind_name(self) -> str:
        """The kind in plain words (``"a closed question"``)."""
        return KIND_NAMES.get(self.kind, self.kind)

    def as_dict(self) -> dict:
        """A JSON-ready dict."""
        return asdict(self)


def review_question(text: str) -> QuestionReview:
    """Read one question and say what kind it is, why that matters, and how to open it up.

    Examples
    --------
    >>> r = review_question("Do you like canvassing?")
    >>> r.kind, r.good, r.rewrite
    ('closed_question', False, 'What do you like about canvassing?')
    """
    text = " ".join(str(text or "").split())
    if not text:
        return QuestionReview("", "other", False, "Type a question first.")
    reading = read_line(text)
    kind = reading.kind
    rewrite = ""
    if kind == "closed_question":
        rewrite = rewrite_closed(text)
    elif kind == "leading_question":
        rewrite = rewrite_leading(text)
    if rewrite.strip().lower() == text.lower():
        rewrite = ""
    if "on_the_spot" in reading.signals:
        return QuestionReview(text, kind, False, ON_THE_SPOT, rewrite)
    return QuestionReview(
        text, kind, kind == "open_question", WHY.get(kind, _NOT_A_QUESTION), rewrite
    )


def _words(text: str) -> tuple[str, ...]:
    """The words of a line, ignoring case and punctuation (for spotting repeats)."""
    return tuple(re.findall(r"[^\W_]+", text.lower().replace("’", "'")))


def add_question(questions: list[str], text: str) -> tuple[list[str], str]:
    """Add ``text`` to the list of good questions if it is an open one and not there yet.

    Returns
    -------
    (questions, message)
        The new list (the input is not changed) and a sentence saying what happened.
    """
    review = review_question(text)
    if not review.good:
        return list(questions), (
            f"Not added: that reads as {review.kind_name}. Only open questions go on the list."
        )
    if len(_words(review.text)) < 3:
        return list(questions), (
            "Not added: too short to ask as it is. Say what you want to know about them."
        )
    if _words(review.text) in {_words(q) for q in questions}:
        return list(questions), "Already on your list."
    count = len(questions) + 1
    plural = "question" if count == 1 else "questions"
    return [*questions, review.text], f"Added. You have {count} good {plural} on your list."


def describe_review(review: QuestionReview) -> str:
    """The review as plain text (what lesson 04 prints): kind and why, then any rewrite."""
    lines = [f"“{review.text}” reads as {review.kind_name}.", review.why]
    if review.rewrite:
        lines.append(f"Try instead: {review.rewrite}")
    return "\n".join(lines)
