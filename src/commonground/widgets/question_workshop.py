"""Lesson 04: the question workshop. Type a question, see what kind it is and why, get an
open rewrite of a closed or leading one, and keep a list of good questions in the journal."""

from __future__ import annotations

import ipywidgets as w

from commonground.planners.questions import add_question, review_question
from commonground.widgets._common import STYLE, button, card, esc, note, read_saved, save_entry
from commonground.widgets._style import CourseBox
from commonground.widgets._text import Text

#: The journal kind the list is saved under.
KIND = "good_questions"


def review_html(review) -> str:
    """The workshop's verdict on one question, as HTML."""
    if not review.text:
        return note(review.why, "info")
    parts = [f"<p>{esc(f'That reads as {review.kind_name}. {review.why}')}</p>"]
    if review.rewrite:
        parts.append(f"<p><b>Try instead:</b> {esc(review.rewrite)}</p>")
    return card("strong" if review.good else "could", "".join(parts))


def questions_html(questions: list[str]) -> str:
    """The learner's good questions as a numbered HTML list."""
    if not questions:
        return "<p><i>No questions on your list yet.</i></p>"
    items = "".join(f"<li>{esc(q)}</li>" for q in questions)
    return f"<b>My good questions</b><ol>{items}</ol>"


class QuestionWorkshop(CourseBox):
    """A text box, Check / Use the rewrite / Add / Save buttons, feedback and the list.

    Attributes
    ----------
    question : ipywidgets.Text
    check_button, use_rewrite_button, add_button, save_button : ipywidgets.Button
    feedback : ipywidgets.HTML
        Kind, why, and a rewrite for a closed or leading question.
    questions : list of str
        The good questions so far (pre-filled from the journal).
    listing : ipywidgets.HTML
    status : ipywidgets.HTML
    """

    def __init__(self, learner: str | None = None, lesson: str = "04"):
        self.learner = learner
        self.lesson = lesson
        self.review = review_question("")
        self.question = Text(
            description="Your question:",
            placeholder="e.g. Do you like volunteering?",
            style=STYLE,
            layout=w.Layout(width="95%"),
            continuous_update=False,
        )
        self.check_button = button(
            "Check my question", "search", "primary", "Say what kind of question this is"
        )
        self.use_rewrite_button = button(
            "Use the rewrite", "pencil", "", "Put the open rewrite in the box"
        )
        self.add_button = button(
            "Add to my list", "plus", "", "Keep this question if it is an open one"
        )
        self.save_button = button(
            "Save my list", "save", "", "Save your good questions to your journal"
        )
        self.use_rewrite_button.disabled = True
        self.feedback = w.HTML("")
        self.listing = w.HTML("")
        self.status = w.HTML("")
        saved, self.status.value = read_saved(learner, KIND)
        self.questions: list[str] = list((saved or {}).get("questions", []))
        self.listing.value = questions_html(self.questions)
        self.check_button.on_click(self.check)
        self.question.observe(self.check, names="value")
        self.use_rewrite_button.on_click(self.use_rewrite)
        self.add_button.on_click(self.add)
        self.save_button.on_click(self.save)
        buttons = w.HBox([self.check_button, self.use_rewrite_button, self.add_button])
        super().__init__(
            [self.question, buttons, self.feedback, self.listing, self.save_button, self.status]
        )

    def check(self, _widget=None):
        """Review the typed question and show the verdict; return the review."""
        self.review = review_question(self.question.value)
        self.feedback.value = review_html(self.review)
        self.use_rewrite_button.disabled = not self.review.rewrite
        return self.review

    def use_rewrite(self, _button=None) -> None:
        """Replace the typed question with its open rewrite, and check it again."""
        if self.review.rewrite:
            self.question.value = self.review.rewrite
            self.check()

    def add(self, _button=None) -> None:
        """Add the typed question to the list when it is an open one."""
        self.check()
        self.questions, message = add_question(self.questions, self.question.value)
        self.listing.value = questions_html(self.questions)
        self.status.value = note(message, "ok" if message.startswith("Added") else "problem")

    def save(self, _button=None) -> None:
        """Save the list of good questions to the journal."""
        _, self.status.value = save_entry(
            self.learner,
            KIND,
            {"questions": list(self.questions)},
            self.lesson,
            f"Saved your list ({len(self.questions)}) to your journal.",
        )


def open_question_workshop(learner: str | None = None) -> QuestionWorkshop:
    """The lesson 04 question workshop (see :class:`QuestionWorkshop`)."""
    return QuestionWorkshop(learner)
